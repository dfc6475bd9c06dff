"""`dragoman load`: run the pipeline into the store, idempotently, with a run manifest."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from itertools import chain, islice
from pathlib import Path

import duckdb

import logging

from dragoman import __version__
from dragoman.pipeline import Options, Pipeline
from dragoman.records import Article, Report
from dragoman.reports_io import is_report_parquet, read_report_parquet
from dragoman.sources import Limits, read_inputs
from dragoman.store import clusters
from dragoman.store.db import connect
from dragoman.store.writer import known_ids, write_batch


log = logging.getLogger(__name__)


@dataclass(slots=True)
class LoadSummary:
    """What one load did: the run manifest's counts."""

    run_id: str
    documents: int = 0
    loaded: int = 0
    skipped: int = 0
    failed: int = 0
    records: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)


def config_hash(options: Options) -> str:
    config = json.dumps(asdict(options), default=str, sort_keys=True)
    return hashlib.blake2b(f"{__version__}\x1f{config}".encode(), digest_size=8).hexdigest()


def _is_failure(report: Report) -> bool:
    return bool(report.errors) and not report.text


def _storable(item: Article | Report) -> bool:
    """An article to analyse, or an analysed report (from Parquet) with text to store."""
    return isinstance(item, Article) or bool(item.text)


def _new_only(con: duckdb.DuckDBPyConnection, items: Iterable[Article | Report], summary: LoadSummary,
              chunk: int) -> Iterator[Article | Report]:
    """Drop articles already in the store (or seen earlier in this run): loads are idempotent."""
    seen: set[str] = set()
    iterator = iter(items)
    while batch := list(islice(iterator, chunk)):
        known = known_ids(con, [item.id for item in batch if _storable(item)])
        for item in batch:
            if not _storable(item):
                yield item
                continue
            if item.id in known or item.id in seen:
                summary.documents += 1
                summary.skipped += 1
                continue
            seen.add(item.id)
            yield item


def _start_run(con: duckdb.DuckDBPyConnection, run_id: str, options: Options, inputs: Sequence[str], model: str) -> None:
    con.execute(
        "INSERT INTO runs (run_id, started_at, dragoman_version, model, config_hash, config, inputs) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [run_id, dt.datetime.now(dt.timezone.utc), __version__, model, config_hash(options),
         json.dumps(asdict(options), default=str), json.dumps(list(inputs))],
    )


def _finish_run(con: duckdb.DuckDBPyConnection, summary: LoadSummary) -> None:
    con.execute(
        "UPDATE runs SET finished_at = ?, documents = ?, loaded = ?, skipped = ?, failed = ?, records = ? WHERE run_id = ?",
        [dt.datetime.now(dt.timezone.utc), summary.documents, summary.loaded, summary.skipped, summary.failed,
         summary.records, summary.run_id],
    )


def _record_failures(con: duckdb.DuckDBPyConnection, run_id: str, reports: Sequence[Report], summary: LoadSummary) -> None:
    rows = [(run_id, e.source or r.source, e.kind, e.stage, e.message) for r in reports for e in r.errors]
    if rows:
        con.executemany("INSERT INTO failures VALUES (?, ?, ?, ?, ?)", rows)
        summary.failures.extend((source, kind, message) for _, source, kind, _, message in rows)


def load(inputs: Sequence[str | Path], db: str | Path, options: Options | None = None, *,
         write_every: int = 64, on_report: Callable[[Report, LoadSummary], None] | None = None) -> LoadSummary:
    """Read ``inputs`` into the store at ``db``; articles already there are skipped before any parsing."""
    options = options or Options()
    pipeline = Pipeline(options)
    con = connect(db)
    summary = LoadSummary(run_id=dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:8])
    try:
        from dragoman.nlp import model_description

        _start_run(con, summary.run_id, options, [str(i) for i in inputs], model_description(pipeline.nlp))
        log.info("run %s started", summary.run_id)
        parquet = [Path(i) for i in inputs if is_report_parquet(Path(i))]
        others = [i for i in inputs if not is_report_parquet(Path(i))]
        prepared = chain(pipeline.prepare(read_inputs(others, Limits(max_bytes=options.max_bytes))),
                         *(read_report_parquet(path) for path in parquet))
        pending: list[Report] = []
        for report in pipeline.analyse_articles(_new_only(con, prepared, summary, chunk=max(256, write_every))):
            summary.documents += 1
            if _is_failure(report):
                summary.failed += 1
                _record_failures(con, summary.run_id, [report], summary)
            else:
                pending.append(report)
            if on_report:
                on_report(report, summary)
            if len(pending) >= write_every:
                summary.records += _flush(con, pending, summary)
        summary.records += _flush(con, pending, summary)
        log.info("refreshing event and quote clusters")
        clusters.refresh(con)
        _finish_run(con, summary)
        log.info("run %s finished", summary.run_id)
    finally:
        con.close()
    return summary


def _flush(con: duckdb.DuckDBPyConnection, pending: list[Report], summary: LoadSummary) -> int:
    if not pending:
        return 0
    written = write_batch(con, pending, summary.run_id)
    _record_failures(con, summary.run_id, [r for r in pending if r.errors], summary)
    summary.loaded += len(pending)
    log.info("committed %d articles (%d loaded in this run)", len(pending), summary.loaded)
    pending.clear()
    return written
