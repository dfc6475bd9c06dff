"""The canonical sample from the brief, read from ../shared (skipped when absent)."""

from __future__ import annotations

import pytest

from dragoman.pipeline import Pipeline
from dragoman.truecase import is_random_case

pytestmark = [pytest.mark.integration, pytest.mark.gold]


@pytest.fixture(scope="module")
def seed_report(gold_dir, validate):
    sample = gold_dir.parent / "samples" / "xi-moscow-2023-03-21.txt"
    if not sample.exists():
        pytest.skip("the canonical sample is not available")
    (report,) = Pipeline().run([str(sample)])
    validate(report)
    return report


def test_metadata_and_dateline(seed_report):
    assert seed_report.published == "2023-03-21"
    assert seed_report.dateline == "MOSCOW"
    assert not seed_report.text.startswith("MOSCOW")
    assert "Share" not in seed_report.text


def test_embedded_headline_is_split_and_truecased(seed_report):
    (headline,) = seed_report.headlines
    assert seed_report.text[headline.start:headline.end] == (
        "Xi Visit to Moscow Provides “Diplomatic Cover” for Russian Crimes, Says Blinken")


def test_actors_without_garbage(seed_report):
    names = {actor.name for actor in seed_report.actors}
    assert {"Xi Jinping", "Vladimir Putin", "Antony Blinken"} <= names
    for actor in seed_report.actors:
        assert not any(is_random_case(word) for word in actor.name.split()), actor.name
        assert actor.name not in {"BliNKEN US", "DiploMatic", "ruSSiaN criMES", "Diplomatic Cover", "Russian Crimes"}
