"""POST /api/read with the real model: the report out, and the time limit."""

from __future__ import annotations

import time
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from dragoman.store import connect  # noqa: E402
from dragoman.web import create_app  # noqa: E402

pytestmark = pytest.mark.integration

ARTICLE = ("LIMA - Peruvian President Rosa Quispe met Chilean Foreign Minister Tomas Ibarra in Lima on Friday. "
           "\u201cWe agreed to reopen the border crossing next week,\u201d Quispe said after the talks.")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("read") / "empty.duckdb"
    connect(path).close()
    return path


def test_post_json_returns_a_valid_report(db, validate):
    with TestClient(create_app(db, post_timeout_s=120)) as client:
        response = client.post("/api/read", json={"text": ARTICLE, "title": "Border talks", "published": "2024-08-02"})
        assert response.status_code == 200, response.text
        report = validate(response.json())
        assert report["title"] == "Border talks" and report["published"] == "2024-08-02"
        assert "Rosa Quispe" in {a["name"] for a in report["actors"]}
        assert report["quotes"] and report["events"]
        event = report["events"][0]
        assert report["text"][event["evidence"]["start"]:event["evidence"]["end"]]

        plain = client.post("/api/read", content=ARTICLE.encode(), headers={"Content-Type": "text/plain; charset=utf-8"})
        assert plain.status_code == 200 and validate(plain.json())["text"]
        # the server stays responsive while it reads
        assert client.get("/api/events").status_code == 200


def test_post_over_the_time_limit_is_504_and_the_server_stays_up(db):
    with TestClient(create_app(db, post_timeout_s=0.001)) as client:
        start = time.perf_counter()
        response = client.post("/api/read", json={"text": ARTICLE * 50})
        assert response.status_code == 504 and response.json()["error"] == "timeout"
        assert time.perf_counter() - start < 5
        assert client.get("/api/timeline").status_code == 200
