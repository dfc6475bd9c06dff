"""HTML pages: main text, title and date through trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura

from dragoman.errors import MalformedInput, NoMainText
from dragoman.sources.base import Failed, Limits, RawDocument, check_size, check_text, guard, read_bytes, source_name


MIN_WORDS = 8  # fewer words than a one-sentence story: navigation or boilerplate only


def absolute_url(url: str | None) -> str | None:
    """A page's own URL (canonical link or og:url) when it is absolute http(s); a relative one says nothing."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else None


def extract_html(html: bytes | str, source: str, limits: Limits, *, url: str | None = None) -> RawDocument:
    """Main text and metadata of one HTML page."""
    check_size(html, source, limits)
    if not html.strip():
        raise NoMainText("empty HTML page", source)
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken pages
        raise MalformedInput(f"HTML could not be parsed: {type(exc).__name__}: {exc}", source) from None
    words = len((doc.text or "").split()) if doc is not None else 0
    if words < MIN_WORDS:
        raise NoMainText(f"no main text found in the HTML page ({words} words)", source)
    check_text(doc.text, source)
    lines = [line for line in doc.text.split("\n") if line.strip()]
    if doc.title and lines and lines[0].strip() == doc.title.strip():
        lines = lines[1:]
    if not lines:
        raise NoMainText("the HTML page holds a title but no body text", source)
    return RawDocument(
        source=source,
        text="\n\n".join(lines),
        title=doc.title,
        published=doc.date,
        url=url or absolute_url(doc.url),
        is_html_extract=True,
    )


def read_html_file(path: Path, limits: Limits) -> Iterator[RawDocument | Failed]:
    source = source_name(path)
    yield guard(source, lambda: extract_html(read_bytes(path, source, limits), source, limits))
