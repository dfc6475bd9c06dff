"""The command line: the only module that prints. A thin shell over the library."""

from __future__ import annotations

import io
import logging
import platform
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import IO, Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dragoman import __version__
from dragoman.errors import ModelNotFound
from dragoman.output import render_table, write_json, write_jsonl
from dragoman.pipeline import Options, Pipeline
from dragoman.records import Report

app = typer.Typer(
    help="Dragoman: who said and did what to whom, when and where, from news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def version_text(model: str | None = None) -> str:
    import spacy

    from dragoman.nlp import default_model_name, load_model, model_description

    try:
        model_line = model_description(load_model(model or default_model_name()))
    except ModelNotFound as exc:
        model_line = f"none ({exc})"
    return (f"Dragoman {__version__}\nPython {platform.python_version()}\n"
            f"spaCy {spacy.__version__}\nmodel {model_line}")


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(version_text())
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version_callback, is_eager=True,
                                          help="Print Dragoman, Python, spaCy and model versions.")] = False,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More logging (-v, -vv).")] = 0,
) -> None:
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)], stream=sys.stderr)
    for noisy in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
        # Their complaints about bad pages are reported as our own per-document errors.
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose >= 2 else logging.CRITICAL)


@contextmanager
def _open_out(path: Optional[Path]) -> Iterator[IO[bytes]]:
    if path is None or str(path) == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    try:
        handle = path.open("wb")
    except OSError as exc:
        err.print("[red]error[/red] " + escape(f"cannot write {path}: {exc.strerror or exc}"))
        raise typer.Exit(2) from None
    with handle:
        yield handle


def _check_published(value: Optional[str]) -> Optional[str]:
    """--published: a real date, YYYY-MM-DD, in 1900-2099 (news, not a typo)."""
    import datetime as dt
    import re

    if value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date: {exc}") from None
    if not 1900 <= day.year <= 2099:
        raise typer.BadParameter(f"{value!r} is outside 1900-2099")
    return value


def _progress() -> Progress:
    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err,
                    disable=not err.is_terminal, transient=False)


def _report_stream(pipeline: Pipeline, inputs: list[str], counts: dict[str, int]) -> Iterator[Report]:
    with _progress() as progress:
        task = progress.add_task("reading", total=None, rate="")
        for report in pipeline.run(inputs):
            counts["total"] += 1
            fatal = report.errors and not report.text
            counts["failed" if fatal else "ok"] += 1
            for error in report.errors:
                where = f" [{error.stage}]" if error.stage else ""
                label = "[yellow]warning[/yellow]" if error.kind == "truncated" else "[red]error[/red]"
                err.print(label + escape(f"{where} {error.source or report.source}: {error.message}"))
            elapsed = progress.tasks[task].elapsed or 0.0
            progress.update(task, advance=1, rate=f"{counts['total'] / elapsed:.1f} art/s" if elapsed else "")
            yield report


# Options shared by every command that runs the pipeline, declared once.
Inputs = Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")]
Published = Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD, 1900-2099) for every input.",
                                                  callback=_check_published)]
Model = Annotated[Optional[str], typer.Option(help="spaCy model name or path.")]
NProcess = Annotated[int, typer.Option(min=1, help="Worker processes.")]
BatchSize = Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")]
MaxBytes = Annotated[int, typer.Option(min=1, help="Largest input document, in bytes.")]
Lexicons = Annotated[Optional[list[Path]], typer.Option("--lexicon", help="Extra actor dictionaries (repeatable).")]
Timeout = Annotated[float, typer.Option(min=0, help="Seconds one document may take (0: no limit).")]


def pipeline_options(*, model: str | None, n_process: int, batch_size: int, published: str | None,
                     max_bytes: int, lexicon: list[Path] | None, timeout: float) -> Options:
    return Options(model=model, n_process=n_process, batch_size=batch_size, published=published,
                   max_bytes=max_bytes, lexicons=tuple(lexicon or ()), timeout=timeout or None)


