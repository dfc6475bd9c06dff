"""Opening the DuckDB store: migrations on write, read-only for queries, clear lock errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb

from dragoman.store.errors import StoreError, StoreLocked
from dragoman.store.schema import CURRENT_VERSION, MIGRATIONS, REFRESH_AFTER

DEFAULT_DB = "dragoman.duckdb"


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store; a write connection brings its schema up to date first."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"no store at {path}: create one with `dragoman load INPUT --db {path}`")
    con = _open(path, read_only=read_only)
    if not read_only:
        migrate(con)
    elif 0 < schema_version(con) < CURRENT_VERSION:
        # A store written by an older Dragoman: bring it up to date once, then open it read-only again.
        con.close()
        _open(path, read_only=False, upgrading=True).close()
        con = _open(path, read_only=True)
    return con


def _open(path: Path, *, read_only: bool, upgrading: bool = False) -> duckdb.DuckDBPyConnection:
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            why = (f"{path} was written by an older Dragoman and must be upgraded, but another process holds it: "
                   "run this again when the load has finished") if upgrading else \
                f"{path} is being written by another process (one load at a time per database)"
            raise StoreLocked(f"{why}: {exc}") from None
        raise StoreError(f"cannot open {path}: {exc}") from None
    if upgrading:
        migrate(con)
    return con


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the migrations this store lacks, each in its own transaction."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    current = schema_version(con)
    if current > CURRENT_VERSION:
        raise StoreError(f"the store has schema version {current}, newer than this Dragoman ({CURRENT_VERSION})")
    applied = []
    for version, name, sql in MIGRATIONS:
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        con.execute(sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, dt.datetime.now(dt.timezone.utc)])
        con.execute("COMMIT")
        applied.append(version)
    if current and REFRESH_AFTER & set(applied):
        from dragoman.store.clusters import refresh

        refresh(con)
    return CURRENT_VERSION
