"""Score quotes on corpus2: our own annotations of non-political news pages from news-html.

    PYTHONPATH=src python bench/eval_corpus2.py ../shared/corpus/news-html
                                                 [--split dev|test|holdout|all] [--misses N]

corpus2 (bench/corpus2/, see its README) annotates 48 pages of shared/corpus/news-html (sport,
culture, courts, science, business, local news): every pair of quotation marks in the page's
human-checked body (ground-truth.json), whether it is a quotation, who said it (a name, an
organisation, or the story's own description of an unnamed source), the speaker's role, and the
three quotations an editor would put on a card, best first. The annotations hold offsets, names
and a few words of reasoning, never the pages' text. dev is the half rules may be looked at
against; test is the half kept for measuring.

Scoring, the same as bench/eval_quotes.py where the two overlap: a gold piece is found when one
predicted piece covers at least half of it; a predicted piece is correct when at least half of it
lies inside a gold quotation (a piece annotated as a title or scare quote counts against
precision); speakers by bench/speaker_scoring.py over found pieces with a gold speaker. Ranking:
top-1 is the editor's first pick being our first full quotation with a speaker (the one compose
puts on the card); top-3 is the editor's first pick among our first three such quotations;
"top-1 in picks" is our first being any of the editor's picks.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from speaker_scoring import same_description, same_entity

from socialkit.models import Article, Paragraph, Quote
from socialkit.quotes import extract_quotes, rank_quotes

HERE = Path(__file__).with_name("corpus2")


@dataclass
class Doc:
    sha: str
    body: str
    article: Article
    split: str
    gold: list[dict[str, object]] = field(default_factory=list)
    picks: list[int] = field(default_factory=list)
    genre: str = ""


def title_of(corpus: Path, sha: str) -> str:
    """The page's headline as socialkit reads it from the HTML (``--titles``)."""
    from socialkit.article import read_article

    page = corpus / "html" / f"{sha}.html.gz"
    return read_article(page).title if page.exists() else ""


def article_of(sha: str, body: str, title: str = "") -> Article:
    """The article as read_article gives a pasted body: paragraphs joined by a blank line.

    ground-truth bodies separate paragraphs with one or more newlines; the joined body keeps
    every character of each paragraph, so offsets map back by paragraph.
    """
    paragraphs: list[Paragraph] = []
    parts: list[str] = []
    pos = 0
    for line in body.split("\n"):
        if not line.strip():
            continue
        if parts:
            pos += 2
        paragraphs.append(Paragraph(line, pos, pos + len(line)))
        parts.append(line)
        pos += len(line)
    return Article(title=title, body="\n\n".join(parts), paragraphs=tuple(paragraphs), path=sha)


def _offset_map(doc_body: str, article: Article) -> list[tuple[int, int]]:
    """(article offset, ground-truth offset) of each paragraph's start."""
    out: list[tuple[int, int]] = []
    at = 0
    for p in article.paragraphs:
        orig = doc_body.find(p.text, at)
        out.append((p.start, orig))
        at = orig + len(p.text)
    return out


def _to_original(mapping: list[tuple[int, int]], pos: int) -> int:
    best = mapping[0]
    for art_at, orig_at in mapping:
        if art_at <= pos:
            best = (art_at, orig_at)
    return pos - best[0] + best[1]


