"""The Map page's data: located event clusters (one marker each), event counts per country, and the located
places the selected articles name (all articles': read from ``place_stats``, computed at load).

Countries are keyed by ISO alpha-3 (the store's codes) and carry their ISO numeric code, the key of the
shipped Natural Earth geometry (``static/vendor/world.json``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import duckdb

from dragoman.store.query import EventFilter, event_where
from dragoman.store.stats import PLACE_FIGURES
from dragoman.web.deps import records
from dragoman.web.lists import article_where

MAX_MARKERS = 2000


@lru_cache(maxsize=512)
def numeric_code(iso3: str) -> str | None:
    """ISO 3166-1 numeric code of an alpha-3 code, as the map's geometry spells it ("004")."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return country.numeric if country else None


def map_data(cur: duckdb.DuckDBPyConnection, f: EventFilter, *, markers: int = MAX_MARKERS) -> dict[str, Any]:
    """Located events (newest first, at most ``markers``), and per country the events placed in it."""
    clause, params = event_where(f, date_column="first_date")
    located = (" AND " if clause else " WHERE ") + "lat IS NOT NULL AND lon IS NOT NULL"
    result = cur.execute(
        "SELECT cluster_id, type, quad_class, source_name, target_name, first_date, place_name, place_country, "
        "round(lat, 3) AS lat, round(lon, 3) AS lon, negated, modality, num_articles, num_stories, first_article, "
        f"first_event FROM event_clusters{clause}{located} ORDER BY first_date DESC NULLS LAST, cluster_id LIMIT ?",
        params + [markers])
    columns = [d[0] for d in result.description]
    events = records(columns, result.fetchall())
    total = len(events) if len(events) < markers else cur.execute(
        f"SELECT count(*) FROM event_clusters{clause}{located}", params).fetchone()[0]
    by_country = cur.execute(
        "SELECT place_country, count(*) AS events, count(*) FILTER (WHERE lat IS NOT NULL) AS located "
        f"FROM event_clusters{clause}{(' AND ' if clause else ' WHERE ') + 'place_country IS NOT NULL'} "
        "GROUP BY place_country ORDER BY events DESC, place_country", params).fetchall()
    countries = [{"country": c, "numeric": numeric_code(c), "events": n, "located": m} for c, n, m in by_country]
    return {"events": events, "located": total, "truncated": total > len(events),
            "countries": countries, "places": places(cur, f, limit=markers)}


def places(cur: duckdb.DuckDBPyConnection, f: EventFilter, *, limit: int = MAX_MARKERS) -> list[dict[str, Any]]:
    """Located places named by the articles ``f`` selects (as the Articles page), with how many name each
    (every article's: ``place_stats``)."""
    clause, params = article_where(f, stats=True)
    order = " ORDER BY articles DESC, name, country, lat, lon LIMIT ?"
    if clause:
        sql = PLACE_FIGURES.format(selected=f" AND p.article_id IN (SELECT a.article_id FROM article_stats a{clause})")
        result = cur.execute(f"SELECT * FROM ({sql}){order}", params + [limit])
    else:
        result = cur.execute(f"SELECT name, country, lat, lon, articles FROM place_stats{order}", [limit])
    columns = [d[0] for d in result.description]
    return records(columns, result.fetchall())
