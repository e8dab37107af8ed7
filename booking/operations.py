"""The SOP's verbs (steps 2-9). Each runs in one transaction and records the booking's history.

No adapter assigns ``Booking.status``: it changes only in :func:`_apply`, along a transition of
:mod:`booking.workflow`, after :func:`booking.permissions.authorize` allowed it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError, OperationalError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from booking import availability, events, live_state, rules
from booking.clock import now, to_utc
from booking.documents import letter_key, sniff_letter
from booking.enums import BookingStatus, PhotoStatus, Role
from booking.errors import DomainError, ErrorCode
from booking.locks import (
    LOCK_ATTEMPTS,
    lock_booking,
    lock_equipment,
    lock_room,
    lock_rooms_then_bookings,
    take_sqlite_write_lock,
)
from booking.models import (
    Booking,
    BookingEquipment,
    BookingEvent,
    BookingSeries,
    EquipmentItem,
    EventReport,
    IdempotencyRecord,
    Notification,
    Photo,
    Room,
    User,
)
from booking.notifications import notify
from booking.permissions import authorize, can_submit
from booking.ports import DocumentStore
from booking.service_levels import record_step_change
from booking.settings import Settings, get_settings
from booking.workflow import (
    HOLDING_STATUSES,
    RELEASED_STATUSES,
    Action,
    Facts,
    Transition,
    find_transition,
)

MAX_TITLE = 200
MAX_TEXT = 4000


@dataclass(frozen=True)
class EquipmentRequest:
    equipment_id: int
    quantity: int


@dataclass(frozen=True)
class BookingDraft:
    room_id: int
    starts_at: datetime
    ends_at: datetime
    title: str
    purpose: str
    participants: int
    equipment: Sequence[EquipmentRequest] = field(default_factory=tuple)

    def fingerprint(self, letter: bytes | None) -> str:
        data = asdict(self)
        data["starts_at"] = self.starts_at.isoformat()
        data["ends_at"] = self.ends_at.isoformat()
        data["letter"] = hashlib.sha256(letter).hexdigest() if letter is not None else None
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class SubmitResult:
    booking: Booking
    replayed: bool  # True when an earlier call with the same idempotency key created it


@dataclass(frozen=True)
class EquipmentLineCheck:
    """SOP step 4, computed: what a line needs against what is free over the booking's time."""

    line: BookingEquipment
    item: EquipmentItem
    free: int

    @property
    def shortfall(self) -> int:
        return max(0, self.line.requested_quantity - self.free)


# ---------------------------------------------------------------------------------------------
# helpers


def _is_overlap(exc: Exception) -> bool:
    return "booking_no_overlap" in str(exc)


@asynccontextmanager
async def _write() -> AsyncIterator[BaseDBAsyncClient]:
    """A transaction whose constraint violations come back as typed errors."""
    try:
        async with in_transaction() as conn:
            yield conn
    except (IntegrityError, OperationalError) as exc:
        if _is_overlap(exc):
            raise DomainError(ErrorCode.ROOM_UNAVAILABLE, field="startsAt") from exc
        if "booking_time_order" in str(exc) or "booking_within_a_day" in str(exc):
            raise DomainError(ErrorCode.VALIDATION, "time_order", field="endsAt") from exc
        raise


def _require_text(value: str, name: str, max_len: int) -> str:
    value = value.strip()
    if not value:
        raise DomainError(ErrorCode.VALIDATION, "required", field=name)
    if len(value) > max_len:
        raise DomainError(ErrorCode.VALIDATION, "too_long", field=name, max=max_len)
    return value


def check_time_shape(start: datetime, end: datetime) -> None:
    """Times with a zone, whole minutes, the end after the start (bookings, waitlist, blocks)."""
    if start.tzinfo is None or end.tzinfo is None:
        raise DomainError(ErrorCode.VALIDATION, field="startsAt")
    if start.second or start.microsecond or end.second or end.microsecond:
        raise DomainError(ErrorCode.VALIDATION, "time_minutes", field="startsAt")
    if end <= start:
        raise DomainError(ErrorCode.VALIDATION, "time_order", field="endsAt")


