"""Who said it and where, in words: the one rule posts, cards, alt text and previews share.

A speaker is a person's name, the article's description of an unnamed source ("a former
employee") or an organisation ("the city council"), with an optional role ("Port Ellery mayor").
Where it was said takes the word its kind needs: "on" a platform (on Instagram), "to" a
publication or broadcaster (to CBS News; "told CBS News" after a name), "in" a document (in a
statement). Our house style puts the name first: "— Rosa Delgado, Port Ellery mayor, on
Instagram"; the ``says`` form ("says Port Ellery Mayor Rosa Delgado") is offered to templates.
"""

from __future__ import annotations

import re

from socialkit.quotes.lexicon import DOCUMENT_NOUNS, KIN_WORDS, OUTLET_WORDS, words
from socialkit.quotes.people import is_role_word

# Where a statement appears when it is posted rather than given to someone.
PLATFORM_VENUES = words(
    "instagram twitter x facebook tiktok youtube snapchat threads bluesky linkedin reddit "
    "mastodon telegram whatsapp weibo wechat douyin twitch discord substack truth "
    "x.com"
)
# Documents and occasions: "in a statement", "in an interview", "at a news conference".
_DOCUMENTS = ("press release", "statement", "interview", "op-ed", "letter", "memo", "email",
              "post", "video", "speech", "blog", "filing", "court filing", "tweet", "podcast",
              "newsletter", "report", "essay", "column", "note", "news release",
              "earnings release")
_OCCASIONS = ("news conference", "press conference", "briefing", "hearing", "rally", "meeting",
              "town hall", "vigil", "funeral", "debate")
# Formal titles that are capitalised before a name (Chicago 8.21): "Port Ellery Mayor Rosa
# Delgado", but "spokeswoman Ana Ruiz" is a description and "says Ana Ruiz, a spokeswoman".
_FORMAL_TITLES = words(
    "mayor governor senator representative congressman congresswoman president vice premier "
    "minister chancellor secretary judge justice sheriff commissioner councillor councilor "
    "councilman councilwoman superintendent chief ambassador general colonel captain "
    "lieutenant sergeant detective officer attorney prosecutor coroner treasurer auditor "
    "speaker chairman chairwoman chair dean provost principal bishop pope rabbi imam "
    "reverend prince princess king queen lord lady deputy assistant acting interim "
    "lt gov sen rep gen col capt sgt det cllr cr prof"
)
# Words that make a role a description, which follows the name instead of preceding it.
_DESCRIPTIVE = words("a an the of for at in on with to and who whose which by from")
# A description longer than this reads as a sentence, not a credit: the speaker is left off.
MAX_DESCRIPTION_WORDS = 8
_ARTICLE = re.compile(r"^(?:a|an|the)\s", re.IGNORECASE)
# What follows a noun phrase's head to qualify it: a preposition, a relative, a comma.
_QUALIFIER = re.compile(r",|\s(?:of|for|with|in|on|at|from|by|about|against|to|into|who|"
                        r"whom|whose|which|that|familiar|close)\s")
# A venue that already says how ("in Vogue", "to CBS News", "during a rally") is used as written.
_PREPOSITIONS = words(
    "on in to at via during through from told with for after before into"
)


def venue_kind(via: str) -> str:
    """"platform", "document", "phrase" (already says how: "in Vogue") or "publication"."""
    text = via.strip()
    if text.split(" ")[0] in _PREPOSITIONS:
        return "phrase"
    lowered = text.lower()
    if (lowered in PLATFORM_VENUES or lowered.split(" ")[0] in PLATFORM_VENUES
            or lowered.startswith("truth social")):
        return "platform"
    bare = _ARTICLE.sub("", lowered)
    if _is_paper(text):
        return "publication"  # "Denver Post", "Post-Gazette": no social post
    if any(bare == d or bare.endswith(" " + d) for d in _DOCUMENTS + _OCCASIONS):
        return "document"
    return "publication"


def via_phrase(via: str | None, *, told: bool = False) -> str:
    """"on Instagram", "to CBS News" ("told CBS News" with ``told``), "in a statement"."""
    if not via or not via.strip():
        return ""
    text = via.strip()
    kind = venue_kind(text)
    if kind == "phrase":
        # "via the Los Angeles Times": reported by the paper, not said to it.
        return f"via {_with_article(text[4:])}" if text.startswith("via ") else text
    if kind == "platform":
        return f"on {text}"
    if kind == "document":
        bare = _ARTICLE.sub("", text)
        occasion = any(bare.lower().endswith(o) for o in _OCCASIONS)
        article = text if _ARTICLE.match(text) else (
            f"an {text}" if text[:1].lower() in "aeiou" else f"a {text}")
        return f"{'at' if occasion else 'in'} {article}"
    text = _with_article(text)
    return f"told {text}" if told else f"to {text}"


