"""Booking rules per room, with global defaults in :mod:`booking.settings`.

:func:`check` covers the rules of a slot on its own (bookable hours per weekday, minimum lead time,
maximum advance, maximum duration, capacity); :func:`check_locked` covers what depends on other
rows (leadership blocks, the buffer between bookings) and runs inside the write transaction after
:func:`booking.locks.lock_room`, so a concurrent submission or block creation cannot slip past it.
Every way a booking gets a time (submit, resubmit, approve with a new schedule, accept a
suggestion) goes through both. A broken rule is ``RULE_VIOLATED`` with ``params["rule"]``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from booking import availability, dialect_sql, events, live_state
from booking.clock import now, to_utc
from booking.errors import DomainError, ErrorCode
from booking.locks import is_sqlite, lock_room
from booking.models import Room, RoomRules, User
from booking.permissions import can_set_room_rules
from booking.settings import Settings
from booking.workflow import HOLDING_STATUSES

DAYS = 7
Hours = tuple[int, int]  # opens, closes: office-local minutes after midnight (1440: midnight)


class BookingRule(StrEnum):
    BOOKABLE_HOURS = "BOOKABLE_HOURS"
    MIN_LEAD_TIME = "MIN_LEAD_TIME"
    MAX_ADVANCE = "MAX_ADVANCE"
    MAX_DURATION = "MAX_DURATION"
    BUFFER = "BUFFER"
    CAPACITY = "CAPACITY"


@dataclass(frozen=True)
class Rules:
    """The rules in force for one room: its overrides over the global defaults."""

    weekday_hours: tuple[Hours | None, ...]  # Monday first; None: closed that day
    min_lead_minutes: int
    max_advance_days: int
    max_duration_minutes: int
    buffer_minutes: int

    def window(self, day: date, tz: ZoneInfo) -> availability.Interval | None:
        """The bookable hours of ``day`` (office-local), or None when the room is closed."""
        hours = self.weekday_hours[day.weekday()]
        if hours is None:
            return None
        midnight = datetime.combine(day, time(0), tzinfo=tz)
        return midnight + timedelta(minutes=hours[0]), midnight + timedelta(minutes=hours[1])

    @property
    def buffer(self) -> timedelta:
        return timedelta(minutes=self.buffer_minutes)


def effective(room: Room, override: RoomRules | None, settings: Settings) -> Rules:
    hours: tuple[Hours | None, ...] = ((room.opens_minute, room.closes_minute),) * DAYS
    if override is not None and override.weekday_hours is not None:
        hours = tuple((h[0], h[1]) if h else None for h in override.weekday_hours)

    def pick(value: int | None, default: int) -> int:
        return default if value is None else value

    o = override
    return Rules(
        weekday_hours=hours,
        min_lead_minutes=pick(o.min_lead_minutes if o else None, settings.min_lead_minutes),
        max_advance_days=pick(o.max_advance_days if o else None, settings.max_advance_days),
        max_duration_minutes=pick(
            o.max_duration_minutes if o else None, settings.max_duration_minutes
        ),
        buffer_minutes=pick(o.buffer_minutes if o else None, settings.buffer_minutes),
    )


_OVERRIDES = (
    "weekday_hours",
    "min_lead_minutes",
    "max_advance_days",
    "max_duration_minutes",
    "buffer_minutes",
)
#: The room's row lock (PostgreSQL; see :func:`booking.locks.lock_room`) and its overrides, if any.
LOCK_WITH_RULES = (
    "SELECT rr.id AS rules_id, "
    + ", ".join(f"rr.{c}" for c in _OVERRIDES)
    + " FROM room r LEFT JOIN room_rules rr ON rr.room_id = r.id WHERE r.id = $1 FOR UPDATE OF r"
)
READ_RULES = LOCK_WITH_RULES.removesuffix(" FOR UPDATE OF r")


async def rules_for(room: Room, settings: Settings, conn: BaseDBAsyncClient | None = None) -> Rules:
    found = await dialect_sql.rows(conn or Room._meta.db, READ_RULES, [room.id])
    return _in_force(room, found, settings)


async def lock_room_rules(room: Room, settings: Settings, conn: BaseDBAsyncClient) -> Rules:
    """:func:`booking.locks.lock_room`, then the rules in force read under the lock: one statement
    on PostgreSQL; on SQLite the write lock first, as there."""
    if is_sqlite(conn):
        await lock_room(conn, room.id)
        found = await dialect_sql.rows(conn, READ_RULES, [room.id])
    else:
        found = await dialect_sql.rows(conn, LOCK_WITH_RULES, [room.id])
    return _in_force(room, found, settings)


def _in_force(room: Room, found: Sequence[dict[str, Any]], settings: Settings) -> Rules:
    row = found[0] if found else None
    if row is None or row["rules_id"] is None:
        return effective(room, None, settings)
    hours = RoomRules._meta.fields_map["weekday_hours"].to_python_value(row["weekday_hours"])
    values = {name: row[name] for name in _OVERRIDES} | {"weekday_hours": hours}
    return effective(room, RoomRules(room_id=room.id, **values), settings)


async def rules_for_rooms(rooms: Sequence[Room], settings: Settings) -> dict[int, Rules]:
    """One query for any number of rooms."""
    ids = [r.id for r in rooms]
    overrides = {o.room_id: o for o in await RoomRules.filter(room_id__in=ids)} if ids else {}
    return {r.id: effective(r, overrides.get(r.id), settings) for r in rooms}


def violated(rule: BookingRule, key: str, field: str, **params: object) -> DomainError:
    return DomainError(ErrorCode.RULE_VIOLATED, key, field=field, rule=rule, **params)


def _hhmm(value: datetime, tz: ZoneInfo) -> str:
    return value.astimezone(tz).strftime("%H:%M")


def problem(
    rules: Rules,
    room: Room,
    start: datetime,
    end: datetime,
    participants: int,
    tz: ZoneInfo,
    at: datetime,
) -> DomainError | None:
    """The first rule the slot breaks on its own, or None."""
    window = rules.window(start.astimezone(tz).date(), tz)
    if window is None:
        return violated(BookingRule.BOOKABLE_HOURS, "closed_day", "startsAt")
    if not (window[0] <= start and end <= window[1]):
        return violated(
            BookingRule.BOOKABLE_HOURS,
            "outside_hours",
            "startsAt",
            opens=_hhmm(window[0], tz),
            closes=_hhmm(window[1], tz),
        )
    if start < at + timedelta(minutes=rules.min_lead_minutes):
        return violated(
            BookingRule.MIN_LEAD_TIME, "min_lead_time", "startsAt", minutes=rules.min_lead_minutes
        )
    if start > at + timedelta(days=rules.max_advance_days):
        return violated(
            BookingRule.MAX_ADVANCE, "too_far_ahead", "startsAt", days=rules.max_advance_days
        )
    if end - start > timedelta(minutes=rules.max_duration_minutes):
        return violated(
            BookingRule.MAX_DURATION, "max_duration", "endsAt", minutes=rules.max_duration_minutes
        )
    if participants > room.capacity:
        return violated(
            BookingRule.CAPACITY,
            "capacity",
            "participants",
            participants=participants,
            capacity=room.capacity,
        )
    return None


def check(
    rules: Rules,
    room: Room,
    start: datetime,
    end: datetime,
    participants: int,
    tz: ZoneInfo,
    at: datetime,
) -> None:
    error = problem(rules, room, start, end, participants, tz, at)
    if error is not None:
        raise error


async def check_not_blocked(
    conn: BaseDBAsyncClient, room_id: int, start: datetime, end: datetime
) -> None:
    """Call with the room locked: no active leadership block covers any of [start, end)."""
    if await availability.blocks_overlapping([room_id], start, end, conn).exists():
        raise DomainError(ErrorCode.ROOM_BLOCKED, field="startsAt")


#: Whether [start, end) of one room is blocked, taken, or within the buffer of a holding booking
#: (``$1`` the room, ``$2``/``$3`` the slot, ``$4``/``$5`` the slot widened by the buffer, ``$6``
#: a booking to leave out, 0: none). A holding booking overlapping a window starts less than
#: :data:`availability.MAX_SPAN` before it: the same bounds as :func:`availability.overlapping`.
_HOLDING = ", ".join(f"'{s.value}'" for s in sorted(HOLDING_STATUSES))
_NEAR = (
    "SELECT 1 FROM booking WHERE room_id = $1 AND status IN (" + _HOLDING + ") AND id <> $6"
    " AND starts_at < {end} AND starts_at > {before} AND ends_at > {start}"
)
LOCKED_CHECK = (
    "SELECT EXISTS (SELECT 1 FROM leadership_block_room r"
    " JOIN leadership_block b ON b.id = r.block_id WHERE r.room_id = $1"
    " AND b.cancelled_at IS NULL AND b.starts_at < $3 AND b.ends_at > $2) AS blocked,"
    " EXISTS (" + _NEAR.format(start="$2", end="$3", before="$7") + ") AS taken,"
    " EXISTS (" + _NEAR.format(start="$4", end="$5", before="$8") + ") AS near"
)


async def check_locked(
    conn: BaseDBAsyncClient,
    room_id: int,
    start: datetime,
    end: datetime,
    rules: Rules,
    exclude_booking_id: int | None = None,
) -> None:
    """Call with the room locked: not blocked, not overlapping, and the buffer kept (one
    statement; the database's exclusion constraint stays the last guard against an overlap)."""
    start, end = to_utc(start), to_utc(end)
    gap = rules.buffer
    values = [room_id, start, end, start - gap, end + gap, exclude_booking_id or 0]
    values += [start - availability.MAX_SPAN, start - gap - availability.MAX_SPAN]
    found = (await dialect_sql.rows(conn, LOCKED_CHECK, values))[0]
    if found["blocked"]:
        raise DomainError(ErrorCode.ROOM_BLOCKED, field="startsAt")
    if found["taken"]:
        raise DomainError(ErrorCode.ROOM_UNAVAILABLE, field="startsAt")
    if rules.buffer_minutes > 0 and found["near"]:
        raise violated(BookingRule.BUFFER, "buffer", "startsAt", minutes=rules.buffer_minutes)


@dataclass(frozen=True)
class RulesChange:
    """A room's overrides, all replaced at once; None keeps (or returns to) the global default.
    ``weekday_hours``: seven entries, Monday first, None for a closed day; None as a whole: the
    room's opening hours every day."""

    weekday_hours: Sequence[Hours | None] | None = None
    min_lead_minutes: int | None = None
    max_advance_days: int | None = None
    max_duration_minutes: int | None = None
    buffer_minutes: int | None = None


def _check_change(change: RulesChange) -> None:
    if change.weekday_hours is not None:
        if len(change.weekday_hours) != DAYS:
            raise DomainError(ErrorCode.VALIDATION, "bad_hours", field="weekdayHours")
        for hours in change.weekday_hours:
            if hours is not None and not 0 <= hours[0] < hours[1] <= 24 * 60:
                raise DomainError(ErrorCode.VALIDATION, "bad_hours", field="weekdayHours")
    for name, value, least in (
        ("minLeadMinutes", change.min_lead_minutes, 0),
        ("maxAdvanceDays", change.max_advance_days, 1),
        ("maxDurationMinutes", change.max_duration_minutes, 1),
        ("bufferMinutes", change.buffer_minutes, 0),
    ):
        if value is not None and not least <= value <= 100_000:
            raise DomainError(ErrorCode.VALIDATION, "positive", field=name)


#: Days ahead whose live subscribers hear of new bookable hours (the booking horizon, at most).
MAX_LIVE_DAYS = 366


async def set_room_rules(
    user: User, room_id: int, change: RulesChange, settings: Settings
) -> tuple[Room, Rules]:
    """ADMIN: replace a room's overrides. Existing bookings are not re-checked."""
    if not can_set_room_rules(user):
        raise DomainError(ErrorCode.FORBIDDEN)
    room = await Room.get_or_none(id=room_id)
    if room is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="roomId")
    _check_change(change)
    values = {
        "weekday_hours": (
            [list(h) if h else None for h in change.weekday_hours]
            if change.weekday_hours is not None
            else None
        ),
        "min_lead_minutes": change.min_lead_minutes,
        "max_advance_days": change.max_advance_days,
        "max_duration_minutes": change.max_duration_minutes,
        "buffer_minutes": change.buffer_minutes,
        "updated_by_id": user.id,
        "updated_at": now(),
    }
    # The bookable hours are part of every day view of the room: under the room's lock (as a
    # booking change), live subscribers of its days from today to the booking horizon are told.
    async with in_transaction() as conn:
        await lock_room(conn, room.id)
        override, _ = await RoomRules.update_or_create(
            defaults=values, using_db=conn, room_id=room.id
        )
        in_force = effective(room, override, settings)
        today = now().astimezone(settings.tz).date()
        horizon = min(in_force.max_advance_days, MAX_LIVE_DAYS)
        days = tuple((room.id, today + timedelta(days=k)) for k in range(horizon + 1))
        changes = await live_state.seal(conn, [events.AvailabilityChanged(days)], settings)
    await events.publish(changes)  # committed
    return room, in_force
