"""Sudden leadership events (*Jadwal Pimpinan Mendadak*) and what they do to bookings.

The head of service (SERVICE_HEAD) blocks rooms over a time range. In the same transaction every
booking still in the workflow before its event (SUBMITTED ... APPROVED) that overlaps the block
moves to RESCHEDULE_REQUIRED (transition DISPLACE, fired by the system on behalf of the head: the
history names the head and the block's reason), and its requester and the officers are notified
through the outbox.

Concurrency: a block takes the lock of each of its rooms (:func:`booking.locks.lock_room`, in id
order) before it looks for overlapping bookings, and every path that gives a booking a time checks
the blocks under the same lock (:func:`booking.rules.check_locked`). A concurrent submission
either commits first (and is displaced) or sees the block (and is refused ``ROOM_BLOCKED``).

Getting a new time: officers approve with a new schedule (SOP step 8, ``approve``), or the requester
(or an officer) accepts a suggestion (:func:`accept_suggestion`): the same room at another time
that day, or another room at the original time, always with the same duration. Decisions:

* a booking approved before it was displaced keeps its approval in the same room (back to
  APPROVED); in another room it goes back to VALIDATION (step 7: the head validates the new room);
* a request not yet approved when it was displaced resumes at step 3 (SUBMITTED), in either room;
* officers' ``approve`` from RESCHEDULE_REQUIRED is allowed only for bookings approved before, so
  it never skips verification or the equipment review;
* cancelling a block restores nothing: the displaced bookings stay RESCHEDULE_REQUIRED and their
  requesters are told the block is gone (their old time may then be accepted again);
* editing a block displaces the bookings it newly overlaps; the ones it no longer covers stay
  displaced (nothing is restored silently) and their requesters are told, as on cancel.

Every create, edit and cancel writes a :class:`LeadershipBlockEvent` (who, as which role, when,
why; an edit keeps the rooms, time range and reason before and after) in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient

from booking import availability, core, events, live_state, rules
from booking.changes import apply, write
from booking.checks import MAX_TEXT, check_time_shape, clean_note
from booking.clock import now, to_utc
from booking.core import displaced_facts, fire
from booking.enums import BlockAction, BookingStatus, Role
from booking.errors import DomainError, ErrorCode
from booking.locks import lock_booking, lock_room, take_sqlite_write_lock
from booking.models import (
    Booking,
    BookingEquipment,
    LeadershipBlock,
    LeadershipBlockEvent,
    LeadershipBlockRoom,
    Notification,
    Room,
    User,
)
from booking.notifications import write_notifications
from booking.permissions import can_manage_leadership_blocks
from booking.settings import Settings
from booking.workflow import Action, Facts, find_transition

MAX_BLOCK_DAYS = 31
MAX_BLOCK_ROOMS = 100
SUGGESTION_GRID = timedelta(minutes=30)
SUGGESTIONS_PER_KIND = 3


@dataclass(frozen=True)
class BlockDraft:
    room_ids: Sequence[int]
    starts_at: datetime
    ends_at: datetime
    reason: str


@dataclass(frozen=True)
class BlockResult:
    block: LeadershipBlock
    displaced: list[Booking]  # create/update: moved now; cancel: the displaced ones told
    released: list[Booking] = field(default_factory=list)  # update: no longer covered, told


@dataclass(frozen=True)
class Suggestion:
    room: Room
    starts_at: datetime
    ends_at: datetime
    same_room: bool


# ---------------------------------------------------------------------------------------------
# blocks


async def _check_block(draft: BlockDraft) -> tuple[list[int], datetime, datetime, str]:
    reason = clean_note(draft.reason, required=True)
    assert reason is not None
    start, end = draft.starts_at, draft.ends_at
    check_time_shape(start, end)
    if end <= now():
        raise DomainError(ErrorCode.VALIDATION, "block_over", field="endsAt")
    if end - start > timedelta(days=MAX_BLOCK_DAYS):
        raise DomainError(
            ErrorCode.VALIDATION, "block_too_long", field="endsAt", days=MAX_BLOCK_DAYS
        )
    room_ids = sorted(set(draft.room_ids))
    if not room_ids:
        raise DomainError(ErrorCode.VALIDATION, "no_rooms", field="roomIds")
    if len(room_ids) > MAX_BLOCK_ROOMS:
        raise DomainError(
            ErrorCode.VALIDATION, "too_many_rooms", field="roomIds", max=MAX_BLOCK_ROOMS
        )
    if await Room.filter(id__in=room_ids).count() != len(room_ids):
        raise DomainError(ErrorCode.NOT_FOUND, field="roomIds")
    return room_ids, to_utc(start), to_utc(end), reason


def _room_days(
    room_ids: Sequence[int], start: datetime, end: datetime, settings: Settings
) -> list[tuple[int, date]]:
    tz = settings.tz
    first = start.astimezone(tz).date()
    last = (end - timedelta(microseconds=1)).astimezone(tz).date()
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return [(r, d) for r in room_ids for d in days]


async def _lock_rooms(conn: BaseDBAsyncClient, room_ids: Sequence[int]) -> None:
    """The same locks as submission takes, in id order (no deadlock between two blocks)."""
    for room_id in sorted(set(room_ids)):
        await lock_room(conn, room_id)


async def displace(
    conn: BaseDBAsyncClient,
    room_ids: Sequence[int],
    start: datetime,
    end: datetime,
    actor: User,
    role: Role,
    note: str,
    settings: Settings,
) -> tuple[list[Booking], list[events.Event]]:
    """Move every booking still before its event that overlaps ``room_ids`` over [start, end) to
    RESCHEDULE_REQUIRED (transition DISPLACE), telling its requester and the officers; the rooms
    are locked by the caller. Used by leadership blocks and by deactivating a room."""
    ids: list[int] = await (  # type: ignore[assignment]
        availability.holding()
        .filter(room_id__in=list(room_ids), **availability.overlapping(max(start, now()), end))
        .using_db(conn)
        .order_by("id")
        .values_list("id", flat=True)
    )
    moved: list[Booking] = []
    changes: list[events.Event] = []
    for booking_id in ids:
        booking = await lock_booking(conn, booking_id)
        transition = find_transition(Action.DISPLACE, booking.status, Facts())
        if transition is None:  # already displaced, or after its event
            continue
        changes += await apply(conn, booking, transition, actor, role, note, settings=settings)
        moved.append(booking)
    return moved, changes


async def _displace_block(
    conn: BaseDBAsyncClient,
    block: LeadershipBlock,
    head: User,
    room_ids: Sequence[int],
    settings: Settings,
) -> tuple[list[Booking], list[events.Event]]:
    note = f"Jadwal Pimpinan Mendadak: {block.reason}"
    return await displace(
        conn, room_ids, block.starts_at, block.ends_at, head, Role.SERVICE_HEAD, note, settings
    )


def _snapshot(
    room_ids: Sequence[int], start: datetime, end: datetime, reason: str
) -> dict[str, object]:
    """A block as its history keeps it (UTC times)."""
    return {
        "room_ids": sorted(room_ids),
        "starts_at": to_utc(start).isoformat(),
        "ends_at": to_utc(end).isoformat(),
        "reason": reason,
    }


async def _record(
    conn: BaseDBAsyncClient,
    block: LeadershipBlock,
    action: BlockAction,
    user: User,
    at: datetime,
    note: str,
    before: dict[str, object] | None = None,
    after: dict[str, object] | None = None,
) -> None:
    await LeadershipBlockEvent.create(
        using_db=conn,
        block_id=block.id,
        action=action,
        actor=user,
        actor_role=Role.SERVICE_HEAD.value,  # the only role that manages blocks
        note=note,
        before=before,
        after=after,
        at=at,
    )


async def _tell_requesters(
    conn: BaseDBAsyncClient,
    bookings: Sequence[Booking],
    kind: str,
    note: str,
    at: datetime,
    settings: Settings,
) -> list[Notification]:
    """Tell the (active) requesters of displaced bookings what became of the block."""
    told: list[Notification] = []
    for booking in bookings:
        requester = await User.get(id=booking.requester_id, using_db=conn)
        if not requester.is_active:
            continue
        params = {"reference": booking.reference, "note": note}
        told += await write_notifications(conn, [requester], booking, kind, params, at, settings)
    return told


async def _still_displaced(
    conn: BaseDBAsyncClient, room_ids: Sequence[int], start: datetime, end: datetime
) -> list[Booking]:
    """The bookings waiting for a new time that a block over ``room_ids`` and the range covers."""
    return (
        await Booking.filter(
            room_id__in=list(room_ids),
            status=BookingStatus.RESCHEDULE_REQUIRED,
            **availability.overlapping(start, end),
        )
        .using_db(conn)
        .order_by("id")
    )


async def _not_blocked_elsewhere(
    conn: BaseDBAsyncClient, bookings: Sequence[Booking], block_id: int
) -> list[Booking]:
    """The bookings no active block other than ``block_id`` covers."""
    free = []
    for booking in bookings:
        others = availability.blocks_overlapping(
            [booking.room_id], booking.starts_at, booking.ends_at, conn
        ).exclude(block_id=block_id)
        if not await others.exists():
            free.append(booking)
    return free


async def create_block(user: User, draft: BlockDraft, settings: Settings) -> BlockResult:
    """Block rooms for a leadership event; overlapping bookings must be rescheduled."""
    if not can_manage_leadership_blocks(user):
        raise DomainError(ErrorCode.FORBIDDEN)
    room_ids, start, end, reason = await _check_block(draft)
    at = now()
    async with write() as conn:
        await _lock_rooms(conn, room_ids)
        block = await LeadershipBlock.create(
            using_db=conn,
            starts_at=start,
            ends_at=end,
            reason=reason,
            created_by=user,
            created_at=at,
        )
        await LeadershipBlockRoom.bulk_create(
            [LeadershipBlockRoom(block_id=block.id, room_id=r) for r in room_ids], using_db=conn
        )
        after = _snapshot(room_ids, start, end, reason)
        await _record(conn, block, BlockAction.CREATE, user, at, reason, after=after)
        moved, changes = await _displace_block(conn, block, user, room_ids, settings)
        days = tuple(_room_days(room_ids, start, end, settings))
        changes = await live_state.seal(
            conn, [*changes, events.AvailabilityChanged(days)], settings
        )
    await events.publish(changes)  # committed
    return BlockResult(block, moved)


async def _locked_block(
    conn: BaseDBAsyncClient, user: User, block_id: int, new_room_ids: Sequence[int] = ()
) -> tuple[LeadershipBlock, list[int]]:
    """The block and its rooms, with every room it has or gets locked."""
    if not can_manage_leadership_blocks(user):
        raise DomainError(ErrorCode.FORBIDDEN)
    await take_sqlite_write_lock(conn, "leadership_block", block_id)  # SQLite: write lock first
    old_ids: list[int] = await (  # type: ignore[assignment]
        LeadershipBlockRoom.filter(block_id=block_id)
        .using_db(conn)
        .values_list("room_id", flat=True)
    )
    await _lock_rooms(conn, [*old_ids, *new_room_ids])
    block = await LeadershipBlock.filter(id=block_id).using_db(conn).first()
    if block is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="blockId")
    if block.cancelled_at is not None:
        raise DomainError(ErrorCode.VALIDATION, "block_cancelled", field="blockId")
    if block.ends_at <= now():
        raise DomainError(ErrorCode.VALIDATION, "block_over", field="blockId")
    return block, sorted(old_ids)


async def update_block(
    user: User, block_id: int, draft: BlockDraft, settings: Settings
) -> BlockResult:
    """Change a block's rooms, time or reason; bookings it newly overlaps are displaced, the
    requesters of displaced bookings it no longer covers are told (they stay displaced)."""
    if not can_manage_leadership_blocks(user):
        raise DomainError(ErrorCode.FORBIDDEN)
    room_ids, start, end, reason = await _check_block(draft)
    at = now()
    async with write() as conn:
        block, old_ids = await _locked_block(conn, user, block_id, room_ids)
        before = _room_days(old_ids, block.starts_at, block.ends_at, settings)
        covered = await _still_displaced(conn, old_ids, block.starts_at, block.ends_at)
        previous = _snapshot(old_ids, block.starts_at, block.ends_at, block.reason)
        block.starts_at, block.ends_at, block.reason = start, end, reason
        block.updated_by, block.updated_at = user, at
        await block.save(
            using_db=conn,
            update_fields=["starts_at", "ends_at", "reason", "updated_by_id", "updated_at"],
        )
        if room_ids != old_ids:
            await LeadershipBlockRoom.filter(block_id=block.id).using_db(conn).delete()
            await LeadershipBlockRoom.bulk_create(
                [LeadershipBlockRoom(block_id=block.id, room_id=r) for r in room_ids],
                using_db=conn,
            )
        await _record(
            conn,
            block,
            BlockAction.UPDATE,
            user,
            at,
            reason,
            before=previous,
            after=_snapshot(room_ids, start, end, reason),
        )
        uncovered = [
            b
            for b in covered
            if b.room_id not in room_ids or not (b.starts_at < end and b.ends_at > start)
        ]
        released = await _not_blocked_elsewhere(conn, uncovered, block.id)
        told = await _tell_requesters(conn, released, "block.changed", reason, at, settings)
        moved, changes = await _displace_block(conn, block, user, room_ids, settings)
        days = dict.fromkeys([*before, *_room_days(room_ids, start, end, settings)])
        changes = await live_state.seal(
            conn,
            [
                *changes,
                *events.notifications_created(told),
                events.AvailabilityChanged(tuple(days)),
            ],
            settings,
        )
    await events.publish(changes)  # committed
    return BlockResult(block, moved, released)


async def cancel_block(
    user: User, block_id: int, reason: str | None, settings: Settings
) -> BlockResult:
    """Lift a block. Nothing is restored: the requesters of the bookings it displaced (still
    RESCHEDULE_REQUIRED) are told, and may now take their old time again."""
    text = clean_note(reason, required=True)
    assert text is not None
    at = now()
    async with write() as conn:
        block, room_ids = await _locked_block(conn, user, block_id)
        block.cancelled_by, block.cancelled_at, block.cancel_reason = user, at, text
        await block.save(
            using_db=conn, update_fields=["cancelled_by_id", "cancelled_at", "cancel_reason"]
        )
        await _record(conn, block, BlockAction.CANCEL, user, at, text)
        displaced = await _still_displaced(conn, room_ids, block.starts_at, block.ends_at)
        # Only those it frees: a booking another active block still covers stays blocked.
        affected = await _not_blocked_elsewhere(conn, displaced, block.id)
        told = await _tell_requesters(conn, affected, "block.cancelled", text, at, settings)
        days = _room_days(room_ids, block.starts_at, block.ends_at, settings)
        changes = await live_state.seal(
            conn,
            [*events.notifications_created(told), events.AvailabilityChanged(tuple(days))],
            settings,
        )
    await events.publish(changes)  # committed
    return BlockResult(block, list(affected))


async def block_room_ids(block_ids: Sequence[int]) -> dict[int, list[int]]:
    rows = await LeadershipBlockRoom.filter(block_id__in=list(block_ids)).values_list(
        "block_id", "room_id"
    )
    out: dict[int, list[int]] = {b: [] for b in block_ids}
    for block_id, room_id in rows:
        out[block_id].append(room_id)
    return {b: sorted(r) for b, r in out.items()}


# ---------------------------------------------------------------------------------------------
# suggestions


async def _equipment_needs(booking: Booking) -> dict[int, int]:
    """What the booking needs of each item: the approved quantity once step 5 set it."""
    lines = await BookingEquipment.filter(booking_id=booking.id)
    needs = {
        line.equipment_id: (
            line.approved_quantity
            if line.approved_quantity is not None
            else line.requested_quantity
        )
        for line in lines
    }
    return {item: qty for item, qty in needs.items() if qty > 0}


async def _equipment_free(
    booking: Booking, needs: dict[int, int], start: datetime, end: datetime
) -> bool:
    if not needs:
        return True
    free = await availability.equipment_free(start, end, list(needs), booking.id)
    return all(item in free and free[item].free >= qty for item, qty in needs.items())


async def suggestions(booking: Booking, settings: Settings) -> list[Suggestion]:
    """For a displaced booking: (a) the same room at the nearest free times of that day, same
    duration, inside bookable hours, clear of other bookings (with the buffer) and blocks; (b)
    other active rooms with enough capacity, free at the original time. All with the equipment
    free and every rule of the room kept, as of now (accepting checks again under the lock)."""
    if booking.status != BookingStatus.RESCHEDULE_REQUIRED:
        return []
    needs = await _equipment_needs(booking)
    room = await Room.get(id=booking.room_id)
    same = await _same_room(booking, room, needs, settings)
    return same + await _other_rooms(booking, needs, settings)


async def _same_room(
    booking: Booking, room: Room, needs: dict[int, int], settings: Settings
) -> list[Suggestion]:
    tz, at = settings.tz, now()
    duration = booking.ends_at - booking.starts_at
    day = booking.starts_at.astimezone(tz).date()
    in_force = await rules.rules_for(room, settings)
    window = in_force.window(day, tz)
    if window is None or not room.is_active:
        return []
    start, end = to_utc(window[0]), to_utc(window[1])  # SQLite compares the text
    gap = in_force.buffer
    others = (
        await availability.holding()
        .filter(room_id=room.id, **availability.overlapping(start - gap, end + gap))
        .exclude(id=booking.id)
    )
    blocked = (await availability.blocks_by_room([room.id], start, end)).get(room.id, [])
    taken = [(b.starts_at - gap, b.ends_at + gap) for b in others]
    taken += [(b.starts_at, b.ends_at) for b in blocked]
    midnight = datetime.combine(day, time(0), tzinfo=tz)
    candidates: set[datetime] = set()
    for free_start, free_end in availability.subtract((start, end), taken):
        last = free_end - duration
        if last < free_start:
            continue
        candidates |= {free_start, last}
        grid = midnight + SUGGESTION_GRID * -(-(free_start - midnight) // SUGGESTION_GRID)
        while grid <= last:
            candidates.add(grid)
            grid += SUGGESTION_GRID
    found: list[Suggestion] = []
    for c in sorted(candidates, key=lambda c: (abs(c - booking.starts_at), c)):
        c_end = c + duration
        if rules.problem(in_force, room, c, c_end, booking.participants, tz, at) is not None:
            continue
        if not await _equipment_free(booking, needs, c, c_end):
            continue
        found.append(Suggestion(room, c.astimezone(tz), c_end.astimezone(tz), same_room=True))
        if len(found) == SUGGESTIONS_PER_KIND:
            break
    return found


async def _other_rooms(
    booking: Booking, needs: dict[int, int], settings: Settings
) -> list[Suggestion]:
    tz, at = settings.tz, now()
    start, end = booking.starts_at, booking.ends_at
    if not await _equipment_free(booking, needs, start, end):
        return []
    rooms = (
        await Room.filter(is_active=True, capacity__gte=booking.participants)
        .exclude(id=booking.room_id)
        .order_by("capacity", "code")
    )
    if not rooms:
        return []
    by_room = await rules.rules_for_rooms(rooms, settings)
    widest = max((r.buffer for r in by_room.values()), default=timedelta(0))
    near = await (
        availability.holding()
        .filter(
            room_id__in=[r.id for r in rooms],
            **availability.overlapping(start - widest, end + widest),
        )
        .values_list("room_id", "starts_at", "ends_at")
    )
    blocked = set(
        await availability.blocks_overlapping([r.id for r in rooms], start, end).values_list(
            "room_id", flat=True
        )
    )
    found: list[Suggestion] = []
    for room in rooms:
        in_force = by_room[room.id]
        gap = in_force.buffer
        if room.id in blocked or any(
            r == room.id and s < end + gap and e > start - gap for r, s, e in near
        ):
            continue
        if rules.problem(in_force, room, start, end, booking.participants, tz, at) is not None:
            continue
        found.append(Suggestion(room, start.astimezone(tz), end.astimezone(tz), same_room=False))
        if len(found) == SUGGESTIONS_PER_KIND:
            break
    return found


# ---------------------------------------------------------------------------------------------
# accepting a suggestion


async def accept_suggestion(
    user: User, booking_id: int, room_id: int, starts_at: datetime, settings: Settings
) -> Booking:
    """Take a suggested slot: the same room on the same day, or another room at the original
    time, with the same duration. Checked again, under the locks, against every rule, booking
    and block; where it goes next is in the workflow (see the module's docstring)."""
    state: dict[str, object] = {}

    async def move(conn: BaseDBAsyncClient, booking: Booking) -> Sequence[str]:
        tz = settings.tz
        start = to_utc(starts_at)
        end = start + (booking.ends_at - booking.starts_at)
        same_room = room_id == booking.room_id
        fits = (
            start.astimezone(tz).date() == booking.starts_at.astimezone(tz).date()
            if same_room
            else start == booking.starts_at
        )
        if not fits:
            raise DomainError(ErrorCode.VALIDATION, "not_a_suggestion", field="startsAt")
        state["note"] = await core.move(conn, booking, room_id, start, end, settings)
        state["room_changed"] = not same_room
        return ["room_id", "starts_at", "ends_at"]

    async def facts(conn: BaseDBAsyncClient, booking: Booking) -> Facts:
        known = await displaced_facts(conn, booking)
        return replace(known, room_changed=bool(state["room_changed"]))

    def note() -> str | None:
        text = state.get("note")
        return str(text)[:MAX_TEXT] if text else None

    change = core.Change(Action.ACCEPT_SUGGESTION, note, facts=facts, mutate=move)
    return await fire(user, booking_id, change, settings, rooms=[room_id])
