"""Drop-ins for spaCy's AttributeRuler and rule Lemmatizer that give the same annotations for less.

The AttributeRuler (tag map, lemma and morphology exceptions) runs a Matcher over every token; here the
same patterns are looked up by each token's lower-case form, tag and dependency, once per distinct
combination, and the results are written back in one array. The Lemmatizer sets each lemma through a
Python token object; here its answers are remembered per (word, POS, morphology) and written back in one
array, so only new words reach it. Only pattern forms and lemmatizer modes this module understands are
taken over: anything else (an operator, another attribute) keeps the original component. ``tests`` check
the output is identical; both memories grow with the vocabulary seen, as spaCy's own lemma cache does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore
from spacy.tokens import Doc

NAME = "dragoman_attributes"
LEMMATIZER_NAME = "dragoman_lemmatizer"
_KEYS = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
_READ = (LOWER, TAG, DEP, IS_SPACE)
_WRITTEN = (POS, MORPH, LEMMA, TAG)  # the columns written back in one array; DEP is set per token
_ATTRS = {"POS": POS, "MORPH": MORPH, "LEMMA": LEMMA, "TAG": TAG, "DEP": DEP}
Columns = dict[int, list[int]]  # one list of values per attribute id, indexed by token position
Test = Callable[[Columns, int], bool]


class Unsupported(ValueError):
    """A pattern this module cannot apply exactly as the Matcher would."""


def _test(key: str, value, strings: StringStore) -> Test:
    attr = _KEYS[key]
    if key == "IS_SPACE":
        if not isinstance(value, bool):
            raise Unsupported(f"{key}: {value!r}")
        return lambda cols, i: cols[attr][i] == value
    if isinstance(value, str):
        wanted = strings.add(value)
        return lambda cols, i: cols[attr][i] == wanted
    if isinstance(value, dict) and len(value) == 1:
        op, arg = next(iter(value.items()))
        if op == "IN":
            allowed = frozenset(strings.add(v) for v in arg)
            return lambda cols, i: cols[attr][i] in allowed
        if op == "NOT_IN":
            banned = frozenset(strings.add(v) for v in arg)
            return lambda cols, i: cols[attr][i] not in banned
        if op == "REGEX":
            rx = re.compile(arg)
            return lambda cols, i: bool(rx.search(strings[cols[attr][i]]))
    raise Unsupported(f"{key}: {value!r}")


@dataclass(frozen=True, slots=True)
class _Pattern:
    order: int
    tests: tuple[tuple[Test, ...], ...]  # one tuple of tests per token
    index: int
    attrs: tuple[tuple[int, int], ...]  # (attribute id, value as stored on the token)

    def matches(self, cols: Columns, start: int, n: int) -> bool:
        return start + len(self.tests) <= n and all(
            test(cols, start + k) for k, tests in enumerate(self.tests) for test in tests)


def _value(attr: str, value, doc_vocab) -> int:
    if attr == "POS":
        return POS_IDS[value]
    if attr == "MORPH":
        return 0 if value == "_" else doc_vocab.morphology.add(value)
    return doc_vocab.strings.add(value)


def _keys(spec: dict, key: str) -> list[str] | None:
    """The values of ``key`` a token must have for ``spec`` to match, or None if unconstrained."""
    value = spec.get(key)
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    return None


class _Index:
    """Patterns by a value their first token must have (its LOWER, else TAG, else DEP)."""

    def __init__(self) -> None:
        self.by: dict[int, dict[int, list[_Pattern]]] = {LOWER: {}, TAG: {}, DEP: {}}
        self.always: list[_Pattern] = []

    def add(self, pattern: _Pattern, first: dict, strings: StringStore) -> None:
        for name in ("LOWER", "TAG", "DEP"):
            values = _keys(first, name)
            if values is not None:
                for value in values:
                    self.by[_KEYS[name]].setdefault(strings.add(value), []).append(pattern)
                return
        self.always.append(pattern)

    def candidates(self, cols: Columns, i: int) -> tuple[_Pattern, ...]:
        return (*self.by[LOWER].get(cols[LOWER][i], ()), *self.by[TAG].get(cols[TAG][i], ()),
                *self.by[DEP].get(cols[DEP][i], ()), *self.always)


class FastAttributeRuler:
    """Applies an AttributeRuler's patterns; one-token patterns are matched once per distinct token."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self.single, self.multi = _Index(), _Index()
        for order, entry in enumerate(ruler.patterns):
            if set(entry["attrs"]) - set(_ATTRS):
                raise Unsupported(f"attributes {sorted(set(entry['attrs']) - set(_ATTRS))}")
            attrs = tuple((_ATTRS[k], _value(k, str(v), ruler.vocab)) for k, v in entry["attrs"].items())
            for tokens in entry["patterns"]:
                if any(set(spec) - set(_KEYS) for spec in tokens):
                    raise Unsupported(f"pattern keys in {tokens}")
                tests = tuple(tuple(_test(k, v, strings) for k, v in spec.items()) for spec in tokens)
                index = self.single if len(tokens) == 1 else self.multi
                index.add(_Pattern(order, tests, entry.get("index", 0), attrs), tokens[0], strings)
        self._first: dict[tuple[int, ...], tuple[tuple[_Pattern, ...], tuple[_Pattern, ...]]] = {}

    def _first_token(self, cols: Columns, i: int) -> tuple[tuple[_Pattern, ...], tuple[_Pattern, ...]]:
        """The one-token patterns that match token ``i`` and the longer ones whose first token it
        could be: both depend only on the token's own four columns, so they are remembered by them."""
        single = tuple(p for p in self.single.candidates(cols, i) if p.matches(cols, i, i + 1))
        multi = tuple(p for p in self.multi.candidates(cols, i) if all(t(cols, i) for t in p.tests[0]))
        return single, multi

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        read = doc.to_array(list(_READ))
        cols: Columns = {attr: read[:, k].tolist() for k, attr in enumerate(_READ)}
        hits: list[tuple[int, int, int, _Pattern]] = []
        first = self._first
        for i, key in enumerate(zip(*cols.values())):
            found = first.get(key)
            if found is None:
                found = first[key] = self._first_token(cols, i)
            for p in found[0]:
                hits.append((p.order, i, i + 1, p))
            for p in found[1]:
                if p.matches(cols, i, n):
                    hits.append((p.order, i, i + len(p.tests), p))
        hits.sort(key=lambda h: h[:3])
        written = doc.to_array(list(_WRITTEN))
        out = [written[:, k].tolist() for k in range(len(_WRITTEN))]
        column = {attr: out[k] for k, attr in enumerate(_WRITTEN)}
        deps: dict[int, int] = {}
        for _, start, _, pattern in hits:
            target = start + pattern.index
            for attr, value in pattern.attrs:
                if attr == DEP:
                    deps[target] = value
                else:
                    column[attr][target] = value
        doc.from_array(list(_WRITTEN), numpy.array(out, dtype=numpy.uint64).T)
        for i, value in deps.items():
            doc[i].dep = value
        return doc