# The last word of a newspaper's name, which takes "the" in running text ("told the Los
# Angeles Times", "the Pittsburgh Post-Gazette"); not a broadcaster's ("CBS News").
_PAPER_WORDS = words(
    "Times Post Journal Tribune Herald Gazette Telegraph Guardian Independent Mail Sun Mirror "
    "Express Observer Chronicle Examiner Inquirer Standard Globe Star Courier Sentinel Dispatch "
    "Ledger Advertiser Courant Register Echo Argus Citizen Enquirer Bee Dealer"
)


def _is_paper(name: str) -> bool:
    """Whether a publication's name ends as a newspaper's does ("Denver Post", "Pittsburgh
    Post-Gazette"), not a magazine's owned by its readers ("Men's Journal")."""
    words_ = name.split()
    return bool(words_) and words_[-1].split("-")[-1] in _PAPER_WORDS and not any(
        w.endswith(("'s", "’s")) for w in words_)


def _with_article(name: str) -> str:
    """A publication's name as running text gives it: "the Gazette" (a paper called by its
    kind alone), "the Los Angeles Times"; "CBS News", "Vogue" and "The Atlantic" as they are."""
    if name[:4].lower() == "the ":
        return name
    if (name in OUTLET_WORDS and name not in ("TV", "Radio", "Today", "Tonight", "Live")) or (
            _is_paper(name)):
        return f"the {name}"
    return name


def _role_is_title(role: str) -> bool:
    # (Whose it is makes it a description: "Carlineo's attorney", never "Carlineo's Attorney
    # Sonya Zog".)
    words = role.split()
    return (0 < len(words) <= 4 and not any(w.lower() in _DESCRIPTIVE for w in words)
            and not any(w.endswith(("'s", "’s")) for w in words)
            and words[-1].lower().rstrip(".") in _FORMAL_TITLES)


def title_case_role(role: str) -> str:
    """A role set before a name as a title: "Port Ellery mayor" -> "Port Ellery Mayor"."""
    return " ".join(w[:1].upper() + w[1:] if w.lower().rstrip(".") in _FORMAL_TITLES else w
                    for w in role.split())


def names_a_document(speaker: str | None, kind: str | None) -> bool:
    """Whether ``speaker`` is the story's words for a document, not a person or a body ("the
    report", "a police report", "the statement"): the quote's source, but no one to credit."""
    if kind != "description" or not speaker or not speaker.split():
        return False
    # Only the words before what qualifies the noun: "a person familiar with the decision",
    # "a reporter for the Washington Post" are people; "a complaint filed by the SEC" is a
    # document.
    head = _QUALIFIER.split(" ".join(speaker.lower().split()), maxsplit=1)[0].split()
    while len(head) > 1 and head[-1].endswith("ed") and head[-2] in DOCUMENT_NOUNS:
        head.pop()
    low = " ".join(head)
    return bool(head) and (any(_ARTICLE.sub("", low).endswith(d) for d in _DOCUMENTS) or (
        head[-1] in DOCUMENT_NOUNS))


# A relative clause after a description's noun says how the story came by the words ("a villager
# who did not give her name", "one elder, who asked not to be named"): the credit is the noun
# phrase before it.
_RELATIVE = re.compile(r",?\s+(?:who|whom|whose|which|that)\s")
# Nouns that, left alone, say nothing of who spoke: "a man who lives near the plant" keeps its
# clause or, too long, no credit at all.
_BARE_PEOPLE = words("man woman person people boy girl someone somebody one")


def _without_relative_clause(description: str) -> str:
    # Only after "a", "an", "one", "another": the clause of someone brought in unnamed says
    # how the story came by the words; the clause of "the officer who fired the shots" says
    # which officer.
    head = _RELATIVE.split(description, maxsplit=1)[0]
    nouns = _ARTICLE.sub("", head.lower()).split()
    if head == description or not nouns or nouns[-1] in _BARE_PEOPLE or (
            head.split()[0].lower() not in ("a", "an", "one", "another")):
        return description
    return head


# Words that open a role without naming anyone's office: "Chief executive", "Head of research".
_ROLE_OPENERS = words("head acting interim managing lead")


