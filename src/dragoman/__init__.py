"""Dragoman: who said and did what to whom, when and where, from news text."""

from __future__ import annotations

__version__ = "0.1.0"

from dragoman.records import Actor, Article, Error, Event, Place, Quote, Report, Time  # noqa: E402

__all__ = ["Actor", "Article", "Error", "Event", "Pipeline", "Place", "Quote", "Report", "Time", "Options", "read", "__version__"]


def __getattr__(name: str):
    # The pipeline imports spaCy; load it only when asked for.
    if name in ("Pipeline", "Options"):
        from dragoman import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)


def read(text: str, *, published: str | None = None, title: str | None = None, model: str | None = None) -> Report:
    """Analyse one article's text and return its dragoman/1 report."""
    from dragoman.pipeline import Options, Pipeline

    return Pipeline(Options(model=model)).read_text(text, published=published, title=title)
