"""The peoples table (data/events/peoples.txt): words to a country or none."""

from dragoman.events.groups import peoples


def test_peoples_table_reads_codes_and_none():
    table = peoples()
    assert table["hausa"] == "NGA" and table["muslim"] is None and table["uighur"] == "CHN"
    assert all(code is None or len(code) == 3 for code in table.values())
