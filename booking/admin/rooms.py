"""Rooms: create, edit, deactivate (with an explicit choice for its future bookings), reactivate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from tortoise.backends.base.client import BaseDBAsyncClient

from booking import availability, events, live_state
from booking.admin import audit
from booking.admin.fields import clean_code, clean_text, reseal_held, unique
from booking.changes import write
from booking.checks import clean_note
from booking.clock import now
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.leadership import displace
from booking.locks import lock_room
from booking.models import Booking, Room, User
from booking.settings import Settings

MAX_CAPACITY = 10_000
DEFAULT_GRACE = 15
MAX_GRACE = 240
#: Far enough to cover every future booking (bookings are made at most a year or so ahead).
FOREVER = timedelta(days=3660)


class FutureBookings(StrEnum):
    """What deactivating a room does with its future bookings."""

    REFUSE = "REFUSE"  # refuse the deactivation, listing them
    RESCHEDULE = "RESCHEDULE"  # move them to RESCHEDULE_REQUIRED with the reason, and tell


@dataclass(frozen=True)
class RoomDraft:
    code: str
    name: str
    building: str
    floor: str
    capacity: int
    facilities: tuple[str, ...] = ()
    description: str | None = None
    # minutes after the start without a check-in before a booking is released as a no-show;
    # None: no check-in needed in the room. ``keep_grace``: an edit leaves it as it is.
    no_show_grace_minutes: int | None = DEFAULT_GRACE
    keep_grace: bool = False


def _clean(draft: RoomDraft) -> dict[str, object]:
    if not 1 <= draft.capacity <= MAX_CAPACITY:
        raise DomainError(ErrorCode.VALIDATION, "capacity_range", field="capacity")
    facilities = [clean_text(f, "facilities", 100) for f in draft.facilities]
    grace = draft.no_show_grace_minutes
    if grace is not None and not 1 <= grace <= MAX_GRACE:
        raise DomainError(
            ErrorCode.VALIDATION, "grace_range", field="noShowGraceMinutes", max=MAX_GRACE
        )
    kept = {} if draft.keep_grace else {"no_show_grace_minutes": grace}
    return {
        **kept,
        "code": clean_code(draft.code),
        "name": clean_text(draft.name, "name", 200),
        "building": clean_text(draft.building, "building", 100),
        "floor": clean_text(draft.floor, "floor", 16),
        "capacity": draft.capacity,
        "facilities": list(dict.fromkeys(facilities)),
        "description": clean_note(draft.description),
    }


def snapshot(room: Room) -> dict[str, object]:
    return {
        "code": room.code,
        "name": room.name,
        "building": room.building,
        "floor": room.floor,
        "capacity": room.capacity,
        "facilities": list(room.facilities or []),
        "description": room.description,
        "is_active": room.is_active,
        "no_show_grace_minutes": room.no_show_grace_minutes,
    }


async def create_room(user: User, draft: RoomDraft) -> Room:
    audit.require_admin(user)
    values = _clean(draft)
    async with write() as conn:
        await unique(Room, "code", values["code"], conn)
        room = await Room.create(using_db=conn, **values)
        await audit.record(conn, user, "ROOM_CREATE", "ROOM", room.id, after=snapshot(room))
    return room


async def edit_room(user: User, room_id: int, draft: RoomDraft, settings: Settings) -> Room:
    """Replace the room's description fields (every field of ``draft``)."""
    audit.require_admin(user)
    values = _clean(draft)
    async with write() as conn:
        await lock_room(conn, room_id)
        room = await _get(room_id, conn)
        await unique(Room, "code", values["code"], conn, exclude=room_id)
        before = snapshot(room)
        room.update_from_dict(values)
        await room.save(using_db=conn, update_fields=list(values))
        await audit.record(conn, user, "ROOM_EDIT", "ROOM", room.id, before, snapshot(room))
        await live_state.bump(conn, [room_id])  # also its past and empty days show the new name
        changes = await reseal_held(conn, settings, room_id=room_id)
    await events.publish(changes)  # day views show the new name
    return room


async def _get(room_id: int, conn: BaseDBAsyncClient) -> Room:
    room = await Room.get_or_none(id=room_id, using_db=conn)
    if room is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="roomId")
    return room


async def future_bookings(room_id: int, conn: object = None) -> list[Booking]:
    """The room's bookings that still hold it and have not ended, by start."""
    qs = availability.holding().filter(room_id=room_id, ends_at__gt=now())
    if conn is not None:
        qs = qs.using_db(conn)  # type: ignore[arg-type]
    return list(await qs.order_by("starts_at", "id"))


@dataclass(frozen=True)
class Deactivation:
    room: Room
    rescheduled: list[Booking]


async def deactivate_room(
    user: User, room_id: int, future: FutureBookings, reason: str | None, settings: Settings
) -> Deactivation:
    """Take the room out of service. With future bookings: REFUSE lists them (ROOM_IN_USE);
    RESCHEDULE moves them to RESCHEDULE_REQUIRED with the reason, as a leadership block does."""
    audit.require_admin(user)
    note = clean_note(reason, required=future == FutureBookings.RESCHEDULE)
    async with write() as conn:
        await lock_room(conn, room_id)
        room = await _get(room_id, conn)
        if not room.is_active:
            raise DomainError(ErrorCode.CONFLICT, "room_inactive", field="roomId")
        waiting = await future_bookings(room_id, conn)
        if waiting and future == FutureBookings.REFUSE:
            raise DomainError(
                ErrorCode.ROOM_IN_USE,
                field="future",
                count=len(waiting),
                booking_ids=[b.id for b in waiting],
            )
        text = f"Ruangan dinonaktifkan / Room taken out of service: {note}"
        start: datetime = now()
        moved, changes = await displace(
            conn, [room_id], start, start + FOREVER, user, Role.ADMIN, text, settings
        )
        before = snapshot(room)
        room.is_active = False
        await room.save(using_db=conn, update_fields=["is_active"])
        after = {**snapshot(room), "rescheduled": [b.id for b in moved]}
        await audit.record(conn, user, "ROOM_DEACTIVATE", "ROOM", room_id, before, after, note)
        changes = await live_state.seal(conn, changes, settings)
    await events.publish(changes)
    return Deactivation(room, moved)


async def reactivate_room(user: User, room_id: int) -> Room:
    audit.require_admin(user)
    async with write() as conn:
        await lock_room(conn, room_id)
        room = await _get(room_id, conn)
        if room.is_active:
            raise DomainError(ErrorCode.CONFLICT, "room_active", field="roomId")
        before = snapshot(room)
        room.is_active = True
        await room.save(using_db=conn, update_fields=["is_active"])
        await audit.record(conn, user, "ROOM_REACTIVATE", "ROOM", room_id, before, snapshot(room))
        await live_state.bump(conn, [room_id])
    return room
