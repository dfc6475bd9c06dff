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
from dragoman.errors import DragomanError
from dragoman.pipeline import Options, Pipeline, failure_report
from dragoman.records import Article, Report
from dragoman.reports_io import decode_report, is_report_file, is_report_parquet, read_report_file, report_values
from dragoman.sources import Limits, read_inputs
from dragoman.sources.base import source_name
from dragoman.store import clusters
from dragoman.store.db import connect
from dragoman.store.writer import write_batch


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


class StoreRejected(DragomanError):
    """A report the store could not take (a value its columns refuse)."""

    kind = "store"


class IdConflict(DragomanError):
    """A document whose id is already taken by a different text."""

    kind = "conflict"


def _digest(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()  # noqa: S324 - an identity check, not security


def _stored_digests(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = con.execute("SELECT article_id, md5(text) FROM articles WHERE article_id IN (SELECT unnest(?))", [ids])
    return dict(rows.fetchall())


def _new_only(con: duckdb.DuckDBPyConnection, items: Iterable[Article | Report], summary: LoadSummary,
              chunk: int) -> Iterator[Article | Report]:
    """Drop articles already in the store (or seen earlier in this run): loads are idempotent.

    An id already there with a different text is not dropped in silence: the document comes out as a
    failure report of kind ``conflict`` (counted, and a ``failures`` row), and the first text stays.
    """
    seen: dict[str, tuple[str, str]] = {}  # id -> (digest of its text, where it came from)
    iterator = iter(items)
    while batch := list(islice(iterator, chunk)):
        stored = _stored_digests(con, [item.id for item in batch if _storable(item)])
        for item in batch:
            if not _storable(item):
                yield item
                continue
            digest = _digest(item.text)
            first = seen.get(item.id) or ((stored[item.id], "a document in the store") if item.id in stored else None)
            if first is None:
                seen[item.id] = (digest, item.source)
                yield item
            elif first[0] == digest:
                summary.documents += 1
                summary.skipped += 1
            else:
                yield failure_report(item.source, IdConflict(
                    f"id {item.id!r} is already taken by {first[1]} with a different text; this document was not "
                    "stored (give it an id of its own)", item.source), doc_id=item.id)


def _parquet_reports(path: Path) -> Iterator[Report]:
    """Reports stored as Parquet; a row that is not a report is that row's failure, a file that
    cannot be read ends with one."""
    source = source_name(path)
    try:
        for row, value in enumerate(report_values(path), start=1):
            try:
                report = decode_report(value)
            except Exception as exc:  # noqa: BLE001 - whatever a row holds, it fails alone
                report = failure_report(f"{source}#row{row}", exc)
            yield report
    except Exception as exc:  # noqa: BLE001 - a file that is not a report Parquet, or breaks mid-way
        yield failure_report(source, exc)


def _file_reports(path: Path) -> Iterator[Report]:
    """Reports as `dragoman read` wrote them (dragoman/1 JSONL or JSON), verified, not analysed again; a
    record that is not a valid report is that record's failure, a file that breaks ends with one."""
    source = source_name(path)
    try:
        for item in read_report_file(path, source):
            yield item if isinstance(item, Report) else failure_report(item.source, item)
    except Exception as exc:  # noqa: BLE001 - a file that cannot be read further fails, the others go on
        yield failure_report(source, exc)


def _is_analysed(item: str | Path) -> bool:
    path = Path(item)
    return str(item) != "-" and (is_report_parquet(path) or is_report_file(path))


def _analysed_reports(path: Path) -> Iterator[Report]:
    return _parquet_reports(path) if is_report_parquet(path) else _file_reports(path)


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


def _count(con: duckdb.DuckDBPyConnection, report: Report, summary: LoadSummary) -> None:
    """One failed document: counted, and its errors recorded as ``failures`` rows."""
    summary.documents += 1
    summary.failed += 1
    _record_failures(con, summary.run_id, [report], summary)


def _record_failures(con: duckdb.DuckDBPyConnection, run_id: str, reports: Sequence[Report], summary: LoadSummary) -> None:
    rows = [(run_id, e.source or r.source, e.kind, e.stage, e.message) for r in reports for e in r.errors]
    if rows:
        con.executemany("INSERT INTO failures VALUES (?, ?, ?, ?, ?)", rows)
        summary.failures.extend((source, kind, message) for _, source, kind, _, message in rows)


def load(inputs: Sequence[str | Path], db: str | Path, options: Options | None = None, *,
         write_every: int = 64, on_report: Callable[[Report, LoadSummary], None] | None = None,
         pipeline: Pipeline | None = None) -> LoadSummary:
    """Read ``inputs`` into the store at ``db``; articles already there are skipped before any parsing.

    ``pipeline`` (built from ``options`` when not given) lets a caller bring a model it already holds.
    """
    pipeline = pipeline or Pipeline(options or Options())
    options = pipeline.options
    con = connect(db)
    summary = LoadSummary(run_id=dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:8])
    try:
        from dragoman.nlp import model_description

        analysed = [Path(i) for i in inputs if _is_analysed(i)]  # Spark's Parquet, `read`'s JSONL: no parsing
        others = [i for i in inputs if not _is_analysed(i)]
        # Analysed reports need no model: it is loaded only when something is to be parsed.
        model = model_description(pipeline.nlp) if others else "none (analysed reports only)"
        _start_run(con, summary.run_id, options, [str(i) for i in inputs], model)
        log.info("run %s started", summary.run_id)
        prepared = chain(pipeline.prepare(read_inputs(others, Limits(max_bytes=options.max_bytes))),
                         *(_analysed_reports(path) for path in analysed))
        pending: list[Report] = []
        for report in pipeline.analyse_articles(_new_only(con, prepared, summary, chunk=max(256, write_every))):
            if _is_failure(report):
                _count(con, report, summary)
            else:
                summary.documents += 1
                pending.append(report)
            if on_report:
                on_report(report, summary)
            if len(pending) >= write_every:
                summary.records += _flush(con, pending, summary, on_report)
        summary.records += _flush(con, pending, summary, on_report)
        log.info("refreshing event and quote clusters")
        clusters.refresh(con)
        _finish_run(con, summary)
        log.info("run %s finished", summary.run_id)
    finally:
        con.close()
    return summary


def _flush(con: duckdb.DuckDBPyConnection, pending: list[Report], summary: LoadSummary,
           on_report: Callable[[Report, LoadSummary], None] | None = None) -> int:
    """Write the pending reports in one transaction; if it fails, each in its own, so that a report the
    store cannot take (a bad date, an offset past INTEGER) is a ``failures`` row, not a lost batch."""
    if not pending:
        return 0
    try:
        written = write_batch(con, pending, summary.run_id)
        stored = list(pending)
    except Exception:  # noqa: BLE001 - rolled back: find the report(s) that broke it
        written, stored = 0, []
        for report in pending:
            try:
                written += write_batch(con, [report], summary.run_id)
            except Exception as exc:  # noqa: BLE001 - the guard is the mechanism
                summary.documents -= 1  # counted again as a failure
                rejected = failure_report(report.source, StoreRejected(f"could not be stored: {exc}", report.source),
                                          doc_id=report.id)
                _count(con, rejected, summary)
                if on_report:
                    on_report(rejected, summary)
            else:
                stored.append(report)
    _record_failures(con, summary.run_id, [r for r in stored if r.errors], summary)
    summary.loaded += len(stored)
    log.info("committed %d articles (%d loaded in this run)", len(stored), summary.loaded)
    pending.clear()
    return written
