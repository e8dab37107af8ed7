"""Relay global ids and forward pagination cursors."""

from __future__ import annotations

import base64
import binascii

from booking.errors import DomainError, ErrorCode

MAX_PK = 2**31 - 1  # integer primary keys (PostgreSQL int4)
MAX_OFFSET = 10_000_000


def parse_global_id(value: str, field: str = "id") -> tuple[str, int]:
    """Type name and database id of a global id, or a typed VALIDATION error."""
    try:
        decoded = base64.b64decode(value.encode(), validate=True).decode()
        kind, _, raw = decoded.partition(":")
        number = int(raw)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise DomainError(ErrorCode.VALIDATION, "bad_id", field=field) from None
    if not kind or not 0 < number <= MAX_PK or str(number) != raw:
        raise DomainError(ErrorCode.VALIDATION, "bad_id", field=field)
    return kind, number


def decode_id(value: str, type_name: str, field: str = "id") -> int:
    """The database id in a global id of ``type_name``, or a typed VALIDATION error."""
    kind, number = parse_global_id(value, field)
    if kind != type_name:
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
        raise DomainError(ErrorCode.VALIDATION, "bad_cursor", field="after") from None
    if not 0 <= offset <= MAX_OFFSET:
        raise DomainError(ErrorCode.VALIDATION, "bad_cursor", field="after")
    return offset