async def _check_times(
    room: Room,
    start: datetime,
    end: datetime,
    settings: Settings,
    participants: int = 0,
    conn: BaseDBAsyncClient | None = None,
) -> rules.Rules:
    """The shape of the times, then the room's booking rules (booking.rules.check); the rules in
    force for the room, for :func:`booking.rules.check_locked` under the room lock."""
    check_time_shape(start, end)
    if start <= now():
        raise DomainError(ErrorCode.VALIDATION, "time_past", field="startsAt")
    if (
        start.astimezone(settings.tz).date()
        != (end - timedelta(microseconds=1)).astimezone(settings.tz).date()
    ):
        raise DomainError(ErrorCode.VALIDATION, "one_day", field="endsAt")
    in_force = await rules.rules_for(room, settings, conn)
    rules.check(in_force, room, start, end, participants, settings.tz, now())
    return in_force


async def _bookable_room(room_id: int, conn: BaseDBAsyncClient | None = None) -> Room:
    room = await Room.filter(id=room_id).using_db(conn).first()
    if room is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="roomId")
    if not room.is_active:
        raise DomainError(ErrorCode.VALIDATION, "room_inactive", field="roomId")
    return room


async def _check_draft(draft: BookingDraft, settings: Settings) -> tuple[Room, BookingDraft]:
    title = _require_text(draft.title, "title", MAX_TITLE)
    purpose = _require_text(draft.purpose, "purpose", MAX_TEXT)
    if draft.participants <= 0:
        raise DomainError(ErrorCode.VALIDATION, "positive", field="participants")
    ids = [line.equipment_id for line in draft.equipment]
    if len(set(ids)) != len(ids):
        raise DomainError(ErrorCode.VALIDATION, "duplicate_equipment", field="equipment")
    if any(line.quantity <= 0 for line in draft.equipment):
        raise DomainError(ErrorCode.VALIDATION, "positive", field="equipment")
    items = {item.id: item for item in await EquipmentItem.filter(id__in=ids)} if ids else {}
    if len(items) != len(ids):
        raise DomainError(ErrorCode.NOT_FOUND, field="equipment")
    for line in draft.equipment:
        item = items[line.equipment_id]
        if line.quantity > item.stock:  # could never be met, not even by the whole stock
            raise DomainError(
                ErrorCode.VALIDATION,
                "quantity_exceeds_stock",
                field="equipment",
                name=item.name,
                stock=item.stock,
                unit=item.unit,
            )
    room = await _bookable_room(draft.room_id)
    await _check_times(room, draft.starts_at, draft.ends_at, settings, draft.participants)
    clean = BookingDraft(
        room_id=room.id,
        starts_at=to_utc(draft.starts_at),
        ends_at=to_utc(draft.ends_at),
        title=title,
        purpose=purpose,
        participants=draft.participants,
        equipment=tuple(draft.equipment),
    )
    return room, clean


async def _record(
    conn: BaseDBAsyncClient,
    booking: Booking,
    action: Action,
    from_status: BookingStatus | None,
    actor: User | None,
    role: Role | None,
    note: str | None,
) -> None:
    await BookingEvent.create(
        using_db=conn,
        booking=booking,
        action=action.value,
        from_status=from_status,
        to_status=booking.status,
        actor=actor,
        actor_role=role.value if role else None,
        note=note,
        at=booking.status_changed_at,
    )


