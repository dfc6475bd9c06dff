"""The dashboard in a real browser (Debian's Chromium through Playwright) on a store built by the real pipeline
from the bundled demo article and invented articles written for these tests."""

from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

# Invented articles (our own writing): people, places and events are fictional.
ARTICLES = {
    "geneva-aid-2024-06-20.txt": """Published: 2024-06-20

GENEVA - Swiss Foreign Minister Petra Vogel met Ethiopian Prime Minister Dawit Alemu in Geneva on Thursday and \
pledged new humanitarian aid for the drought-hit south.

"We will stand with the people of the region for as long as it takes," Vogel said after the meeting.

Alemu thanked Switzerland for its support and urged donors to release funds quickly. The United Nations warned on \
Wednesday that two million people faced hunger.

Opposition leader Selam Bekele accused the government of hiding the scale of the crisis. "The ministry knew for \
months and said nothing," Bekele told reporters.
""",
    "kyiv-power-2024-07-03.txt": """Published: 2024-07-03

KYIV - Ukrainian Defence Minister Oleh Marchenko accused Russia on Wednesday of shelling a power station near \
Kharkiv, and the European Union threatened new sanctions against Moscow.

"This attack was aimed at civilians," Marchenko said. Russian Foreign Minister Sergei Volkov rejected the claim and \
said the station was a military target.

Polish President Marek Nowak visited Kyiv on Tuesday and promised more air defence systems. Nowak said Poland would \
support Ukraine "without hesitation".
""",
}

PASTED = ("LIMA - Peruvian President Rosa Quispe met Chilean Foreign Minister Tomas Ibarra in Lima on Friday. "
          "\u201cWe agreed to reopen the border crossing next week,\u201d Quispe said after the talks.")


def build_demo_store(folder: Path) -> Path:
    """The demo article and the invented ones, loaded with the real pipeline."""
    from dragoman.demo import demo_path
    from dragoman.store.load import load

    folder.mkdir(parents=True, exist_ok=True)
    inputs = [str(demo_path())]
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
        inputs.append(str(folder / name))
    db = folder / "dashboard.duckdb"
    summary = load(inputs, db)
    assert summary.failed == 0, summary.failures
    return db


