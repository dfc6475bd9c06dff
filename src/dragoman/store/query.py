"""Common questions of the store, answered without SQL, and read-only SQL for the rest."""

from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb

from dragoman.store.errors import ReadOnlyQuery


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    """Filters shared by the CLI and the HTTP API; every one is optional."""

    actor: str | None = None
    country: str | None = None
    type: str | None = None
    quad_class: int | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    limit: int = 100
    offset: int = 0


@dataclass(slots=True)
class Result:
    columns: list[str]
    rows: list[tuple]

    def dicts(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def _run(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> Result:
    cursor = con.execute(sql, params)
    return Result([d[0] for d in cursor.description], cursor.fetchall())


def where(*conditions: tuple[str, object]) -> tuple[str, list]:
    """A WHERE clause from (SQL with ? placeholders, value) pairs, skipping those whose value is empty.

    The value fills every placeholder of its condition.
    """
    clauses, params = [], []
    for sql, value in conditions:
        if value not in (None, ""):
            clauses.append(sql)
            params += [value] * sql.count("?")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def contains(text: str | None) -> str | None:
    """An ILIKE pattern for "contains ``text``"."""
    return f"%{text}%" if text else None


def _event_where(f: EventFilter, *, date_column: str) -> tuple[str, list]:
    return where(("(source_name ILIKE ? OR target_name ILIKE ?)", contains(f.actor)),
                 ("(source_country = ? OR target_country = ?)", f.country.upper() if f.country else None),
                 ("type = ?", f.type.upper() if f.type else None),
                 ("quad_class = ?", f.quad_class or None),
                 (f"{date_column} >= CAST(? AS DATE)", f.since),
                 (f"{date_column} <= CAST(? AS DATE)", f.until),
                 ("evidence_text ILIKE ?", contains(f.text)))


def events(con: duckdb.DuckDBPyConnection, f: EventFilter, *, per_article: bool = False) -> Result:
    """Events, deduplicated across articles unless ``per_article``."""
    if per_article:
        where, params = _event_where(f, date_column="date")
        sql = ("SELECT article_id, event_id, type, mode, cameo, quad_class, source_name, source_country, target_name, "
               f"target_country, date, place_name, negated, modality, evidence_text, confidence FROM events{where} "
               "ORDER BY date DESC NULLS LAST, article_id, event_id LIMIT ? OFFSET ?")
    else:
        where, params = _event_where(f, date_column="first_date")
        sql = ("SELECT cluster_id, type, cameo, quad_class, goldstein, source_name, source_country, target_name, "
               "target_country, first_date, last_date, place_name, num_mentions, num_articles, num_sources, evidence_text "
               f"FROM event_clusters{where} ORDER BY first_date DESC NULLS LAST, cluster_id LIMIT ? OFFSET ?")
    return _run(con, sql, params + [f.limit, f.offset])


def quotes(con: duckdb.DuckDBPyConnection, *, speaker: str | None = None, text: str | None = None,
           limit: int = 100, offset: int = 0) -> Result:
    clause, params = where(("speaker_name ILIKE ?", contains(speaker)), ("text ILIKE ?", contains(text)))
    return _run(con, "SELECT cluster_id, speaker_name, kind, text, num_mentions, num_articles, num_sources, first_date "
                     f"FROM quote_clusters{clause} ORDER BY num_articles DESC, first_date DESC NULLS LAST, cluster_id "
                     "LIMIT ? OFFSET ?", params + [limit, offset])


def dyads(con: duckdb.DuckDBPyConnection, f: EventFilter) -> Result:
    """Who acts on whom most: source-target pairs with event counts per quad class."""
    where, params = _event_where(f, date_column="first_date")
    extra = " AND " if where else " WHERE "
    # One node per actor across articles: pairs are grouped by the actors' stable keys.
    return _run(con, "SELECT source_key, mode(source_name) AS source_name, mode(source_country) AS source_country, "
                     "target_key, mode(target_name) AS target_name, mode(target_country) AS target_country, "
                     "count(*) AS events, count(*) FILTER (WHERE quad_class <= 2) AS cooperative, "
                     "count(*) FILTER (WHERE quad_class >= 3) AS conflictual, sum(num_articles) AS articles "
                     f"FROM event_clusters{where}{extra}source_name IS NOT NULL AND target_name IS NOT NULL "
                     "GROUP BY source_key, target_key ORDER BY events DESC, source_name, target_name, source_key, "
                     "target_key LIMIT ? OFFSET ?",
                params + [f.limit, f.offset])


def actors(con: duckdb.DuckDBPyConnection, *, name: str | None = None, limit: int = 100, offset: int = 0) -> Result:
    where, params = (" WHERE name ILIKE ?", [f"%{name}%"]) if name else ("", [])
    return _run(con, "SELECT actor_key, mode(name) AS name, any_value(kind) AS kind, any_value(country) AS country, "
                     "mode(sector) AS sector, count(DISTINCT article_id) AS articles, sum(n_mentions) AS mentions "
                     f"FROM actors{where} GROUP BY actor_key ORDER BY articles DESC, mentions DESC, actor_key "
                     "LIMIT ? OFFSET ?", params + [limit, offset])


def timeline(con: duckdb.DuckDBPyConnection, f: EventFilter) -> Result:
    """Event clusters per day and type."""
    where, params = _event_where(f, date_column="first_date")
    extra = " AND " if where else " WHERE "
    return _run(con, f"SELECT first_date AS day, type, count(*) AS events FROM event_clusters{where}{extra}"
                     "first_date IS NOT NULL GROUP BY ALL ORDER BY day, type", params)


_WRITE = re.compile(r"\b(insert|update|delete|create|drop|alter|attach|detach|copy|export|import|install|load|pragma|set|call|checkpoint|vacuum)\b", re.I)


def sql(con: duckdb.DuckDBPyConnection, statement: str) -> Result:
    """Run one read-only statement (the connection should be read-only too)."""
    stripped = statement.strip().rstrip(";")
    if ";" in stripped or not re.match(r"^\s*(select|with|describe|show|summarize|explain|from)\b", stripped, re.I) \
            or _WRITE.search(re.sub(r"'[^']*'", "''", stripped)):
        raise ReadOnlyQuery("only one read-only statement (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN) is allowed")
    return _run(con, stripped, [])
