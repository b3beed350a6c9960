"""Where a quotation was said, its ``via``: a platform ("on Instagram"), an outlet ("told CBS
News", "in an interview with The Atlantic") or a document ("in a statement") named in its
sentence.
"""

from __future__ import annotations

import re

from socialkit.quotes.lexicon import CUE_VERBS, OUTLET_WORDS, OUTLETS, PLATFORMS, WEEKDAYS
from socialkit.quotes.names import NameIndex

_VIA_DOC = re.compile(r"\b(?:in|according to|from|via)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                      r"(press release|statement)\b")
# Papers (and a speech) that are where words were given only as the cue's own ("said in an
# email", "wrote in the letter", "said in an Oct. 26 letter", "said in a note to clients",
# "said in a speech to the academy") or as the sentence's opening ("In a letter to staff, he
# wrote"): named anywhere else they are something the sentence is about ("who was named in
# the letter", "who resigned in a letter last month").
# (The paper itself, not a kind of case or ruling named after it: "in a 2023 free speech
# case" is no speech; the paper's noun phrase ends at a stop, a preposition or a clause.)
_PAPER = (r"(?:a|an|the|its|his|her|their)\s+(?:[\w.-]+\s+){0,2}?"
          r"(?P<doc>news release|earnings release|e-?mail|letter|memo|note|speech)"
          r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:to|at|on|in|before|after|last|this|that|which|from|for"
          r"|with|by|during|earlier|later|read|seen|obtained|sent|released|published|dated"
          r"|posted|shared)\b)")
# The cue's own, with an adverb or a time between: "said in an email", "said Tuesday in an
# email", "said late Tuesday in a letter".
_PAPER_AFTER_CUE = re.compile(
    r"\b(?P<cue>[a-z]+)\s+(?:(?:[a-z]+ly|late|early|on|last|this|earlier|later)\s+)?"
    r"(?:(?:" + "|".join(sorted(WEEKDAYS)) + r"|today|yesterday|night|morning|afternoon"
    r"|evening|week)\s+)?(?:in|via)\s+" + _PAPER)
# ... or set off after the cue's subject: "said Jeffrey Halley, an analyst, in a note", "told
# staff, according to a memo seen by the newspaper".
_PAPER_SET_OFF = re.compile(r",\s+(?:in|via|according to)\s+" + _PAPER)
_PAPER_OPENING = re.compile(r"^\W*(?:in|according to)\s+" + _PAPER)
_VIA_OUTLET = re.compile(
    # (Each word of the lead is told by its first letter before "\b" is tested, as a look-
    # behind past that letter: a pattern that opens with a letter lets the regex engine skip
    # straight to the places it may start, where "\b" first was tried at every character of
    # every quotation's sentence.)
    r"(?P<lead>t(?<!\w.)(?:old|ells|ell|o)|o(?<!\w.)n|i(?<!\w.)n|w(?<!\w.)ith|f(?<!\w.)or"
    r"|v(?<!\w.)ia)\s+(?:an? (?:interview|post|podcast|op-ed|"
    r"essay|column|appearance|article|video) (?:with|on|to|in|for)\s+)?"
    # "said, via Brian Batko of the Pittsburgh Post-Gazette": the reporter's paper.
    r"(?:(?<=via )(?:[A-Z][\w’'.-]*\s+){1,3}of\s+)?(?:(?:his|her|their|the)\s+)?"
    r"(?P<outlet>(?:[A-Z][\w’'.&!-]*)(?:\s+(?:[A-Z][\w’'.&!-]*))*)"
)


# Platforms read only where words were put on them, by someone posting or as a post's place
# ("one user on Weibo ... posted", "wrote on WeChat"): named anywhere else in the sentence,
# they were where something else happened ("learned of the breach from a message on a staff
# WhatsApp group", "said of the ban on WeChat").
_OTHER_PLATFORMS = {"weibo": "Weibo", "wechat": "WeChat", "whatsapp": "WhatsApp",
                    "douyin": "Douyin", "twitch": "Twitch", "mastodon": "Mastodon"}
_POSTED_ON = re.compile(
    r"\b(?:posted|posts|post|wrote|writes|said|says|user|users|account|accounts|message|"
    r"commenter|commenters|blogger|bloggers)\s+(?:[\w'’-]+\s+){0,2}?(?:on|via)\s+("
    + "|".join(_OTHER_PLATFORMS) + r")\b")
# A negation in the clause before a document: "He did not read from a statement".
_NEGATION = re.compile(r"(?:\b(?:not|never|without)|n['’]t)\s+([^,;:]*)$")


def _negated(before: str) -> bool:
    """Whether the clause that ends with ``before`` denies the verb the document hangs on: the
    negation's own verb is the last verb before it ("did not read from"), not one said
    after it ("a spokesperson who did not wish to be named said in a statement")."""
    m = _NEGATION.search(before)
    return m is not None and not any(w in CUE_VERBS for w in m.group(1).split()[1:])


_POSSESSOR = re.compile(r"(.+?)(?:[’']s|(?<=s)[’'])(?:\s|$)")


def _outlet_after(text: str, names: NameIndex, base: int) -> str | None:
    """'told CBS News last month' -> 'CBS News'; 'told reporters' -> None."""
    m = re.match(r"\s+(?:the\s+)?((?:[A-Z][\w’'.&!-]*)(?:\s+[A-Z][\w’'.&!-]*)*)", text)
    if not m:
        return None
    return _as_outlet(m.group(1)) or _told_outlet(names, base + m.start(1), base + m.end(1))


def _told_outlet(names: NameIndex, start: int, end: int) -> str | None:
    """"told Al Jazeera", an outlet no list of ours holds: the name there, when the story
    gives it only as whom people told things."""
    told = names.entity_at(start, end)
    return told.name if told is not None and names.is_told_outlet(told) else None


def _as_outlet(name: str, possessor: bool = True) -> str | None:
    # "told CNN's Jake Tapper", "an interview with Fox News' Shannon Bream": the outlet is the
    # possessor (not in "an email to the NFL Network's Rich Eisen": an email to a person).
    owner = _POSSESSOR.match(name.strip()) if possessor else None
    name = owner.group(1) if owner else re.sub(r"[’']s$", "", name.strip().rstrip(".,"))
    tokens = name.split()
    if not tokens:
        return None
    low = name.lower()
    if low in PLATFORMS:
        return PLATFORMS[low]
    if tokens[0] == "The" and len(tokens) > 1:
        return name if (name[4:] in OUTLETS or tokens[-1] in OUTLET_WORDS) else None
    if name in OUTLETS or tokens[0] in OUTLETS or tokens[-1] in OUTLET_WORDS or (
            tokens[-1].split("-")[-1] in OUTLET_WORDS):  # "Pittsburgh Post-Gazette"
        return name
    return None


# The words every paper of _PAPER holds ("e-mail" and "email" both hold "mail").
_PAPER_WORDS = ("release", "mail", "letter", "memo", "note", "speech")


def _find_via(sentence: str, names: NameIndex, base: int) -> str | None:
    low = sentence.lower()
    # The platform named first is where the words were put: "one user on Weibo, which is
    # essentially China's version of Twitter, posted"; "Ruiz tweeted, in a message that was
    # quickly shared on Instagram".
    # (Each word-by-word or regex scan below runs only when the words it looks for are in the
    # sentence at all, as in few sentences: this runs once for every quotation.)
    found = [(m.start(), PLATFORMS[m.group()]) for m in re.finditer(r"[a-z]+(?: social)?", low)
             if m.group() in PLATFORMS] if any(p in low for p in PLATFORMS) else []
    if any(p in low for p in _OTHER_PLATFORMS):
        found += [(m.start(1), _OTHER_PLATFORMS[m.group(1)]) for m in _POSTED_ON.finditer(low)]
    if found:
        return min(found)[1]
    for m in _VIA_OUTLET.finditer(sentence):
        outlet = _as_outlet(m.group("outlet"), possessor=m.group("lead") not in ("to", "for")) or (
            _told_outlet(names, base + m.start("outlet"), base + m.end("outlet")))
        if outlet:
            # "said, via the Los Angeles Times": the paper reported it; no one told it.
            return f"via {outlet}" if m.group("lead") == "via" else outlet
    doc = _VIA_DOC.search(low) if "statement" in low or "press release" in low else None
    if doc and not _negated(low[: doc.start()]):
        return "a " + doc.group(1)
    if not any(w in low for w in _PAPER_WORDS):
        return None
    set_off = _PAPER_SET_OFF.search(low)
    paper = _PAPER_OPENING.match(low) or next(
        (m for m in _PAPER_AFTER_CUE.finditer(low) if m.group("cue") in CUE_VERBS and (
            # (A cue's noun is none: "said of the claims in the memo".)
            low[: m.start("cue")].split()[-1:] not in (["the"], ["a"], ["an"], ["his"],
                                                       ["her"], ["its"], ["their"]))), None) or (
        set_off if set_off and any(w in CUE_VERBS for w in low[: set_off.start()].split())
        else None)
    if paper and not _negated(low[: paper.start()]):
        # (The kind of paper, as a credit line gives it: "in an email".)
        kind = "email" if paper.group("doc") == "e-mail" else paper.group("doc")
        return ("an " if kind[0] in "aeiou" else "a ") + kind
    return None
