"""Room and equipment availability. Query counts are constant in the number of rooms."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet

from booking.clock import to_utc
from booking.models import (
    Agency,
    Booking,
    BookingEquipment,
    EquipmentItem,
    LeadershipBlockRoom,
    Room,
    RoomRules,
)
from booking.workflow import HOLDING_STATUSES

Interval = tuple[datetime, datetime]

#: The longest a booking can last (same-day rule, checked by the database). A booking overlapping a
#: window therefore starts after ``window start - MAX_SPAN``: a bound both sides of the index.
MAX_SPAN = timedelta(days=1)


def overlapping(start: datetime, end: datetime) -> dict[str, datetime]:
    """Filter arguments for holding bookings that overlap [start, end)."""
    return {"starts_at__lt": end, "starts_at__gt": start - MAX_SPAN, "ends_at__gt": start}


@dataclass
class RoomDay:
    room: Room
    day: date
    window: Interval  # bookable hours of that day, UTC
    busy: list[Booking] = field(default_factory=list)
    free: list[Interval] = field(default_factory=list)
    agency_names: dict[int, str] = field(default_factory=dict)  # of the busy bookings
    blocks: list[Blocked] = field(default_factory=list)  # leadership events: not free


@dataclass(frozen=True)
class EquipmentFree:
    item: EquipmentItem
    peak_allocated: int

    @property
    def free(self) -> int:
        return max(0, self.item.stock - self.peak_allocated)


WeekdayHours = list[list[int] | None]  # RoomRules.weekday_hours: Monday first, None closed


def bookable_window(
    room: Room, day: date, tz: ZoneInfo, weekday_hours: WeekdayHours | None = None
) -> Interval:
    """The room's bookable hours that day: its per-weekday rule if set (an empty window on a
    closed day), else its opening hours."""
    if weekday_hours is not None:
        hours = weekday_hours[day.weekday()]
        midnight = datetime.combine(day, time(0), tzinfo=tz)
        if not hours:
            return midnight, midnight
        return midnight + timedelta(minutes=hours[0]), midnight + timedelta(minutes=hours[1])
    start = datetime.combine(day, room.opens_at, tzinfo=tz)
    end = (
        datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
        if room.closes_at == time(0)
        else datetime.combine(day, room.closes_at, tzinfo=tz)
    )
    return start, end


async def weekday_hours_by_room(
    room_ids: Sequence[int], conn: BaseDBAsyncClient | None = None
) -> dict[int, WeekdayHours]:
    """Rooms whose bookable hours are set per weekday (booking.rules): one query."""
    if not room_ids:
        return {}
    rows = (
        await RoomRules.filter(room_id__in=list(room_ids), weekday_hours__not_isnull=True)
        .using_db(conn)
        .values_list("room_id", "weekday_hours")
    )
    return {room_id: hours for room_id, hours in rows}


def subtract(window: Interval, busy: Iterable[Interval]) -> list[Interval]:
    """Free parts of ``window`` once every busy interval is taken out."""
    free: list[Interval] = []
    cursor, end = window
    for b_start, b_end in sorted(busy):
        if b_end <= cursor:
            continue
        if b_start >= end:
            break
        if b_start > cursor:
            free.append((cursor, b_start))
        cursor = max(cursor, b_end)
    if cursor < end:
        free.append((cursor, end))
    return free


def peak_concurrent(allocations: Iterable[tuple[datetime, datetime, int]], window: Interval) -> int:
    """Largest total quantity in use at any instant of ``window`` (half-open intervals)."""
    w_start, w_end = window
    points: list[tuple[datetime, int]] = []
    for start, end, qty in allocations:
        start, end = max(start, w_start), min(end, w_end)
        if start < end and qty > 0:
            points.append((start, qty))
            points.append((end, -qty))
    # At the same instant, releases come before new allocations: [a, b) and [b, c) do not overlap.
    points.sort(key=lambda p: (p[0], p[1]))
    peak = current = 0
    for _, delta in points:
        current += delta
        peak = max(peak, current)
    return peak


def blocks_overlapping(
    room_ids: Sequence[int] | None,
    start: datetime,
    end: datetime,
    conn: BaseDBAsyncClient | None = None,
) -> QuerySet[LeadershipBlockRoom]:
    """Rooms (None: any) of active leadership blocks that overlap [start, end)."""
    # UTC explicitly: SQLite compares the text of joined columns without converting parameters.
    qs = LeadershipBlockRoom.filter(
        block__cancelled_at__isnull=True,
        block__starts_at__lt=to_utc(end),
        block__ends_at__gt=to_utc(start),
    ).using_db(conn)
    return qs if room_ids is None else qs.filter(room_id__in=list(room_ids))


@dataclass(frozen=True)
class Blocked:
    """A leadership block as a room's day view shows it."""

    block_id: int
    starts_at: datetime
    ends_at: datetime
    reason: str


