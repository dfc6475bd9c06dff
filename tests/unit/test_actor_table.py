import pytest

from dragoman.actors.table import ActorTable
from dragoman.records import Actor


def table() -> ActorTable:
    return ActorTable([Actor(id="A1", name="Ann Lee", kind="person", mentions=[(0, 7), (40, 43)]),
                       Actor(id="A2", name="Chile", kind="state", mentions=[(20, 25)])])


def test_actor_at_picks_the_best_overlap():
    t = table()
    assert t.actor_at(0, 3).id == "A1"
    assert t.actor_at(18, 26).id == "A2"
    assert t.actor_at(30, 35) is None


def test_mentions_in_are_in_text_order():
    assert [a.id for a, _ in table().mentions_in(0, 50)] == ["A1", "A2", "A1"]


def test_added_mentions_are_found():
    t = table()
    t.add_mention("A2", (60, 62))
    assert t.actor_at(60, 62).name == "Chile"


def test_ids_must_be_unique():
    t = table()
    with pytest.raises(ValueError):
        t.add(Actor(id="A1", name="X", kind="person"))
    assert t.next_id() == "A3"
