"""The dashboard's long lists (events, quotes, actors, articles): the shared filters, sorting and paging.

Each list counts what happened once per story cluster: an event or quote syndicated in several articles is
one row with ``articles`` (every copy) and ``stories`` (distinct stories, copies merged), so copies are shown,
never counted twice. Sorting is by a column named in ``SORTS`` (``-name`` for descending); every statement is
fixed text with bound parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from dragoman.store.query import EventFilter, contains, event_where, where
from dragoman.store.stats import ACTOR_FIGURES
from dragoman.web.deps import FILTER_KEYS, plain, records

# Which shared filters each list applies; the page hides the others.
APPLIES = {
    "events": ("actor", "country", "type", "quad_class", "since", "until", "text"),
    "quotes": ("actor", "country", "since", "until", "text"),
    "actors": ("actor", "country", "since", "until"),
    "articles": ("actor", "country", "type", "quad_class", "since", "until", "text"),
}

# Sortable columns of each list (name -> SQL expression) and the default order.
SORTS: dict[str, dict[str, str]] = {
    "events": {"date": "first_date", "type": "type", "source": "source_name", "target": "target_name",
               "articles": "num_articles", "stories": "num_stories"},
    "quotes": {"date": "first_date", "speaker": "speaker_name", "articles": "num_articles", "stories": "stories"},
    "actors": {"name": "name", "country": "country", "articles": "articles", "stories": "stories",
               "mentions": "mentions"},
    "articles": {"published": "published", "title": "title", "events": "events", "quotes": "quotes",
                 "actors": "actors", "copies": "copies"},
}
DEFAULT_SORT = {"events": "-date", "quotes": "-stories", "actors": "-stories", "articles": "-published"}
TIEBREAK = {"events": "cluster_id", "quotes": "cluster_id", "actors": "actor_key", "articles": "article_id"}


@dataclass(frozen=True)
class Page:
    view: str
    rows: list[dict[str, Any]]
    total: int
    sort: str

    def json(self, key: str, f: EventFilter) -> dict[str, Any]:
        """The rows under ``key``, the paging, and the given filters this list cannot apply (``not_applied``)."""
        ignored = [k for k in FILTER_KEYS if getattr(f, k) not in (None, "") and k not in APPLIES[self.view]]
        return {key: self.rows, "total": self.total, "limit": f.limit, "offset": f.offset, "sort": self.sort,
                "not_applied": ignored}


def order_by(view: str, sort: str | None) -> tuple[str, str]:
    """(ORDER BY clause, the sort used): an unknown column falls back to the view's default."""
    wanted = sort or DEFAULT_SORT[view]
    name = wanted.lstrip("-")
    if name not in SORTS[view]:
        wanted = DEFAULT_SORT[view]
        name = wanted.lstrip("-")
    direction = "DESC" if wanted.startswith("-") else "ASC"
    return f" ORDER BY {SORTS[view][name]} {direction} NULLS LAST, {TIEBREAK[view]}", wanted


def _rows(cur: duckdb.DuckDBPyConnection, sql: str, params: list, count_sql: str, *,
          filtered: bool) -> tuple[list[dict[str, Any]], int]:
    """The rows of ``sql`` (a page: its last two parameters are LIMIT and OFFSET) and how many rows all pages hold.

    Filtered, ``sql`` selects ``count(*) OVER () AS _total`` (one pass finds the rows and counts them);
    unfiltered, a bare count is cheaper than that pass. A page past the end asks ``count_sql``."""
    if not filtered:
        sql = sql.replace(", count(*) OVER () AS _total", "")
    result = cur.execute(sql, params)
    columns = [d[0] for d in result.description]
    rows = records(columns, result.fetchall())
    if not rows or not filtered:
        return rows, cur.execute(count_sql, params[:-2]).fetchone()[0]
    total = rows[0]["_total"]
    for row in rows:
        del row["_total"]
    return rows, total


