"""Exports in the layouts GDELT and POLECAT users load, with provenance, filters and flags (no model)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import jsonschema
import pytest

from dragoman.records import Actor, Event, PlaceRef, Report, Span
from dragoman.store import connect
from dragoman.store import query as q
from dragoman.store.clusters import refresh
from dragoman.store.export import ExportError, ExportFilter, export
from dragoman.store.gdelt import event_id, fraction_date
from dragoman.store.writer import write_batch

# The GDELT 2.0 event table's columns in file order, as the GDELT event codebook lists them.
GDELT_2_EVENT_COLUMNS = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code
Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code
Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat
Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat
Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat
ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL""".split()

PLOVER_SCHEMA = json.loads((Path(__file__).parent / "plover.schema.json").read_text("utf-8"))

LEAD = "Lena Varga met Tomas Rieder in Berlin on Monday. Paragraph two follows here."
BODY = LEAD + "\n\nThe talks covered water rights. Varga did not threaten Rieder. Rieder may sanction Varga."


def _report(n: int, *, url: str | None, day: str = "2024-03-04", published: str = "2024-03-05") -> Report:
    """An invented story: a meeting in Berlin (asserted), a denied threat and a hypothetical sanction."""
    text = BODY + f" Story {n}."
    actors = [
        Actor(id="A1", name="Lena Varga", kind="person", country="HUN", sector="GOV", title="Foreign Minister",
              mentions=[(0, 10)], stable_id="lena-varga.hun"),
        Actor(id="A2", name="Tomas Rieder", kind="person", country="AUT", sector="GOV", mentions=[(15, 27)]),
    ]
    threat, sanction = text.index("Varga did not"), text.index("Rieder may")
    return Report(
        id=f"art-{n}", source=f"corpus/wires.jsonl:{n}", url=url, published=published, text=text, actors=actors,
        events=[
            Event(id="E1", type="CONSULT", mode="visit", cameo="042", source="A1", target="A2", date=day,
                  place=PlaceRef(name="Berlin", country="DEU", lat=52.52, lon=13.405), evidence=Span(start=0, end=27),
                  confidence=0.9),
            Event(id="E2", type="THREATEN", cameo="130", source="A1", target="A2", date=day, negated=True,
                  evidence=Span(start=threat, end=threat + 30)),
            Event(id="E3", type="SANCTION", cameo="163", source="A2", target="A1", date=day, modality="hypothetical",
                  place=PlaceRef(name="Germany", country="DEU", lat=51.0, lon=10.0),
                  evidence=Span(start=sanction, end=sanction + 26)),
        ],
    )


def _store(path: Path, reports: list[Report]) -> duckdb.DuckDBPyConnection:
    con = connect(path)
    write_batch(con, reports, "run-1")
    refresh(con)
    con.close()
    return connect(path, read_only=True)


@pytest.fixture()
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    reports = [_report(1, url="https://www.daily.example.org/world/1", published="2024-03-04"),
               _report(2, url="https://wire.example.net/a?id=2"),
               _report(3, url=None)]
    return _store(tmp_path / "s.duckdb", reports)


def _gdelt(path: Path, header: bool = False) -> list[dict]:
    columns = ", ".join(f"'{name}': 'VARCHAR'" for name in GDELT_2_EVENT_COLUMNS)
    cursor = duckdb.connect().execute(
        f"SELECT * FROM read_csv('{path}', delim='\\t', header={str(header).lower()}, quote='', escape='', "
        f"columns={{{columns}}})")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def test_provenance_urls_reach_the_store_and_count_sites(con):
    articles = dict(con.execute("SELECT article_id, source_domain FROM articles").fetchall())
    assert articles == {"art-1": "daily.example.org", "art-2": "wire.example.net", "art-3": None}
    (num_sources, url) = con.execute("SELECT num_sources, source_url FROM event_clusters WHERE type = 'CONSULT'").fetchone()
    assert num_sources == 3  # two sites and one local file
    assert url == "https://www.daily.example.org/world/1"  # the earliest-published report


