"""`dragoman eval` on gold files we write ourselves, and on the dev sets when present."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ARTICLE_GOLD = {
    "id": "own-1", "published": "2022-11-15",
    "text": ("Brazilian President Luiz Inácio Lula da Silva met German Chancellor Olaf Scholz in Brasília on Monday. "
             "“We want a fair trade deal,” Lula said."),
    "quotes": [{"text": "We want a fair trade deal", "speaker": "Luiz Inácio Lula da Silva", "kind": "direct"}],
    "actors": [{"name": "Olaf Scholz", "country": "DEU", "sector": "GOV"}],
    "events": [{"type": ["CONSULT"], "source": "Luiz Inácio Lula da Silva", "target": ["Olaf Scholz"]}],
    "times": [{"text": "Monday", "value": "2022-11-14"}],
}
TIMEX_GOLD = {
    "id": "own-t", "dct": "2021-04-09",
    "text": "The ministers met on Monday and will meet again next year.",
    "timexes": [{"text": "Monday", "start": 20, "end": 26, "type": "DATE", "value": "2021-04-05"},
                {"text": "next year", "start": 48, "end": 57, "type": "DATE", "value": "2022"}],
}


def _eval(*args: str) -> dict:
    result = subprocess.run([sys.executable, "-m", "dragoman", "eval", *args, "--json"],
                            capture_output=True, timeout=600)
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def test_article_gold_in_our_own_file(tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(ARTICLE_GOLD) + "\n")
    scores = _eval(str(gold))
    assert scores["format"] == "article" and scores["articles"] == 1
    for part in ("quotes", "actors", "events", "times"):
        assert part in scores
    assert scores["quotes"]["all"]["gold"] == 1
    assert 0.0 <= scores["quotes"]["all"]["f1"] <= 1.0


def test_saved_predictions_are_scored_without_running(tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(ARTICLE_GOLD) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"schema": "dragoman/1", "id": "own-1", "source": "x", "text": ARTICLE_GOLD["text"],
                                "quotes": [{"id": "Q1", "text": "We want a fair trade deal", "start": 0, "end": 1,
                                            "kind": "direct", "speaker": None, "speaker_text": "Lula"}]}) + "\n")
    scores = _eval(str(gold), str(pred))
    assert scores["quotes"]["all"]["recall"] == 1.0
    assert scores["quotes"]["speaker"]["accuracy"] == 1.0
    assert scores["events"]["recall"] == 0.0


def test_tempeval_style_gold(tmp_path: Path):
    gold = tmp_path / "timebank_like.jsonl"
    gold.write_text(json.dumps(TIMEX_GOLD) + "\n")
    scores = _eval(str(gold))
    assert scores["format"] == "tempeval"


@pytest.mark.gold
@pytest.mark.parametrize("name", ["seed_gold.json", "wikinews_dev.jsonl"])
def test_dev_gold_sets_give_figures(gold_dir, name):
    scores = _eval(str(gold_dir / name))
    assert scores["quotes"]["all"]["gold"] > 0
    assert scores["actors"]["gold"] > 0
