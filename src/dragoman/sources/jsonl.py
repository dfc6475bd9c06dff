"""JSON Lines: one article per line (``text``; optional ``id``, ``title``, ``published``, ``url``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import msgspec

from dragoman.errors import DragomanError, MalformedInput
from dragoman.sources.base import Failed, Limits, RawDocument, check_size, check_text

_decoder = msgspec.json.Decoder()


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


def read_jsonl_lines(lines: Iterable[bytes], source: str, limits: Limits) -> Iterator[RawDocument | Failed]:
    """Each non-blank line is one document; a bad line fails alone."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        line_source = f"{source}:{number}"
        try:
            yield parse_line(line, line_source, limits)
        except DragomanError as exc:
            yield Failed(line_source, exc)
