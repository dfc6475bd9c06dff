"""Finding tokens by their strings from the Doc's arrays."""

import spacy
from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dragoman.context import Context
from dragoman.records import Article
from dragoman.tokenfind import positions


def _doc() -> Doc:
    words = ["The", "Police", "said", "police", "Said", "nothing", "."]
    return Doc(spacy.blank("en").vocab, words=words, lemmas=["the", "Police", "say", "police", "Say", "nothing", "."])


def test_lower_case_forms_by_default():
    assert positions(_doc(), frozenset({"police", "said"})) == [1, 2, 3, 4]


def test_exact_strings_of_another_attribute():
    assert positions(_doc(), frozenset({"Police", "said"}), ORTH) == [1, 2]


def test_folded_attribute_strings():
    doc = _doc()
    assert positions(doc, frozenset({"say"}), LEMMA) == [2]
    assert positions(doc, frozenset({"say"}), LEMMA, fold=True) == [2, 4]
    assert positions(doc, frozenset({"say"}), LEMMA, fold=True) == [2, 4]  # remembered, same answer


def test_empty_doc_and_empty_words():
    assert positions(Doc(Vocab(), words=[]), frozenset({"x"})) == []
    assert positions(_doc(), frozenset()) == []


def test_context_hands_out_the_article_text_for_its_doc():
    doc = Doc(Vocab(), words=["Talks", "ended", "."], spaces=[True, False, False])
    ctx = Context(Article(id="t", source="s", text="Talks ended."), None)
    assert ctx.text_of(doc) == doc.text == "Talks ended."
    other = Context(Article(id="t", source="s", text="A different article text."), None)
    assert other.text_of(doc) == "Talks ended."
