"""The waitlist: requests for a taken slot, promoted into the workflow when the slot frees.

A requester whose ``submit`` failed with ROOM_UNAVAILABLE joins with the same request (room, time,
purpose, participants, equipment, letter). Joining a free slot is refused (SLOT_AVAILABLE: book it).

Promotion when a slot frees is :mod:`booking.promotion`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from tortoise.queryset import QuerySet

from booking import idempotency
from booking.agency_state import require_active_agency
from booking.changes import StoredLetter, request_fields, write
from booking.checks import BookingDraft, check_draft, clean_note
from booking.clock import now
from booking.enums import Role, WaitlistStatus
from booking.errors import DomainError, ErrorCode
from booking.locks import lock_room, take_sqlite_write_lock
from booking.models import Room, User, WaitlistEntry
from booking.permissions import can_leave_waitlist, can_view_all_bookings, can_view_waitlist_entry
from booking.ports import DocumentStore
from booking.promotion import JOIN, LEAVE, expire_waiting, record_entry, slot_taken
from booking.promotion import promote_waiting as promote_waiting
from booking.settings import Settings


@dataclass(frozen=True)
class JoinResult:
    entry: WaitlistEntry
    replayed: bool  # True when an earlier call with the same idempotency key created it


def _fingerprint(draft: BookingDraft, letter: bytes | None) -> str:
    # not draft.fingerprint(): a waitlist key must never replay as a booking, nor the reverse
    return hashlib.sha256(json.dumps(["waitlist", draft.fingerprint(letter)]).encode()).hexdigest()


# ---------------------------------------------------------------------------------------------
# join and leave


async def join(
    user: User,
    draft: BookingDraft,
    *,
    letter: bytes | None,
    idempotency_key: str,
    store: DocumentStore,
    settings: Settings,
) -> JoinResult:
    """Wait for a taken slot with a complete request. Retries with the key return the first entry."""
    fingerprint = _fingerprint(draft, letter)

    async def replay(key: str) -> WaitlistEntry | None:
        entry = await WaitlistEntry.get_or_none(requester_id=user.id, idempotency_key=key)
        if entry is not None and entry.fingerprint != fingerprint:
            raise DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, field="idempotencyKey")
        return entry

    async def create(
        checked: tuple[Room, BookingDraft], letter: StoredLetter, key: str
    ) -> WaitlistEntry:
        room, clean = checked
        return await _create_entry(user, room, clean, letter, key, fingerprint)

    sent = idempotency.Sent(user, idempotency_key, letter, store, settings)
    # any integrity error is a race of the key with itself: the entry's own unique key
    entry, replayed = await idempotency.submit_once(
        sent, replay, lambda: check_draft(draft, settings), create, race_marker=""
    )
    return JoinResult(entry, replayed=replayed)


async def _create_entry(
    user: User,
    room: Room,
    draft: BookingDraft,
    letter: StoredLetter,
    key: str,
    fingerprint: str,
) -> WaitlistEntry:
    at = now()
    async with write() as conn:
        await lock_room(conn, room.id)  # a concurrent release cannot slip between check and insert
        await require_active_agency(user.agency_id, conn)
        if not await slot_taken(conn, room.id, draft.starts_at, draft.ends_at):
            raise DomainError(ErrorCode.SLOT_AVAILABLE, field="startsAt")
        entry = await WaitlistEntry.create(
            using_db=conn,
            **request_fields(user, room, draft, letter),
            equipment=[[line.equipment_id, line.quantity] for line in draft.equipment],
            idempotency_key=key,
            fingerprint=fingerprint,
            status=WaitlistStatus.WAITING,
            joined_at=at,
        )
        await record_entry(conn, entry, JOIN, at, user, Role.REQUESTER)
    return entry


async def leave(user: User, entry_id: int, reason: str | None = None) -> WaitlistEntry:
    """Take a waiting entry off the list (its agency's requester, or an officer with a reason)."""
    async with write() as conn:
        await take_sqlite_write_lock(conn, "waitlist_entry", entry_id)
        entry = await WaitlistEntry.filter(id=entry_id).using_db(conn).select_for_update().first()
        if entry is None or not can_view_waitlist_entry(user, entry):
            raise DomainError(ErrorCode.NOT_FOUND, field="entryId")
        if not can_leave_waitlist(user, entry):
            raise DomainError(ErrorCode.FORBIDDEN)
        if entry.status != WaitlistStatus.WAITING:
            raise DomainError(
                ErrorCode.INVALID_TRANSITION, "waitlist_closed", status=entry.status.value
            )
        officer = user.has_role(Role.SERVICE_OFFICER, Role.SERVICE_HEAD)
        mine = user.has_role(Role.REQUESTER) and user.agency_id == entry.agency_id
        text = clean_note(reason, required=officer and not mine)
        role = (
            Role.REQUESTER
            if mine
            else next(r for r in (Role.SERVICE_OFFICER, Role.SERVICE_HEAD) if user.has_role(r))
        )
        at = now()
        entry.status, entry.closed_at = WaitlistStatus.LEFT, at
        await entry.save(using_db=conn, update_fields=["status", "closed_at"])
        await record_entry(conn, entry, LEAVE, at, user, role, text)
    return entry


def visible_entries(user: User) -> QuerySet[WaitlistEntry]:
    """Entries the user may list: all for officers, their agency's for requesters."""
    if can_view_all_bookings(user):
        return WaitlistEntry.all()
    agency_id = user.agency_id if user.has_role(Role.REQUESTER) else None
    return WaitlistEntry.filter(agency_id=agency_id or 0)


async def expire_passed() -> int:
    """System, every minute: waiting entries whose start has passed expire. Idempotent."""
    at = now()
    rooms: list[int] = await WaitlistEntry.filter(  # type: ignore[assignment]
        status=WaitlistStatus.WAITING, starts_at__lte=at
    ).values_list("room_id", flat=True)
    expired = 0
    for room_id in sorted(set(rooms)):
        async with write() as conn:
            await lock_room(conn, room_id)
            expired += await expire_waiting(conn, room_id, at)
    return expired
