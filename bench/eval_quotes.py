"""Score quote extraction and attribution on PolNeAR-style data: recall, precision, speakers, speed.

    PYTHONPATH=src python bench/eval_quotes.py ../shared/corpus/polnear-dev [--misses N]
                                                          [--sample N]

Gold units are the quoted pieces (text between a pair of double marks) inside the content of the
primary annotator's direct and mixed attributions, and of those typed indirect only because their
marks are two apostrophes ('') (see `load`; --corpus-types keeps the corpus's own types).
A gold piece is found when one predicted piece
covers at least half of its characters; a predicted piece is correct when at least half of its
characters lie inside one gold piece. Speaker accuracy is over found gold pieces: the predicted
speaker must name the annotated source's entity (see `_gold_entity`); a missing speaker counts as
wrong. A source that is not a name (a pronoun, a description, a document) is resolved by hand
(quotes_speaker_checks.tsv, all 237 such attributions, checked blind); --rule-speakers resolves
them with the nearest-name rule instead, as before this hand check. Throughput is extraction
plus ranking over every article: CPU time of one process (one core), best of three runs, so other
load on the machine does not count.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from speaker_scoring import same_description, same_entity

from socialkit.models import Article, Paragraph, Quote
from socialkit.quotes import extract_quotes, rank_quotes
from socialkit.quotes.people import gender_of_given_name

_MARKS = '"“”„«»'
_TITLES = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "gov",
    "sen",
    "rep",
    "the",
    "former",
    "rival",
    "spokeswoman",
    "activist",
    "city",
    "attorney",
    "house",
    "speaker",
    "chief",
    "police",
    "sen.",
    "gov.",
    "rep.",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "oversight",
    "chairman",
    # Party and demonym adjectives: "The Republican said", a source "European".
    "republican",
    "democrat",
    "european",
    "american",
}
_PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "i",
    "who",
    "which",
    "her",
    "him",
    "we",
    "his",
    "its",
    "their",
    "our",
    "my",
}
_DETERMINERS = {"a", "an", "another", "the", "his", "her", "their", "its", "one"}
# Given names borne by women and men alike are no evidence of gender ("Terry Strada" is a widow).
_UNISEX = {
    "terry",
    "jordan",
    "taylor",
    "kelly",
    "robin",
    "kim",
    "chris",
    "jesse",
    "dana",
    "leslie",
    "lynn",
    "jamie",
    "casey",
    "morgan",
    "pat",
    "jean",
    "hope",
    "joy",
    "rush",
}
# "Donald Trump's campaign said ... It": the body of a named person speaks as "it"/"they".
_BODY_OF = re.compile(
    r"^(.*?)[’']s\s+(?:presidential\s+)?(?:campaign|team|office|"
    r"administration|staff|lawyers|aides)\s*$"
)


@dataclass
class Doc:
    name: str
    text: str
    article: Article
    offsets: list[tuple[int, int]]  # (body offset, original offset) per paragraph
    gold: list[tuple[int, int, dict[str, object]]] = field(default_factory=list)


def _article(name: str, text: str) -> tuple[Article, list[tuple[int, int]]]:
    """The body the reader would give: paragraphs after the title line, joined by a blank line."""
    paragraphs: list[Paragraph] = []
    offsets: list[tuple[int, int]] = []
    parts: list[str] = []
    pos = 0
    first_line_end = text.find("\n")
    # Some sources break paragraphs with a single newline, so every line is a paragraph.
    for m in re.finditer(r"[^\n]+", text):
        if m.start() <= first_line_end or not m.group().strip():
            continue
        para = m.group()
        if parts:
            pos += 2
        paragraphs.append(Paragraph(para, pos, pos + len(para)))
        offsets.append((pos, m.start()))
        parts.append(para)
        pos += len(para)
    title = text[:first_line_end].strip()
    return Article(
        title=title, body="\n\n".join(parts), paragraphs=tuple(paragraphs), path=name
    ), offsets


def _to_original(doc: Doc, pos: int) -> int:
    best = doc.offsets[0]
    for body_at, orig_at in doc.offsets:
        if body_at <= pos:
            best = (body_at, orig_at)
    return pos - best[0] + best[1]


# A double mark: one of _MARKS, or two apostrophes (''), the NYT archive's plain-text convention,
# which the extractor reads as a double mark too. Of three apostrophes after a word the last two
# close a quote (a quote inside a quote ends there); elsewhere the first two open one.
_MARK_RE = re.compile(f"(?<=\\S)'(?='')|'{{2}}|[{_MARKS}]")


def _double_marks(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(start, end) of every double mark that starts in text[s:e]."""
    found = _MARK_RE.finditer(text, s, min(len(text), e + 1))
    return [(m.start(), m.end()) for m in found if m.group() != "'" and m.start() < e]


