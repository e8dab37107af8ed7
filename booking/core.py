"""The core every verb goes through, single bookings and series alike: lock, authorize, change,
pick the guarded transition, apply it, give up the slot (promoting the waitlist); and the shared
pieces of changes (equipment allocation, moving a booking, the facts of a displacement).

:mod:`booking.operations` (single bookings), :mod:`booking.series`, :mod:`booking.waitlist` and
:mod:`booking.leadership` use it by these public names."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet

from booking import availability, events, live_state, rules
from booking.changes import apply, write
from booking.checks import bookable_room, check_times
from booking.clock import now
from booking.enums import BookingStatus
from booking.errors import DomainError, ErrorCode
from booking.locks import (
    LOCK_ATTEMPTS,
    lock_booking,
    lock_equipment,
    lock_room,
    lock_rooms_then_bookings,
    take_sqlite_write_lock,
)
from booking.models import Booking, BookingEquipment, BookingEvent, Room, User
from booking.permissions import authorize
from booking.promotion import promote_waiting
from booking.settings import Settings, get_settings
from booking.workflow import HOLDING_STATUSES, RELEASED_STATUSES, Action, Facts, find_transition

FactsLoader = Callable[[BaseDBAsyncClient, Booking], Awaitable[Facts]]
Mutation = Callable[[BaseDBAsyncClient, Booking], Awaitable[Sequence[str]]]


@dataclass(frozen=True)
class Change:
    """What a verb does to one booking, the same for a single booking (:func:`fire`) and for each
    occurrence of a series (``booking.series``): the action, the history note, the change made
    under the locks before the transition is picked (``mutate``), and the facts its guards read.

    ``note`` may be a callable, read after ``mutate`` (which may add to it). ``tell=False``: the
    change is recorded but nobody is told (a check-in)."""

    action: Action
    note: str | Callable[[], str | None] | None = None
    facts: FactsLoader | None = None
    mutate: Mutation | None = None
    tell: bool = True


async def fire(
    user: User, booking_id: int, change: Change, *, rooms: Sequence[int] | None = None
) -> Booking:
    """Lock the booking, authorize, mutate, pick the guarded transition, apply it.

    ``rooms``: other rooms a verb may move the booking to, locked with its current room, in id
    order."""
    for attempt in range(1, LOCK_ATTEMPTS + 1):
        async with write() as conn:
            # Rooms, then the booking, as a leadership block and a submission take them: the
            # other order could deadlock with either (a release also promotes waiting requests
            # under the room's lock).
            await take_sqlite_write_lock(conn, "booking", booking_id)  # SQLite: write lock first
            locked = await lock_rooms_then_bookings(
                conn, [booking_id], also=rooms or (), final=attempt == LOCK_ATTEMPTS
            )
            if locked is None:
                continue  # moved to another room meanwhile: nothing written, start again
            [booking] = locked
            changes = await fire_locked(conn, user, booking, change)
            changes = await live_state.seal(conn, changes)
        await events.publish(changes)  # committed
        return booking
    raise AssertionError("the last attempt always fires")


async def fire_locked(
    conn: BaseDBAsyncClient,
    user: User,
    booking: Booking,
    change: Change,
    *,
    tell: bool = True,
) -> list[events.Event]:
    """:func:`fire` on a booking the caller locked in its transaction (series steps fire it on
    every occurrence in one transaction)."""
    action, note, facts, mutate = change.action, change.note, change.facts, change.mutate
    authorize(user, action, booking)  # role, scope and state, before any work
    # The room too, before the booking row changes (already held when called from fire): a
    # release promotes waiting entries under it.
    await lock_room(conn, booking.room_id)
    before = events.room_day(booking.room_id, booking.starts_at, get_settings().tz)
    held = (booking.status, booking.room_id, booking.starts_at, booking.ends_at)
    extra: Sequence[str] = await mutate(conn, booking) if mutate else ()
    known = await facts(conn, booking) if facts else Facts()
    transition, role = authorize(user, action, booking, known)
    text = note() if callable(note) else note
    moved = held[1:] != (booking.room_id, booking.starts_at, booking.ends_at)
    changes = await apply(
        conn,
        booking,
        transition,
        user,
        role,
        text,
        extra,
        [before],
        tell=tell and change.tell,
        moved=moved,
    )
    return changes + await release(conn, booking, *held)


#: Is a system transition due on this booking (locked), in its room, now?
Due = Callable[[Booking, Room], bool]


async def fire_system(booking_id: int, action: Action, due: Due) -> bool:
    """A system transition (no actor) on one booking, in its own transaction under the room's and
    the booking's locks, if it is still possible and ``due``; gives up the slot like any release
    (the waitlist promoted) and seals the room-day. True when it fired: however many workers run
    it at once, it fires once (the others find the new state under the lock)."""
    async with write() as conn:
        # The room, then the booking: the order every other writer takes them in.
        await take_sqlite_write_lock(conn, "booking", booking_id)
        current = await Booking.filter(id=booking_id).using_db(conn).first()
        if current is None:
            return False
        await lock_room(conn, current.room_id)
        booking = await lock_booking(conn, booking_id)
        if booking.room_id != current.room_id:
            return False  # moved meanwhile: the next run sees it in its new room
        room = await Room.get(id=booking.room_id, using_db=conn)
        transition = find_transition(action, booking.status, Facts())
        if transition is None or not due(booking, room):
            return False
        held = (booking.status, booking.room_id, booking.starts_at, booking.ends_at)
        changes = await apply(conn, booking, transition, None, None, None)
        changes += await release(conn, booking, *held)
        changes = await live_state.seal(conn, changes)
    await events.publish(changes)  # committed
    return True


async def release(
    conn: BaseDBAsyncClient,
    booking: Booking,
    status: BookingStatus,
    room_id: int,
    starts_at: datetime,
    ends_at: datetime,
) -> list[events.Event]:
    """If the change just applied gave up the slot the booking held (cancelled, rejected,
    withdrawn, or moved to another room or time), hand it to the waitlist in this transaction."""
    if status not in HOLDING_STATUSES:
        return []
    moved = (booking.room_id, booking.starts_at, booking.ends_at) != (room_id, starts_at, ends_at)
    if booking.status not in RELEASED_STATUSES and not moved:
        return []
    return await promote_waiting(conn, room_id, starts_at, ends_at)


async def allocate(
    conn: BaseDBAsyncClient,
    booking: Booking,
    lines: Sequence[BookingEquipment],
    start: datetime,
    end: datetime,
) -> None:
    """Check approved quantities against free stock under a lock; never over-allocate."""
    wanted = [line for line in lines if line.approved_quantity]
    if not wanted:
        return
    await lock_equipment(conn, [line.equipment_id for line in wanted])
    free = await availability.equipment_free(
        start, end, [line.equipment_id for line in wanted], booking.id, conn
    )
    for line in wanted:
        item_free = free[line.equipment_id]
        if (line.approved_quantity or 0) > item_free.free:
            raise DomainError(
                ErrorCode.EQUIPMENT_SHORTAGE,
                field="equipment",
                name=item_free.item.name,
                free=item_free.free,
                unit=item_free.item.unit,
            )


async def move(
    conn: BaseDBAsyncClient,
    booking: Booking,
    room_id: int,
    start: datetime,
    end: datetime,
    settings: Settings,
) -> str:
    """Give a booking a new room and time through every rule, under the room and equipment
    locks; the history note describing the change."""
    old_room = await Room.get(id=booking.room_id, using_db=conn)
    new_room = await bookable_room(room_id, conn)
    in_force = await check_times(new_room, start, end, settings, booking.participants, conn)
    await lock_room(conn, new_room.id)
    await rules.check_locked(conn, new_room.id, start, end, in_force, booking.id)
    lines = await BookingEquipment.filter(booking_id=booking.id).using_db(conn)
    await allocate(conn, booking, lines, start, end)
    note = schedule_note(old_room, booking, new_room, start, end, settings)
    booking.room_id, booking.starts_at, booking.ends_at = new_room.id, start, end
    return note


def displacements(booking_ids: Sequence[int]) -> QuerySet[BookingEvent]:
    """The displacements of bookings by leadership blocks, from a state before the event."""
    return BookingEvent.filter(
        booking_id__in=list(booking_ids), action=Action.DISPLACE.value
    ).exclude(from_status=BookingStatus.RESCHEDULE_REQUIRED)


def facts_after_displacement(last: BookingEvent | None) -> Facts:
    """Had the booking been approved before a leadership block displaced it? (its last
    displacement says)."""
    return Facts(approved_before=last is not None and last.from_status == BookingStatus.APPROVED)


async def displaced_facts(conn: BaseDBAsyncClient, booking: Booking) -> Facts:
    last = await displacements([booking.id]).using_db(conn).order_by("-id").first()
    return facts_after_displacement(last)


def listing_facts(booking: Booking, last_displacement: BookingEvent | None) -> Facts | None:
    """The guards' facts where they are cheap to know for a booking in a list (None: guards not
    evaluated). RESCHEDULE_REQUIRED: was it approved before (``last_displacement``, loaded in a
    batch); APPROVED/COMPLETED: has the event started. The verbs still check everything."""
    if booking.status == BookingStatus.RESCHEDULE_REQUIRED:
        return facts_after_displacement(last_displacement)
    if booking.status in (BookingStatus.APPROVED, BookingStatus.COMPLETED):
        return Facts(event_started=booking.starts_at <= now())
    return None


def describe(room: Room, start: datetime, end: datetime, settings: Settings) -> str:
    local_start, local_end = start.astimezone(settings.tz), end.astimezone(settings.tz)
    return f"{room.code} {local_start:%d-%m-%Y %H:%M}-{local_end:%H:%M} WIB"


def schedule_note(
    old_room: Room,
    booking: Booking,
    new_room: Room,
    start: datetime,
    end: datetime,
    settings: Settings,
) -> str:
    """The history note of a booking given a new room or time ("Jadwal diubah: ... -> ...")."""
    before = describe(old_room, booking.starts_at, booking.ends_at, settings)
    return f"Jadwal diubah: {before} -> {describe(new_room, start, end, settings)}"