def test_gdelt_is_61_columns_read_back_by_position(con, tmp_path: Path):
    out = tmp_path / "events.gdelt"
    summary = export(con, "events", "gdelt", out)
    assert summary.rows == 1 and summary.unasserted == 2
    first_line = out.read_text("utf-8").splitlines()[0]
    assert len(first_line.split("\t")) == 61 and not first_line.startswith("GLOBALEVENTID")
    (row,) = _gdelt(out)
    assert row["SQLDATE"] == "20240304" and row["MonthYear"] == "202403" and row["Year"] == "2024"
    assert row["FractionDate"] == "2024.1753"  # 2024 + (2 * 30 + 4) / 365
    assert row["Actor1Code"] == "HUNGOV" and row["Actor1Name"] == "LENA VARGA" and row["Actor1CountryCode"] == "HUN"
    assert row["Actor2Code"] == "AUTGOV" and row["Actor1Type1Code"] == "GOV"
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["QuadClass"]) == ("042", "042", "04", "1")
    assert row["NumMentions"] == "3" and row["NumArticles"] == "3" and row["IsRootEvent"] == "1"
    assert row["ActionGeo_Type"] == "4" and row["ActionGeo_CountryCode"] == "GM"  # FIPS, not DEU
    assert row["ActionGeo_FullName"] == "Berlin, Germany" and float(row["ActionGeo_Lat"]) == 52.52
    assert row["Actor1Geo_Type"] == "0" and row["AvgTone"] is None
    assert row["SOURCEURL"] == "https://www.daily.example.org/world/1"
    assert int(row["GLOBALEVENTID"]) == event_id(con.execute(
        "SELECT cluster_id FROM event_clusters WHERE type = 'CONSULT'").fetchone()[0])


def test_gdelt_header_and_country_level_places(con, tmp_path: Path):
    out = tmp_path / "events.tsv"
    export(con, "events", "gdelt", out, ExportFilter(type="consult"), header=True)
    assert out.read_text("utf-8").splitlines()[0].split("\t") == GDELT_2_EVENT_COLUMNS
    assert len(_gdelt(out, header=True)) == 1


def test_gdelt_event_ids_are_stable_across_exports_and_stores(tmp_path: Path):
    reports = [_report(n, url=f"https://s{n}.example.com/x") for n in range(4)]
    one = _store(tmp_path / "a.duckdb", reports)
    two = _store(tmp_path / "b.duckdb", list(reversed(reports)))
    export(one, "events", "gdelt", tmp_path / "a.tsv")
    export(two, "events", "gdelt", tmp_path / "b.tsv")
    export(one, "events", "gdelt", tmp_path / "a2.tsv")
    ids = [[r["GLOBALEVENTID"] for r in _gdelt(tmp_path / f"{name}.tsv")] for name in ("a", "b", "a2")]
    assert ids[0] == ids[1] == ids[2] and ids[0][0] != "1"


def test_fraction_date_follows_the_codebook():
    assert fraction_date(dt.date(2023, 1, 1)) == 2023.0027
    assert fraction_date(dt.date(2013, 4, 1)) == 2013.2493
    assert fraction_date(dt.date(2023, 12, 31)) < 2024


def test_plover_records_carry_every_field_and_validate(con, tmp_path: Path):
    out = tmp_path / "events.plover"
    assert export(con, "events", "plover", out).rows == 3
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    for record in records:
        jsonschema.validate(record, PLOVER_SCHEMA)
    by_type = {r["event"][0]: r for r in records}
    meet = by_type["CONSULT"]
    assert meet["mode"] == ["visit"] and meet["context"] == [] and meet["date"] == "2024-03-04"
    assert meet["actor"] == [{"code": "HUN", "sector": "GOV", "entity_text": "Lena Varga",
                              "identifier_id": "lena-varga.hun", "identifier_text": "Lena Varga",
                              "office": "Foreign Minister", "kind": "person"}]
    assert meet["recipient"][0]["code"] == "AUT"
    assert meet["event_loc"]["resolved_place"] == "Berlin" and meet["event_loc"]["lat"] == 52.52
    assert meet["event_loc"]["resolution"] == 4 and meet["event_loc"]["country_code"] == "DEU"
    assert meet["quad_code"] == 1 and meet["event_scale"] == 4.0
    assert meet["cite_info"]["url"] == "https://www.daily.example.org/world/1"
    assert meet["story_id"] and meet["event_text"] == ["Lena Varga met Tomas Rieder"]
    assert by_type["THREATEN"]["context"] == ["negation"] and by_type["THREATEN"]["negated"] is True
    assert by_type["SANCTION"]["context"] == ["hypothetical"] and by_type["SANCTION"]["event_loc"]["resolution"] == 1


