"""Server hardening, each checked: headers (CSP), CORS off, static files without traversal, POST limits,
Host checks, loopback by default."""

from __future__ import annotations

import asyncio
import inspect
import warnings
from pathlib import Path
from urllib.parse import unquote

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from dragoman.store import connect  # noqa: E402
from dragoman.store.clusters import refresh  # noqa: E402
from dragoman.store.writer import write_batch  # noqa: E402
from dragoman.web import create_app  # noqa: E402
from dragoman.web.app import LOOPBACK_HOSTS  # noqa: E402
from tests.store_fixtures import story  # noqa: E402

LIMIT = 4096


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("security") / "s.duckdb"
    con = connect(path)
    write_batch(con, [story(n) for n in range(3)], "run-1")
    refresh(con)
    con.close()
    return path


@pytest.fixture(scope="module")
def app(db):
    return create_app(db, max_post_bytes=LIMIT, post_timeout_s=5)


@pytest.fixture(scope="module")
def client(app) -> TestClient:
    with TestClient(app) as c:
        yield c


# --- headers ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/timeline", "/api/events", "/static/app.css", "/static/common.js", "/nowhere",
                                  "/api/events?quad_class=9", "/docs", "/openapi.json"])
def test_security_headers_on_every_response(client, path):
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    directives = dict((d.split(" ", 1) + [""])[:2] for d in (x.strip() for x in csp.split(";")))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "http" not in csp
    assert directives["frame-ancestors"] == "'none'" and directives["base-uri"] == "'none'"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


def test_cors_is_off(client):
    response = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert response.status_code == 200 and "access-control-allow-origin" not in response.headers
    preflight = client.options("/api/read", headers={"Origin": "https://evil.example",
                                                      "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 405 and "access-control-allow-origin" not in preflight.headers


# --- static files -----------------------------------------------------------------------------------------------

def raw_get(app, raw_path: str) -> tuple[int, bytes]:
    """One GET straight through ASGI, with the raw path a client sent (as uvicorn passes it: decoded once)."""
    sent: list[dict] = []
    received: list[bool] = []

    async def receive() -> dict:
        if not received:
            received.append(True)
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.sleep(60)  # the client stays connected until the response is sent
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    path, _, query = raw_path.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": unquote(path), "raw_path": path.encode(), "query_string": query.encode(), "root_path": "",
             "headers": [(b"host", b"testserver")], "client": ("127.0.0.1", 5000), "server": ("testserver", 80)}
    asyncio.run(app(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    return status, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


TRAVERSALS = ["/static/../app.py", "/static/../../web/app.py", "/static/..%2fapp.py", "/static/%2e%2e/app.py",
              "/static/%2e%2e%2fapp.py", "/static/%2E%2E%2F%2E%2E%2Fstore%2Fdb.py", "/static/..%5capp.py",
              "/static/....//app.py", "/static/%252e%252e%252fapp.py", "/static/..%c0%afapp.py",
              "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/../../../../../../etc/passwd",
              "/static/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "/static/%00../app.py", "/static/./../app.py"]


@pytest.mark.parametrize("raw_path", TRAVERSALS)
def test_no_path_traversal_through_static_files(app, raw_path):
    status, body = raw_get(app, raw_path)
    assert status in (400, 404), (raw_path, status)
    assert b"def create_app" not in body and b"root:" not in body and b"import" not in body


def test_static_files_still_work_raw(app):
    status, body = raw_get(app, "/static/common.js")
    assert status == 200 and b"const D" in body


# --- POST /api/read limits ---------------------------------------------------------------------------------------

def test_post_over_the_size_limit_is_413(client):
    response = client.post("/api/read", json={"text": "x" * (LIMIT + 10)})
    assert response.status_code == 413 and response.json()["error"] == "too_large"


def test_chunked_post_over_the_size_limit_is_413(client):
    def chunks():
        for _ in range(10):
            yield b"y" * 1024

    response = client.post("/api/read", content=chunks(), headers={"Content-Type": "text/plain"})
    assert response.status_code == 413


@pytest.mark.parametrize(("body", "content_type", "status"), [
    (b"<xml/>", "application/xml", 415),
    (b"{not json", "application/json", 422),
    (b'{"title": "no text"}', "application/json", 422),
    (b'{"text": "x", "published": "last week"}', "application/json", 422),
    (b'["text"]', "application/json", 422),
    (b"\xff\xfe\xfa", "text/plain", 422),
    (b"   ", "text/plain", 422),
])
def test_malformed_posts_get_clear_errors(client, body, content_type, status):
    response = client.post("/api/read", content=body, headers={"Content-Type": content_type})
    assert response.status_code == status and response.json()["message"]


def test_busy_reader_answers_503_at_once(app, client):
    service = app.state.reader
    saved, service.max_pending = service.max_pending, 0
    try:
        response = client.post("/api/read", json={"text": "The minister met the envoy."})
    finally:
        service.max_pending = saved
    assert response.status_code == 503 and response.json()["error"] == "busy"


def test_get_is_not_a_way_to_read(client):
    assert client.get("/api/read").status_code == 405


# --- hosts and binding ---------------------------------------------------------------------------------------------

def test_unknown_host_header_is_refused_when_hosts_are_pinned(db):
    with TestClient(create_app(db, allowed_hosts=LOOPBACK_HOSTS), base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/events").status_code == 200
        assert c.get("/api/events", headers={"Host": "localhost:8000"}).status_code == 200
        assert c.get("/api/events", headers={"Host": "rebind.evil.example"}).status_code == 400


def test_serve_listens_on_loopback_by_default():
    from dragoman.cli.serve import is_loopback, serve

    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")
