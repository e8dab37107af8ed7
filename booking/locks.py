"""Serialised writes. PostgreSQL: row locks. SQLite: take the database write lock first.

SQLite ignores ``SELECT ... FOR UPDATE``; a transaction that reads and then writes can fail with
"database is locked" across processes. A no-op UPDATE as the first statement takes the write lock
up front (waiting up to ``busy_timeout``), so what follows is serialised.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tortoise.backends.base.client import BaseDBAsyncClient

from booking.errors import DomainError, ErrorCode
from booking.models import Booking


def is_sqlite(conn: BaseDBAsyncClient) -> bool:
    return conn.capabilities.dialect == "sqlite"


async def take_sqlite_write_lock(conn: BaseDBAsyncClient, table: str, row_id: int) -> None:
    if is_sqlite(conn):
        await conn.execute_query(f'UPDATE "{table}" SET id = id WHERE id = ?', [row_id])


async def lock_room(conn: BaseDBAsyncClient, room_id: int) -> None:
    """Serialise writes to one room's bookings. On PostgreSQL two concurrent inserts into the same
    slot can otherwise deadlock inside the exclusion constraint's check (one then fails with
    40P01 instead of the constraint violation)."""
    if is_sqlite(conn):
        await take_sqlite_write_lock(conn, "room", room_id)
    else:
        await conn.execute_query("SELECT id FROM room WHERE id = $1 FOR UPDATE", [room_id])


async def lock_booking(conn: BaseDBAsyncClient, booking_id: int) -> Booking:
    await take_sqlite_write_lock(conn, "booking", booking_id)
    booking = await Booking.filter(id=booking_id).using_db(conn).select_for_update().first()
    if booking is None:
        raise DomainError(ErrorCode.NOT_FOUND)
    return booking


async def lock_equipment(conn: BaseDBAsyncClient, item_ids: Iterable[int]) -> None:
    """Serialise every allocation of these items (PostgreSQL row locks, in id order)."""
    ids = sorted(set(item_ids))
    if not ids or is_sqlite(conn):
        return  # on SQLite the transaction already holds the database write lock
    placeholders = ", ".join(f"${i}" for i in range(1, len(ids) + 1))
    await conn.execute_query(
        f"SELECT id FROM equipment_item WHERE id IN ({placeholders}) ORDER BY id FOR UPDATE", ids
    )


#: Tries of a write whose bookings move to another room while it takes its locks.
LOCK_ATTEMPTS = 3


async def lock_rooms_then_bookings(
    conn: BaseDBAsyncClient, booking_ids: Sequence[int], *, also: Iterable[int] = (), final: bool
) -> list[Booking] | None:
    """The bookings' rooms and ``also`` in id order, then the bookings in id order: the order
    every writer takes (the other can deadlock on PostgreSQL). None when a booking moved to a room
    not locked between reading its room and locking it (that room would come after it): the
    caller starts its transaction again, up to :data:`LOCK_ATTEMPTS` (``final``: the last try)."""
    room_ids: list[int] = await (  # type: ignore[assignment]
        Booking.filter(id__in=list(booking_ids)).using_db(conn).values_list("room_id", flat=True)
    )
    held = sorted({*room_ids, *also})
    for room_id in held:
        await lock_room(conn, room_id)
    locked = [await lock_booking(conn, i) for i in booking_ids]
    if not final and any(b.room_id not in held for b in locked):
        return None
    return locked
