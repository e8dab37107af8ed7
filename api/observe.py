"""Each HTTP request: a request id (``X-Request-ID``, echoed), one latency observation per
operation, one JSON log line; each websocket counted while open."""

from __future__ import annotations

import logging
import time
from typing import Any

from ops import logs, metrics

log = logging.getLogger("epesan.request")

_HEADER = b"x-request-id"


def _route(path: str) -> str:
    """A label for a request that is not GraphQL: its first path segment (paths may hold
    secrets: calendar tokens, signed file keys)."""
    head = path.split("/", 2)[1] if path.count("/") else path
    return f"/{head}"


class Observe:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        kind = scope["type"]
        if kind == "websocket":
            metrics.WEBSOCKETS.inc()
            try:
                await self.app(scope, receive, send)
            finally:
                metrics.WEBSOCKETS.dec()
            return
        if kind != "http":
            await self.app(scope, receive, send)
            return
        header = None
        for name, value in scope["headers"]:
            if name == _HEADER:
                header = value.decode("latin-1")
                break
        info = logs.RequestInfo(logs.request_id_from(header))
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
