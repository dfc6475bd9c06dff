"""Stated intentions (events/intent.py) and phrasal verbs on hand-built parses of invented sentences."""

from __future__ import annotations

from dragoman.events.intent import recode
from dragoman.events.lexicon import Entry
from dragoman.events.predicates import Predicate
from tests.parses import parse


def _code(rows, at, typ, negated=False, aux=None):
    doc = parse(rows)
    entry = Entry(kind="V", head=doc[at].lemma_, type=typ, cameo="000", targets=("obj",))
    out = recode(Predicate(doc[at], entry), doc[at], negated, aux)
    return None if out is None else (out[0].type, out[0].cameo, out[1], out[2])


def _control(head_word, head_lemma, verb, verb_lemma, aux=None):
    """'Arlen [aux] HEAD to VERB Borin .'"""
    rows = [("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen")]
    if aux:
        rows = [rows[0], (aux[0], 2, aux[1], "AUX", "MD", aux[2])]
    h = len(rows)
    rows += [(head_word, h, "ROOT", "VERB", "VBD", head_lemma), ("to", h + 2, "aux", "PART", "TO", "to"),
             (verb, h, "xcomp", "VERB", "VB", verb_lemma), ("Borin", h + 2, "dobj", "PROPN", "NNP", "Borin"),
             (".", h, "punct", "PUNCT", ".", ".")]
    rows[0] = ("Arlen", h, "nsubj", "PROPN", "NNP", "Arlen")
    return rows, h + 2


def test_an_offered_cooperative_act_is_an_intent_to_cooperate():
    rows, at = _control("offered", "offer", "help", "help")
    assert _code(rows, at, "AID", aux="intended") == ("AGREE", "033", False, None)


def test_a_promised_meeting_is_an_intent_to_meet():
    rows, at = _control("promised", "promise", "visit", "visit")
    assert _code(rows, at, "CONSULT", aux="intended") == ("AGREE", "036", False, None)


def test_a_vowed_attack_is_a_threat():
    rows, at = _control("vowed", "vow", "attack", "attack")
    assert _code(rows, at, "ASSAULT", aux="intended") == ("THREATEN", "138", False, None)


def test_a_threatened_withdrawal_is_a_threat():
    rows, at = _control("threatened", "threaten", "leave", "leave")
    assert _code(rows, at, "RETREAT", aux="intended")[0] == "THREATEN"


def test_a_refused_meeting_is_a_rejection_and_asserted():
    rows, at = _control("refused", "refuse", "meet", "meet")
    assert _code(rows, at, "CONSULT", negated=True) == ("REJECT", "126", False, None)


def test_a_failure_to_act_is_not_a_rejection():
    rows, at = _control("failed", "fail", "meet", "meet")
    assert _code(rows, at, "CONSULT", negated=True) is None


