"""Coordinated subjects of a verb whose object is their joint act ("A and B delayed their
meeting"), or of an entry written for coordinated subjects (PETRARCH's "% HAVE *"), act on each
other; on hand-built parses and invented lexicon entries."""

from __future__ import annotations

from spacy.tokens import Doc

from dragoman.actors.table import ActorTable
from dragoman.events import extract_events
from dragoman.events.cameo_import import parse_pattern
from dragoman.events.lexicon import Lexicon, read_entries
from dragoman.events.predicates import JOINT_SUBJECT, match_verb
from dragoman.records import Actor
from tests.parses import context, parse


def _lexicon(*lines: str) -> Lexicon:
    lex = Lexicon()
    lex.extend(read_entries(["N | parley | CONSULT | - | 040 | with", *lines], "toy.txt"))
    return lex


def _span(doc: Doc, i: int) -> tuple[int, int]:
    return doc[i].idx, doc[i].idx + len(doc[i])


def _rows(possessor: str, noun: str):
    return [("Vesnia", 3, "nsubj", "PROPN", "NNP", "Vesnia"), ("and", 0, "cc", "CCONJ", "CC", "and"),
            ("Kordia", 0, "conj", "PROPN", "NNP", "Kordia"), ("blorped", 3, "ROOT", "VERB", "VBD", "blorp"),
            (possessor, 5, "poss", "PRON", "PRP$", possessor), (noun, 3, "dobj", "NOUN", "NN", noun),
            (".", 3, "punct", "PUNCT", ".", ".")]


def _events(rows, lex: Lexicon):
    doc = parse(rows, glued=(".",))
    actors = ActorTable([Actor(id=name, name=doc[i].text, kind="state", country=name, mentions=[_span(doc, i)])
                         for i, name in {0: "VES", 2: "KOR"}.items()])
    return sorted((e.source, e.target) for e in extract_events(doc, context(doc), actors, lexicon=lex))


def test_subjects_of_a_verb_on_their_joint_act_act_on_each_other():
    lex = _lexicon("V | blorp | REJECT | - | 120 | obj")
    assert _events(_rows("their", "parley"), lex) == [("KOR", "VES"), ("VES", "KOR")]


def test_an_object_that_is_no_joint_act_gives_no_pair():
    lex = _lexicon("V | blorp | REJECT | - | 120 | obj")
    assert ("VES", "KOR") not in _events(_rows("their", "harvest"), lex)


def test_an_entry_for_coordinated_subjects_matches_only_them():
    lex = _lexicon(f"V | blorp {JOINT_SUBJECT} | SANCTION | - | 191 | obj")
    rows = _rows("their", "harvest")
    doc = parse(rows, glued=(".",))
    pred = match_verb(doc[3], lex)
    assert pred is not None and pred.entry.cameo == "191"
    lone = [("Vesnia", 1, "nsubj", "PROPN", "NNP", "Vesnia"), ("blorped", 1, "ROOT", "VERB", "VBD", "blorp"),
            ("harvest", 1, "dobj", "NOUN", "NN", "harvest"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert match_verb(parse(lone, glued=(".",))[1], lex) is None
    assert _events(rows, lex) == [("KOR", "VES"), ("VES", "KOR")]


def test_a_compound_actor_pattern_converts_to_the_joint_particle():
    assert parse_pattern("% HAVE *", {}).particles == [[JOINT_SUBJECT]]
    assert parse_pattern("% *", {}).particles == [[JOINT_SUBJECT]]
