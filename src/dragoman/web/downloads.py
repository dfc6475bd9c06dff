"""Downloads of a view's list under its filters: CSV or JSON for every list, and for events the GDELT 2.0
table (asserted events only, as ``dragoman export -f gdelt``) and PLOVER records (JSON lines)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import duckdb
from fastapi.responses import JSONResponse, Response, StreamingResponse

from dragoman.store import gdelt, plover
from dragoman.store.query import EventFilter, event_where
from dragoman.web import lists

MAX_ROWS = 100_000
FORMATS = ("csv", "json", "gdelt", "plover")


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in row.items()})
    return out.getvalue()


def _clusters(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> Iterator[dict[str, Any]]:
    """Rows of ``sql`` as they stream out, from a cursor of their own: the request's cursor may be closed before
    the response's body is sent."""
    cur = con.cursor()
    try:
        result = cur.execute(sql, params)
        names = [d[0] for d in result.description]
        while batch := result.fetchmany(2048):
            for row in batch:
                yield dict(zip(names, row))
    finally:
        cur.close()


def download(con: duckdb.DuckDBPyConnection, cur: duckdb.DuckDBPyConnection, view: str, fmt: str, f: EventFilter,
             sort: str | None) -> Response:
    """The whole list (up to ``MAX_ROWS``) as an attachment named after the view: CSV and JSON read through the
    request's cursor ``cur``; GDELT and PLOVER stream from a cursor of ``con``'s own."""
    if fmt in ("gdelt", "plover"):
        if view != "events":
            return JSONResponse({"error": "unsupported", "message": f"{fmt} is a format of events, not {view}"},
                                status_code=422)
        if fmt == "gdelt":
            clause, params = event_where(f, date_column="first_date", asserted=True)
            body = gdelt.lines(_clusters(con, gdelt.QUERY.format(where=clause), params), header=True)
            return StreamingResponse(body, media_type="text/tab-separated-values; charset=utf-8",
                                     headers=_attachment("events.gdelt.tsv"))
        clause, params = event_where(f, date_column="first_date")
        records = plover.records(_clusters(con, plover.QUERY.format(where=clause), params))
        body = (json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records)
        return StreamingResponse(body, media_type="application/x-ndjson; charset=utf-8",
                                 headers=_attachment("events.plover.jsonl"))
    page = getattr(lists, view)(cur, replace(f, limit=MAX_ROWS, offset=0), sort)
    if fmt == "csv":
        return Response(_csv(page.rows), media_type="text/csv; charset=utf-8", headers=_attachment(f"{view}.csv"))
    return JSONResponse(page.rows, headers=_attachment(f"{view}.json"))
