"""Input sources: files, directories, stdin. Each yields raw documents or failures."""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dragoman.errors import DragomanError, UnsupportedInput
from dragoman.sources.base import Failed, Limits, RawDocument, as_error, check_size, decode
from dragoman.sources.html import extract_html, read_html_file
from dragoman.sources.jsonl import read_jsonl_lines
from dragoman.sources.text import read_text_file
from dragoman.sources.warc import read_warc

__all__ = ["Failed", "Limits", "RawDocument", "read_data", "read_inputs", "read_path", "read_stream"]

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for kind, suffixes in (("warc", WARC_SUFFIXES), ("jsonl", JSONL_SUFFIXES), ("html", HTML_SUFFIXES), ("text", TEXT_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def _read_jsonl_file(path: Path, limits: Limits) -> Iterator[RawDocument | Failed]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        yield from read_jsonl_lines(handle, str(path), limits)


def _read_gz_html(path: Path, limits: Limits) -> Iterator[RawDocument | Failed]:
    source = str(path)
    try:
        with gzip.open(path, "rb") as handle:
            data = handle.read(limits.max_bytes + 1)
        check_size(data, source, limits)
        yield extract_html(data, source, limits)
    except (DragomanError, OSError, EOFError) as exc:
        yield Failed(source, as_error(exc, source))


def read_path(path: Path, limits: Limits, *, kind: str | None = None) -> Iterator[RawDocument | Failed]:
    """Documents in one file, by its kind (from the suffix unless given)."""
    kind = kind or _kind(path) or "text"
    try:
        if kind == "warc":
            with path.open("rb") as handle:
                yield from read_warc(handle, str(path), limits)
        elif kind == "jsonl":
            yield from _read_jsonl_file(path, limits)
        elif kind == "html":
            yield from (_read_gz_html if path.name.lower().endswith(".gz") else read_html_file)(path, limits)
        else:
            yield from read_text_file(path, limits)
    except (OSError, EOFError) as exc:
        yield Failed(str(path), as_error(exc, str(path)))


def _walk(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.rglob("*")):
        if path.is_file() and _kind(path) is not None and not any(p.startswith(".") for p in path.relative_to(directory).parts):
            yield path


def sniff(data: bytes) -> str:
    """Guess the kind of an unnamed stream from its first bytes."""
    head = data[:2048].lstrip()
    if head.startswith(b"\x1f\x8b") or head.startswith(b"WARC/"):
        return "warc"
    if head[:1] == b"{":
        return "jsonl"
    if head[:1] == b"<":
        return "html"
    return "text"


def read_data(data: bytes, source: str, limits: Limits, *, kind: str | None = None) -> Iterator[RawDocument | Failed]:
    """Documents in an in-memory file (stdin, a Spark record): its kind from its name, else sniffed."""
    try:
        check_size(data, source, limits)
        kind = kind or _kind(Path(source.split("?")[0])) or sniff(data)
        if kind != "warc" and source.lower().endswith(".gz"):
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
                data = handle.read(limits.max_bytes + 1)
            check_size(data, source, limits)
        if kind == "warc":
            yield from read_warc(io.BytesIO(data), source, limits)
        elif kind == "jsonl":
            yield from read_jsonl_lines(data.splitlines(), source, limits)
        elif kind == "html":
            yield extract_html(data, source, limits)
        else:
            yield RawDocument(source=source, text=decode(data, source, limits))
    except (DragomanError, OSError, EOFError) as exc:
        yield Failed(source, as_error(exc, source))


def read_stream(stream: BinaryIO, source: str, limits: Limits) -> Iterator[RawDocument | Failed]:
    """Documents from a byte stream of unknown kind (stdin)."""
    yield from read_data(stream.read(limits.max_bytes + 1), source, limits, kind=None)


def read_inputs(inputs: Iterable[str | Path], limits: Limits = Limits()) -> Iterator[RawDocument | Failed]:
    """Every document named by ``inputs``: files, directories (recursive) and ``-`` for stdin."""
    for item in inputs:
        if str(item) == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", limits)
            continue
        path = Path(item)
        if path.is_dir():
            for child in _walk(path):
                yield from read_path(child, limits)
        elif path.exists():
            yield from read_path(path, limits)
        else:
            yield Failed(str(item), UnsupportedInput("no such file or directory", str(item)))
