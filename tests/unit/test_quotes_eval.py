"""The PolNeAR span scorer and the cue lexicon loader, on invented data."""

from __future__ import annotations

from pathlib import Path

from dragoman.evaluation.quotes_eval import PolnearScore, score_polnear_article
from dragoman.quotes.lexicon import default_lexicon, load_lexicon
from dragoman.records import Actor, Quote, Report

TEXT = "“Rivers rise,” Okafor said. She said the dam holds, and the town is safe."


def _span(start: int, end: int, parts: list[list[int]] | None = None) -> dict:
    return {"text": TEXT[start:end], "start": start, "end": end, "parts": parts or [[start, end]]}


def _gold() -> dict:
    direct = TEXT.index("Rivers rise")
    indirect = TEXT.index("the dam holds")
    return {"text": TEXT, "attributions": [
        {"id": "E1", "direct": True, "source": _span(15, 21), "cue": _span(22, 26), "content": _span(direct, direct + 11)},
        {"id": "E2", "direct": False, "source": _span(28, 31), "cue": _span(32, 36),
         "content": _span(indirect, len(TEXT) - 1)},
    ]}


def _quote(n: int, text: str, kind: str, speaker: str | None, speaker_text: str) -> Quote:
    start = TEXT.index(text)
    return Quote(id=f"Q{n}", text=text, start=start, end=start + len(text), kind=kind,
                 speaker=speaker, speaker_text=speaker_text)


def test_spans_and_sources_scored_per_kind() -> None:
    report = Report(id="t", source="t", text=TEXT,
                    actors=[Actor(id="A1", name="Ada Okafor", kind="person", mentions=[(15, 21)])],
                    quotes=[_quote(1, "Rivers rise", "direct", "A1", "Okafor"),
                            _quote(2, "the dam holds", "indirect", "A1", "She"),
                            _quote(3, "town", "direct", None, "nobody")])
    score = PolnearScore()
    score_polnear_article(_gold(), report, score)
    f = score.figures()
    assert f["direct"]["span"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert f["direct"]["source"]["accuracy"] == 1.0
    assert f["indirect"]["span"]["recall"] == 1.0
    assert f["indirect"]["source"] == {"accuracy": 1.0, "correct": 1, "total": 1}  # "She" == "She"
    assert 0 < f["indirect"]["chars"]["recall"] < 1  # the prediction stops before ", and the town is safe"


def test_direct_fragment_inside_own_mixed_clause_counts_with_the_clause() -> None:
    report = Report(id="t", source="t", text=TEXT, quotes=[
        _quote(1, "the dam holds, and the town is safe", "mixed", None, "She"),
        _quote(2, "town", "direct", None, "She")])
    score = PolnearScore()
    score_polnear_article(_gold(), report, score)
    assert score.direct.pred == 0 and score.indirect.pred == 1


def test_default_lexicon_tables() -> None:
    lex = default_lexicon()
    assert {"say", "tell", "warn", "insist", "deny", "claim", "argue", "add", "note"} <= lex.speech
    assert lex.according["according"] == "to"
    assert lex.pronouns["she"].gender == "f"
    assert "minister" in lex.person_nouns and "kremlin" in lex.group_nouns


def test_user_lexicon_file(tmp_path: Path) -> None:
    packaged = Path(__file__).resolve().parents[2] / "src" / "dragoman" / "data" / "quotes" / "cues.toml"
    text = packaged.read_text("utf-8").replace('speech = [\n', 'speech = [\n  "harrumph",\n', 1)
    path = tmp_path / "cues.toml"
    path.write_text(text, "utf-8")
    assert "harrumph" in load_lexicon(path).speech
    assert "harrumph" not in default_lexicon().speech
