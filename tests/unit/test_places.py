"""Gazetteer lookup and the places stage over hand-built Docs (no model)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dragoman.context import Context
from dragoman.places import dateline_place, extract_places, resolve_place
from dragoman.records import Article


@pytest.mark.parametrize(
    ("name", "country"),
    [("Russia", "RUS"), ("the United States", "USA"), ("U.S.", "USA"), ("Britain", "GBR"),
     ("Iran", "IRN"), ("South Korea", "KOR"), ("Moscow", "RUS"), ("Nairobi", "KEN"), ("Kremlin", "RUS"),
     ("Kyiv", "UKR")],
)
def test_resolve_country(name, country):
    ref = resolve_place(name)
    assert ref is not None and ref.country == country
    assert ref.lat is not None and ref.lon is not None


def test_moscow_coordinates():
    ref = resolve_place("Moscow")
    assert ref.name == "Moscow"
    assert abs(ref.lat - 55.75) < 0.1 and abs(ref.lon - 37.62) < 0.1


def test_ambiguous_city_follows_the_article_countries():
    assert resolve_place("Paris").country == "FRA"  # by population
    assert resolve_place("Paris", {"USA"}).country == "USA"


def test_us_state_against_country_of_the_same_name():
    assert resolve_place("Georgia").country == "GEO"
    assert resolve_place("Georgia", {"USA"}).country == "USA"
    assert resolve_place("Ohio").country == "USA"


def test_region_has_no_country_and_unknown_is_none():
    region = resolve_place("the Middle East")
    assert region.country is None and region.lat is not None
    assert resolve_place("Qwertyville") is None
    assert resolve_place("") is None


def _doc(text: str, spans: list[tuple[str, str]]) -> Doc:
    words, spaces = [], []
    for m in re.finditer(r"\w+|[^\w\s]", text):
        words.append(m.group())
        spaces.append(text[m.end():m.end() + 1] == " ")
    doc = Doc(Vocab(), words=words, spaces=spaces)
    ents = []
    for phrase, label in spans:
        start = text.index(phrase)
        ents.append(doc.char_span(start, start + len(phrase), label=label))
    doc.ents = ents
    return doc


def test_extract_places_offsets_and_skips_norp():
    text = "Russian troops left Kherson, Ukraine, for the Black Sea coast."
    doc = _doc(text, [("Russian", "NORP"), ("Kherson", "GPE"), ("Ukraine", "GPE"), ("the Black Sea", "LOC")])
    ctx = Context(Article(id="p", source="t", text=text, dateline="KYIV"), dt.date(2023, 3, 21))
    places = extract_places(doc, ctx)
    assert [(p.text, p.country) for p in places] == [("Kherson", "UKR"), ("Ukraine", "UKR"), ("Black Sea", None)]
    for p in places:
        assert text[p.start:p.end] == p.text


def test_headline_duplicates_are_dropped():
    text = "Talks in Moscow. Leaders met in Moscow on Monday."
    doc = _doc(text, [("Moscow", "GPE")])
    second = text.rindex("Moscow")
    doc.ents = list(doc.ents) + [doc.char_span(second, second + 6, label="GPE")]
    ctx = Context(Article(id="p", source="t", text=text, headlines=[(0, 16)]), None)
    assert [p.start for p in extract_places(doc, ctx)] == [second]


def test_dateline_place():
    ctx = Context(Article(id="p", source="t", text="x", dateline="MOSCOW"), None)
    assert dateline_place(ctx).country == "RUS"
    assert dateline_place(Context(Article(id="p", source="t", text="x"), None)) is None
