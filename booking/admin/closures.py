"""Office closures: add, edit, remove; read by :func:`booking.closures.office_calendar`."""

from __future__ import annotations

from datetime import date

from tortoise.backends.base.client import BaseDBAsyncClient

from booking.admin import audit
from booking.admin.fields import clean_text
from booking.changes import write
from booking.errors import DomainError, ErrorCode
from booking.models import OfficeClosure, User


def snapshot(closure: OfficeClosure) -> dict[str, object]:
    return {"day": closure.day.isoformat(), "reason": closure.reason}


async def add_closure(user: User, day: date, reason: str) -> OfficeClosure:
    audit.require_admin(user)
    text = clean_text(reason, "reason", 200)
    async with write() as conn:
        if await OfficeClosure.filter(day=day).using_db(conn).exists():
            raise DomainError(ErrorCode.CONFLICT, "closure_exists", field="day")
        closure = await OfficeClosure.create(using_db=conn, day=day, reason=text)
        after = snapshot(closure)
        await audit.record(conn, user, "CLOSURE_ADD", "CLOSURE", closure.id, after=after)
    return closure


async def edit_closure(user: User, closure_id: int, reason: str) -> OfficeClosure:
    audit.require_admin(user)
    text = clean_text(reason, "reason", 200)
    async with write() as conn:
        closure = await _get(closure_id, conn)
        before = snapshot(closure)
        closure.reason = text
        await closure.save(using_db=conn, update_fields=["reason"])
        after = snapshot(closure)
        await audit.record(conn, user, "CLOSURE_EDIT", "CLOSURE", closure_id, before, after)
    return closure


async def remove_closure(user: User, closure_id: int) -> OfficeClosure:
    audit.require_admin(user)
    async with write() as conn:
        closure = await _get(closure_id, conn)
        before = snapshot(closure)
        await closure.delete(using_db=conn)
        await audit.record(conn, user, "CLOSURE_REMOVE", "CLOSURE", closure_id, before=before)
    return closure


async def _get(closure_id: int, conn: BaseDBAsyncClient) -> OfficeClosure:
    closure = await OfficeClosure.get_or_none(id=closure_id, using_db=conn)
    if closure is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="closureId")
    return closure
