"""The events stage on the real model, through the pipeline (invented sentences)."""

from __future__ import annotations

import pytest

from dragoman.events import event_modality
from dragoman.pipeline import Pipeline

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def coded():
    pipe = Pipeline()

    def run(text: str, published: str = "2024-06-12"):
        report = pipe.read_text(text, published=published)
        names = {a.id: a.name for a in report.actors}
        return report, [(e, names.get(e.source), names.get(e.target)) for e in report.events]

    return run


def _one(events, typ):
    hits = [x for x in events if x[0].type == typ]
    assert len(hits) == 1, events
    return hits[0]


def test_accusation_between_states(coded):
    _, events = coded("Norway accused Sweden of spying on its fishing fleet.")
    ev, src, tgt = _one(events, "ACCUSE")
    assert (src, tgt, ev.cameo, ev.negated) == ("Norway", "Sweden", "112", False)


def test_negated_agreement_is_kept_and_flagged(coded):
    _, events = coded("Chile did not sign the treaty with Peru.")
    ev, src, tgt = _one(events, "AGREE")
    assert (src, tgt, ev.negated) == ("Chile", "Peru", True)


def test_possible_sanctions_are_hypothetical(coded):
    _, events = coded("Brazil may impose sanctions on Argentina.")
    ev, src, tgt = _one(events, "SANCTION")
    assert (src, tgt, event_modality(ev)) == ("Brazil", "Argentina", "hypothetical")


def test_passive_condemnation(coded):
    _, events = coded("Canada was condemned by Mexico over the border dispute.")
    _, src, tgt = _one(events, "ACCUSE")
    assert (src, tgt) == ("Mexico", "Canada")


def test_talks_dated_by_the_clause(coded):
    _, events = coded("Kenya held talks with Uganda on Monday.")
    ev, src, tgt = _one(events, "CONSULT")
    assert (src, tgt, ev.date) == ("Kenya", "Uganda", "2024-06-10")


def test_plain_reporting_is_no_event(coded):
    _, events = coded("Japan said its economy grew by two percent last year.")
    assert events == []
