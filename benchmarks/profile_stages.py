"""Profile the analysis after spaCy (cleaning and every stage) over the benchmark articles.

    python benchmarks/profile_stages.py [--limit 150] [--top 15] [--sort cumulative tottime] [--out FILE]

spaCy parses every article first, outside the profile; then ``stages.analyse`` runs over the parsed
docs under cProfile, and the top functions are printed by each sort key (and the stats saved with --out).
Also prints the stages' own time against spaCy's for the same articles.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import dev_texts  # noqa: E402

from dragoman.pipeline import Options, Pipeline  # noqa: E402
from dragoman.sources.base import RawDocument  # noqa: E402
from dragoman.stages import analyse  # noqa: E402


def _forget(docs: list) -> None:
    """Drop what the stages keep with each document (token columns, indexes), so every run does the whole work."""
    for doc in docs:
        doc.user_data.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--sort", nargs="+", default=["cumulative", "tottime"])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    pipeline = Pipeline(Options(timeout=None))
    raws = [RawDocument(source=f"bench-{i}", text=t, published="2023-03-21") for i, t in enumerate(dev_texts(args.limit))]
    articles = list(pipeline.prepare(raws))
    start = time.perf_counter()
    docs = list(pipeline.nlp.pipe((a.text for a in articles), batch_size=16))
    parse = time.perf_counter() - start
    lexicon = pipeline.lexicon
    for article, doc in zip(articles[:5], docs[:5]):  # warm the caches and lazy loads, as a long run would
        analyse(article, doc, lexicon=lexicon)
    _forget(docs)
    start = time.perf_counter()
    for article, doc in zip(articles, docs):
        analyse(article, doc, lexicon=lexicon)
    stages = time.perf_counter() - start
    print(f"spaCy {parse:.2f} s, stages {stages:.2f} s ({stages / parse:.1%} of spaCy), unprofiled")
    _forget(docs)
    profiler = cProfile.Profile()
    profiler.enable()
    for article, doc in zip(articles, docs):
        analyse(article, doc, lexicon=lexicon)
    profiler.disable()
    stats = pstats.Stats(profiler)
    if args.out:
        stats.dump_stats(args.out)
    for key in args.sort:
        stats.sort_stats(key).print_stats(args.top)


if __name__ == "__main__":
    main()
