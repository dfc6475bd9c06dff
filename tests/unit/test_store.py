"""The store on a real DuckDB file, with hand-built reports (no model)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from dragoman.store import connect
from dragoman.store import query as q
from dragoman.store.clusters import refresh
from dragoman.store.errors import ReadOnlyQuery, StoreLocked
from dragoman.store.export import FORMATS, TABLE_QUERIES, export
from dragoman.store.schema import CURRENT_VERSION
from dragoman.store.writer import known_ids, write_batch
from tests.store_fixtures import story


def _load(path: Path, reports) -> None:
    con = connect(path)
    for start in range(0, len(reports), 16):
        write_batch(con, reports[start:start + 16], "run-1")
    refresh(con)
    con.close()


def _counts(path: Path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    tables = ["articles", "actors", "mentions", "quotes", "events", "story_members", "event_clusters", "quote_clusters"]
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    con.close()
    return counts


def test_migrations_are_recorded_once(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    connect(db).close()
    con = connect(db)
    assert con.execute("SELECT count(*), max(version) FROM schema_migrations").fetchone() == (CURRENT_VERSION, CURRENT_VERSION)


def test_writing_the_same_reports_twice_adds_nothing(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    reports = [story(n) for n in range(10)]
    _load(db, reports)
    first = _counts(db)
    _load(db, reports)
    assert _counts(db) == first
    assert first["articles"] == 10 and first["events"] == 10


def test_syndicated_stories_cluster_and_events_count_once(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    reports = [story(n) for n in range(50)] + [story(n, copy=True) for n in range(50)]
    _load(db, reports)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(DISTINCT story_id) FROM story_members").fetchone()[0] == 50
    sizes = con.execute("SELECT count(*) FROM story_members GROUP BY story_id").fetchall()
    assert {size for (size,) in sizes} == {2}
    clusters = con.execute("SELECT num_mentions, num_articles, num_sources, num_stories FROM event_clusters").fetchall()
    assert len(clusters) == 50
    assert set(clusters) == {(2, 2, 2, 1)}
    assert con.execute("SELECT count(*), min(num_articles) FROM quote_clusters").fetchone() == (50, 2)


def test_story_ids_do_not_depend_on_load_order(tmp_path: Path):
    reports = [story(n) for n in range(8)] + [story(n, copy=True) for n in range(8)]
    _load(tmp_path / "a.duckdb", reports)
    _load(tmp_path / "b.duckdb", list(reversed(reports)))
    sql = "SELECT article_id, story_id FROM story_members ORDER BY 1"
    a = duckdb.connect(str(tmp_path / "a.duckdb"), read_only=True).execute(sql).fetchall()
    b = duckdb.connect(str(tmp_path / "b.duckdb"), read_only=True).execute(sql).fetchall()
    assert a == b


def test_events_a_day_apart_are_one_event(tmp_path: Path):
    early, late = story(1), story(2)
    late.actors, late.events = early.actors, [e for e in early.events]
    late.events[0] = type(late.events[0])(**{**{f: getattr(early.events[0], f) for f in early.events[0].__struct_fields__},
                                               "date": "2024-02-03"})
    _load(tmp_path / "s.duckdb", [early, late])
    con = duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True)
    assert con.execute("SELECT first_date, last_date, num_articles FROM event_clusters").fetchall() == [
        (__import__("datetime").date(2024, 2, 2), __import__("datetime").date(2024, 2, 3), 2)]


def test_known_ids(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    _load(db, [story(1)])
    assert known_ids(connect(db), ["orig-001", "orig-002"]) == {"orig-001"}


def test_queries_answer_common_questions(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    _load(db, [story(n) for n in range(20)] + [story(n, copy=True) for n in range(20)])
    con = connect(db, read_only=True)
    everything = q.events(con, q.EventFilter(limit=1000))
    assert len(everything.rows) == 20
    by_country = q.events(con, q.EventFilter(country="nga", limit=1000)).dicts()
    assert by_country and all("NGA" in (r["source_country"], r["target_country"]) for r in by_country)
    march = q.events(con, q.EventFilter(since="2024-03-01", until="2024-03-31")).dicts()
    assert all(r["first_date"].month == 3 for r in march)
    assert q.events(con, q.EventFilter(type="assault")).rows == []
    assert len(q.events(con, q.EventFilter(limit=1000), per_article=True).rows) == 40
    assert q.quotes(con, speaker="okafor").rows
    assert q.dyads(con, q.EventFilter()).dicts()[0]["events"] >= 1
    assert sum(r[2] for r in q.timeline(con, q.EventFilter()).rows) == 20
    assert q.actors(con, name="petrov").rows


@pytest.mark.parametrize("statement", ["DELETE FROM events", "SELECT 1; DROP TABLE events", "COPY events TO 'x.csv'",
                                       "ATTACH 'other.db'", "INSTALL httpfs"])
def test_sql_is_read_only(tmp_path: Path, statement: str):
    db = tmp_path / "s.duckdb"
    _load(db, [story(1)])
    with pytest.raises(ReadOnlyQuery):
        q.sql(connect(db, read_only=True), statement)
    assert q.sql(connect(db, read_only=True), "SELECT count(*) FROM events").rows == [(1,)]


def test_every_export_opens_in_duckdb_and_pyarrow(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    _load(db, [story(n) for n in range(5)] + [story(n, copy=True) for n in range(5)])
    con = connect(db, read_only=True)
    for what in TABLE_QUERIES:
        columns = None
        for fmt in ("jsonl", "csv", "parquet"):
            out = tmp_path / f"{what}.{fmt}"
            rows = export(con, what, fmt, out).rows
            reader = {"jsonl": "read_json_auto", "csv": "read_csv_auto", "parquet": "read_parquet"}[fmt]
            cursor = duckdb.connect().execute(f"SELECT * FROM {reader}('{out}')")
            names = [d[0] for d in cursor.description]
            assert len(cursor.fetchall()) == rows
            assert columns is None or names == columns, f"{what}.{fmt} columns differ"
            columns = names
        assert pq.read_table(tmp_path / f"{what}.parquet").column_names == columns
    for fmt in ("plover", "gdelt"):
        assert export(con, "events", fmt, tmp_path / f"events.{fmt}").rows == 5
    assert set(FORMATS) == {"jsonl", "csv", "parquet", "plover", "gdelt"}


def test_a_second_writer_gets_a_clear_error(tmp_path: Path):
    import subprocess
    import sys

    db = tmp_path / "s.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(db)!r}); print('ok', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"ok"
        with pytest.raises(StoreLocked, match="another process"):
            connect(db)
    finally:
        holder.kill()


def test_one_actor_across_articles_by_stable_id(tmp_path: Path):
    """Two articles name one person differently and guess different countries: one actor, one node."""
    from dragoman.records import Actor

    db = tmp_path / "s.duckdb"
    first, second = story(1), story(2)
    first.actors[0] = Actor(id="A1", name="Amara Okafor", kind="person", country="NGA", sector="GOV",
                            mentions=[(0, 12)], stable_id="amara-okafor.nga")
    second.actors[0] = Actor(id="A1", name="Okafor", kind="person", country="GHA", sector="GOV",
                             mentions=[(0, 6)], stable_id="amara-okafor.nga")
    second.actors[1] = first.actors[1]
    _load(db, [first, second])
    con = duckdb.connect(str(db), read_only=True)
    assert [r["actor_key"] for r in q.actors(con).dicts() if "okafor" in r["name"].lower()] == ["amara-okafor.nga"]
    dyads = q.dyads(con, q.EventFilter()).dicts()
    assert len(dyads) == 1 and dyads[0]["events"] == 2 and dyads[0]["source_key"] == "amara-okafor.nga"
