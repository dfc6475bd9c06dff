"""`dragoman serve` as a real process: loopback by default, raw requests over a socket cannot escape the static
folder or change the store, and a foreign Host header is refused."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytest.importorskip("uvicorn", reason="the web extra is not installed")

from dragoman.store import connect  # noqa: E402
from dragoman.store.clusters import refresh  # noqa: E402
from dragoman.store.writer import write_batch  # noqa: E402
from tests.store_fixtures import story  # noqa: E402

pytestmark = pytest.mark.integration


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def raw_request(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("serve") / "serve.duckdb"
    con = connect(db)
    write_batch(con, [story(n) for n in range(5)], "run-1")
    refresh(con)
    con.close()
    port = free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    process = subprocess.Popen([sys.executable, "-m", "dragoman", "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/articles", timeout=2).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"dragoman serve did not start: {process.stderr.read().decode()}")
            time.sleep(0.2)
    yield port, db, process
    process.terminate()
    process.wait(timeout=10)


def test_serve_binds_loopback_only(server):
    port, _, process = server
    listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True)
    if listening.returncode == 0 and listening.stdout.strip():
        local = {line.split()[3] for line in listening.stdout.splitlines()}
        assert local == {f"127.0.0.1:{port}"}
    body = urllib.request.urlopen(f"http://127.0.0.1:{port}/timeline", timeout=5)
    assert body.status == 200 and body.headers["Content-Security-Policy"]


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e/%2e%2e/cli.py",
                                  "/static/%2e%2e%2f%2e%2e%2fcli.py", "/static/..\\app.py", "/static/..%5capp.py",
                                  "/static/%252e%252e/app.py", "/static/../../../../../../etc/passwd",
                                  "/../../../../etc/passwd", "/static//etc/passwd"])
def test_raw_traversal_attempts_get_nothing(server, path):
    port, _, _ = server
    response = raw_request(port, f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
    status = response.split(b" ", 2)[1]
    assert status in (b"400", b"404"), (path, response[:200])
    assert b"def create_app" not in response and b"import typer" not in response and b"root:" not in response


def test_foreign_host_header_is_refused(server):
    port, _, _ = server
    response = raw_request(port, b"GET /api/events HTTP/1.1\r\nHost: rebind.evil.example\r\nConnection: close\r\n\r\n")
    assert response.split(b" ", 2)[1] == b"400"


def test_the_store_is_unchanged_and_readable_by_others_while_served(server):
    port, db, _ = server
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    for path in ("/api/events?sql=DROP%20TABLE%20events", "/api/articles", "/network?format=json"):
        assert urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5).status == 200
    other = connect(db, read_only=True)  # another reader process/connection may open it too
    assert other.execute("SELECT count(*) FROM events").fetchone()[0] == 5
    other.close()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
