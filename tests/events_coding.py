"""Events coded by the real pipeline from invented text, for the events integration tests."""

from __future__ import annotations

import pytest

from dragoman.pipeline import Pipeline


@pytest.fixture(scope="module")
def coded():
    """text -> [(type, source actor, target actor)] of the events between two actors (not the
    monadic ones, which have no target), on the real model."""
    pipe = Pipeline()

    def run(text: str):
        report = pipe.read_text(text, published="2031-03-02")
        actors = {a.id: a for a in report.actors}
        return [(e.type, actors.get(e.source), actors.get(e.target)) for e in report.events if e.target]

    return run


def pairs(events, typ):
    """(source name, target name) of the events of one type."""
    return [(s.name, t.name) for ty, s, t in events if ty == typ]


@pytest.fixture(scope="module")
def asserted():
    """text -> [(type, source name, target name)] of the asserted (not negated) events, on the real model."""
    pipe = Pipeline()

    def run(text: str):
        report = pipe.read_text(text, published="2031-03-02")
        actors = {a.id: a.name for a in report.actors}
        return [(e.type, actors.get(e.source), actors.get(e.target)) for e in report.events if not e.negated]

    return run
