"""Quote scorers: PolNeAR attribution spans, and a textacy baseline side by side.

PolNeAR (``polnear_*.jsonl``): for each gold attribution, content span parts
with offsets, a ``direct`` flag (quotation marks) and a source span. Figures,
separately for direct and indirect content:

- ``span``: lenient overlap. A gold content is found when a prediction of the
  same kind overlaps one of its parts; a prediction is right when it overlaps
  some gold content of that kind. A quotation split by "he said" is one gold
  attribution and two predictions, so neither side is counted one-to-one.
- ``chars``: character overlap F1 of predicted against gold content, which
  also charges wrong boundaries.
- ``source``: of the found gold contents that name a source, the share whose
  best-overlapping prediction names the same speaker (actor name or speaker
  text, surname match as in the seed's rules).

A prediction of kind ``mixed`` counts as indirect here (PolNeAR's direct flag
needs the whole content inside marks), and a direct fragment that lies inside
one of the same system's mixed clauses is scored as part of that clause. Seed and Wikinews gold are scored with
the project's own article scorer (``dragoman.evaluation.gold``).

The textacy baseline runs ``textacy.extract.triples.direct_quotations`` on the
same parsed Doc. textacy is an optional dependency (``pip install
textacy==0.13.*``), imported only when the baseline runs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dragoman.evaluation.gold import ArticleScore, score_article, summarise
from dragoman.evaluation.matching import name_match
from dragoman.records import Article, Quote, Report

# (article, parsed doc) -> report whose quote offsets index article.text
Predict = Callable[[Article, Doc], Report]
_QUOTE_CHARS = "\"'“”‘’„«»‚‹›`"


@dataclass(slots=True)
class _Kind:
    gold: int = 0
    gold_found: int = 0
    pred: int = 0
    pred_right: int = 0
    gold_chars: int = 0
    pred_chars: int = 0
    both_chars: int = 0
    with_source: int = 0
    source_right: int = 0

    def figures(self) -> dict[str, Any]:
        def prf(tp_p: int, p: int, tp_g: int, g: int) -> dict[str, float]:
            pr = tp_p / p if p else 0.0
            rc = tp_g / g if g else 0.0
            f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
            return {"precision": round(pr, 4), "recall": round(rc, 4), "f1": round(f1, 4)}

        return {
            "gold": self.gold,
            "predicted": self.pred,
            "span": prf(self.pred_right, self.pred, self.gold_found, self.gold),
            "chars": prf(self.both_chars, self.pred_chars, self.both_chars, self.gold_chars),
            "source": {"accuracy": round(self.source_right / self.with_source, 4) if self.with_source else 0.0,
                       "correct": self.source_right, "total": self.with_source},
        }


@dataclass(slots=True)
class PolnearScore:
    """Counts over a PolNeAR file, for direct and indirect content."""

    direct: _Kind = field(default_factory=_Kind)
    indirect: _Kind = field(default_factory=_Kind)
    articles: int = 0

    def figures(self) -> dict[str, Any]:
        return {"articles": self.articles, "direct": self.direct.figures(), "indirect": self.indirect.figures()}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _speaker_name(report: Report, q: Quote) -> list[str]:
    names = [q.speaker_text or ""]
    actor = next((a for a in report.actors if a.id == q.speaker), None) if q.speaker else None
    if actor is not None:
        names.append(actor.name)
    return [n for n in names if n]


def score_polnear_article(gold: dict[str, Any], report: Report, into: PolnearScore) -> None:
    """Add one article's counts (``report`` offsets must index ``gold['text']``)."""
    into.articles += 1
    mixed = [(q.start, q.end) for q in report.quotes if q.kind == "mixed"]
    # a quoted fragment inside one of our own mixed clauses is part of that clause here
    fragments = {id(q) for q in report.quotes
                 if q.kind == "direct" and any(s <= q.start and q.end <= e for s, e in mixed)}
    for kind, is_direct in (("direct", True), ("indirect", False)):
        k: _Kind = getattr(into, kind)
        golds = [a for a in gold["attributions"] if bool(a["direct"]) == is_direct]
        preds = [q for q in report.quotes if (q.kind == "direct") == is_direct and id(q) not in fragments]
        gparts = [[tuple(p) for p in a["content"]["parts"]] for a in golds]
        flat = sorted(p for parts in gparts for p in parts)
        k.gold += len(golds)
        k.pred += len(preds)
        k.pred_right += sum(1 for q in preds if any(_overlap((q.start, q.end), p) for p in flat))
        gold_cover = _cover(flat)
        pred_cover = _cover(sorted((q.start, q.end) for q in preds))
        k.gold_chars += sum(e - s for s, e in gold_cover)
        k.pred_chars += sum(e - s for s, e in pred_cover)
        k.both_chars += _intersection(gold_cover, pred_cover)
        for a, parts in zip(golds, gparts):
            best, best_ov = None, 0
            for q in preds:
                ov = sum(_overlap((q.start, q.end), p) for p in parts)
                if ov > best_ov:
                    best, best_ov = q, ov
            if best is None:
                continue
            k.gold_found += 1
            if a.get("source"):
                k.with_source += 1
                src = a["source"]["text"]
                k.source_right += any(name_match(src, n) for n in _speaker_name(report, best))


