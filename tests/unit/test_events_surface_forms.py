"""A user's dictionary verb written as an inflected form ("LEFT" in a block of its own, apart from
"LEAVE") matches the token's own form before its lemma's entries, on hand-built parses."""

from __future__ import annotations

from dragoman.events.lexicon import Lexicon, read_entries
from dragoman.events.predicates import match_verb
from tests.parses import parse


def _lexicon(rank: int = -1) -> Lexicon:
    lex = Lexicon()
    lex.extend(read_entries(["V | zorch | COOPERATE | - | 050 | obj",
                             "V | zorched | CONSULT | - | 040 | obj"], "toy.txt", rank=rank))
    return lex


def _verb(form: str):
    rows = [("Vesnia", 1, "nsubj", "PROPN", "NNP", "Vesnia"), (form, 1, "ROOT", "VERB", "VBD", "zorch"),
            ("Kordia", 1, "dobj", "PROPN", "NNP", "Kordia"), (".", 1, "punct", "PUNCT", ".", ".")]
    return parse(rows, glued=(".",))[1]


def test_the_inflected_form_entry_wins_over_the_lemma():
    pred = match_verb(_verb("zorched"), _lexicon())
    assert pred is not None and pred.entry.cameo == "040"


def test_the_lemma_entry_holds_for_other_forms():
    pred = match_verb(_verb("zorches"), _lexicon())
    assert pred is not None and pred.entry.cameo == "050"


def test_a_built_in_inflected_head_is_not_read_as_a_form():
    pred = match_verb(_verb("zorched"), _lexicon(rank=0))
    assert pred is not None and pred.entry.cameo == "050"
