"""Recurring bookings: a series of ordinary bookings that go through the SOP together.

Each occurrence is a :class:`~booking.models.Booking` (so the no-double-booking constraint, the
availability views and every single-booking verb keep working), linked to one
:class:`~booking.models.BookingSeries`. Series steps fire the same transition on every occurrence
still in the step's state, in one transaction, with each occurrence's history; one notification per
recipient tells about the whole step. Occurrences are checked by the single submission's own checks
(:func:`booking.checks.check_draft`, the room lock and the database constraint).

Holidays (public holidays of the working calendar and its closure days) are flagged on every
occurrence and still booked, unless the requester asks ``skip_holidays``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from booking import availability, events, idempotency, live_state, rules, steps, webhooks
from booking.agency_state import require_active_agency
from booking.changes import StoredLetter, insert_booking, write
from booking.checks import BookingDraft, check_draft, check_times, clean_note
from booking.clock import now, to_utc
from booking.closures import office_calendar
from booking.core import Change, allocate, fire_locked, schedule_note
from booking.enums import BookingStatus, OnConflict, Role
from booking.errors import DomainError, ErrorCode
from booking.locks import (
    LOCK_ATTEMPTS,
    lock_room,
    lock_rooms_then_bookings,
    take_sqlite_write_lock,
)
from booking.models import Booking, BookingEquipment, BookingEvent, BookingSeries, Room, User
from booking.notifications import notify_series
from booking.permissions import authorize, can_submit, can_view_booking, can_view_series
from booking.ports import DocumentStore
from booking.recurrence import Recurrence, occurrence_dates, wall_clock
from booking.settings import Settings
from booking.workflow import Action, find_transition, roles_for, transitions_for
from booking.working_calendar import WorkingCalendar

SUBMIT_SERIES = "SUBMIT_SERIES"  # the idempotency record's operation
#: Failures of one occurrence (its date and time), as opposed to the whole request's.
OCCURRENCE_FIELDS = frozenset({"startsAt", "endsAt"})


@dataclass(frozen=True)
class SeriesDraft:
    """A series request: the first occurrence as a single request, and how it repeats."""

    first: BookingDraft
    recurrence: Recurrence
    skip_holidays: bool = False
    on_conflict: OnConflict = OnConflict.ABORT

    def fingerprint(self, letter: bytes | None) -> str:
        data = {
            "first": self.first.fingerprint(letter),
            "recurrence": {
                **asdict(self.recurrence),
                "until": self.recurrence.until.isoformat() if self.recurrence.until else None,
            },
            "skip_holidays": self.skip_holidays,
            "on_conflict": self.on_conflict.value,
        }
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class Occurrence:
    """One date of a series: its times, calendar flags, and why it is not booked (if it is not)."""

    day: date
    starts_at: datetime  # UTC
    ends_at: datetime
    holiday: bool  # a public holiday or closure day of the working calendar
    working_day: bool  # per the working calendar (weekends are not)
    error: DomainError | None = None  # a conflict: the room is taken, outside hours, ...
    skipped_holiday: bool = False  # left out because the requester skips holidays
    booking_id: int | None = None  # the booking made for it

    @property
    def bookable(self) -> bool:
        return self.error is None and not self.skipped_holiday

    def to_json(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "starts_at": self.starts_at.isoformat(),
            "ends_at": self.ends_at.isoformat(),
            "holiday": self.holiday,
            "working_day": self.working_day,
            "skipped_holiday": self.skipped_holiday,
            "error": None
            if self.error is None
            else {
                "code": self.error.code.value,
                "key": self.error.message_key,
                "field": self.error.field,
                "params": {k: str(v) for k, v in self.error.params.items()},
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Occurrence:
        raw = data.get("error")
        error = (
            DomainError(
                ErrorCode(raw["code"]), raw["key"], field=raw.get("field"), **raw.get("params", {})
            )
            if raw
            else None
        )
        return cls(
            day=date.fromisoformat(data["day"]),
            starts_at=datetime.fromisoformat(data["starts_at"]),
            ends_at=datetime.fromisoformat(data["ends_at"]),
            holiday=bool(data["holiday"]),
            working_day=bool(data["working_day"]),
            error=error,
            skipped_holiday=bool(data.get("skipped_holiday")),
        )


class SeriesConflict(DomainError):
    """Some occurrences cannot be booked or moved; nothing was changed. ``occurrences`` lists every
    occurrence considered, the conflicting ones with their ``error``."""

    def __init__(self, occurrences: Sequence[Occurrence], message_key: str | None = None) -> None:
        self.occurrences = list(occurrences)
        count = sum(1 for o in self.occurrences if o.error is not None)
        super().__init__(ErrorCode.SERIES_CONFLICT, message_key, field="recurrence", count=count)


@dataclass(frozen=True)
class SeriesResult:
    series: BookingSeries
    bookings: list[Booking]  # created (or, when replayed, the series' occurrences)
    skipped: list[Occurrence]  # not booked: conflicts, and holidays when skipped
    replayed: bool = False


@dataclass(frozen=True)
class SeriesStep:
    series: BookingSeries
    changed: list[Booking]  # the occurrences the step moved, in time order


# ---------------------------------------------------------------------------------------------
# submission (SOP step 2 for a series)


def _calendar_flags(day: date, calendar: WorkingCalendar) -> tuple[bool, bool]:
    holiday = calendar.is_holiday(day) or day in calendar.closures
    return holiday, calendar.is_working_day(day)


async def _assess(draft: SeriesDraft, settings: Settings) -> tuple[list[Occurrence], BookingDraft]:
    """Expand the pattern and check each occurrence as a single submission would be checked.

    Failures of the whole request (no such room, capacity, empty title, ...) are raised; those of
    one occurrence (past, too far ahead, outside the room's hours or rules) are its ``error``."""
    first = draft.first
    if first.starts_at.tzinfo is None or first.ends_at.tzinfo is None:
        raise DomainError(ErrorCode.VALIDATION, field="startsAt")
    if first.ends_at <= first.starts_at:
        raise DomainError(ErrorCode.VALIDATION, "time_order", field="endsAt")
    tz = settings.tz
    duration = first.ends_at - first.starts_at
    days = occurrence_dates(draft.recurrence, first.starts_at.astimezone(tz).date())
    occurrences: list[Occurrence] = []
    clean: BookingDraft | None = None
    calendar = await office_calendar(settings)
    for day in days:
        start, end = wall_clock(day, first.starts_at, duration, tz)
        holiday, working = _calendar_flags(day, calendar)
        occurrence = Occurrence(day, to_utc(start), to_utc(end), holiday, working)
        if holiday and draft.skip_holidays:
            occurrences.append(replace(occurrence, skipped_holiday=True))
            continue
        try:
            _, clean = await check_draft(replace(first, starts_at=start, ends_at=end), settings)
        except DomainError as error:
            if error.field not in OCCURRENCE_FIELDS:
                raise
            occurrence = replace(occurrence, error=error)
        occurrences.append(occurrence)
    if clean is None:  # no occurrence was checked or passed: the request's own checks still apply
        try:
            _, clean = await check_draft(first, settings)
        except DomainError as error:
            if error.field not in OCCURRENCE_FIELDS:
                raise
    return occurrences, clean or first


async def _with_room_conflicts(
    conn: BaseDBAsyncClient | None,
    room_id: int,
    occurrences: list[Occurrence],
    settings: Settings,
    exclude: Sequence[int] = (),
) -> list[Occurrence]:
    """Mark bookable occurrences the room cannot take, in the order of a single submission's
    checks (:func:`booking.rules.check_locked`): a leadership block, a holding booking, the
    buffer. Two queries for the whole series, not three per occurrence."""
    wanted = [o for o in occurrences if o.bookable]
    if not wanted:
        return occurrences
    room = await Room.get(id=room_id, using_db=conn)
    in_force = await rules.rules_for(room, settings, conn)
    gap = in_force.buffer if in_force.buffer_minutes > 0 else timedelta(0)
    low, high = min(o.starts_at for o in wanted), max(o.ends_at for o in wanted)
    qs = availability.holding().filter(
        room_id=room_id, **availability.overlapping(low - gap, high + gap)
    )
    if exclude:
        qs = qs.exclude(id__in=list(exclude))
    busy = await qs.using_db(conn).values_list("id", "starts_at", "ends_at")
    blocked = await availability.blocks_overlapping([room_id], low, high, conn).values_list(
        "block__starts_at", "block__ends_at"
    )

    def error(o: Occurrence) -> DomainError | None:
        start, end = o.starts_at, o.ends_at
        if any(s < end and start < e for s, e in blocked):
            return DomainError(ErrorCode.ROOM_BLOCKED, field="startsAt")
        near = [(s, e) for i, s, e in busy if i != o.booking_id]
        if any(s < end and start < e for s, e in near):
            return DomainError(ErrorCode.ROOM_UNAVAILABLE, field="startsAt")
        if gap and any(s < end + gap and start - gap < e for s, e in near):
            return rules.violated(
                rules.BookingRule.BUFFER, "buffer", "startsAt", minutes=in_force.buffer_minutes
            )
        return None

    marked = []
    for o in occurrences:
        found = error(o) if o.bookable else None
        marked.append(replace(o, error=found) if found else o)
    return marked


async def preview_series(user: User, draft: SeriesDraft, settings: Settings) -> list[Occurrence]:
    """Every occurrence the request would make, with its holiday flags and conflicts (no lock:
    a preview; the submission checks again)."""
    if not can_submit(user):
        raise DomainError(ErrorCode.FORBIDDEN)
    occurrences, clean = await _assess(draft, settings)
    return await _with_room_conflicts(None, clean.room_id, occurrences, settings)


async def submit_series(
    user: User,
    draft: SeriesDraft,
    *,
    letter: bytes | None,
    idempotency_key: str,
    store: DocumentStore,
    settings: Settings,
) -> SeriesResult:
    """Create the series' bookings (each holding its slot from now) sharing one request letter.

    ABORT: any conflict creates nothing (:class:`SeriesConflict`). SKIP_CONFLICTS: the others
    are booked and the skipped ones reported (and kept on the series). Retries return the first
    result."""
    fingerprint = draft.fingerprint(letter)

    async def replay(key: str) -> SeriesResult | None:
        first = await idempotency.recorded_booking(user, key, SUBMIT_SERIES, fingerprint)
        if first is None:
            return None
        series = await BookingSeries.get(id=first.series_id)
        bookings = await Booking.filter(series_id=series.id).order_by("starts_at", "id")
        skipped = [Occurrence.from_json(o) for o in series.skipped]
        return SeriesResult(series, list(bookings), skipped, replayed=True)

    async def create(
        checked: tuple[list[Occurrence], BookingDraft], letter: StoredLetter, key: str
    ) -> SeriesResult:
        occurrences, clean = checked
        return await _create(settings, user, draft, clean, occurrences, letter, (key, fingerprint))

    sent = idempotency.Sent(user, idempotency_key, letter, store, settings)
    result, _ = await idempotency.submit_once(
        sent, replay, lambda: _assess(draft, settings), create, "idempotency_record"
    )
    return result


async def _create(
    settings: Settings,
    user: User,
    draft: SeriesDraft,
    clean: BookingDraft,
    occurrences: list[Occurrence],
    letter: StoredLetter,
    key: tuple[str, str],
) -> SeriesResult:
    """The series and its bookings in one transaction; ``key``: the idempotency key and the
    request's fingerprint."""
    at = now()
    async with write() as conn:
        await lock_room(conn, clean.room_id)  # first: serialises this room's bookings
        await require_active_agency(user.agency_id, conn)
        occurrences = await _with_room_conflicts(conn, clean.room_id, occurrences, settings)
        if any(o.error for o in occurrences) and draft.on_conflict == OnConflict.ABORT:
            raise SeriesConflict(occurrences)
        todo = [o for o in occurrences if o.bookable]
        if not todo:
            raise SeriesConflict(occurrences, "series_empty")
        series = await _insert_series(conn, user, draft, clean.room_id, occurrences, at, settings)
        room = await Room.get(id=clean.room_id, using_db=conn)
        bookings = []
        for occurrence in todo:
            booking, _ = await insert_booking(
                conn,
                user,
                room,
                replace(clean, starts_at=occurrence.starts_at, ends_at=occurrence.ends_at),
                letter,
                at,
                f"Seri {series.reference}",
                series=series,
                tell=False,
            )
            bookings.append(booking)
        told = await notify_series(conn, series, bookings, user, at)
        await idempotency.record(conn, user, key[0], SUBMIT_SERIES, key[1], bookings[0])
        changes = await live_state.seal(
            conn,
            [
                *(events.booking_changed(b, settings.tz) for b in bookings),
                *events.notifications_created(told),
            ],
        )
    await events.publish(changes)  # committed
    skipped = [o for o in occurrences if not o.bookable]
    return SeriesResult(series, bookings, skipped)


async def _insert_series(
    conn: BaseDBAsyncClient,
    user: User,
    draft: SeriesDraft,
    room_id: int,
    occurrences: list[Occurrence],
    at: datetime,
    settings: Settings,
) -> BookingSeries:
    pattern = draft.recurrence.checked(draft.first.starts_at.astimezone(settings.tz).date())
    return await BookingSeries.create(
        using_db=conn,
        requester=user,
        agency_id=user.agency_id,
        room_id=room_id,
        frequency=pattern.frequency,
        interval=pattern.interval,
        weekdays=list(pattern.weekdays),
        until=pattern.until,
        count=pattern.count,
        starts_at=to_utc(draft.first.starts_at),
        ends_at=to_utc(draft.first.ends_at),
        skip_holidays=draft.skip_holidays,
        skipped=[o.to_json() for o in occurrences if not o.bookable],
        created_at=at,
    )


# ---------------------------------------------------------------------------------------------
# series steps: the same transition on every occurrence still in its state


async def _series_for(user: User, series_id: int, conn: BaseDBAsyncClient) -> BookingSeries:
    series = await BookingSeries.filter(id=series_id).using_db(conn).first()
    if series is None or not can_view_series(user, series):
        raise DomainError(ErrorCode.NOT_FOUND, field="seriesId")
    return series


async def _lock_occurrences(
    conn: BaseDBAsyncClient,
    series: BookingSeries,
    statuses: Iterable[BookingStatus],
    from_start: datetime | None,
    *,
    final: bool,
) -> list[Booking] | None:
    """Lock the rooms, then the occurrences in ``statuses`` (from ``from_start`` on), in the
    order every writer takes them; None when one moved meanwhile (start again)."""
    qs = Booking.filter(series_id=series.id, status__in=list(statuses))
    if from_start is not None:
        qs = qs.filter(starts_at__gte=from_start)
    ids: list[int] = (
        await qs.using_db(conn)
        .order_by("id")
        .values_list(  # type: ignore[assignment]
            "id", flat=True
        )
    )
    return await lock_rooms_then_bookings(conn, ids, final=final)


async def _fire_series(
    user: User,
    series_id: int,
    change: Change,
    *,
    from_start: datetime | None = None,
) -> SeriesStep:
    """Fire ``change`` on every occurrence (from ``from_start`` on) whose state allows it, all or
    none, each through :func:`booking.core.fire_locked` as a single booking; one notification
    per recipient and resulting state."""
    action, note = change.action, change.note
    assert not callable(note)  # one note for every occurrence
    sources = {s for t in transitions_for(action) for s in t.sources}
    for attempt in range(1, LOCK_ATTEMPTS + 1):
        async with write() as conn:
            # first: see booking.locks
            await take_sqlite_write_lock(conn, "booking_series", series_id)
            series = await _series_for(user, series_id, conn)
            if not (roles_for(action) & set(user.roles)):
                raise DomainError(ErrorCode.FORBIDDEN)
            locked = await _lock_occurrences(
                conn, series, sources, from_start, final=attempt == LOCK_ATTEMPTS
            )
            if locked is None:
                continue  # an occurrence moved meanwhile: start again
            bookings = sorted(
                (b for b in locked if find_transition(action, b.status, None)),
                key=lambda b: (b.starts_at, b.id),
            )
            if not bookings:
                raise DomainError(
                    ErrorCode.INVALID_TRANSITION, "series_no_occurrence", action=action.value
                )
            changes: list[events.Event] = []
            for booking in bookings:
                changes += await fire_locked(conn, user, booking, change, tell=False)
            told = await notify_series(
                conn,
                series,
                bookings,
                user,
                bookings[0].status_changed_at,
                note,
                resubmitted=action == Action.RESUBMIT,
            )
            changes = await live_state.seal(conn, [*changes, *events.notifications_created(told)])
        await events.publish(changes)  # committed
        return SeriesStep(series, bookings)
    raise AssertionError("the last attempt always fires")


async def verify_series(user: User, series_id: int, note: str | None = None) -> SeriesStep:
    """SOP step 3 for every SUBMITTED occurrence."""
    return await _fire_series(user, series_id, steps.verifying(note))


async def request_series_revision(user: User, series_id: int, note: str | None) -> SeriesStep:
    """SOP step 3: send every SUBMITTED occurrence back to the requester (note required)."""
    return await _fire_series(user, series_id, steps.requesting_revision(note))


async def resubmit_series(user: User, series_id: int, note: str | None = None) -> SeriesStep:
    """The requester answers a revision request for every occurrence at once, unchanged (change
    one occurrence with ``resubmit``, or the times of many with a new series)."""
    change = Change(Action.RESUBMIT, clean_note(note), mutate=steps.still_ahead)
    return await _fire_series(user, series_id, change)


async def reject_series(user: User, series_id: int, reason: str | None) -> SeriesStep:
    return await _fire_series(user, series_id, steps.rejecting(reason))


async def review_series_equipment(
    user: User, series_id: int, approved: dict[int, int], note: str | None = None
) -> SeriesStep:
    """SOP step 5 with the same approved quantities for every occurrence in EQUIPMENT_REVIEW; an
    occurrence whose time lacks the stock refuses the whole step (EQUIPMENT_SHORTAGE)."""
    return await _fire_series(user, series_id, steps.reviewing_equipment(approved, note))


async def decide_series_equipment_shortfall(
    user: User, series_id: int, proceed: bool, note: str | None = None
) -> SeriesStep:
    """SOP step 6 for every occurrence waiting on the requester's decision."""
    return await _fire_series(user, series_id, steps.deciding_shortfall(proceed, note))


async def validate_series(user: User, series_id: int, note: str | None = None) -> SeriesStep:
    return await _fire_series(user, series_id, steps.validating(note))


async def approve_series(user: User, series_id: int, note: str | None = None) -> SeriesStep:
    """SOP step 8 at the requested times (re-time with :func:`move_series_from` first, or one
    occurrence with ``approve``)."""
    return await _fire_series(user, series_id, Change(Action.APPROVE, clean_note(note)))


async def _anchor(user: User, booking_id: int) -> Booking:
    booking = await Booking.get_or_none(id=booking_id)
    if booking is None or not can_view_booking(user, booking):
        raise DomainError(ErrorCode.NOT_FOUND, field="bookingId")
    if booking.series_id is None:
        raise DomainError(ErrorCode.VALIDATION, "not_in_series", field="bookingId")
    return booking


async def cancel_series_from(user: User, booking_id: int, reason: str | None) -> SeriesStep:
    """SOP step 9, "this and following": the occurrence and every later one of its series."""
    change = steps.cancelling(reason)
    anchor = await _anchor(user, booking_id)
    if find_transition(Action.CANCEL, anchor.status, None) is None:
        raise DomainError(
            ErrorCode.INVALID_TRANSITION, action=Action.CANCEL.value, status=anchor.status.value
        )
    assert anchor.series_id is not None
    return await _fire_series(user, anchor.series_id, change, from_start=anchor.starts_at)


async def move_series_from(
    user: User,
    booking_id: int,
    starts_at: time,
    settings: Settings,
    *,
    duration_minutes: int | None = None,
    note: str | None = None,
) -> SeriesStep:
    """SOP step 8, "this and following": the occurrence and every later one still held start at
    ``starts_at`` (office time) on their own dates, lasting ``duration_minutes`` (default: as
    before), in their own rooms. Any conflict refuses the whole move (:class:`SeriesConflict`).

    The RESCHEDULE transition of :mod:`booking.workflow` says who may and which occurrences move;
    they keep their state and step clock."""
    text = clean_note(note)
    if starts_at.tzinfo is not None or starts_at.second or starts_at.microsecond:
        raise DomainError(ErrorCode.VALIDATION, "time_minutes", field="startsAt")
    if duration_minutes is not None and duration_minutes <= 0:
        raise DomainError(ErrorCode.VALIDATION, "positive", field="durationMinutes")
    anchor = await _anchor(user, booking_id)
    reschedule, role = authorize(user, Action.RESCHEDULE, anchor)
    assert role is not None and anchor.series_id is not None
    move = _Move(starts_at, duration_minutes, text, role, now())
    for attempt in range(1, LOCK_ATTEMPTS + 1):
        async with write() as conn:
            # SQLite: the write lock first. PostgreSQL: rooms in id order below (the anchor's too).
            await take_sqlite_write_lock(conn, "room", anchor.room_id)
            series = await _series_for(user, anchor.series_id, conn)
            locked = await _lock_occurrences(
                conn, series, reschedule.sources, anchor.starts_at, final=attempt == LOCK_ATTEMPTS
            )
            if locked is None:
                continue  # an occurrence moved meanwhile: start again
            bookings = sorted(
                (b for b in locked if b.status in reschedule.sources),
                key=lambda b: (b.starts_at, b.id),
            )
            if not any(b.id == anchor.id for b in bookings):
                raise DomainError(
                    ErrorCode.INVALID_TRANSITION, action=Action.RESCHEDULE.value, status="?"
                )
            changes = await _move_occurrences(conn, user, series, bookings, move, settings)
        await events.publish(changes)  # committed
        return SeriesStep(series, bookings)
    raise AssertionError("the last attempt always fires")


@dataclass(frozen=True)
class _Move:
    starts_at: time  # office time
    duration_minutes: int | None
    note: str | None
    role: Role
    at: datetime


async def _move_occurrences(
    conn: BaseDBAsyncClient,
    user: User,
    series: BookingSeries,
    bookings: list[Booking],
    move: _Move,
    settings: Settings,
) -> list[events.Event]:
    """Check every new time (all or none), then write them with their history; sealed events."""
    rooms = {r.id: r for r in await Room.filter(id__in=list({b.room_id for b in bookings}))}
    for room_id in sorted(rooms):
        await lock_room(conn, room_id)
    moving = [b.id for b in bookings]
    plans = [
        (booking, await _plan_move(conn, booking, rooms[booking.room_id], move, moving, settings))
        for booking in bookings
    ]
    if any(o.error for _, o in plans):
        raise SeriesConflict([o for _, o in plans])
    changes: list[events.Event] = []
    for booking, occurrence in plans:
        room = rooms[booking.room_id]
        before = events.room_day(booking.room_id, booking.starts_at, settings.tz)
        change = schedule_note(
            room, booking, room, occurrence.starts_at, occurrence.ends_at, settings
        )
        booking.starts_at, booking.ends_at = occurrence.starts_at, occurrence.ends_at
        booking.sequence += 1  # the calendar feeds' SEQUENCE, as every time change
        await booking.save(using_db=conn, update_fields=["starts_at", "ends_at", "sequence"])
        await BookingEvent.create(
            using_db=conn,
            booking=booking,
            action=Action.RESCHEDULE.value,
            from_status=booking.status,
            to_status=booking.status,
            actor=user,
            actor_role=move.role.value,
            note=" | ".join(n for n in (change, move.note) if n),
            at=move.at,
        )
        await webhooks.booking_changed(
            conn, booking, Action.RESCHEDULE, booking.status, moved=True, role=move.role.value
        )
        changes.append(events.booking_changed(booking, settings.tz, [before]))
    told = await notify_series(
        conn, series, bookings, user, move.at, move.note, kind="series.rescheduled"
    )
    return await live_state.seal(conn, [*changes, *events.notifications_created(told)])


async def _plan_move(
    conn: BaseDBAsyncClient,
    booking: Booking,
    room: Room,
    move: _Move,
    moving: Sequence[int],
    settings: Settings,
) -> Occurrence:
    """The occurrence's new time, with the error that refuses it (if any)."""
    tz = settings.tz
    day = booking.starts_at.astimezone(tz).date()
    length = (
        timedelta(minutes=move.duration_minutes)
        if move.duration_minutes
        else booking.ends_at - booking.starts_at
    )
    start = datetime.combine(day, move.starts_at, tzinfo=tz)
    holiday, working = _calendar_flags(day, await office_calendar(settings, conn))
    occurrence = Occurrence(
        day, to_utc(start), to_utc(start + length), holiday, working, booking_id=booking.id
    )
    try:
        await check_times(room, start, start + length, settings, booking.participants, conn)
        [occurrence] = await _with_room_conflicts(
            conn, booking.room_id, [occurrence], settings, exclude=moving
        )
        if occurrence.error is None:
            lines = await BookingEquipment.filter(booking_id=booking.id).using_db(conn)
            await allocate(conn, booking, lines, occurrence.starts_at, occurrence.ends_at)
    except DomainError as error:
        occurrence = replace(occurrence, error=error)
    return occurrence


__all__ = [
    "Occurrence",
    "SeriesConflict",
    "SeriesDraft",
    "SeriesResult",
    "SeriesStep",
    "approve_series",
    "cancel_series_from",
    "decide_series_equipment_shortfall",
    "move_series_from",
    "preview_series",
    "reject_series",
    "request_series_revision",
    "resubmit_series",
    "review_series_equipment",
    "submit_series",
    "validate_series",
    "verify_series",
]
