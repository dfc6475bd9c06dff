"""The lists read their counts from the statistics computed at load (store/stats.py): on a store of invented
news, with actors named two ways and of two countries, every filter, sort and page gives the same rows and
totals as the per-request queries the lists, the map and the network ran before (kept here as the reference)."""

from __future__ import annotations

import itertools

import duckdb
import pytest

from dragoman.records import Actor, Event, Quote, Report, Span
from dragoman.store import connect
from dragoman.store.clusters import refresh
from dragoman.store.query import ASSERTED, EventFilter, contains, event_where, where
from dragoman.store.writer import write_batch
from dragoman.web import geo, graph, lists
from dragoman.web.deps import plain
from tests.store_fixtures import corpus


def _renamed(n: int) -> Report:
    """An actor with a knowledge-base id, named two ways across articles, once without a country."""
    name, country = ("Vera Zell", "SWE") if n % 3 else ("V. Zell", "SWE" if n % 2 else None)
    text = f"{name} met Omar Haddad in Beirut on Monday. “Talks went well,” {name} said. Story {n}."
    start = text.index("Talks")
    return Report(
        id=f"renamed-{n:02d}", source=f"https://daily.example.org/renamed/{n}", text=text,
        published=f"2024-0{1 + n % 6}-1{n % 10}",
        actors=[Actor(id="A1", name=name, kind="person", country=country, sector="GOV", stable_id="Q100",
                      mentions=[(0, len(name))]),
                Actor(id="A2", name="Omar Haddad", kind="person", country="LBN" if n % 4 else "SYR", sector="GOV",
                      stable_id="Q200", mentions=[(len(name) + 5, len(name) + 16)])],
        quotes=[Quote(id="Q1", text="Talks went well", start=start, end=start + 15, kind="direct", speaker="A1")],
        events=[Event(id="E1", type="CONSULT", cameo="040", source="A1", target="A2", date=f"2024-0{1 + n % 6}-1{n % 10}",
                      evidence=Span(start=0, end=len(name) + 16))])


@pytest.fixture(scope="module")
def cur(tmp_path_factory):
    path = tmp_path_factory.mktemp("stats") / "stats.duckdb"
    con = connect(path)
    write_batch(con, corpus(80) + [_renamed(n) for n in range(12)], "run-1")
    refresh(con)
    con.close()
    con = duckdb.connect(str(path), read_only=True)
    yield con.cursor()
    con.close()


# --- the per-request queries of the lists before the statistics (the reference); one change: a tie for the most
# frequent name, kind, country, sector, speaker text or cue, which was arbitrary, goes to the first in article order.

def quotes_before(cur, f, sort):
    clause, params = where(("speaker_name ILIKE ?", contains(f.actor)), ("text ILIKE ?", contains(f.text)),
                           ("speaker_key IN (SELECT actor_key FROM actors WHERE country = ?)", f.country),
                           ("first_date >= CAST(? AS DATE)", f.since), ("first_date <= CAST(? AS DATE)", f.until))
    body = ("SELECT c.*, m.stories, m.first_quote, m.title, m.speaker_text, m.cue FROM (SELECT cluster_id, speaker_key, "
            "speaker_name, text, kind, num_mentions, num_articles, num_sources, first_date, first_article "
            f"FROM quote_clusters{clause}) c JOIN (SELECT q.quote_key, "
            "count(DISTINCT coalesce(sm.story_id, q.article_id)) AS stories, "
            "arg_min(q.quote_id, q.article_id || '|' || q.quote_id) FILTER (WHERE q.article_id = c0.first_article) "
            "AS first_quote, any_value(a.title) FILTER (WHERE q.article_id = c0.first_article) AS title, "
            "mode(q.speaker_text ORDER BY q.article_id, q.quote_id) AS speaker_text, "
            "mode(q.cue ORDER BY q.article_id, q.quote_id) AS cue "
            "FROM quotes q JOIN quote_clusters c0 ON c0.cluster_id = q.quote_key JOIN articles a USING (article_id) "
            "LEFT JOIN story_members sm USING (article_id) GROUP BY q.quote_key) m ON m.quote_key = c.cluster_id")
    return lists._page(cur, "quotes", body, params, f, sort)


