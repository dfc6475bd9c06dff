"""HTTP API benchmark: p95 latency of the API and of every dashboard page's JSON twin on a 1,000,000-event store.

    python benchmarks/bench_api.py [--events 1000000] [--requests 40] [--out benchmarks/results/api.json]
                                   [--only NAME-PART] [--db STORE]

Builds the store with ``build_large_store`` (benchmarks/bench_store.py) and adds what that leaves out (actors,
mentions, quotes, places, stories, placed and negated events: ``add_records``), then sends a bounded number of
GET requests per question through the whole stack twice: in-process (fastapi TestClient) and over loopback HTTP
(httpx, keep-alive) to `dragoman serve` (uvicorn) running in its own process. The questions are the API's
filtered queries and each page's twin (``PAGE_QUERIES``: unfiltered, with the filters the page applies, sorted
by each sortable column, a deep page). Prints figures and writes them to a JSON file (not with ``--only``).
Target: p95 < 200 ms.
"""

from __future__ import annotations

import argparse
import json
import os
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
from bench_store import COUNTRIES, build_large_store  # noqa: E402

from dragoman.store import connect  # noqa: E402
from dragoman.store.clusters import refresh  # noqa: E402
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
    "map": "/api/map",
    "actors": "/api/actors?country=RUS",
    "quotes": "/api/quotes",
    "speakers": "/api/speakers",
    "articles list": "/api/articles?limit=50",
    "one article's report": "/api/articles/a1234",
}
# Every dashboard page's JSON twin (pages.NAV, and the article page), unfiltered and with the heavier filters,
# sorts and pages each offers. The network's country level is drawn in the browser from the actor-level twin.
PAGE_QUERIES = {
    "timeline twin": "/timeline?format=json",
    "timeline twin by country": "/timeline?format=json&country=UKR",
    "timeline twin by type": "/timeline?format=json&type=CONSULT",
    "timeline twin by country and type": "/timeline?format=json&country=TUR&type=CONSULT",
    "timeline twin by actor": "/timeline?format=json&actor=Person%201234",
    "timeline twin by text": "/timeline?format=json&text=evidence%204242",
    "timeline twin by quad class and dates": "/timeline?format=json&quad_class=4&since=2021-01-01&until=2021-06-30",
    **{f"timeline twin sorted by {s}": f"/timeline?format=json&sort={s}"
       for s in ("date", "type", "source", "-target", "-articles", "-stories")},
    "timeline twin, deep page": "/timeline?format=json&offset=100000",
    "timeline twin by country, deep page": "/timeline?format=json&country=RUS&sort=source&offset=50000",
    "map twin": "/map?format=json",
    "map twin by country": "/map?format=json&country=UKR",
    "map twin by type": "/map?format=json&type=ASSAULT",
    "map twin by actor": "/map?format=json&actor=Person%2077",
    "map twin by text": "/map?format=json&text=evidence%204242",
    "map twin by quad class and dates": "/map?format=json&quad_class=4&since=2021-01-01&until=2021-06-30",
    "network twin (actors; countries drawn from it)": "/network?format=json",
    "network twin, 5000 edges": "/network?format=json&edges=5000",
    "network twin by country": "/network?format=json&country=IRN",
    "network twin by type": "/network?format=json&type=ASSAULT",
    "network twin by actor": "/network?format=json&actor=Person%201234",
    "network twin by quad class and dates": "/network?format=json&quad_class=4&since=2021-01-01&until=2021-06-30",
    "quotes twin": "/quotes?format=json",
    "quotes twin by country": "/quotes?format=json&country=RUS",
    "quotes twin by speaker": "/quotes?format=json&speaker=Person%201234",
    "quotes twin by text": "/quotes?format=json&text=remarks%204242",
    "quotes twin by dates": "/quotes?format=json&since=2021-01-01&until=2021-06-30",
    **{f"quotes twin sorted by {s}": f"/quotes?format=json&sort={s}"
       for s in ("-date", "speaker", "-articles", "stories")},
    "quotes twin, deep page": "/quotes?format=json&offset=100000",
    "actors twin": "/actors?format=json",
    "actors twin by country": "/actors?format=json&country=RUS",
    "actors twin by name": "/actors?format=json&actor=Person%20123",
    "actors twin by dates": "/actors?format=json&since=2021-01-01&until=2021-06-30",
    **{f"actors twin sorted by {s}": f"/actors?format=json&sort={s}"
       for s in ("name", "-country", "-articles", "stories", "-mentions")},
    "actors twin, deep page": "/actors?format=json&sort=name&offset=4000",
    "articles twin": "/articles?format=json",
    "articles twin by type": "/articles?format=json&type=ACCUSE",
    "articles twin by country": "/articles?format=json&country=RUS",
    "articles twin by actor": "/articles?format=json&actor=Person%201234",
    "articles twin by text": "/articles?format=json&text=Story%204242",
    "articles twin by quad class and dates": "/articles?format=json&quad_class=4&since=2021-01-01&until=2021-06-30",
    **{f"articles twin sorted by {s}": f"/articles?format=json&sort={s}"
       for s in ("published", "-title", "-events", "-quotes", "-actors", "-copies")},
    "articles twin sorted by events, deep page": "/articles?format=json&sort=-events&offset=1000",
    "articles twin by country, sorted by copies, deep page": "/articles?format=json&country=RUS&sort=-copies&offset=20000",
    "articles twin, deep page": "/articles?format=json&offset=150000",
    "article twin": "/article?id=a1234&format=json",
    "article twin (path)": "/articles/a1234?format=json",
    "read twin": "/read?format=json",
    "docs twin": "/docs?format=json",
}