async def _apply(
    conn: BaseDBAsyncClient,
    booking: Booking,
    transition: Transition,
    actor: User | None,
    role: Role | None,
    note: str | None,
    extra_fields: Sequence[str] = (),
    before: Sequence[tuple[int, date]] = (),
    *,
    tell: bool = True,
) -> list[events.Event]:
    """Move the booking along ``transition``; the events to publish once the caller commits.

    ``before``: the room-days the booking held before this call changed its room or time.
    ``tell=False``: the caller writes the notifications (a series step tells once for all).

    Every call changes the status (or, with ``extra_fields``, also the room or time), so it bumps
    ``Booking.sequence``, the iCalendar SEQUENCE of the booking's event in the calendar feeds."""
    from_status = booking.status
    booking.status = transition.target or from_status
    booking.status_changed_at = now()
    booking.sequence += 1
    await booking.save(
        using_db=conn,
        update_fields=["status", "status_changed_at", "sequence", *extra_fields],
    )
    await _record(conn, booking, transition.action, from_status, actor, role, note)
    await record_step_change(conn, booking, actor, role, booking.status_changed_at)
    if not tell:
        return [events.booking_changed(booking, get_settings().tz, before)]
    told = await notify(
        conn,
        booking,
        actor,
        booking.status_changed_at,
        note,
        resubmitted=transition.action == Action.RESUBMIT,
    )
    return [
        events.booking_changed(booking, get_settings().tz, before),
        *events.notifications_created(told),
    ]


FactsLoader = Callable[[BaseDBAsyncClient, Booking], Awaitable[Facts]]
Mutation = Callable[[BaseDBAsyncClient, Booking], Awaitable[Sequence[str]]]


async def _fire(
    user: User,
    booking_id: int,
    action: Action,
    *,
    note: str | Callable[[], str | None] | None = None,
    facts: FactsLoader | None = None,
    mutate: Mutation | None = None,
    rooms: Sequence[int] | None = None,
) -> Booking:
    """Lock the booking, authorize, mutate, pick the guarded transition, apply it.

    ``note`` may be a callable, read after ``mutate`` (which may add to it). ``rooms``: other
    rooms a verb may move the booking to, locked with its current room, in id order."""
    for attempt in range(1, LOCK_ATTEMPTS + 1):
        async with _write() as conn:
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
            changes = await _fire_locked(
                conn, user, booking, action, note=note, facts=facts, mutate=mutate
            )
            changes = await live_state.seal(conn, changes)
        await events.publish(changes)  # committed
        return booking
    raise AssertionError("the last attempt always fires")


async def _fire_locked(
    conn: BaseDBAsyncClient,
    user: User,
    booking: Booking,
    action: Action,
    *,
    note: str | Callable[[], str | None] | None = None,
    facts: FactsLoader | None = None,
    mutate: Mutation | None = None,
    tell: bool = True,
) -> list[events.Event]:
    """:func:`_fire` on a booking the caller locked in its transaction (series steps fire it on
    every occurrence in one transaction)."""
    authorize(user, action, booking)  # role, scope and state, before any work
    # The room too, before the booking row changes (already held when called from _fire): a
    # release promotes waiting entries under it.
    await lock_room(conn, booking.room_id)
    before = events.room_day(booking.room_id, booking.starts_at, get_settings().tz)
    held = (booking.status, booking.room_id, booking.starts_at, booking.ends_at)
    extra: Sequence[str] = await mutate(conn, booking) if mutate else ()
    known = await facts(conn, booking) if facts else Facts()
    transition, role = authorize(user, action, booking, known)
    text = note() if callable(note) else note
    changes = await _apply(conn, booking, transition, user, role, text, extra, [before], tell=tell)
    return changes + await _release(conn, booking, *held)


