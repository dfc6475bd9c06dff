"""End-to-end throughput against bare spaCy, scaling with workers, and peak memory per worker.

    python benchmarks/bench_throughput.py [--repeats 3] [--workers 1 2] [--spark] [--limit 200]
                                          [--out benchmarks/results/throughput.json]

(a) Dragoman's whole pipeline (cleaning, parsing, every stage) against bare ``nlp.pipe`` with the full
    en_core_web_sm pipeline as shipped, on the same texts, in the same process: articles/s, tokens/s and
    their ratio, median of ``--repeats`` runs. ``ratio`` compares with spaCy's default batching,
    ``ratio_same_batch_size`` with bare spaCy at Dragoman's own batch size.
(b) Scaling with ``--n-process`` N for each N in ``--workers`` (and Spark local[N] with ``--spark``),
    with efficiency = speed(N) / (N * speed(1)).
(c) Peak RSS of one worker: a fresh process running the whole pipeline over the corpus.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import dev_texts, write_jsonl  # noqa: E402

import spacy  # noqa: E402

from dragoman.nlp import default_model_name, model_description  # noqa: E402
from dragoman.pipeline import Options, Pipeline  # noqa: E402
from dragoman.sources.base import RawDocument  # noqa: E402


def _median_time(run, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _speed(seconds: float, articles: int, tokens: int) -> dict:
    return {"seconds": round(seconds, 2), "articles_per_s": round(articles / seconds, 2),
            "tokens_per_s": round(tokens / seconds)}


def bench_single(texts: list[str], repeats: int, batch_size: int) -> dict:
    """Bare spaCy (the model as shipped, spaCy's default batching and ours) against the whole pipeline."""
    bare_nlp = spacy.load(default_model_name())
    tokens = sum(len(doc) for doc in bare_nlp.pipe(texts))
    raws = [RawDocument(source=f"bench-{i}", text=t, published="2023-03-21") for i, t in enumerate(texts)]
    pipeline = Pipeline(Options(batch_size=batch_size))
    list(pipeline.analyse_raw(raws[:5]))  # load the model and warm the lexicons
    bare_default = _median_time(lambda: list(bare_nlp.pipe(texts)), repeats)
    bare_same_batch = _median_time(lambda: list(bare_nlp.pipe(texts, batch_size=batch_size)), repeats)
    ours = _median_time(lambda: list(pipeline.analyse_raw(raws)), repeats)
    n = len(texts)
    return {"model": model_description(bare_nlp), "articles": n, "tokens": tokens, "batch_size": batch_size,
            "bare_nlp_pipe_default_batch": _speed(bare_default, n, tokens),
            f"bare_nlp_pipe_batch_{batch_size}": _speed(bare_same_batch, n, tokens),
            "dragoman": _speed(ours, n, tokens),
            "ratio": round(bare_default / ours, 3),
            "ratio_same_batch_size": round(bare_same_batch / ours, 3)}


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


_WORKER_RSS = """
import sys
from dragoman.pipeline import Options, Pipeline
for _ in Pipeline(Options(batch_size=int(sys.argv[2]))).run([sys.argv[1]]):
    pass
status = open("/proc/self/status").read()
print(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")))
"""


def worker_peak_rss(texts: list[str], batch_size: int) -> dict:
    """Peak RSS (VmHWM) of one fresh process doing a worker's whole job: model, every stage, the corpus."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(texts, Path(tmp) / "corpus.jsonl")
        out = subprocess.run([sys.executable, "-c", _WORKER_RSS, str(corpus), str(batch_size)],
                             capture_output=True, text=True, check=True)
    return {"worker_peak_rss_mib": round(int(out.stdout.split()[-1]) / 1024),
            "benchmark_process_peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--limit", type=int, default=200, help="Articles to use (default 200).")
    parser.add_argument("--spark", action="store_true", help="Also time Spark local[N].")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/throughput.json"))
    args = parser.parse_args()
    texts = dev_texts(args.limit)
    results = {"single_process": bench_single(texts, args.repeats, args.batch_size)}
    print(json.dumps(results, indent=2), flush=True)
    results["scaling"] = bench_workers(texts, args.workers, args.spark)
    results["memory"] = worker_peak_rss(texts, args.batch_size)
    print(json.dumps({k: results[k] for k in ("scaling", "memory")}, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
