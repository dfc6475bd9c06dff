"""From a raw document to a cleaned Article with a stable id."""

from __future__ import annotations

import hashlib

from dragoman.clean import clean
from dragoman.dates import parse_date
from dragoman.errors import DocumentTooLarge, EmptyDocument
from dragoman.limits import Limits, apply_limits
from dragoman.records import Article
from dragoman.sources.base import RawDocument

MAX_TEXT_CHARS = 1_000_000


def content_id(text: str) -> str:
    """A stable id derived from the cleaned text alone."""
    return "d" + hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=10).hexdigest()


def build_article(raw: RawDocument, *, published: str | None = None, max_chars: int = MAX_TEXT_CHARS,
                  limits: Limits = Limits()) -> Article:
    """Clean a raw document and hold it to the limits for news text (``dragoman.limits``);
    ``published`` (from --published) overrides what the document says."""
    cleaned = clean(raw.text, title=raw.title, published=None)
    if not cleaned.text.strip():
        raise EmptyDocument("no body text left after cleaning", raw.source)
    if len(cleaned.text) > max_chars:
        raise DocumentTooLarge(
            f"cleaned text has {len(cleaned.text):,} characters, over the limit of {max_chars:,}", raw.source
        )
    limited = apply_limits(cleaned.text, raw.source, limits)
    headlines = [(s, e) for s, e in cleaned.headlines if e <= len(limited.text)] \
        if cleaned.text.startswith(limited.text) else []
    date = parse_date(published) or parse_date(raw.published) or parse_date(cleaned.published)
    return Article(
        id=raw.id or content_id(limited.text),
        source=raw.source,
        text=limited.text,
        title=cleaned.title,
        published=date.isoformat() if date else None,
        dateline=cleaned.dateline,
        url=raw.url,
        headlines=headlines,
        warnings=list(limited.warnings),
    )