def _quoted_pieces(
    text: str, spans: list[list[int]], apostrophes: bool = True
) -> list[tuple[int, int]]:
    """The stretches between paired double marks inside an annotated content.

    With ``apostrophes`` False only the corpus's own marks count (how its `type` field was made).
    """
    pieces = []
    for s, e in spans:
        if apostrophes:
            # An annotator's span may start or end between the two apostrophes of one mark.
            s -= s > 0 and text[s - 1 : s + 1] == "''"
            e += text[e - 1 : e + 1] == "''"
        marks = [
            m for m in _double_marks(text, s, e) if apostrophes or m[1] - m[0] == 1
        ]
        # An annotator may stop one or two characters short of the closing mark.
        if len(marks) % 2 == 1:
            after = _double_marks(text, e, e + 1)
            if after and (apostrophes or after[0][1] - after[0][0] == 1):
                marks.append(after[0])
        if len(marks) % 2 == 1 and s > 0:
            before = _double_marks(text, max(0, s - 2), s)
            before = [m for m in before if m[1] == s and (apostrophes or m[1] - m[0] == 1)]
            if before:
                marks.insert(0, before[-1])
        for a, b in zip(marks[::2], marks[1::2], strict=False):
            if b[0] - a[1] > 0:
                pieces.append((a[1], b[0]))
    return pieces


RETYPED: Counter[str] = Counter()  # indirect rows scored for their '' marks: rows, pieces


