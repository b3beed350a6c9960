"""Headlines as a post shows them: as written, or in sentence case.

Many outlets write web headlines in Title Case; social posts read better in sentence case. Only
the article can say which capitals are names, so a word keeps its capital when the body writes
it capitalised mid-sentence ("Port Ellery", "Indiana") and does not also use it in lower case;
a word the body uses both ways ("Storm Isolde", "a storm surge") keeps its capital only beside
the same neighbour it has in the body.
"""

from __future__ import annotations

import re

from socialkit.elide import ends_abbreviation

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MID_SENTENCE = re.compile(r"(?<=[a-z,;] )([A-Z][\w'’-]*)")


def _runs(body: str) -> dict[str, list[list[str]]]:
    """Each capitalised word of ``body`` -> the runs of capitalised words it appears in."""
    runs: dict[str, list[list[str]]] = {}
    for match in re.finditer(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", body):
        words = [re.sub(r"['’]s$", "", w) for w in match.group().split()]
        for word in words:
            runs.setdefault(word, []).append(words)
    return runs


def sentence_case(title: str, body: str) -> str:
    """``title`` with capitals kept only where the article shows they belong to a name."""
    capitalised = set(_MID_SENTENCE.findall(body))
    runs = _runs(body)
    lower = {w.group() for w in _WORD.finditer(body) if w.group().islower()}
    matches = list(_WORD.finditer(title))
    out = list(title)
    for index, match in enumerate(matches):
        word = match.group()
        if index == 0 or not word[:1].isupper():
            continue
        if (len(word) > 1 and word.isupper()) or any(ch.isupper() for ch in word[1:]):
            continue  # NASA, iPhone, McDonald: written that way on purpose
        before = title[: match.start()].rstrip(" \"'“‘")
        if word == "I" or before.endswith((":", "?", "!", "—", "|")):
            continue
        neighbours = {re.sub(r"['’]s$", "", m.group())
                      for m in matches[max(0, index - 1): index + 2] if m is not match}
        seen_in = runs.get(re.sub(r"['’]s$", "", word), [])
        alone = any(len(run) == 1 for run in seen_in)
        with_neighbour = any(neighbours & set(run) for run in seen_in)
        proper = word in capitalised or (bool(seen_in) and word.lower() not in lower)
        # A word the body capitalises only inside longer names ("Storm" in "Storm Isolde") is a
        # name here only beside the same neighbour.
        if proper and (with_neighbour or (alone and word.lower() not in lower)):
            continue
        out[match.start()] = word[0].lower()
    return "".join(out)


def headline_for(title: str, body: str, case: str) -> str:
    """The headline in the configured case ("as-written" or "sentence"), without a full stop,
    semicolon or comma at its end: a plain-text story's first line is often a sentence ("House
    panel votes to hold Pagliano in contempt.") or the first of two headline lines ("Candidates
    vie for vets' support;"), and a headline ends in no such mark."""
    title = _without_end_mark(title)
    return sentence_case(title, body) if case == "sentence" else title


def _without_end_mark(title: str) -> str:
    text = title.rstrip()
    if text.endswith((";", ",")):
        return text[:-1].rstrip()
    if not text.endswith(".") or text.endswith(".."):
        return text
    # (An abbreviation's stop is its own: "... in the U.S.", "... Jr.", "... Inc.", and so is
    # one inside a word: "... Ph.D.".)
    last = text.split()[-1]
    if "." in last[:-1] or ends_abbreviation(last):
        return text
    return text[:-1]
