"""JSON Lines: one article per line (``text``; optional ``id``, ``title``, ``published``, ``url``).

UTF-8 with or without a BOM, or UTF-16/32 (by BOM, or UTF-16 by its NULs); a line is never held in
memory past the size limit.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from typing import BinaryIO

import msgspec

from dragoman.errors import DocumentTooLarge, MalformedInput
from dragoman.sources.base import Failed, Limits, RawDocument, guess_utf16, check_size, check_text, guard

_decoder = msgspec.json.Decoder()
_WIDE_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


def _optional_str(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    return None if value is None else str(value)


def parse_line(line: bytes, source: str, limits: Limits) -> RawDocument:
    """One JSONL line to a raw document."""
    check_size(line, source, limits)
    try:
        obj = _decoder.decode(line)
    except msgspec.DecodeError as exc:
        raise MalformedInput(f"not valid JSON: {exc}", source) from None
    if not isinstance(obj, dict):
        raise MalformedInput(f"expected a JSON object, got {type(obj).__name__}", source)
    text = obj.get("text")
    if not isinstance(text, str):
        raise MalformedInput('the object has no string field "text"', source)
    check_text(text, source)
    return RawDocument(
        source=source,
        text=text,
        id=_optional_str(obj, "id"),
        title=_optional_str(obj, "title"),
        published=_optional_str(obj, "published") or _optional_str(obj, "date"),
        url=_optional_str(obj, "url"),
    )


class _Rejoined(io.RawIOBase):
    """The bytes already read to sniff the encoding, then the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._head[: len(buffer)] if self._head else self._rest.read(len(buffer))
        self._head = self._head[len(data):]
        buffer[: len(data)] = data
        return len(data)


def _bounded_lines(readline, limit: int, newline) -> Iterator[bytes | str | None]:
    """Each line, or None for one over ``limit`` (read past in pieces, never held whole)."""
    while line := readline(limit + 1):
        if len(line) > limit and not line.endswith(newline):
            while (rest := readline(1 << 20)) and not rest.endswith(newline):
                pass
            yield None
        else:
            yield line


def utf8_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of a JSONL stream as UTF-8 bytes, whatever its Unicode encoding; None for an over-long line."""
    head = handle.read(4096)
    encoding = next((enc for bom, enc in _WIDE_BOMS if head.startswith(bom)), None) or guess_utf16(head)
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8):]
    stream = io.BufferedReader(_Rejoined(head, handle))
    if encoding is None:
        yield from _bounded_lines(stream.readline, limit, b"\n")
        return
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    for line in _bounded_lines(text.readline, limit, "\n"):
        yield None if line is None else line.encode("utf-8")


def read_jsonl(handle: BinaryIO, source: str, limits: Limits) -> Iterator[RawDocument | Failed]:
    """Each non-blank line is one document; a bad line fails alone."""
    too_large = f"line over the limit of {limits.max_bytes / 1e6:.1f} MB (raise it with --max-bytes)"
    for number, line in enumerate(utf8_lines(handle, limits.max_bytes), start=1):
        line_source = f"{source}:{number}"
        if line is None:
            yield Failed(line_source, DocumentTooLarge(too_large, line_source))
        elif line.strip():
            yield guard(line_source, lambda: parse_line(line, line_source, limits))  # noqa: B023 - called at once
