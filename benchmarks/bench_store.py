"""Store benchmarks: insert rate through the loader's writer, and query latency on a large synthetic store.

    python benchmarks/bench_store.py [--articles 5000] [--events 1000000] [--out benchmarks/results/store.json]

Prints figures and writes them to a JSON file. The insert baseline is a bare DuckDB insert of the same rows
(one Arrow table per table, no clustering) in the same process; the ratio says what our writer costs.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

import duckdb
import pyarrow as pa

from dragoman.records import Actor, Event, Quote, Report, Span, Time
from dragoman.store import connect
from dragoman.store import query as q
from dragoman.store.clusters import refresh
from dragoman.store.rows import report_rows
from dragoman.store.writer import write_batch

TYPES = ["CONSULT", "ACCUSE", "SUPPORT", "REQUEST", "COERCE", "ASSAULT", "AGREE", "REJECT"]
COUNTRIES = ["USA", "RUS", "CHN", "UKR", "FRA", "DEU", "IND", "BRA", "ZAF", "TUR", "IRN", "ISR"]


def synthetic_report(i: int, rng: random.Random) -> Report:
    words = " ".join(rng.choice(["talks", "minister", "border", "aid", "trade", "said", "on", "the", "and", "army"])
                     for _ in range(300))
    text = f"Story {i}. {words}"
    actors = [Actor(id=f"A{k}", name=f"Person {rng.randrange(5000)}", kind="person", country=rng.choice(COUNTRIES),
                    sector="GOV", mentions=[(k * 10, k * 10 + 6)]) for k in range(1, 5)]
    day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    events = [Event(id=f"E{k}", type=rng.choice(TYPES), cameo="040", source=f"A{rng.randint(1, 4)}",
                    target=f"A{rng.randint(1, 4)}", date=day, evidence=Span(start=0, end=20)) for k in range(3)]
    quotes = [Quote(id="Q1", text=words[:80], start=10, end=90, kind="direct", speaker="A1")]
    times = [Time(text="Monday", start=5, end=11, type="DATE", value=day)]
    return Report(id=f"bench-{i:07d}", source=f"https://site{i % 50}.example.org/{i}", text=text, published=day,
                  actors=actors, events=events, quotes=quotes, times=times)


def bench_inserts(n_articles: int, batch: int) -> dict:
    rng = random.Random(7)
    reports = [synthetic_report(i, rng) for i in range(n_articles)]
    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "ours.duckdb")
        start = time.perf_counter()
        records = sum(write_batch(con, reports[i:i + batch], "bench") for i in range(0, n_articles, batch))
        ours = time.perf_counter() - start
        # Baseline: the same rows, one bare INSERT per table, no idempotence checks, no story clustering.
        rows: dict[str, list[dict]] = {}
        for report in reports:
            for table, table_rows in report_rows(report, "bench").items():
                rows.setdefault(table, []).extend(table_rows)
        base = connect(Path(tmp) / "base.duckdb")
        start = time.perf_counter()
        for table, table_rows in rows.items():
            arrow = pa.Table.from_pylist(table_rows)  # noqa: F841
            base.execute(f"INSERT INTO {table} BY NAME SELECT * FROM arrow")
        baseline = time.perf_counter() - start
    return {"articles": n_articles, "records": records, "seconds": round(ours, 3),
            "records_per_s": round(records / ours), "baseline_records_per_s": round(records / baseline),
            "ratio_to_bare_insert": round(baseline / ours, 3)}


def build_large_store(path: Path, n_events: int) -> float:
    """A store with ``n_events`` events over n_events/5 articles, written by SQL for speed."""
    con = connect(path)
    n_articles = max(1, n_events // 5)
    con.execute(f"""INSERT INTO articles SELECT 'a' || i, 'https://s' || (i % 300) || '.example.org/' || i,
        'https://s' || (i % 300) || '.example.org/' || i, 's' || (i % 300) || '.example.org', 'title', DATE '2020-01-01' + (i % 1500)::INT,
        NULL, 'text', 4, 'bench' FROM range({n_articles}) t(i)""")
    countries = "[" + ",".join(f"'{c}'" for c in COUNTRIES) + "]"
    types = "[" + ",".join(f"'{t}'" for t in TYPES) + "]"
    con.execute(f"""INSERT INTO events SELECT 'a' || (i // 5), 'E' || (i % 5), {types}[1 + (i * 7) % 8], NULL,
        '040', 1 + (i % 4), 1.0, 'A1', 'person|' || {countries}[1 + i % 12] || '|person ' || (i % 2000),
        'Person ' || (i % 2000), {countries}[1 + i % 12], 'GOV', 'A2',
        'person|' || {countries}[1 + (i // 3) % 12] || '|person ' || ((i * 13) % 2000), 'Person ' || ((i * 13) % 2000),
        {countries}[1 + (i // 3) % 12], 'GOV', DATE '2020-01-01' + ((i // 5) % 1500)::INT, NULL, 'Capital', 'USA',
        1.0, 2.0, false, NULL, 0, 10, 'evidence ' || i, NULL, 0.8, 'bench' FROM range({n_events}) t(i)""")
    start = time.perf_counter()
    refresh(con)
    con.close()
    return time.perf_counter() - start


def bench_queries(path: Path, repeats: int) -> dict:
    con = connect(path, read_only=True)
    questions = {
        "events by actor": lambda: q.events(con, q.EventFilter(actor="Person 1234")),
        "events by country": lambda: q.events(con, q.EventFilter(country="RUS")),
        "events by type and date range": lambda: q.events(con, q.EventFilter(type="ACCUSE", since="2021-01-01", until="2021-03-31")),
        "events by country, quad class, dates": lambda: q.events(con, q.EventFilter(country="CHN", quad_class=4, since="2022-01-01")),
        "per-article events by actor": lambda: q.events(con, q.EventFilter(actor="Person 77"), per_article=True),
        "top dyads": lambda: q.dyads(con, q.EventFilter(limit=20)),
        "timeline for a country": lambda: q.timeline(con, q.EventFilter(country="UKR")),
        "quotes by speaker": lambda: q.quotes(con, speaker="Person 12"),
    }
    figures = {}
    for name, ask in questions.items():
        ask()  # warm
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            ask()
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        figures[name] = {"p50_ms": round(statistics.median(times), 1),
                         "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1)}
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/store.json"))
    args = parser.parse_args()
    results = {"inserts": bench_inserts(args.articles, args.batch)}
    print(json.dumps(results["inserts"], indent=2))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.duckdb"
        results["cluster_refresh_s"] = round(build_large_store(path, args.events), 2)
        results["events"] = args.events
        results["queries"] = bench_queries(path, args.repeats)
    print(json.dumps({k: v for k, v in results.items() if k != "inserts"}, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
