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
    asserted_only: bool = False  # leave out negated and unasserted (hypothetical, future, intended) events
    limit: int = 100  # 0: no limit
    offset: int = 0


@dataclass(slots=True)
class Result:
    columns: list[str]
    rows: list[tuple]
    truncated: bool = False  # more rows matched than the limit let through

    def dicts(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def _run(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> Result:
    cursor = con.execute(sql, params)
    return Result([d[0] for d in cursor.description], cursor.fetchall())


def _page(con: duckdb.DuckDBPyConnection, sql: str, params: list, limit: int, offset: int) -> Result:
    """``sql`` (ending in ``LIMIT ? OFFSET ?``) one page at a time; ``limit`` 0 is every row. One row more
    than the limit is read to tell whether the page was cut short."""
    result = _run(con, sql, params + [limit + 1 if limit else None, offset])
    if limit and len(result.rows) > limit:
        result.rows, result.truncated = result.rows[:limit], True
    return result


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


ASSERTED = "NOT negated AND modality IS NULL"


def event_where(f: EventFilter, *, date_column: str, asserted: bool = False) -> tuple[str, list]:
    """The WHERE clause of ``f``; ``asserted`` (or ``f.asserted_only``) keeps asserted events alone."""
    return where((ASSERTED, True if asserted or f.asserted_only else None),
                 ("(source_name ILIKE ? OR target_name ILIKE ?)", contains(f.actor)),
                 ("(source_country = ? OR target_country = ?)", f.country.upper() if f.country else None),
                 ("type = ?", f.type.upper() if f.type else None),
                 ("quad_class = ?", f.quad_class or None),
                 (f"{date_column} >= CAST(? AS DATE)", f.since),
                 (f"{date_column} <= CAST(? AS DATE)", f.until),
                 ("evidence_text ILIKE ?", contains(f.text)))


def events(con: duckdb.DuckDBPyConnection, f: EventFilter, *, per_article: bool = False) -> Result:
    """Events, deduplicated across articles unless ``per_article``; negated and unasserted events are
    listed too, with their flags (``negated``, ``modality``), unless ``f.asserted_only``."""
    if per_article:
        where, params = event_where(f, date_column="date")
        sql = ("SELECT article_id, event_id, type, mode, cameo, quad_class, source_name, source_country, target_name, "
               f"target_country, date, place_name, negated, modality, evidence_text, confidence FROM events{where} "
               "ORDER BY date DESC NULLS LAST, article_id, event_id LIMIT ? OFFSET ?")
    else:
        where, params = event_where(f, date_column="first_date")
        sql = ("SELECT cluster_id, type, mode, cameo, quad_class, goldstein, source_name, source_country, target_name, "
               "target_country, first_date, last_date, place_name, negated, modality, num_mentions, num_articles, "
               f"num_sources, evidence_text FROM event_clusters{where} ORDER BY first_date DESC NULLS LAST, cluster_id "
               "LIMIT ? OFFSET ?")
    return _page(con, sql, params, f.limit, f.offset)


def quotes(con: duckdb.DuckDBPyConnection, *, speaker: str | None = None, text: str | None = None,
           limit: int = 100, offset: int = 0) -> Result:
    clause, params = where(("speaker_name ILIKE ?", contains(speaker)), ("text ILIKE ?", contains(text)))
    return _page(con, "SELECT cluster_id, speaker_name, kind, text, num_mentions, num_articles, num_sources, first_date "
                      f"FROM quote_clusters{clause} ORDER BY num_articles DESC, first_date DESC NULLS LAST, cluster_id "
                      "LIMIT ? OFFSET ?", params, limit, offset)


def dyads(con: duckdb.DuckDBPyConnection, f: EventFilter) -> Result:
    """Who acts on whom most: source-target pairs with event counts per quad class (asserted events only:
    a denied or hypothetical attack is no attack)."""
    where, params = event_where(f, date_column="first_date", asserted=True)
    extra = " AND " if where else " WHERE "
    # One node per actor across articles: pairs are grouped by the actors' stable keys.
    return _page(con, "SELECT source_key, mode(source_name) AS source_name, mode(source_country) AS source_country, "
                     "target_key, mode(target_name) AS target_name, mode(target_country) AS target_country, "
                     "count(*) AS events, count(*) FILTER (WHERE quad_class <= 2) AS cooperative, "
                     "count(*) FILTER (WHERE quad_class >= 3) AS conflictual, sum(num_articles) AS articles "
                     f"FROM event_clusters{where}{extra}source_name IS NOT NULL AND target_name IS NOT NULL "
                     "GROUP BY source_key, target_key ORDER BY events DESC, source_name, target_name, source_key, "
                     "target_key LIMIT ? OFFSET ?", params, f.limit, f.offset)


def actors(con: duckdb.DuckDBPyConnection, *, name: str | None = None, limit: int = 100, offset: int = 0) -> Result:
    where, params = (" WHERE name ILIKE ?", [f"%{name}%"]) if name else ("", [])
    return _page(con, "SELECT actor_key, mode(name) AS name, any_value(kind) AS kind, any_value(country) AS country, "
                     "mode(sector) AS sector, count(DISTINCT article_id) AS articles, sum(n_mentions) AS mentions "
                     f"FROM actors{where} GROUP BY actor_key ORDER BY articles DESC, mentions DESC, actor_key "
                     "LIMIT ? OFFSET ?", params, limit, offset)


def timeline(con: duckdb.DuckDBPyConnection, f: EventFilter) -> Result:
    """Event clusters per day and type (asserted events only, as ``dyads``)."""
    where, params = event_where(f, date_column="first_date", asserted=True)
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