async def _release(
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
    from booking.waitlist import promote_waiting  # the waitlist builds on this module

    return await promote_waiting(conn, room_id, starts_at, ends_at)


def _note(text: str | None, *, required: bool = False) -> str | None:
    text = (text or "").strip()
    if required and not text:
        raise DomainError(ErrorCode.VALIDATION, "reason_required", field="reason")
    if len(text) > MAX_TEXT:
        raise DomainError(ErrorCode.VALIDATION, "too_long", field="reason", max=MAX_TEXT)
    return text or None


# ---------------------------------------------------------------------------------------------
# step 2: submit


async def submit(
    user: User,
    draft: BookingDraft,
    *,
    letter: bytes | None,
    idempotency_key: str,
    store: DocumentStore,
    settings: Settings,
) -> SubmitResult:
    """Create a request; it holds its slot tentatively from now. Retries return the first result."""
    if not can_submit(user):
        raise DomainError(ErrorCode.FORBIDDEN)
    key = idempotency_key.strip()
    if not 8 <= len(key) <= 128:
        raise DomainError(ErrorCode.VALIDATION, "idempotency_key", field="idempotencyKey")
    fingerprint = draft.fingerprint(letter)
    replay = await _replay(user, key, Action.SUBMIT, fingerprint)
    if replay is not None:
        return SubmitResult(replay, replayed=True)

    room, draft = await _check_draft(draft, settings)
    if letter is None:
        raise DomainError(ErrorCode.VALIDATION, "letter_required", field="letter")
    content_type, ext = sniff_letter(letter, settings.max_letter_bytes)
    stored_key = letter_key(ext)
    await store.put(stored_key, letter, content_type)
    try:
        booking = await _create_booking(
            user, room, draft, stored_key, content_type, len(letter), key, fingerprint, settings
        )
    except BaseException as exc:
        await store.delete(stored_key)
        if isinstance(exc, IntegrityError) and "idempotency_record" in str(exc):
            # The same key raced with itself: the other call won; answer with its booking.
            replay = await _replay(user, key, Action.SUBMIT, fingerprint)
            if replay is not None:
                return SubmitResult(replay, replayed=True)
        raise
    return SubmitResult(booking, replayed=False)


async def _replay(user: User, key: str, action: Action, fingerprint: str) -> Booking | None:
    record = await IdempotencyRecord.get_or_none(user_id=user.id, key=key)
    if record is None:
        return None
    if record.operation != action.value or record.fingerprint != fingerprint:
        raise DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, field="idempotencyKey")
    return await Booking.get(id=record.booking_id)


@dataclass(frozen=True)
class StoredLetter:
    key: str
    content_type: str
    size: int


async def _create_booking(
    user: User,
    room: Room,
    draft: BookingDraft,
    stored_key: str,
    content_type: str,
    size: int,
    key: str,
    fingerprint: str,
    settings: Settings | None = None,
) -> Booking:
    at = now()
    async with _write() as conn:
        await lock_room(conn, room.id)
        in_force = await rules.rules_for(room, settings or get_settings(), conn)
        await rules.check_locked(conn, room.id, draft.starts_at, draft.ends_at, in_force)
        booking, told = await insert_booking(
            conn, user, room, draft, StoredLetter(stored_key, content_type, size), at
        )
        await IdempotencyRecord.create(
            using_db=conn,
            user=user,
            key=key,
            operation=Action.SUBMIT.value,
            fingerprint=fingerprint,
            booking=booking,
        )
        changes = await live_state.seal(
            conn,
            [
                events.booking_changed(booking, get_settings().tz),
                *events.notifications_created(told),
            ],
        )
    await events.publish(changes)  # committed
    return booking


async def insert_booking(
    conn: BaseDBAsyncClient,
    requester: User,
    room: Room,
    draft: BookingDraft,
    letter: StoredLetter,
    at: datetime,
    note: str | None = None,
    *,
    series: BookingSeries | None = None,
    tell: bool = True,
) -> tuple[Booking, Sequence[Notification]]:
    """The shared submission path (SOP step 2) inside the caller's transaction, which holds the
    room lock: the SUBMITTED booking (the database refuses an overlap), its equipment lines, the
    history row, the step-3 clock starting at ``at`` and the officers' notifications.

    Used by :func:`submit`, by the waitlist's promotion (``note`` says where it came from) and for
    each occurrence of a series (``tell=False``: the series tells once for all)."""
    booking = await Booking.create(
        using_db=conn,
        series=series,
        requester=requester,
        agency_id=requester.agency_id,
        room=room,
        starts_at=draft.starts_at,
        ends_at=draft.ends_at,
        title=draft.title,
        purpose=draft.purpose,
        participants=draft.participants,
        letter_key=letter.key,
        letter_content_type=letter.content_type,
        letter_size=letter.size,
        status=BookingStatus.SUBMITTED,
        status_changed_at=at,
        created_at=at,
    )
    if draft.equipment:
        await BookingEquipment.bulk_create(
            [
                BookingEquipment(
                    booking_id=booking.id,
                    equipment_id=line.equipment_id,
                    requested_quantity=line.quantity,
                )
                for line in draft.equipment
            ],
            using_db=conn,
        )
    await _record(conn, booking, Action.SUBMIT, None, requester, Role.REQUESTER, note)
    await record_step_change(conn, booking, requester, Role.REQUESTER, at, new=True)
    told = await notify(conn, booking, requester, at, room=room) if tell else []
    return booking, told