def _cover(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of sorted spans as disjoint sorted spans."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _intersection(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    i = j = total = 0
    while i < len(a) and j < len(b):
        total += _overlap(a[i], b[j])
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def read_jsonl(path: Path, *, every: int = 1) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file; ``every`` > 1 keeps every n-th (a fixed sample)."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if line.strip() and n % every == 0:
                yield json.loads(line)


def score_polnear(path: Path, nlp: Language, predict: Predict, *, every: int = 1) -> dict[str, Any]:
    """PolNeAR figures of ``predict`` over ``path`` (texts used as they are, uncleaned)."""
    score = PolnearScore()
    rows = list(read_jsonl(path, every=every))
    docs = nlp.pipe((r["text"] for r in rows), batch_size=16)
    for row, doc in zip(rows, docs):
        article = Article(id=row["id"], source=str(path), text=row["text"], title=row.get("title"),
                          published=row.get("date"))
        score_polnear_article(row, predict(article, doc), score)
    return score.figures() | {"sample_every": every}


def score_articles(rows: Iterable[tuple[Article, dict[str, Any]]], nlp: Language, predict: Predict) -> dict[str, Any]:
    """Seed/Wikinews-style quote figures (the project's article scorer)."""
    score, n = ArticleScore(), 0
    for article, gold in rows:
        score_article({"quotes": gold.get("quotes", [])}, predict(article, nlp(article.text)), score)
        n += 1
    return summarise(score, n)["quotes"] | {"articles": n}


# -- the textacy baseline ------------------------------------------------------
def textacy_predict(article: Article, doc: Doc) -> Report:
    """textacy's direct quotations as a report (speaker text only, no actors)."""
    from textacy.extract.triples import direct_quotations  # optional dependency

    quotes: list[Quote] = []
    try:
        triples = list(direct_quotations(doc))
    except Exception:  # textacy refuses unbalanced quotation marks
        triples = []
    for n, t in enumerate(triples, 1):
        start, end = t.content.start_char, t.content.end_char
        text = doc.text
        while start < end and (text[start] in _QUOTE_CHARS or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in _QUOTE_CHARS or text[end - 1] in ", " ):
            end -= 1
        quotes.append(Quote(id=f"Q{n}", text=text[start:end], start=start, end=end, kind="direct",
                            speaker_text=" ".join(tok.text for tok in t.speaker), cue=" ".join(tok.text for tok in t.cue),
                            confidence=0.5))
    return Report(id=article.id, source=article.source, text=doc.text, quotes=quotes)


def dragoman_predict() -> Predict:
    """The project's own stages (actors, then quotes) over the uncleaned text."""
    from dragoman.stages import analyse

    return lambda article, doc: analyse(article, doc)


# -- running everything ----------------------------------------------------------
def gold_articles(path: Path, samples_dir: Path | None = None) -> Iterator[tuple[Article, dict[str, Any]]]:
    """Cleaned articles with their gold, for seed_gold.json or a Wikinews-style JSONL."""
    from dragoman.articles import build_article
    from dragoman.sources.base import RawDocument

    if path.suffix == ".json":
        gold = json.loads(path.read_text("utf-8"))
        base = samples_dir or path.parent.parent / Path(gold["file"]).parent
        text_path = base / Path(gold["file"]).name
        raw = RawDocument(source=str(text_path), text=text_path.read_text("utf-8"), id=gold.get("id"))
        yield build_article(raw), gold
        return
    for row in read_jsonl(path):
        raw = RawDocument(source=str(row["id"]), text=row["text"], id=row["id"], title=row.get("title"),
                          published=row.get("published"))
        yield build_article(raw), row


def run_all(eval_dir: Path, nlp: Language, systems: dict[str, Predict], *, train_every: int = 5,
            samples_dir: Path | None = None) -> dict[str, Any]:
    """Every quote figure for every system: seed, wikinews_dev, polnear dev and a train sample."""
    out: dict[str, Any] = {}
    seed, wiki = eval_dir / "seed_gold.json", eval_dir / "wikinews_dev.jsonl"
    for name, predict in systems.items():
        figures: dict[str, Any] = {}
        if seed.exists():
            figures["seed"] = score_articles(gold_articles(seed, samples_dir), nlp, predict)
        if wiki.exists():
            figures["wikinews_dev"] = score_articles(gold_articles(wiki), nlp, predict)
        for split, every in (("dev", 1), ("train", train_every)):
            path = eval_dir / f"polnear_{split}.jsonl"
            if path.exists():
                figures[f"polnear_{split}"] = score_polnear(path, nlp, predict, every=every)
        out[name] = figures
    return out
