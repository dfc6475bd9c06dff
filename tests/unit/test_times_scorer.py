"""The TempEval-3 / Wikinews scorers on tiny invented gold files."""

from __future__ import annotations

import json

from dragoman.evaluation.tempeval import score_tempeval, score_wikinews_times
from dragoman.records import Time

TEXT = "Officials met on Monday and will meet again next year for two weeks."


def _gold(tmp_path):
    timexes = [
        {"text": "Monday", "start": 17, "end": 23, "type": "DATE", "value": "2023-03-20"},
        {"text": "next year", "start": 44, "end": 53, "type": "DATE", "value": "2024"},
        {"text": "two weeks", "start": 58, "end": 67, "type": "DURATION", "value": "P2W"},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "d1", "dct": "2023-03-21T10:00", "text": TEXT, "timexes": timexes}) + "\n")
    return path


def test_strict_relaxed_and_value(tmp_path):
    def predict(text, dct):
        assert dct == "2023-03-21"
        return [
            Time(text="on Monday", start=14, end=23, type="DATE", value="2023-03-20"),  # relaxed only
            Time(text="next year", start=44, end=53, type="DATE", value="2025"),  # wrong value
            Time(text="Officials", start=0, end=9, type="DATE", value="X"),  # spurious
        ]

    s = score_tempeval(_gold(tmp_path), predict)
    assert (s["gold"], s["system"]) == (3, 3)
    assert s["strict_p"] == round(1 / 3, 4) and s["strict_r"] == round(1 / 3, 4)
    assert s["relaxed_f1"] == round(2 / 3, 4)
    assert s["value_f1"] == round(1 / 3, 4)


def test_perfect_system(tmp_path):
    gold = _gold(tmp_path)
    rows = [json.loads(line) for line in gold.read_text().splitlines()]

    def predict(text, dct):
        return [Time(text=t["text"], start=t["start"], end=t["end"], type=t["type"], value=t["value"])
                for t in rows[0]["timexes"]]

    s = score_tempeval(gold, predict)
    assert s["strict_f1"] == s["relaxed_f1"] == s["value_f1"] == 1.0


def test_wikinews_accuracy_ignores_optional(tmp_path):
    path = tmp_path / "wiki.jsonl"
    row = {"id": "w", "published": "2023-03-21", "text": TEXT,
           "times": [{"text": "Monday", "value": "2023-03-20"}, {"text": "two weeks", "value": "P2W", "optional": True},
                     {"text": "next year", "value": "2024"}]}
    path.write_text(json.dumps(row) + "\n")

    def predict(text, anchor):
        return [Time(text="Monday", start=17, end=23, type="DATE", value="2023-03-20")]

    s = score_wikinews_times(path, predict)
    assert s == {"required": 2, "detected": 1, "correct": 1, "accuracy": 0.5}
