"""Store commands of the CLI: load, query, export. Like every CLI module, a thin shell that prints."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dragoman.cli.common import (BatchSize, Lexicons, MaxBytes, Model, NProcess, Published, Timeout, app, err,
                                 pipeline_options)
from dragoman.cli.progress import RunProgress, Tally, count, tell
from dragoman.pipeline import Options

DB_OPTION = typer.Option("--db", help="The DuckDB store file.")


@app.command()
def load(
    inputs: Annotated[list[str], typer.Argument(
        help="Files, directories (recursive), - for stdin, the dragoman/1 JSONL or JSON of `dragoman read`, or the "
             "Parquet output of `dragoman spark` (these two load without analysis).")],
    db: Annotated[Path, DB_OPTION] = Path("dragoman.duckdb"),
    published: Published = None,
    model: Model = None,
    n_process: NProcess = 1,
    batch_size: BatchSize = 16,
    write_every: Annotated[int, typer.Option(min=1, help="Articles per store transaction.")] = 64,
    max_bytes: MaxBytes = 10_000_000,
    lexicon: Lexicons = None,
    timeout: Timeout = 60.0,
) -> None:
    """Read articles into the store; loading the same input again adds nothing."""
    from dragoman.store.errors import StoreError
    from dragoman.store.load import load as run_load

    options = pipeline_options(model=model, n_process=n_process, batch_size=batch_size, published=published,
                               max_bytes=max_bytes, lexicon=lexicon, timeout=timeout)
    from dragoman.sources.count import count_documents

    tally = Tally()  # for the undated count: the summary counts the rest
    total = count_documents(inputs) if err.is_terminal else None  # counted only for a bar someone sees
    with RunProgress(err, "loading", total) as progress:

        def tick(report, summary) -> None:
            count(report, tally)
            tell(report, err)
            progress.update(summary.documents, summary.failed)

        try:
            summary = run_load(inputs, db, options, write_every=write_every, on_report=tick)
        except StoreError as exc:
            err.print(f"[red]error[/red] {exc}")
            raise typer.Exit(2) from None
    undated = f"; {tally.undated} without a publication date" if tally.undated else ""
    err.print(f"run {summary.run_id}: {summary.documents} documents: {summary.loaded} loaded, "
              f"{summary.skipped} already in the store, {summary.failed} failed{undated}; "
              f"{summary.records} records -> {db}")
    if summary.failed:
        raise typer.Exit(1)


class What(str, Enum):
    events = "events"
    article_events = "article-events"
    quotes = "quotes"
    actors = "actors"
    dyads = "dyads"
    timeline = "timeline"


class OutFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def _print_result(result, fmt: OutFormat) -> None:
    if fmt is OutFormat.jsonl:
        for row in result.dicts():
            sys.stdout.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
    elif fmt is OutFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        writer.writerows(result.rows)
    else:
        table = Table(show_lines=False)
        for column in result.columns:
            table.add_column(column, overflow="fold")
        for row in result.rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console(width=160).print(table)


ActorOpt = Annotated[Optional[str], typer.Option(help="Source or target name contains this (actors: the name).")]
CountryOpt = Annotated[Optional[str], typer.Option(help="Source or target country (ISO alpha-3).")]
TypeOpt = Annotated[Optional[str], typer.Option("--type", help="PLOVER event type.")]
QuadOpt = Annotated[Optional[int], typer.Option(min=1, max=4, help="GDELT quad class 1-4.")]
SinceOpt = Annotated[Optional[str], typer.Option(help="From this date (YYYY-MM-DD).")]
UntilOpt = Annotated[Optional[str], typer.Option(help="Up to this date (YYYY-MM-DD).")]
SpeakerOpt = Annotated[Optional[str], typer.Option(help="Quotes: speaker name contains this.")]
TextOpt = Annotated[Optional[str], typer.Option(help="Quote text or event evidence contains this.")]
AssertedOpt = Annotated[bool, typer.Option("--asserted-only", help=(
    "Leave out negated and unasserted (hypothetical, future, intended) events; by default they are listed "
    "with their flags (negated, modality)."))]


@app.command()
def query(
    what: Annotated[What, typer.Argument(help="What to list.")] = What.events,
    db: Annotated[Path, DB_OPTION] = Path("dragoman.duckdb"),
    actor: ActorOpt = None,
    country: CountryOpt = None,
    type: TypeOpt = None,
    quad_class: QuadOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    speaker: SpeakerOpt = None,
    text: TextOpt = None,
    asserted_only: AssertedOpt = False,
    limit: Annotated[int, typer.Option(min=0, help="Rows at most; 0 for all. A cut list says so on stderr.")] = 50,
    sql: Annotated[Optional[str], typer.Option("--sql", help="Run one read-only SQL statement instead.")] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
) -> None:
    """Answer common questions of the store without SQL (or with read-only --sql)."""
    from dragoman.store import query as q
    from dragoman.store.db import connect
    from dragoman.store.errors import StoreError

    from dragoman.store.check import require_tables

    try:
        con = connect(db, read_only=True)
        require_tables(con, db)
        f = q.EventFilter(actor=actor, country=country, type=type, quad_class=quad_class, since=since, until=until,
                          text=text if what is not What.quotes else None, asserted_only=asserted_only, limit=limit)
        if sql:
            result = q.sql(con, sql)
        elif what is What.quotes:
            result = q.quotes(con, speaker=speaker, text=text, limit=limit)
        elif what is What.actors:
            result = q.actors(con, name=actor, limit=limit)
        elif what is What.dyads:
            result = q.dyads(con, f)
        elif what is What.timeline:
            result = q.timeline(con, f)
        else:
            result = q.events(con, f, per_article=what is What.article_events)
    except (StoreError, Exception) as exc:
        err.print("[red]error[/red] " + escape(str(exc)))
        raise typer.Exit(2) from None
    _print_result(result, fmt)
    if result.truncated:
        err.print(f"[yellow]note[/yellow] the first {limit} rows only: more match (--limit 0 lists all)")


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"
    gdelt = "gdelt"


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file.")],
    db: Annotated[Path, DB_OPTION] = Path("dragoman.duckdb"),
    what: Annotated[str, typer.Option(help=(
        "events (across articles), article-events, quotes, actors or articles; "
        "-f plover and -f gdelt write events only."))] = "events",
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help=(
        "jsonl, csv, parquet (the same columns), plover (PLOVER/POLECAT JSON lines) or gdelt "
        "(the GDELT 2.0 event table: 61 tab-separated columns)."))] = ExportFormat.jsonl,
    header: Annotated[bool, typer.Option("--header", help="-f gdelt: write GDELT's column names first.")] = False,
    actor: ActorOpt = None,
    country: CountryOpt = None,
    type: TypeOpt = None,
    quad_class: QuadOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    speaker: SpeakerOpt = None,
    text: TextOpt = None,
    asserted_only: AssertedOpt = False,
) -> None:
    """Export records from the store, filtered as `query` filters; jsonl, csv and parquet share column names."""
    import duckdb

    from dragoman.store.db import connect
    from dragoman.store.errors import StoreError
    from dragoman.store.export import ExportError, ExportFilter, check, export as run_export

    from dragoman.store.check import require_tables

    filters = ExportFilter(actor=actor, country=country, type=type, quad_class=quad_class, since=since, until=until,
                           text=text, speaker=speaker, asserted_only=asserted_only)
    try:
        check(what, fmt.value, filters, header=header)  # before the store is opened: a bad combination is a usage error
        con = connect(db, read_only=True)
        require_tables(con, db)
        summary = run_export(con, what, fmt.value, out, filters, header=header)
    except OSError as exc:
        err.print("[red]error[/red] " + escape(f"cannot write {out}: {exc.strerror or exc}"))
        raise typer.Exit(2) from None
    except (ExportError, StoreError, ValueError, duckdb.Error) as exc:  # DuckDB's own write errors name the file
        err.print("[red]error[/red] " + escape(str(exc)))
        raise typer.Exit(2) from None
    err.print(escape("; ".join([f"{summary.rows} rows -> {out}", *summary.notes(fmt.value)])))


@app.command()
def spark(
    inputs: Annotated[list[str], typer.Argument(help="Input files or folders (local paths or Hadoop URIs), then OUTPUT.")],
    master: Annotated[str, typer.Option(help="Spark master URL.")] = "local[*]",
    partitions: Annotated[Optional[int], typer.Option(min=1, help="Partitions (default: Spark's parallelism).")] = None,
    published: Published = None,
    model: Model = None,
    batch_size: BatchSize = 16,
    timeout: Timeout = 60.0,
) -> None:
    """Run the pipeline on Spark; writes dragoman/1 as Parquet partitioned by publication date (last argument)."""
    from dragoman.spark import run_spark

    if len(inputs) < 2:
        err.print("[red]error[/red] give at least one INPUT and then OUTPUT")
        raise typer.Exit(2)
    options = Options(model=model, batch_size=batch_size, published=published, timeout=timeout or None)
    summary = run_spark(inputs[:-1], inputs[-1], master=master, options=options, partitions=partitions)
    err.print(f"{summary.documents} documents: {summary.documents - summary.failed} read, {summary.failed} failed -> {summary.output}")
    if summary.failed:
        raise typer.Exit(1)
