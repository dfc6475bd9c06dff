"""Measure the quotes stage, and textacy's direct_quotations beside it, on the dev gold sets.

    DRAGOMAN_EVAL_DIR=../shared/eval python benchmarks/eval_quotes.py [--train-every N] [--no-baseline] [--table]

Seed and Wikinews are scored by the project's article scorer (quote fragment containment, speaker by
surname); PolNeAR dev (all 84 articles) and a fixed sample of PolNeAR train (every N-th article,
default 5: 168 of 840) by content-span overlap and source accuracy, direct and indirect apart (see
dragoman.evaluation.quotes_eval). The textacy baseline needs ``pip install textacy==0.13.*``; it is
skipped with a note when textacy is not installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

from dragoman.evaluation.quotes_eval import dragoman_predict, run_all, textacy_predict
from dragoman.nlp import load_model


def _table(results: dict) -> str:
    rows = ["| system | set | direct P / R / F1 | indirect P / R / F1 | speaker / source acc. |", "|---|---|---|---|---|"]
    for system, sets in results.items():
        for name, s in sets.items():
            if name.startswith("polnear"):
                d, i = s["direct"], s["indirect"]
                cells = [f"{d['span']['precision']:.3f} / {d['span']['recall']:.3f} / {d['span']['f1']:.3f}",
                         f"{i['span']['precision']:.3f} / {i['span']['recall']:.3f} / {i['span']['f1']:.3f}",
                         f"direct {d['source']['accuracy']:.3f}, indirect {i['source']['accuracy']:.3f}"]
            else:
                d, i = s["direct"], s["indirect"]
                cells = [f"{d['precision']:.3f} / {d['recall']:.3f} / {d['f1']:.3f}",
                         f"{i['precision']:.3f} / {i['recall']:.3f} / {i['f1']:.3f}",
                         f"{s['speaker']['accuracy']:.3f} ({s['speaker']['correct']}/{s['speaker']['total']})"]
            rows.append(f"| {system} | {name} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train-every", type=int, default=5, help="score every N-th PolNeAR train article")
    parser.add_argument("--no-baseline", action="store_true", help="skip the textacy baseline")
    parser.add_argument("--table", action="store_true", help="print a Markdown table instead of JSON")
    args = parser.parse_args()
    eval_dir = Path(os.environ.get("DRAGOMAN_EVAL_DIR", "../shared/eval"))
    nlp = load_model()
    systems = {"dragoman": dragoman_predict()}
    if not args.no_baseline:
        if importlib.util.find_spec("textacy") is None:
            print("textacy is not installed: pip install 'textacy==0.13.*' for the baseline", file=sys.stderr)
        else:
            systems["textacy"] = textacy_predict
    t0 = time.perf_counter()
    results = run_all(eval_dir, nlp, systems, train_every=args.train_every)
    print(f"scored in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    if args.table:
        print(_table(results))
    else:
        json.dump(results, sys.stdout, indent=2)
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
