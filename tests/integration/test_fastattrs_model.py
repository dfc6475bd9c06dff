"""The fast attribute component gives en_core_web_sm's exact annotations (integration tier)."""

import pytest
import spacy

from dragoman.nlp import default_model_name

pytestmark = pytest.mark.integration

TEXT = ("Y'all ain't gonna believe it, the minister said. Let's wait: they've cancelled the talks, haven't they? "
        "I'd rather not say what he's done. C'mon, it's 5 p.m. and nothin' has happened since Monday. "
        "“We will not be intimidated,” she told reporters in Nairobi.\n\nThe U.N. envoy didn't comment.")


def test_annotations_are_identical_to_the_attribute_ruler():
    name = default_model_name()
    slow = spacy.load(name)
    from dragoman.nlp import load_model

    fast = load_model(name)
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    attrs = lambda t: (t.text, t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_, t.head.i, t.ent_type_)  # noqa: E731
    assert [attrs(t) for t in slow(TEXT)] == [attrs(t) for t in fast(TEXT)]
    texts = [TEXT, TEXT.upper(), TEXT.lower()]  # the second pass reads the lemmas it remembered
    assert [[attrs(t) for t in d] for d in slow.pipe(texts * 2)] == [[attrs(t) for t in d] for d in fast.pipe(texts * 2)]
