"""Transcript labels, the new cue tables and the speaker checks of scripts/check_speakers.py (invented text)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import spacy

from dragoman.quotes import default_lexicon, scan_quotes
from dragoman.quotes.layout import Layout
from dragoman.quotes.transcript import turn_labels

NLP = spacy.blank("en")


def labels(text: str) -> dict[int, str]:
    doc = NLP(text)
    layout = Layout(doc, scan_quotes(text), text)
    return {para: name.text for para, (name, _colon) in turn_labels(doc, layout).items()}


def test_labelled_paragraphs_are_turns() -> None:
    text = ("Partial transcript as follows:\n\nJANE DOE: Will it pass?\n\nSMITH: I think it will.\n\n"
            "\"Q: And then?\"\n\nThe vote: a close one.")
    got = labels(text)
    assert sorted(got.values()) == ["DOE", "Q", "SMITH"]  # not "Partial transcript", not "The vote"


def test_a_colon_inside_a_sentence_is_no_label() -> None:
    assert labels("He said there were two options: WAIT or ACT.") == {}


def test_cue_tables_load() -> None:
    lex = default_lexicon()
    assert {"vow", "want", "plan"} <= lex.intent
    assert ("point", "out") in lex.phrasal
    assert "as" in lex.characterise["describe"] and "" in lex.characterise["call"]
    assert {"poll", "website"} <= lex.documents and "office" in lex.voices
    assert {"point", "vow", "describe"} <= lex.reporting_cues


def _check_speakers():
    path = Path(__file__).resolve().parents[2] / "scripts" / "check_speakers.py"
    spec = importlib.util.spec_from_file_location("check_speakers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_check_speakers_classes() -> None:
    cs = _check_speakers()
    verbs = cs.verb_forms()
    lines = {"Section Two"}
    assert cs.classify("I", "", lines, verbs, has_actor=False) == "pronoun"
    assert cs.classify("he", "", lines, verbs, has_actor=True) is None  # resolved to an actor
    assert cs.classify("Section Two", "", lines, verbs, has_actor=False) == "heading"
    assert cs.classify("2:40 p.m.\n\nThe campaign", "", lines, verbs, has_actor=False) == "heading"
    assert cs.classify("Lena Moor Defends", "", lines, verbs, has_actor=True) == "glued"
    assert cs.classify("United States", "", lines, verbs, has_actor=True) is None
    assert cs.classify("New York Post", "", lines, verbs, has_actor=True) is None
