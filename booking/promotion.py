"""Promotion from the waitlist: when a room's time is given up, the waiting requests that now fit
become bookings, first joined first.

:func:`promote_waiting` is THE hook for every change that gives up a slot: cancel, reject,
withdraw and approve-with-reschedule call it through :func:`booking.core.fire` (``release``), in
the transaction of that change. Any other path that frees a room's time (e.g. a leadership block
that moves bookings away) calls ``await promote_waiting(conn, room_id, start, end)`` on its own
connection, inside its transaction, after the booking was moved or released, and publishes the
returned events after its commit.
"""

from __future__ import annotations

from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from booking import availability, events, rules
from booking.agency_state import require_active_agency
from booking.changes import StoredLetter, insert_booking
from booking.checks import BookingDraft, EquipmentRequest, bookable_room, check_times
from booking.clock import now
from booking.enums import Role, WaitlistStatus
from booking.errors import DomainError, ErrorCode
from booking.locks import lock_room
from booking.models import Booking, User, WaitlistEntry, WaitlistEvent
from booking.notifications import when_text, write_notifications
from booking.settings import get_settings
from booking.workflow import HOLDING_STATUSES

JOIN, LEAVE, PROMOTE, EXPIRE = "JOIN", "LEAVE", "PROMOTE", "EXPIRE"
PROMOTED_KIND = "waitlist.promoted"


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


async def record_entry(
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


async def promote_waiting(
    conn: BaseDBAsyncClient, room_id: int, start: datetime, end: datetime
) -> list[events.Event]:
    """[start, end) of the room was just given up (on ``conn``, inside the caller's transaction):
    promote the waiting entries that now fit, first joined first.

    Entries overlapping the freed time are taken in join order (FIFO); each becomes a SUBMITTED
    booking through :func:`booking.changes.insert_booking` if no holding booking overlaps it
    (those promoted just before included), so one long freed booking can promote several entries
    that do not overlap each other. An entry that does not fit (or whose room no longer takes it)
    keeps waiting; an entry whose start has passed expires. The requester is told
    (``waitlist.promoted``), the officers get the usual new-request notification, and the step-3
    clock starts now. Returns the events to publish once the caller commits.
    """
    await lock_room(conn, room_id)  # usually held already; taken again it is a no-op
    at = now()
    await expire_waiting(conn, room_id, at)
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


async def expire_waiting(conn: BaseDBAsyncClient, room_id: int, at: datetime) -> int:
    passed = await WaitlistEntry.filter(
        room_id=room_id, status=WaitlistStatus.WAITING, starts_at__lte=at
    ).using_db(conn)
    for entry in passed:
        entry.status, entry.closed_at = WaitlistStatus.EXPIRED, at
        await entry.save(using_db=conn, update_fields=["status", "closed_at"])
        await record_entry(conn, entry, EXPIRE, at)
    return len(passed)


async def _promote(
    conn: BaseDBAsyncClient, entry: WaitlistEntry, at: datetime
) -> list[events.Event]:
    settings = get_settings()
    requester = await User.get(id=entry.requester_id, using_db=conn)
    try:
        if not requester.is_active:
            raise DomainError(ErrorCode.FORBIDDEN)
        # a deactivated agency takes no new requests: the entry waits (and expires)
        await require_active_agency(entry.agency_id, conn)
        room = await bookable_room(entry.room_id, conn)
        in_force = await check_times(
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
    await record_entry(conn, entry, PROMOTE, at, note=booking.reference)
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
