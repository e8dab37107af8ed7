"""A deactivated agency takes no new requests (bookings, series, waitlist entries, promotions
from the waitlist). What it already has goes on: see docs/administration.md, "Agencies"."""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from booking import dialect_sql
from booking.errors import DomainError, ErrorCode
from booking.locks import is_sqlite
from booking.models import Agency

IS_ACTIVE = "SELECT is_active FROM agency WHERE id = $1"


async def agency_active(agency_id: int, conn: BaseDBAsyncClient) -> bool:
    """Inside a write transaction on PostgreSQL, a shared lock on the agency's row: a
    deactivation (which locks the row to change it) waits for the submissions under way, and the
    ones after it see the agency inactive. On SQLite the transaction holds the write lock."""
    return await _is_active(agency_id, conn, "" if is_sqlite(conn) else " FOR SHARE")


async def _is_active(agency_id: int, conn: BaseDBAsyncClient, lock: str = "") -> bool:
    found = await dialect_sql.rows(conn, IS_ACTIVE + lock, [agency_id])
    return bool(found) and bool(found[0]["is_active"])


async def require_active_agency(
    agency_id: int | None, conn: BaseDBAsyncClient | None = None
) -> None:
    """AGENCY_INACTIVE when the requester's agency has been deactivated."""
    if agency_id is None:
        return  # can_submit already refused a requester without an agency
    if conn is None:  # a first check, before the request's letter is stored
        active = await _is_active(agency_id, Agency._meta.db)
    else:
        active = await agency_active(agency_id, conn)
    if not active:
        raise DomainError(ErrorCode.AGENCY_INACTIVE, field="agencyId")
