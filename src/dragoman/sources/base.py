"""What every source yields, the checks shared by all of them, and the guard every reader runs behind.

Containment by construction: a reader makes each record inside ``guard`` (whatever it raises becomes
that record's ``Failed``), and every file is read through ``contained`` (a failure of the file itself,
one that cannot be resumed, ends that file with one ``Failed``; the run goes on). Both make what they
pass on encodable, so no writer downstream meets a lone surrogate.
"""

from __future__ import annotations

import codecs
import gzip
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.exceptions import ArchiveLoadFailed

from dragoman.errors import (BinaryDocument, DecodeFailure, DocumentTooLarge, DragomanError, EmptyDocument, MalformedInput,
                             UnexpectedFailure)

DEFAULT_MAX_BYTES = 10_000_000


@dataclass(frozen=True, slots=True)
class Limits:
    """Size limits that keep memory bounded on hostile input."""

    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(slots=True)
class RawDocument:
    """A document as a source found it, before cleaning."""

    source: str
    text: str
    id: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    is_html_extract: bool = False


@dataclass(slots=True)
class Failed:
    """A document that could not be read; the batch goes on without it."""

    source: str
    error: DragomanError


BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def check_size(data: bytes | str | int, source: str, limits: Limits) -> None:
    """Refuse a document (or a byte count) over the size limit."""
    size = data if isinstance(data, int) else len(data)
    if size > limits.max_bytes:
        raise DocumentTooLarge(
            f"document too large: {size / 1e6:.1f} MB over the limit of {limits.max_bytes / 1e6:.1f} MB "
            "(raise it with --max-bytes)",
            source,
        )


def guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs in every other byte of ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes, source: str, limits: Limits) -> str:
    """Bytes to text: BOM-aware, UTF-8 by default, refusing binary data."""
    check_size(data, source, limits)
    if not data.strip():
        raise EmptyDocument("empty document", source)
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None) or guess_utf16(data)
    if encoding is None:
        if b"\x00" in data[:8192]:
            raise BinaryDocument("binary data, not text (NUL bytes found)", source)
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeFailure(
            f"not valid {encoding.upper()}: byte 0x{data[exc.start]:02x} at offset {exc.start}", source
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    check_text(text, source)
    return text


def check_text(text: str, source: str) -> None:
    """Refuse text that is empty or mostly control characters."""
    stripped = text.strip()
    if not stripped:
        raise EmptyDocument("empty document", source)
    sample = stripped[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t")
    if controls / len(sample) > 0.05:
        raise BinaryDocument("binary data, not text (control characters)", source)


def read_bytes(path: Path, source: str, limits: Limits) -> bytes:
    """A file's bytes, refused before reading when it is over the size limit, and while reading when it
    grows past it (a pipe, a device such as /dev/zero, a file still being written)."""
    check_size(path.stat().st_size, source, limits)
    with path.open("rb") as handle:
        data = handle.read(limits.max_bytes + 1)
    check_size(data, source, limits)
    return data


MAX_MESSAGE_CHARS = 500


def source_name(path: str | os.PathLike) -> str:
    """A path as text any writer can encode: bytes of a name that are not UTF-8 kept as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def encodable(text: str) -> str:
    """``text`` with any lone surrogate replaced by U+FFFD (a valid pair becomes its character)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def _short(message: str) -> str:
    message = encodable(message)
    return message if len(message) <= MAX_MESSAGE_CHARS else message[:MAX_MESSAGE_CHARS] + "…"


# What damaged or truncated bytes raise in the decompressors, decoders and the WARC parser.
DAMAGED: tuple[type[BaseException], ...] = (zlib.error, EOFError, gzip.BadGzipFile, ArchiveLoadFailed, UnicodeError)


def as_error(exc: BaseException, source: str) -> DragomanError:
    """Any read failure as a catalogued error naming its source."""
    if isinstance(exc, DragomanError):
        return exc
    if isinstance(exc, DAMAGED):
        return MalformedInput(f"damaged or truncated data ({type(exc).__name__}: {exc})", source)
    if isinstance(exc, OSError):
        return DragomanError(f"cannot read: {exc.strerror or exc}", source)
    if isinstance(exc, RecursionError):
        return MalformedInput("nested too deeply to read (RecursionError)", source)
    kind = type(exc).__name__ if type(exc).__module__ == "builtins" else f"{type(exc).__module__}.{type(exc).__name__}"
    return UnexpectedFailure(f"{kind}: {exc}", source)


def _encodable_item(item: RawDocument | Failed) -> RawDocument | Failed:
    if isinstance(item, Failed):
        item.source = encodable(item.source)
        item.error.source = encodable(item.error.source or item.source)
        item.error.message = _short(item.error.message)
        item.error.args = (item.error.message,)
        return item
    for name in ("source", "text", "id", "title", "published", "url"):
        value = getattr(item, name)
        if value is not None:
            setattr(item, name, encodable(value))
    return item


def guard(source: str, make: Callable[[], RawDocument | None]) -> RawDocument | Failed | None:
    """One record: its document (None: the record holds none), or, whatever it raised, its ``Failed``."""
    try:
        item = make()
        return None if item is None else _encodable_item(item)
    except Exception as exc:  # noqa: BLE001 - the guard is the mechanism: no exception type is special
        return _encodable_item(Failed(source, as_error(exc, source)))


def contained(source: str, items: Callable[[], Iterable[RawDocument | Failed]]) -> Iterator[RawDocument | Failed]:
    """The documents of one file (or stream); if reading it breaks, one ``Failed`` ends that file."""
    try:
        iterator = iter(items())
        while True:
            try:
                item = next(iterator)
            except StopIteration:
                return
            yield _encodable_item(item)
    except Exception as exc:  # noqa: BLE001 - see guard()
        yield _encodable_item(Failed(source, as_error(exc, source)))
