"""Worker processes: a worker killed by the kernel costs only the document that killed it."""

import os
import signal

import pytest

from dragoman.workers import run_tasks


def _init(arg):
    if arg == "fail":
        raise LookupError("no model here")


def _work(items):
    for item in items:
        if item == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
    return [item.upper() for item in items]


def _died(item, reason):
    return f"FAILED {item}: {reason}"


def _run(batches, arg=None, n=2):
    return list(run_tasks(batches, n_workers=n, init=_init, init_arg=arg, work=_work, on_death=_died))


def test_results_in_input_order():
    batches = [[f"a{i}", f"b{i}"] for i in range(9)]
    assert _run(batches) == [x.upper() for batch in batches for x in batch]


def test_a_killed_worker_fails_only_its_killer_and_the_run_goes_on():
    results = _run([["a", "b"], ["c", "kill", "d"], ["e"], ["kill"], ["f"]])
    assert results[:2] == ["A", "B"] and results[2] == "C" and results[4:6] == ["D", "E"] and results[7] == "F"
    for failed in (results[3], results[6]):
        assert failed.startswith("FAILED kill: ") and "SIGKILL" in failed


def test_an_initializer_error_is_raised_not_retried():
    with pytest.raises(LookupError, match="no model"):
        _run([["a"]], arg="fail", n=1)