def load(corpus: Path, split: str, titles: bool = False) -> list[Doc]:
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    docs: dict[str, Doc] = {}
    for which in ("dev", "test", "holdout"):
        if split not in (which, "all") or not (HERE / f"{which}.quotes.jsonl").exists():
            continue
        for line in (HERE / f"{which}.quotes.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            sha = row["doc"]
            if sha not in docs:
                body = truth[sha]["articleBody"]
                title = title_of(corpus, sha) if titles else ""
                docs[sha] = Doc(sha, body, article_of(sha, body, title), which)
            docs[sha].gold.append(row)
        for line in (HERE / f"{which}.picks.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["doc"] in docs:
                docs[row["doc"]].picks = list(row["picks"])
                docs[row["doc"]].genre = row.get("genre", "")
    return list(docs.values())


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _fit(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap over union: 1.0 for the same span."""
    return _overlap(a, b) / max(1, max(a[1], b[1]) - min(a[0], b[0]))


def _closest_first(piece: tuple[int, int], span: tuple[int, int]) -> tuple[bool, float]:
    """Sort key: pieces that fit ``span`` (``_fit`` of a half or more), closest first, then the
    rest (in the order given: sorting is stable)."""
    fit = _fit(piece, span)
    return (fit < 0.5, -fit if fit >= 0.5 else 0.0)


# Words an annotator kept in brackets after a name: a body's initials, "(KESH)".
_BRACKETED = re.compile(r"\s*\(([^()]*)\)")


def _name_tokens(name: str) -> list[str]:
    # (Initials an annotator kept in brackets after a body's name, "Ministry of Emergency
    # Situations (MES)", are the same body named twice, not a word its name must hold.)
    name = _BRACKETED.sub("", name)
    tokens = [t.strip(".").lower() for t in name.replace("’s", "").replace("'s", "").split()]
    return [t for t in tokens if t and t not in ("the", "of", "and")]


def speaker_right(quote: Quote, gold: dict[str, object]) -> bool:
    speaker = str(gold["speaker"])
    if gold["speaker_kind"] == "description":
        return same_description(quote.speaker, quote.speaker_kind, speaker)
    if quote.speaker_kind == "description":
        return False
    # (The initials an annotator kept in brackets are the body's too, whatever language they
    # abbreviate: "KESH" is the "Albanian Power Corporation (KESH)", whose initials in English
    # would be APC.)
    initials = _BRACKETED.findall(speaker)
    if quote.speaker is not None and quote.speaker.strip() in initials:
        return True
    return same_entity(quote.speaker, _name_tokens(speaker))


def name_in_full(quote: Quote, gold: dict[str, object]) -> bool:
    """A right speaker written word for word as the annotator's fullest name: "Ann MacColl"
    names Peigi Ann MacColl for ``speaker_right`` (the surname and one more word), but a card
    that says "— Ann MacColl" misnames her."""
    return (quote.speaker or "").split() == str(gold["speaker"]).split()


# A title as abbreviated before a name is the same word as the annotator's.
_ABBREVIATED = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
                "lt": "lieutenant", "atty": "attorney", "supt": "superintendent"}


def _role_right(quote: Quote, gold: dict[str, object]) -> bool:
    """The predicted role shares a word with the annotator's ("Wild coach" for "coach")."""
    if not quote.role:
        return False
    gold_words = {_ABBREVIATED.get(w, w) for w in _name_tokens(str(gold["role"]))}
    return bool(gold_words & {_ABBREVIATED.get(w, w) for w in _name_tokens(quote.role)})


def _int(value: object) -> int:
    assert isinstance(value, int)
    return value


def _group_of(q: Quote, mapping: list[tuple[int, int]],
              spans_of: dict[int, list[tuple[int, int]]]) -> int | None:
    """The annotated quotation (group id) a predicted quotation is, by its first matching piece."""
    for s, e in q.spans:
        o = (_to_original(mapping, s), _to_original(mapping, e))
        for gid, spans in spans_of.items():
            if any(_overlap(o, sp) * 2 >= sp[1] - sp[0] for sp in spans):
                return gid
    return None


def evaluate(docs: list[Doc], misses: int) -> dict[str, float]:
    c: Counter[str] = Counter()
    lines: dict[str, list[str]] = {"MISSED": [], "WRONG": [], "SPEAKER": [], "RANK": []}
    for doc in docs:
        quotes = rank_quotes(extract_quotes(doc.article), doc.article)
        mapping = _offset_map(doc.body, doc.article)
        pieces: list[tuple[tuple[int, int], Quote]] = [
            ((_to_original(mapping, s), _to_original(mapping, e)), q)
            for q in quotes for s, e in q.spans]
        real = [g for g in doc.gold if g["quote"]]
        for g in real:
            span = (_int(g["start"]), _int(g["end"]))
            c["gold"] += 1
            # A piece that fits the span (over half of the two together) before one that only
            # holds it: a quotation reported inside another ("he said to me, ‘Be ready’") is a
            # piece of its own inside the outer one. Of pieces that fit, the closest: an outer
            # quotation made mostly of an inner one (“He used to tell us, ‘...’”) fits both.
            # Otherwise in rank order.
            hit = [q for p, q in sorted(pieces, key=lambda pq: _closest_first(pq[0], span))
                   if _overlap(p, span) * 2 >= span[1] - span[0]]
            if not hit:
                lines["MISSED"].append(
                    f"{doc.sha[:12]} {span[0]} {doc.body[span[0]:span[1]][:80]!r}")
                continue
            c["found"] += 1
            if g["speaker"] is None:
                c["gold_unknown"] += 1
                continue
            c["scored"] += 1
            c[f"scored_{g['speaker_kind']}"] += 1
            c[f"scored_{g['kind']}"] += 1
            if speaker_right(hit[0], g):
                c["right"] += 1
                c[f"right_{g['speaker_kind']}"] += 1
                c[f"right_{g['kind']}"] += 1
                if g.get("role") and g["speaker_kind"] == "name":
                    c["role_scored"] += 1
                    c["role_right"] += _role_right(hit[0], g)
                if g["speaker_kind"] == "name":
                    c["in_full_scored"] += 1
                    c["in_full"] += name_in_full(hit[0], g)
            else:
                c["speaker_none" if hit[0].speaker is None else "speaker_other"] += 1
                lines["SPEAKER"].append(
                    f"{doc.sha[:12]} {span[0]} gold {g['speaker']!r} ({g['speaker_kind']}) pred "
                    f"{hit[0].speaker!r} ({hit[0].speaker_kind}) cue {hit[0].cue!r} | "
                    f"{doc.body[max(0, span[0] - 50):span[0]]!r} "
                    f"[[{doc.body[span[0]:span[1]][:60]}]]"
                )
        for p, _ in pieces:
            c["predicted"] += 1
            inside = [g for g in doc.gold
                      if _overlap(p, (_int(g["start"]), _int(g["end"]))) * 2 >= p[1] - p[0]]
            if any(g["quote"] for g in inside):
                c["correct"] += 1
            else:
                c["wrong_not_quote" if inside else "wrong_unannotated"] += 1
                lines["WRONG"].append(
                    f"{doc.sha[:12]} {p[0]} {'title/scare' if inside else 'none'}"
                    f" [[{doc.body[p[0]:p[1]][:70]}]]")
        if doc.picks:
            c["ranked_docs"] += 1
            spans_of: dict[int, list[tuple[int, int]]] = {}
            for g in real:
                spans_of.setdefault(_int(g["group"]), []).append((_int(g["start"]), _int(g["end"])))
            # The quotations compose may put on a card, in rank order (pipeline.compose).
            full = [q for q in quotes if q.postable][:3]
            ours = [_group_of(q, mapping, spans_of) for q in full]
            best = doc.picks[0]
            c["top1"] += bool(ours) and ours[0] == best
            c["top3"] += best in ours
            c["top1_in_picks"] += bool(ours) and ours[0] in doc.picks
            if not (ours and ours[0] == best):
                first = full[0] if full else None
                lines["RANK"].append(
                    f"{doc.sha[:12]} editor {best} "
                    f"[[{doc.body[spans_of[best][0][0]:spans_of[best][0][1]][:60]}]] ours {ours} "
                    f"[[{first.text[:60] if first else ''}]]")
    for title, items in lines.items():
        if misses:
            print(f"--- {title} ({len(items)})")
            for line in items[:misses]:
                print(line)
    scored = c["scored"] or 1
    return {
        "docs": len(docs), "gold": c["gold"], "predicted": c["predicted"],
        "recall": c["found"] / max(1, c["gold"]),
        "precision": c["correct"] / max(1, c["predicted"]),
        "wrong_not_quote": c["wrong_not_quote"], "wrong_unannotated": c["wrong_unannotated"],
        "speaker_accuracy": c["right"] / scored, "scored": c["scored"], "right": c["right"],
        "speaker_none": c["speaker_none"], "speaker_other": c["speaker_other"],
        "gold_unknown": c["gold_unknown"],
        **{f"{k}": f"{c['right_' + k]}/{c['scored_' + k]}"
           for k in ("name", "organisation", "description", "full", "partial")},
        "role": f"{c['role_right']}/{c['role_scored']}",
        "top1": f"{c['top1']}/{c['ranked_docs']}", "top3": f"{c['top3']}/{c['ranked_docs']}",
        "top1_in_picks": f"{c['top1_in_picks']}/{c['ranked_docs']}",
        "name_in_full": f"{c['in_full']}/{c['in_full_scored']}",
    }


def throughput(docs: list[Doc]) -> float:
    size = sum(len(d.article.body.encode("utf-8")) for d in docs)
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for d in docs:
            rank_quotes(extract_quotes(d.article), d.article)
        best = min(best, time.process_time() - t0)
    return size / best / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", type=Path, help="shared/corpus/news-html")
    parser.add_argument("--split", choices=("dev", "test", "holdout", "all"), default="all")
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument("--speed", action="store_true", help="also measure MB/s")
    parser.add_argument("--titles", action="store_true",
                        help="give each body its page's headline, as a real run has it")
    args = parser.parse_args(argv)
    for split in (("dev", "test", "holdout") if args.split == "all" else (args.split,)):
        docs = load(args.corpus, split, args.titles)
        result = evaluate(docs, args.misses)
        print(f"[{split}] " + "  ".join(
            f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in result.items()))
        if args.speed:
            print(f"[{split}] throughput {throughput(docs):.2f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
