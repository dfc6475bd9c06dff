"""Tables derived from an event lexicon, computed once per lexicon rather than once per document."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from dragoman.events.lexicon import Lexicon

T = TypeVar("T")


def per_lexicon(derive: Callable[[Lexicon], T]) -> Callable[[Lexicon], T]:
    """``derive(lex)``, remembered for the last lexicon it was asked of until that lexicon changes: every
    change goes through ``Lexicon.extend``, which makes ``lex.heads`` a new set."""
    last: list = [None, None, None]  # lexicon, its heads when derived, the result

    @wraps(derive)
    def cached(lex: Lexicon) -> T:
        heads = lex.heads
        if last[0] is not lex or last[1] is not heads:
            last[:] = [lex, heads, derive(lex)]
        return last[2]

    return cached
