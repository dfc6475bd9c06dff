"""Dashboard pages in-process: every page has a JSON twin equal to the API's answers; pages carry no inline code."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from dragoman.store import connect  # noqa: E402
from dragoman.store.clusters import refresh  # noqa: E402
from dragoman.store.writer import write_batch  # noqa: E402
from dragoman.web import create_app  # noqa: E402
from dragoman.web.pages import page_twins  # noqa: E402
from tests.store_fixtures import story  # noqa: E402

DOTTED_IDS = ["..", "../orig-001", "a/../../b"]
FILTERS = {"country": "NGA", "type": "CONSULT", "since": "2024-01-01", "until": "2024-12-31"}


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    db = tmp_path_factory.mktemp("pages") / "pages.duckdb"
    con = connect(db)
    dotted = [story(n) for n in range(40, 43)]
    for report, odd in zip(dotted, DOTTED_IDS):
        report.id = odd
    write_batch(con, [story(n) for n in range(20)] + [story(n, copy=True) for n in range(5)] + dotted, "run-1")
    refresh(con)
    con.close()
    with TestClient(create_app(db, max_post_bytes=1234, post_timeout_s=7)) as c:
        yield c


def test_every_page_is_html_and_has_a_json_twin(client):
    for page, twin in page_twins().items():
        html = client.get(page)
        assert html.status_code == 200 and html.headers["content-type"].startswith("text/html"), page
        data = client.get(twin)
        assert data.status_code == 200 and data.headers["content-type"] == "application/json", twin
        assert data.json(), twin


@pytest.mark.parametrize("params", [{}, FILTERS])
def test_twins_equal_the_api(client, params):
    get = lambda path, **extra: client.get(path, params={**params, **extra}).json()  # noqa: E731
    assert get("/timeline", format="json") == {"timeline": get("/api/timeline"),
                                               "events": get("/api/events", per_article="true"),
                                               "quad_classes": get("/timeline", format="json")["quad_classes"]}
    assert get("/timeline", format="json")["quad_classes"]["CONSULT"] == 1
    assert get("/network", format="json") == get("/api/network")
    assert client.get("/articles?format=json").json() == {"articles": client.get("/api/articles").json()}
    assert client.get("/actors?format=json").json() == {"actors": client.get("/api/actors?limit=200").json()}
    assert client.get("/quotes?format=json&speaker=Amara").json() == {
        "speakers": client.get("/api/speakers").json(),
        "quotes": client.get("/api/quotes?per_article=true&speaker=Amara").json()}


def test_article_page_and_its_twin(client):
    article_id = client.get("/api/articles").json()[0]["article_id"]
    page = client.get(f"/articles/{article_id}")
    assert page.status_code == 200 and f'data-twin="/article?id={article_id}&amp;format=json"' in page.text
    assert client.get(f"/article?id={article_id}").text == page.text
    assert client.get(f"/articles/{article_id}?format=json").json() == client.get(f"/api/articles/{article_id}").json()
    missing = client.get("/articles/absent")
    assert missing.status_code == 404 and "No article absent" in missing.text
    assert client.get("/articles/absent?format=json").status_code == 404


def test_read_page_twin_states_the_limits(client):
    assert client.get("/read?format=json").json() == {
        "endpoint": "/api/read", "method": "POST", "content_types": ["application/json", "text/plain"],
        "max_post_bytes": 1234, "post_timeout_s": 7}


def test_docs_twin_is_the_openapi_description(client):
    assert client.get("/docs?format=json").json() == client.get("/openapi.json").json()


def test_pages_have_no_inline_scripts_or_styles(client):
    for page in [*page_twins(), "/articles/orig-001"]:
        html = client.get(page).text
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
        assert scripts, page
        assert all('src="/static/' in attrs and not body.strip() for attrs, body in scripts), page
        assert "<style" not in html and " style=" not in html and " onclick=" not in html.lower(), page
        assert "http://" not in html and "https://" not in html, page  # nothing from another origin


def test_filters_are_shared_through_the_query_string(client):
    html = client.get("/network", params=FILTERS).text
    query = "country=NGA&amp;type=CONSULT&amp;since=2024-01-01&amp;until=2024-12-31"
    for view in ("timeline", "network", "quotes", "actors", "articles"):
        assert f'href="/{view}?{query}"' in html
    assert '<option value="CONSULT" selected>' in html and 'name="country" value="NGA"' in html


def test_filter_values_are_escaped(client):
    html = client.get("/timeline", params={"actor": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in html and "&quot;&gt;&lt;script&gt;" in html


def test_home_redirects_to_the_timeline_keeping_filters(client):
    response = client.get("/?type=CONSULT", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == "/timeline?type=CONSULT"


def test_static_assets_are_served_from_the_package(client):
    for name in ("common.js", "report.js", "timeline.js", "network.js", "quotes.js", "app.css"):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200 and len(response.content) > 200, name
    assert client.get("/static/common.js").headers["content-type"].startswith(("text/javascript", "application/javascript"))
    static = Path(__file__).resolve().parents[2] / "src" / "dragoman" / "web" / "static"
    for script in static.glob("*.js"):
        text = script.read_text()
        assert "innerHTML" not in text and "eval(" not in text and "http" not in text.replace("http://www.w3.org", ""), script


@pytest.mark.parametrize("odd_id", DOTTED_IDS)
def test_ids_with_dot_segments_work_on_their_own_page(client, odd_id):
    from html import unescape
    from urllib.parse import urlencode, urlsplit
    page = client.get("/article?" + urlencode({"id": odd_id}))
    assert page.status_code == 200
    twin = unescape(re.search(r'data-twin="([^"]+)"', page.text).group(1))
    assert urlsplit(twin).path == "/article"  # nothing a browser would rewrite as a dot segment
    assert client.get(twin).json()["id"] == odd_id
