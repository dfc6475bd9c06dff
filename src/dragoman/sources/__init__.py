"""Input sources: files, directories, stdin. Each yields raw documents or failures."""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dragoman.errors import UnsupportedInput
from dragoman.sources.base import (BOMS, Failed, Limits, RawDocument, check_size, contained, decode, guard, guess_utf16,
                                   source_name)
from dragoman.sources.html import extract_html, read_html_file
from dragoman.sources.jsonl import read_jsonl
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


def _read_jsonl_file(path: Path, source: str, limits: Limits) -> Iterator[RawDocument | Failed]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        yield from read_jsonl(handle, source, limits)


def _read_html_file(path: Path, source: str, limits: Limits) -> Iterator[RawDocument | Failed]:
    if not path.name.lower().endswith(".gz"):
        yield from read_html_file(path, limits)
        return

    def page() -> RawDocument:
        with gzip.open(path, "rb") as handle:
            data = handle.read(limits.max_bytes + 1)
        check_size(data, source, limits)
        return extract_html(data, source, limits)

    yield guard(source, page)


def _read_warc_file(path: Path, source: str, limits: Limits) -> Iterator[RawDocument | Failed]:
    with path.open("rb") as handle:
        yield from read_warc(handle, source, limits)


_READERS = {
    "warc": _read_warc_file,
    "jsonl": _read_jsonl_file,
    "html": _read_html_file,
    "text": lambda path, source, limits: read_text_file(path, limits),
}


def read_path(path: Path, limits: Limits, *, kind: str | None = None) -> Iterator[RawDocument | Failed]:
    """Documents in one file, by its kind (from the suffix unless given); a file that breaks ends in an error."""
    reader = _READERS[kind or _kind(path) or "text"]
    source = source_name(path)
    return contained(source, lambda: reader(path, source, limits))


def _walk(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.rglob("*")):
        if path.is_file() and _kind(path) is not None and not any(p.startswith(".") for p in path.relative_to(directory).parts):
            yield path


def sniff(data: bytes) -> str:
    """Guess the kind of an unnamed stream from its first bytes (after any BOM; UTF-16/32 decoded first)."""
    head = data[:2048]
    if head.startswith(b"\x1f\x8b") or head.lstrip().startswith(b"WARC/"):
        return "warc"
    encoding = next((enc for bom, enc in BOMS if head.startswith(bom)), None) or guess_utf16(head)
    if encoding:
        head = head.decode(encoding, "ignore").lstrip("\ufeff").encode("utf-8")
    head = head.lstrip()
    if head[:1] == b"{":
        return "jsonl"
    if head[:1] == b"<":
        return "html"
    return "text"


def _read_data(data: bytes, source: str, limits: Limits, kind: str | None) -> Iterator[RawDocument | Failed]:
    check_size(data, source, limits)
    kind = kind or _kind(Path(source.split("?")[0])) or sniff(data)
    if kind != "warc" and source.lower().endswith(".gz"):
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            data = handle.read(limits.max_bytes + 1)
        check_size(data, source, limits)
    if kind == "warc":
        yield from read_warc(io.BytesIO(data), source, limits)
    elif kind == "jsonl":
        yield from read_jsonl(io.BytesIO(data), source, limits)
    elif kind == "html":
        yield guard(source, lambda: extract_html(data, source, limits))
    else:
        yield guard(source, lambda: RawDocument(source=source, text=decode(data, source, limits)))


def read_data(data: bytes, source: str, limits: Limits, *, kind: str | None = None) -> Iterator[RawDocument | Failed]:
    """Documents in an in-memory file (stdin, a Spark record): its kind from its name, else sniffed."""
    return contained(source, lambda: _read_data(data, source, limits, kind))


def read_stream(stream: BinaryIO, source: str, limits: Limits) -> Iterator[RawDocument | Failed]:
    """Documents from a byte stream of unknown kind (stdin)."""
    return contained(source, lambda: read_data(stream.read(limits.max_bytes + 1), source, limits, kind=None))


def _read_item(item: str | Path, limits: Limits) -> Iterator[RawDocument | Failed]:
    if str(item) == "-":
        yield from read_stream(sys.stdin.buffer, "<stdin>", limits)
        return
    path = Path(item)
    if path.is_dir():
        for child in _walk(path):
            yield from read_path(child, limits)
    elif path.exists():
        yield from read_path(path, limits)
    else:
        yield Failed(source_name(item), UnsupportedInput("no such file or directory", source_name(item)))


def read_inputs(inputs: Iterable[str | Path], limits: Limits = Limits()) -> Iterator[RawDocument | Failed]:
    """Every document named by ``inputs``: files, directories (recursive) and ``-`` for stdin.

    Nothing an input holds stops the others: each file is read through ``contained``, and so is each
    input as a whole (a directory that cannot be walked ends with one error).
    """
    for item in inputs:
        source = "<stdin>" if str(item) == "-" else source_name(item)
        yield from contained(source, lambda: _read_item(item, limits))  # noqa: B023 - called at once
