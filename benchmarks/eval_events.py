"""Event figures on every gold set: seed, wikinews_dev, PETRARCH suites, PLOVER GSR, NGEC.

    .venv/bin/python benchmarks/eval_events.py [EVAL_DIR] [--ngec-sample 500]

EVAL_DIR defaults to $DRAGOMAN_EVAL_DIR or ../shared/eval. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from dragoman.evaluation.events_eval import score_article_events, score_gsr, score_ngec, score_petrarch
from dragoman.pipeline import Pipeline


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("eval_dir", nargs="?", default=os.environ.get("DRAGOMAN_EVAL_DIR", "../shared/eval"))
    ap.add_argument("--ngec-sample", type=int, default=500)
    args = ap.parse_args(argv)
    ev = Path(args.eval_dir)
    dicts = ev.parent / "data" / "phoenix_dictionaries"
    pipe = Pipeline()
    out: dict = {}
    t0 = time.perf_counter()

    out["seed"] = score_article_events(ev / "seed_gold.json", pipe)
    out["wikinews_dev"] = score_article_events(ev / "wikinews_dev.jsonl", pipe)

    for name, folder in (("petrarch_validation", "validate_petr1"), ("ud_petrarch_validation", "validate_ud_petr")):
        out[name] = score_petrarch(ev / f"{name}.jsonl", dicts / folder, pipe.nlp)

    predict = lambda text: pipe.read_text(text, published="2000-01-01")  # noqa: E731
    out["plover_gsr_cameo"] = score_gsr(ev / "plover_gsr_cameo.jsonl", predict)
    out["ngec_synthetic"] = score_ngec(ev / "ngec_synthetic_plover_events.jsonl", predict, sample=args.ngec_sample)
    out["seconds"] = round(time.perf_counter() - t0, 1)
    return out


if __name__ == "__main__":
    json.dump(main(), sys.stdout, indent=2)
    sys.stdout.write("\n")