class FastLemmatizer:
    """An English rule or lookup Lemmatizer's lemmas, remembered per (word, POS, morphology): the
    only things its result depends on."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer) or lemmatizer.mode not in ("rule", "lookup") \
                or lemmatizer.overwrite:
            raise Unsupported(f"lemmatizer {type(lemmatizer).__name__} in mode {lemmatizer.mode!r}")
        self.lemmatizer = lemmatizer
        self.lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self.lemmatizer._validated or len(doc) == 0:
            return self.lemmatizer(doc)  # checks its tables once
        cols = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = cols[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(cols.tolist()):
            if lemma:
                continue
            value = self.lemmas.get((orth, pos, morph))
            if value is None:
                value = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                self.lemmas[(orth, pos, morph)] = value
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory(NAME)
def _make(nlp: Language, name: str) -> Callable[[Doc], Doc]:  # noqa: ARG001
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory(LEMMATIZER_NAME)
def _make_lemmatizer(nlp: Language, name: str) -> Callable[[Doc], Doc]:  # noqa: ARG001
    return FastLemmatizer(nlp.get_pipe("lemmatizer"))


def _swap(nlp: Language, old: str, new: str, build: Callable) -> bool:
    if old not in nlp.pipe_names or new in nlp.pipe_names:
        return False
    try:
        build(nlp.get_pipe(old))
    except Unsupported:
        return False
    nlp.add_pipe(new, before=old)  # built from the original component
    nlp.remove_pipe(old)
    return True


def speed_up(nlp: Language) -> bool:
    """Swap the pipeline's AttributeRuler and Lemmatizer for the fast ones where every pattern and the
    lemmatizer's mode are supported; True when the AttributeRuler was swapped."""
    swapped = _swap(nlp, "attribute_ruler", NAME, FastAttributeRuler)
    _swap(nlp, "lemmatizer", LEMMATIZER_NAME, FastLemmatizer)
    return swapped
