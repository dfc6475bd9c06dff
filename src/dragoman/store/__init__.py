"""The DuckDB store: idempotent loads, story and event clustering, queries and exports."""

from dragoman.store.db import DEFAULT_DB, connect
from dragoman.store.errors import ReadOnlyQuery, StoreError, StoreLocked

__all__ = ["DEFAULT_DB", "ReadOnlyQuery", "StoreError", "StoreLocked", "connect"]
