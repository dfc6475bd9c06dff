"""The actor scoring helpers on hand-made predictions."""

from __future__ import annotations

from dragoman.evaluation.actors_eval import pair_actors, score_actors
from dragoman.records import Actor


def actor(i, name, country, sector, kind="person"):
    return Actor(id=f"A{i}", name=name, kind=kind, country=country, sector=sector)


def test_closest_names_pair_first():
    gold = [{"name": "Hong Kong government", "country": "HKG", "sector": "GOV"},
            {"name": "Chinese government", "country": "CHN", "sector": "GOV"}]
    preds = [actor(1, "Chinese government", "CHN", "GOV", "organization")]
    assert pair_actors(gold, preds) == {1: 0}


def test_country_sector_counts_matched_required_gold_only():
    gold = [{"name": "Joe Biden", "country": "USA", "sector": "OPP"},
            {"name": "Hillary Clinton", "country": "USA", "sector": "PTY"},
            {"name": "NATO", "country": None, "sector": "IGO", "optional": True},
            {"name": "Jane Doe", "country": "GBR", "sector": "CVL"}]
    preds = [actor(1, "Biden", "USA", "OPP"), actor(2, "Hillary Clinton", "USA", "GOV"),
             actor(3, "NATO", None, "IGO", "organization")]
    score = score_actors(gold, preds)
    figures = score.figures()
    assert (figures["gold"], figures["matched"], figures["recall"]) == (3, 2, 0.6667)
    assert (figures["country_sector"], figures["country"], figures["sector"]) == (0.5, 1.0, 0.5)
    assert score.misses == ["Jane Doe (GBR CVL)"]
