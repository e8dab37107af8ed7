"""Room-day states for live subscribers, taken inside the transaction that changed them.

Events are published after commit, so the messages of two quick changes to one room can arrive in
either order, and a subscriber that reads the day when a message arrives may already see the next
change: the first one would never be shown. Instead, as the last step of every writing transaction,
:func:`seal` bumps ``Room.live_seq`` of each room its events touch (an UPDATE: the room's row lock,
held to commit, so the next writer of that room gets the next number and reads after this commit)
and reads those room-days on the transaction's own connection: exactly the state this change
left. The events carry both; a subscriber applies a state only if its number is higher than the
one it shows (api/live_views.py). Room-days nobody listens to (:func:`booking.events.watched`:
no subscriber in any process) are not read: their messages carry the number only, which a
subscriber that arrives later reads itself.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields import DatetimeField
from tortoise.fields.data import CharEnumFieldInstance
from tortoise.models import Model

from booking import availability, dialect_sql, events
from booking.events import AvailabilityChanged, BookingChanged, Event, RoomDayState
from booking.models import Booking, Room
from booking.settings import Settings

#: Room-days per transaction that travel with their state. A leadership block over many rooms and
#: days, or a long series, sends numbers only; subscribers of those days read them again.
MAX_STATES = 24

M = TypeVar("M", bound=Model)


async def seal(
    conn: BaseDBAsyncClient, changes: Sequence[Event], settings: Settings
) -> list[Event]:
    """``changes`` plus a :class:`RoomDayState` per room-day they touch. Call last in the
    transaction, after every write (the states must include them)."""
    touched = dict.fromkeys(
        room_day
        for event in changes
        if isinstance(event, BookingChanged | AvailabilityChanged)
        for room_day in event.room_days
    )
    if not touched:
        return list(changes)
    seqs = await _next_numbers(conn, sorted({room_id for room_id, _ in touched}))
    states: dict[tuple[int, date], dict[str, Any]] = {}
    watched = await events.watched(list(touched)) if len(touched) <= MAX_STATES else set()
    if watched:
        by_day: dict[date, list[int]] = defaultdict(list)
        for room_id, day in touched:
            if (room_id, day) in watched:
                by_day[day].append(room_id)
        tz = settings.tz
        for day, ids in by_day.items():
            for room_day in await availability.room_days(day, tz, ids, conn):
                states[(room_day.room.id, day)] = encode_room_day(room_day)
    return [
        *changes,
        *(
            RoomDayState(room_id, day, seqs.get(room_id, 0), states.get((room_id, day)))
            for room_id, day in touched
        ),
    ]


#: A room's next change number (SQLite has RETURNING since 3.35).
NEXT_NUMBER = "UPDATE room SET live_seq = live_seq + 1 WHERE id = $1 RETURNING live_seq"


async def _next_numbers(conn: BaseDBAsyncClient, rooms: Sequence[int]) -> dict[int, int]:
    """Bump each room's ``live_seq``, one by one in id order (the order every writer locks rooms
    in): room id -> its new number."""
    seqs: dict[int, int] = {}
    for room_id in rooms:
        for row in await dialect_sql.rows(conn, NEXT_NUMBER, [room_id]):
            seqs[room_id] = row["live_seq"]
    return seqs


async def bump(conn: BaseDBAsyncClient, room_ids: Sequence[int]) -> None:
    """A new change number for each room, without a state: for a change that alters every day of
    the room as shown (its name, an agency's name) and may touch none of its bookings. Cached
    renderings of its days (api/day_cache.py) are keyed by the number. Call before :func:`seal`
    in the transaction: both lock rooms in id order, the second time only rooms already locked."""
    await _next_numbers(conn, sorted(set(room_ids)))


# A room-day as JSON-ready data and back (the same in the in-process hub and through Redis).


def encode_row(row: Model) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in row._meta.fields_db_projection:
        value = getattr(row, name)
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, enum.Enum):
            value = value.value
        out[name] = value
    return out


def decode_row(model: type[M], data: dict[str, Any]) -> M:
    values: dict[str, Any] = {}
    for name in model._meta.fields_db_projection:
        value = data.get(name)
        field = model._meta.fields_map[name]
        if value is not None:
            if isinstance(field, DatetimeField):
                value = datetime.fromisoformat(value)
            elif isinstance(field, CharEnumFieldInstance):
                value = field.enum_type(value)
        values[name] = value
    return model(**values)


def encode_room_day(room_day: availability.RoomDay) -> dict[str, Any]:
    return {
        "room": encode_row(room_day.room),
        "window": [t.isoformat() for t in room_day.window],
        "busy": [encode_row(b) for b in room_day.busy],
        "agencies": {
            str(b.agency_id): room_day.agency_names[b.agency_id]
            for b in room_day.busy
            if b.agency_id in room_day.agency_names
        },
        "blocks": [
            [b.block_id, b.starts_at.isoformat(), b.ends_at.isoformat(), b.reason]
            for b in room_day.blocks
        ],
    }


def decode_room_day(day: date, data: dict[str, Any]) -> availability.RoomDay:
    start, end = (datetime.fromisoformat(t) for t in data["window"])
    busy = [decode_row(Booking, b) for b in data["busy"]]
    blocks = [
        availability.Blocked(block_id, datetime.fromisoformat(s), datetime.fromisoformat(e), why)
        for block_id, s, e, why in data["blocks"]
    ]
    taken = [(b.starts_at, b.ends_at) for b in busy] + [(b.starts_at, b.ends_at) for b in blocks]
    return availability.RoomDay(
        room=decode_row(Room, data["room"]),
        day=day,
        window=(start, end),
        busy=busy,
        free=availability.subtract((start, end), taken),
        agency_names={int(k): v for k, v in data["agencies"].items()},
        blocks=blocks,
    )
