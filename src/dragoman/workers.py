"""Worker processes that survive their own deaths: a worker the kernel kills costs only its documents.

Each worker holds one task at a time over its own pipe, so the parent always knows which task a dead
worker held. A dead worker's batch is split and its items retried one per task in fresh workers; an item
whose task kills a worker again is reported failed (``on_death``), and the run goes on. Results come
back in input order.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

Task = tuple[int, int | None, list]  # (batch index, item index when retried alone, items)

STARTUP_TIMEOUT_S = 600.0


class WorkerStartError(RuntimeError):
    """A worker could not start (its initializer raised, or it died before it was ready)."""


def _serve(conn: Connection, init: Callable[[Any], None], init_arg: Any, work: Callable[[list], list]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when its workers stop
    try:
        init(init_arg)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
        conn.send(("failed", exc))
        return
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        batch, item, items = task
        conn.send(("done", (batch, item, work(items))))


class _Worker:
    def __init__(self, ctx, init, init_arg, work) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, init, init_arg, work), daemon=True)
        self.process.start()
        child.close()
        self.task: Task | None = None
        self.ready = False

    def stop(self) -> None:
        if self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def death_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name if -exitcode in signal.Signals._value2member_map_ else str(-exitcode)
        hint = " (out of memory?)" if -exitcode == signal.SIGKILL else ""
        return f"the worker process analysing it was killed by {name}{hint}"
    return f"the worker process analysing it exited with status {exitcode}"


def run_tasks(batches: Iterable[list], *, n_workers: int, init: Callable[[Any], None], init_arg: Any,
              work: Callable[[list], list], on_death: Callable[[Any, str], Any]) -> Iterator[Any]:
    """``work(batch)`` for each batch in ``n_workers`` processes, flattened in input order.

    ``init(init_arg)`` runs once in each worker; ``on_death(item, reason)`` is the result of an item
    whose worker died while holding it alone.
    """
    ctx = multiprocessing.get_context("spawn")
    source = iter(enumerate(batches))
    queue: deque[Task] = deque()
    sizes: dict[int, int] = {}
    done: dict[int, list] = {}
    pieces: dict[int, dict[int, Any]] = {}
    next_out = 0
    exhausted = False
    workers = [_Worker(ctx, init, init_arg, work) for _ in range(max(1, n_workers))]
    try:
        while True:
            # hand on what is finished first: that frees the backlog before idle workers look for work
            while next_out in done:
                yield from done.pop(next_out)
                next_out += 1
            # keep every idle, ready worker busy
            for worker in workers:
                if worker.ready and worker.task is None:
                    if not queue and not exhausted and len(done) + len(pieces) < 4 * len(workers):
                        try:
                            index, batch = next(source)
                        except StopIteration:
                            exhausted = True
                        else:
                            sizes[index] = len(batch)
                            queue.append((index, None, batch))
                    if queue:
                        worker.task = queue.popleft()
                        worker.conn.send(worker.task)
            busy = [w for w in workers if w.task is not None or not w.ready]
            if exhausted and not queue and not busy:
                return
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=STARTUP_TIMEOUT_S)
            for worker in list(busy):
                if worker.conn in ready or worker.conn.poll():
                    try:
                        kind, payload = worker.conn.recv()
                    except (EOFError, OSError):
                        kind, payload = "dead", None
                else:
                    kind, payload = ("dead", None) if worker.process.sentinel in ready else ("wait", None)
                if kind == "ready":
                    worker.ready = True
                elif kind == "failed":  # the initializer's own error (no model installed, say)
                    raise payload if isinstance(payload, Exception) else WorkerStartError(f"a worker could not start: {payload}")
                elif kind == "done":
                    index, item, results = payload
                    worker.task = None
                    _file(index, item, results, sizes, done, pieces)
                elif kind == "dead":
                    worker.process.join()
                    if not worker.ready:
                        raise WorkerStartError(f"a worker process died while starting: {death_reason(worker.process.exitcode)}")
                    task, worker.task = worker.task, None
                    workers[workers.index(worker)] = _Worker(ctx, init, init_arg, work)
                    worker.conn.close()
                    if task is None:
                        continue
                    index, item, items = task
                    if item is None and len(items) > 1:  # retry each item alone, so only the killer fails
                        pieces[index] = {}
                        queue.extendleft(reversed([(index, i, [x]) for i, x in enumerate(items)]))
                    else:
                        reason = death_reason(worker.process.exitcode)
                        _file(index, item, [on_death(items[0], reason)], sizes, done, pieces)
    finally:
        for worker in workers:
            worker.stop()


def _file(index: int, item: int | None, results: list, sizes: dict[int, int], done: dict[int, list],
          pieces: dict[int, dict[int, Any]]) -> None:
    if item is None:
        done[index] = results
        return
    parts = pieces[index]
    parts[item] = results[0]
    if len(parts) == sizes[index]:
        done[index] = [parts[i] for i in range(sizes[index])]
        del pieces[index]
