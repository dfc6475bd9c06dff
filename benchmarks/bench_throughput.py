"""End-to-end throughput against bare spaCy, scaling with workers, and peak memory per worker.

    python benchmarks/bench_throughput.py [--repeats 3] [--workers 1 2] [--spark] [--limit 200]
                                          [--out benchmarks/results/throughput.json]

(a) Dragoman's whole pipeline (cleaning, parsing, every stage) against bare ``nlp.pipe`` with the full
    en_core_web_sm pipeline on the same texts, in the same process: articles/s, tokens/s and their ratio,
    median of ``--repeats`` runs.
(b) Scaling with ``--n-process`` N for each N in ``--workers`` (and Spark local[N] with ``--spark``),
    with efficiency = speed(N) / (N * speed(1)).
(c) Peak RSS of a worker process (ru_maxrss of the children) and of the parent.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import dev_texts, write_jsonl  # noqa: E402

from dragoman.nlp import load_model, model_description  # noqa: E402
from dragoman.pipeline import Options, Pipeline  # noqa: E402
from dragoman.sources.base import RawDocument  # noqa: E402


def _median_time(run, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_single(texts: list[str], repeats: int) -> dict:
    nlp = load_model()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
    raws = [RawDocument(source=f"bench-{i}", text=t, published="2023-03-21") for i, t in enumerate(texts)]
    pipeline = Pipeline(Options(), nlp=nlp)
    list(pipeline.analyse_raw(raws[:5]))  # warm the lexicons
    bare = _median_time(lambda: list(nlp.pipe(texts, batch_size=16)), repeats)
    ours = _median_time(lambda: list(pipeline.analyse_raw(raws)), repeats)
    return {"model": model_description(nlp), "articles": len(texts), "tokens": tokens,
            "bare_nlp_pipe": {"seconds": round(bare, 2), "articles_per_s": round(len(texts) / bare, 2),
                              "tokens_per_s": round(tokens / bare)},
            "dragoman": {"seconds": round(ours, 2), "articles_per_s": round(len(texts) / ours, 2),
                         "tokens_per_s": round(tokens / ours)},
            "ratio": round(bare / ours, 3)}


def bench_workers(texts: list[str], workers: list[int], spark: bool) -> dict:
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(texts, Path(tmp) / "corpus.jsonl")
        for n in workers:
            pipeline = Pipeline(Options(n_process=n, batch_size=8))
            start = time.perf_counter()
            count = sum(1 for _ in pipeline.run([str(corpus)]))
            seconds = time.perf_counter() - start
            results[f"n_process={n}"] = {"articles": count, "seconds": round(seconds, 2),
                                         "articles_per_s": round(count / seconds, 2)}
        if spark:
            from dragoman.spark import run_spark

            for n in workers:
                start = time.perf_counter()
                summary = run_spark([str(corpus)], str(Path(tmp) / f"spark{n}"), master=f"local[{n}]", partitions=n * 4)
                seconds = time.perf_counter() - start
                results[f"spark local[{n}]"] = {"articles": summary.documents, "seconds": round(seconds, 2),
                                                "articles_per_s": round(summary.documents / seconds, 2)}
    for key, value in results.items():
        n = int(key.split("=")[-1].strip("]")) if "=" in key else int(key.split("[")[1].strip("]"))
        one = results.get(key.replace(f"={n}", "=1").replace(f"[{n}]", "[1]"))
        if one:
            value["efficiency"] = round(value["articles_per_s"] / (n * one["articles_per_s"]), 3)
    return results


def peak_rss() -> dict:
    to_mib = 1 / 1024  # ru_maxrss is in KiB on Linux
    return {"parent_peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * to_mib),
            "largest_child_peak_rss_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * to_mib)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--limit", type=int, default=200, help="Articles to use (default 200).")
    parser.add_argument("--spark", action="store_true", help="Also time Spark local[N].")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/throughput.json"))
    args = parser.parse_args()
    texts = dev_texts(args.limit)
    results = {"single_process": bench_single(texts, args.repeats)}
    print(json.dumps(results, indent=2), flush=True)
    results["scaling"] = bench_workers(texts, args.workers, args.spark)
    results["memory"] = peak_rss()
    print(json.dumps({k: results[k] for k in ("scaling", "memory")}, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
