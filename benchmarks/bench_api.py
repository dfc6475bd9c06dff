"""HTTP API benchmark: p95 latency of filtered event queries on a 1,000,000-event store.

    python benchmarks/bench_api.py [--events 1000000] [--requests 40] [--out benchmarks/results/api.json]

Builds the store with ``build_large_store`` (benchmarks/bench_store.py), then sends a bounded number of GET
requests per question through the whole stack twice: in-process (fastapi TestClient) and over loopback HTTP
(httpx, keep-alive) to `dragoman serve` (uvicorn) running in its own process. Prints figures and writes them to a JSON file. Target: p95 < 200 ms.
"""

from __future__ import annotations

import argparse
import json
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import build_large_store  # noqa: E402

from dragoman.web import create_app  # noqa: E402

EVENT_QUERIES = {
    "events by actor": "/api/events?actor=Person%201234",
    "events by country": "/api/events?country=RUS",
    "events by type and date range": "/api/events?type=ACCUSE&since=2021-01-01&until=2021-03-31",
    "events by country, quad class, since": "/api/events?country=CHN&quad_class=4&since=2022-01-01",
    "events by evidence text": "/api/events?text=evidence%204242",
    "events, page 50": "/api/events?country=UKR&limit=100&offset=5000",
    "per-article events by actor": "/api/events?per_article=true&actor=Person%2077",
    "per-article events by type and dates": "/api/events?per_article=true&type=REJECT&since=2023-01-01&until=2023-02-28",
}
OTHER_QUERIES = {
    "timeline for a country": "/api/timeline?country=UKR",
    "dyads by type": "/api/dyads?type=ASSAULT&limit=20",
    "network": "/api/network?country=IRN",
    "timeline page twin": "/timeline?format=json&country=TUR&type=CONSULT",
    "map page twin": "/map?format=json&country=UKR",
    "network page twin": "/network?format=json",
    "actors page twin": "/actors?format=json&country=RUS",
    "articles page twin": "/articles?format=json&type=ACCUSE",
    "articles sorted by events": "/articles?format=json&sort=-events&offset=1000",
    "quotes page twin": "/quotes?format=json",
    "articles list": "/api/articles?limit=50",
    "one article's report": "/api/articles/a1234",
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(get: Callable[[str], int], queries: dict[str, str], requests: int) -> dict[str, dict]:
    figures: dict[str, dict] = {}
    for name, path in queries.items():
        assert get(path) == 200, path  # warm
        times = []
        for _ in range(requests):
            start = time.perf_counter()
            status = get(path)
            times.append((time.perf_counter() - start) * 1000)
            assert status == 200, path
        figures[name] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(percentile(times, 0.95), 1),
                         "max_ms": round(max(times), 1), "requests": requests}
    return figures


@contextmanager
def served(db: Path) -> Iterator[str]:
    """`dragoman serve` in its own process on a free loopback port (the client must not share its GIL)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "dragoman", "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"{base}/api/articles?limit=1", timeout=2)
            break
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(process.stderr.read().decode()) from None
            time.sleep(0.2)
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def overall(figures: dict[str, dict], queries: dict[str, str]) -> float:
    return max(figures[name]["p95_ms"] for name in queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=40, help="timed requests per question")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/api.json"))
    args = parser.parse_args()
    queries = {**EVENT_QUERIES, **OTHER_QUERIES}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "large.duckdb"
        start = time.perf_counter()
        build_large_store(db, args.events)
        built = time.perf_counter() - start
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from fastapi.testclient import TestClient
        with TestClient(create_app(db)) as client:
            in_process = measure(lambda p: client.get(p).status_code, queries, args.requests)
        with served(db) as base, httpx.Client(base_url=base, timeout=30) as http:
            loopback = measure(lambda p: http.get(p).status_code, queries, args.requests)
    results = {
        "events": args.events, "store_build_s": round(built, 1), "python": platform.python_version(),
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}",
        "target_p95_ms": 200,
        "worst_event_query_p95_ms": {"in_process": overall(in_process, EVENT_QUERIES),
                                     "uvicorn_loopback": overall(loopback, EVENT_QUERIES)},
        "in_process": in_process, "uvicorn_loopback": loopback,
    }
    print(json.dumps(results, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
