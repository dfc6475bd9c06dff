"""Is this file a whole Dragoman store? Every table the migrations create must be there."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from dragoman.store.errors import StoreError
from dragoman.store.schema import MIGRATIONS

_CREATE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.IGNORECASE)
_DROP = re.compile(r"DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(\w+)", re.IGNORECASE)


def expected_tables() -> set[str]:
    tables: set[str] = set()
    for _version, _name, sql in MIGRATIONS:
        tables |= set(_CREATE.findall(sql))
        tables -= set(_DROP.findall(sql))
    return tables


def require_tables(con: duckdb.DuckDBPyConnection, path: str | Path) -> None:
    """Raise StoreError naming the tables a store lacks (a damaged file, or not a Dragoman store)."""
    present = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    missing = sorted(expected_tables() - present)
    if missing:
        raise StoreError(f"{path} is not a whole Dragoman store: it lacks the table(s) {', '.join(missing)} "
                         f"(load into a new file with `dragoman load INPUT --db NEW.duckdb`)")
