"""The command line: the only code that prints, a thin shell over the library.

``common`` holds the Typer app and what every command shares; each other module registers its commands
on that app (``analyse``: read, demo, eval, schema; ``store``: load, query, export, spark; ``serve``;
``kb``; ``lexicon``). Importing this package imports them all, so ``app`` is complete; none of them
imports this package, so there is no import circle.
"""

from __future__ import annotations

# Each registers its commands; imported in the order `dragoman --help` lists them.
from dragoman.cli import analyse, store, serve, kb, lexicon  # noqa: F401, I001
from dragoman.cli.common import app

__all__ = ["app", "main"]


def main() -> None:
    app(prog_name="dragoman")
