"""The analysis commands: read, demo, eval, schema. A thin shell over the library."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from dragoman.cli.common import (BatchSize, Format, Inputs, Lexicons, MaxBytes, Model, NProcess, Published, Timeout,
                                 app, err, open_out, pipeline_options)
from dragoman.cli.progress import Tally, report_stream
from dragoman.errors import ModelNotFound
from dragoman.output import render_table, write_json, write_jsonl
from dragoman.pipeline import Options, Pipeline
from dragoman.sources.count import count_documents


@app.command()
def read(
    inputs: Inputs,
    published: Published = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help=(
        "jsonl (one report per line), json (always an array of reports, indented) or a readable table."))] = Format.jsonl,
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
    tally = Tally()
    try:
        if options.n_process == 1:
            pipeline.nlp  # noqa: B018 - a model that cannot load stops the run (exit 2), not each document
        total = count_documents(inputs) if err.is_terminal else None  # counted only for a bar someone sees
        reports = report_stream(pipeline.run(inputs), err, tally, total)
        with open_out(out) as handle:
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
    err.print(tally.summary())
    if tally.failed:
        raise typer.Exit(1)


@app.command()
def demo(
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json, jsonl or a readable table.")] = Format.table,
    copy: Annotated[Optional[Path], typer.Option(
        "--copy", help="Copy the bundled demo articles (text, HTML, JSONL) into this folder instead, to try commands on.")] = None,
) -> None:
    """Read the bundled demo article (our own invented story) and show its report."""
    from dragoman.demo import copy_demo, demo_path

    if copy is not None:
        try:
            copies = copy_demo(copy)
        except OSError as exc:
            err.print("[red]error[/red] " + escape(f"cannot copy the demo articles to {copy}: {exc.strerror or exc}"))
            raise typer.Exit(2) from None
        err.print(escape(f"{len(copies)} demo articles -> {copy}: {', '.join(p.name for p in copies)}"))
        return
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