def _page(cur: duckdb.DuckDBPyConnection, view: str, body: str, params: list, f: EventFilter,
          sort: str | None) -> Page:
    """``body`` is a SELECT whose rows are the list; counted, sorted and cut to one page."""
    order, used = order_by(view, sort)
    rows, total = _rows(cur, f"SELECT *, count(*) OVER () AS _total FROM ({body}){order} LIMIT ? OFFSET ?",
                        params + [f.limit, f.offset], f"SELECT count(*) FROM ({body})", filtered=bool(params))
    return Page(view, rows, total, used)


def events(cur: duckdb.DuckDBPyConnection, f: EventFilter, sort: str | None = None) -> Page:
    """Event clusters with their flags, copies and first report (where the evidence link goes)."""
    clause, params = event_where(f, date_column="first_date")
    body = ("SELECT cluster_id, type, mode, cameo, quad_class, source_key, source_name, source_country, target_key, "
            "target_name, target_country, first_date, last_date, place_name, place_country, lat, lon, negated, "
            "modality, num_mentions, num_articles, num_stories, num_sources, first_article, first_event, "
            f"evidence_text FROM event_clusters{clause}")
    return _page(cur, "events", body, params, f, sort)


def quotes(cur: duckdb.DuckDBPyConnection, f: EventFilter, sort: str | None = None) -> Page:
    """Quote clusters (one quote however many copies carry it): the speaker's name (``actor``) or country, the
    quote's text, the first day it was published; read from ``quote_stats`` (the clusters with their stories and
    first report)."""
    clause, params = where(("speaker_name ILIKE ?", contains(f.actor)), ("text ILIKE ?", contains(f.text)),
                           ("speaker_key IN (SELECT actor_key FROM actors WHERE country = ?)",
                            f.country.upper() if f.country else None),
                           ("first_date >= CAST(? AS DATE)", f.since), ("first_date <= CAST(? AS DATE)", f.until))
    body = ("SELECT cluster_id, speaker_key, speaker_name, text, kind, num_mentions, num_articles, num_sources, "
            f"first_date, first_article, stories, first_quote, title, speaker_text, cue FROM quote_stats{clause}")
    return _page(cur, "quotes", body, params, f, sort)


def speakers(cur: duckdb.DuckDBPyConnection, f: EventFilter, limit: int = 50) -> list[dict[str, Any]]:
    """Who is quoted most, in distinct quotes (copies counted once), under the quotes' filters."""
    clause, params = where(("speaker_name IS NOT NULL", True), ("text ILIKE ?", contains(f.text)),
                           ("speaker_key IN (SELECT actor_key FROM actors WHERE country = ?)",
                            f.country.upper() if f.country else None),
                           ("first_date >= CAST(? AS DATE)", f.since), ("first_date <= CAST(? AS DATE)", f.until))
    result = cur.execute("SELECT speaker_name, count(*) AS quotes, sum(num_articles) AS articles "
                         f"FROM quote_clusters{clause} GROUP BY speaker_name ORDER BY quotes DESC, speaker_name "
                         "LIMIT ?", params + [limit])
    return [{"speaker_name": n, "quotes": q, "articles": plain(a)} for n, q, a in result.fetchall()]


_ACTOR_ROWS = f"SELECT {ACTOR_FIGURES} FROM actor_rows x"


def actors(cur: duckdb.DuckDBPyConnection, f: EventFilter, sort: str | None = None) -> Page:
    """Actors by stable id: name contains ``actor``, of ``country``, in articles published in the date range.

    The filters select an actor's rows (an actor named two ways counts the rows of the name asked for). Without
    a date range, an actor whose rows share one name and one country is kept or left whole, so its figures are
    read from ``actor_stats``; the others' rows are counted here."""
    name, country = contains(f.actor), f.country.upper() if f.country else None
    rows_clause, params = where(("x.name ILIKE ?", name), ("x.country = ?", country),
                                ("x.published >= CAST(? AS DATE)", f.since), ("x.published <= CAST(? AS DATE)", f.until))
    if f.since or f.until:
        return _page(cur, "actors", f"{_ACTOR_ROWS}{rows_clause} GROUP BY x.actor_key", params, f, sort)
    whole, whole_params = where(("one_name AND name ILIKE ?", name), ("one_country AND country = ?", country))
    body = f"SELECT actor_key, name, kind, country, sector, articles, stories, mentions FROM actor_stats{whole}"
    if whole:
        split = " OR ".join(c for c, on in (("NOT one_name", name), ("NOT one_country", country)) if on)
        body += (f" UNION ALL {_ACTOR_ROWS}{rows_clause} AND x.actor_key IN "
                 f"(SELECT actor_key FROM actor_stats WHERE {split}) GROUP BY x.actor_key")
    return _page(cur, "actors", body, whole_params + params if whole else [], f, sort)