@app.command()
def read(
    inputs: Inputs,
    published: Published = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json, jsonl or a readable table.")] = Format.jsonl,
    out: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    model: Model = None,
    n_process: NProcess = 1,
    batch_size: BatchSize = 16,
    max_bytes: MaxBytes = 10_000_000,
    lexicon: Lexicons = None,
    timeout: Timeout = 60.0,
) -> None:
    """Read articles and write dragoman/1 reports."""
    options = pipeline_options(model=model, n_process=n_process, batch_size=batch_size, published=published,
                               max_bytes=max_bytes, lexicon=lexicon, timeout=timeout)
    pipeline = Pipeline(options)
    counts = {"total": 0, "ok": 0, "failed": 0}
    try:
        if options.n_process == 1:
            pipeline.nlp  # noqa: B018 - a model that cannot load stops the run (exit 2), not each document
        reports = _report_stream(pipeline, inputs, counts)
        with _open_out(out) as handle:
            if fmt is Format.jsonl:
                write_jsonl(reports, handle)
            elif fmt is Format.json:
                write_json(reports, handle)
            else:
                text = io.TextIOWrapper(handle, encoding="utf-8", write_through=True)
                console = Console(file=text, width=120)
                for report in reports:
                    render_table(report, console)
                text.detach()
    except ModelNotFound as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from None
    err.print(f"{counts['total']} documents: {counts['ok']} read, {counts['failed']} failed")
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def demo(
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json, jsonl or a readable table.")] = Format.table,
) -> None:
    """Read the bundled demo article (our own invented story) and show its report."""
    from dragoman.demo import demo_path

    read([str(demo_path())], fmt=fmt, published=None, out=None, model=None, n_process=1, batch_size=16,
         max_bytes=10_000_000, lexicon=None, timeout=60.0)


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="A gold file: seed_gold.json, wikinews-style .jsonl, or tempeval3 .jsonl.")],
    pred: Annotated[Optional[Path], typer.Argument(help="dragoman/1 JSONL predictions; run the pipeline when absent.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable figures.")] = False,
    model: Annotated[Optional[str], typer.Option(help="spaCy model name or path.")] = None,
    samples: Annotated[Optional[Path], typer.Option(help="Folder of the seed's article (default: beside the gold's folder).")] = None,
    sample: Annotated[Optional[int], typer.Option(min=1, help="Thin a large set: PolNeAR every n-th article, NGEC n stories.")] = None,
    dictionaries: Annotated[Optional[Path], typer.Option(help="PETRARCH suites: their test dictionaries folder.")] = None,
) -> None:
    """Score Dragoman against a gold file and print precision, recall and F1 per part.

    Formats: seed_gold.json and wikinews-style JSONL (quotes, actors, events, times, places),
    TempEval-3 and MEANTIME (times), PolNeAR (attribution), the PETRARCH suites, PLOVER GSR and NGEC (events).
    """
    import json

    from dragoman.evaluation import evaluate_file, format_scores

    import msgspec

    try:
        scores = evaluate_file(gold, pred, pipeline=Pipeline(Options(model=model)), samples_dir=samples,
                               sample=sample, dictionaries=dictionaries)
    except ModelNotFound as exc:
        err.print("[red]error[/red] " + escape(str(exc)))
        raise typer.Exit(2) from None
    except (OSError, ValueError, KeyError, TypeError, msgspec.DecodeError) as exc:  # a gold or prediction file we cannot read
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else f"{type(exc).__name__}: {exc}"
        err.print("[red]error[/red] " + escape(f"cannot evaluate {gold}{' with ' + str(pred) if pred else ''}: {reason}"))
        raise typer.Exit(2) from None
    typer.echo(json.dumps(scores, indent=2) if as_json else format_scores(scores))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the dragoman/1 report."""
    from dragoman.schema import schema_text

    typer.echo(schema_text())


def main() -> None:
    import dragoman.cli_kb  # noqa: F401 - registers kb
    import dragoman.cli_lexicon  # noqa: F401 - registers lexicon convert-cameo
    import dragoman.cli_store  # noqa: F401 - registers load, query and export
    import dragoman.cli_web  # noqa: F401 - registers serve

    app(prog_name="dragoman")
