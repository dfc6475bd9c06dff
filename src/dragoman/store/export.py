"""`dragoman export`: the store's records as JSONL, CSV, Parquet, PLOVER JSON or a GDELT-shaped TSV.

JSONL, CSV and Parquet carry the same columns under the same names; PLOVER and GDELT reshape events.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

TABLE_QUERIES = {
    "events": """SELECT c.cluster_id AS event_id, c.type, c.cameo, c.quad_class, c.goldstein, c.source_name,
        c.source_country, c.target_name, c.target_country, c.first_date, c.last_date, c.place_name, c.place_country,
        c.lat, c.lon, c.num_mentions, c.num_articles, c.num_sources, c.num_stories, c.source_url, c.evidence_text
        FROM event_clusters c ORDER BY c.first_date NULLS LAST, c.cluster_id""",
    "article_events": """SELECT article_id, event_id, type, mode, cameo, quad_class, goldstein, source_name,
        source_country, source_sector, target_name, target_country, target_sector, date, date_value, place_name,
        place_country, lat, lon, negated, modality, evidence_start, evidence_end, evidence_text, quote_id, confidence, rule
        FROM events ORDER BY article_id, event_id""",
    "quotes": """SELECT article_id, quote_id, quote_key, speaker_name, speaker_text, cue, addressee_name, kind, text,
        start_char, end_char, confidence FROM quotes ORDER BY article_id, quote_id""",
    "actors": """SELECT actor_key, mode(name) AS name, any_value(kind) AS kind, any_value(country) AS country,
        mode(sector) AS sector, count(DISTINCT article_id) AS articles, sum(n_mentions) AS mentions
        FROM actors GROUP BY actor_key ORDER BY actor_key""",
    "articles": """SELECT a.article_id, a.source, a.url, a.title, a.published, a.dateline, s.story_id, a.n_chars
        FROM articles a LEFT JOIN story_members s USING (article_id) ORDER BY a.article_id""",
}

PLOVER_QUERY = """SELECT cluster_id AS id, strftime(first_date, '%Y-%m-%d') AS story_date, type AS event,
    CAST(NULL AS VARCHAR) AS mode, CAST([] AS VARCHAR[]) AS context,
    CASE WHEN source_name IS NULL THEN [] ELSE [{'name': source_name, 'country': source_country}] END AS actor,
    CASE WHEN target_name IS NULL THEN [] ELSE [{'name': target_name, 'country': target_country}] END AS recipient,
    evidence_text AS event_text, cameo, num_articles, num_sources, source_url
    FROM event_clusters ORDER BY first_date NULLS LAST, cluster_id"""

# GDELT 2.0 event-table column names for the fields Dragoman has. Country codes are ISO alpha-3;
# ActionGeo_CountryCode too (GDELT uses FIPS 10-4 there). Actor codes are country + sector ("RUSGOV").
GDELT_QUERY = """SELECT
    row_number() OVER (ORDER BY first_date NULLS LAST, cluster_id) AS GLOBALEVENTID,
    strftime(first_date, '%Y%m%d') AS SQLDATE, strftime(first_date, '%Y%m') AS MonthYear,
    year(first_date) AS Year,
    round(year(first_date) + (dayofyear(first_date) - 1) / 365.0, 4) AS FractionDate,
    coalesce(source_country, '') || coalesce(src.sector, '') AS Actor1Code, upper(source_name) AS Actor1Name,
    source_country AS Actor1CountryCode, src.sector AS Actor1Type1Code,
    coalesce(target_country, '') || coalesce(tgt.sector, '') AS Actor2Code, upper(target_name) AS Actor2Name,
    target_country AS Actor2CountryCode, tgt.sector AS Actor2Type1Code,
    1 AS IsRootEvent, coalesce(cameo, '') AS EventCode, left(coalesce(cameo, ''), 3) AS EventBaseCode,
    left(coalesce(cameo, ''), 2) AS EventRootCode, quad_class AS QuadClass, goldstein AS GoldsteinScale,
    num_mentions AS NumMentions, num_sources AS NumSources, num_articles AS NumArticles,
    place_name AS ActionGeo_FullName, place_country AS ActionGeo_CountryCode, lat AS ActionGeo_Lat,
    lon AS ActionGeo_Long, source_url AS SOURCEURL, cluster_id AS DragomanEventID
    FROM event_clusters
    LEFT JOIN (SELECT actor_key, mode(sector) AS sector FROM actors GROUP BY actor_key) src ON src.actor_key = source_key
    LEFT JOIN (SELECT actor_key, mode(sector) AS sector FROM actors GROUP BY actor_key) tgt ON tgt.actor_key = target_key
    ORDER BY GLOBALEVENTID"""

FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt")


def export(con: duckdb.DuckDBPyConnection, what: str, fmt: str, out: str | Path) -> int:
    """Write ``what`` (events, article_events, quotes, actors, articles) in ``fmt`` to ``out``; returns rows."""
    if fmt == "plover":
        query, options = PLOVER_QUERY, "FORMAT json"
    elif fmt == "gdelt":
        query, options = GDELT_QUERY, "FORMAT csv, DELIMITER '\\t', HEADER true"
    else:
        if what not in TABLE_QUERIES:
            raise ValueError(f"unknown table {what!r}: one of {', '.join(TABLE_QUERIES)}")
        query = TABLE_QUERIES[what]
        options = {"jsonl": "FORMAT json", "csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet"}[fmt]
    path = str(out).replace("'", "''")
    con.execute(f"COPY ({query}) TO '{path}' ({options})")
    return con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
