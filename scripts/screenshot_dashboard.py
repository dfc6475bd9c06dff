"""Take the README's dashboard screenshots: every page, on a store of invented news, in Debian's Chromium.

    python scripts/screenshot_dashboard.py [--out-dir docs] [--articles 200]

The store is built without the model from ``tests.store_fixtures.corpus`` (invented articles: people, events
placed in capitals, some negated or hypothetical, syndicated copies), and served as the browser tests serve it
(uvicorn on 127.0.0.1, Playwright driving /usr/bin/chromium). Writes docs/dashboard-<page>.png.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.integration.test_dashboard_browser import chromium, serve  # noqa: E402
from tests.integration.test_dashboard_views import build  # noqa: E402
from tests.store_fixtures import corpus  # noqa: E402

PAGES = {"timeline": "/timeline", "map": "/map", "network": "/network", "quotes": "/quotes", "actors": "/actors",
         "articles": "/articles", "article": "/article?id=news-000#E1", "read": "/read", "docs": "/docs"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out-dir", type=Path, default=REPO / "docs")
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = build(Path(tmp) / "screens.duckdb", corpus(args.articles))
        with serve(db) as url, chromium() as browser:
            for name, path in PAGES.items():
                page = browser.new_page(viewport={"width": 1360, "height": 900}, device_scale_factor=1)
                page.goto(url + path)
                if name == "docs":
                    page.wait_for_selector(".endpoint")
                elif name != "read":
                    page.wait_for_selector("body[data-ready='true'], #report[data-ready='true']")
                if name == "article":
                    page.wait_for_selector(".seg.marked")
                    page.evaluate("() => window.scrollTo(0, 0)")
                out = args.out_dir / f"dashboard-{name}.png"
                page.screenshot(path=str(out))
                page.close()
                print(f"wrote {out}")


if __name__ == "__main__":
    main()
