"""The JSON API in-process (fastapi TestClient) against a real DuckDB store of hand-built reports."""

from __future__ import annotations

import hashlib
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")
with warnings.catch_warnings():  # starlette's note that it prefers httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from dragoman.records import Actor, Event, PlaceRef, Quote, Report, Span, Time, Place  # noqa: E402
from dragoman.store import connect  # noqa: E402
from dragoman.store.clusters import refresh  # noqa: E402
from dragoman.store.writer import write_batch  # noqa: E402
from dragoman.web import create_app  # noqa: E402
from tests.store_fixtures import story  # noqa: E402

TEXT = ("BERLIN - German Chancellor Ida Brandt accused the Acme Corporation on Friday of hiding losses. "
        "\u201cThey misled the market,\u201d Brandt said in Berlin.")


def full_report() -> Report:
    """One report with every kind of record, written by hand."""
    quote_start = TEXT.index("They")
    return Report(
        id="full-1", source="https://news.example.org/full", title="Brandt accuses Acme", published="2024-03-08",
        dateline="BERLIN", text=TEXT,
        actors=[Actor(id="A1", name="Ida Brandt", kind="person", country="DEU", sector="GOV", title="Chancellor",
                      mentions=[(TEXT.index("Ida"), TEXT.index("Ida") + 10), (TEXT.rindex("Brandt"), TEXT.rindex("Brandt") + 6)]),
                Actor(id="A2", name="Acme Corporation", kind="organization", country="DEU", sector="BUS",
                      mentions=[(TEXT.index("the Acme"), TEXT.index("the Acme") + 20)])],
        quotes=[Quote(id="Q1", text="They misled the market,", start=quote_start, end=quote_start + 23, kind="direct",
                      speaker="A1", speaker_text="Brandt", cue="said", confidence=0.9)],
        events=[Event(id="E1", type="ACCUSE", cameo="112", source="A1", target="A2", date="2024-03-08",
                      place=PlaceRef(name="Berlin", country="DEU", lat=52.52, lon=13.40),
                      evidence=Span(start=TEXT.index("German"), end=TEXT.index(" on Friday")), confidence=0.8)],
        times=[Time(text="Friday", start=TEXT.index("Friday"), end=TEXT.index("Friday") + 6, type="DATE",
                    value="2024-03-08")],
        places=[Place(text="Berlin", start=TEXT.rindex("Berlin"), end=TEXT.rindex("Berlin") + 6, name="Berlin",
                      country="DEU", lat=52.52, lon=13.40)],
    )


def build_store(path: Path) -> Path:
    con = connect(path)
    write_batch(con, [story(n) for n in range(12)] + [story(n, copy=True) for n in range(4)] + [full_report()], "run-1")
    refresh(con)
    con.close()
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "web.duckdb")


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    with TestClient(create_app(db)) as c:
        yield c


def test_articles_list_and_pages(client):
    rows = client.get("/api/articles").json()
    assert len(rows) == 17
    assert {"article_id", "title", "published", "events", "quotes", "actors"} <= set(rows[0])
    page = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    assert [r["article_id"] for r in page] == [r["article_id"] for r in rows[5:10]]
    assert [r["article_id"] for r in client.get("/api/articles", params={"text": "brandt"}).json()] == ["full-1"]


def test_one_article_is_a_valid_dragoman_report_with_offsets(client, validate):
    report = client.get("/api/articles/full-1").json()
    validate(report)
    text = report["text"]
    assert text == TEXT
    event = report["events"][0]
    assert text[event["evidence"]["start"]:event["evidence"]["end"]] == "German Chancellor Ida Brandt accused the Acme Corporation"
    assert event["place"]["name"] == "Berlin" and event["source"] == "A1" and event["target"] == "A2"
    quote = report["quotes"][0]
    assert text[quote["start"]:quote["end"]] == quote["text"]
    assert [text[s:e] for s, e in report["actors"][0]["mentions"]] == ["Ida Brandt", "Brandt"]
    assert report["times"][0]["value"] == "2024-03-08" and report["places"][0]["country"] == "DEU"


def test_a_missing_article_is_404(client):
    response = client.get("/api/articles/nope")
    assert response.status_code == 404 and "nope" in response.json()["detail"]


