"""A verb whose entry names no slot for its other party takes it from a preposition of
interaction ("Vesnia zorched against Kordia", "zorched a pact with Kordia"), on hand-built parses
(no model) and an invented lexicon entry."""

from __future__ import annotations

from dragoman.events.lexicon import Lexicon, read_entries
from tests.parses import state_pairs


def _lexicon() -> Lexicon:
    lex = Lexicon()
    lex.extend(read_entries(["V | zorch | COOPERATE | - | 050 | obj"], "toy.txt"))
    return lex


def _events(rows, parties: dict[int, str]):
    return state_pairs(rows, parties, glued=(".",), lexicon=_lexicon())


def test_a_party_of_the_verb_after_against():
    rows = [("Vesnia", 1, "nsubj", "PROPN", "NNP", "Vesnia"), ("zorched", 1, "ROOT", "VERB", "VBD", "zorch"),
            ("against", 1, "prep", "ADP", "IN", "against"), ("Kordia", 2, "pobj", "PROPN", "NNP", "Kordia"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert _events(rows, {0: "VES", 3: "KOR"}) == [("VES", "KOR")]


def test_a_party_of_the_object_noun_after_with():
    rows = [("Vesnia", 1, "nsubj", "PROPN", "NNP", "Vesnia"), ("zorched", 1, "ROOT", "VERB", "VBD", "zorch"),
            ("a", 3, "det", "DET", "DT", "a"), ("pact", 1, "dobj", "NOUN", "NN", "pact"),
            ("with", 3, "prep", "ADP", "IN", "with"), ("Kordia", 4, "pobj", "PROPN", "NNP", "Kordia"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert _events(rows, {0: "VES", 5: "KOR"}) == [("VES", "KOR")]


def test_no_party_from_a_place_preposition():
    rows = [("Vesnia", 1, "nsubj", "PROPN", "NNP", "Vesnia"), ("zorched", 1, "ROOT", "VERB", "VBD", "zorch"),
            ("in", 1, "prep", "ADP", "IN", "in"), ("Kordia", 2, "pobj", "PROPN", "NNP", "Kordia"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert _events(rows, {0: "VES", 3: "KOR"}) == []


def test_an_act_of_a_party_is_not_the_party():
    rows = [("Vesnia", 1, "nsubj", "PROPN", "NNP", "Vesnia"), ("zorched", 1, "ROOT", "VERB", "VBD", "zorch"),
            ("against", 1, "prep", "ADP", "IN", "against"), ("Kordia", 5, "poss", "PROPN", "NNP", "Kordia"),
            ("'s", 3, "case", "PART", "POS", "'s"), ("ruling", 2, "pobj", "NOUN", "NN", "ruling"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert _events(rows, {0: "VES", 3: "KOR"}) == []


def _vp_lexicon() -> Lexicon:
    lex = Lexicon()
    lex.extend(read_entries(["V | glarp | REQUEST | - | 095 | obj,for,in"], "toy.txt", rank=-1))
    return lex


def _vp_events(rows, parties: dict[int, str]):
    return state_pairs(rows, parties, glued=(".",), lexicon=_vp_lexicon())


def test_a_party_inside_the_prepositional_object():
    rows = [("Vesnia", 1, "nsubj", "PROPN", "NNP", "Vesnia"), ("glarped", 1, "ROOT", "VERB", "VBD", "glarp"),
            ("for", 1, "prep", "ADP", "IN", "for"), ("calm", 2, "pobj", "NOUN", "NN", "calm"),
            ("in", 3, "prep", "ADP", "IN", "in"), ("Kordia", 4, "pobj", "PROPN", "NNP", "Kordia"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert _vp_events(rows, {0: "VES", 5: "KOR"}) == [("VES", "KOR")]


def test_no_inner_party_by_a_preposition_the_entry_does_not_name():
    rows = [("Vesnia", 1, "nsubj", "PROPN", "NNP", "Vesnia"), ("glarped", 1, "ROOT", "VERB", "VBD", "glarp"),
            ("for", 1, "prep", "ADP", "IN", "for"), ("calm", 2, "pobj", "NOUN", "NN", "calm"),
            ("near", 3, "prep", "ADP", "IN", "near"), ("Kordia", 4, "pobj", "PROPN", "NNP", "Kordia"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert ("VES", "KOR") not in _vp_events(rows, {0: "VES", 5: "KOR"})
