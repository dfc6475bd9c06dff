"""A coordination of subjects the parse split into two subjects of one verb ("Traders, farmers,
and Vesnia praised Borin": "Traders" and "Vesnia" both nsubj) keeps each named actor as a source
(hand-built parse, no model)."""

from __future__ import annotations

from tests.parses import state_pairs


def _events(rows, parties: dict[int, str]):
    return state_pairs(rows, parties, glued=(",", "."))


def test_a_split_coordination_of_subjects_keeps_the_named_actor():
    rows = [("Traders", 6, "nsubj", "NOUN", "NNS", "trader"), (",", 0, "punct", "PUNCT", ",", ","),
            ("farmers", 0, "conj", "NOUN", "NNS", "farmer"), (",", 0, "punct", "PUNCT", ",", ","),
            ("and", 0, "cc", "CCONJ", "CC", "and"), ("Vesnia", 6, "nsubj", "PROPN", "NNP", "Vesnia"),
            ("praised", 6, "ROOT", "VERB", "VBD", "praise"), ("Kordia", 6, "dobj", "PROPN", "NNP", "Kordia"),
            (".", 6, "punct", "PUNCT", ".", ".")]
    assert _events(rows, {5: "VES", 7: "KOR"}) == [("VES", "KOR")]


def test_two_subjects_without_a_conjunction_keep_the_first():
    rows = [("Vesnia", 3, "nsubj", "PROPN", "NNP", "Vesnia"), (",", 0, "punct", "PUNCT", ",", ","),
            ("Tharn", 3, "nsubj", "PROPN", "NNP", "Tharn"), ("praised", 3, "ROOT", "VERB", "VBD", "praise"),
            ("Kordia", 3, "dobj", "PROPN", "NNP", "Kordia"), (".", 3, "punct", "PUNCT", ".", ".")]
    assert _events(rows, {0: "VES", 2: "THA", 4: "KOR"}) == [("VES", "KOR")]
