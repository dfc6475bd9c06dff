"""Dashboard pages. Each is an HTML shell whose script loads the page's JSON twin (the same URL with
``?format=json``), so what a page shows and what its twin returns cannot drift apart."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from dragoman import __version__
from dragoman.store.coding import quad_class
from dragoman.web import api, downloads, geo, lists, queries
from dragoman.web.deps import FILTER_KEYS, Cursor, Filters, Scope
from dragoman.web.graph import QUAD_CLASSES

router = APIRouter(include_in_schema=False)
Format = Annotated[Literal["html", "json"], Query(description="json: the page's data")]

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
NAV = (("timeline", "Timeline"), ("map", "Map"), ("network", "Network"), ("quotes", "Quotes"), ("actors", "Actors"),
       ("articles", "Articles"), ("read", "Paste an article"), ("docs", "API"))


def _filter_query(request: Request) -> str:
    kept = [(k, v) for k, v in request.query_params.multi_items() if k in FILTER_KEYS and v]
    return ("?" + urlencode(kept)) if kept else ""


def _filter_form(request: Request, applies: tuple[str, ...] = FILTER_KEYS) -> str:
    """The shared filters; those that cannot apply to this page are kept (hidden) for the next one."""
    p = request.query_params

    def text(name: str, label: str, kind: str = "search", extra: str = "") -> str:
        return (f'<label>{label}<input type="{kind}" name="{name}" value="{escape(p.get(name, ""))}"{extra}>'
                "</label>")

    def select(name: str, label: str, options: list[tuple[str, str]]) -> str:
        current = p.get(name, "")
        opts = "".join(f'<option value="{escape(v)}"{" selected" if v == current else ""}>{escape(t)}</option>'
                       for v, t in [("", "any")] + options)
        return f'<label>{label}<select name="{name}">{opts}</select></label>'

    fields = {"actor": text("actor", "Actor"),
              "country": text("country", "Country", extra=' size="4" maxlength="3" placeholder="RUS"'),
              "type": select("type", "Type", [(t, t.title()) for t in PLOVER_TYPES]),
              "quad_class": select("quad_class", "Quad class", [(str(k), v) for k, v in QUAD_CLASSES.items()]),
              "since": text("since", "From", "date"), "until": text("until", "To", "date"),
              "text": text("text", "Text")}
    shown = "".join(html for name, html in fields.items() if name in applies)
    kept = [name for name in FILTER_KEYS if name not in applies and p.get(name)]
    hidden = "".join(f'<input type="hidden" name="{n}" value="{escape(p[n])}">' for n in kept)
    note = (f'<span class="hint not-applied">Not applied here: {", ".join(kept)}</span>' if kept else "")
    return ('<form id="filters" class="filters" method="get">' + shown + hidden
            + '<button type="submit">Apply</button><a class="reset" href="?">Reset</a>' + note + '</form>')


def _shell(request: Request, *, page: str, title: str, main: str, filters: bool = True, view: str | None = None,
           scripts: tuple[str, ...] = (), status: int = 200, attrs: dict[str, str] | None = None) -> HTMLResponse:
    query = escape(_filter_query(request))
    active = ' class="active" aria-current="page"'
    nav = "".join(f'<a href="/{name}{query if name not in ("read", "docs") else ""}"'
                  f'{active if name == page else ""}>{label}</a>' for name, label in NAV)
    script_tags = "".join(f'<script src="/static/{name}.js" defer></script>' for name in ("common", *scripts))
    data = "".join(f' data-{k}="{escape(v)}"' for k, v in (attrs or {}).items())
    html = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} · Dragoman</title><link rel="icon" href="/static/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/static/app.css">{script_tags}</head>
<body data-page="{page}"{data}>
<header class="top"><a class="brand" href="/timeline{query}">Dragoman</a><nav>{nav}</nav>
<span class="version">v{__version__}</span></header>
{_filter_form(request, lists.APPLIES[view] if view else FILTER_KEYS) if filters else ""}
<main id="main">{main}</main>
</body></html>"""
    return HTMLResponse(html, status_code=status)


@router.get("/")
def home(request: Request) -> RedirectResponse:
    suffix = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(f"/timeline{suffix}", status_code=307)


