"""`dragoman serve`: the HTTP API and dashboard over a store. Like every CLI module, a thin shell that prints."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

import typer

from dragoman.cli.common import app, err


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help="The DuckDB store file (opened read-only).")] = Path("dragoman.duckdb"),
    host: Annotated[str, typer.Option(help="Address to listen on; loopback by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    max_post_bytes: Annotated[int, typer.Option(min=1, help="Largest article POST /api/read accepts, in bytes.")] = 2_000_000,
    post_timeout: Annotated[float, typer.Option(min=0.1, help="Seconds POST /api/read may take.")] = 60.0,
) -> None:
    """Serve the HTTP API (docs at /docs) and the dashboard over a store."""
    from dragoman.store.errors import StoreError
    from dragoman.web import create_app
    from dragoman.web.app import LOOPBACK_HOSTS
    from dragoman.web.server import serve as run_server

    loopback = is_loopback(host)
    if not loopback:
        err.print(f"[yellow]warning[/yellow] listening on {host}: anyone who can reach it can read the store")
    try:
        application = create_app(db, max_post_bytes=max_post_bytes, post_timeout_s=post_timeout,
                                 allowed_hosts=LOOPBACK_HOSTS if loopback else None)
    except StoreError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from None
    shown = f"[{host}]" if ":" in host else host
    err.print(f"serving {db} at http://{shown}:{port}/ (API docs at /docs); Ctrl-C stops")
    run_server(application, host=host, port=port)
