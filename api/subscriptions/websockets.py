"""The two WebSocket protocols, with a direct line from a subscription to its client.

Each subscription runs in a task of its own, created by the protocol handler when the client
subscribes. Right before, the handler puts a :class:`Delivery` for that operation in a context
variable, which the task inherits: a subscription resolver finds it with :func:`current_delivery`
and can send a result that was rendered once for many subscribers (``api/live_views.py``) as text,
instead of yielding a value that Strawberry executes and serialises again for each of them.

The legacy ``graphql-ws`` handler gets the connection-init timeout that only the newer protocol has.

Each subscription logs ``subscription started`` and ``subscription stopped`` (its operation name,
the client's id for it, how it ended and how long it ran), with the connection's request id and
user id (``api/observe.py``, ``on_ws_connect``): never its variables or the token.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from contextvars import ContextVar
from datetime import timedelta
from typing import Any

import orjson
from starlette.websockets import WebSocketDisconnect
from strawberry.http.exceptions import WebSocketDisconnected
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import SubscribeMessage
from strawberry.subscriptions.protocols.graphql_ws.handlers import BaseGraphQLWSHandler
from strawberry.subscriptions.protocols.graphql_ws.types import StartMessage

from api.context import Context
from api.persisted import PersistedQueryError, error_body
from ops import logs, metrics

log = logging.getLogger("epesan.websocket")

_delivery: ContextVar[Delivery | None] = ContextVar("epesan_delivery", default=None)


def current_delivery() -> Delivery | None:
    """The operation this task serves, when it runs under one of the handlers below."""
    return _delivery.get()


class Delivery:
    """One subscribe (or legacy ``start``) message: what was asked, and where results go."""

    __slots__ = ("_head", "_is_open", "_websocket", "operation_name", "query", "variables")

    def __init__(
        self, handler: Any, message: dict[str, Any], result_type: str, is_open: Any
    ) -> None:
        payload = message.get("payload")
        payload = payload if isinstance(payload, dict) else {}
        self.query: str = payload.get("query") or ""
        variables = payload.get("variables")
        self.variables: dict[str, Any] = variables if isinstance(variables, dict) else {}
        self.operation_name: str | None = payload.get("operationName")
        self._websocket = handler.websocket
        self._is_open = is_open
        ident = orjson.dumps(message.get("id")).decode()
        self._head = f'{{"id":{ident},"type":"{result_type}","payload":'

    async def send(self, payload: str) -> None:
        """Send a result payload (``{"data": ...}`` as JSON text) unless the operation ended."""
        if not self._is_open():
            return
        try:
            await self._websocket.ws.send_text(self._head + payload + "}")
        except WebSocketDisconnect as exc:
            raise WebSocketDisconnected from exc


@contextlib.asynccontextmanager
async def logged_subscription(ident: object, operation_name: str | None) -> AsyncIterator[None]:
    """One ``subscription started`` line, and one ``subscription stopped`` line when it ends:
    ``cancelled`` (the client completed it or went away) or ``ended`` (the stream ended, or
    failed: the client got the error)."""
    fields: dict[str, object] = {
        "operation": metrics.operation_label(operation_name),
        "subscription_id": str(ident)[:64],
    }
    log.info("subscription started", extra={logs.FIELDS: fields})
    start = time.perf_counter()
    outcome = "ended"
    try:
        yield
    except asyncio.CancelledError:
        outcome = "cancelled"
        raise
    finally:
        duration = round((time.perf_counter() - start) * 1000, 2)
        done = {**fields, "outcome": outcome, "duration_ms": duration}
        log.info("subscription stopped", extra={logs.FIELDS: done})


class TransportWSHandler(BaseGraphQLTransportWSHandler[Context, None]):
    """graphql-transport-ws (``next`` messages)."""

    async def run_operation(self, operation: Any) -> None:
        async with logged_subscription(operation.id, operation.operation_name):
            await super().run_operation(operation)

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        ident = message.get("id")
        trusted = getattr(self.view, "trusted", None)
        payload = message.get("payload")
        if trusted is not None and isinstance(payload, dict):
            try:
                payload["query"] = trusted.resolve(payload.get("query"), payload.get("extensions"))
            except PersistedQueryError as error:
                body = error_body(error, self.context.language)
                await self.send_message({"id": ident, "type": "error", "payload": body["errors"]})
                return

        def is_open() -> bool:
            operation = self.operations.get(ident)
            return operation is not None and not operation.completed

        token = _delivery.set(Delivery(self, dict(message), "next", is_open))
        try:
            await super().handle_subscribe(message)
        finally:
            _delivery.reset(token)


class LegacyWSHandler(BaseGraphQLWSHandler[Context, None]):
    """The legacy graphql-ws protocol (``data`` messages), for older Apollo clients."""

    async def handle(self) -> None:
        timeout = asyncio.create_task(self._close_unless_acknowledged())
        try:
            await super().handle()
        finally:
            timeout.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await timeout

    async def _close_unless_acknowledged(self) -> None:
        wait: timedelta = self.view.connection_init_wait_timeout
        await asyncio.sleep(wait.total_seconds())
        if not self.connection_acknowledged:
            with contextlib.suppress(Exception):
                await self.websocket.close(code=4408, reason="Connection initialisation timeout")

    async def handle_async_results(
        self,
        operation_id: str,
        query: str,
        operation_name: str | None,
        variables: dict[str, object] | None,
    ) -> None:
        async with logged_subscription(operation_id, operation_name):
            await super().handle_async_results(operation_id, query, operation_name, variables)

    async def handle_start(self, message: StartMessage) -> None:
        ident = message.get("id")
        token = _delivery.set(Delivery(self, dict(message), "data", lambda: ident in self.tasks))
        try:
            await super().handle_start(message)
        finally:
            _delivery.reset(token)
