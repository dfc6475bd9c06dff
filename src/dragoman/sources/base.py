"""What every source yields, and the checks shared by all of them."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from dragoman.errors import BinaryDocument, DecodeFailure, DocumentTooLarge, DragomanError, EmptyDocument

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


_BOMS = [
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


def _guess_utf16(data: bytes) -> str | None:
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
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None) or _guess_utf16(data)
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
    """A file's bytes, refused before reading when it is over the size limit."""
    check_size(path.stat().st_size, source, limits)
    return path.read_bytes()


def as_error(exc: Exception, source: str) -> DragomanError:
    """Any read failure as a catalogued error naming its source."""
    if isinstance(exc, DragomanError):
        return exc
    if isinstance(exc, OSError):
        return DragomanError(f"cannot read: {exc.strerror or exc}", source)
    return DragomanError(f"{type(exc).__name__}: {exc}", source)
