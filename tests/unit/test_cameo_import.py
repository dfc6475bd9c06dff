"""Converting a CAMEO/PETRARCH verb dictionary into event-lexicon entries, and loading them.

The dictionary below is invented for these tests in the CAMEO.2.0 layout; it is not the real one.
"""

from __future__ import annotations

import pytest

from dragoman.events.cameo_import import convert, default_code_table, parse_pattern, Skip, write_lexicon
from dragoman.events.lexicon import load_lexicon, read_entries

TOY = """\
# An invented verb dictionary in the PETRARCH layout.

####### SYNONYM SETS #######

&GIZMO
+WIDGET
+SPROCKET
# a comment inside a synset does not end it
+FLANGE_
+TWO WORDS

&PLEA_
+PETITION

####### VERB PATTERNS #######

---  BLORT   [---]  ---
BLORT  # a verb with no code of its own
ZORCH {ZORCHES ZORCHED ZORCHING }
+ZAP_OUT [173]
- * &GIZMO                                   [072]   # ZORCH
- * (TO)                                     [042:043]
- * (AGAINST +)                              [193]
- * UP (ON TROUBLE)                          [175]
- * {BIG GIZMO}                              [073]   # a noun phrase with a modifier
- &GIZMO * OFF                               [190]   # words before the verb
- * WIDGET (FOR FLANGE)                      [070]   # two object words
- * (BEFORE COURT)                           [:173]  # reverse-only
- * OPINION                                  [010]   # a public statement
- * NOTHING                                   [---]   # no event
- * ^ (FROM $)                                [111]   # a source after the verb
- * &UNDEFINED                                [130]
- * GRUMBLE                                   [120]
- * GRUMBLE                                   [193]   # the same pattern again

---  FROB   [120]  ---
FROB
QUUX [020]
- * &PLEA                                    [020]

---  FIZZ   [180]  ---
FIZZ
- * DUD                                      [---]
- * TREATY                                   [057]

---  MEET   [040]  ---
MEET
GREET
- * +                                        [043]
"""


@pytest.fixture(scope="module")
def conv():
    return convert(TOY.splitlines())


@pytest.fixture(scope="module")
def every():
    """Converted as PETRARCH reads the dictionary: every pattern holds for every verb of its block."""
    return convert(TOY.splitlines(), authored=False)


def entries(conv):
    return {e.pattern: e for e in conv.entries}


def test_block_patterns_hold_for_every_verb_of_the_block_with_synsets_as_word_sets(every):
    conv = every
    got = entries(conv)
    for pattern in ("blort =@gizmo", "zorch =@gizmo", "zap out =@gizmo"):
        assert (got[pattern].type, got[pattern].mode, got[pattern].cameo) == ("AID", "military", "072")
    # phrases are left out of a word set; '_' only stops plurals
    assert conv.sets["gizmo"] == ["widget", "sprocket", "flange"]
    assert got["blort =@gizmo"].targets == ("obj", "to")


def test_prepositions_particles_and_targets(conv):
    got = entries(conv)
    visit = got["zorch to"]  # [042:043]: the source->target code is kept
    assert (visit.type, visit.mode, visit.cameo) == ("CONSULT", "visit", "042")
    assert "to" in visit.targets
    fire = got["blort against"]  # '(AGAINST +)': the target is the object of 'against'
    assert (fire.type, fire.cameo, fire.targets) == ("ASSAULT", "193", ("against",))
    crack = got["zorch up on =trouble"]  # particle, preposition and the preposition's object
    assert (crack.particles, crack.objects, crack.type) == (("up", "on"), ("trouble",), "COERCE")
    # '- * +' asks nothing of the verb but a target: a bare entry, before the verbs' own code
    assert (got["greet"].type, got["greet"].cameo, got["greet"].targets) == ("CONSULT", "043", ("obj",))
    assert got["meet"].cameo == "043"


def test_phrasal_verbs_and_verb_codes(conv):
    got = entries(conv)
    zap = got["zap out"]
    assert (zap.head, zap.particles, zap.type, zap.mode, zap.cameo) == ("zap", ("out",), "COERCE", "arrest", "173")
    assert "blort" not in got and "zorch" not in got  # block code '---': no bare entry
    assert got["quux"].type == "REQUEST" and got["quux"].cameo == "020"


def test_a_pattern_whose_comment_names_a_verb_holds_for_that_verb_only(conv, every):
    # "- * &GIZMO [072]  # ZORCH": written for ZORCH; its block's other verbs are other senses
    got = entries(conv)
    assert got["zorch =@gizmo"].type == "AID"
    assert "blort =@gizmo" not in got and "zap out =@gizmo" not in got
    assert conv.dropped["pattern written for another verb of its block"] == 2  # blort, zap out
    # a comment that names no verb of the block ("# a noun phrase ...") restricts nothing
    assert entries(every)["zap out =@gizmo"].type == "AID"  # block patterns apply to the phrasal verb too
    assert got["blort against"].type == "ASSAULT"


