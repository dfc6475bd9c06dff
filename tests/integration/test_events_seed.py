"""The events of the canonical sample (read from $DRAGOMAN_EVAL_DIR/../samples; skipped when absent)."""

from __future__ import annotations

import pytest

from dragoman.pipeline import Pipeline

pytestmark = [pytest.mark.integration, pytest.mark.gold]


@pytest.fixture(scope="module")
def seed(gold_dir):
    sample = gold_dir.parent / "samples" / "xi-moscow-2023-03-21.txt"
    if not sample.exists():
        pytest.skip("the canonical sample is not available")
    (report,) = Pipeline().run([str(sample)])
    names = {a.id: a.name for a in report.actors}
    return report, [(e, names.get(e.source), names.get(e.target)) for e in report.events]


def _find(events, types, source, targets):
    return [e for e, s, t in events if e.type in types and s == source and t in targets]


def test_xi_meets_putin_on_monday_in_moscow(seed):
    _, events = seed
    hits = _find(events, {"CONSULT"}, "Xi Jinping", {"Vladimir Putin", "Russia"})
    assert any(e.date == "2023-03-20" and e.place and e.place.name == "Moscow" for e in hits)


def test_xi_supports_putin(seed):
    _, events = seed
    assert _find(events, {"SUPPORT"}, "Xi Jinping", {"Vladimir Putin"})


def test_blinken_accuses_china_or_xi(seed):
    _, events = seed
    assert _find(events, {"ACCUSE"}, "Antony Blinken", {"China", "Xi Jinping"})


def test_icc_warrant_for_putin_is_linked_to_blinkens_quote(seed):
    report, events = seed
    [warrant] = _find(events, {"ACCUSE", "COERCE", "SANCTION"}, "International Criminal Court", {"Vladimir Putin"})
    assert warrant.cameo == "173" and warrant.rule
    quote = next(q for q in report.quotes if q.id == warrant.quote)
    assert quote.start <= warrant.evidence.start and warrant.evidence.end <= quote.end


def test_evidence_spans_lie_in_the_text_and_name_the_predicate(seed):
    report, events = seed
    for e, _, _ in events:
        assert 0 <= e.evidence.start < e.evidence.end <= len(report.text)
        assert report.text[e.evidence.start:e.evidence.end].strip()