def actors_before(cur, f, sort):
    clause, params = where(("x.name ILIKE ?", contains(f.actor)), ("x.country = ?", f.country),
                           ("a.published >= CAST(? AS DATE)", f.since), ("a.published <= CAST(? AS DATE)", f.until))
    first = "ORDER BY x.article_id, x.actor_id"
    body = (f"SELECT x.actor_key, mode(x.name {first}) AS name, mode(x.kind {first}) AS kind, "
            f"mode(x.country {first}) AS country, mode(x.sector {first}) AS sector, count(DISTINCT x.article_id) AS articles, "
            "count(DISTINCT coalesce(sm.story_id, x.article_id)) AS stories, sum(x.n_mentions) AS mentions "
            "FROM actors x JOIN articles a USING (article_id) LEFT JOIN story_members sm USING (article_id)"
            f"{clause} GROUP BY x.actor_key")
    return lists._page(cur, "actors", body, params, f, sort)


def articles_before(cur, f, sort):
    clause, params = lists.article_where(f)
    order, used = lists.order_by("articles", sort)
    columns = ("a.article_id, a.title, a.published, a.source, a.source_domain, a.dateline, a.n_chars, "
               "coalesce(sm.story_id, a.article_id) AS story_id")
    base = (f"SELECT {columns}, count(*) OVER () AS _total FROM articles a "
            f"LEFT JOIN story_members sm USING (article_id){clause}")
    sql = (f"SELECT * FROM (SELECT p.*, coalesce(st.n, 1) - 1 AS copies, coalesce(na.n, 0) AS actors, "
           "coalesce(nq.n, 0) AS quotes, coalesce(ne.n, 0) AS events "
           f"FROM ({base}) p "
           "LEFT JOIN (SELECT story_id, count(*) AS n FROM story_members GROUP BY story_id) st USING (story_id) "
           "LEFT JOIN (SELECT article_id, count(*) AS n FROM actors GROUP BY article_id) na USING (article_id) "
           "LEFT JOIN (SELECT article_id, count(*) AS n FROM quotes GROUP BY article_id) nq USING (article_id) "
           "LEFT JOIN (SELECT article_id, count(*) AS n FROM events GROUP BY article_id) ne USING (article_id))"
           f"{order} LIMIT ? OFFSET ?")
    rows, total = lists._rows(cur, sql, params + [f.limit, f.offset], f"SELECT count(*) FROM articles a{clause}",
                              filtered=bool(clause))
    return lists.Page("articles", rows, total, used)


def places_before(cur, f, limit):
    clause, params = lists.article_where(f)
    selected = f" AND p.article_id IN (SELECT a.article_id FROM articles a{clause})" if clause else ""
    result = cur.execute(
        "SELECT p.name, p.country, round(p.lat, 3) AS lat, round(p.lon, 3) AS lon, count(DISTINCT p.article_id) "
        f"AS articles FROM places p WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL{selected} "
        "GROUP BY ALL ORDER BY articles DESC, p.name, p.country, lat, lon LIMIT ?", params + [limit])
    return [dict(zip([d[0] for d in result.description], row)) for row in result.fetchall()]


def located_before(cur, f):
    clause, params = event_where(f, date_column="first_date")
    located = (" AND " if clause else " WHERE ") + "lat IS NOT NULL AND lon IS NOT NULL"
    return cur.execute(f"SELECT count(*) FROM event_clusters{clause}{located}", params).fetchone()[0]


