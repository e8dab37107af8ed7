"""The two WebSocket protocols, with a direct line from a subscription to its client.

Each subscription runs in a task of its own, created by the protocol handler when the client
subscribes. Right before, the handler puts a :class:`Delivery` for that operation in a context
variable, which the task inherits: a subscription resolver finds it with :func:`current_delivery`
and can send a result that was rendered once for many subscribers (``api/live_views.py``) as text,
instead of yielding a value that Strawberry executes and serialises again for each of them.

The legacy ``graphql-ws`` handler gets the connection-init timeout that only the newer protocol has.
"""

from __future__ import annotations

import asyncio
import contextlib
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


class TransportWSHandler(BaseGraphQLTransportWSHandler[Context, None]):
    """graphql-transport-ws (``next`` messages)."""

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

    async def handle_start(self, message: StartMessage) -> None:
        ident = message.get("id")
        token = _delivery.set(Delivery(self, dict(message), "data", lambda: ident in self.tasks))
        try:
            await super().handle_start(message)
        finally:
            _delivery.reset(token)
