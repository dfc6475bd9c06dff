"""A drop-in for spaCy's AttributeRuler that applies its patterns by dictionary lookup.

The AttributeRuler (tag map, lemma and morphology exceptions) runs a Matcher over every token and costs
about a tenth of en_core_web_sm's time; the same patterns looked up by each token's lower-case form and
tag cost a fraction of that. Only pattern forms this module understands are taken over: anything else
(an operator, another attribute) keeps the original component. ``tests`` check the output is identical.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

NAME = "dragoman_attributes"
_SUPPORTED_KEYS = {"LOWER", "TAG", "DEP", "IS_SPACE"}
_SUPPORTED_ATTRS = {"LEMMA", "POS", "TAG", "MORPH", "DEP"}
Columns = dict[str, list]  # one list of values per attribute, indexed by token position
Test = Callable[[Columns, int], bool]


class Unsupported(ValueError):
    """A pattern this module cannot apply exactly as the Matcher would."""


def _test(key: str, value) -> Test:
    if isinstance(value, (str, bool)):
        return lambda cols, i: cols[key][i] == value
    if isinstance(value, dict) and len(value) == 1:
        op, arg = next(iter(value.items()))
        if op == "IN":
            allowed = frozenset(arg)
            return lambda cols, i: cols[key][i] in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda cols, i: cols[key][i] not in banned
        if op == "REGEX":
            rx = re.compile(arg)
            return lambda cols, i: bool(rx.search(str(cols[key][i])))
    raise Unsupported(f"{key}: {value!r}")


@dataclass(frozen=True, slots=True)
class _Pattern:
    order: int
    tests: tuple[tuple[Test, ...], ...]  # one tuple of tests per token
    index: int
    attrs: tuple[tuple[str, str], ...]


def _keys(spec: dict, key: str) -> list[str] | None:
    """The values of ``key`` a token must have for ``spec`` to match, or None if unconstrained."""
    value = spec.get(key)
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    return None


class FastAttributeRuler:
    """Applies an AttributeRuler's patterns, indexed by the first token's LOWER, TAG or DEP."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.index: dict[str, dict[str, list[_Pattern]]] = {"LOWER": {}, "TAG": {}, "DEP": {}}
        self.always: list[_Pattern] = []
        for order, entry in enumerate(ruler.patterns):
            attrs = entry["attrs"]
            if set(attrs) - _SUPPORTED_ATTRS:
                raise Unsupported(f"attributes {sorted(set(attrs) - _SUPPORTED_ATTRS)}")
            for tokens in entry["patterns"]:
                if any(set(spec) - _SUPPORTED_KEYS for spec in tokens):
                    raise Unsupported(f"pattern keys in {tokens}")
                pattern = _Pattern(order, tuple(tuple(_test(k, v) for k, v in spec.items()) for spec in tokens),
                                   entry.get("index", 0), tuple((k, str(v)) for k, v in attrs.items()))
                for key, table in self.index.items():
                    values = _keys(tokens[0], key)
                    if values is not None:
                        for value in values:
                            table.setdefault(value, []).append(pattern)
                        break
                else:
                    self.always.append(pattern)

    def __call__(self, doc: Doc) -> Doc:
        cols: Columns = {"LOWER": [], "TAG": [], "DEP": [], "IS_SPACE": []}
        for token in doc:
            cols["LOWER"].append(token.lower_)
            cols["TAG"].append(token.tag_)
            cols["DEP"].append(token.dep_)
            cols["IS_SPACE"].append(token.is_space)
        by_lower, by_tag, by_dep = self.index["LOWER"], self.index["TAG"], self.index["DEP"]
        hits: list[tuple[int, int, int, _Pattern]] = []
        n = len(doc)
        for i in range(n):
            candidates = (*by_lower.get(cols["LOWER"][i], ()), *by_tag.get(cols["TAG"][i], ()),
                          *by_dep.get(cols["DEP"][i], ()), *self.always)
            for pattern in candidates:
                length = len(pattern.tests)
                if i + length <= n and all(test(cols, i + k) for k, tests in enumerate(pattern.tests) for test in tests):
                    hits.append((pattern.order, i, i + length, pattern))
        hits.sort(key=lambda h: (h[0], h[1], h[2]))
        for _, start, end, pattern in hits:
            token = doc[start:end][pattern.index]
            for key, value in pattern.attrs:
                if key == "MORPH":
                    token.set_morph(None if value == "_" else value)
                elif key == "LEMMA":
                    token.lemma_ = value
                elif key == "POS":
                    token.pos_ = value
                elif key == "TAG":
                    token.tag_ = value
                else:
                    token.dep_ = value
        return doc


@Language.factory(NAME)
def _make(nlp: Language, name: str) -> Callable[[Doc], Doc]:  # noqa: ARG001
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))


def speed_up(nlp: Language) -> bool:
    """Swap the pipeline's AttributeRuler for the fast one when every pattern is supported."""
    if "attribute_ruler" not in nlp.pipe_names or NAME in nlp.pipe_names:
        return False
    try:
        FastAttributeRuler(nlp.get_pipe("attribute_ruler"))
    except Unsupported:
        return False
    nlp.add_pipe(NAME, before="attribute_ruler")  # built from the ruler's own patterns
    nlp.remove_pipe("attribute_ruler")
    return True