def test_event_filters(client):
    all_events = client.get("/api/events", params={"per_article": True, "limit": 1000}).json()
    assert len(all_events) == 17
    by_type = client.get("/api/events", params={"type": "accuse", "per_article": True}).json()
    assert [e["article_id"] for e in by_type] == ["full-1"]
    assert client.get("/api/events", params={"quad_class": 3}).json()[0]["type"] == "ACCUSE"
    assert all("DEU" in (e["source_country"], e["target_country"])
               for e in client.get("/api/events", params={"country": "deu"}).json())
    assert client.get("/api/events", params={"actor": "Ida Brandt"}).json()[0]["source_name"] == "Ida Brandt"
    march = client.get("/api/events", params={"since": "2024-03-01", "until": "2024-03-31", "per_article": True}).json()
    assert march and all("2024-03-01" <= e["date"] <= "2024-03-31" for e in march)
    assert client.get("/api/events", params={"text": "Acme"}).json()[0]["type"] == "ACCUSE"
    # clusters: a syndicated copy counts once
    clusters = client.get("/api/events", params={"limit": 1000}).json()
    assert len(clusters) == 13 and max(c["num_articles"] for c in clusters) == 2


@pytest.mark.parametrize("params", [{"country": "RUSSIA"}, {"quad_class": 5}, {"since": "yesterday"},
                                    {"limit": 5000}, {"offset": -1}, {"type": "DROP TABLE events"}])
def test_bad_filters_are_422(client, params):
    assert client.get("/api/events", params=params).status_code == 422


def test_empty_filters_mean_no_filter(client):
    plain = client.get("/api/events").json()
    assert client.get("/api/events?country=&since=&quad_class=&type=").json() == plain


def test_quotes_speakers_actors_dyads(client):
    quotes = client.get("/api/quotes", params={"speaker": "brandt"}).json()
    assert [q["text"] for q in quotes] == ["They misled the market,"]
    mentions = client.get("/api/quotes", params={"text": "agreed", "per_article": True}).json()
    assert len(mentions) == 16 and {"article_id", "quote_id"} <= set(mentions[0])
    speakers = client.get("/api/speakers").json()
    assert speakers[0]["quotes"] >= 1 and "speaker_name" in speakers[0]
    actors = client.get("/api/actors", params={"name": "Brandt"}).json()
    assert actors[0]["name"] == "Ida Brandt" and actors[0]["articles"] == 1 and actors[0]["mentions"] == 2
    dyads = client.get("/api/dyads").json()
    assert dyads[0]["events"] >= 1 and {"cooperative", "conflictual"} <= set(dyads[0])


def test_timeline_counts_every_dated_cluster(client):
    timeline = client.get("/api/timeline").json()
    clusters = client.get("/api/events", params={"limit": 1000}).json()
    assert sum(row["events"] for row in timeline) == len(clusters)
    assert client.get("/api/timeline", params={"type": "ACCUSE"}).json() == [
        {"day": "2024-03-08", "type": "ACCUSE", "events": 1}]


def test_network_edges_carry_weight_and_quad_class(client):
    network = client.get("/api/network").json()
    ids = {n["id"] for n in network["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in network["edges"])
    brandt = next(n["id"] for n in network["nodes"] if n["name"] == "Ida Brandt")  # the actor's stable key
    accuse = next(e for e in network["edges"] if e["source"] == brandt)
    assert accuse["quad_class"] == 3 and accuse["events"] == 1 and accuse["by_quad_class"] == {"3": 1}
    assert {e["quad_class"] for e in network["edges"]} == {1, 3}


def test_no_raw_sql_over_http(client, db):
    names = {p["name"] for path in client.get("/openapi.json").json()["paths"].values()
             for op in path.values() for p in op.get("parameters", [])}
    assert not names & {"sql", "query", "q", "statement"}
    before = client.get("/api/events").json()
    assert client.get("/api/events", params={"sql": "DROP TABLE events"}).json() == before
    assert client.get("/api/events", params={"actor": "x' OR 1=1 --"}).json() == []
    assert client.get("/api/articles/full-1' OR '1'='1").status_code == 404


def test_the_store_is_opened_read_only_and_left_unchanged(db):
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    app = create_app(db)
    with pytest.raises(duckdb.Error):
        app.state.con.execute("CREATE TABLE intruder (x INTEGER)")
    with TestClient(app) as c:
        for path in ("/api/events", "/api/articles", "/api/timeline", "/timeline?format=json"):
            assert c.get(path).status_code == 200
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_concurrent_requests_each_get_their_own_cursor(client):
    paths = ["/api/events", "/api/timeline", "/api/network", "/api/articles/full-1", "/api/quotes"] * 12
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda p: client.get(p).status_code, paths))
    assert statuses == [200] * len(paths)


def test_missing_store_is_a_clear_error(tmp_path):
    from dragoman.store.errors import StoreError

    with pytest.raises(StoreError, match="no store"):
        create_app(tmp_path / "absent.duckdb")