def test_codes_map_to_plover_types():
    table = default_code_table()
    for code, typ in [("020", "REQUEST"), ("0233", "REQUEST"), ("030", "AGREE"), ("042", "CONSULT"),
                      ("051", "SUPPORT"), ("057", "AGREE"), ("061", "COOPERATE"), ("073", "AID"),
                      ("0841", "CONCEDE"), ("0874", "RETREAT"), ("090", "ACCUSE"), ("100", "REQUEST"),
                      ("112", "ACCUSE"), ("120", "REJECT"), ("138", "THREATEN"), ("141", "PROTEST"),
                      ("154", "MOBILIZE"), ("163", "SANCTION"), ("173", "COERCE"), ("186", "ASSAULT"),
                      ("193", "ASSAULT"), ("202", "ASSAULT")]:
        assert table.lookup(code).type == typ, code
    assert table.lookup("010").type is None


def test_unexpressible_patterns_are_skipped_and_counted(conv):
    got = entries(conv)
    s = conv.skipped
    assert s["noun phrase with modifiers"] == 1
    assert s["words before the verb"] == 1
    assert s["several object words"] == 1
    assert s["reverse-only code"] == 1
    assert s["CAMEO 01x (public statement)"] == 1
    assert s["null code"] == 2
    assert s["source after the verb"] == 1
    assert s["undefined synset"] == 1
    assert not any("big" in p or "court" in p or "opinion" in p for p in got)
    assert conv.patterns == 18 and conv.converted_patterns == 18 - sum(s.values())
    # the same pattern twice: the first is kept, the other counted
    assert got["blort =grumble"].type == "REJECT"
    assert conv.dropped["duplicate pattern, other type (first kept)"] == 3  # blort, zorch, zap


def test_ambiguous_bare_verbs_are_dropped():
    got = entries(convert(TOY.splitlines()))
    assert "fizz" not in got  # its block also has a no-event pattern and an AGREE one
    assert got["fizz =treaty"].type == "AGREE"
    assert "frob" not in got  # REJECT alone, but its pattern codes REQUEST
    assert "quux" in got  # its own code: the same block, but a REQUEST like the pattern
    assert "greet" in got  # its block's patterns code CONSULT like the verb
    kept = entries(convert(TOY.splitlines(), ambiguous=False))
    assert kept["fizz"].type == "ASSAULT"


def test_reference_lexicon_filters():
    hand = read_entries([
        "V | greet | CONSULT | host | 043 | obj",
        "N | treaty | AGREE | - | 057 | with",
        "S | quux | - | - | - | -",
    ])
    from dragoman.events.lexicon import Lexicon

    ref = Lexicon()
    ref.extend(hand)
    conv = convert(TOY.splitlines(), reference=ref, common=frozenset({"meet"}))
    got = entries(conv)
    assert not any(e.head == "greet" for e in conv.entries)  # the hand lexicon has the verb
    assert "quux" not in got  # a hand-written speech verb
    assert "fizz =treaty" not in got  # the hand-written noun entry codes it
    assert "meet" not in got  # common: its bare entries are dropped
    assert conv.dropped["verb already in the hand-written lexicon"] >= 2


def test_written_lexicon_reads_back_with_its_word_sets(conv):
    text = write_lexicon(conv, "toy")
    assert text.startswith("# Dragoman event lexicon converted")
    back = read_entries(text.splitlines(), "toy.txt")
    assert len(back) == len(conv.entries)
    e = next(e for e in back if e.pattern == "zorch =@gizmo")
    assert set(e.objects) == {"widget", "sprocket", "flange"} and e.specificity == 1
    assert e.rule == "V:zorch =@gizmo"


def test_pattern_parser_rejects_what_it_cannot_say():
    with pytest.raises(Skip):
        parse_pattern("* (BY/WITH +)", {})
    with pytest.raises(Skip):
        parse_pattern("* DEBT_RELIEF", {})
    req = parse_pattern("* OFF (FOR +)", {})
    assert req.particles == [["off"], ["for"]] and req.targets == ["for"]


def test_packaged_lexicon_loads_converted_entries_after_hand_written_ones():
    lex = load_lexicon()
    hand = load_lexicon(converted=False)
    assert len(lex) > 3 * len(hand)
    converted = [e for b in lex.verbs.values() for e in b if e.origin.startswith("cameo2.txt")]
    assert converted and all(e.rank == 1 for e in converted)
    assert {e.type for e in converted} <= {e.type for b in hand.verbs.values() for e in b}
    # every hand-written verb entry is still there, unchanged
    for head, bucket in hand.verbs.items():
        for e in bucket:
            assert e in lex.verbs[head]
    assert "say" not in lex.verbs


def test_hand_written_entry_wins_over_a_converted_one(tmp_path):
    from dragoman.events.lexicon import Lexicon

    lex = Lexicon()
    lex.extend(read_entries(["V | zorch | ASSAULT | - | 180 | obj", "V | zorch =gizmo | AID | - | 070 | to"],
                            "lexicon.txt"))
    lex.extend(read_entries(["V | zorch =gizmo | COERCE | - | 173 | obj", "V | zorch on =trouble | COERCE | - | 175 | on"],
                            "cameo2.txt", rank=1), replace=False)
    bucket = lex.verbs["zorch"]
    assert [e.pattern for e in bucket] == ["zorch =gizmo", "zorch", "zorch on =trouble"]
    assert lex.verbs["zorch"][0].type == "AID"  # the same pattern: the hand-written entry stays
    # a user file (rank 0) still replaces a packaged entry
    lex.extend(read_entries(["V | zorch on =trouble | PROTEST | - | 140 | on"], "mine.txt"))
    assert next(e for e in lex.verbs["zorch"] if e.pattern == "zorch on =trouble").type == "PROTEST"
