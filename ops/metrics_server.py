"""``/metrics`` on a port of its own (``EPESAN_METRICS_PORT``, on ``EPESAN_METRICS_HOST``,
loopback by default): a thread of the API process serving prometheus-client's threading WSGI
server, so the API's public port never answers ``/metrics``. With ``EPESAN_METRICS_TOKEN`` set the
token is required here too.

The outbox figures are read from the database at scrape time on the API's event loop (the
ORM lives there). Several API processes on one host (``uvicorn --workers``): the first binds the
port, the others log that it is taken; in multiprocess mode any one of them serves every
process's figures."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import threading
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

from prometheus_client.exposition import ThreadingWSGIServer

from booking.delivery import Backlog
from booking.settings import Settings
from ops import metrics

log = logging.getLogger("epesan.metrics")

#: Time a scrape may wait for the outbox figures.
BACKLOG_TIMEOUT_SECONDS = 5.0


class _Quiet(WSGIRequestHandler):
    """No access log (the request line would be a plain-text log line)."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


class MetricsServer:
    def __init__(self, httpd: ThreadingWSGIServer) -> None:
        self.httpd = httpd
        self.port = int(httpd.server_address[1])
        self.thread = threading.Thread(
            target=httpd.serve_forever, name="epesan-metrics", daemon=True
        )
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def metrics_app(
    token: str | None,
    backlog: Callable[[], Coroutine[Any, Any, list[Backlog]]],
    loop: asyncio.AbstractEventLoop,
) -> Callable[..., list[bytes]]:
    expected = f"Bearer {token}".encode() if token else None

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        def answer(status: str, body: bytes, content_type: str = "text/plain") -> list[bytes]:
            headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
            if status.startswith("401"):
                headers.append(("WWW-Authenticate", "Bearer"))
            start_response(status, headers)
            return [body]

        if environ.get("PATH_INFO") != "/metrics":
            return answer("404 Not Found", b"Not found")
        given = environ.get("HTTP_AUTHORIZATION", "").encode()
        if expected is not None and not hmac.compare_digest(given, expected):
            return answer("401 Unauthorized", b"Unauthorized")
        try:
            rows = asyncio.run_coroutine_threadsafe(backlog(), loop).result(BACKLOG_TIMEOUT_SECONDS)
        except Exception as exc:  # the database does not answer: say so, as /ready would
            log.warning("metrics: the outbox could not be read (%s)", type(exc).__name__)
            return answer("503 Service Unavailable", b"Outbox not readable")
        return answer("200 OK", metrics.scrape(rows), metrics.CONTENT_TYPE_LATEST)

    return app


def start_metrics_server(
    host: str,
    port: int,
    token: str | None,
    backlog: Callable[[], Coroutine[Any, Any, list[Backlog]]],
    loop: asyncio.AbstractEventLoop,
) -> MetricsServer | None:
    """Serve ``/metrics`` on ``host:port`` in a thread; None when the port is taken."""
    try:
        httpd = make_server(
            host,
            port,
            metrics_app(token, backlog, loop),
            ThreadingWSGIServer,
            handler_class=_Quiet,
        )
    except OSError as exc:
        log.warning(
            "metrics: %s:%d is taken (%s); another process of this host serves /metrics",
            host,
            port,
            exc.strerror or type(exc).__name__,
        )
        return None
    server = MetricsServer(httpd)
    log.info("metrics served on a port of their own", extra={"fields": {"port": server.port}})
    return server


@contextlib.asynccontextmanager
async def metrics_on_own_port(
    settings: Settings, backlog: Callable[[], Coroutine[Any, Any, list[Backlog]]]
) -> AsyncIterator[MetricsServer | None]:
    """For the API's lifespan: the metrics port while it runs (None without
    ``EPESAN_METRICS_PORT``, or when another process of the host has it)."""
    server = None
    if settings.metrics_port is not None:
        server = start_metrics_server(
            settings.metrics_host,
            settings.metrics_port,
            settings.metrics_token,
            backlog,
            asyncio.get_running_loop(),
        )
    try:
        yield server
    finally:
        if server is not None:
            await asyncio.to_thread(server.stop)