# "Arlen will not accept Borin ."
WILL_NOT = [
    ("Arlen", 3, "nsubj", "PROPN", "NNP", "Arlen"), ("will", 3, "aux", "AUX", "MD", "will"),
    ("not", 3, "neg", "PART", "RB", "not"), ("accept", 3, "ROOT", "VERB", "VB", "accept"),
    ("Borin", 3, "dobj", "PROPN", "NNP", "Borin"), (".", 3, "punct", "PUNCT", ".", "."),
]
# "Arlen will meet Borin ." / "Arlen did not meet Borin ."
WILL = [
    ("Arlen", 2, "nsubj", "PROPN", "NNP", "Arlen"), ("will", 2, "aux", "AUX", "MD", "will"),
    ("meet", 2, "ROOT", "VERB", "VB", "meet"), ("Borin", 2, "dobj", "PROPN", "NNP", "Borin"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
DID_NOT = [
    ("Arlen", 3, "nsubj", "PROPN", "NNP", "Arlen"), ("did", 3, "aux", "AUX", "VBD", "do"),
    ("not", 3, "neg", "PART", "RB", "not"), ("meet", 3, "ROOT", "VERB", "VB", "meet"),
    ("Borin", 3, "dobj", "PROPN", "NNP", "Borin"), (".", 3, "punct", "PUNCT", ".", "."),
]


def test_a_future_refusal_is_a_rejection():
    assert _code(WILL_NOT, 3, "CONCEDE", negated=True, aux="future")[0] == "REJECT"


def test_a_bare_future_is_the_act_itself():
    assert _code(WILL, 2, "CONSULT", aux="future") is None


def test_a_past_negated_act_keeps_its_type():
    assert _code(DID_NOT, 3, "CONSULT", negated=True) is None


# "Arlen will withdraw unless Borin pays ."
UNLESS = [
    ("Arlen", 2, "nsubj", "PROPN", "NNP", "Arlen"), ("will", 2, "aux", "AUX", "MD", "will"),
    ("withdraw", 2, "ROOT", "VERB", "VB", "withdraw"), ("unless", 5, "mark", "SCONJ", "IN", "unless"),
    ("Borin", 5, "nsubj", "PROPN", "NNP", "Borin"), ("pays", 2, "advcl", "VERB", "VBZ", "pay"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_conditioned_future_withdrawal_is_an_ultimatum():
    assert _code(UNLESS, 2, "RETREAT", aux="future") == ("THREATEN", "139", False, None)


def test_a_date_preposition_is_no_particle_of_a_phrasal_verb():
    from dragoman.events.lexicon import Lexicon, read_entries
    from dragoman.events.predicates import match_verb

    lex = Lexicon()
    lex.extend(read_entries(["V | fire on | ASSAULT | firearms | 193 | on", "V | fire | SANCTION | - | 172 | obj"]))
    # "Arlen fired Borin on Monday ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"), ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
        ("Borin", 1, "dobj", "PROPN", "NNP", "Borin"), ("on", 1, "prep", "ADP", "IN", "on"),
        ("Monday", 3, "pobj", "PROPN", "NNP", "Monday"), (".", 1, "punct", "PUNCT", ".", "."),
    ])
    doc.ents = [doc.char_span(doc[4].idx, doc[4].idx + 6, label="DATE")]
    assert match_verb(doc[1], lex).entry.type == "SANCTION"


def _shells():
    # "Arlen fired artillery shells at Borin ."
    return parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"), ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
        ("artillery", 3, "compound", "NOUN", "NN", "artillery"), ("shells", 1, "dobj", "NOUN", "NNS", "shell"),
        ("at", 1, "prep", "ADP", "IN", "at"), ("Borin", 4, "pobj", "PROPN", "NNP", "Borin"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])


def test_a_user_pattern_matches_a_noun_compounded_in_the_object():
    from dragoman.events.lexicon import Lexicon, read_entries
    from dragoman.events.predicates import match_verb

    lex = Lexicon()
    lex.extend(read_entries(["V | fire =artillery | ASSAULT | artillery | 194 | at"], rank=-1))
    pred = match_verb(_shells()[1], lex)
    assert pred is not None and pred.entry.cameo == "194" and pred.obj.text == "shells"


def test_a_packaged_pattern_matches_the_object_itself_only():
    from dragoman.events.lexicon import Lexicon, read_entries
    from dragoman.events.predicates import match_verb

    lex = Lexicon()
    lex.extend(read_entries(["V | fire =artillery | ASSAULT | artillery | 194 | at"]))
    assert match_verb(_shells()[1], lex) is None


def test_an_act_noun_called_for_is_a_demand():
    # "Arlen called for sanctions against Borin ."
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"), ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("for", 1, "prep", "ADP", "IN", "for"), ("sanctions", 2, "pobj", "NOUN", "NNS", "sanction"),
        ("against", 3, "prep", "ADP", "IN", "against"), ("Borin", 4, "pobj", "PROPN", "NNP", "Borin"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    entry = Entry(kind="N", head="sanction", type="SANCTION", cameo="163", targets=("against",))
    out = recode(Predicate(doc[3], entry), doc[1], False, None)
    assert out is not None and (out[0].type, out[0].cameo) == ("REQUEST", "100")
