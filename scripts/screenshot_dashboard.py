"""Take the README's dashboard screenshot: the demo store served locally, an event clicked in Chromium.

    python scripts/screenshot_dashboard.py [--out docs/dashboard.png] [--page article|timeline|network]

Uses the browser tests' setup (Debian's /usr/bin/chromium through Playwright, uvicorn on 127.0.0.1) and the same
store: the bundled demo article and the invented articles of tests/integration/test_dashboard_browser.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.integration.test_dashboard_browser import build_demo_store, chromium, serve  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "dashboard.png")
    parser.add_argument("--page", choices=["article", "timeline", "network"], default="article")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = build_demo_store(Path(tmp))
        with serve(db) as url, chromium() as browser:
            page = browser.new_page(viewport={"width": 1360, "height": 860}, device_scale_factor=1)
            page.goto(f"{url}/{'timeline' if args.page == 'article' else args.page}")
            page.wait_for_selector("body[data-ready='true']")
            if args.page == "article":
                page.locator("tr.event-row[data-event='E1']").last.click()
                page.wait_for_selector(".seg.marked")
                page.evaluate("() => window.scrollTo(0, 0)")
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
