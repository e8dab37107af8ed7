"""Expected failures. Each carries a stable code; adapters render the message in the user's language."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    ROOM_UNAVAILABLE = "ROOM_UNAVAILABLE"
    INVALID_TRANSITION = "INVALID_TRANSITION"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    VALIDATION = "VALIDATION"
    EQUIPMENT_SHORTAGE = "EQUIPMENT_SHORTAGE"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    BAD_FILE = "BAD_FILE"
    FILE_TOO_LARGE = "FILE_TOO_LARGE"
    EVENT_NOT_STARTED = "EVENT_NOT_STARTED"
    TOO_MANY_PHOTOS = "TOO_MANY_PHOTOS"
    UPLOAD_MISSING = "UPLOAD_MISSING"
    REPORT_NEEDS_PHOTOS = "REPORT_NEEDS_PHOTOS"
    SERIES_CONFLICT = "SERIES_CONFLICT"
    SLOT_AVAILABLE = "SLOT_AVAILABLE"  # joining the waitlist of a free slot: book it directly
    RULE_VIOLATED = "RULE_VIOLATED"  # a booking rule of the room; ``params["rule"]`` names it
    ROOM_BLOCKED = "ROOM_BLOCKED"  # a leadership event blocks the room then
    DISPLAY_LINK_REVOKED = "DISPLAY_LINK_REVOKED"  # a room display link ADMIN has revoked
    PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"  # a document id the server lacks
    PERSISTED_QUERY_REQUIRED = "PERSISTED_QUERY_REQUIRED"  # full text refused (trusted documents)
    CHECK_IN_NOT_OPEN = "CHECK_IN_NOT_OPEN"  # earlier than 15 minutes before the start
    ALREADY_CHECKED_IN = "ALREADY_CHECKED_IN"
    UNSAFE_FILE = "UNSAFE_FILE"  # active content (scripts, launch actions, attachments), polyglots
    TOO_MANY_PIXELS = "TOO_MANY_PIXELS"  # an image beyond the pixel cap
    CONFLICT = "CONFLICT"  # the state forbids it (already inactive, code taken, ...)
    ROOM_IN_USE = "ROOM_IN_USE"  # deactivating a room with future bookings, without a choice
    EQUIPMENT_IN_USE = "EQUIPMENT_IN_USE"  # a stock below what approved bookings hold
    PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED"  # after a reset: change it first
    RESET_LINK_INVALID = "RESET_LINK_INVALID"  # a password reset link expired, used or unknown
    AGENCY_INACTIVE = "AGENCY_INACTIVE"  # a new request for a deactivated agency
    # a webhook URL whose host is (or resolves to) a private, loopback, link-local or other
    # non-public address, refused unless EPESAN_WEBHOOK_ALLOW_PRIVATE_TARGETS
    WEBHOOK_TARGET_REFUSED = "WEBHOOK_TARGET_REFUSED"


class DomainError(Exception):
    """An expected failure. ``message_key`` picks the text; ``params`` fill it in."""

    def __init__(
        self,
        code: ErrorCode,
        message_key: str | None = None,
        *,
        field: str | None = None,
        **params: Any,
    ) -> None:
        self.code = code
        self.message_key = message_key or code.value
        self.field = field
        self.params = params
        super().__init__(f"{code}: {self.message_key} {params}")
