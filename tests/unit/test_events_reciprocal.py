"""Reciprocal pairs of coordinated parties with no other target ("A and B met")."""

from __future__ import annotations

from types import SimpleNamespace

from dragoman.events.reciprocal import reciprocal_pairs


def _party(name: str) -> tuple:
    return (SimpleNamespace(id=name), False, None)


def _ids(pairs) -> list[tuple[str, str]]:
    return [(s[0].id, t[0].id) for s, t in pairs]


def test_two_parties_of_a_mutual_act_act_on_each_other():
    assert _ids(reciprocal_pairs([_party("A"), _party("B")], "CONSULT")) == [("A", "B"), ("B", "A")]


def test_violence_is_not_mutual():
    assert _ids(reciprocal_pairs([_party("A"), _party("B")], "ASSAULT")) == [("A", "B")]


def test_a_nouns_parties_keep_one_direction():
    assert _ids(reciprocal_pairs([_party("A"), _party("B")], "AGREE", verb=False)) == [("A", "B")]


def test_a_longer_list_is_the_first_with_each_other():
    parties = [_party("A"), _party("B"), _party("C")]
    assert _ids(reciprocal_pairs(parties, "CONSULT")) == [("A", "B"), ("A", "C")]


def test_a_party_named_twice_counts_once():
    assert _ids(reciprocal_pairs([_party("A"), _party("A"), _party("B")], "AGREE")) == [("A", "B"), ("B", "A")]


def test_a_joint_act_is_mutual_whatever_its_type():
    pairs = reciprocal_pairs([_party("A"), _party("B")], "REJECT", mutual=True)
    assert _ids(pairs) == [("A", "B"), ("B", "A")]