Sort = Annotated[str | None, Query(pattern=r"^-?[a-z_]{1,20}$", description="A column; -column: descending.")]


def _downloads(view: str) -> str:
    """The download buttons' slot (common.js fills it with links carrying the page's filters)."""
    return f'<div class="downloads" data-view="{view}"></div>'


@router.get("/timeline")
def timeline_page(request: Request, cur: Cursor, f: Filters, sort: Sort = None, format: Format = "html") -> Response:
    if format == "json":
        return JSONResponse({"timeline": api.get_timeline(cur, f), **lists.events(cur, f, sort).json("events", f),
                             "quad_classes": {t: quad_class(None, t) for t in PLOVER_TYPES}})
    return _shell(request, page="timeline", title="Timeline", scripts=("report", "timeline"), main=(
        '<section class="card"><h2>Events over time, by type</h2><div id="chart" class="chart"></div>'
        '<div id="legend" class="legend"></div></section>'
        '<section class="card"><h2>Events</h2><p class="hint">One row per event, however many articles report it '
        '(copies are counted, not repeated). Click an event to read its evidence in its first report.</p>'
        + _downloads("events") + '<div id="events"></div></section>'))


@router.get("/map")
def map_page(request: Request, cur: Cursor, f: Scope, format: Format = "html") -> Response:
    if format == "json":
        return JSONResponse({**geo.map_data(cur, f), "quad_classes": {str(k): v for k, v in QUAD_CLASSES.items()}})
    return _shell(request, page="map", title="Map", scripts=("map",), main=(
        '<section class="card"><h2>Where events happened</h2><p class="hint">Points: located events, coloured by '
        'quad class (a ring marks a negated or unasserted one). Countries: shaded by the events placed in them. '
        'Click a point to read its evidence.</p><div class="toolbar"><label class="inline"><input type="checkbox" '
        'id="map-places"> places the articles name (squares)</label></div><div id="legend" class="legend"></div>'
        '<div id="map" class="map"></div><div id="map-info" class="hint"></div></section>'
        '<section class="card"><h2>Countries</h2>' + _downloads("events") + '<div id="countries"></div></section>'))


@router.get("/network")
def network_page(request: Request, cur: Cursor, f: Scope, format: Format = "html",
                 edges: Annotated[int, Query(ge=1, le=5000)] = 1000) -> Response:
    if format == "json":
        return JSONResponse(api.get_network(cur, f, edges=edges))
    return _shell(request, page="network", title="Actor network", scripts=("vendor/graph", "network"), main=(
        '<section class="card"><h2>Who acts on whom</h2><p class="hint">Node size: degree. Edge width: asserted '
        'events; colour: their dominant PLOVER quad class; dashed: negated or unasserted events only. Scroll to '
        'zoom, drag to pan, click an actor to see its events.</p>'
        '<div class="toolbar"><label>Find an actor<input type="search" id="network-search" list="network-names" '
        'autocomplete="off"></label><datalist id="network-names"></datalist>'
        '<label class="inline"><input type="checkbox" id="network-countries"> countries</label>'
        '<button type="button" id="network-fit">Fit</button><span id="network-info" class="hint"></span></div>'
        '<div id="legend" class="legend"></div><div id="network" class="network"></div></section>'))


@router.get("/quotes")
def quotes_page(request: Request, cur: Cursor, f: Filters, sort: Sort = None,
                speaker: Annotated[str | None, Query(max_length=200)] = None, format: Format = "html") -> Response:
    if speaker and not f.actor:
        f = replace(f, actor=speaker)
    if format == "json":
        return JSONResponse({"speakers": lists.speakers(cur, replace(f, actor=None)),
                             **lists.quotes(cur, f, sort).json("quotes", f)})
    return _shell(request, page="quotes", title="Quotes", scripts=("quotes",), view="quotes", main=(
        '<div class="split"><section class="card side"><h2>Speakers</h2><div id="speakers"></div></section>'
        '<section class="card"><h2 id="quotes-title">Quotes</h2><p class="hint">One row per quote, however many '
        'copies of the story carry it.</p>' + _downloads("quotes") + '<div id="quotes"></div></section></div>'))


