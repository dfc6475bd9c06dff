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
def test_twins_agree_with_the_api(client, params):
    get = lambda path, **extra: client.get(path, params={**params, **extra}).json()  # noqa: E731
    timeline = get("/timeline", format="json")
    assert timeline["timeline"] == get("/api/timeline")
    assert timeline["quad_classes"]["CONSULT"] == 1
    # the event list: clusters (copies counted, not repeated), in the API's order
    assert [e["cluster_id"] for e in timeline["events"]] == [e["cluster_id"] for e in get("/api/events")]
    assert timeline["total"] == len(get("/api/events", limit=1000)) and timeline["sort"] == "-date"
    assert get("/network", format="json") == get("/api/network")
    map_twin = get("/map", format="json")
    assert {k: v for k, v in map_twin.items() if k != "quad_classes"} == get("/api/map")
    actors = get("/actors", format="json")
    assert actors["actors"] == get("/api/actors") and actors["total"] >= len(actors["actors"])
    if not params:
        assert [a["article_id"] for a in get("/articles", format="json")["articles"]] == [
            a["article_id"] for a in get("/api/articles")]
        quotes = get("/quotes", format="json", speaker="Amara")
        assert {q["cluster_id"] for q in quotes["quotes"]} == {q["cluster_id"] for q in get("/api/quotes", speaker="Amara")}


def test_filters_filter_every_list(client):
    twin = lambda path, **params: client.get(path, params={"format": "json", **params}).json()  # noqa: E731
    actors = twin("/actors", country="NGA")["actors"]
    assert actors and {a["country"] for a in actors} == {"NGA"}
    assert twin("/actors", actor="amara")["actors"] and all("Amara" in a["name"] for a in twin("/actors", actor="amara")["actors"])
    articles = twin("/articles", country="NGA")["articles"]
    assert articles and len(articles) < twin("/articles")["total"]
    assert twin("/articles", type="ACCUSE")["articles"] == []
    quotes = twin("/quotes", country="NGA")["quotes"]
    assert quotes and len(quotes) < twin("/quotes")["total"]
    june = twin("/quotes", since="2024-06-01", until="2024-06-30")["quotes"]
    assert june and all(q["first_date"].startswith("2024-06") for q in june)
    events = twin("/timeline", country="NGA")["events"]
    assert events and all("NGA" in (e["source_country"], e["target_country"]) for e in events)


def test_lists_count_copies_once_and_show_them(client):
    events = client.get("/timeline?format=json&limit=1000").json()["events"]
    assert len(events) == 23 and sum(e["num_articles"] - e["num_stories"] for e in events) == 5
    quotes = client.get("/quotes?format=json&limit=1000").json()["quotes"]
    assert len({(q["speaker_name"], q["text"]) for q in quotes}) == len(quotes)
    copied = [a for a in client.get("/articles?format=json&limit=1000").json()["articles"] if a["copies"]]
    assert len(copied) == 10  # five stories, each an original and its copy


def test_lists_sort_and_page(client):
    first = client.get("/actors?format=json&limit=5&sort=name").json()
    second = client.get("/actors?format=json&limit=5&offset=5&sort=name").json()
    names = [a["name"] for a in first["actors"] + second["actors"]]
    assert names == sorted(names) and first["sort"] == "name" and first["total"] > 10
    assert client.get("/actors?format=json&sort=-name").json()["actors"][0]["name"] == max(
        a["name"] for a in client.get("/api/actors?limit=1000").json())
    assert client.get("/actors?format=json&sort=nonsense").json()["sort"] == "-stories"  # unknown: the default
    assert client.get("/actors?format=json&sort=name;drop").status_code == 422


def test_pages_hide_filters_that_cannot_apply_and_keep_them(client):
    html = client.get("/actors", params={"type": "CONSULT", "country": "NGA"}).text
    assert 'name="type"' in html and '<select name="type"' not in html  # kept, hidden
    assert '<input type="hidden" name="type" value="CONSULT">' in html and "Not applied here: type" in html
    assert 'name="country" value="NGA"' in html
    assert '<select name="type"' in client.get("/articles").text
    assert client.get("/actors?format=json&type=CONSULT&country=NGA").json()["not_applied"] == ["type"]
    assert client.get("/articles?format=json&type=CONSULT").json()["not_applied"] == []


def test_downloads(client):
    csv_text = client.get("/download/actors?fmt=csv&country=NGA").text
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("actor_key,name,") and all(",NGA," in line for line in lines[1:])
    response = client.get("/download/events?fmt=json&type=CONSULT")
    assert response.headers["content-disposition"] == 'attachment; filename="events.json"'
    assert {e["type"] for e in response.json()} == {"CONSULT"}
    gdelt = client.get("/download/events?fmt=gdelt").text.splitlines()
    assert gdelt[0].startswith("GLOBALEVENTID") and len(gdelt[1].split("\t")) == 61
    plover = client.get("/download/events?fmt=plover").text.splitlines()
    assert len(plover) == 23 and '"event": ["CONSULT"]' in plover[0]
    assert client.get("/download/actors?fmt=gdelt").status_code == 422
    assert client.get("/download/nothing?fmt=csv").status_code == 422


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
