"""The event lexicon file format, the packaged data and user extension."""

from __future__ import annotations

import pytest

from dragoman.events.lexicon import PLOVER_TYPES, LexiconError, load_lexicon, parse_line, read_entries


def test_parse_line_reads_particles_objects_and_slots():
    e = parse_line("V | hand over =keys | CONCEDE | yield | 080 | to,with", "x:1")
    assert (e.kind, e.head, e.particles, e.objects) == ("V", "hand", ("over",), ("keys",))
    assert (e.type, e.mode, e.cameo, e.targets) == ("CONCEDE", "yield", "080", ("to", "with"))
    assert e.rule == "V:hand over =keys" and e.specificity == 2


def test_comments_and_blank_lines_are_skipped():
    assert read_entries(["# a note", "", "   "]) == []


@pytest.mark.parametrize("line", [
    "V | meet | GREET | - | 040 | obj",          # not a PLOVER type
    "X | meet | CONSULT | - | 040 | obj",        # unknown kind
    "V | meet | CONSULT | - | 040",              # missing column
    "M | perhaps | - | doubtful | - | -",        # unknown modality
])
def test_malformed_lines_raise(line):
    with pytest.raises(LexiconError):
        parse_line(line, "bad:1")


def test_packaged_lexicon_covers_every_plover_type_with_cameo_codes():
    lex = load_lexicon()
    entries = [e for bucket in (*lex.verbs.values(), *lex.nouns.values()) for e in bucket]
    assert {e.type for e in entries} == PLOVER_TYPES
    assert all(e.cameo and e.cameo[:2].isdigit() for e in entries)
    assert {"say", "tell"} <= lex.speech
    assert lex.modality["may"] == "hypothetical" and lex.modality["plan"] == "future"


def test_action_carrying_speech_verbs_are_events_and_plain_ones_are_not():
    lex = load_lexicon()
    for verb, typ in [("accuse", "ACCUSE"), ("urge", "REQUEST"), ("praise", "SUPPORT"),
                      ("warn", "THREATEN"), ("condemn", "ACCUSE"), ("deny", "REJECT")]:
        assert lex.verbs[verb][-1].type == typ
    assert "say" not in lex.verbs


def test_user_file_adds_and_overrides(tmp_path):
    extra = tmp_path / "mine.txt"
    extra.write_text("V | parley | CONSULT | negotiate | 046 | with\nV | praise | ACCUSE | - | 111 | obj\n")
    lex = load_lexicon(extra)
    assert lex.verbs["parley"][0].cameo == "046"
    assert [e.type for e in lex.verbs["praise"]] == ["ACCUSE"]
    assert [e.type for e in load_lexicon().verbs["praise"]] == ["SUPPORT"]


@pytest.mark.parametrize("pattern,typ", [
    ("castigate", "ACCUSE"), ("prosecute", "ACCUSE"), ("brand =terrorist", "ACCUSE"), ("designate =terrorist", "ACCUSE"),
    ("turn down", "REJECT"), ("rule out", "REJECT"), ("repudiate", "REJECT"), ("mourn", "SUPPORT"), ("grieve", "SUPPORT"),
])
def test_common_event_verbs_are_in_the_packaged_lexicon(pattern, typ):
    head = pattern.split()[0]
    assert {e.pattern: e.type for e in load_lexicon().verbs[head]}[pattern] == typ


def test_support_verb_lines_are_read_with_an_optional_type():
    from dragoman.events.lexicon import Lexicon, read_entries

    lex = Lexicon()
    lex.extend(read_entries(["L | carry out | - | - | - | on,against", "L | pay | CONSULT | - | - | to"]))
    [carry] = lex.support["carry"]
    assert carry.particles == ("out",) and carry.type is None and carry.targets == ("on", "against")
    assert lex.support["pay"][0].type == "CONSULT"


def test_a_user_file_is_tried_before_the_packaged_entries_of_its_verbs(tmp_path):
    from dragoman.events.lexicon import load_lexicon

    user = tmp_path / "mine.txt"
    user.write_text("V | meet | COOPERATE | - | 050 | with\n", "utf-8")
    first = load_lexicon(user).verbs["meet"][0]
    assert (first.type, first.rank) == ("COOPERATE", -1)
