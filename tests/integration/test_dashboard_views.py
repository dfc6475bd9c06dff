"""The dashboard's views in Debian's Chromium (Playwright) on hand-built stores (no model needed): the map's
markers, filters on every page, negated events marked on every view, and a 1,000-actor network whose labels
never overlap."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dragoman.records import Actor, Event, PlaceRef, Report, Span
from tests.integration.test_dashboard_browser import CHROMIUM, chromium, serve
from tests.store_fixtures import story

pytestmark = pytest.mark.integration

PLACES = [("Lagos", "NGA", 6.45, 3.39), ("Moscow", "RUS", 55.75, 37.62), ("Stockholm", "SWE", 59.33, 18.07),
          ("Beirut", "LBN", 33.89, 35.50), ("Paris", "FRA", 48.86, 2.35), ("Tokyo", "JPN", 35.68, 139.69)]
LOCATED = len(PLACES)  # stories 0-5 carry a place; stories 0-3 also have a syndicated copy (same event)
NEGATED_TEXT = "Chen Okafor denied that he had threatened Farid Petrov with sanctions."


def negated_report() -> Report:
    """One article whose only event is negated (and so drawn on no chart, but marked on every list)."""
    a, b = "Chen Okafor", "Farid Petrov"
    return Report(id="negated-1", source="https://daily.example.org/negated", title="Okafor denies threat",
                  published="2024-05-20", text=NEGATED_TEXT,
                  actors=[Actor(id="A1", name=a, kind="person", country="JPN", sector="GOV", mentions=[(0, len(a))]),
                          Actor(id="A2", name=b, kind="person", country="GEO", sector="GOV",
                                mentions=[(NEGATED_TEXT.index(b), NEGATED_TEXT.index(b) + len(b))])],
                  events=[Event(id="E1", type="THREATEN", cameo="130", source="A1", target="A2", date="2024-05-20",
                                negated=True, evidence=Span(start=0, end=NEGATED_TEXT.index(" with")))])


def fixture_reports() -> list[Report]:
    reports = []
    for n in range(12):
        for copy in (False, True) if n < 4 else (False,):
            report = story(n, copy=copy)
            if n < LOCATED:
                name, country, lat, lon = PLACES[n]
                report.events[0].place = PlaceRef(name=name, country=country, lat=lat, lon=lon)
            reports.append(report)
    return reports + [negated_report()]


SYLLABLES = ["ka", "lo", "mi", "ren", "dar", "vi", "so", "tan", "el", "mor", "ba", "zu", "nik", "ta", "ri", "gu"]
COUNTRY_CODES = ["NGA", "RUS", "SWE", "LBN", "FRA", "JPN", "BRA", "CZE", "POL", "MEX", "GEO", "KEN", "IND", "CHN",
                 "USA", "DEU", "EGY", "TUR", "ARG", "ZAF"]


def big_reports(actors: int = 1000) -> list[Report]:
    """``actors`` people, paired in reports of four (the pair, a hub among twenty, a bystander): about 1,000 links."""
    rng = random.Random(7)
    names = set()
    while len(names) < actors:
        names.add(" ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title() for _ in range(2)))
    people = sorted(names)
    reports = []
    for r in range(actors // 2):
        picks = [people[(2 * r) % actors], people[(2 * r + 1) % actors], people[rng.randrange(20)],
                 people[rng.randrange(actors)]]
        text = ". ".join(f"{p} spoke" for p in picks) + "."
        cast, at = [], 0
        for i, p in enumerate(picks):
            start = text.index(p, at)
            cast.append(Actor(id=f"A{i + 1}", name=p, kind="person", country=COUNTRY_CODES[people.index(p) % 20],
                              mentions=[(start, start + len(p))]))
            at = start + len(p)
        kinds = ["CONSULT", "ACCUSE", "AID", "ASSAULT"]
        events = [Event(id=f"E{i}", type=kinds[(r + i) % 4], source=f"A{s}", target=f"A{t}",
                        date=f"2024-{1 + r % 12:02d}-{1 + r % 28:02d}", evidence=Span(start=0, end=5))
                  for i, (s, t) in enumerate([(1, 2), (3, 1)])]
        reports.append(Report(id=f"big-{r:04d}", source=f"https://big.example.org/{r}", published="2024-06-01",
                              text=text, actors=cast, events=events))
    return reports


def build(path: Path, reports: list[Report]) -> Path:
    from dragoman.store import connect
    from dragoman.store.clusters import refresh
    from dragoman.store.writer import write_batch

    con = connect(path)
    write_batch(con, reports, "run-1")
    refresh(con)
    con.close()
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    pytest.importorskip("uvicorn", reason="uvicorn is not installed")
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def base_url(browser, tmp_path_factory) -> Iterator[str]:
    with serve(build(tmp_path_factory.mktemp("views") / "views.duckdb", fixture_reports())) as url:
        yield url


@pytest.fixture(scope="module")
def big_url(browser, tmp_path_factory) -> Iterator[str]:
    with serve(build(tmp_path_factory.mktemp("big") / "big.duckdb", big_reports())) as url:
        yield url


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(f"page error: {e}"))
    yield page
    context.close()


def ready(page) -> None:
    page.wait_for_selector("body[data-ready='true'], #report[data-ready='true']", timeout=15_000)


def twin(page, url: str) -> dict:
    return page.evaluate("(url) => fetch(url).then((r) => r.json())", url)


# --- map ----------------------------------------------------------------------------------------------------------

def test_map_shows_one_marker_per_located_event(page, base_url):
    page.goto(f"{base_url}/map")
    ready(page)
    markers = page.locator("#map circle.marker")
    assert markers.count() == LOCATED == twin(page, "/map?format=json")["located"]
    assert page.locator("#map path.country").count() > 150  # the shipped Natural Earth countries
    shaded = page.locator("#map path.country.c5, #map path.country.c1, #map path.country.c3")
    assert shaded.count() >= 1
    fills = {markers.nth(i).get_attribute("fill") for i in range(markers.count())}
    assert fills <= {"#3b82c4", "#2e9e5b", "#e08a1e", "#d23c3c"}
    # the shared filters apply: events with a French actor (stories 1 and 4 of the located six)
    from tests.store_fixtures import COUNTRIES
    french = [n for n in range(LOCATED) if "FRA" in (COUNTRIES[n % 10], COUNTRIES[(n + 3) % 10])]
    page.goto(f"{base_url}/map?country=FRA")
    ready(page)
    assert page.locator("#map circle.marker").count() == len(french) == 2
    # a click opens the event's evidence
    page.locator("#map circle.marker").first.click()
    page.wait_for_selector(".seg.marked")
    assert "/article?id=" in page.url
    assert page.errors == []


@pytest.fixture(scope="module")
def corpus_url(browser, tmp_path_factory) -> Iterator[str]:
    from tests.store_fixtures import corpus

    with serve(build(tmp_path_factory.mktemp("corpus") / "corpus.duckdb", corpus(40))) as url:
        yield url


def test_map_places_layer(page, corpus_url):
    page.goto(f"{corpus_url}/map")
    ready(page)
    places = page.locator("#map rect.place")
    assert places.count() == len(twin(page, "/map?format=json")["places"]) > 3
    assert page.locator("#map g.places").get_attribute("visibility") == "hidden"
    page.check("#map-places")
    assert page.locator("#map g.places").get_attribute("visibility") == "visible"
    # zooming keeps markers and squares the same size on screen
    before = page.locator("#map circle.marker").first.bounding_box()["width"]
    box = page.locator("#map svg").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -300)
    page.wait_for_timeout(200)
    assert abs(page.locator("#map circle.marker").first.bounding_box()["width"] - before) < 1.5
    assert page.errors == []


# --- filters ------------------------------------------------------------------------------------------------------

def test_actors_filtered_by_country_page_and_twin(page, base_url):
    page.goto(f"{base_url}/actors?country=GEO")
    ready(page)
    data = twin(page, "/actors?country=GEO&format=json")
    assert data["actors"] and {a["country"] for a in data["actors"]} == {"GEO"}
    rows = page.locator("tr.actor-row")
    assert rows.count() == len(data["actors"])
    assert {rows.nth(i).get_attribute("data-country") for i in range(rows.count())} == {"GEO"}
    assert page.locator("#filters input[name=country]").input_value() == "GEO"
    assert page.locator("#filters select[name=type]").count() == 0  # a filter that cannot apply is hidden
    assert page.errors == []


def test_quotes_and_articles_filter_and_count_copies_once(page, base_url):
    page.goto(f"{base_url}/quotes")
    ready(page)
    quotes = twin(page, "/quotes?format=json")
    texts = [(q["speaker_name"], q["text"]) for q in quotes["quotes"]]
    assert len(texts) == len(set(texts)) == 12  # four syndicated copies, counted once
    assert page.locator("blockquote.quote").count() == 12
    assert "1 copy" in page.locator("blockquote.quote .copies").all_text_contents().__str__()
    nga = twin(page, "/articles?country=NGA&format=json")["articles"]
    assert nga and all(a["actors"] for a in nga) and len(nga) < 17
    page.goto(f"{base_url}/articles?type=THREATEN")
    ready(page)
    assert page.locator("a.article-link").all_text_contents() == ["Okafor denies threat"]


def test_long_lists_sort_and_page(page, base_url):
    page.goto(f"{base_url}/actors?limit=5")
    ready(page)
    assert page.locator("tr.actor-row").count() == 5
    page.click(".pager a.next")
    ready(page)
    assert "offset=5" in page.url and page.locator("tr.actor-row").count() == 5
    page.click("th a.sort[data-sort=name]")
    ready(page)
    names = page.locator("tr.actor-row td:first-child").all_text_contents()
    assert names == sorted(names, reverse=True) and "offset" not in page.url


def test_downloads(page, base_url):
    page.goto(f"{base_url}/timeline?country=FRA")
    ready(page)
    links = page.locator(".downloads a.download")
    assert links.all_text_contents() == ["CSV", "JSON", "GDELT", "PLOVER"]
    with page.expect_download() as download:
        page.click(".downloads a.download:text('CSV')")
    content = Path(download.value.path()).read_text()
    assert content.startswith("cluster_id,") and "FRA" in content
    events = len(twin(page, "/timeline?country=FRA&format=json")["events"])
    assert len(content.strip().splitlines()) == events + 1
    gdelt = page.evaluate("() => fetch('/download/events?fmt=gdelt&country=FRA').then((r) => r.text())")
    assert gdelt.startswith("GLOBALEVENTID") and len(gdelt.strip().splitlines()) == events + 1


# --- negated events marked on every view ------------------------------------------------------------------------------

def test_a_negated_event_is_marked_on_timeline_network_and_article(page, base_url):
    page.goto(f"{base_url}/timeline?actor=Farid Petrov")
    ready(page)
    row = page.locator("tr.event-row", has=page.locator(".flag.negated"))
    assert row.count() == 1 and "THREATEN" in row.inner_text()

    page.goto(f"{base_url}/network?type=THREATEN")
    ready(page)
    edge = page.locator("#network path.edge.flagged[data-negated='1']")
    assert edge.count() == 1
    edge.dispatch_event("pointerenter", {"clientX": 200, "clientY": 200})
    assert "1 negated" in page.locator("#network .tooltip").inner_text()
    page.locator("#network g.node").first.dispatch_event("pointerenter", {"clientX": 200, "clientY": 200})
    assert page.locator("#network svg.focused").count() == 1 and page.locator("#network path.edge.on").count() == 1

    page.goto(f"{base_url}/article?id=negated-1")
    page.wait_for_selector("#report[data-ready='true']")
    assert page.locator(".record.flagged .flag.negated").count() == 1
    assert page.locator("#records h3", has_text="Places").count() == 1
    assert page.locator("#records h3", has_text="Times").count() == 1
    assert page.errors == []


# --- a readable network at 1,000 actors -------------------------------------------------------------------------------

def _overlaps(boxes: list[dict]) -> list[tuple[int, int]]:
    out = []
    for i, a in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            b = boxes[j]
            if a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"] and \
                    a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]:
                out.append((i, j))
    return out


LABEL_BOXES = """() => { const view = document.querySelector('#network svg').getBoundingClientRect();
  return [...document.querySelectorAll('#network text.label')].map((t) => t.getBoundingClientRect())
    .filter((r) => r.right > view.left && r.left < view.right && r.bottom > view.top && r.top < view.bottom)
    .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })); }"""


def test_a_thousand_actor_network_renders_fast_with_no_overlapping_labels(page, big_url):
    page.goto(f"{big_url}/read")
    data = twin(page, "/network?format=json")
    assert len(data["nodes"]) >= 1000
    start = time.monotonic()
    page.goto(f"{big_url}/network")
    ready(page)
    elapsed = time.monotonic() - start
    assert elapsed < 3.0, f"the network took {elapsed:.2f} s: {page.evaluate('() => window.dragomanNetwork')}"
    assert page.locator("#network g.node").count() == len(data["nodes"])
    boxes = page.evaluate(LABEL_BOXES)
    assert len(boxes) >= 20 and _overlaps(boxes) == []
    sizes = {page.locator("#network g.node circle").nth(i).get_attribute("r") for i in range(30)}
    assert len(sizes) > 1  # size by degree

    # zoom in: more labels, still none overlapping
    box = page.locator("#network svg").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(4):
        page.mouse.wheel(0, -200)
    page.wait_for_timeout(300)
    zoomed = page.evaluate(LABEL_BOXES)
    assert _overlaps(zoomed) == []

    # search centres and highlights an actor, whose label is then shown
    name = data["nodes"][500]["name"]
    page.fill("#network-search", name)
    page.press("#network-search", "Enter")
    page.wait_for_timeout(300)
    assert page.locator("#network g.node.match").count() >= 1
    assert name in page.locator("#network text.label").all_text_contents()

    # the country view: one node per country
    page.check("#network-countries")
    page.wait_for_function("() => window.dragomanNetwork.mode === 'countries'")
    assert page.locator("#network g.node").count() == 20
    assert _overlaps(page.evaluate(LABEL_BOXES)) == []
    assert page.errors == []
