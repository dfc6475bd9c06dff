"""Plain text files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dragoman.errors import DragomanError
from dragoman.sources.base import Failed, Limits, RawDocument, as_error, decode, read_bytes


def read_text_file(path: Path, limits: Limits) -> Iterator[RawDocument | Failed]:
    source = str(path)
    try:
        yield RawDocument(source=source, text=decode(read_bytes(path, source, limits), source, limits))
    except (DragomanError, OSError) as exc:
        yield Failed(source, as_error(exc, source))

