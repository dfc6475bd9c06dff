"""WARC archives: each response record holding HTML is one article.

warcio finds the records; their HTTP headers are parsed here, inside each record's guard, so a record
that breaks them (no WARC-Target-URI, a length no stream can take) fails alone. A record whose
Content-Length is missing, not a number, or past the end of the archive is an error, never a silent
loss: in an uncompressed archive such a record has swallowed the records after it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader, ChunkedDataReader
from warcio.limitreader import LimitReader
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser

from dragoman.errors import DocumentTooLarge, MalformedInput
from dragoman.sources.base import Failed, Limits, RawDocument, guard
from dragoman.sources.html import extract_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_HTTP = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"], verify=False)
MAX_HTTP_HEADER_BYTES = 1 << 16


def _read_capped(stream: BinaryIO, limit: int) -> bytes | None:
    """At most ``limit`` bytes; None when the payload is larger (a bomb is never inflated whole)."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def _payload_stream(headers: StatusAndHeaders, block: BinaryIO) -> BinaryIO:
    """The HTTP body, its transfer and content encodings undone (as warcio's ``content_stream``)."""
    encoding = (headers.get_header("Content-Encoding") or "").lower()
    if encoding not in BufferedReader.get_supported_decompressors():
        encoding = None
    if (headers.get_header("Transfer-Encoding") or "").lower() == "chunked":
        return ChunkedDataReader(block, decomp_type=encoding)
    return BufferedReader(block, decomp_type=encoding) if encoding else block


def _html_response(record, source: str, uri: str | None, limits: Limits) -> RawDocument | None:
    """The article in one response record; None when the record holds no HTML page."""
    header_block = LimitReader(record.raw_stream, MAX_HTTP_HEADER_BYTES)
    headers = _HTTP.parse(header_block)
    if header_block.limit == 0:
        raise MalformedInput(f"HTTP headers over {MAX_HTTP_HEADER_BYTES} bytes", source)
    if not (headers.get_header("Content-Type") or "").lower().startswith(_HTML_TYPES):
        return None
    payload = _read_capped(_payload_stream(headers, record.raw_stream), limits.max_bytes)
    if payload is None:
        raise DocumentTooLarge(f"record payload over the limit of {limits.max_bytes / 1e6:.1f} MB "
                               "(raise it with --max-bytes)", source)
    doc = extract_html(payload, source, limits, url=uri)
    doc.id = record.rec_headers.get_header("WARC-Record-ID")
    if not doc.published:
        doc.published = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    return doc


def read_warc(stream: BinaryIO, source: str, limits: Limits) -> Iterator[RawDocument | Failed]:
    """Articles of a WARC archive; its own failures end it (the caller's ``contained`` reports them)."""
    archive = ArchiveIterator(stream, no_record_parse=True)
    for index, record in enumerate(archive, start=1):
        uri = record.rec_headers.get_header("WARC-Target-URI")
        record_source = uri or f"{source}#{index}"
        declared = record.rec_headers.get_header("Content-Length")
        if declared is not None and not (declared.strip().isascii() and declared.strip().isdigit()):
            yield Failed(record_source, MalformedInput(
                f"WARC record {index}: Content-Length {declared.strip()[:40]!r} is not a byte count; the archive "
                "cannot be read past it", record_source))
            return
        item: RawDocument | Failed | None = None
        is_page = record.rec_type == "response" and (uri is None or uri.lower().startswith(("http:", "https:")))
        if is_page and declared is not None:
            item = guard(record_source, lambda: _html_response(record, record_source, uri, limits))  # noqa: B023
        errors_before = archive.err_count
        archive.read_to_end()
        gzipped = archive.reader is not None and archive.reader.decompressor is not None
        unread = getattr(record.raw_stream, "limit", 0)
        if declared is None:  # warcio read to the end of the gzip member, or of the whole file
            lost = "" if gzipped else ": it runs to the end of the archive, so any records after it are lost"
            item = Failed(record_source, MalformedInput(f"WARC record {index}: no Content-Length{lost}", record_source))
        elif unread:
            item = Failed(record_source, MalformedInput(
                f"WARC record {index}: the archive ends {unread} bytes before its Content-Length of {declared.strip()}; "
                "the record is cut short or its length is wrong (records after it may have been read into it)",
                record_source))
        elif archive.err_count > errors_before:
            item = Failed(record_source, MalformedInput(
                f"WARC record {index}: not followed by a blank line, so its Content-Length of {declared.strip()} is "
                "probably wrong", record_source))
        if item is not None:
            yield item