async def blocks_by_room(
    room_ids: Sequence[int],
    start: datetime,
    end: datetime,
    conn: BaseDBAsyncClient | None = None,
) -> dict[int, list[Blocked]]:
    """Active blocks over [start, end) per room: one query."""
    rows = await blocks_overlapping(room_ids, start, end, conn).values_list(
        "room_id", "block_id", "block__starts_at", "block__ends_at", "block__reason"
    )
    by_room: dict[int, list[Blocked]] = defaultdict(list)
    for room_id, block_id, b_start, b_end, reason in rows:
        by_room[room_id].append(Blocked(block_id, b_start, b_end, reason))
    for found in by_room.values():
        found.sort(key=lambda b: b.starts_at)
    return by_room


def holding(conn: BaseDBAsyncClient | None = None) -> QuerySet[Booking]:
    """Bookings that hold their slot (everything not rejected or cancelled)."""
    return Booking.filter(status__in=list(HOLDING_STATUSES)).using_db(conn)


def shown_rooms(
    room_ids: Sequence[int] | None = None, conn: BaseDBAsyncClient | None = None
) -> QuerySet[Room]:
    """The rooms a day view shows (active; ``room_ids``: only those), in its order."""
    rooms_qs = Room.filter(is_active=True).using_db(conn).order_by("building", "floor", "code")
    return rooms_qs.filter(id__in=list(room_ids)) if room_ids else rooms_qs


async def room_numbers(
    room_ids: Sequence[int] | None = None, conn: BaseDBAsyncClient | None = None
) -> list[tuple[int, int]]:
    """(room id, ``live_seq``) of the rooms a day view shows, in its order: one query. A reading
    of a room's day made at that number is still what the day shows (every change bumps it)."""
    rows = await shown_rooms(room_ids, conn).values_list("id", "live_seq")
    return [(room_id, seq) for room_id, seq in rows]


async def room_days(
    day: date,
    tz: ZoneInfo,
    room_ids: Sequence[int] | None = None,
    conn: BaseDBAsyncClient | None = None,
) -> list[RoomDay]:
    """Busy bookings, leadership blocks and free intervals of each room on one office-local day,
    inside its bookable hours: five queries (``conn``: inside that transaction).

    The rooms are read first: their ``live_seq`` is then at most the change the rest shows."""
    rooms = await shown_rooms(room_ids, conn)
    day_start = to_utc(datetime.combine(day, time(0), tzinfo=tz))
    day_end = to_utc(datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz))
    bookings = (
        await holding(conn)
        .filter(room_id__in=[r.id for r in rooms], **overlapping(day_start, day_end))
        .order_by("starts_at")
        if rooms
        else []
    )
    # Few agencies, many bookings: load each agency once rather than join it per booking.
    agency_ids = {b.agency_id for b in bookings}
    names = (
        dict(await Agency.filter(id__in=list(agency_ids)).using_db(conn).values_list("id", "name"))
        if agency_ids
        else {}
    )
    ids = [r.id for r in rooms]
    blocks = await blocks_by_room(ids, day_start, day_end, conn) if rooms else {}
    hours = await weekday_hours_by_room(ids, conn)
    by_room: dict[int, list[Booking]] = defaultdict(list)
    for b in bookings:
        by_room[b.room_id].append(b)
    result = []
    for room in rooms:
        window = bookable_window(room, day, tz, hours.get(room.id))
        busy = by_room.get(room.id, [])
        blocked = blocks.get(room.id, [])
        taken = [(b.starts_at, b.ends_at) for b in busy] + [
            (b.starts_at, b.ends_at) for b in blocked
        ]
        free = subtract(window, taken)
        result.append(RoomDay(room, day, window, busy, free, names, blocked))
    return result


#: The free-room search's statement per SQL dialect, written once: building it through the ORM
#: (two subqueries and a join) cost more CPU per search than PostgreSQL took to run it.
_FREE_ROOMS_SQL: dict[str, str] = {}


def _free_rooms_sql(dialect: str) -> str:
    found = _FREE_ROOMS_SQL.get(dialect)
    if found is not None:
        return found
    marks = (f"${n}" if dialect == "postgres" else "?" for n in itertools.count(1))
    columns = ",".join(f'r."{c}"' for c in Room._meta.db_fields)
    active, capacity = next(marks), next(marks)  # in the order of the text (SQLite's ``?``)
    statuses = ",".join(next(marks) for _ in HOLDING_STATUSES)
    b_end, b_after, b_start, k_end, k_start = (next(marks) for _ in range(5))
    found = (
        f'SELECT {columns},rr."weekday_hours" "rules_weekday_hours" FROM "room" r'
        ' LEFT OUTER JOIN "room_rules" rr ON rr."room_id"=r."id"'
        f' WHERE r."is_active"={active} AND r."capacity">={capacity}'
        # per candidate room through (room_id, starts_at): a NOT IN read the window's bookings of
        # every room (10x the work with 500 rooms for the same ~20 rooms answered)
        ' AND NOT EXISTS (SELECT 1 FROM "booking" b WHERE b."room_id"=r."id"'
        f' AND b."status" IN ({statuses})'
        f' AND b."starts_at"<{b_end} AND b."starts_at">{b_after} AND b."ends_at">{b_start})'
        ' AND r."id" NOT IN (SELECT lbr."room_id" FROM "leadership_block_room" lbr'
        ' JOIN "leadership_block" lb ON lb."id"=lbr."block_id"'
        f' WHERE lb."cancelled_at" IS NULL AND lb."starts_at"<{k_end} AND lb."ends_at">{k_start})'
        ' ORDER BY r."capacity",r."code"'
    )
    _FREE_ROOMS_SQL[dialect] = found
    return found


