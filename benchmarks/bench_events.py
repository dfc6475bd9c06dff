"""Events-stage time against spaCy alone, per article.

    .venv/bin/python benchmarks/bench_events.py [EVAL_DIR] [--repeat 3]

Articles: wikinews_dev.jsonl and meantime_en.jsonl from EVAL_DIR (default $DRAGOMAN_EVAL_DIR or
../shared/eval). spaCy time is the full pipeline over the texts (nlp.pipe, one process); the
events time is ``extract_events`` alone, given the actors, quotes, times and places the other
stages produced. Goal: events add at most 15% to spaCy's time. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

from dragoman.actors import extract_actors
from dragoman.context import Context
from dragoman.events import extract_events
from dragoman.nlp import load_model
from dragoman.places import extract_places
from dragoman.quotes import extract_quotes
from dragoman.records import Article
from dragoman.times import extract_times


def texts(ev: Path) -> list[tuple[str, str | None]]:
    out = []
    for name in ("wikinews_dev.jsonl", "meantime_en.jsonl"):
        path = ev / name
        if path.exists():
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    out.append((row["text"], row.get("published") or row.get("dct")))
    return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("eval_dir", nargs="?", default=os.environ.get("DRAGOMAN_EVAL_DIR", "../shared/eval"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    items = texts(Path(args.eval_dir))
    nlp = load_model()
    list(nlp.pipe(t for t, _ in items[:5]))  # warm up
    spacy_best = events_best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(t for t, _ in items))
        spacy_best = min(spacy_best, time.perf_counter() - t0)
        inputs = []
        for (text, published), doc in zip(items, docs):
            date = dt.date.fromisoformat(published[:10]) if published else None
            ctx = Context(article=Article(id="b", source="b", text=text, published=published), published=date)
            actors = extract_actors(doc, ctx)
            inputs.append((doc, ctx, actors, extract_quotes(doc, ctx, actors), extract_times(doc, ctx),
                           extract_places(doc, ctx)))
        t0 = time.perf_counter()
        events = sum(len(extract_events(*args_)) for args_ in inputs)
        events_best = min(events_best, time.perf_counter() - t0)
    n = len(items)
    return {
        "articles": n,
        "tokens": sum(len(d) for d in docs),
        "events": events,
        "spacy_ms_per_article": round(1000 * spacy_best / n, 2),
        "events_ms_per_article": round(1000 * events_best / n, 3),
        "events_added_pct": round(100 * events_best / spacy_best, 2),
        "goal_pct": 15.0,
    }


if __name__ == "__main__":
    json.dump(main(), sys.stdout, indent=2)
    sys.stdout.write("\n")
