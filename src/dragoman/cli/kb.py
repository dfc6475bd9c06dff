"""`dragoman kb`: the actor knowledge base — convert PETRARCH/Phoenix dictionaries, look names up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Optional

import typer

from dragoman.cli.common import app, err

kb_app = typer.Typer(help="The actor knowledge base: convert dictionaries, look up names.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")

PHOENIX_HEADER = """Converted by `dragoman kb convert` from PETRARCH/Phoenix actor dictionaries (MIT licence: LICENSE.phoenix).
One row per actor and period; columns below; end exclusive; an undated row is the actor's default."""


@kb_app.command()
def convert(
    dictionaries: Annotated[list[Path], typer.Argument(help="PETRARCH/Phoenix actor dictionaries (.txt).")],
    out: Annotated[Path, typer.Option("--output", "-o", help="The KB file to write (TSV).")],
    until: Annotated[Optional[str], typer.Option(help="The dictionaries' date (YYYY-MM-DD): terms open then end there.")] = None,
) -> None:
    """Convert PETRARCH/Phoenix actor dictionaries into a KB file (pass it to --lexicon, or ship it)."""
    from dragoman.actors.kb import convert_phoenix, write_kb

    missing = [p for p in dictionaries if not p.is_file()]
    if missing:
        err.print(f"not a file: {missing[0]}", markup=False)
        raise typer.Exit(1)
    day = dt.date.fromisoformat(until) if until else None
    header = PHOENIX_HEADER + (f"\nTerms still open on {day} end there (--until {day})." if day else "")
    n = write_kb(convert_phoenix(dictionaries, until=day), out, header)
    err.print(f"{n} rows written to {out}", markup=False)


@kb_app.command()
def lookup(
    name: Annotated[str, typer.Argument(help="A name as news writes it.")],
    on: Annotated[Optional[str], typer.Option("--on", help="The date (YYYY-MM-DD) the role should hold on.")] = None,
) -> None:
    """Show what the lexicon and knowledge base know of a name."""
    from dragoman.actors import builtin_lexicon
    from dragoman.actors.lexicon import pick

    lex = builtin_lexicon()
    entries = lex.entries(name)
    if not entries:
        err.print(f"{name!r}: not known", markup=False)
        raise typer.Exit(1)
    day = dt.date.fromisoformat(on) if on else None
    chosen = pick(entries, day)
    for e in entries:
        mark = "*" if e is chosen else " "
        typer.echo(f"{mark} {e.id or '-'}\t{e.name}\t{e.kind or '-'}\t{e.country or '-'}\t{e.sector or '-'}\t"
                   f"{e.title or '-'}\t{e.start or ''}..{e.end or ''}\t{e.source}")
