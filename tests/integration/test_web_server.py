"""`dragoman serve` as a real server: hostile requests are refused or time out while the rest is answered,
slow and vanishing clients are bounded, and SIGINT stops it."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("uvicorn", reason="the web extra is not installed")

from dragoman.store import connect  # noqa: E402
from dragoman.web.server import HEADER_TIMEOUT_S  # noqa: E402

pytestmark = pytest.mark.integration
LONG = "The minister met the envoy in Lagos on Monday and they talked about trade. " * 1_500  # ~25,000 tokens


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, db: Path, post_timeout: float) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "dragoman", "serve", "--db", str(db), "--port", str(self.port),
             "--post-timeout", str(post_timeout)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                self.get("/api/events")
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("the server did not start")

    def get(self, path: str, timeout: float = 5) -> int:
        with urllib.request.urlopen(self.url + path, timeout=timeout) as response:
            return response.status

    def post(self, body: bytes, content_type: str = "application/json", timeout: float = 120) -> tuple[int, dict]:
        request = urllib.request.Request(self.url + "/api/read", data=body, headers={"Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read())

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            self.process.wait(30)
        return self.process.stderr.read()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "empty.duckdb"
    connect(path).close()
    return path


@pytest.fixture(scope="module")
def server(db):
    server = Server(db, post_timeout=2)
    yield server
    stderr = server.stop()
    assert "Traceback" not in stderr, stderr


def test_a_post_over_the_time_limit_times_out_while_other_endpoints_answer(server):
    assert server.post(json.dumps({"text": "The minister met the envoy."}).encode())[0] == 200  # the model is loaded
    answer: list = []
    slow = threading.Thread(target=lambda: answer.append(server.post(json.dumps({"text": LONG}).encode())))
    slow.start()
    time.sleep(0.5)
    for _ in range(5):  # the analysis runs in another process: these do not wait for it
        start = time.monotonic()
        assert server.get("/api/timeline") == 200 and time.monotonic() - start < 1.5
        time.sleep(0.2)
    slow.join(60)
    assert answer and answer[0][0] == 504 and answer[0][1]["error"] == "timeout"
    status, report = server.post(json.dumps({"text": "The minister met the envoy in Lagos."}).encode())
    assert status == 200 and report["text"]  # a fresh analysis process took over


@pytest.mark.parametrize("body", [b'{"text": "x", "title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
                                  b'{"text": ' + b"{\"a\": " * 50_000 + b"1" + b"}" * 50_000 + b"}"])
def test_deeply_nested_json_is_4xx(server, body):
    status, answer = server.post(body, timeout=30)
    assert 400 <= status < 500 and answer["message"]


def test_a_lone_surrogate_in_the_title_is_no_500(server):
    status, report = server.post(b'{"text": "The minister met the envoy in Lagos on Monday.", "title": "a \\ud800 b"}')
    assert status == 200 and report["title"] == "a \ufffd b"


def test_a_client_that_disconnects_mid_body_leaves_no_traceback(server):
    with socket.create_connection(("127.0.0.1", server.port)) as s:
        s.sendall(b"POST /api/read HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 1000\r\n\r\n{\"text\": \"abc")
        time.sleep(0.3)
    time.sleep(0.5)
    assert server.get("/api/events") == 200  # the module's teardown checks stderr for tracebacks


def test_a_slow_client_is_disconnected(server):
    with socket.create_connection(("127.0.0.1", server.port)) as s:
        s.settimeout(HEADER_TIMEOUT_S + 10)
        start = time.monotonic()
        s.sendall(b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        for _ in range(3):  # a header line now and then, never the blank line that ends them
            time.sleep(1)
            s.sendall(b"X-Slow: 1\r\n")
        assert s.recv(1024) == b""
        assert time.monotonic() - start < HEADER_TIMEOUT_S + 5
    assert server.get("/api/events") == 200


def test_sigint_stops_the_server_during_an_analysis(db):
    server = Server(db, post_timeout=120)
    threading.Thread(target=lambda: server.post(json.dumps({"text": LONG}).encode()), daemon=True).start()
    time.sleep(4)  # the analysis process is starting or running
    start = time.monotonic()
    server.process.send_signal(signal.SIGINT)
    server.process.wait(20)
    assert time.monotonic() - start < 15
    stderr = server.process.stderr.read()
    assert "Traceback" not in stderr, stderr
