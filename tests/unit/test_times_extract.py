"""extract_times over hand-built Docs (no model): offsets, entity candidates, missing anchors."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dragoman.context import Context
from dragoman.records import Article
from dragoman.times import extract_times


def _doc(text: str, ents: list[str] | None = None) -> Doc:
    """A Doc whose text is exactly ``text``, tokenised on words and punctuation."""
    words, spaces = [], []
    for m in re.finditer(r"\w+(?:[-'/]\w+)*|[^\w\s]", text):
        words.append(m.group())
        spaces.append(text[m.end():m.end() + 1] == " ")
    return Doc(Vocab(), words=words, spaces=spaces, ents=ents)


def _ctx(doc: Doc, published: dt.date | None = dt.date(2023, 3, 21)) -> Context:
    return Context(Article(id="t", source="test", text=doc.text), published)


def test_relative_expressions_against_the_publication_date():
    doc = _doc("The envoys met on Monday and agreed to meet again next year.")
    times = extract_times(doc, _ctx(doc))
    assert [(t.text, t.type, t.value) for t in times] == [("Monday", "DATE", "2023-03-20"), ("next year", "DATE", "2024")]
    for t in times:
        assert doc.text[t.start:t.end] == t.text


def test_durations_sets_and_absolute_dates():
    doc = _doc("Talks held every week since March 3, 2021 have lasted two years.")
    found = {t.text: (t.type, t.value) for t in extract_times(doc, _ctx(doc))}
    assert found["every week"] == ("SET", "P1W")
    assert found["March 3, 2021"] == ("DATE", "2021-03-03")
    assert found["two years"] == ("DURATION", "P2Y")


def test_lowercase_may_is_not_a_month():
    doc = _doc("The minister may resign in May.")
    assert [t.text for t in extract_times(doc, _ctx(doc))] == ["May"]


def test_ages_are_not_durations():
    doc = _doc("A 52-year-old farmer was hurt.")
    assert extract_times(doc, _ctx(doc)) == []


def test_without_publication_date_relative_values_are_unknown():
    doc = _doc("On Friday, 12 June 2020, and again last week.")
    times = {t.text: t.value for t in extract_times(doc, _ctx(doc, published=None))}
    assert times["Friday, 12 June 2020"] == "2020-06-12"
    assert times["last week"] is None


def test_entity_candidates_extend_the_grammar_only_where_normalisable():
    text = "Prices rose the past few weeks in the Ramadan period."
    ents = ["O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "B-DATE", "I-DATE", "I-DATE", "O"]
    doc = _doc(text, ents)
    times = extract_times(doc, _ctx(doc))
    assert [(t.text, t.value) for t in times] == [("the past few weeks", "PXW")]


def test_the_following_day_follows_the_last_date():
    doc = _doc("Fighting began on November 27 and resumed the following day.")
    values = [t.value for t in extract_times(doc, _ctx(doc, dt.date(2020, 1, 11)))]
    assert values == ["2019-11-27", "2019-11-28"]


def test_event_date_prefers_the_clause_time():
    from dragoman.times import event_date

    text = "Troops withdrew on Monday. Talks continue."
    doc = _doc(text)
    times = extract_times(doc, _ctx(doc))
    withdrew = (text.index("Troops"), text.index("Monday") + 6)
    assert event_date(doc, times, *withdrew, published=dt.date(2023, 3, 21)) == "2023-03-20"
    talks = (text.index("Talks"), len(text))
    assert event_date(doc, times, *talks, published=dt.date(2023, 3, 21)) == "2023-03-21"
    assert event_date(doc, [], *talks) is None
