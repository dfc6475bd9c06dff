"""Run every analysis stage over one parsed article.

Each stage is a pure function ``doc (+ context and earlier records) -> records``.
A stage that fails records an error for this article and leaves its part
empty; the other stages and articles go on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

from dragoman.actors import ActorTable, Lexicon, extract_actors
from dragoman.context import Context
from dragoman.dates import parse_date
from dragoman.errors import DocumentTimeout
from dragoman.events import extract_events
from dragoman.events.lexicon import Lexicon as EventLexicon
from dragoman.places import extract_places
from dragoman.quotes import extract_quotes
from dragoman.records import Article, Error, Report, Span
from dragoman.times import extract_times

T = TypeVar("T")


def _guarded(stage: str, errors: list[Error], source: str, fallback: T, run: Callable[[], T]) -> T:
    try:
        return run()
    except DocumentTimeout:
        raise  # the whole document is over its time limit
    except Exception as exc:  # one stage's bug must not cost the whole article
        errors.append(Error(kind="stage_failed", stage=stage, source=source, message=f"{type(exc).__name__}: {exc}"))
        return fallback


def analyse(article: Article, doc: Doc, *, lexicon: Lexicon | None = None,
            event_lexicon: EventLexicon | None = None) -> Report:
    """The dragoman/1 report of one article whose text ``doc`` has parsed."""
    published = parse_date(article.published)
    ctx = Context(article=article, published=published if isinstance(published, dt.date) else None)
    errors: list[Error] = []
    src = article.source
    actors = _guarded("actors", errors, src, ActorTable(), lambda: extract_actors(doc, ctx, lexicon))
    times = _guarded("times", errors, src, [], lambda: extract_times(doc, ctx))
    places = _guarded("places", errors, src, [], lambda: extract_places(doc, ctx))
    quotes = _guarded("quotes", errors, src, [], lambda: extract_quotes(doc, ctx, actors))
    events = _guarded("events", errors, src, [], lambda: extract_events(doc, ctx, actors, quotes, times, places,
                                                                               lexicon=event_lexicon))
    return Report(
        id=article.id,
        source=article.source,
        url=article.url,
        title=article.title,
        published=article.published,
        dateline=article.dateline,
        text=article.text,
        headlines=[Span(start=s, end=e) for s, e in article.headlines],
        actors=actors.reported(quotes, events),
        quotes=quotes,
        events=events,
        times=times,
        places=places,
        errors=errors,
    )