_KEY = "coalesce({side}_key, {side}_name || '|' || coalesce({side}_country, ''))"
_PAIRS = """
SELECT {source} AS source, min(source_name) AS source_name, min(source_country) AS source_country,
       {target} AS target, min(target_name) AS target_name, min(target_country) AS target_country,
       count(*) FILTER (WHERE {asserted}) AS events,
       count(*) FILTER (WHERE negated) AS n_negated,
       count(*) FILTER (WHERE NOT negated AND modality IS NOT NULL) AS n_unasserted,
       count(*) FILTER (WHERE {asserted} AND quad_class = 1) AS q1, count(*) FILTER (WHERE {asserted} AND quad_class = 2) AS q2,
       count(*) FILTER (WHERE {asserted} AND quad_class = 3) AS q3, count(*) FILTER (WHERE {asserted} AND quad_class = 4) AS q4
FROM event_clusters{where} GROUP BY ALL
ORDER BY events DESC, n_negated + n_unasserted DESC, source, target LIMIT ?
"""
_TYPES = """
SELECT k.s, k.t, type, count(*) AS n
FROM event_clusters JOIN (SELECT unnest(?::VARCHAR[]) AS s, unnest(?::VARCHAR[]) AS t) k
  ON k.s = {source} AND k.t = {target}{where}
GROUP BY ALL ORDER BY n DESC, type
"""


def network_before(cur, f, edges):
    """The pairs and their events per type, as web/graph.py asked for them before."""
    clause, params = event_where(f, date_column="first_date")
    clause += (" AND " if clause else " WHERE ") + "source_name IS NOT NULL AND target_name IS NOT NULL"
    keys = {"source": _KEY.format(side="source"), "target": _KEY.format(side="target")}
    pairs = cur.execute(_PAIRS.format(**keys, asserted=ASSERTED, where=clause), params + [edges]).fetchall()
    asserted, asserted_params = event_where(f, date_column="first_date", asserted=True)
    ends = [[p[0] for p in pairs], [p[3] for p in pairs]]
    types = cur.execute(_TYPES.format(**keys, where=asserted), ends + asserted_params).fetchall() if pairs else []
    return pairs, types


FILTERS = [EventFilter(), EventFilter(country="SWE"), EventFilter(country="LBN"), EventFilter(country="SYR"),
           EventFilter(actor="Zell"), EventFilter(actor="V. Zell"), EventFilter(actor="Vera"),
           EventFilter(actor="Zell", country="SWE"), EventFilter(actor="a", country="RUS"),
           EventFilter(since="2024-02-01", until="2024-04-30"), EventFilter(country="SWE", since="2024-03-01"),
           EventFilter(type="CONSULT"), EventFilter(quad_class=4, until="2024-05-01"), EventFilter(text="plan"),
           EventFilter(text="renamed"), EventFilter(country="XXX"), EventFilter(quad_class=1),
           EventFilter(type="CONSULT", quad_class=1), EventFilter(type="CONSULT", quad_class=4),
           EventFilter(type="ASSAULT", country="RUS"), EventFilter(actor="Zell", type="CONSULT")]
PAGES = [(100, 0), (7, 5), (10, 1000)]


@pytest.mark.parametrize("view", ["quotes", "actors", "articles"])
def test_every_filter_sort_and_page_gives_the_rows_it_gave_before(cur, view):
    now, before = getattr(lists, view), globals()[f"{view}_before"]
    sorts = [None, *(f"{d}{c}" for c, d in itertools.product(lists.SORTS[view], ("", "-")))]
    checked = 0
    for f, sort, (limit, offset) in itertools.product(FILTERS, sorts, PAGES):
        f = EventFilter(**{**f.__dict__, "limit": limit, "offset": offset})
        got, expected = now(cur, f, sort), before(cur, f, sort)
        assert (got.rows, got.total, got.sort) == (expected.rows, expected.total, expected.sort), (f, sort)
        checked += bool(got.rows)
    assert checked > 100


