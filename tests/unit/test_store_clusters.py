"""Event clusters: a member event's place and coordinates, the same rows whatever the load order."""

from __future__ import annotations

import msgspec

from dragoman.records import Actor, Event, PlaceRef, Report, Span
from dragoman.store import connect
from dragoman.store.clusters import refresh
from dragoman.store.writer import write_batch

KYIV = PlaceRef(name="Kyiv", country="UKR", lat=50.45, lon=30.52)
LVIV = PlaceRef(name="Lviv", country="UKR", lat=49.84, lon=24.03)
NAIROBI = PlaceRef(name="Nairobi", country="KEN", lat=-1.29, lon=36.82)


def _report(n: int, place: PlaceRef | None, name: str = "Olena Kovalenko") -> Report:
    text = f"{name} accused the governor on Monday, report {n}."
    actors = [Actor(id="A1", name=name, kind="person", country="UKR", sector="GOV", mentions=[(0, len(name))]),
              Actor(id="A2", name="the governor", kind="person", country="UKR", sector="GOV",
                    mentions=[(text.index("the governor"), text.index("the governor") + 12)])]
    event = Event(id="E1", type="ACCUSE", cameo="112", source="A1", target="A2", date="2024-03-04", place=place,
                  evidence=Span(start=0, end=len(text) - 1), confidence=0.8)
    return Report(id=f"art-{n:02d}", source=f"https://site{n % 3}.example/{n}", text=text, published="2024-03-04",
                  actors=actors, events=[event])


def _clusters(tmp_path, name: str, batches: list[list[Report]]) -> list[tuple]:
    con = connect(tmp_path / f"{name}.duckdb")
    for i, batch in enumerate(batches):
        write_batch(con, batch, f"run-{i}")
    refresh(con)
    rows = con.execute("SELECT * FROM event_clusters ORDER BY cluster_id").fetchall()
    con.close()
    return rows


def test_a_clusters_place_is_one_members_place(tmp_path):
    reports = [_report(1, KYIV), _report(2, NAIROBI), _report(3, KYIV), _report(4, None), _report(5, LVIV)]
    (row,) = _clusters(tmp_path, "one", [reports])
    con = connect(tmp_path / "one.duckdb", read_only=True)
    columns = [c[0] for c in con.execute("DESCRIBE event_clusters").fetchall()]
    con.close()
    cluster = dict(zip(columns, row))
    assert (cluster["place_name"], cluster["place_country"], cluster["lat"], cluster["lon"]) == \
        ("Kyiv", "UKR", 50.45, 30.52)
    assert cluster["num_mentions"] == 5


def test_a_tie_between_places_is_broken_by_the_first_article_not_by_chance(tmp_path):
    reports = [_report(7, NAIROBI), _report(8, KYIV)]
    (row,) = _clusters(tmp_path, "tie", [reports])
    assert "Nairobi" in row and 36.82 in row and 30.52 not in row


def test_two_loads_in_any_order_give_identical_clusters(tmp_path):
    reports = [_report(n, [KYIV, NAIROBI, LVIV, None][n % 4], name=["Olena Kovalenko", "O. Kovalenko"][n % 2])
               for n in range(12)]
    first = _clusters(tmp_path, "a", [reports[:5], reports[5:]])
    second = _clusters(tmp_path, "b", [list(reversed(reports[6:])), list(reversed(reports[:6]))])
    assert first == second
    assert msgspec.json.encode(first)  # plain values, no float noise to compare
