"""WARC archives: each response record holding HTML is one article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dragoman.errors import DocumentTooLarge, DragomanError, MalformedInput
from dragoman.sources.base import Failed, Limits, RawDocument
from dragoman.sources.html import extract_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _read_capped(stream: BinaryIO, limit: int) -> bytes | None:
    """At most ``limit`` bytes; None when the payload is larger (a bomb is never inflated whole)."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def read_warc(stream: BinaryIO, source: str, limits: Limits) -> Iterator[RawDocument | Failed]:
    try:
        for index, record in enumerate(ArchiveIterator(stream), start=1):
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            record_source = uri or f"{source}#{index}"
            content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if not content_type.lower().startswith(_HTML_TYPES):
                continue
            try:
                payload = _read_capped(record.content_stream(), limits.max_bytes)
                if payload is None:
                    raise DocumentTooLarge(f"record payload over the limit of {limits.max_bytes / 1e6:.1f} MB "
                                           "(raise it with --max-bytes)", record_source)
                doc = extract_html(payload, record_source, limits, url=uri)
            except DragomanError as exc:
                yield Failed(record_source, exc)
                continue
            except Exception as exc:  # a corrupt gzip member or HTTP block
                yield Failed(record_source, MalformedInput(f"unreadable record: {type(exc).__name__}: {exc}", record_source))
                continue
            doc.id = record.rec_headers.get_header("WARC-Record-ID")
            if not doc.published:
                doc.published = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
            yield doc
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield Failed(source, MalformedInput(f"not a readable WARC archive: {exc}", source))
