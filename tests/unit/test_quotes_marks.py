"""Quotation-mark scanning on invented text (no model needed)."""

from __future__ import annotations

import pytest

from dragoman.quotes.marks import scan_quotes


def inner(text: str) -> list[str]:
    return [text[q.start:q.end] for q in scan_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The mayor said "the bridge opens in May," and left.', ["the bridge opens in May"]),
        ("The mayor said “the bridge opens in May,” and left.", ["the bridge opens in May"]),
        ("Der Bürgermeister sagte „die Brücke ist offen“ heute.", ["die Brücke ist offen"]),
        ("Le maire a dit «le pont est ouvert» hier.", ["le pont est ouvert"]),
        ("She called it ‘a modest start’ on Friday.", ["a modest start"]),
        ("She called it 'a modest start' on Friday.", ["a modest start"]),
    ],
)
def test_every_mark_style(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


def test_apostrophes_are_not_quotes() -> None:
    text = "The council’s plan isn’t the farmers’ choice, rock ’n’ roll since the ’90s, it's Oduya's."
    assert inner(text) == []


def test_inches_are_not_quotes() -> None:
    assert inner('The 6\'2" guard scored. "Good game," she said.') == ["Good game"]


def test_nested_single_inside_double() -> None:
    text = "\"He told me, 'Wait until Monday.' So I did,\" she said."
    found = scan_quotes(text)
    assert [text[q.start:q.end] for q in found] == ["He told me, 'Wait until Monday.' So I did", "Wait until Monday."]
    assert [q.depth for q in found] == [0, 1]


def test_multi_paragraph_quote_continues_with_shared_group() -> None:
    text = "“The first part ends here.\n\n“The second part closes,” the envoy said."
    found = scan_quotes(text)
    assert [text[q.start:q.end] for q in found] == ["The first part ends here.", "The second part closes"]
    assert found[0].group == found[1].group
    assert not found[0].closed and found[1].closed


def test_separate_quotes_get_separate_groups() -> None:
    text = '"One," he said. "Two," she said.'
    found = scan_quotes(text)
    assert [text[q.start:q.end] for q in found] == ["One", "Two"]
    assert found[0].group != found[1].group


def test_trailing_comma_is_trimmed_but_full_stop_kept() -> None:
    assert inner('"We are ready." "Are we,"') == ["We are ready.", "Are we"]


def test_two_apostrophes_as_double_marks() -> None:
    assert inner("''It is tinkering,'' said a critic.") == ["It is tinkering"]


def test_empty_and_unpaired_marks() -> None:
    assert inner('"" and a stray ” mark') == []


def test_markup_attributes_are_no_quotation() -> None:
    text = '<post id="12" author="@someone">Scanner: the name was read out</post>. She said "we won" today.'
    assert [text[q.start:q.end] for q in scan_quotes(text)] == ["we won"]
