"""Relay global ids and forward pagination cursors."""

from __future__ import annotations

import base64
import binascii

from booking.errors import DomainError, ErrorCode


def decode_id(value: str, type_name: str, field: str = "id") -> int:
    """The database id in a global id of ``type_name``, or a typed VALIDATION error."""
    try:
        decoded = base64.b64decode(value.encode(), validate=True).decode()
        kind, _, raw = decoded.partition(":")
        number = int(raw)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise DomainError(ErrorCode.VALIDATION, "bad_id", field=field) from None
    if kind != type_name or number <= 0 or str(number) != raw:
        raise DomainError(ErrorCode.VALIDATION, "bad_id", field=field)
    return number


def encode_id(type_name: str, pk: int) -> str:
    return base64.b64encode(f"{type_name}:{pk}".encode()).decode()


CURSOR_PREFIX = "offset:"


def encode_cursor(offset: int) -> str:
    return base64.b64encode(f"{CURSOR_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str | None) -> int:
    """Offset after which the next page starts (-1: from the beginning)."""
    if cursor is None:
        return -1
    try:
        raw = base64.b64decode(cursor.encode(), validate=True).decode()
        if not raw.startswith(CURSOR_PREFIX):
            raise ValueError(raw)
        offset = int(raw.removeprefix(CURSOR_PREFIX))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise DomainError(ErrorCode.VALIDATION, "bad_id", field="after") from None
    if offset < 0:
        raise DomainError(ErrorCode.VALIDATION, "bad_id", field="after")
    return offset
