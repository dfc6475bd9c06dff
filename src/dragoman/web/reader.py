"""POST /api/read: one article in, its dragoman/1 report out, with size and time limits.

The pipeline runs in a child process (``web.analysis``), started on the first request; a request over the
time limit gets 504 and its analysis is stopped by killing that process. One thread waits on the child, so
the server stays responsive; when too much work is queued new requests get 503 at once.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.requests import ClientDisconnect

from dragoman.errors import ModelNotFound
from dragoman.sources.base import encodable
from dragoman.web.analysis import STARTUP_TIMEOUT_S, AnalysisFailed, AnalysisProcess

router = APIRouter(prefix="/api", tags=["api"])
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ReadService:
    """The lazily loaded pipeline behind POST /api/read, with a bounded queue."""

    def __init__(self, *, timeout_s: float, max_pending: int = 4) -> None:
        self.timeout_s = timeout_s
        self.max_pending = max_pending
        self._analysis = AnalysisProcess(timeout_s=timeout_s)
        self._lock = threading.Lock()
        self._pending = 0
        self.closed = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dragoman-read")

    def _read(self, text: str, title: str | None, published: str | None) -> dict[str, Any]:
        return self._analysis.analyse(text, title, published)

    def _done(self, _future: object) -> None:
        with self._lock:
            self._pending -= 1

    async def read(self, text: str, title: str | None, published: str | None) -> dict[str, Any]:
        """The report; raises ``ServerBusy`` or ``TimeoutError``."""
        with self._lock:
            if self.closed:
                raise ServerBusy("the server is stopping")
            if self._pending >= self.max_pending:
                raise ServerBusy(f"{self._pending} articles are being read; try again shortly")
            self._pending += 1
        # A backstop only: the analysis process answers TimeoutError at its own limit, whose clock starts when
        # this request's text reaches it; a fresh process's model loading (after a killed one) is not counted.
        limit = self.timeout_s + STARTUP_TIMEOUT_S
        future = self._executor.submit(self._read, text, title, published)
        future.add_done_callback(self._done)
        return await asyncio.wait_for(asyncio.wrap_future(future), limit)

    def close(self) -> None:
        """Stop the analysis (the child process is killed) and the thread that waits on it."""
        self.closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._analysis.stop()


class ServerBusy(Exception):
    """Too many articles are queued for reading."""


class UnsupportedType(ValueError):
    """The body is neither JSON nor plain text."""


def _error(status: int, error: str, message: str) -> JSONResponse:
    return JSONResponse({"error": error, "message": message}, status_code=status)


async def _body(request: Request, limit: int) -> bytes | None:
    """The request body, or None as soon as it exceeds ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)





def _parse(body: bytes, content_type: str) -> tuple[str, str | None, str | None]:
    """(text, title, published) from a JSON object or plain text; raises ValueError with the reason."""
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("the body is not UTF-8") from None
    if content_type.startswith("text/plain"):
        return decoded, None, None
    if not content_type.startswith("application/json"):
        raise UnsupportedType("send application/json ({\"text\": ..., \"title\": ..., \"published\": ...}) or text/plain")
    try:
        data = json.loads(decoded)
    except json.JSONDecodeError as exc:
        raise ValueError(f"the body is not JSON: {exc}") from None
    except RecursionError:
        raise ValueError("the JSON body is nested too deeply") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ValueError("the JSON body must be an object with a string field 'text'")
    title, published = data.get("title"), data.get("published")
    if title is not None and not isinstance(title, str):
        raise ValueError("'title' must be a string")
    if published is not None and not (isinstance(published, str) and _DAY.match(published)):
        raise ValueError("'published' must be a date, YYYY-MM-DD")
    return encodable(data["text"]), encodable(title) if title else None, published or None


_BODY_DOC = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
        "text": {"type": "string"}, "title": {"type": "string"},
        "published": {"type": "string", "format": "date"}}}},
    "text/plain": {"schema": {"type": "string"}}}}}


@router.post("/read", summary="Read one article and return its dragoman/1 report", openapi_extra=_BODY_DOC,
             responses={408: {"description": "Body too slow to arrive"}, 413: {"description": "Body over the size limit"}, 415: {"description": "Not JSON or text"}, 422: {"description": "Malformed body"},
                        503: {"description": "Busy, or no model installed"}, 504: {"description": "Over the time limit"}})
async def read_article(request: Request) -> JSONResponse:
    settings = request.app.state.settings
    try:
        body = await asyncio.wait_for(_body(request, settings.max_post_bytes), settings.post_timeout_s)
    except ClientDisconnect:  # nobody is left to answer
        return _error(400, "disconnected", "the client went away")
    except TimeoutError:
        return _error(408, "slow_body", f"the body took longer than {settings.post_timeout_s:g} s to arrive")
    if body is None:
        return _error(413, "too_large", f"the article is over the limit of {settings.max_post_bytes} bytes")
    try:
        text, title, published = _parse(body, request.headers.get("content-type", "").lower())
    except UnsupportedType as exc:
        return _error(415, "unsupported_type", str(exc))
    except ValueError as exc:
        return _error(422, "malformed", str(exc))
    if not text.strip():
        return _error(422, "empty", "the article text is empty")
    service: ReadService = request.app.state.reader
    try:
        report = await service.read(text, title, published)
    except ServerBusy as exc:
        return _error(503, "busy", str(exc))
    except TimeoutError:
        return _error(504, "timeout", f"reading took longer than {service.timeout_s:g} s")
    except ModelNotFound as exc:
        return _error(503, "no_model", str(exc))
    except AnalysisFailed as exc:
        if service.closed:
            return _error(503, "stopping", "the server is stopping")
        return _error(500, "analysis_failed", str(exc))
    if report["errors"] and not report["text"]:
        if any(e["kind"] == "timeout" for e in report["errors"]):  # the pipeline's own limit fired first
            return _error(504, "timeout", f"reading took longer than {service.timeout_s:g} s")
        reasons = "; ".join(e["message"] for e in report["errors"])
        return JSONResponse({"error": "unreadable", "message": reasons, "report": report}, status_code=422)
    return JSONResponse(report)
