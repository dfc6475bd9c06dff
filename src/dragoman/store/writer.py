"""Transactional, idempotent writes of report batches, and story clustering."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import numpy as np
import pyarrow as pa

from dragoman.records import Report
from dragoman.store import minhash
from dragoman.store.rows import Rows, report_rows
from dragoman.store.schema import RECORD_TABLES


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict] | pa.Table) -> int:
    if not len(rows):
        return 0
    batch = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(rows)  # noqa: F841 - DuckDB scans it by name
    con.execute(f"INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM batch")
    return len(rows)


def known_ids(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> set[str]:
    if not ids:
        return set()
    found = con.execute("SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [list(ids)])
    return {row[0] for row in found.fetchall()}


def write_batch(con: duckdb.DuckDBPyConnection, reports: Sequence[Report], run_id: str) -> int:
    """Write a batch of analysed reports in one transaction; returns the number of records written."""
    merged: Rows = {}
    for report in reports:
        for table, rows in report_rows(report, run_id).items():
            merged.setdefault(table, []).extend(rows)
    con.execute("BEGIN TRANSACTION")
    try:
        written = sum(_insert(con, table, merged.get(table, [])) for table in ("articles", *RECORD_TABLES))
        _cluster_stories(con, [(r.id, r.text) for r in reports])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return written


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = sorted((ra, rb))
            self.parent[high] = low


def _cluster_stories(con: duckdb.DuckDBPyConnection, articles: list[tuple[str, str]]) -> None:
    """Group near-duplicate articles; a story's id is the smallest article id in it."""
    if not articles:
        return
    sigs = {aid: minhash.signature(text) for aid, text in articles}
    _insert(con, "article_signatures", pa.table({
        "article_id": list(sigs), "minhash": pa.array([s.tolist() for s in sigs.values()], type=pa.list_(pa.uint64()))}))
    bands = [(key, aid) for aid, sig in sigs.items() for key in minhash.band_keys(sig)]
    _insert(con, "article_bands", pa.table({"band_key": pa.array([k for k, _ in bands], type=pa.uint64()),
                                            "article_id": [a for _, a in bands]}))
    candidates = con.execute(
        """SELECT DISTINCT b.article_id, o.article_id, s.minhash
           FROM article_bands b JOIN article_bands o ON b.band_key = o.band_key AND o.article_id <> b.article_id
           JOIN article_signatures s ON s.article_id = o.article_id
           WHERE b.article_id IN (SELECT unnest(?))""",
        [list(sigs)],
    ).fetchall()
    uf = _UnionFind()
    for aid in sigs:
        uf.find(aid)
    matched_old: set[str] = set()
    for aid, other, other_sig in candidates:
        if minhash.similarity(sigs[aid], np.asarray(other_sig, dtype=np.uint64)) >= minhash.THRESHOLD:
            uf.union(aid, other)
            if other not in sigs:
                matched_old.add(other)
    stories = dict(con.execute("SELECT article_id, story_id FROM story_members WHERE article_id IN (SELECT unnest(?))",
                               [sorted(matched_old)]).fetchall())
    for aid, story in stories.items():
        uf.union(aid, story)
    for story in set(stories.values()):
        root = uf.find(story)
        if root != story:
            con.execute("UPDATE story_members SET story_id = ? WHERE story_id = ?", [root, story])
    _insert(con, "story_members", [{"article_id": a, "story_id": uf.find(a)} for a in sigs])
