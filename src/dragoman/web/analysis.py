"""The analysis behind POST /api/read, in a child process a time limit can stop.

A thread cannot be stopped (and one holding the GIL in a regular expression stops every endpoint), so the
pipeline runs in its own process; a call over its time limit kills that process, and the next call starts
a fresh one. The child ignores SIGINT: the server decides when it stops.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from multiprocessing.connection import Connection
from typing import Any

STARTUP_TIMEOUT_S = 300.0  # loading the model (seconds, not counted against a request)


class AnalysisTimeout(TimeoutError):
    """The analysis ran over its time limit and was stopped."""


class AnalysisFailed(RuntimeError):
    """The analysis process died or could not start."""


def _serve(conn: Connection, timeout_s: float) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from dragoman.pipeline import Options, Pipeline
    from dragoman.records import to_builtins
    from dragoman.store.coding import quad_class

    try:
        pipeline = Pipeline(Options(timeout=timeout_s))
        pipeline.read_text("The minister met the envoy in Geneva on Monday.")  # load the model and lexicons now,
        # before the first request's clock starts
    except Exception as exc:  # noqa: BLE001 - the parent raises it for every request (no model: 503)
        conn.send(("failed", exc))
        return
    conn.send(("ready", None))
    while True:
        try:
            text, title, published = conn.recv()
        except EOFError:
            return
        try:
            report = to_builtins(pipeline.read_text(text, source="<post>", title=title, published=published))
            for event in report["events"]:  # an extra field, as in the store: colours the dashboard's pills
                event["quad_class"] = quad_class(event.get("cameo"), event.get("type"))
            conn.send(("done", report))
        except Exception as exc:  # noqa: BLE001 - one article's failure is that request's answer
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class AnalysisProcess:
    """One child process holding the pipeline; one call at a time (callers serialise)."""

    def __init__(self, *, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        self._lock = threading.Lock()

    @property
    def ready(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def _start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        conn, child = ctx.Pipe()
        process = ctx.Process(target=_serve, args=(child, self.timeout_s), daemon=True, name="dragoman-read")
        process.start()
        child.close()
        self._process, self._conn = process, conn
        if not conn.poll(STARTUP_TIMEOUT_S):
            self.stop()
            raise AnalysisFailed(f"the analysis process did not start within {STARTUP_TIMEOUT_S:g} s")
        try:
            kind, payload = conn.recv()
        except (EOFError, OSError):
            self.stop()
            raise AnalysisFailed("the analysis process died while starting") from None
        if kind == "failed":
            self.stop()
            raise payload

    def analyse(self, text: str, title: str | None, published: str | None) -> dict[str, Any]:
        """The report as built-in types; raises AnalysisTimeout, AnalysisFailed, or the model's error."""
        with self._lock:
            if not self.ready:
                self._start()
            conn = self._conn  # stop() from another thread may clear the attribute meanwhile
            assert conn is not None
            try:
                conn.send((text, title, published))
                answered = conn.poll(self.timeout_s)
                kind, payload = conn.recv() if answered else ("timeout", None)
            except (EOFError, OSError):  # killed: by the kernel, or by stop() from another thread
                code = self._process.exitcode if self._process else None
                self.stop()
                raise AnalysisFailed(f"the analysis process died (exit status {code})") from None
            if kind == "timeout":
                self.stop()
                raise AnalysisTimeout(f"reading took longer than {self.timeout_s:g} s")
        if kind == "error":
            raise AnalysisFailed(payload)
        return payload

    def stop(self) -> None:
        """Kill the child (any analysis in it ends now)."""
        process, conn, self._process, self._conn = self._process, self._conn, None, None
        if process is not None and process.is_alive():
            process.kill()
            process.join(5)
        if conn is not None:
            conn.close()
