"""The request body limit, whatever the framing: a declared Content-Length over it is refused
before reading, and a body without one (chunked) is read only up to it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.responses import JSONResponse

from booking.enums import Language
from booking.errors import DomainError, ErrorCode
from booking.messages import render

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
MB = 1024 * 1024


class BodyTooLarge(Exception):
    """More of the body arrived than the limit (not a ValueError: parsers must not swallow it)."""


def limited(receive: Receive, limit: int) -> Receive:
    """``receive`` that raises :class:`BodyTooLarge` once more than ``limit`` bytes arrived."""
    received = 0

    async def receive_at_most() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLarge
        return message

    return receive_at_most


def declared_too_large(headers: Any, limit: int) -> bool:
    length = headers.get("content-length")
    return bool(length and length.isdigit() and int(length) > limit)


def too_large(max_file_bytes: int, language: Language) -> JSONResponse:
    error = DomainError(ErrorCode.FILE_TOO_LARGE, max_mb=max(1, max_file_bytes // MB))
    return JSONResponse(
        {"errors": [{"message": render(error, language), "extensions": {"code": error.code}}]},
        status_code=413,
        headers={"Connection": "close"},
    )
