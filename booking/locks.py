"""Serialised writes. PostgreSQL: row locks. SQLite: take the database write lock first.

SQLite ignores ``SELECT ... FOR UPDATE``; a transaction that reads and then writes can fail with
"database is locked" across processes. A no-op UPDATE as the first statement takes the write lock
up front (waiting up to ``busy_timeout``), so what follows is serialised.
"""

from __future__ import annotations

from collections.abc import Iterable

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
