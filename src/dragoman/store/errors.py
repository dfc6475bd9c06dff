"""Store failures with clear messages."""

from __future__ import annotations


class StoreError(Exception):
    """The store could not be opened or written."""


class StoreLocked(StoreError):
    """Another process holds the database for writing."""


class ReadOnlyQuery(StoreError):
    """A --sql statement tried to change the store."""
