"""Running the app under uvicorn with every connection bounded in time.

uvicorn times out idle keep-alive connections but not a client that sends its request line and headers
a byte at a time (slowloris); ``BoundedH11Protocol`` closes a connection whose next request has not
arrived in full within ``HEADER_TIMEOUT_S``. Bodies are bounded by the endpoint that reads them, and
shutdown (SIGINT, SIGTERM) waits at most ``SHUTDOWN_TIMEOUT_S`` for requests in flight.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT_S = 10.0
KEEP_ALIVE_S = 5
SHUTDOWN_TIMEOUT_S = 3
MAX_CONNECTIONS = 200


class BoundedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, closing connections whose request head is too slow to arrive."""

    header_timeout_s = HEADER_TIMEOUT_S

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_timer: asyncio.TimerHandle | None = None
        self._arm()

    def _arm(self) -> None:
        self._disarm()
        self._head_timer = self.loop.call_later(self.header_timeout_s, self._too_slow, self.cycle)

    def _disarm(self) -> None:
        if getattr(self, "_head_timer", None) is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _too_slow(self, cycle_when_armed: Any) -> None:
        if self.cycle is cycle_when_armed and not self.transport.is_closing():  # no request arrived since
            try:
                self.conn.send(h11.ConnectionClosed())
            except h11.LocalProtocolError:
                pass
            self.transport.close()

    def handle_events(self) -> None:
        before = self.cycle
        super().handle_events()
        if self.cycle is not before:  # a request's head arrived in full
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()  # the next request on this connection gets the same bound

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def serve(app: Any, *, host: str, port: int) -> None:
    """Run ``app`` until SIGINT or SIGTERM; on either, analyses in flight stop at once (their requests get 503)."""
    import uvicorn

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:
            reader = getattr(app.state, "reader", None)
            if reader is not None:
                reader.close()
            super().handle_exit(sig, frame)

    config = uvicorn.Config(app, host=host, port=port, log_level="warning", http=BoundedH11Protocol,
                            timeout_keep_alive=KEEP_ALIVE_S, timeout_graceful_shutdown=SHUTDOWN_TIMEOUT_S,
                            limit_concurrency=MAX_CONNECTIONS)
    Server(config).run()
