"""The Map and Network twins and the lists' counts, in-process, on a store of invented news (tests.store_fixtures.corpus):
every figure is checked against a direct count of the store."""

from __future__ import annotations

import warnings

import duckdb
import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from dragoman.store import connect  # noqa: E402
from dragoman.store.clusters import refresh  # noqa: E402
from dragoman.store.writer import write_batch  # noqa: E402
from dragoman.web import create_app  # noqa: E402
from dragoman.web.geo import numeric_code  # noqa: E402
from tests.store_fixtures import corpus  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("views") / "views.duckdb"
    con = connect(path)
    write_batch(con, corpus(80), "run-1")
    refresh(con)
    con.close()
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


@pytest.fixture(scope="module")
def store(db):
    con = duckdb.connect(str(db), read_only=True)
    yield lambda sql, *params: con.execute(sql, list(params)).fetchall()
    con.close()


def test_map_has_one_marker_per_located_cluster_and_counts_per_country(client, store):
    data = client.get("/map?format=json").json()
    assert len(data["events"]) == data["located"] == store(
        "SELECT count(*) FROM event_clusters WHERE lat IS NOT NULL")[0][0]
    assert {c["country"]: c["events"] for c in data["countries"]} == dict(store(
        "SELECT place_country, count(*) FROM event_clusters WHERE place_country IS NOT NULL GROUP BY ALL"))
    assert all(c["numeric"] == numeric_code(c["country"]) for c in data["countries"])
    assert numeric_code("GEO") == "268" and numeric_code("XXX") is None
    assert sum(p["articles"] for p in data["places"]) == store(
        "SELECT count(DISTINCT (article_id, name)) FROM places WHERE lat IS NOT NULL")[0][0]
    flagged = [e for e in data["events"] if e["negated"] or e["modality"]]
    assert flagged, "the corpus has negated and hypothetical events"
    japan = client.get("/map?format=json&country=JPN").json()
    assert 0 < len(japan["events"]) < len(data["events"])


def test_network_counts_asserted_negated_and_unasserted_events(client, store):
    data = client.get("/network?format=json").json()
    totals = store("SELECT count(*) FILTER (WHERE NOT negated AND modality IS NULL), count(*) FILTER (WHERE negated), "
                   "count(*) FILTER (WHERE NOT negated AND modality IS NOT NULL) FROM event_clusters")[0]
    assert (sum(e["events"] for e in data["edges"]), sum(e["negated"] for e in data["edges"]),
            sum(e["unasserted"] for e in data["edges"])) == totals
    for e in data["edges"]:
        assert sum(e["by_type"].values()) == e["events"] == sum(e["by_quad_class"].values())
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == len(data["nodes"]) == store("SELECT count(DISTINCT actor_key) FROM events e JOIN actors a "
                                                    "ON a.article_id = e.article_id AND a.actor_id IN (e.source_id, e.target_id)")[0][0]
    degree = {n["id"]: n["degree"] for n in data["nodes"]}
    for node_id, d in degree.items():
        partners = {e["target"] for e in data["edges"] if e["source"] == node_id} | {
            e["source"] for e in data["edges"] if e["target"] == node_id}
        assert d >= len(partners) > 0
    few = client.get("/network?format=json&edges=5").json()
    assert len(few["edges"]) == 5 and [e["events"] for e in few["edges"]] == sorted(
        (e["events"] for e in data["edges"]), reverse=True)[:5]


def test_copies_are_counted_once(client, store):
    events = client.get("/timeline?format=json&limit=1000").json()["events"]
    assert len(events) == store("SELECT count(*) FROM event_clusters")[0][0]
    copies = store("SELECT count(*) FROM articles WHERE article_id LIKE 'copy-%'")[0][0]
    assert copies and sum(e["num_articles"] - e["num_stories"] for e in events) > 0
    articles = client.get("/articles?format=json&limit=1000").json()["articles"]
    assert sum(1 for a in articles if a["copies"]) >= copies


def test_sorted_by_a_count_or_by_a_column_the_articles_agree(client):
    by_events = client.get("/articles?format=json&sort=-events&limit=1000").json()["articles"]
    by_date = client.get("/articles?format=json&limit=1000").json()["articles"]
    assert sorted(map(str, by_events)) == sorted(map(str, by_date))
    assert [a["events"] for a in by_events] == sorted((a["events"] for a in by_events), reverse=True)
