import spacy

from dragoman.fastattrs import NAME, FastAttributeRuler, Unsupported, speed_up

import pytest


def _nlp(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp


PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"LOWER": {"IN": ["talks", "truce"]}}]], "attrs": {"LEMMA": "talk-or-truce"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}]], "attrs": {"LEMMA": "you", "MORPH": "Person=2"}},
    {"patterns": [[{"LOWER": "truce"}]], "attrs": {"LEMMA": "truce"}},  # later patterns win
]


def test_same_annotations_as_the_attribute_ruler():
    text = "y all gon na hold talks on a truce gon na"
    slow, fast = _nlp(PATTERNS), _nlp(PATTERNS)
    assert speed_up(fast) and fast.pipe_names == [NAME]
    a, b = slow(text), fast(text)
    assert [(t.lemma_, t.pos_, str(t.morph)) for t in a] == [(t.lemma_, t.pos_, str(t.morph)) for t in b]
    assert [t.lemma_ for t in b][:4] == ["you", "", "", "to"]
    assert b[8].lemma_ == "truce" and b[5].lemma_ == "talk-or-truce"


@pytest.mark.parametrize("pattern", [[{"LOWER": "x", "OP": "+"}], [{"LENGTH": 3}], [{"LOWER": {"FUZZY": "x"}}]])
def test_unknown_pattern_forms_keep_the_original_ruler(pattern):
    nlp = _nlp([{"patterns": [pattern], "attrs": {"LEMMA": "y"}}])
    with pytest.raises(Unsupported):
        FastAttributeRuler(nlp.get_pipe("attribute_ruler"))
    assert not speed_up(nlp) and nlp.pipe_names == ["attribute_ruler"]


def test_lemmatizer_swapped_only_in_supported_modes():
    from dragoman.fastattrs import LEMMATIZER_NAME, FastLemmatizer

    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    assert isinstance(FastLemmatizer(lemmatizer), FastLemmatizer)
    other = spacy.blank("en").add_pipe("lemmatizer", config={"mode": "rule", "overwrite": True})
    with pytest.raises(Unsupported):
        FastLemmatizer(other)
    assert LEMMATIZER_NAME not in nlp.pipe_names
