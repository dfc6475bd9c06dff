"""Measure the actors stage on the dev gold sets: seed, Wikinews, PETRARCH-1 code coverage.

    DRAGOMAN_EVAL_DIR=../shared/eval python benchmarks/eval_actors.py [-v]
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from dragoman.actors import builtin_lexicon, load_lexicon
from dragoman.evaluation.actors_eval import actors_of, petrarch_coverage, score_gold_file
from dragoman.evaluation.gold import ArticleScore, score_article, summarise
from dragoman.nlp import load_model
from dragoman.records import Report


def greedy_figures(path: Path, nlp) -> dict:
    """The same gold scored by `dragoman eval`'s greedy first-match pairing, for comparison."""
    total, n = ArticleScore(), 0
    for line in path.open(encoding="utf-8"):
        if line.strip():
            record = json.loads(line)
            actors = actors_of(nlp, record["text"], record.get("published"))
            score_article({"actors": record["actors"]}, Report(id="x", source="x", actors=actors), total)
            n += 1
    return summarise(total, n)["actors"]


def main() -> int:
    eval_dir = Path(os.environ.get("DRAGOMAN_EVAL_DIR", "../shared/eval"))
    verbose = "-v" in sys.argv
    nlp = load_model()
    builtin_lexicon()
    out = {}
    for name in ("seed_gold.json", "wikinews_dev.jsonl"):
        path = eval_dir / name
        if path.exists():
            t0 = time.perf_counter()
            score = score_gold_file(path, nlp)
            out[name] = score.figures() | {"seconds": round(time.perf_counter() - t0, 2)}
            if name.endswith(".jsonl"):
                out[name]["dragoman_eval_pairing"] = greedy_figures(path, nlp)
            if verbose:
                out[name]["misses"], out[name]["wrong"] = score.misses, score.wrong
    dictionaries = eval_dir.parent / "data" / "phoenix_dictionaries" / "validate_petr1"
    validation = eval_dir / "petrarch_validation.jsonl"
    if validation.exists() and dictionaries.is_dir():
        lexicon = load_lexicon([dictionaries])
        builtin = petrarch_coverage(validation, nlp, builtin_lexicon()).figures()
        cov = petrarch_coverage(validation, nlp, lexicon)
        out["petrarch_validation"] = {"with validate_petr1": cov.figures(), "builtin only": builtin}
        if verbose:
            out["petrarch_validation"]["missed"] = cov.missed[:80]
    json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
