"""Plain text files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dragoman.sources.base import Failed, Limits, RawDocument, decode, guard, read_bytes, source_name


def read_text_file(path: Path, limits: Limits) -> Iterator[RawDocument | Failed]:
    source = source_name(path)
    yield guard(source, lambda: RawDocument(source=source, text=decode(read_bytes(path, source, limits), source, limits)))
