"""The JSON API under /api: articles, events, quotes, actors, dyads, the network and the timeline."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from dragoman.store import query as q
from dragoman.store.query import EventFilter
from dragoman.web import geo, graph, lists, queries
from dragoman.web.deps import MAX_LIMIT, Cursor, Filters, Scope, rows

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Search = Annotated[str | None, Query(max_length=200)]


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


@router.get("/articles", summary="Articles, newest first, with record counts")
def list_articles(cur: Cursor, text: Annotated[str | None, Query(max_length=200, description="Title or source contains this.")] = None,
                  since: dt.date | None = None, until: dt.date | None = None,
                  limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
    return queries.articles(cur, text=text, since=_day(since), until=_day(until), limit=limit, offset=offset)


@router.get("/articles/{article_id:path}", summary="One article's full dragoman/1 report with evidence offsets")
def get_article(cur: Cursor, article_id: str) -> dict[str, Any]:
    report = queries.article_report(cur, article_id)
    if report is None:
        raise HTTPException(status_code=404, detail=f"no article {article_id!r} in the store")
    return report


@router.get("/events", summary="Events: deduplicated across articles, or per article")
def list_events(cur: Cursor, f: Filters, per_article: Annotated[bool, Query(
        description="One row per article mention (with article_id and event_id) instead of per event cluster.")] = False,
                ) -> list[dict[str, Any]]:
    return rows(q.events(cur, f, per_article=per_article))


@router.get("/quotes", summary="Quotes by speaker and text: deduplicated, or per article")
def list_quotes(cur: Cursor, speaker: Search = None, text: Search = None,
                since: dt.date | None = None, until: dt.date | None = None,
                per_article: Annotated[bool, Query(description="One row per article mention, with its ids.")] = False,
                limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
    if per_article or since or until:
        return queries.quote_mentions(cur, speaker=speaker, text=text, since=_day(since), until=_day(until),
                                      limit=limit, offset=offset)
    return rows(q.quotes(cur, speaker=speaker, text=text, limit=limit, offset=offset))


@router.get("/speakers", summary="Who is quoted most")
def list_speakers(cur: Cursor, name: Search = None, limit: Limit = 50) -> list[dict[str, Any]]:
    return queries.speakers(cur, name=name, limit=limit)


@router.get("/actors", summary="Actors by stable id, with article, story and mention counts")
def list_actors(cur: Cursor, name: Search = None,
                actor: Annotated[str | None, Query(max_length=200, description="Same as name.")] = None,
                country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO alpha-3.")] = None,
                since: Annotated[dt.date | None, Query(description="In articles published from this day.")] = None,
                until: Annotated[dt.date | None, Query(description="In articles published up to this day.")] = None,
                limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
    f = EventFilter(actor=actor or name, country=country.upper() if country else None, since=_day(since),
                    until=_day(until), limit=limit, offset=offset)
    return lists.actors(cur, f).rows


@router.get("/dyads", summary="Source-target pairs with event counts")
def list_dyads(cur: Cursor, f: Filters) -> list[dict[str, Any]]:
    return rows(q.dyads(cur, f))


@router.get("/network", summary="The actor network: nodes, and edges weighted by events and coloured by quad class")
def get_network(cur: Cursor, f: Scope, edges: Annotated[int, Query(ge=1, le=5000)] = 1000) -> dict[str, Any]:
    return graph.network(cur, f, edges=edges)


@router.get("/map", summary="Located events (one point each) and event counts per country")
def get_map(cur: Cursor, f: Scope) -> dict[str, Any]:
    return geo.map_data(cur, f)


@router.get("/timeline", summary="Event counts per day and type")
def get_timeline(cur: Cursor, f: Scope) -> list[dict[str, Any]]:
    return rows(q.timeline(cur, f))
