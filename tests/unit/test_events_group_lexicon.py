"""The group-noun lexicon (data/events/groups.txt): one- and two-word entries, known sectors."""

from dragoman.events.groups import extra_groups

SECTORS = set("GOV LEG JUD MIL COP SPY CVL CRM EDU MED NGO OPP PTY REB REL BUS IGO".split())


def test_two_word_entries_are_read_whole():
    groups = extra_groups()
    assert groups["rights groups"] == "NGO"
    assert groups["opposition parties"] == "OPP"
    assert groups["asylum seekers"] == "CVL"


def test_one_word_entries_by_sector():
    groups = extra_groups()
    words = ("hackers", "firms", "villagers", "charities")
    assert tuple(groups[w] for w in words) == ("CRM", "BUS", "CVL", "NGO")


def test_every_sector_is_known():
    assert set(extra_groups().values()) <= SECTORS
