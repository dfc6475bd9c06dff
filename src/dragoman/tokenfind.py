"""Find the few tokens a pass cares about from the Doc's arrays, without building a Token for each.

A stage that acts on a handful of words ("campaign", speech verbs, a surname) would otherwise
create a Python Token object for every token of the article just to read one string from it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

_TESTED: dict[Callable[[str], bool], dict[int, bool]] = {}  # test -> string id -> its answer


@lru_cache(maxsize=64)  # the lexicons' word sets recur; a document's own (its surnames) pass through
def _ids(words: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


@lru_cache(maxsize=16)
def _folded(words: frozenset[str]) -> dict[int, bool]:
    """For a lexicon's word set: string id -> whether that string, lower-cased, is one of the words."""
    return {}


def positions(doc: Doc, words: frozenset[str], attr: int = LOWER, *, fold: bool = False) -> list[int]:
    """Indices of the tokens whose ``attr`` (the lower-case form by default) is one of ``words``;
    with ``fold``, whose ``attr`` lower-cased is (for attributes such as LEMMA that keep case)."""
    if not len(doc) or not words:
        return []
    where = _where(doc, attr)
    if not fold:
        wanted = _ids(words)
        values = [v for v in wanted if v in where] if len(wanted) < len(where) else [v for v in where if v in wanted]
    else:
        known = _folded(words)
        strings = doc.vocab.strings
        values = []
        for value in where:
            hit = known.get(value)
            if hit is None:
                hit = known[value] = strings[value].lower() in words
            if hit:
                values.append(value)
    out = [i for value in values for i in where[value]]
    out.sort()
    return out


def flags(doc: Doc, test: Callable[[str], bool], attr: int = ORTH) -> list[bool]:
    """``test`` of each token's ``attr`` string (its text by default), asked once per distinct string:
    ``test`` must depend on the string alone."""
    if not len(doc):
        return []
    answers = doc.user_data.setdefault("dragoman.flags", {})  # (test, attr) -> the answers for this document
    found = answers.get((test, attr))
    if found is None:
        known = _TESTED.setdefault(test, {})
        strings = doc.vocab.strings
        for value in _where(doc, attr):
            if value not in known:
                known[value] = test(strings[value])
        found = answers[(test, attr)] = [known[value] for value in _values(doc, attr)]
    return list(found)


def _values(doc: Doc, attr: int) -> list[int]:
    """Each token's ``attr`` (a string id), read once per document and kept with it."""
    key = f"dragoman.values.{attr}"
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = doc.to_array(attr).tolist()
    return found


def _where(doc: Doc, attr: int) -> dict[int, list[int]]:
    """Each distinct ``attr`` value of the document -> the indices of its tokens, in order (kept with it)."""
    key = f"dragoman.where.{attr}"
    found = doc.user_data.get(key)
    if found is None:
        found = {}
        for i, value in enumerate(_values(doc, attr)):
            found.setdefault(value, []).append(i)
        doc.user_data[key] = found
    return found