# ---------------------------------------------------------------------------------------------
# step 3: verify, ask for revision, reject; the requester resubmits


async def _equipment_facts(conn: BaseDBAsyncClient, booking: Booking) -> Facts:
    count = await BookingEquipment.filter(booking_id=booking.id).using_db(conn).count()
    return Facts(has_equipment=count > 0)


async def verify(user: User, booking_id: int, note: str | None = None) -> Booking:
    return await _fire(user, booking_id, Action.VERIFY, note=_note(note), facts=_equipment_facts)


async def request_revision(user: User, booking_id: int, note: str | None) -> Booking:
    text = _note(note, required=True)
    return await _fire(user, booking_id, Action.REQUEST_REVISION, note=text)


async def reject(user: User, booking_id: int, reason: str | None) -> Booking:
    return await _fire(user, booking_id, Action.REJECT, note=_note(reason, required=True))


@dataclass(frozen=True)
class Revision:
    """What a requester may change when resubmitting; None keeps the current value."""

    room_id: int | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    title: str | None = None
    purpose: str | None = None
    participants: int | None = None


async def resubmit(
    user: User, booking_id: int, revision: Revision, note: str | None, settings: Settings
) -> Booking:
    async def change(conn: BaseDBAsyncClient, booking: Booking) -> Sequence[str]:
        draft = BookingDraft(
            room_id=revision.room_id or booking.room_id,
            starts_at=revision.starts_at or booking.starts_at,
            ends_at=revision.ends_at or booking.ends_at,
            title=revision.title if revision.title is not None else booking.title,
            purpose=revision.purpose if revision.purpose is not None else booking.purpose,
            participants=revision.participants or booking.participants,
        )
        room, draft = await _check_draft(draft, settings)
        await lock_room(conn, room.id)
        in_force = await rules.rules_for(room, settings, conn)
        await rules.check_locked(
            conn, room.id, draft.starts_at, draft.ends_at, in_force, booking.id
        )
        booking.room_id = room.id
        booking.starts_at, booking.ends_at = draft.starts_at, draft.ends_at
        booking.title, booking.purpose = draft.title, draft.purpose
        booking.participants = draft.participants
        return ["room_id", "starts_at", "ends_at", "title", "purpose", "participants"]

    rooms = [revision.room_id] if revision.room_id else []
    return await _fire(
        user, booking_id, Action.RESUBMIT, note=_note(note), mutate=change, rooms=rooms
    )


# ---------------------------------------------------------------------------------------------
# steps 4-6: equipment


async def equipment_check(booking: Booking) -> list[EquipmentLineCheck]:
    """SOP step 4: each line's request against what is free over the booking's time."""
    lines = await BookingEquipment.filter(booking_id=booking.id).order_by("id")
    if not lines:
        return []
    free = await availability.equipment_free(
        booking.starts_at,
        booking.ends_at,
        [line.equipment_id for line in lines],
        exclude_booking_id=booking.id,
    )
    return [
        EquipmentLineCheck(line, free[line.equipment_id].item, free[line.equipment_id].free)
        for line in lines
    ]


