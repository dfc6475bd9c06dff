"""Quality gate for the actors stage: floors a little below what it reaches on the dev gold sets.

Reads the gold from DRAGOMAN_EVAL_DIR (skipped when unset); the files are pinned by hash so a
changed gold set fails loudly instead of moving the floors. Figures when pinned (en_core_web_sm 3.8):
seed 4/4 required actors and 6/6 with the optional ones right; Wikinews country+sector 0.934 over
121 matched gold actors (closest-name pairing; 0.926 with `dragoman eval`'s first-match pairing),
recall 0.984; PETRARCH-1 codes carried 0.918 (validate_petr1 dictionaries).
"""

from __future__ import annotations

import json

import pytest

from dragoman.actors import load_lexicon
from dragoman.evaluation.actors_eval import actors_of, pair_actors, petrarch_coverage, score_gold_file
from dragoman.nlp import load_model
from tests.conftest import assert_pinned

pytestmark = [pytest.mark.integration, pytest.mark.gold]

SHA256 = {
    "seed_gold.json": "68c2ab18197d172fb7e9b4204a093254ffb7efcc45839f638ea5bda26198c19e",
    "wikinews_dev.jsonl": "ea88f4d5220de150d808c5b9e4bf80afeb2edc2ebb16b993033b70c94f7f7d0e",
    "petrarch_validation.jsonl": "d309fc849723010b9cd9797e0851adbaa624c6c59b3cc225d5423c37ac77a5b9",
}
FLOORS = {"wikinews_country_sector": 0.92, "wikinews_recall": 0.96, "petrarch_exact": 0.89}


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def gold(gold_dir, name):
    path = gold_dir / name
    assert_pinned(path, SHA256[name], "benchmarks/eval_actors.py")
    return path


def test_seed_actors_all_right(gold_dir, nlp):
    path = gold(gold_dir, "seed_gold.json")
    record = json.loads(path.read_text("utf-8"))
    sample = gold_dir.parent / record["file"]
    if not sample.exists():
        pytest.skip("the seed sample is not available")
    actors = actors_of(nlp, sample.read_text("utf-8"), record["published"], dateline=record.get("dateline"))
    pairs = pair_actors(record["actors"], actors)
    for i, want in enumerate(record["actors"]):  # the optional ones too: State Department, Kremlin
        assert i in pairs, f"{want['name']} not found"
        got = actors[pairs[i]]
        assert (got.country, got.sector) == (want["country"], want["sector"]), (want, got)


def test_wikinews_country_sector_and_recall(gold_dir, nlp):
    figures = score_gold_file(gold(gold_dir, "wikinews_dev.jsonl"), nlp).figures()
    assert figures["country_sector"] >= FLOORS["wikinews_country_sector"], figures
    assert figures["recall"] >= FLOORS["wikinews_recall"], figures


def test_petrarch_codes_carried(gold_dir, nlp):
    path = gold(gold_dir, "petrarch_validation.jsonl")
    dictionaries = gold_dir.parent / "data" / "phoenix_dictionaries" / "validate_petr1"
    if not dictionaries.is_dir():
        pytest.skip("validate_petr1 dictionaries are not available")
    figures = petrarch_coverage(path, nlp, load_lexicon([dictionaries])).figures()
    assert figures["exact"] >= FLOORS["petrarch_exact"], figures
