"""Request dependencies shared by the API and the pages: a per-request cursor and the event filters."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, Any

import duckdb
from fastapi import Depends, Query, Request

from dragoman.store.query import EventFilter, Result

MAX_LIMIT = 1000
FILTER_KEYS = ("actor", "country", "type", "quad_class", "since", "until", "text")


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor of the app's read-only connection, for this request only (connections aren't thread-safe)."""
    cur = request.app.state.con.cursor()
    try:
        yield cur
    finally:
        cur.close()


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]


def scope_filter(
    actor: Annotated[str | None, Query(max_length=200, description="Source or target name contains this.")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="Source or target country, ISO alpha-3.")] = None,
    type: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,20}$", description="PLOVER event type, e.g. CONSULT.")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1 verbal cooperation, 2 material cooperation, "
                                                                   "3 verbal conflict, 4 material conflict.")] = None,
    since: Annotated[dt.date | None, Query(description="From this day (YYYY-MM-DD).")] = None,
    until: Annotated[dt.date | None, Query(description="Up to this day (YYYY-MM-DD).")] = None,
    text: Annotated[str | None, Query(max_length=200, description="Evidence text contains this.")] = None,
) -> EventFilter:
    """The filters every view shares, validated from the query string."""
    return EventFilter(actor=actor or None, country=country.upper() if country else None,
                       type=type.upper() if type else None, quad_class=quad_class,
                       since=since.isoformat() if since else None, until=until.isoformat() if until else None,
                       text=text or None)


Scope = Annotated[EventFilter, Depends(scope_filter)]


def event_filter(scope: Scope, limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
                 offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> EventFilter:
    """The shared filters plus a page of results."""
    return replace(scope, limit=limit, offset=offset)


Filters = Annotated[EventFilter, Depends(event_filter)]


def plain(value: Any) -> Any:
    """A DuckDB value as JSON: dates as ISO strings, decimals as numbers."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def records(columns: list[str], rows: list[tuple]) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts (``plain``). A column holds values of one type, so only the columns whose first
    value is a date or a decimal are converted."""
    convert = []
    for i in range(len(columns)):
        first = next((row[i] for row in rows if row[i] is not None), None)
        if isinstance(first, (dt.date, dt.datetime, Decimal)):
            convert.append(i)
    if not convert:
        return [dict(zip(columns, row)) for row in rows]
    out = []
    for row in rows:
        values = list(row)
        for i in convert:
            values[i] = plain(values[i])
        out.append(dict(zip(columns, values)))
    return out


def rows(result: Result) -> list[dict[str, Any]]:
    """Result rows as JSON-ready dicts."""
    return records(result.columns, result.rows)
