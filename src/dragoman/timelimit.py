"""A per-document time limit, so one pathological document cannot stall a batch."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from dragoman.errors import DocumentTimeout


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class Clock:
    """Whether a time limit expired (its DocumentTimeout may have been caught and turned into a record's error)."""

    expired = False


REPEAT_S = 0.1


@contextmanager
def time_limit(seconds: float | None, source: str | None = None) -> Iterator[Clock]:
    """Raise DocumentTimeout when the block runs longer than ``seconds``; the clock yielded says it did.

    Uses SIGALRM, so it works in a process's main thread (the CLI, worker processes,
    Spark executors); elsewhere (a web server's thread) it does nothing and the caller
    must bound the work itself.
    """
    clock = Clock()
    if not seconds or seconds <= 0 or not _can_alarm():
        yield clock
        return

    def expire(signum, frame):  # noqa: ARG001
        clock.expired = True
        raise DocumentTimeout(f"took longer than the time limit of {seconds:g} s (--timeout)", source)

    previous = signal.signal(signal.SIGALRM, expire)
    # Fires again every REPEAT_S until the block ends: a library that swallows the first timeout (trafilatura
    # catches every exception of its lxml step and tries other extractors) meets the next one.
    signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT_S)
    try:
        yield clock
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