def load(corpus: Path, corpus_types: bool = False) -> list[Doc]:
    """The articles with their gold pieces.

    A primary row the corpus typed indirect is scored all the same when its content holds a pair
    of '' marks: the corpus's `type` looks for double-mark characters only, so quotations written
    with two apostrophes were typed indirect although the annotator marked them. A row whose
    content has no quotation marks of any convention keeps its type. ``corpus_types`` scores the
    corpus's own types and marks only (the figures before round five).
    """
    docs: dict[str, Doc] = {}
    for path in sorted((corpus / "dev" / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        article, offsets = _article(path.stem, text)
        docs[path.stem] = Doc(path.stem, text, article, offsets)
    rows = [json.loads(line) for line in (corpus / "dev.attributions.jsonl").open(encoding="utf-8")]
    for row in rows:
        if not row["primary"]:
            continue
        doc = docs[row["doc"]]
        if row["type"] in ("direct", "mixed"):
            pieces = _quoted_pieces(doc.text, row["content_spans"], not corpus_types)
        elif corpus_types:
            continue
        else:
            pieces = _quoted_pieces(doc.text, row["content_spans"])
            if pieces:
                RETYPED["rows"] += 1
                RETYPED["pieces"] += len(pieces)
        for s, e in pieces:
            doc.gold.append((s, e, row))
    for row in rows:
        docs[row["doc"]].__dict__.setdefault("all_rows", []).append(row)
    # Pronoun sources are resolved against every primary source, so keep those too.
    for row in rows:
        if row["primary"]:
            docs[row["doc"]].__dict__.setdefault("sources", []).append(row)
    return list(docs.values())


def _head_tokens(source: str) -> list[str]:
    """The name part of an annotated source: 'Quina Jones, 25,' -> ['quina', 'jones'].

    'Rep. Elijah Cummings of Maryland' is Cummings; 'Secretary of State John Kerry' keeps its
    name after 'of', since the part before it is a title alone.
    """
    head = re.split(r",|\(| who | whom | whose ", source)[0]
    before_of = head.split(" of ")[0]
    if len(re.findall(r"\b[A-Z][a-z]", before_of)) >= 2:
        head = before_of
    head = re.sub(r"[’']s\b", "", head)
    tokens = [t.strip(".").lower() for t in re.findall(r"[A-Z][\w.'’-]*", head)]
    return [t for t in tokens if t and t not in _TITLES and t not in _PRONOUNS]


def _name_tokens(source: str) -> list[str]:
    """Name tokens when the source is a name; [] for a pronoun or a description.

    "The Republican nominee" ends in a lower-case noun: a description, resolved like a pronoun.
    """
    tokens = _head_tokens(source)
    head_words = re.split(r",|\(| who | whom | whose ", source)[0].split()
    return tokens if head_words and not head_words[-1][:1].islower() else []


# Sources that name no one the story names: an indefinite description ("one questioner", "a
# Times article"), a first-person writer ("I", "my mother") or the people around a person
# ("Scott's family"). The nearest-name rule gets these wrong (hand check, docs/BENCHMARKS.md), so
# they are not scored; the bench counts them and what the extractor said for them instead.
_UNNAMED = re.compile(
    r"^(?:a|an|one|another|some|several|many|most|few|only|other|two|three|\d[\d,.%]*|i|we|my|"
    r"our|me|us)\b|^[A-Z][\w.]*[’']s\s+(?:family|friends|relatives|supporters|neighbors|"
    r"lawyers|attorneys)\b",
    re.IGNORECASE,
)


def _is_unnamed(source: str) -> bool:
    return _UNNAMED.match(source.strip()) is not None


def _known_gender(doc: Doc, tokens: list[str], at: int) -> str | None:
    """'f' or 'm' only when the story says so beyond doubt, else None.

    Evidence is a given name (from the fullest source with the same surname so far) or an
    honorific in the story (Mrs. Clinton, Mr. Obama). A guess from nearby pronouns was tried and
    dropped: it took "North Korea" and "NBC News" for people.
    """
    surname = tokens[-1]
    full = tokens
    for other in doc.__dict__.get("sources", []):
        spans = other["source_spans"]
        if not spans or spans[0][0] > at:
            continue
        other_tokens = _name_tokens(str(other["source"] or ""))
        if len(other_tokens) > len(full) and other_tokens[-1] == surname:
            full = other_tokens
    for given in full[:-1]:
        if given in _UNISEX:
            continue
        gender = gender_of_given_name(given)
        if gender is not None:
            return gender
    word = re.escape(surname)
    if re.search(rf"\b(?:Mrs|Ms|Miss)\.?\s+{word}\b", doc.text, re.IGNORECASE):
        return "f"
    if re.search(rf"\bMr\.?\s+{word}\b", doc.text, re.IGNORECASE):
        return "m"
    return None


def _gold_entity(doc: Doc, row: dict[str, object]) -> list[str] | None:
    """Name tokens of the entity an annotated source refers to, or None if not decidable.

    A name source gives its own tokens ("Another critic, Laurence H. Tribe," the name in it).
    Otherwise the entity is the nearest earlier primary-annotated name source, skipping, for
    "he"/"she", names known to be of the other gender and, for "it"/"they", names known to be
    a man's or a woman's. A source that names no one (see _UNNAMED) is not decidable.
    """
    source = str(row["source"] or "")
    tokens = _name_tokens(source)
    first = source.split(",")[0]
    if "," in source and (
        not tokens or (source.split()[0].lower() in _DETERMINERS and not _name_tokens(first))
    ):
        # "Another critic, Laurence H. Tribe,": the name is the apposition.
        tokens = next((t for part in source.split(",")[1:] if (t := _name_tokens(part))), tokens)
    if tokens:
        return tokens
    if _is_unnamed(source):
        return None
    spans = row["source_spans"] or row["content_spans"]
    at = spans[0][0]  # type: ignore[index]
    word = source.strip().lower()
    skip = {
        "he": {"f"},
        "him": {"f"},
        "his": {"f"},
        "she": {"m"},
        "her": {"m"},
        "it": {"f", "m"},
        "its": {"f", "m"},
        "they": {"f", "m"},
        "their": {"f", "m"},
    }.get(word, set())
    earlier: list[tuple[int, list[str], bool]] = []
    for other in doc.__dict__.get("sources", []):
        other_spans = other["source_spans"]
        if not other_spans or other_spans[0][0] >= at:
            continue
        other_source = str(other["source"] or "")
        body_of = _BODY_OF.match(other_source)
        other_tokens = _name_tokens(body_of.group(1) if body_of else other_source)
        if other_tokens:
            earlier.append((other_spans[0][0], other_tokens, body_of is not None))
    for pos, candidate, is_body in sorted(earlier, key=lambda item: -item[0]):
        if is_body and skip != {"f", "m"}:
            continue  # a campaign is "it" or "they", never "he" or "she"
        if is_body or not skip or _known_gender(doc, candidate, pos) not in skip:
            return candidate
    return None


SPEAKER_CHECKS = Path(__file__).with_name("quotes_speaker_checks.tsv")


def _load_speaker_checks() -> dict[tuple[str, str], list[list[str]] | None]:
    """Hand resolutions of sources that are not names: (doc, attribution id) -> the entity's
    name tokens, one list per joint speaker ("A and B"), or None when the story names no one."""
    out: dict[tuple[str, str], list[list[str]] | None] = {}
    for line in SPEAKER_CHECKS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc, row_id, entity = line.split("\t")[:3]
        if entity.strip() == "-":
            out[(doc, row_id)] = None
            continue
        alternatives = []
        for part in entity.split(" and "):
            body_of = _BODY_OF.match(part.strip())
            name = body_of.group(1) if body_of else part
            tokens = [t.strip(".").lower() for t in re.findall(r"[\w.'’-]+", name)]
            tokens = [t for t in tokens if t not in ("of", "the", "for")]
            if tokens:
                alternatives.append(tokens)
        out[(doc, row_id)] = alternatives or None
    return out


def _same_any(predicted: str | None, gold: list[list[str]] | None) -> bool:
    return any(same_entity(predicted, tokens) for tokens in gold or [])


CHECKS = Path(__file__).with_name("quotes_precision_checks.tsv")


def _load_checks() -> dict[tuple[str, int], str]:
    """Hand verdicts on predicted pieces that match no gold piece: (doc, offset) -> verdict.

    'quote' means a real quotation of someone's words that an editor would want found (the
    annotator left it out); 'not' means a scare quote, a term, a title or an artefact. The file
    holds offsets and verdicts only, never the corpus text.
    """
    out: dict[tuple[str, int], str] = {}
    if CHECKS.exists():
        for line in CHECKS.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                doc, offset, verdict = line.split("\t")[:3]
                out[(doc, int(offset))] = verdict
    return out


def _unscored_category(doc: Doc, span: tuple[int, int]) -> str:
    """Why a predicted piece matched no gold piece, as far as the annotation can tell.

    'annotated': it lies inside some attribution's content all the same (an indirect one whose
    '' marks the corpus type did not count as quote marks, or a non-primary annotator's);
    'unannotated': no annotator marked anything there.
    """
    for row in doc.__dict__.get("all_rows", []):
        for s, e in row["content_spans"]:
            if _overlap(span, (s, e)) * 2 >= span[1] - span[0]:
                return "annotated"
    return "unannotated"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _gold_entities(
    doc: Doc, row: dict[str, object], hand: dict[tuple[str, str], list[list[str]] | None] | None
) -> list[list[str]] | None:
    """The gold entity as alternatives: the hand resolution when the source is not a name and
    was checked, else the rule of `_gold_entity`."""
    if hand is not None and (doc.name, str(row["id"])) in hand:
        return hand[(doc.name, str(row["id"]))]
    entity = _gold_entity(doc, row)
    return [entity] if entity else None


def evaluate(
    docs: list[Doc], misses: int, sample: int, rule_speakers: bool = False,
    unnamed_scored: bool = True,
) -> dict[str, float]:
    gold_total = found = pred_total = correct = 0
    speaker_total = speaker_ok = 0
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed: list[str] = []
    wrong: list[str] = []
    bad_speakers: list[str] = []
    pronoun_checks: list[str] = []
    categories: Counter[str] = Counter()
    checked: Counter[str] = Counter()
    checks = _load_checks()
    hand = None if rule_speakers else _load_speaker_checks()
    hand_disagrees = 0  # scored pieces whose hand entity differs from the rule's
    speaker_wrong: Counter[bool] = Counter()  # True: no speaker given; False: another entity
    unnamed: Counter[bool] = Counter()  # unnamed sources: True when the extractor gave None
    for doc in docs:
        quotes = extract_quotes(doc.article)
        pieces: list[tuple[tuple[int, int], Quote]] = []
        for q in quotes:
            for s, e in q.spans:
                pieces.append(((_to_original(doc, s), _to_original(doc, e)), q))
        gold = [(s, e, row) for s, e, row in doc.gold]
        for s, e, row in gold:
            gold_total += 1
            hit = [q for (span, q) in pieces if _overlap(span, (s, e)) * 2 >= e - s]
            if not hit:
                context = doc.text[max(0, s - 60) : s]
                missed.append(f"{doc.name}: {context!r} [[{doc.text[s:e][:120]}]]")
                continue
            found += 1
            entities = _gold_entities(doc, row, hand)
            entity = entities[0] if entities else None
            rule = _gold_entity(doc, row)
            if entities and not (rule and any(rule[-1] == e[-1] for e in entities)):
                hand_disagrees += 1
            if row["source_is_pronoun"] and entity and len(pronoun_checks) < sample:
                pronoun_checks.append(
                    f"{doc.name} {row['source']!r} -> {entity} | pred "
                    f"{hit[0].speaker!r} | {doc.text[s:e][:60]!r}"
                )
            if entity is None:
                source = str(row["source"] or "")
                if _is_unnamed(source) or (hand is not None and (doc.name, str(row["id"])) in hand):
                    unnamed[hit[0].speaker is None] += 1
                    if unnamed_scored and source:
                        # A source the story never names is right only as the story's own
                        # description of it (bench/speaker_scoring.py, as on corpus2).
                        speaker_total += 1
                        by_kind["unnamed"][1] += 1
                        if same_description(hit[0].speaker, hit[0].speaker_kind, source):
                            speaker_ok += 1
                            by_kind["unnamed"][0] += 1
                        else:
                            speaker_wrong[hit[0].speaker is None] += 1
                            bad_speakers.append(
                                f"{doc.name}: gold unnamed {source!r} pred {hit[0].speaker!r} "
                                f"({hit[0].speaker_kind}) | {doc.text[s:e][:70]!r}")
                continue
            speaker_total += 1
            kind_key = "pronoun" if row["source_is_pronoun"] else "name"
            by_kind[kind_key][1] += 1
            if _same_any(hit[0].speaker, entities):
                speaker_ok += 1
                by_kind[kind_key][0] += 1
            else:
                speaker_wrong[hit[0].speaker is None] += 1
                bad_speakers.append(
                    f"{doc.name}: gold {row['source']!r}->{entity} pred "
                    f"{hit[0].speaker!r} cue {hit[0].cue!r} | "
                    f"{doc.text[s:e][:70]!r}"
                )
        for span, q in pieces:
            pred_total += 1
            if any(_overlap(span, (s, e)) * 2 >= span[1] - span[0] for s, e, _ in gold):
                correct += 1
                continue
            category = _unscored_category(doc, span)
            categories[category] += 1
            verdict = checks.get((doc.name, span[0]))
            if verdict is not None:
                checked[verdict] += 1
            wrong.append(
                f"{doc.name}\t{span[0]}\t{category}\t{verdict or '-'}\t[{q.kind}] "
                f"{doc.text[max(0, span[0] - 50) : span[0]]!r} "
                f"[[{doc.text[span[0] : span[1]][:100]}]]"
            )
    for title, items in (
        ("MISSED", missed),
        ("WRONG", wrong),
        ("SPEAKER", bad_speakers),
        ("PRONOUN SAMPLE", pronoun_checks),
    ):
        if misses or (title == "PRONOUN SAMPLE" and sample):
            print(f"--- {title} ({len(items)})")
            for line in items[: misses if title != "PRONOUN SAMPLE" else sample]:
                print(line)
    real = checked["quote"]
    result = {
        "gold": gold_total,
        "predicted": pred_total,
        "correct": correct,
        "unscored_in_other_annotation": categories["annotated"],
        "unscored_unannotated": categories["unannotated"],
        "checked": sum(checked.values()),
        "checked_real": real,
        "precision_adjusted": (correct + real) / pred_total if pred_total else 0.0,
        "recall": found / gold_total if gold_total else 0.0,
        "precision": correct / pred_total if pred_total else 0.0,
        "speaker_accuracy": speaker_ok / speaker_total if speaker_total else 0.0,
        "speaker_scored": speaker_total,
        "speaker_none": speaker_wrong[True],
        "speaker_other": speaker_wrong[False],
        "unnamed_none": unnamed[True],
        "unnamed_named": unnamed[False],
        "speaker_name_sources": by_kind["name"][0] / max(1, by_kind["name"][1]),
        "speaker_pronoun_sources": by_kind["pronoun"][0] / max(1, by_kind["pronoun"][1]),
        "speaker_unnamed_sources": f"{by_kind['unnamed'][0]}/{by_kind['unnamed'][1]}",
        "hand_disagrees": hand_disagrees,
    }
    return result


def throughput(docs: list[Doc]) -> tuple[float, float]:
    """MB of article text per second for extract+rank, and for a plain regex scan as reference."""
    size = sum(len(d.article.body.encode("utf-8")) for d in docs)
    best = ref = float("inf")
    pattern = re.compile(r"[\"“”]")
    for _ in range(3):
        t0 = time.process_time()
        for d in docs:
            rank_quotes(extract_quotes(d.article), d.article)
        best = min(best, time.process_time() - t0)
        t0 = time.process_time()
        for d in docs:
            pattern.findall(d.article.body)
        ref = min(ref, time.process_time() - t0)
    return size / best / 1e6, size / ref / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--misses", type=int, default=0, help="print this many misses of each sort")
    parser.add_argument("--sample", type=int, default=0, help="print this many pronoun sources")
    parser.add_argument(
        "--corpus-types",
        action="store_true",
        help="gold from the corpus's type field only ('' quotes stay indirect), as before round 5",
    )
    parser.add_argument(
        "--rule-speakers",
        action="store_true",
        help="resolve pronoun and description sources by the nearest-name rule, not by hand",
    )
    parser.add_argument(
        "--unnamed-unscored",
        action="store_true",
        help="leave sources the story never names out of speaker accuracy, as before round nine",
    )
    args = parser.parse_args(argv)
    docs = load(args.corpus, args.corpus_types)
    result = evaluate(docs, args.misses, args.sample, args.rule_speakers,
                      not args.unnamed_unscored)
    mbps, ref = throughput(docs)
    size = sum(len(d.article.body.encode("utf-8")) for d in docs)
    print(f"articles {len(docs)}, {size / 1e6:.3f} MB")
    print(f"gold pieces {result['gold']}, predicted pieces {result['predicted']}")
    if RETYPED:
        print(
            f"of the gold, {RETYPED['pieces']} pieces in {RETYPED['rows']} attributions the "
            f"corpus typed indirect whose content is quoted with '' (--corpus-types: not)"
        )
    print(
        f"recall {result['recall']:.3f}  precision {result['precision']:.3f} (raw: "
        f"{result['correct']} of {result['predicted']} predicted pieces match a gold piece)"
    )
    unscored = result["predicted"] - result["correct"]
    print(
        f"unmatched pieces {unscored}: {result['unscored_in_other_annotation']} inside some "
        f"other attribution's content, {result['unscored_unannotated']} where no annotator "
        f"marked anything"
    )
    print(
        f"hand-checked {result['checked']} of {unscored} unmatched pieces ({CHECKS.name}): "
        f"{result['checked_real']} are real quotations the annotation left out; precision "
        f"counting those as correct {result['precision_adjusted']:.3f}"
    )
    print(
        f"speaker accuracy {result['speaker_accuracy']:.3f} over {result['speaker_scored']} "
        f"(name sources {result['speaker_name_sources']:.3f}, pronoun sources "
        f"{result['speaker_pronoun_sources']:.3f}, unnamed sources as descriptions "
        f"{result['speaker_unnamed_sources']}); of the misses {result['speaker_none']} "
        f"have no speaker and {result['speaker_other']} name another entity"
    )
    print(
        "speaker gold for sources that are not names: "
        + (
            "nearest-name rule (--rule-speakers)"
            if args.rule_speakers
            else f"by hand ({SPEAKER_CHECKS.name}); on {result['hand_disagrees']} scored pieces "
            "the hand entity is not the nearest-name rule's"
        )
    )
    print(
        f"unnamed sources (one questioner, I): {result['unnamed_none']} given no "
        f"speaker, {result['unnamed_named']} given a name"
    )
    print(
        f"throughput {mbps:.2f} MB/s (regex mark scan in the same process: {ref:.1f} MB/s, "
        f"ratio {mbps / ref:.4f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
