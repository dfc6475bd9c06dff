"""Lexicon commands of the CLI: `dragoman lexicon convert-cameo`. Like every CLI module, a thin shell that prints."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from dragoman.cli.common import app, err

lexicon_app = typer.Typer(help="Event lexicon tools.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("convert-cameo")
def convert_cameo(
    dictionary: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                               help="A CAMEO/PETRARCH verb dictionary (CAMEO.2.0.txt format).")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Lexicon file to write (default: stdout).")] = None,
    reference: Annotated[bool, typer.Option(
        help="Filter against the packaged hand-written lexicon: leave out its verbs, speech verbs and "
             "modality cues, and objects that are its event nouns of the same type.")] = True,
    ambiguous: Annotated[bool, typer.Option(
        "--drop-ambiguous/--keep-ambiguous",
        help="Drop the bare entry of a verb whose patterns code other types or no event.")] = True,
    common: Annotated[str, typer.Option(
        help="Comma-separated verbs too common to be events bare: only their constrained entries are kept.")] = "",
    vp_targets: Annotated[bool, typer.Option(
        "--vp-targets/--code-targets",
        help="Read a target as PETRARCH does where a pattern names none: the object or any prepositional "
             "object after the verb (a dictionary written for PETRARCH), not only the CAMEO code's usual "
             "slots.")] = False,
) -> None:
    """Convert a CAMEO verb dictionary into Dragoman event-lexicon entries; counts go to stderr."""
    from dragoman.events.cameo_import import convert_file, write_lexicon
    from dragoman.events.lexicon import load_lexicon

    verbs = frozenset(v.strip().lower() for v in common.split(",") if v.strip())
    conv = convert_file(dictionary, reference=load_lexicon(converted=False) if reference else None,
                        common=verbs, ambiguous=ambiguous, vp_targets=vp_targets)
    text = write_lexicon(conv, dictionary.name)
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
    err.print(conv.summary())
