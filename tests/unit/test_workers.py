"""Worker processes: a worker killed by the kernel costs only the document that killed it."""

import os
import signal
import time

import pytest

from dragoman.workers import run_tasks


def _init(arg):
    if arg == "fail":
        raise LookupError("no model here")


def _work(items):
    for item in items:
        if item == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        if item == "slow":
            time.sleep(1)
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


def test_a_slow_first_batch_never_leaves_idle_workers_waiting_on_nothing(monkeypatch):
    # The first batch is slow while the others fill the backlog: once it is handed on, the idle workers must
    # take new batches at once, not wait (with nothing to wait on) for the startup timeout.
    import dragoman.workers as workers

    real_wait = workers.wait

    def wait(objects, timeout=None):
        assert objects, "waiting with no busy worker"
        return real_wait(objects, timeout)

    monkeypatch.setattr(workers, "wait", wait)
    batches = [["slow"]] + [[f"x{i}"] for i in range(30)]
    assert _run(batches) == ["SLOW"] + [f"X{i}" for i in range(30)]