async def _allocate(
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


async def review_equipment(
    user: User, booking_id: int, approved: dict[int, int], note: str | None = None
) -> Booking:
    """SOP step 5: approved quantity per equipment id; any shortfall goes to the requester."""
    set_quantities, facts = _equipment_review(approved)
    return await _fire(
        user,
        booking_id,
        Action.REVIEW_EQUIPMENT,
        note=_note(note),
        mutate=set_quantities,
        facts=facts,
    )


def _equipment_review(approved: dict[int, int]) -> tuple[Mutation, FactsLoader]:
    """Step 5 on one booking: set the approved quantities under the equipment lock, then the facts
    that pick the transition (a shortfall goes to the requester)."""
    state: dict[int, bool] = {}

    async def set_quantities(conn: BaseDBAsyncClient, booking: Booking) -> Sequence[str]:
        lines = await BookingEquipment.filter(booking_id=booking.id).using_db(conn)
        if {line.equipment_id for line in lines} != set(approved):
            raise DomainError(ErrorCode.VALIDATION, "equipment_lines_mismatch", field="lines")
        for line in lines:
            qty = approved[line.equipment_id]
            if qty < 0:
                raise DomainError(ErrorCode.VALIDATION, "positive", field="lines")
            if qty > line.requested_quantity:
                raise DomainError(ErrorCode.VALIDATION, "approved_exceeds_requested", field="lines")
            line.approved_quantity = qty
        await _allocate(conn, booking, lines, booking.starts_at, booking.ends_at)
        for line in lines:
            await line.save(using_db=conn, update_fields=["approved_quantity"])
        state[booking.id] = any(
            (line.approved_quantity or 0) < line.requested_quantity for line in lines
        )
        return ()

    async def facts(conn: BaseDBAsyncClient, booking: Booking) -> Facts:
        return Facts(has_equipment=True, has_shortfall=state[booking.id])

    return set_quantities, facts


async def decide_equipment_shortfall(
    user: User, booking_id: int, proceed: bool, note: str | None = None
) -> Booking:
    """SOP step 6: continue with what is available, or withdraw the request."""
    action = Action.PROCEED_WITH_SHORTFALL if proceed else Action.WITHDRAW
    return await _fire(user, booking_id, action, note=_note(note))


# ---------------------------------------------------------------------------------------------
# steps 7-9


async def validate(user: User, booking_id: int, note: str | None = None) -> Booking:
    return await _fire(user, booking_id, Action.VALIDATE, note=_note(note))


async def approve(
    user: User,
    booking_id: int,
    settings: Settings,
    *,
    room_id: int | None = None,
    starts_at: datetime | None = None,
    ends_at: datetime | None = None,
    note: str | None = None,
) -> Booking:
    """SOP step 8: set the schedule, optionally moving the booking to another free room or time."""

    notes = [_note(note)]

    async def reschedule(conn: BaseDBAsyncClient, booking: Booking) -> Sequence[str]:
        if room_id is None and starts_at is None and ends_at is None:
            if booking.status == BookingStatus.RESCHEDULE_REQUIRED:  # the same time again
                await lock_room(conn, booking.room_id)
                await rules.check_not_blocked(
                    conn, booking.room_id, booking.starts_at, booking.ends_at
                )
            return ()
        start = to_utc(starts_at or booking.starts_at)
        # A new start alone keeps the booking's duration.
        end = to_utc(ends_at or start + (booking.ends_at - booking.starts_at))
        note = await _move(conn, booking, room_id or booking.room_id, start, end, settings)
        notes.insert(0, note)
        return ["room_id", "starts_at", "ends_at"]

    def combined() -> str | None:
        return " | ".join(n for n in notes if n) or None

    return await _fire(
        user,
        booking_id,
        Action.APPROVE,
        note=combined,
        mutate=reschedule,
        facts=displaced_facts,
        rooms=[room_id] if room_id else [],
    )


async def _move(
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
    new_room = await _bookable_room(room_id, conn)
    in_force = await _check_times(new_room, start, end, settings, booking.participants, conn)
    await lock_room(conn, new_room.id)
    await rules.check_locked(conn, new_room.id, start, end, in_force, booking.id)
    lines = await BookingEquipment.filter(booking_id=booking.id).using_db(conn)
    await _allocate(conn, booking, lines, start, end)
    before = _describe(old_room, booking.starts_at, booking.ends_at, settings)
    booking.room_id, booking.starts_at, booking.ends_at = new_room.id, start, end
    return f"Jadwal diubah: {before} -> {_describe(new_room, start, end, settings)}"


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


def _describe(room: Room, start: datetime, end: datetime, settings: Settings) -> str:
    local_start, local_end = start.astimezone(settings.tz), end.astimezone(settings.tz)
    return f"{room.code} {local_start:%d-%m-%Y %H:%M}-{local_end:%H:%M} WIB"


async def cancel(user: User, booking_id: int, reason: str | None) -> Booking:
    text = _note(reason, required=True)
    return await _fire(user, booking_id, Action.CANCEL, note=text, mutate=_not_over)


async def _not_over(conn: BaseDBAsyncClient, booking: Booking) -> Sequence[str]:
    """An event that has ended can no longer be cancelled."""
    if booking.ends_at <= now():
        raise DomainError(ErrorCode.VALIDATION, "event_over", field="bookingId")
    return ()


# ---------------------------------------------------------------------------------------------
# step 10: the event report


async def report(user: User, booking_id: int, narrative: str) -> Booking:
    """SOP step 10: the usage report to leadership, once the event has started and at least one
    photo is in. From APPROVED (the event is running or just over) or COMPLETED to REPORTED."""
    text = (narrative or "").strip()
    if not text:
        raise DomainError(ErrorCode.VALIDATION, "narrative_required", field="narrative")
    if len(text) > MAX_TEXT:
        raise DomainError(ErrorCode.VALIDATION, "too_long", field="narrative", max=MAX_TEXT)

    async def write_report(conn: BaseDBAsyncClient, booking: Booking) -> Sequence[str]:
        if booking.starts_at > now():
            raise DomainError(ErrorCode.EVENT_NOT_STARTED, field="bookingId")
        photos = Photo.filter(
            booking_id=booking.id, status__in=(PhotoStatus.PROCESSING, PhotoStatus.READY)
        )
        if not await photos.using_db(conn).exists():
            raise DomainError(ErrorCode.REPORT_NEEDS_PHOTOS, field="bookingId")
        await EventReport.create(
            using_db=conn, booking=booking, narrative=text, reported_by=user, reported_at=now()
        )
        return ()

    async def started(conn: BaseDBAsyncClient, booking: Booking) -> Facts:
        return Facts(event_started=booking.starts_at <= now())

    return await _fire(
        user, booking_id, Action.REPORT, note=text, facts=started, mutate=write_report
    )


async def complete_finished(limit: int = 500) -> list[int]:
    """System: APPROVED bookings whose event has ended become COMPLETED. Idempotent."""
    ids: list[int] = (
        await Booking.filter(  # type: ignore[assignment]
            status=BookingStatus.APPROVED, ends_at__lte=now()
        )
        .limit(limit)
        .values_list("id", flat=True)
    )
    done = []
    for booking_id in ids:
        async with _write() as conn:
            # The room, then the booking: the order every other writer takes them in.
            await take_sqlite_write_lock(conn, "booking", booking_id)
            current = await Booking.filter(id=booking_id).using_db(conn).first()
            if current is None:
                continue
            await lock_room(conn, current.room_id)
            booking = await lock_booking(conn, booking_id)
            transition = find_transition(Action.COMPLETE, booking.status, Facts())
            if transition is None or booking.ends_at > now():
                continue
            changes = await _apply(conn, booking, transition, None, None, None)
            changes = await live_state.seal(conn, changes)
        await events.publish(changes)  # committed
        done.append(booking_id)
    return done