# Words for a relation to someone: alone ("his mother, Rosa Benavides") the credit cannot say
# whose, and "— Rosa Benavides, mother" reads as a mistake; "the hiker's mother" says.
_RELATIONS = KIN_WORDS | words("girlfriend boyfriend widow widower mum mom dad friend neighbour "
                               "neighbor")


def _credited_role(role: str | None, kind: str | None) -> str | None:
    """The role a credit shows beside a person's name, spaces normalised, or None (no role,
    not a person, or a relation with no one to relate to)."""
    if not role or not role.strip() or kind not in (None, "name"):
        return None
    role = " ".join(role.split())
    return None if role.lower() in _RELATIONS else role


def _after_name(role: str) -> str:
    """A role as it reads after the name: in lower case when only the sentence it opened in the
    story gave it a capital ("Jane Doe, chief executive" for "Chief executive Jane Doe said");
    a name's capitals stay ("Port Ellery mayor", "Public Works Director", "CEO")."""
    parts = role.split()
    first = parts[0]
    # (Only when no other word of the office has a capital: "Secretary of State" is written
    # as a title and stays so; "Chief executive of Acme" is lowered, Acme is not.)
    office = re.split(r"\s+(?:of|at|in|for|with)\s+", role, maxsplit=1)[0].split()
    plain = all(p[:1].islower() for p in parts[1:]) or (
        len(office) > 1 and all(p[:1].islower() for p in office[1:]))
    if len(parts) > 1 and first[:1].isupper() and not first.isupper() and plain and (
            is_role_word(first.lower()) or first.lower() in _ROLE_OPENERS):
        return first[0].lower() + role[1:]
    return role


def speaker_label(speaker: str | None, kind: str | None = None,
                  role: str | None = None) -> str | None:
    """The speaker as a credit line names them: "Rosa Delgado, Port Ellery mayor", "a former
    employee", "the city council"; None when there is no speaker or the description is too long
    to be a credit."""
    if not speaker or not speaker.strip():
        return None
    name = " ".join(speaker.split())
    if kind == "description":
        name = _without_relative_clause(name)
        if len(name.split()) > MAX_DESCRIPTION_WORDS or names_a_document(name, kind):
            # A document with no author named ("the statement", "the report", "a police
            # report") is where, not who.
            return None
        return name
    role = _credited_role(role, kind)
    if role:
        if role[role.rfind(" ") + 1 :][:1].isupper() and _role_is_title(role):
            # The story wrote it as a title before the name ("Gov. Kristi Noem", "President
            # Donald Trump", "Prince Andrew"): "Kristi Noem, Gov." would read as a typo.
            return f"{role} {name}"
        return f"{name}, {_after_name(role)}"
    return name


def attribution_text(speaker: str | None, via: str | None = None, *, kind: str | None = None,
                     role: str | None = None) -> str:
    """"Rosa Delgado, Port Ellery mayor, on Instagram" (no dash); "" when nothing is known."""
    label = speaker_label(speaker, kind, role)
    where = via_phrase(via)
    if label and where:
        return f"{label}, {where}"
    if label:
        return label
    if where.startswith("to "):
        # With no one named, "— To CBS News" reads as a dedication.
        where = "told " + where
    return where[:1].upper() + where[1:] if where else ""


def says_text(speaker: str | None, via: str | None = None, *, kind: str | None = None,
              role: str | None = None) -> str:
    """The running-text form: "says Port Ellery Mayor Rosa Delgado", "says a former employee",
    "Rosa Delgado told CBS News", "says Kim Kardashian West on Instagram"; "" with no speaker."""
    label = speaker_label(speaker, kind, None)
    if not label:
        return ""
    role = _credited_role(role, kind)
    if role:
        label = (f"{title_case_role(role)} {label}" if _role_is_title(role)
                 else f"{label}, {_after_name(role)},")
    where = via_phrase(via, told=True)
    if where.startswith("told "):
        # (An apposition keeps its closing comma: "Sean Payton, coach, told CBS News".)
        return f"{label} {where}"
    text = f"says {label}"
    if where:
        return f"{text} {where}"
    return text.rstrip(",")


def attribution_line(speaker: str | None, via: str | None = None, *, kind: str | None = None,
                     role: str | None = None) -> str:
    """"— Rosa Delgado, Port Ellery mayor, on Instagram": a card's credit and a post's."""
    text = attribution_text(speaker, via, kind=kind, role=role)
    return f"— {text}" if text else ""
