"""Quotations: direct, mixed and reported speech, attributed to actors.

Entry point: :func:`extract_quotes` (``doc, ctx, actors -> list[Quote]``).
Speech verbs and cue words are data (``dragoman/data/quotes/cues.toml``).
"""

from dragoman.quotes.extract import extract_quotes
from dragoman.quotes.lexicon import CueLexicon, default_lexicon, load_lexicon
from dragoman.quotes.marks import QuoteMark, scan_quotes

__all__ = ["CueLexicon", "QuoteMark", "default_lexicon", "extract_quotes", "load_lexicon", "scan_quotes"]
