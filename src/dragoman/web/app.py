"""The app factory: a read-only store, the JSON API, the dashboard pages and their static files."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from dragoman import __version__
from dragoman.store import connect
from dragoman.store.check import require_tables
from dragoman.store.errors import StoreError
from dragoman.web import api, pages, reader
from dragoman.web.params import DropEmptyParams
from dragoman.web.security import SecurityHeaders

STATIC_DIR = Path(__file__).parent / "static"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


@dataclass(frozen=True, kw_only=True)
class Settings:
    """What a running app was given."""

    db: Path
    max_post_bytes: int = 2_000_000
    post_timeout_s: float = 60.0


def create_app(db: Path | str, *, max_post_bytes: int = 2_000_000, post_timeout_s: float = 60.0,
               allowed_hosts: Sequence[str] | None = None) -> FastAPI:
    """The HTTP API and dashboard over the store at ``db``, opened read-only.

    ``max_post_bytes`` and ``post_timeout_s`` bound POST /api/read; ``allowed_hosts`` (Host header names,
    e.g. ``LOOPBACK_HOSTS``) guards against DNS rebinding. CORS is off: no cross-origin headers are sent.
    """
    settings = Settings(db=Path(db), max_post_bytes=max_post_bytes, post_timeout_s=post_timeout_s)
    con = connect(settings.db, read_only=True)
    try:
        require_tables(con, settings.db)
    except StoreError:
        con.close()
        raise
    service = reader.ReadService(timeout_s=post_timeout_s)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        service.close()
        con.close()

    app = FastAPI(title="Dragoman", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Who said and did what to whom, when and where: the store's records over HTTP. "
                              "Every dashboard page has a JSON twin (`?format=json`).")
    app.state.settings = settings
    app.state.con = con
    app.state.reader = service
    app.include_router(api.router)
    app.include_router(reader.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR, follow_symlink=False), name="static")
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(DropEmptyParams)
    app.add_middleware(SecurityHeaders)
    return app
