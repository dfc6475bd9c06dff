"""The PETRARCH-suite scoring helpers and the document-type rule, on invented dictionaries and reports."""

from __future__ import annotations

from dragoman.evaluation.events_eval import (
    _published,
    document_type,
    report_triples,
    suite_event_lexicon,
    suite_lexicons,
)
from dragoman.events.lexicon import load_lexicon
from dragoman.records import Actor, Event, Report, Span

VERBS = """\
--- PRAISE  [051] ---
PRAISE {PRAISES PRAISED}

--- VISIT  [042:043] ---
VISIT
"""


def test_suite_files_actor_and_agent_dictionaries_are_user_lexicons(tmp_path):
    for name in ("T.actors.txt", "T.agents.txt", "T.verbs.txt", "T.discards.txt"):
        (tmp_path / name).write_text("X [Y]\n")
    assert [f.name for f in suite_lexicons(tmp_path)] == ["T.actors.txt", "T.agents.txt"]


def test_suite_verbs_convert_into_an_event_lexicon(tmp_path):
    (tmp_path / "T.verbs.txt").write_text(VERBS)
    out = suite_event_lexicon(tmp_path, tmp_path)
    lex = load_lexicon(out)
    assert any(e.cameo == "051" for e in lex.verbs["praise"])
    assert any(e.cameo == "042" for e in lex.verbs["visit"])


def test_suite_dates_become_published_dates():
    assert _published("19950101") == "1995-01-01"
    assert _published(None) is None


def test_report_triples_score_an_actor_by_the_code_the_gold_uses():
    actors = [Actor(id="A1", name="Velorian minister", kind="person", country="VEL", sector="GOV"),
              Actor(id="A2", name="Tamsk", kind="state", country="TAM", sector="GOV")]
    ev = Event(id="E1", type="CONSULT", cameo="042", source="A1", target="A2", evidence=Span(start=0, end=1))
    neg = Event(id="E2", type="CONSULT", cameo="042", source="A2", target="A1", negated=True,
                evidence=Span(start=0, end=1))
    report = Report(id="r", source="r", actors=actors, events=[ev, neg])
    assert report_triples(report, {("VELGOV", "TAM", "042")}) == {("VELGOV", "TAM", "042")}
    assert report_triples(report, set()) == {("VELGOV", "TAM", "042")}


def test_document_type_is_the_most_frequent():
    def ev(t, c):
        return Event(id="E", type=t, evidence=Span(start=0, end=1), confidence=c)

    report = Report(id="r", source="r", events=[ev("ACCUSE", 0.5), ev("PROTEST", 0.9), ev("ACCUSE", 0.4)])
    assert document_type(report) == "ACCUSE"
    assert document_type(Report(id="e", source="e")) is None
