"""The waitlist: requests for a taken slot, promoted into the workflow when the slot frees.

A requester whose ``submit`` failed with ROOM_UNAVAILABLE joins with the same request (room, time,
purpose, participants, equipment, letter). Joining a free slot is refused (SLOT_AVAILABLE: book it).

:func:`promote_waiting` is THE hook for every change that gives up a slot: cancel, reject,
withdraw and approve-with-reschedule call it through ``operations._fire`` (``_release``), in the
transaction of that change. Any other path that frees a room's time (e.g. a leadership block that
moves bookings away) calls ``await promote_waiting(conn, room_id, start, end)`` on its own
connection, inside its transaction, after the booking was moved or released, and publishes the
returned events after its commit.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from booking import availability, events, rules
from booking.clock import now
from booking.documents import letter_key, sniff_letter
from booking.enums import Role, WaitlistStatus
from booking.errors import DomainError, ErrorCode
from booking.locks import lock_room, take_sqlite_write_lock
from booking.models import Booking, Room, User, WaitlistEntry, WaitlistEvent
from booking.notifications import when_text, write_notifications
from booking.operations import (
    BookingDraft,
    EquipmentRequest,
    StoredLetter,
    _bookable_room,
    _check_draft,
    _check_times,
    _note,
    _write,
    insert_booking,
)
from booking.permissions import (
    can_leave_waitlist,
    can_submit,
    can_view_all_bookings,
    can_view_waitlist_entry,
)
from booking.ports import DocumentStore
from booking.settings import Settings, get_settings
from booking.workflow import HOLDING_STATUSES

JOIN, LEAVE, PROMOTE, EXPIRE = "JOIN", "LEAVE", "PROMOTE", "EXPIRE"
PROMOTED_KIND = "waitlist.promoted"


@dataclass(frozen=True)
class JoinResult:
    entry: WaitlistEntry
    replayed: bool  # True when an earlier call with the same idempotency key created it


async def slot_taken(conn: BaseDBAsyncClient, room_id: int, start: datetime, end: datetime) -> bool:
    """Does a booking that holds its slot overlap [start, end) in the room? (On ``conn``.)"""
    return (
        await Booking.filter(
            room_id=room_id,
            status__in=list(HOLDING_STATUSES),
            **availability.overlapping(start, end),
        )
        .using_db(conn)
        .exists()
    )


async def _event(
    conn: BaseDBAsyncClient,
    entry: WaitlistEntry,
    action: str,
    at: datetime,
    actor: User | None = None,
    role: Role | None = None,
    note: str | None = None,
) -> None:
    await WaitlistEvent.create(
        using_db=conn,
        entry=entry,
        action=action,
        actor=actor,
        actor_role=role.value if role else None,
        note=note,
        at=at,
    )


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
    if not can_submit(user):
        raise DomainError(ErrorCode.FORBIDDEN)
    key = idempotency_key.strip()
    if not 8 <= len(key) <= 128:
        raise DomainError(ErrorCode.VALIDATION, "idempotency_key", field="idempotencyKey")
    fingerprint = _fingerprint(draft, letter)
    replay = await _replay(user, key, fingerprint)
    if replay is not None:
        return JoinResult(replay, replayed=True)

    room, draft = await _check_draft(draft, settings)
    if letter is None:
        raise DomainError(ErrorCode.VALIDATION, "letter_required", field="letter")
    content_type, ext = sniff_letter(letter, settings.max_letter_bytes)
    stored_key = letter_key(ext)
    await store.put(stored_key, letter, content_type)
    try:
        entry = await _create_entry(
            user, room, draft, StoredLetter(stored_key, content_type, len(letter)), key, fingerprint
        )
    except BaseException as exc:
        await store.delete(stored_key)
        if isinstance(exc, IntegrityError):
            replay = await _replay(user, key, fingerprint)  # the same key raced with itself
            if replay is not None:
                return JoinResult(replay, replayed=True)
        raise
    return JoinResult(entry, replayed=False)


async def _replay(user: User, key: str, fingerprint: str) -> WaitlistEntry | None:
    entry = await WaitlistEntry.get_or_none(requester_id=user.id, idempotency_key=key)
    if entry is not None and entry.fingerprint != fingerprint:
        raise DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, field="idempotencyKey")
    return entry


async def _create_entry(
    user: User,
    room: Room,
    draft: BookingDraft,
    letter: StoredLetter,
    key: str,
    fingerprint: str,
) -> WaitlistEntry:
    at = now()
    async with _write() as conn:
        await lock_room(conn, room.id)  # a concurrent release cannot slip between check and insert
        if not await slot_taken(conn, room.id, draft.starts_at, draft.ends_at):
            raise DomainError(ErrorCode.SLOT_AVAILABLE, field="startsAt")
        entry = await WaitlistEntry.create(
            using_db=conn,
            requester=user,
            agency_id=user.agency_id,
            room=room,
            starts_at=draft.starts_at,
            ends_at=draft.ends_at,
            title=draft.title,
            purpose=draft.purpose,
            participants=draft.participants,
            equipment=[[line.equipment_id, line.quantity] for line in draft.equipment],
            letter_key=letter.key,
            letter_content_type=letter.content_type,
            letter_size=letter.size,
            idempotency_key=key,
            fingerprint=fingerprint,
            status=WaitlistStatus.WAITING,
            joined_at=at,
        )
        await _event(conn, entry, JOIN, at, user, Role.REQUESTER)
    return entry


async def leave(user: User, entry_id: int, reason: str | None = None) -> WaitlistEntry:
    """Take a waiting entry off the list (its agency's requester, or an officer with a reason)."""
    async with _write() as conn:
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
        text = _note(reason, required=officer and not mine)
        role = (
            Role.REQUESTER
            if mine
            else next(r for r in (Role.SERVICE_OFFICER, Role.SERVICE_HEAD) if user.has_role(r))
        )
        at = now()
        entry.status, entry.closed_at = WaitlistStatus.LEFT, at
        await entry.save(using_db=conn, update_fields=["status", "closed_at"])
        await _event(conn, entry, LEAVE, at, user, role, text)
    return entry


def visible_entries(user: User) -> QuerySet[WaitlistEntry]:
    """Entries the user may list: all for officers, their agency's for requesters."""
    if can_view_all_bookings(user):
        return WaitlistEntry.all()
    agency_id = user.agency_id if user.has_role(Role.REQUESTER) else None
    return WaitlistEntry.filter(agency_id=agency_id or 0)


# ---------------------------------------------------------------------------------------------
# promotion


async def promote_waiting(
    conn: BaseDBAsyncClient, room_id: int, start: datetime, end: datetime
) -> list[events.Event]:
    """[start, end) of the room was just given up (on ``conn``, inside the caller's transaction):
    promote the waiting entries that now fit, first joined first.

    Entries overlapping the freed time are taken in join order (FIFO); each becomes a SUBMITTED
    booking through :func:`booking.operations.insert_booking` if no holding booking overlaps it
    (those promoted just before included), so one long freed booking can promote several entries
    that do not overlap each other. An entry that does not fit (or whose room no longer takes it)
    keeps waiting; an entry whose start has passed expires. The requester is told
    (``waitlist.promoted``), the officers get the usual new-request notification, and the step-3
    clock starts now. Returns the events to publish once the caller commits.
    """
    await lock_room(conn, room_id)  # usually held already; taken again it is a no-op
    at = now()
    await _expire(conn, room_id, at)
    waiting = (
        await WaitlistEntry.filter(
            room_id=room_id,
            status=WaitlistStatus.WAITING,
            starts_at__lt=end,
            ends_at__gt=start,
        )
        .using_db(conn)
        .order_by("joined_at", "id")
    )
    changes: list[events.Event] = []
    for entry in waiting:
        if await slot_taken(conn, room_id, entry.starts_at, entry.ends_at):
            continue
        changes += await _promote(conn, entry, at)
    return changes


async def _expire(conn: BaseDBAsyncClient, room_id: int, at: datetime) -> int:
    passed = await WaitlistEntry.filter(
        room_id=room_id, status=WaitlistStatus.WAITING, starts_at__lte=at
    ).using_db(conn)
    for entry in passed:
        entry.status, entry.closed_at = WaitlistStatus.EXPIRED, at
        await entry.save(using_db=conn, update_fields=["status", "closed_at"])
        await _event(conn, entry, EXPIRE, at)
    return len(passed)


async def expire_passed() -> int:
    """System, every minute: waiting entries whose start has passed expire. Idempotent."""
    at = now()
    rooms: list[int] = await WaitlistEntry.filter(  # type: ignore[assignment]
        status=WaitlistStatus.WAITING, starts_at__lte=at
    ).values_list("room_id", flat=True)
    expired = 0
    for room_id in sorted(set(rooms)):
        async with _write() as conn:
            await lock_room(conn, room_id)
            expired += await _expire(conn, room_id, at)
    return expired


async def _promote(
    conn: BaseDBAsyncClient, entry: WaitlistEntry, at: datetime
) -> list[events.Event]:
    settings = get_settings()
    requester = await User.get(id=entry.requester_id, using_db=conn)
    try:
        if not requester.is_active:
            raise DomainError(ErrorCode.FORBIDDEN)
        room = await _bookable_room(entry.room_id, conn)
        in_force = await _check_times(
            room, entry.starts_at, entry.ends_at, settings, entry.participants, conn
        )
        # Leadership blocks and the buffer, as for any submission (the room is locked).
        await rules.check_locked(conn, room.id, entry.starts_at, entry.ends_at, in_force)
    except DomainError:
        return []  # the room or the requester no longer takes it: it keeps waiting
    joined = entry.joined_at.astimezone(settings.tz)
    draft = BookingDraft(
        room_id=room.id,
        starts_at=entry.starts_at,
        ends_at=entry.ends_at,
        title=entry.title,
        purpose=entry.purpose,
        participants=entry.participants,
        equipment=tuple(EquipmentRequest(item, qty) for item, qty in entry.equipment),
    )
    letter = StoredLetter(entry.letter_key, entry.letter_content_type, entry.letter_size)
    note = f"Dari daftar tunggu (sejak {joined:%d-%m-%Y %H:%M} WIB) / From the waitlist"
    booking, told = await insert_booking(conn, requester, room, draft, letter, at, note)
    entry.status, entry.closed_at, entry.booking_id = WaitlistStatus.PROMOTED, at, booking.id
    await entry.save(using_db=conn, update_fields=["status", "closed_at", "booking_id"])
    await _event(conn, entry, PROMOTE, at, note=booking.reference)
    params = {
        "reference": booking.reference,
        "room": room.name,
        "when": when_text(booking.starts_at, booking.ends_at),
        "joined": f"{joined:%d-%m-%Y %H:%M} WIB",
    }
    told_requester = await write_notifications(
        conn, [requester], booking, PROMOTED_KIND, params, at
    )
    return [
        events.booking_changed(booking, settings.tz),
        *events.notifications_created([*told, *told_requester]),
    ]