def article_where(f: EventFilter, *, stats: bool = False) -> tuple[str, list]:
    """The WHERE clause (over ``articles a``, or ``article_stats a`` with ``stats``) of the articles ``f``
    selects: published in the range, title, source or text containing ``text``, naming an actor (``actor``,
    ``country``), reporting an event of ``type`` or ``quad_class``."""
    country = f.country.upper() if f.country else None
    kind = f.type.upper() if f.type else None
    if stats:  # the article's countries and event types are lists of its article_stats row
        text = "a.article_id IN (SELECT article_id FROM articles WHERE title ILIKE ? OR source ILIKE ? OR text ILIKE ?)"
        return where((text, contains(f.text)),
                     ("a.published >= CAST(? AS DATE)", f.since), ("a.published <= CAST(? AS DATE)", f.until),
                     ("a.article_id IN (SELECT article_id FROM actors WHERE name ILIKE ?)", contains(f.actor)),
                     ("list_contains(a.countries, ?)", country),
                     ("list_contains(a.types, ?)", kind if not f.quad_class else None),
                     ("list_contains(a.quad_classes, ?)", (f.quad_class or None) if not kind else None),
                     ("list_contains(a.type_quad_classes, ?)", f"{kind}|{f.quad_class}" if kind and f.quad_class else None))
    event_clause, event_params = event_where(EventFilter(type=f.type, quad_class=f.quad_class), date_column="date")
    clause, params = where(
        ("(a.title ILIKE ? OR a.source ILIKE ? OR a.text ILIKE ?)", contains(f.text)),
        ("a.published >= CAST(? AS DATE)", f.since), ("a.published <= CAST(? AS DATE)", f.until),
        ("a.article_id IN (SELECT article_id FROM actors WHERE name ILIKE ?)", contains(f.actor)),
        ("a.article_id IN (SELECT article_id FROM actors WHERE country = ?)", country))
    if event_clause:
        clause += (" AND " if clause else " WHERE ") + f"a.article_id IN (SELECT article_id FROM events{event_clause})"
        params += event_params
    return clause, params


def articles(cur: duckdb.DuckDBPyConnection, f: EventFilter, sort: str | None = None) -> Page:
    """The articles ``f`` selects (``article_where``); ``copies``: other articles of its story.

    The counts are read from ``article_stats``, which is filtered, sorted and cut to the page before the page's
    articles are read."""
    clause, params = article_where(f, stats=True)
    order, used = order_by("articles", sort)
    total = ", count(*) OVER () AS _total" if clause else ""
    sql = ("SELECT * FROM (SELECT a.article_id, a.title, a.published, a.source, a.source_domain, a.dateline, "
           f"a.n_chars, p.story_id, p.copies, p.actors, p.quotes, p.events{', p._total' if clause else ''} "
           "FROM (SELECT a.article_id, a.story_id, a.published, a.title, a.copies, a.actors, a.quotes, a.events"
           f"{total} FROM article_stats a{clause}{order} LIMIT ? OFFSET ?) p "
           f"JOIN articles a USING (article_id)){order}")
    rows, total_rows = _rows(cur, sql, params + [f.limit, f.offset], f"SELECT count(*) FROM article_stats a{clause}",
                             filtered=bool(clause))
    return Page("articles", rows, total_rows, used)
