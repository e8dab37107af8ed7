"""The booking list as CSV written by PostgreSQL: ``COPY (SELECT ...) TO STDOUT WITH (FORMAT csv)``
through asyncpg on a connection of Tortoise's pool (issue #17: a year of 200,000 bookings took
~40 s row by row in Python).

The database formats every value the way :func:`booking.exports._booking_row` does (the reference
number, office-local times with ``to_char(... AT TIME ZONE ...)``, the status names of
:data:`booking.workflow.STATES`), so the file is byte for byte the generic path's
(``tests/test_export_copy.py`` compares them). Two differences of PostgreSQL's CSV are undone:
an empty string would be quoted (``""``: it tells it from NULL), so text columns go through
``NULLIF(..., '')``; rows end with LF, so :class:`CrlfRows` turns the row ends (not the line
breaks inside quoted values) into CRLF.

Back-pressure: the COPY writes into a queue of at most ``buffered`` chunks; while the client does
not read, asyncpg stops reading the socket and the server waits. The socket's receive buffer is
set to :data:`RECEIVE_BUFFER`: without it Linux grows it up to ``tcp_rmem``'s maximum (32 MiB on
some machines), and a whole export would wait in this host's kernel ahead of a slow phone while
the database has long finished. The COPY therefore lasts as long as the download; it runs in a
read-only transaction whose ``statement_timeout`` is the export's own limit, not the API's. A closed download cancels the COPY and gives the connection back."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any

from tortoise import connections

if TYPE_CHECKING:
    from booking.exports import BookingFilter

TIME = "'YYYY-MM-DD HH24:MI'"  # as strftime's "%Y-%m-%d %H:%M"
#: COPYs running at once in this process. Each holds a pool connection for its whole download;
#: beyond these, downloads take the generic path (pages of rows, a connection per page).
MAX_RUNNING = 4
running = 0
#: The bytes a COPY's socket may receive ahead of the download (Linux doubles the value).
RECEIVE_BUFFER = 256 * 1024


def available() -> bool:
    """True when the default connection is PostgreSQL through asyncpg and fewer than
    :data:`MAX_RUNNING` COPYs of this process are running."""
    try:
        from tortoise.backends.asyncpg import AsyncpgDBClient
    except ImportError:  # pragma: no cover (asyncpg is a dependency)
        return False
    return isinstance(connections.get("default"), AsyncpgDBClient) and running < MAX_RUNNING


def booking_list_query(
    which: BookingFilter, status_names: Mapping[str, str], timezone: str
) -> tuple[str, list[Any]]:
    """The SELECT of the booking list's rows (without the header) and its arguments."""
    args: list[Any] = [which.start, which.end, timezone]

    def arg(value: Any, cast: str) -> str:
        args.append(value)
        return f"${len(args)}::{cast}"

    statuses = " ".join(
        f"WHEN {arg(code, 'text')} THEN {arg(name, 'text')}" for code, name in status_names.items()
    )

    def local(column: str) -> str:
        return f"to_char({column} AT TIME ZONE $3::text, {TIME})"

    where = ["b.starts_at >= $1::timestamptz", "b.starts_at < $2::timestamptz"]
    if which.agency_only is not None:
        where.append(f"b.agency_id = {arg(which.agency_only, 'int')}")
    if which.statuses:
        where.append(f"b.status = ANY({arg([s.value for s in which.statuses], 'text[]')})")
    if which.room_id:
        where.append(f"b.room_id = {arg(which.room_id, 'int')}")
    if which.agency_id:
        where.append(f"b.agency_id = {arg(which.agency_id, 'int')}")
    # the reference: booking.models.booking_reference (the UTC year; the id on at least 6 digits)
    query = f"""SELECT
  'EPR-' || extract(year FROM b.created_at AT TIME ZONE 'UTC')::int || '-'
    || CASE WHEN b.id < 1000000 THEN lpad(b.id::text, 6, '0') ELSE b.id::text END,
  NULLIF(b.title, ''), NULLIF(a.name, ''), NULLIF(r.name, ''), NULLIF(r.building, ''),
  {local("b.starts_at")}, {local("b.ends_at")}, b.participants,
  CASE b.status::text {statuses} END,
  {local("b.created_at")}, {local("b.checked_in_at")}
FROM booking b JOIN agency a ON a.id = b.agency_id JOIN room r ON r.id = b.room_id
WHERE {" AND ".join(where)}
ORDER BY b.starts_at, b.id"""
    return query, args


class CrlfRows:
    """PostgreSQL ends CSV rows with LF; RFC 4180 (and Python's csv) with CRLF. A LF ends a row
    when it is outside quotes, i.e. after an even number of ``"`` since the start (a doubled quote
    inside a value counts twice). UTF-8 never has these bytes inside a multi-byte character."""

    def __init__(self) -> None:
        self.quoted = False

    def __call__(self, data: bytes) -> bytes:
        if b'"' not in data:
            return data if self.quoted else data.replace(b"\n", b"\r\n")
        parts = data.split(b'"')
        quoted = self.quoted
        for i, part in enumerate(parts):
            if not quoted:
                parts[i] = part.replace(b"\n", b"\r\n")
            quoted = not quoted
        self.quoted = not quoted  # len(parts) - 1 quotes were crossed
        return b'"'.join(parts)


def _bound_receive_buffer(conn: Any) -> None:
    """Fix the receive buffer of the asyncpg connection's socket at :data:`RECEIVE_BUFFER` (it
    stays so for the pool connection's later queries, which read far less)."""
    transport = getattr(conn, "_transport", None)  # asyncpg's; the pool's proxy passes it on
    sock = transport.get_extra_info("socket") if transport is not None else None
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)


async def copy_csv(
    query: str, args: list[Any], timeout_seconds: float, buffered: int = 8
) -> AsyncIterator[bytes]:
    """The rows of ``query`` as CSV with CRLF row ends, as the database sends them."""
    client: Any = connections.get("default")
    chunks: asyncio.Queue[bytes | None] = asyncio.Queue()
    room = asyncio.Semaphore(buffered)  # the queue's bound; the end mark always fits

    async def sink(data: bytes | bytearray) -> None:  # asyncpg hands over bytearrays
        await room.acquire()
        chunks.put_nowait(bytes(data))

    async def copy() -> None:
        async with client.acquire_connection() as conn, conn.transaction(readonly=True):
            _bound_receive_buffer(conn)
            await conn.execute(f"SET LOCAL statement_timeout = {round(timeout_seconds * 1000)}")
            await conn.copy_from_query(query, *args, output=sink, format="csv")

    global running
    running += 1
    task = asyncio.create_task(copy())
    task.add_done_callback(lambda _: chunks.put_nowait(None))
    rows = CrlfRows()
    try:
        while (data := await chunks.get()) is not None:
            room.release()
            yield rows(data)
        await task  # the COPY's error, if it failed: the download ends short, not silently
    finally:
        running -= 1
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
