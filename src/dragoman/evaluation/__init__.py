"""`dragoman eval`: score the pipeline (or saved predictions) against the gold formats in ../shared/eval."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import msgspec

from dragoman.evaluation.gold import ArticleScore, score_article, summarise
from dragoman.records import Report

__all__ = ["detect_format", "evaluate_file", "format_scores"]


def _first_record(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        if path.suffix == ".json":
            return json.load(handle)
        for line in handle:
            if line.strip():
                return json.loads(line)
    raise ValueError(f"{path}: no records")


def detect_format(path: Path) -> str:
    """Which scorer a gold file needs, from the keys of its first record."""
    first = _first_record(path)
    if "timexes" in first and "dct" in first:
        return "tempeval"
    if "timexes" in first and "sentences" in first:
        return "meantime"
    if "attributions" in first:
        return "polnear"
    if "expected" in first and ("parse_ptb" in first or "parse_conllu" in first):
        return "petrarch"
    if "event" in first and isinstance(first.get("source"), list):
        return "plover_gsr"
    if "event" in first and "mode" in first:
        return "ngec"
    if any(key in first for key in ("quotes", "actors", "events", "times")):
        return "article"
    raise ValueError(f"{path}: unknown gold format (keys: {', '.join(sorted(first))})")


def _gold_articles(path: Path, samples_dir: Path | None) -> Iterator[dict[str, Any]]:
    if path.suffix == ".json":
        gold = json.loads(path.read_text("utf-8"))
        if "text" not in gold and gold.get("file"):
            base = samples_dir.parent if samples_dir else path.parent.parent
            candidates = [base / gold["file"], path.parent.parent / gold["file"]]
            if samples_dir:
                candidates.insert(0, samples_dir / Path(gold["file"]).name)
            text_path = next((c for c in candidates if c.exists()), None)
            if text_path is None:
                raise FileNotFoundError(f"the article of {path} ({gold['file']}) was not found; pass --samples")
            gold = {**gold, "text": text_path.read_text("utf-8"), "source": str(text_path), "raw_file": True}
        yield gold
        return
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _load_predictions(pred: Path) -> dict[str, Report]:
    reports: dict[str, Report] = {}
    with pred.open("rb") as handle:
        for line in handle:
            if line.strip():
                report = msgspec.json.decode(line, type=Report)
                reports[report.id] = report
                reports.setdefault(Path(report.source).stem, report)
    return reports


def _predict_article(pipeline, gold: dict[str, Any]) -> Report:
    if gold.get("raw_file"):
        # The seed is a raw scraped file: read it like any input, cleaning included.
        return pipeline.read_text(gold["text"], source=gold["source"], doc_id=gold.get("id"))
    return pipeline.read_text(gold["text"], title=gold.get("title"), published=gold.get("published"),
                              doc_id=gold.get("id"), source=str(gold.get("id")))


def score_articles(path: Path, pred: Path | None, pipeline, samples_dir: Path | None = None) -> dict[str, Any]:
    predictions = _load_predictions(pred) if pred else None
    total = ArticleScore()
    count = 0
    for gold in _gold_articles(path, samples_dir):
        if predictions is not None:
            report = predictions.get(str(gold.get("id"))) or (next(iter(predictions.values())) if len(predictions) <= 2 else None)
            if report is None:
                raise KeyError(f"no prediction for gold article {gold.get('id')}")
        else:
            report = _predict_article(pipeline, gold)
        score_article(gold, report, total)
        count += 1
    return summarise(total, count)


def times_predictor(pipeline) -> Callable[[str, str], list]:
    """predict(text, dct) -> Time records, on the text as given (no cleaning, offsets kept)."""
    from dragoman.context import Context
    from dragoman.dates import parse_date
    from dragoman.records import Article
    from dragoman.times import extract_times

    def predict(text: str, dct: str) -> list:
        article = Article(id="t", source="tempeval", text=text, published=dct)
        return extract_times(pipeline.nlp(text), Context(article=article, published=parse_date(dct)))

    return predict


def _suite_dictionaries(gold: Path, given: Path | None) -> Path:
    """A PETRARCH suite's own test dictionaries (beside ../shared/eval unless given)."""
    if given:
        return given
    name = "validate_ud_petr" if gold.name.startswith("ud_") else "validate_petr1"
    return gold.parent.parent / "data" / "phoenix_dictionaries" / name


def evaluate_file(gold: Path, pred: Path | None = None, *, pipeline, samples_dir: Path | None = None,
                  sample: int | None = None, dictionaries: Path | None = None) -> dict[str, Any]:
    """Figures for one gold file, as nested dicts. ``sample`` thins large sets (PolNeAR: every n-th
    article; NGEC: n random stories)."""
    kind = detect_format(gold)
    if kind == "tempeval":
        from dragoman.evaluation.tempeval import score_tempeval

        figures = score_tempeval(gold, times_predictor(pipeline))
    elif kind == "meantime":
        from dragoman.evaluation.tempeval import score_meantime

        figures = score_meantime(gold, times_predictor(pipeline))
    elif kind == "polnear":
        from dragoman.evaluation.quotes_eval import dragoman_predict, score_polnear

        figures = score_polnear(gold, pipeline.nlp, dragoman_predict(), every=sample or 1)
    elif kind == "petrarch":
        from dragoman.evaluation.events_eval import score_petrarch

        figures = score_petrarch(gold, _suite_dictionaries(gold, dictionaries), pipeline.nlp)
    elif kind in ("plover_gsr", "ngec"):
        from dragoman.evaluation.events_eval import score_gsr, score_ngec

        predict = lambda text: pipeline.read_text(text)  # noqa: E731
        figures = score_gsr(gold, predict) if kind == "plover_gsr" else score_ngec(gold, predict, sample=sample or 500)
    else:
        figures = score_articles(gold, pred, pipeline, samples_dir)
    return {"gold_file": str(gold), "format": kind, **figures}


def format_scores(scores: dict[str, Any]) -> str:
    """A readable table of the figures: one line per part and measure."""
    lines = [f"gold: {scores['gold_file']} ({scores['format']})"]

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict) and {"precision", "recall", "f1"} <= value.keys():
            lines.append(f"  {prefix:<28} P {value['precision']:.3f}  R {value['recall']:.3f}  F1 {value['f1']:.3f}"
                         f"  (gold {value.get('gold', '?')}, predicted {value.get('predicted', '?')})")
            rest = {k: v for k, v in value.items() if isinstance(v, dict)}
            for key, sub in rest.items():
                walk(f"{prefix}.{key}", sub)
        elif isinstance(value, dict) and "accuracy" in value:
            lines.append(f"  {prefix:<28} accuracy {value['accuracy']:.3f}  ({value['correct']}/{value['total']})")
        elif isinstance(value, dict):
            for key, sub in value.items():
                walk(f"{prefix}.{key}" if prefix else key, sub)
        else:
            lines.append(f"  {prefix:<28} {value}")

    walk("", {k: v for k, v in scores.items() if k not in ("gold_file", "format")})
    return "\n".join(lines)
