"""One rule for whether a predicted speaker is right, shared by both quote benchmarks.

A gold source is a name (a person or a body the story names) or, when the story never names it,
the story's own description ("a former employee", "the doctors"). A name is matched by its
tokens (see ``same_entity``); a description is matched only by a predicted description with the
same head noun, so that a guessed name for an unnamed source is wrong, and so is no speaker at
all. A predicted description for a source the story does name is wrong too: the editor wants the
name.
"""

from __future__ import annotations

import re

# Words after the head noun of a description: "a former employee of the company who ...", and
# an adjective that opens a phrase after it: "a source close to the couple", "a person
# familiar with the matter" (the head is "source", "person", not "close", "familiar"); a
# preposition of place ("a shopkeeper near the bus stand"), or a participle that opens a phrase
# of its own ("a young father pushing a pram", "a report published last month by ...", "a
# nursing officer attached to the unit"), not one before the noun ("a retired teacher").
_AFTER_HEAD = re.compile(
    r"\s+(?:of|who|whom|whose|that|which|with|at|for|from|in|on|to|near|outside|inside|beside|"
    r"behind|by)\s+|,"
    r"|\s+(?:familiar|close|briefed|involved|knowledgeable|aware)\s+(?:with|to|on|in|of|about)\s"
    r"|\s+[a-z]+(?:ing|ed)\s+(?=(?:a|an|the|his|her|their|its|to|by|at|in|on|for|from|with|"
    r"outside|inside|near|last|this|up|out|down|off)\b)")
_WORD = re.compile(r"[\w’'-]+")
_GLOTTAL = re.compile("[‘ʻ]")


def same_entity(predicted: str | None, gold: list[str] | None) -> bool:
    """The predicted speaker names the gold entity: its last word, and, when both give more
    than one word, one more of the gold's words ("Ivanka Trump" is not "Donald Trump", an
    "International Monetary Fund" is not the "U.S. PIRG Education Fund")."""
    if predicted is None or not gold:
        return False
    # (A glottal stop written as an opening mark is part of a Pacific name, "Tu‘ipulotu",
    # "‘Amelia": the same word with or without it, on either side.)
    words = re.findall(r"[\w.'’‘ʻ-]+", predicted)
    # (A possessive is no word of its own, as on the gold side: "the Governor's Office".)
    pred = {_GLOTTAL.sub("", t.lower().removesuffix("’s").removesuffix("'s").strip("."))
            for t in words}
    gold = [_GLOTTAL.sub("", t) for t in gold]
    if _abbreviates(words, gold):
        return True
    if gold[-1] not in pred:
        return False
    return len(gold) == 1 or len(pred) == 1 or any(t in pred for t in gold[:-1])


def _abbreviates(words: list[str], gold: list[str]) -> bool:
    """A body's initials for its name, either way round: "FAO" for the "Food and Agriculture
    Organization", "Drug Enforcement Administration" for "DEA" (the same body; the annotators
    wrote whichever the story used at the quotation)."""
    caps = [w for w in words if w[:1].isupper() and w.lower() not in ("the", "of", "and", "for")]
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2 and len(gold) >= 2:
        initials = "".join(t[0] for t in gold)
        return initials.endswith(words[0].lower()) and len(words[0]) >= 2
    if len(gold) == 1 and len(caps) >= 2 and gold[0].isalpha():
        initials = "".join(w[0] for w in caps).lower()
        return initials.endswith(gold[0]) and len(gold[0]) >= 2
    return False


def description_head(description: str) -> str:
    """'a former UC Global employee who asked ...' -> 'employee'."""
    head = _AFTER_HEAD.split(description.strip(), maxsplit=1)[0]
    found = _WORD.findall(head)
    return _singular(found[-1].lower()) if found else ""


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def same_description(predicted: str | None, predicted_kind: str | None, gold: str) -> bool:
    """A predicted description of the same source: the same head noun ("the doctors" for
    "doctors who signed the letter", "a former employee" for "a former UC Global employee")."""
    if predicted is None or predicted_kind != "description":
        return False
    return description_head(predicted) == description_head(gold) != ""
