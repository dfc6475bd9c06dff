"""The one catalogue of document-level failures.

The library raises these; the pipeline turns them into ``Error`` records so a
bad document never stops a batch.
"""

from __future__ import annotations


class DragomanError(Exception):
    """Base class: a document could not be read or analysed."""

    kind = "error"

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class EmptyDocument(DragomanError):
    kind = "empty"


class BinaryDocument(DragomanError):
    kind = "binary"


class DocumentTooLarge(DragomanError):
    kind = "too_large"


class DecodeFailure(DragomanError):
    kind = "encoding"


class MalformedInput(DragomanError):
    kind = "malformed"


class NoMainText(DragomanError):
    kind = "no_text"


class UnsupportedInput(DragomanError):
    kind = "unsupported"


class DocumentTimeout(DragomanError):
    kind = "timeout"


class WorkerDied(DragomanError):
    kind = "worker_died"


class UnexpectedFailure(DragomanError):
    """An exception no reader or stage expected: a bug, reported for its document so the run goes on."""

    kind = "unexpected"


class ModelNotFound(Exception):
    """No usable spaCy model is installed."""
