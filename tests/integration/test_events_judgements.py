"""Judgements inside quotes, judged acts named by their nominalisation, and "is about to" subjects,
on the real model (invented sentences)."""

from __future__ import annotations

import pytest

from dragoman.pipeline import Pipeline

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def read():
    pipe = Pipeline()
    return lambda text: pipe.read_text(text, published="2031-03-02")


def _events(report, typ):
    names = {a.id: a.name for a in report.actors}
    return [(names.get(e.source), names.get(e.target), e) for e in report.events if e.type == typ]


def test_a_pejorative_judgement_in_a_quote_accuses_its_subject(read):
    report = read('Opposition leader Marta Keller spoke on Monday about President Tomas Brandt. '
                  '"Brandt is a liar and a coward," Keller said.')
    found = _events(report, "ACCUSE")
    assert any(s.endswith("Keller") and t.endswith("Brandt") for s, t, _ in found), found
    assert all(e.quote for _, _, e in found if e.rule.startswith("J:"))


def test_a_negated_pejorative_judgement_supports(read):
    report = read('Lawyer Anna Pirelli defended her client, the singer Lena Moss. '
                  '"Lena Moss is not a liar," Pirelli told reporters.')
    assert any(s.endswith("Pirelli") and t.endswith("Moss") for s, t, _ in _events(report, "SUPPORT"))


def test_an_evaluative_word_inside_a_name_judges_nothing(read):
    report = read('"The Terrorist Research Institute published its annual report," Minister Karl Ost said.')
    assert not any(e.rule.startswith("J:") for e in report.events)


def test_a_judged_decision_belongs_to_whoever_decided(read):
    report = read("Brazil decided on Monday to close its border with Peru. "
                  "Argentina criticized the decision on Tuesday.")
    assert ("Argentina", "Brazil") in [(s, t) for s, t, _ in _events(report, "ACCUSE")]


def test_the_subject_of_is_about_to_acts(read):
    report = read("Norway is about to restore full diplomatic ties with Chile.")
    assert report.events and report.events[0].source != report.events[0].target
