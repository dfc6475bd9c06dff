"""Empty query parameters (``?country=&since=``, as an HTML form sends them) mean "no filter"."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Receive, Scope, Send


class DropEmptyParams:
    """Pure ASGI middleware: removes query parameters whose value is empty before routing."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            raw = scope["query_string"].decode("latin-1")
            kept = [(k, v) for k, v in parse_qsl(raw, keep_blank_values=True) if v.strip()]
            scope = dict(scope, query_string=urlencode(kept).encode("latin-1"))
        await self.app(scope, receive, send)
