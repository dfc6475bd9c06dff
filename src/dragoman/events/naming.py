"""Naming as judging: "X called Y's deal 'lousy'", "described the plan as a disaster", "referred to
the vote as a hoax" code ACCUSE (a pejorative word in what Y is called) or SUPPORT (a praising one),
from the namer to the one named (or the owner of the thing named).

The naming verbs and the evaluative words are data: ``data/events/evaluative.txt``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from dragoman.events.lexicon import Entry

TYPES = {"-": ("ACCUSE", "111", "criticize"), "+": ("SUPPORT", "051", "praise")}
PREDICATE_DEPS = frozenset({"oprd", "ccomp", "xcomp", "attr"})


@lru_cache(maxsize=1)
def evaluative() -> tuple[frozenset[str], dict[str, str]]:
    """The naming verbs, and evaluative word -> polarity ("-" or "+")."""
    verbs: set[str] = set()
    words: dict[str, str] = {}
    text = resources.files("dragoman").joinpath("data/events/evaluative.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        tag, *items = line.split()
        if tag == "verbs":
            verbs.update(items)
        else:
            words.update((w.lower(), tag) for w in items)
    return frozenset(verbs), words


def naming_verbs() -> frozenset[str]:
    return evaluative()[0]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower() or tok.text.lower()


def _complement(verb: Token, obj: Token) -> list[Token]:
    """The words that say what the object is called: the predicate complement, an "as" phrase, or
    adjectives the parse hung on the object after it ('called the deal "lousy"')."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in PREDICATE_DEPS and c.i > obj.i:
            out.extend(t for t in c.subtree if not (obj.left_edge.i <= t.i <= obj.right_edge.i))
        elif c.dep_ == "prep" and c.text.lower() == "as":
            out.extend(c.subtree)
    for c in obj.children:
        if c.dep_ == "prep" and c.text.lower() == "as":
            out.extend(c.subtree)
        elif c.dep_ == "appos" and c.i > obj.i:  # 'called the plan "a disgrace"' read as apposition
            out.extend(c.subtree)
        elif c.dep_ in ("amod", "acl") and (c.i > obj.i or any(p.text in "\"“'" for p in c.doc[c.i - 1:c.i])):
            out.extend(c.subtree)
    return out


def match_naming(tok: Token) -> tuple[Entry, Token] | None:
    """A naming verb whose object is called something evaluative: the entry it codes and the object."""
    verbs, words = evaluative()
    head = _lemma(tok)
    if head not in verbs:
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:  # "referred to the vote as ...", "which Ross referred to as ..."
        objs = [g for c in tok.children if c.dep_ == "prep" and c.text.lower() == "to"
                for g in c.children if g.dep_ == "pobj"]
        if not objs and tok.dep_ == "relcl":
            objs = [tok.head]
    if not objs:  # a small clause: "called [Y's decision wise]"
        objs = [g for c in tok.children if c.dep_ in PREDICATE_DEPS for g in c.children if g.dep_ == "nsubj"]
    if not objs:
        return None
    obj = objs[0]
    if obj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":  # "the decision, which X referred to as ..."
        obj = tok.head
    polarity = None
    for t in _complement(tok, obj):
        for key in (_lemma(t), t.text.lower()):
            if key in words:
                polarity = words[key]
                break
        if polarity == "-":
            break
    if polarity is None:
        return None
    ptype, cameo, mode = TYPES[polarity]
    return Entry(kind="V", head=head, type=ptype, mode=mode, cameo=cameo, targets=("named",),
                 origin="evaluative.txt", object_names=("@evaluative" + polarity,)), obj