def test_plover_schema_rejects_what_plover_forbids():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"id": "x", "date": "2024-03-04", "actor": [], "event": ["MEET"]}, PLOVER_SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"id": "x", "actor": [], "event": ["AGREE"]}, PLOVER_SCHEMA)


def test_flags_are_in_every_output(con, tmp_path: Path):
    for what in ("events", "article_events"):
        export(con, what, "jsonl", tmp_path / f"{what}.jsonl")
        rows = [json.loads(line) for line in (tmp_path / f"{what}.jsonl").read_text("utf-8").splitlines()]
        assert {(r["type"], r["negated"], r["modality"]) for r in rows} == {
            ("CONSULT", False, None), ("THREATEN", True, None), ("SANCTION", False, "hypothetical")}
    listed = q.events(con, q.EventFilter()).dicts()
    assert {(r["type"], r["negated"]) for r in listed} == {("CONSULT", False), ("THREATEN", True), ("SANCTION", False)}
    assert len(q.events(con, q.EventFilter(asserted_only=True)).rows) == 1
    assert [d["events"] for d in q.dyads(con, q.EventFilter()).dicts()] == [1]  # counts are of asserted events
    assert export(con, "events", "csv", tmp_path / "a.csv", ExportFilter(asserted_only=True)).rows == 1


def test_export_takes_query_filters(con, tmp_path: Path):
    assert export(con, "events", "jsonl", tmp_path / "a", ExportFilter(country="aut", type="threaten")).rows == 1
    assert export(con, "article_events", "csv", tmp_path / "b", ExportFilter(since="2024-03-05")).rows == 0
    assert export(con, "actors", "jsonl", tmp_path / "c", ExportFilter(actor="varga")).rows == 1
    assert export(con, "quotes", "jsonl", tmp_path / "d", ExportFilter(speaker="nobody")).rows == 0
    assert export(con, "articles", "parquet", tmp_path / "e", ExportFilter(until="2024-03-04")).rows == 1


@pytest.mark.parametrize("what, fmt, f, header, message", [
    ("quotes", "gdelt", ExportFilter(), False, "-f gdelt writes events"),
    ("actors", "plover", ExportFilter(), False, "-f plover writes events"),
    ("events", "csv", ExportFilter(), True, "--header is for -f gdelt"),
    ("events", "jsonl", ExportFilter(speaker="Varga"), False, "--speaker cannot filter events"),
    ("actors", "jsonl", ExportFilter(type="AGREE"), False, "--type cannot filter actors"),
    ("tweets", "jsonl", ExportFilter(), False, "unknown table"),
])
def test_combinations_that_make_no_sense_are_errors(con, tmp_path: Path, what, fmt, f, header, message):
    out = tmp_path / "out"
    with pytest.raises(ExportError, match=message):
        export(con, what, fmt, out, f, header=header)
    assert not out.exists()


def test_query_says_when_it_cut_the_list_and_limit_zero_is_all(tmp_path: Path):
    con = _store(tmp_path / "s.duckdb", [_report(n, url=None, day=f"2024-03-{1 + 3 * n:02d}") for n in range(5)])
    cut = q.events(con, q.EventFilter(limit=4))
    assert len(cut.rows) == 4 and cut.truncated
    everything = q.events(con, q.EventFilter(limit=0))
    assert len(everything.rows) == 15 and not everything.truncated
    exact = q.events(con, q.EventFilter(limit=15))
    assert len(exact.rows) == 15 and not exact.truncated
    assert q.actors(con, limit=1).truncated and not q.actors(con, limit=0).truncated


def test_an_older_store_is_upgraded_when_opened_for_reading(tmp_path: Path):
    """A store of schema version 1 (asserted events only in its clusters) opened by `query`/`export`."""
    from dragoman.store.schema import CURRENT_VERSION, MIGRATIONS

    db = tmp_path / "old.duckdb"
    old = duckdb.connect(str(db))
    old.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    old.execute(MIGRATIONS[0][2])
    old.execute("INSERT INTO schema_migrations VALUES (1, 'initial tables', now())")
    write_batch(old, [_report(1, url="https://a.example.org/1")], "run-old")
    old.close()
    con = connect(db, read_only=True)
    assert con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == CURRENT_VERSION
    assert sorted(con.execute("SELECT type, negated FROM event_clusters").fetchall()) == [
        ("CONSULT", False), ("SANCTION", False), ("THREATEN", True)]