@contextmanager
def serve(db: Path) -> Iterator[str]:
    """uvicorn on 127.0.0.1 and a free port, in a thread; yields the base URL."""
    import uvicorn

    from dragoman.web import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, post_timeout_s=120), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def chromium() -> Iterator[object]:
    """A headless Debian Chromium driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def distinct_colours(png: bytes) -> int:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        return len(image.convert("RGB").getcolors(maxcolors=1 << 24) or [])


# --- fixtures ---------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def base_url(tmp_path_factory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    pytest.importorskip("uvicorn", reason="uvicorn is not installed")
    db = build_demo_store(tmp_path_factory.mktemp("dashboard"))
    with serve(db) as url:
        yield url


@pytest.fixture(scope="module")
def browser(base_url) -> Iterator[object]:
    with chromium() as b:
        yield b


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    page.csp_errors = []
    page.on("console", lambda m: page.csp_errors.append(m.text)
            if m.type == "error" and "Content Security Policy" in m.text else None)
    page.on("pageerror", lambda e: page.csp_errors.append(f"page error: {e}"))
    yield page
    context.close()


def _ready(page) -> None:
    page.wait_for_selector("body[data-ready='true'], #report[data-ready='true']", timeout=15_000)


# --- tests ------------------------------------------------------------------------------------------------------

def test_clicking_an_event_highlights_its_evidence(page, base_url, tmp_path):
    page.goto(f"{base_url}/timeline")
    _ready(page)
    assert page.locator("#chart svg rect.bar").count() >= 3
    row = page.locator("tr.event-row").first
    article_id, event_id = row.get_attribute("data-article"), row.get_attribute("data-event")
    row.click()
    page.wait_for_selector(".seg.marked")
    report = page.evaluate("(url) => fetch(url).then((r) => r.json())", f"/api/articles/{article_id}")
    event = next(e for e in report["events"] if e["id"] == event_id)
    evidence = report["text"][event["evidence"]["start"]:event["evidence"]["end"]]
    marked = "".join(page.locator(".seg.marked").all_text_contents())
    assert marked == evidence
    assert page.locator(f".record.active[data-id='{event_id}']").count() == 1
    assert page.evaluate("() => location.hash") == f"#{event_id}"

    # Another record: a quote. Its text is marked and the event's no longer is.
    quote = report["quotes"][0]
    page.locator(f".record[data-id='{quote['id']}']").click()
    marked = "".join(page.locator(".seg.marked").all_text_contents())
    assert marked == report["text"][quote["start"]:quote["end"]]
    assert page.locator(f".record.active[data-id='{event_id}']").count() == 0

    png = page.screenshot(path=str(tmp_path / "article.png"), full_page=True)
    assert len(png) > 20_000 and distinct_colours(png) > 200, "the screenshot looks blank"
    assert page.csp_errors == []


def test_timeline_chart_and_screenshot_are_not_blank(page, base_url):
    page.goto(f"{base_url}/timeline")
    _ready(page)
    png = page.screenshot(full_page=True)
    assert distinct_colours(png) > 200
    assert page.locator("#legend .swatch").count() >= 3
    assert page.csp_errors == []


def test_network_edges_are_coloured_by_quad_class(page, base_url):
    page.goto(f"{base_url}/network")
    _ready(page)
    edges = page.locator("#network path.edge")
    assert edges.count() >= 4
    colours = {edges.nth(i).get_attribute("stroke") for i in range(edges.count())}
    assert colours <= {"#3b82c4", "#2e9e5b", "#e08a1e", "#d23c3c", "#98a2b3"} and len(colours) >= 2
    assert page.locator("#network g.node").count() >= 5
    page.locator("#network g.node circle").first.click()
    page.wait_for_url("**/timeline?actor=*")
    assert page.csp_errors == []


def test_filters_are_shared_by_all_views(page, base_url):
    page.goto(f"{base_url}/timeline")
    _ready(page)
    page.select_option("#filters select[name=type]", "CONSULT")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/timeline?type=CONSULT")
    _ready(page)
    types = page.locator("tr.event-row .pill").all_text_contents()
    assert types and set(types) == {"CONSULT"}
    for view in ("network", "quotes", "actors", "articles"):
        assert page.locator(f"header nav a[href='/{view}?type=CONSULT']").count() == 1
    page.click("header nav a[href='/network?type=CONSULT']")
    _ready(page)
    assert page.locator("#filters select[name=type]").input_value() == "CONSULT"


def test_quotes_browser_by_speaker(page, base_url):
    page.goto(f"{base_url}/quotes")
    _ready(page)
    speaker = page.locator(".speakers a").nth(1)
    name = speaker.locator("span").first.text_content()
    speaker.click()
    page.wait_for_url("**/quotes?speaker=*")
    _ready(page)
    footers = page.locator("blockquote.quote footer strong").all_text_contents()
    assert footers and all(name in f for f in footers)
    page.locator("blockquote.quote footer a").first.click()
    page.wait_for_selector(".seg.marked")


def test_paste_an_article_shows_its_report(page, base_url):
    page.goto(f"{base_url}/read")
    page.fill("textarea[name=text]", PASTED)
    page.fill("input[name=published]", "2024-08-02")
    page.click("#read-form button[type=submit]")
    page.wait_for_selector("#records .record", timeout=60_000)
    assert "Rosa Quispe" in page.locator("#records").inner_text()
    first = page.locator("#records .record").first
    first.click()
    assert page.locator(".seg.marked").count() >= 1
    assert page.csp_errors == []


def test_api_docs_page_lists_endpoints(page, base_url):
    page.goto(f"{base_url}/docs")
    page.wait_for_selector(".endpoint")
    text = page.locator("#endpoints").inner_text()
    for path in ("/api/events", "/api/read", "/api/timeline"):
        assert path in text
    assert page.csp_errors == []
