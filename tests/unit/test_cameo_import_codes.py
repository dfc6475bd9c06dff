"""The converter on paired codes, header codes and target slots after a bare preposition, and the
reverse events a paired code gives. The dictionary is invented, in the PETRARCH-1 layout."""

from __future__ import annotations

from dragoman.events import extract_events
from dragoman.events.cameo_import import REVERSE_OTHER_TYPE, convert, parse_pattern, write_lexicon
from dragoman.events.lexicon import Lexicon, parse_line, read_entries
from tests.unit.test_events import context, parse, table

TOY = """\
--- GLOMP  [042:043]  ---
GLOMP    # a paired code: the target hosts the source
- * (NEAR)                                   [042]

--- SNARF [120]  [044:044]  ---
SNARF
BLEEP [130]
TWIDDLE    # no code of its own: the block's, the header's FIRST bracket
- * TREATY                                   [120]

--- PLONK  [044:044]  ---
PLONK

--- KERFUFFLE  [---] # NOUN ---
KERFUFFLE
- * TREATY                                   [057]

--- WIBBLE  [130]  ---
WIBBLE
- * THEIR ^ ABOUT +                          [130]
- * (AT) ^ +                                 [138]
- * OF +                                     [131]
- * + (FOR PEACE)                            [130]

--- ZONK  [190:111]  ---
ZONK    # the reverse is of another PLOVER type: left out
"""


def got(**kw):
    conv = convert(TOY.splitlines(), ambiguous=False, **kw)
    return conv, {e.pattern: e for e in conv.entries}


def test_paired_code_keeps_its_reverse_event_when_of_the_same_type():
    conv, e = got()
    assert (e["glomp"].cameo, e["glomp"].reverse, e["glomp"].type) == ("042", "043", "CONSULT")
    assert e["glomp near"].reverse is None  # its own single code
    assert "| 042:043 |" in e["glomp"].line()
    assert e["zonk"].reverse is None and conv.dropped[REVERSE_OTHER_TYPE] == 1
    back = parse_line(e["glomp"].line(), "toy.txt")
    assert (back.cameo, back.reverse) == ("042", "043")
    assert parse_line("V | meet | CONSULT | meet | 044 | obj").reverse is None


def test_block_code_is_the_first_bracket_of_its_header_and_does_not_leak():
    _, e = got()
    # "--- SNARF [120] [044:044] ---": SNARF and TWIDDLE are 120 (REJECT), not the meeting code
    assert (e["snarf"].cameo, e["snarf"].type, e["snarf"].reverse) == ("120", "REJECT", None)
    assert (e["twiddle"].cameo, e["twiddle"].type) == ("120", "REJECT")
    assert e["bleep"].cameo == "130"  # a verb's own code wins
    assert e["plonk"].cameo == "044"
    # "--- KERFUFFLE [---] # NOUN ---" is a block header (a comment before its closing dashes):
    # its verb is no verb of the block before it, and codes nothing bare
    assert "kerfuffle" not in e and "plonk =treaty" not in e
    assert e["kerfuffle =treaty"].type == "AGREE"


def test_a_target_after_a_bare_preposition_is_in_that_prepositions_slot():
    _, e = got()
    assert e["wibble about"].targets == ("about",)  # "- * THEIR ^ ABOUT +": a determiner, no object
    assert e["wibble at"].targets == ("at",)  # "- * (AT) ^ +"
    assert e["wibble of"].targets == ("of",)  # "of" is a preposition, not an object word
    assert parse_pattern("* + (FOR PEACE)", {}).targets == ["obj"]
    assert parse_pattern("* AT + (FOR PEACE)", {}).targets == ["at"]


def _lexicon(*lines: str) -> Lexicon:
    lex = Lexicon()
    lex.extend(read_entries(list(lines), "toy.txt"))
    return lex


def test_a_paired_code_codes_the_reverse_event_target_on_source():
    # "Arlen glomped Borin ." with GLOMP [042:043]: Arlen visits Borin, Borin hosts Arlen
    doc = parse([
        ("Arlen", 1, "nsubj", "PROPN", "NNP", "Arlen"),
        ("glomped", 1, "ROOT", "VERB", "VBD", "glomp"),
        ("Borin", 1, "dobj", "PROPN", "NNP", "Borin"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    lex = _lexicon("V | glomp | CONSULT | visit | 042:043 | obj")
    evs = extract_events(doc, context(doc), table(doc, Arlen=0, Borin=2), lexicon=lex)
    got_ = {(e.source, e.target, e.cameo, e.type, e.mode) for e in evs}
    assert got_ == {("A1", "A2", "042", "CONSULT", "visit"), ("A2", "A1", "043", "CONSULT", None)}
    # a single code: one event
    lex = _lexicon("V | glomp | CONSULT | visit | 042 | obj")
    assert len(extract_events(doc, context(doc), table(doc, Arlen=0, Borin=2), lexicon=lex)) == 1


def test_written_lexicon_reads_back_paired_codes():
    conv, _ = got()
    back = {e.pattern: e for e in read_entries(write_lexicon(conv, "toy").splitlines(), "toy.txt")}
    assert (back["glomp"].cameo, back["glomp"].reverse) == ("042", "043")


def test_vp_targets_reads_a_target_where_petrarch_does():
    # PETRARCH codes a bare verb's target as the first actor after it, in whatever phrase:
    # "glomped in Y", "wibbled of Y"; an explicit '+' keeps its own slot
    _, plain = got()
    _, vp = got(vp_targets=True)
    assert "for" not in plain["glomp"].targets and "of" not in plain["wibble"].targets
    assert {"obj", "in", "for", "of", "to"} <= set(vp["glomp"].targets)
    assert {"in", "of", "about"} <= set(vp["wibble"].targets)
    assert vp["wibble about"].targets == ("about",)
    assert {"in", "near"} <= set(vp["glomp near"].targets)  # a pattern with no '+'


def test_a_paired_code_on_a_reciprocal_subject_codes_each_direction_once():
    # "Arlen and Borin glomped ." with a symmetric paired code: A->B and B->A, no duplicate
    doc = parse([
        ("Arlen", 3, "nsubj", "PROPN", "NNP", "Arlen"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Borin", 0, "conj", "PROPN", "NNP", "Borin"),
        ("met", 3, "ROOT", "VERB", "VBD", "glomp"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    lex = _lexicon("V | glomp | CONSULT | meet | 044:044 | obj,with")
    evs = extract_events(doc, context(doc), table(doc, Arlen=0, Borin=2), lexicon=lex)
    assert sorted((e.source, e.target, e.cameo) for e in evs) == [("A1", "A2", "044"), ("A2", "A1", "044")]
