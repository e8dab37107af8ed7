"""Idempotent submissions: a request, a series or a waitlist entry sent again with the same key
returns what the first call made, and a key reused for another request is refused.

:func:`submit_once` is the one path of the three: key, replay, checks, the request letter into the
store (removed again if nothing is created), creation, and the race of a key with itself."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError

from booking import dialect_sql
from booking.agency_state import require_active_agency
from booking.changes import StoredLetter
from booking.clock import now
from booking.documents import check_letter, letter_key
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, IdempotencyRecord, User
from booking.permissions import can_submit
from booking.ports import DocumentStore
from booking.settings import Settings

T = TypeVar("T")
C = TypeVar("C")


def checked_key(idempotency_key: str) -> str:
    key = idempotency_key.strip()
    if not 8 <= len(key) <= 128:
        raise DomainError(ErrorCode.VALIDATION, "idempotency_key", field="idempotencyKey")
    return key


RECORDED = (
    "SELECT operation, fingerprint, booking_id FROM idempotency_record"
    ' WHERE user_id = $1 AND "key" = $2'
)


async def recorded_booking(
    user: User, key: str, operation: str, fingerprint: str
) -> Booking | None:
    """The booking an earlier ``operation`` with this key made (None: the key is new)."""
    conn = IdempotencyRecord._meta.db
    found = await dialect_sql.rows(conn, RECORDED, [user.id, key])
    if not found:
        return None
    record = found[0]
    if record["operation"] != operation or record["fingerprint"] != fingerprint:
        raise DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, field="idempotencyKey")
    return await Booking.get(id=record["booking_id"])


#: An :class:`IdempotencyRecord`; the key's unique index refuses a second one (``race_marker``).
NEW_RECORD = (
    'INSERT INTO idempotency_record (user_id, "key", operation, fingerprint, booking_id,'
    " created_at) VALUES ($1, $2, $3, $4, $5, $6)"
)


async def record(
    conn: BaseDBAsyncClient,
    user: User,
    key: str,
    operation: str,
    fingerprint: str,
    booking: Booking,
) -> None:
    values = [user.id, key, operation, fingerprint, booking.id, now()]
    await dialect_sql.execute(conn, NEW_RECORD, values)


@dataclass(frozen=True)
class Sent:
    """A submission as it arrived: who, with which key, the letter, and where letters go."""

    user: User
    idempotency_key: str
    letter: bytes | None
    store: DocumentStore
    settings: Settings


@dataclass(frozen=True)
class Submission(Generic[C]):
    """A submission past its checks (``checked``: what they returned), its letter stored: what
    ``create`` writes under the key."""

    user: User
    checked: C
    letter: StoredLetter
    key: str


async def submit_once(
    sent: Sent,
    replay: Callable[[str], Awaitable[T | None]],
    check: Callable[[], Awaitable[C]],
    create: Callable[[Submission[C]], Awaitable[T]],
    race_marker: str,
) -> tuple[T, bool]:
    """What an earlier call with the key made (and True), or what ``create`` makes now (and False).

    ``replay(key)``: the earlier result, or None. ``check()``: the request's checks, before the
    letter is looked at; its result goes to ``create`` in the :class:`Submission`.
    ``race_marker``: an IntegrityError naming it means the same key raced with itself (the other
    call won)."""
    user, letter, store = sent.user, sent.letter, sent.store
    if not can_submit(user):
        raise DomainError(ErrorCode.FORBIDDEN)
    await require_active_agency(user.agency_id)  # again in ``create``'s transaction
    key = checked_key(sent.idempotency_key)
    earlier = await replay(key)
    if earlier is not None:
        return earlier, True
    checked = await check()
    if letter is None:
        raise DomainError(ErrorCode.VALIDATION, "letter_required", field="letter")
    content_type, ext = await check_letter(letter, sent.settings)
    stored = StoredLetter(letter_key(ext), content_type, len(letter))
    await store.put(stored.key, letter, content_type)
    try:
        return await create(Submission(user, checked, stored, key)), False
    except BaseException as exc:
        await store.delete(stored.key)
        if isinstance(exc, IntegrityError) and race_marker in str(exc):
            earlier = await replay(key)
            if earlier is not None:
                return earlier, True
        raise