def test_actors_named_two_ways_are_counted_from_their_rows(cur):
    whole = lists.actors(cur, EventFilter(actor="Zell")).rows
    short = lists.actors(cur, EventFilter(actor="V. Zell")).rows
    assert [r["actor_key"] for r in whole] == [r["actor_key"] for r in short] == ["Q100"]
    assert 0 < short[0]["articles"] < whole[0]["articles"] == 12
    assert short[0]["name"] == "V. Zell" and whole[0]["name"] == "Vera Zell"
    sweden = lists.actors(cur, EventFilter(country="SWE", actor="Zell")).rows
    assert 0 < sweden[0]["articles"] < whole[0]["articles"]
    stats = cur.execute("SELECT one_name, one_country FROM actor_stats WHERE actor_key = 'Q100'").fetchall()
    assert stats == [(False, False)]


@pytest.mark.parametrize("markers", [3, 2000])
def test_the_map_places_and_totals_are_those_of_before(cur, markers):
    for f in FILTERS:
        got = geo.map_data(cur, f, markers=markers)
        assert got["places"] == places_before(cur, f, markers), f
        assert got["located"] == located_before(cur, f), f
        assert got["truncated"] == (got["located"] > len(got["events"])), f
    assert geo.map_data(cur, EventFilter(), markers=markers)["places"]


@pytest.mark.parametrize("edges", [1, 5, 1000])
def test_the_network_is_that_of_before(cur, edges):
    for f in [EventFilter(), *FILTERS[1:]]:
        pairs, types = network_before(cur, f, edges)
        got = graph.network(cur, f, edges=edges)
        assert [(e["source"], e["target"], e["events"], e["negated"], e["unasserted"]) for e in got["edges"]] == [
            (p[0], p[3], p[6], p[7], p[8]) for p in pairs], f
        by_type = {}
        for source, target, kind, n in types:
            by_type.setdefault((source, target), {})[kind] = n
        assert [e["by_type"] for e in got["edges"]] == [by_type.get((p[0], p[3]), {}) for p in pairs], f
        assert [list(e["by_type"]) for e in got["edges"]] == [list(by_type.get((p[0], p[3]), {})) for p in pairs]
        names = {p[0]: (p[1], p[2]) for p in pairs} | {p[3]: (p[4], p[5]) for p in pairs}
        assert {n["id"]: (n["name"], n["country"]) for n in got["nodes"]}.keys() == names.keys(), f
    assert graph.network(cur, EventFilter(), edges=edges)["edges"]


def test_the_api_article_list_counts_are_those_of_before(cur):
    from dragoman.web import queries

    for text, since, until, limit, offset in [(None, None, None, 100, 0), ("wire", None, None, 10, 3),
                                              (None, "2024-02-01", "2024-03-31", 5, 2), ("renamed", None, None, 100, 0)]:
        where_sql, params = where(("(title ILIKE ? OR source ILIKE ?)", contains(text)),
                                  ("published >= CAST(? AS DATE)", since), ("published <= CAST(? AS DATE)", until))
        result = cur.execute(f"""
            SELECT a.article_id, a.title, a.published, a.source, a.source_domain, a.dateline, a.n_chars,
                   (SELECT count(*) FROM actors x WHERE x.article_id = a.article_id) AS actors,
                   (SELECT count(*) FROM quotes x WHERE x.article_id = a.article_id) AS quotes,
                   (SELECT count(*) FROM events x WHERE x.article_id = a.article_id) AS events
            FROM (SELECT * FROM articles{where_sql} ORDER BY published DESC NULLS LAST, article_id LIMIT ? OFFSET ?) a
            ORDER BY a.published DESC NULLS LAST, a.article_id""", params + [limit, offset])
        columns = [d[0] for d in result.description]
        expected = [{c: plain(v) for c, v in zip(columns, row)} for row in result.fetchall()]
        assert queries.articles(cur, text=text, since=since, until=until, limit=limit, offset=offset) == expected
        assert expected
