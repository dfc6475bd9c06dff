"""Constructions of wire news on the real model (invented sentences): requests through a
"for ... to" clause, ..."""

from __future__ import annotations

import pytest

from tests.events_coding import asserted  # noqa: F401 - a fixture

pytestmark = pytest.mark.integration


def test_call_for_a_party_to_act_is_a_request_to_it(asserted):
    events = asserted("Colombian President Gustavo Petro called for Venezuela to hold elections.")
    assert ("REQUEST", "Gustavo Petro", "Venezuela") in events


def test_a_hostile_act_only_called_for_is_no_event(asserted):
    events = asserted("The Chilean Foreign Ministry asked for Argentina to attack Bolivia.")
    assert ("REQUEST", "Chilean Foreign Ministry", "Argentina") in events
    assert not [e for e in events if e[0] == "ASSAULT"]
