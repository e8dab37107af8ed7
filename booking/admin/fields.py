"""Input checks shared by the administrative actions."""

from __future__ import annotations

import re

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from booking import availability, events, live_state
from booking.clock import now
from booking.errors import DomainError, ErrorCode
from booking.settings import Settings

CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")


def clean_text(value: str, field: str, limit: int) -> str:
    text = " ".join((value or "").split())
    if not text:
        raise DomainError(ErrorCode.VALIDATION, "required", field=field)
    if len(text) > limit:
        raise DomainError(ErrorCode.VALIDATION, "too_long", field=field, max=limit)
    return text


def clean_code(value: str) -> str:
    code = (value or "").strip().upper()
    if not CODE.match(code):
        raise DomainError(ErrorCode.VALIDATION, "bad_code", field="code")
    return code


async def unique(
    model: type[Model], column: str, value: object, conn: object, exclude: int | None = None
) -> None:
    """CONFLICT when another row of ``model`` has ``value`` in ``column``."""
    qs = model.filter(**{column: value}).using_db(conn)  # type: ignore[arg-type]
    if exclude is not None:
        qs = qs.exclude(id=exclude)
    if await qs.exists():
        raise DomainError(ErrorCode.CONFLICT, f"{column}_taken", field=column)


async def reseal_held(
    conn: BaseDBAsyncClient, settings: Settings, **where: object
) -> list[events.Event]:
    """The live state of every room-day where a booking matching ``where`` still holds its room,
    sealed again in this transaction (day views then show what the transaction changed: a room's
    or an agency's new name), and a new change number for every room where one ever held it (its
    past days show the name too). Call last in the transaction; publish after the commit."""
    shown = await availability.holding(conn).filter(**where).distinct().values_list("room_id")
    await live_state.bump(conn, [room_id for (room_id,) in shown])  # past days show it too
    tz = settings.tz
    rows = await (
        availability.holding(conn)
        .filter(ends_at__gt=now(), **where)
        .values_list("room_id", "starts_at")
    )
    days = tuple(dict.fromkeys(events.room_day(r, s, tz) for r, s in rows))
    return await live_state.seal(conn, [events.AvailabilityChanged(days)] if days else [], settings)
