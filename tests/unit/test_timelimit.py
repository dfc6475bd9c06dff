"""The per-document time limit holds even when the code it interrupts swallows the first timeout."""

import time

import pytest

from dragoman.errors import DocumentTimeout
from dragoman.timelimit import time_limit


def test_a_swallowed_timeout_fires_again():
    with pytest.raises(DocumentTimeout):
        with time_limit(0.05) as clock:
            try:
                time.sleep(2)
            except DocumentTimeout:  # what a library's catch-all does
                pass
            time.sleep(2)
    assert clock.expired


def test_no_alarm_outlives_its_block():
    with time_limit(0.05):
        pass
    time.sleep(0.3)  # a timer left running would raise here
