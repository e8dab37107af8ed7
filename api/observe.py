"""Each HTTP request: a request id (``X-Request-ID``, echoed), one latency observation per
operation, one JSON log line; each websocket counted while open, with a request id of its own
(echoed in the handshake's answer) for its log lines and a ``websocket closed`` line at its end
(its close code, who closed it, how long it was open)."""

from __future__ import annotations

import logging
import time
from typing import Any

from ops import logs, metrics

log = logging.getLogger("epesan.request")
ws_log = logging.getLogger("epesan.websocket")

_HEADER = b"x-request-id"


def _route(path: str) -> str:
    """A label for a request that is not GraphQL: its first path segment (paths may hold
    secrets: calendar tokens, signed file keys)."""
    head = path.split("/", 2)[1] if path.count("/") else path
    return f"/{head}"


def _request_id_header(scope: Any) -> str | None:
    for name, value in scope["headers"]:
        if name == _HEADER:
            return str(value.decode("latin-1"))
    return None


class Observe:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        kind = scope["type"]
        if kind == "websocket":
            await self._websocket(scope, receive, send)
            return
        if kind != "http":
            await self.app(scope, receive, send)
            return
        info = logs.RequestInfo(logs.request_id_from(_request_id_header(scope)))
        token = logs.current.set(info)
        status = 500
        rid = info.request_id.encode()

        async def send_with_id(message: Any) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), (_HEADER, rid)]
            await send(message)

        start = time.perf_counter()
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - start
            path = scope["path"]
            operation = (
                metrics.operation_label(info.operation) if path == "/graphql" else _route(path)
            )
            info.operation = operation
            metrics.observe_request(operation, seconds)
            outcome = info.outcome or ("ok" if status < 400 else f"http_{status}")
            log.info(
                "request",
                extra={
                    logs.FIELDS: {
                        "method": scope["method"],
                        "status": status,
                        "outcome": outcome,
                        "duration_ms": round(seconds * 1000, 2),
                    }
                },
            )
            logs.current.reset(token)

    async def _websocket(self, scope: Any, receive: Any, send: Any) -> None:
        """The connection's request id is set for every line logged while it is served (its
        subscriptions' tasks inherit it); ``on_ws_connect`` adds the user id."""
        info = logs.RequestInfo(logs.request_id_from(_request_id_header(scope)))
        token = logs.current.set(info)
        rid = info.request_id.encode()
        closed: dict[str, object] = {}

        async def receive_noting() -> Any:
            message = await receive()
            if message["type"] == "websocket.disconnect":
                closed.setdefault("close_code", message.get("code", 1005))
                closed.setdefault("closed_by", "client")
            return message

        async def send_noting(message: Any) -> None:
            if message["type"] == "websocket.accept":
                message["headers"] = [*message.get("headers", ()), (_HEADER, rid)]
            elif message["type"] == "websocket.close":
                closed.setdefault("close_code", message.get("code", 1000))
                closed.setdefault("closed_by", "server")
            await send(message)

        metrics.WEBSOCKETS.inc()
        start = time.perf_counter()
        try:
            await self.app(scope, receive_noting, send_noting)
        finally:
            metrics.WEBSOCKETS.dec()
            duration = round((time.perf_counter() - start) * 1000, 2)
            ws_log.info(
                "websocket closed", extra={logs.FIELDS: {**closed, "duration_ms": duration}}
            )
            logs.current.reset(token)