@router.get("/actors")
def actors_page(request: Request, cur: Cursor, f: Filters, sort: Sort = None, format: Format = "html") -> Response:
    if format == "json":
        return JSONResponse(lists.actors(cur, f, sort).json("actors", f))
    return _shell(request, page="actors", title="Actors", scripts=("actors",), view="actors", main=(
        '<section class="card"><h2>Actors</h2>' + _downloads("actors") + '<div id="actors"></div></section>'))


@router.get("/articles")
def articles_page(request: Request, cur: Cursor, f: Filters, sort: Sort = None, format: Format = "html") -> Response:
    if format == "json":
        return JSONResponse(lists.articles(cur, f, sort).json("articles", f))
    return _shell(request, page="articles", title="Articles", scripts=("articles",), view="articles", main=(
        '<section class="card"><h2>Articles</h2><p class="hint">Copies: other articles of the same story '
        '(syndicated or lightly edited).</p>' + _downloads("articles") + '<div id="articles"></div></section>'))


@router.get("/download/{view}")
def download(request: Request, cur: Cursor, view: Literal["events", "quotes", "actors", "articles"], scope: Scope,
             sort: Sort = None, fmt: Literal["csv", "json", "gdelt", "plover"] = "csv") -> Response:
    return downloads.download(request.app.state.con, cur, view, fmt, scope, sort)


def article_href(article_id: str) -> str:
    """The page of one article: its id in the query (a path segment such as ``..`` is rewritten by browsers)."""
    return f"/article?{urlencode({'id': article_id})}"


@router.get("/article")
def article_by_id(request: Request, cur: Cursor, id: Annotated[str, Query(max_length=1000)],  # noqa: A002
                  format: Format = "html") -> Response:
    return article_page(request, cur, id, format)


@router.get("/articles/{article_id:path}")
def article_page(request: Request, cur: Cursor, article_id: str, format: Format = "html") -> Response:
    report = queries.article_report(cur, article_id)
    if format == "json":
        if report is None:
            raise HTTPException(status_code=404, detail=f"no article {article_id!r} in the store")
        return JSONResponse(report)
    if report is None:
        return _shell(request, page="articles", title="Not found", status=404, filters=False,
                      main=f'<section class="card"><h2>No article {escape(article_id)!s} in the store</h2></section>')
    return _shell(request, page="articles", title=report["title"] or "Article", filters=False,
                  scripts=("report", "article"), attrs={"twin": article_href(article_id) + "&format=json"},
                  main='<div id="report" class="report"></div>')


@router.get("/read")
def read_page(request: Request, format: Format = "html") -> Response:
    settings = request.app.state.settings
    if format == "json":
        return JSONResponse({"endpoint": "/api/read", "method": "POST",
                             "content_types": ["application/json", "text/plain"],
                             "max_post_bytes": settings.max_post_bytes, "post_timeout_s": settings.post_timeout_s})
    return _shell(request, page="read", title="Paste an article", filters=False, scripts=("report", "read"), main=(
        '<section class="card"><h2>Paste an article</h2><form id="read-form" class="read-form">'
        '<label>Title<input type="text" name="title" maxlength="500"></label>'
        '<label>Published<input type="date" name="published"></label>'
        '<label class="wide">Text<textarea name="text" rows="12" required '
        'placeholder="KYIV - The minister said on Monday ..."></textarea></label>'
        '<div class="actions wide"><button type="submit">Read</button>'
        '<span id="read-status" class="status" role="status"></span></div>'
        '</form></section><div id="report" class="report"></div>'))


@router.get("/docs")
def docs_page(request: Request, format: Format = "html") -> Response:
    if format == "json":
        return JSONResponse(request.app.openapi())
    return _shell(request, page="docs", title="API", filters=False, scripts=("docs",), main=(
        '<section class="card"><h2>HTTP API</h2><p class="hint">The OpenAPI description is at '
        '<a href="/openapi.json">/openapi.json</a>. Every dashboard page also answers <code>?format=json</code>.</p>'
        '<div id="endpoints"></div></section>'))


def page_twins() -> dict[str, str]:
    """The pages and their JSON twins, for the docs and the tests."""
    return {f"/{name}": f"/{name}?format=json" for name, _ in NAV}
