"""HTTP API and browser dashboard over the store: ``create_app(db)``; every page has a JSON twin."""

from dragoman.web.app import create_app

__all__ = ["create_app"]