def add_records(db: Path) -> None:
    """What ``build_large_store`` leaves out, so that every page has rows to read: four actors (with a mention
    each), a quote and a place per article, stories (two articles in five are a syndicated pair), events placed
    in several countries (one in five unplaced); the clusters are computed again."""
    con = connect(db)
    countries = "[" + ",".join(f"'{c}'" for c in COUNTRIES) + "]"
    person = "((j * 4 + k) * 7919) % 5000"
    con.execute(f"""INSERT INTO actors SELECT 'a' || j, 'A' || k,
        'person|' || {countries}[1 + {person} % 12] || '|person ' || {person}, 'Person ' || {person}, 'person',
        {countries}[1 + {person} % 12], 'GOV', NULL, 1 + k % 3
        FROM range((SELECT count(*) FROM articles)) t(j), range(1, 5) u(k)""")
    con.execute("INSERT INTO mentions SELECT article_id, actor_id, 10 * n_mentions, 10 * n_mentions + 6 FROM actors")
    con.execute(f"""INSERT INTO quotes SELECT 'a' || j, 'Q1', 'q' || (j - j % 2 * (j % 10 < 4)::INT),
        'remarks ' || (j - j % 2 * (j % 10 < 4)::INT), 10, 90, 'direct', 'A1',
        'person|' || {countries}[1 + {person} % 12] || '|person ' || {person}, 'Person ' || {person}, 'he', 'said',
        NULL, NULL, 0.9 FROM range((SELECT count(*) FROM articles)) t(j), range(1, 2) u(k)""")
    con.execute(f"""INSERT INTO places SELECT 'a' || j, 0, 'City ' || (j % 500), 0, 4, 'City ' || (j % 500),
        {countries}[1 + (j % 500) % 12], -60 + (j % 500) * 0.24, -170 + (j % 500) * 0.68
        FROM range((SELECT count(*) FROM articles)) t(j)""")
    con.execute("""INSERT INTO story_members SELECT 'a' || j, 'a' || (j - j % 2 * (j % 10 < 4)::INT)
        FROM range((SELECT count(*) FROM articles)) t(j)""")
    h = "(hash(article_id || '|' || event_id) % 1000000)::BIGINT"
    con.execute(f"""UPDATE events SET
        place_name = CASE WHEN {h} % 5 = 0 THEN NULL ELSE 'City ' || {h} % 500 END,
        place_country = CASE WHEN {h} % 5 = 0 THEN NULL ELSE {countries}[1 + ({h} % 500) % 12] END,
        lat = CASE WHEN {h} % 5 = 0 THEN NULL ELSE -60 + ({h} % 500) * 0.24 END,
        lon = CASE WHEN {h} % 5 = 0 THEN NULL ELSE -170 + ({h} % 500) * 0.68 END,
        negated = {h} % 50 = 1, modality = CASE WHEN {h} % 40 = 3 THEN 'hypothetical' END""")
    refresh(con)
    con.close()


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
    return max(figures[name]["p95_ms"] for name in queries if name in figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=40, help="timed requests per question")
    parser.add_argument("--only", default="", help="the questions whose name contains this (and no file written)")
    parser.add_argument("--db", type=Path, help="reuse (or build once into) this store instead of a temporary one")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/api.json"))
    args = parser.parse_args()
    queries = {name: path for name, path in {**EVENT_QUERIES, **OTHER_QUERIES, **PAGE_QUERIES}.items()
               if args.only.lower() in name.lower()}
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "large.duckdb"
        built = None
        if not db.exists():
            start = time.perf_counter()
            build_large_store(db, args.events)
            add_records(db)
            built = round(time.perf_counter() - start, 1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from fastapi.testclient import TestClient
        with TestClient(create_app(db)) as client:
            in_process = measure(lambda p: client.get(p).status_code, queries, args.requests)
        with served(db) as base, httpx.Client(base_url=base, timeout=30) as http:
            loopback = measure(lambda p: http.get(p).status_code, queries, args.requests)
    over = sorted({name for figures in (in_process, loopback) for name, v in figures.items() if v["p95_ms"] > 200})
    results = {
        "events": args.events, "store_build_s": built, "python": platform.python_version(),
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, {os.cpu_count()} cores (shared)",
        "target_p95_ms": 200,
        "worst_event_query_p95_ms": {"in_process": overall(in_process, EVENT_QUERIES),
                                     "uvicorn_loopback": overall(loopback, EVENT_QUERIES)},
        "worst_page_twin_p95_ms": {"in_process": overall(in_process, PAGE_QUERIES),
                                   "uvicorn_loopback": overall(loopback, PAGE_QUERIES)},
        "over_target": over,
        "in_process": in_process, "uvicorn_loopback": loopback,
    }
    print(json.dumps(results, indent=2))
    if not args.only:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
