"""What every command shares: the Typer app, the stderr console, options declared once, output opening.

The CLI package is the only code that prints; every module of it registers its commands on ``app``.
"""

from __future__ import annotations

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

from dragoman import __version__
from dragoman.errors import ModelNotFound
from dragoman.pipeline import Options

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
def open_out(path: Optional[Path]) -> Iterator[IO[bytes]]:
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


def check_published(value: Optional[str]) -> Optional[str]:
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


# Options shared by every command that runs the pipeline, declared once.
Inputs = Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")]
Published = Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD, 1900-2099) for every input.",
                                                  callback=check_published)]
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


