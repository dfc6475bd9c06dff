"""Event-coding evaluations beyond the article gold sets.

- PETRARCH validation suites: each sentence read by the pipeline users get, with the suite's own
  test actor and agent dictionaries loaded as user lexicons; exact agreement of the (source,
  target, code) set per sentence, at full-code and root-code level.
- PLOVER GSR (CAMEO manual examples): event type accuracy, source/target country.
- NGEC synthetic stories: document-level type accuracy (most frequent coded type).
- Article gold (seed, wikinews_dev): the project's article scorer on events
  only, plus how many predicted events match nothing in the gold.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language

from dragoman.records import Report

PETR1_DIR = "validate_petr1"
UD_PETR_DIR = "validate_ud_petr"
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


# ---------------------------------------------------------------- PETRARCH suites


def suite_lexicons(folder: Path) -> tuple[Path, ...]:
    """The actor and agent dictionaries of a suite folder: what a user passes as ``--lexicon``
    (its verb, discard and ontology files are no actor dictionaries)."""
    return tuple(f for f in sorted(folder.glob("*.txt")) if re.search(r"actors|agents", f.name, re.I))


def suite_event_lexicon(folder: Path, out_dir: Path) -> Path | None:
    """The suite's verb dictionary converted by the project's converter (``dragoman lexicon
    convert-cameo``) into an event lexicon file in ``out_dir``, as a user bringing it would;
    the bare entries of verbs with other patterns are kept (the dictionary is the user's word), and
    an entry with no '+' takes its target where PETRARCH does (``vp_targets``)."""
    from dragoman.events.cameo_import import convert, write_lexicon

    verbs = [f for f in sorted(folder.glob("*.txt")) if re.search(r"verbs", f.name, re.I)]
    if not verbs:
        return None
    lines = verbs[0].read_text("utf-8", errors="replace").splitlines()
    out = out_dir / f"{verbs[0].stem}.events.txt"
    out.write_text(write_lexicon(convert(lines, ambiguous=False, vp_targets=True), verbs[0].name), "utf-8")
    return out


def _published(date: str | None) -> str | None:
    digits = re.sub(r"\D", "", date or "")
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}" if len(digits) >= 8 else None


def _pick(codes: set[str], wanted: set[str]) -> str | None:
    """The code an actor is scored with: one the gold uses when the actor carries it (an actor
    carries its dictionary code and one from country + sector), else its most specific."""
    hit = sorted(codes & wanted)
    if hit:
        return hit[0]
    return max(codes, key=lambda c: (len(c), c), default=None)


def report_triples(report: Report, gold: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """(source code, target code, CAMEO code) of a report's asserted, non-negated events."""
    from dragoman.actors.petrarch import actor_codes

    sources = {s for s, _, _ in gold}
    targets = {t for _, t, _ in gold}
    out: set[tuple[str, str, str]] = set()
    for e in report.events:
        if e.negated or not e.cameo:
            continue
        src, tgt = _actor(report, e.source), _actor(report, e.target)
        if src is None or tgt is None:
            continue
        s, t = _pick(actor_codes(src), sources), _pick(actor_codes(tgt), targets)
        if s and t and s != t:
            out.add((s, t, e.cameo))
    return out


def _root(triples: Iterable[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in triples}


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "gold": tp + fn, "predicted": tp + fp}


def score_petrarch(path: Path, dictionaries: Path, nlp: Language) -> dict[str, Any]:
    """Exact (source, target, code) agreement per sentence with a PETRARCH suite, coded by the
    real pipeline (the events stage users get) with the suite's actor and agent dictionaries
    loaded as user lexicons and its verb dictionary, converted, added to the event lexicon
    (the suites' codes are the dictionary's own: WEIS-like in PETRARCH-1)."""
    import tempfile

    from dragoman.pipeline import Options, Pipeline

    lexicons = suite_lexicons(dictionaries)
    with tempfile.TemporaryDirectory() as tmp:
        verbs = suite_event_lexicon(dictionaries, Path(tmp))
        options = Options(lexicons=lexicons, event_lexicons=(verbs,) if verbs else ())
        return _score_suite(path, Pipeline(options, nlp=nlp), lexicons)


def _score_suite(path: Path, pipeline, lexicons: tuple[Path, ...]) -> dict[str, Any]:
    rows = list(_jsonl(path))
    exact = exact_root = 0
    full = [0, 0, 0]
    root = [0, 0, 0]
    for row in rows:
        gold = {(e["source"], e["target"], e["code"]) for e in row.get("expected", [])}
        report = pipeline.read_text(row["text"], published=_published(row.get("date")), source=str(row.get("id")))
        pred = report_triples(report, gold)
        exact += pred == gold
        exact_root += _root(pred) == _root(gold)
        for counts, p, g in ((full, pred, gold), (root, _root(pred), _root(gold))):
            counts[0] += len(p & g)
            counts[1] += len(p - g)
            counts[2] += len(g - p)
    n = len(rows)
    return {
        "sentences": n,
        "exact_full": round(exact / n, 4) if n else 0.0,
        "exact_root": round(exact_root / n, 4) if n else 0.0,
        "events": _prf(*full),
        "events_root": _prf(*root),
        "dictionaries": [f.name for f in lexicons],
    }


# ---------------------------------------------------------------- PLOVER GSR and NGEC

Predict = Callable[[str], Report]


def _top(report: Report):
    return max(report.events, key=lambda e: e.confidence, default=None)


def _actor(report: Report, actor_id: str | None):
    return next((a for a in report.actors if a.id == actor_id), None)


def _gold_codes(value: Any) -> set[str]:
    items = value if isinstance(value, list) else []
    return {str(i.get("code", ""))[:3] for i in items if isinstance(i, dict) and i.get("code")}


def _country_ok(actor, codes: set[str]) -> bool:
    if actor is None:
        return False
    if actor.sector == "IGO" and "IGO" in codes:
        return True
    return bool(actor.country) and actor.country in codes


def score_gsr(path: Path, predict: Predict) -> dict[str, Any]:
    """PLOVER type accuracy (top event, any event) and source/target country accuracy."""
    n = coded = top_ok = any_ok = 0
    src = [0, 0]
    tgt = [0, 0]
    for row in _jsonl(path):
        gold = OLD_PLOVER.get(row["event"], row["event"])
        report = predict(row["text"])
        n += 1
        top = _top(report)
        coded += top is not None
        top_ok += bool(top and top.type == gold)
        any_ok += any(e.type == gold for e in report.events)
        s_codes, t_codes = _gold_codes(row.get("source")), _gold_codes(row.get("target"))
        if s_codes:
            src[1] += 1
            src[0] += bool(top and _country_ok(_actor(report, top.source), s_codes))
        if t_codes:
            tgt[1] += 1
            tgt[0] += bool(top and _country_ok(_actor(report, top.target), t_codes))
    ratio = lambda a, b: round(a / b, 4) if b else 0.0  # noqa: E731
    return {"records": n, "coded": ratio(coded, n), "type_top": ratio(top_ok, n), "type_any": ratio(any_ok, n),
            "source_country": ratio(*src), "target_country": ratio(*tgt)}


def document_type(report: Report) -> str | None:
    """The most frequent coded type of a document (ties: higher summed confidence)."""
    counts: Counter[str] = Counter()
    weight: Counter[str] = Counter()
    for e in report.events:
        counts[e.type] += 1
        weight[e.type] += e.confidence
    if not counts:
        return None
    return max(counts, key=lambda t: (counts[t], weight[t]))


def score_ngec(path: Path, predict: Predict, *, sample: int = 500, seed: int = 0) -> dict[str, Any]:
    """Document-level type accuracy on a seeded random sample of the synthetic stories."""
    rows = list(_jsonl(path))
    if sample and sample < len(rows):
        rows = random.Random(seed).sample(rows, sample)
    correct = coded = 0
    for row in rows:
        found = document_type(predict(row["text"]))
        coded += found is not None
        correct += found == OLD_PLOVER.get(row["event"], row["event"])
    n = len(rows)
    return {"documents": n, "sample_seed": seed, "coded": round(coded / n, 4) if n else 0.0,
            "type_accuracy": round(correct / n, 4) if n else 0.0,
            "type_accuracy_when_coded": round(correct / coded, 4) if coded else 0.0}


# ---------------------------------------------------------------- article gold (seed, wikinews)


def article_gold(path: Path) -> Iterator[dict[str, Any]]:
    """Gold articles with their text; the seed's text is read from ``file`` beside the eval folder."""
    if path.suffix == ".json":
        gold = json.loads(path.read_text("utf-8"))
        if "text" not in gold and gold.get("file"):
            sample = path.parent.parent / gold["file"]
            gold = {**gold, "text": sample.read_text("utf-8"), "source": str(sample), "raw_file": True}
        yield gold
        return
    yield from _jsonl(path)


def score_article_events(path: Path, pipeline) -> dict[str, Any]:
    """Event P/R/F1 (type + source + target, names by surname/containment; optional gold
    neutral; one-to-one pairing) over a gold file, with predictions matching nothing counted."""
    from dragoman.evaluation.gold import ArticleScore, _event_matches, dyadic, score_article

    total = ArticleScore()
    nothing = predicted = monadic = 0
    for gold in article_gold(path):
        if gold.get("raw_file"):
            report = pipeline.read_text(gold["text"], source=gold["source"], doc_id=gold.get("id"))
        else:
            report = pipeline.read_text(gold["text"], title=gold.get("title"), published=gold.get("published"),
                                        doc_id=gold.get("id"), source=str(gold.get("id")))
        items = gold.get("events", [])
        score_article({"events": items}, report, total)
        events = dyadic(report.events)
        predicted += len(events)
        monadic += len(report.events) - len(events)
        nothing += sum(1 for e in events if not any(_event_matches(g, e, report) for g in items))
    figures = total.events.figures()
    date = total.event_date
    # Lenient precision: a prediction is false only when it matches no gold item at all, so the
    # dyads of one gold event with several acceptable targets ("A met B, C and D") are not
    # counted against the compound expansion the stage does.
    hits = total.events.tp_pred
    p_len = hits / (hits + nothing) if hits + nothing else 0.0
    r = figures["recall"]
    return {**figures, "events_predicted": predicted, "monadic_predicted": monadic, "matching_nothing": nothing,
            "precision_lenient": round(p_len, 4),
            "f1_lenient": round(2 * p_len * r / (p_len + r), 4) if p_len + r else 0.0,
            "date_accuracy": round(date[0] / date[1], 4) if date[1] else None}
