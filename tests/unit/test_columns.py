"""The shared per-document token columns and the per-lexicon derived tables give what spaCy and the
uncached code give."""

import spacy
from spacy.attrs import LOWER
from spacy.tokens import Doc

from dragoman.actors.words import sent_bounds, span_text, words_key
from dragoman.columns import columns
from dragoman.events.derived import per_lexicon
from dragoman.events.lexicon import Entry, Lexicon
from dragoman.tokenfind import flags, positions


def _doc() -> Doc:
    words = ["ANNA", ":", "The", "U.S.", "army", "said", ",", "\n\n", "“", "Talks", "ended", ".", "Kyiv", "-", "based",
             "groups", "met", "."]
    spaces = [False, True, True, True, True, False, False, False, False, True, False, True, False, False, True,
              True, False, False]
    starts = [True] + [False] * 7 + [True, False, False, False, True] + [False] * 5
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=starts)


def test_columns_match_the_tokens():
    doc = _doc()
    cols = columns(doc)
    assert cols.text == [t.text for t in doc]
    assert cols.lower == [t.lower_ for t in doc]
    assert cols.punct == [t.is_punct for t in doc]
    assert cols.space == [t.is_space for t in doc]
    assert cols.doc_text == doc.text
    assert columns(doc) is cols  # kept with the document


def test_span_text_and_sentence_bounds_are_spacys():
    doc = _doc()
    cols = columns(doc)
    for start in range(len(doc)):
        assert cols.sent_bounds(start) == (doc[start].sent.start, doc[start].sent.end)
        for end in range(start + 1, len(doc) + 1):
            assert cols.span_text(start, end) == doc[start:end].text
    assert sent_bounds(doc, 10) == (doc[10].sent.start, doc[10].sent.end)


def test_paragraph_starts():
    assert columns(_doc()).paragraph_starts == [0, 8]


def test_word_keys_break_at_punctuation():
    doc = _doc()
    assert words_key(doc, 3, 5) == "us army"
    assert words_key(doc, 4, 7) is None  # the comma breaks it
    assert words_key(doc, 12, 15) == "kyiv-based"  # a hyphen does not
    assert span_text(doc, 12, 16) == "Kyiv-based groups"
    assert span_text(doc, 11, 13) is None  # a name does not start with punctuation


def test_positions_and_flags_from_the_kept_index():
    doc = _doc()
    assert positions(doc, frozenset({"said", "met", "talks"})) == [5, 9, 16]
    assert positions(doc, frozenset({"army"}), LOWER) == [4]
    upper = flags(doc, str.isupper)
    assert upper == [t.text.isupper() for t in doc]
    upper[0] = None  # the caller's copy: the kept answers stay
    assert flags(doc, str.isupper)[0] is True


def test_per_lexicon_tables_follow_changes():
    calls = []

    @per_lexicon
    def verbs(lex: Lexicon) -> frozenset[str]:
        calls.append(1)
        return frozenset(lex.verbs)

    lex = Lexicon()
    lex.add(Entry(kind="V", head="zorch", type="AID"))
    assert verbs(lex) == {"zorch"} and verbs(lex) == {"zorch"} and len(calls) == 1
    lex.add(Entry(kind="V", head="blorp", type="AID"))
    assert verbs(lex) == {"zorch", "blorp"} and len(calls) == 2
    assert verbs(Lexicon()) == frozenset()  # another lexicon
