"""End-to-end throughput against bare spaCy, scaling with workers, and peak memory per worker.

    python benchmarks/bench_throughput.py [--repeats 3] [--workers 1 2] [--spark] [--limit 200]
                                          [--scaling-copies 1] [--out benchmarks/results/throughput.json]

(a) Dragoman's whole pipeline (cleaning, parsing, every stage) against bare ``nlp.pipe`` with the full
    en_core_web_sm pipeline as shipped, on the same texts, in the same process: articles/s, tokens/s and
    their ratio, medians of ``--repeats`` runs each after an untimed one. ``ratio`` compares with spaCy's default batching,
    ``ratio_same_batch_size`` with bare spaCy at Dragoman's own batch size.
(b) Scaling with ``--n-process`` N for each N in ``--workers`` (and Spark local[N] with ``--spark``),
    with efficiency = speed(N) / (N * speed(1)), over the whole run and after the workers' start-up.
    ``--scaling-copies`` repeats the corpus for this part, as a long run would.
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

from dragoman.nlp import default_model_name, load_model, model_description  # noqa: E402
from dragoman.pipeline import Options, Pipeline  # noqa: E402
from dragoman.sources.base import RawDocument  # noqa: E402


def _timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _speed(seconds: float, articles: int, tokens: int) -> dict:
    return {"seconds": round(seconds, 2), "articles_per_s": round(articles / seconds, 2),
            "tokens_per_s": round(tokens / seconds)}


def bench_single(texts: list[str], repeats: int, batch_size: int) -> dict:
    """Bare spaCy (the model as shipped, spaCy's default batching and ours) against the whole pipeline:
    each is run once untimed and then ``repeats`` times in a row, and its median taken. (The first run
    after a switch is measurably slower for either side, so runs do not take turns and the switch run
    is not counted.)"""
    bare_nlp = spacy.load(default_model_name())
    tokens = sum(len(doc) for doc in bare_nlp.pipe(texts))
    raws = [RawDocument(source=f"bench-{i}", text=t, published="2023-03-21") for i, t in enumerate(texts)]
    pipeline = Pipeline(Options(batch_size=batch_size))
    runs = {"bare_default": lambda: list(bare_nlp.pipe(texts)),
            "bare_same_batch": lambda: list(bare_nlp.pipe(texts, batch_size=batch_size)),
            "dragoman": lambda: list(pipeline.analyse_raw(raws))}
    times = {name: [_timed(run) for _ in range(repeats + 1)][1:] for name, run in runs.items()}
    median = {name: statistics.median(seconds) for name, seconds in times.items()}
    n = len(texts)
    return {"model": model_description(bare_nlp), "articles": n, "tokens": tokens, "batch_size": batch_size,
            "repeats": repeats,
            "bare_nlp_pipe_default_batch": _speed(median["bare_default"], n, tokens),
            f"bare_nlp_pipe_batch_{batch_size}": _speed(median["bare_same_batch"], n, tokens),
            "dragoman": _speed(median["dragoman"], n, tokens),
            "ratio": round(median["bare_default"] / median["dragoman"], 3),
            "ratio_same_batch_size": round(median["bare_same_batch"] / median["dragoman"], 3),
            "seconds_per_run": {name: [round(t, 2) for t in seconds] for name, seconds in times.items()}}


def _pool_run(corpus: Path, n: int) -> dict:
    """One ``--n-process n`` run: total time, and the time to the first report (spawning the workers and
    loading the model in each), after which the rate is the steady one a long corpus run sees. Every run
    loads its model afresh, as a new ``dragoman read`` would, one process or several."""
    load_model.cache_clear()
    pipeline = Pipeline(Options(n_process=n, batch_size=8))
    start = time.perf_counter()
    first, count = 0.0, 0
    for _ in pipeline.run([str(corpus)]):
        count += 1
        first = first or time.perf_counter()
    end = time.perf_counter()
    return {"articles": count, "seconds": round(end - start, 2), "articles_per_s": round(count / (end - start), 2),
            "startup_seconds": round(first - start, 2),
            "steady_articles_per_s": round((count - 1) / (end - first), 2) if end > first else None}


def bench_workers(texts: list[str], workers: list[int], spark: bool) -> dict:
    """Speed with N processes (and Spark local[N]) for each N; efficiency = speed(N) / (N * speed(1))."""
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(texts, Path(tmp) / "corpus.jsonl")
        runs = {n: _pool_run(corpus, n) for n in workers}
        for n, run in runs.items():
            if 1 in runs:
                run["efficiency"] = round(run["articles_per_s"] / (n * runs[1]["articles_per_s"]), 3)
                if run["steady_articles_per_s"] and runs[1]["steady_articles_per_s"]:
                    run["steady_efficiency"] = round(run["steady_articles_per_s"] / (n * runs[1]["steady_articles_per_s"]), 3)
            results[f"n_process={n}"] = run
        if spark:
            from dragoman.spark import run_spark

            speeds = {}
            for n in workers:
                start = time.perf_counter()
                summary = run_spark([str(corpus)], str(Path(tmp) / f"spark{n}"), master=f"local[{n}]", partitions=n * 4)
                seconds = time.perf_counter() - start
                speeds[n] = summary.documents / seconds
                results[f"spark local[{n}]"] = {"articles": summary.documents, "seconds": round(seconds, 2),
                                                "articles_per_s": round(speeds[n], 2)}
            for n in workers:
                if 1 in speeds:
                    results[f"spark local[{n}]"]["efficiency"] = round(speeds[n] / (n * speeds[1]), 3)
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
    parser.add_argument("--limit", type=int, default=200, help="Articles to use (default 200; 0: all).")
    parser.add_argument("--spark", action="store_true", help="Also time Spark local[N].")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--scaling-copies", type=int, default=1, help="Corpus copies for the scaling part.")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/throughput.json"))
    args = parser.parse_args()
    texts = dev_texts(args.limit)
    results = {"single_process": bench_single(texts, args.repeats, args.batch_size)}
    print(json.dumps(results, indent=2), flush=True)
    results["scaling"] = bench_workers(texts * args.scaling_copies, args.workers, args.spark)
    results["memory"] = worker_peak_rss(texts, args.batch_size)
    print(json.dumps({k: results[k] for k in ("scaling", "memory")}, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