class FreeRoom:
    """A room the search found: its id and change number (``live_seq``, read with the rest of
    its row) at once, its model when asked for (a kept answer of the room needs none)."""

    __slots__ = ("_model", "_row", "id", "live_seq")

    def __init__(self, row: Mapping[str, Any]) -> None:
        self._row = row
        self._model: Room | None = None
        self.id: int = row["id"]
        self.live_seq: int = row["live_seq"]

    @property
    def model(self) -> Room:
        if self._model is None:
            self._model = Room._init_from_db(**self._row)
        return self._model


async def free_rooms(
    start: datetime,
    end: datetime,
    min_capacity: int = 0,
    tz: ZoneInfo | None = None,
    equipment: dict[int, int] | None = None,
) -> list[Room]:
    """Active rooms with capacity, bookable over [start, end) (with ``tz``: their per-weekday
    hours), with no booking holding it and no leadership block: one query; none at all when the
    equipment needed (id -> quantity) is not free then: two more."""
    found = await free_room_rows(start, end, min_capacity, tz, equipment)
    return [room.model for room in found]


async def free_room_rows(
    start: datetime,
    end: datetime,
    min_capacity: int = 0,
    tz: ZoneInfo | None = None,
    equipment: dict[int, int] | None = None,
) -> list[FreeRoom]:
    """:func:`free_rooms`, each room's model made only when asked for."""
    start, end = to_utc(start), to_utc(end)
    if equipment:
        free = await equipment_free(start, end, list(equipment))
        if any(i not in free or free[i].free < q for i, q in equipment.items()):
            return []
    conn = Room._meta.db
    statuses = [s.value for s in HOLDING_STATUSES]
    after = start - MAX_SPAN  # the overlap bounds of ``overlapping``
    values = [True, min_capacity, *statuses, end, after, start, end, start]
    _, rows = await conn.execute_query(_free_rooms_sql(conn.capabilities.dialect), values)
    found = [FreeRoom(row) for row in rows]
    if tz is None:
        return found
    hours_field = RoomRules._meta.fields_map["weekday_hours"]
    fits: dict[tuple[int, int, str | None], bool] = {}  # rooms mostly share their hours
    kept = []
    for room, row in zip(found, rows, strict=True):
        raw = row["rules_weekday_hours"]
        key = (row["opens_minute"], row["closes_minute"], None if raw is None else str(raw))
        fit = fits.get(key)
        if fit is None:
            hours = None if raw is None else hours_field.to_python_value(raw)
            fit = fits[key] = within_hours(room.model, start, end, tz, hours)
        if fit:
            kept.append(room)
    return kept


def within_hours(
    room: Room,
    start: datetime,
    end: datetime,
    tz: ZoneInfo,
    weekday_hours: WeekdayHours | None = None,
) -> bool:
    local_start = start.astimezone(tz)
    w_start, w_end = bookable_window(room, local_start.date(), tz, weekday_hours)
    return w_start <= start and end <= w_end


async def equipment_free(
    start: datetime,
    end: datetime,
    item_ids: Sequence[int] | None = None,
    exclude_booking_id: int | None = None,
    conn: BaseDBAsyncClient | None = None,
) -> dict[int, EquipmentFree]:
    """Free quantity per item = stock - peak concurrent allocation over [start, end): two queries.

    The allocation is the approved quantity of lines whose booking still holds its slot.
    """
    # UTC explicitly: SQLite compares the text of joined columns without converting parameters.
    start, end = to_utc(start), to_utc(end)
    items_qs = EquipmentItem.all().using_db(conn).order_by("name")
    lines_qs = BookingEquipment.filter(
        approved_quantity__gt=0,
        booking__status__in=list(HOLDING_STATUSES),
        **{f"booking__{k}": v for k, v in overlapping(start, end).items()},
    ).using_db(conn)
    if item_ids is not None:
        items_qs = items_qs.filter(id__in=list(item_ids))
        lines_qs = lines_qs.filter(equipment_id__in=list(item_ids))
    if exclude_booking_id is not None:
        lines_qs = lines_qs.exclude(booking_id=exclude_booking_id)
    items = await items_qs
    rows = await lines_qs.values_list(
        "equipment_id", "booking__starts_at", "booking__ends_at", "approved_quantity"
    )
    per_item: dict[int, list[tuple[datetime, datetime, int]]] = defaultdict(list)
    for item_id, b_start, b_end, qty in rows:
        per_item[item_id].append((b_start, b_end, qty))
    return {
        item.id: EquipmentFree(item, peak_concurrent(per_item.get(item.id, []), (start, end)))
        for item in items
    }
