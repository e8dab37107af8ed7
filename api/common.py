"""Small helpers shared by queries and mutations: time input, pagination, typed failures."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import TypeVar

from tortoise.models import Model
from tortoise.queryset import QuerySet

from api.base import Connection, Edge, PageInfo, UserError
from api.context import Info
from api.ids import decode_cursor, decode_id, encode_cursor
from booking.errors import DomainError, ErrorCode
from booking.models import User
from booking.settings import Settings

T = TypeVar("T")
M = TypeVar("M", bound=Model)
DEFAULT_PAGE = 20


def aware(value: datetime, info: Info) -> datetime:
    """A datetime without offset is read as office time (Asia/Jakarta)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=info.context.settings.tz)
    return value


def page_size(first: int | None, info: Info) -> int:
    limit = DEFAULT_PAGE if first is None else first
    maximum = info.context.settings.max_page_size
    if limit < 0 or limit > maximum:
        raise DomainError(ErrorCode.VALIDATION, "page_size", field="first", max=maximum)
    return limit


async def paginate(
    qs: QuerySet[M],
    info: Info,
    first: int | None,
    after: str | None,
    convert: Callable[[Sequence[M]], list[T]],
) -> Connection[T]:
    """Forward pagination over a query: two queries (page + total)."""
    limit = page_size(first, info)
    start = decode_cursor(after) + 1
    rows = list(await qs.offset(start).limit(limit + 1)) if limit else []
    total = await qs.count()
    has_next = len(rows) > limit
    nodes = convert(rows[:limit])
    edges = [Edge(cursor=encode_cursor(start + i), node=n) for i, n in enumerate(nodes)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=has_next,
            has_previous_page=start > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=total,
    )


P = TypeVar("P")


async def typed(
    info: Info, action: Callable[[], Awaitable[P]], failure: Callable[[list[UserError]], P]
) -> P:
    """Run a mutation; an expected failure becomes the payload's ``errors``, never a 500."""
    try:
        return await action()
    except DomainError as error:
        return failure([UserError.from_domain(error, info)])


R = TypeVar("R")


async def acting(
    info: Info,
    run: Callable[[User], Awaitable[R]],
    done: Callable[[R], P],
    failure: Callable[[list[UserError]], P],
) -> P:
    """A mutation by the caller: ``run`` the domain action as them, ``done`` makes the payload;
    an expected failure becomes the payload's ``errors``."""

    async def action() -> P:
        return done(await run(info.context.require_user()))

    return await typed(info, action, failure)


#: A domain action as the caller, with the API's settings (they come from the request's context).
Caller = Callable[[User, Settings], Awaitable[R]]


def booking_id(value: str) -> int:
    return decode_id(value, "Booking", "bookingId")


def as_caller(
    verb: Callable[..., Awaitable[R]], decode: Callable[[str], int], raw_id: str, *args: object
) -> Caller[R]:
    """``verb(user, id, *args, settings=...)`` as a :data:`Caller`: the id is decoded when it
    runs, inside the mutation's typed failures (a bad id is a payload error, not a 500). The
    single-booking and the series verbs take the same arguments, so both resolve this way."""

    def run(user: User, settings: Settings) -> Awaitable[R]:
        return verb(user, decode(raw_id), *args, settings=settings)

    return run
