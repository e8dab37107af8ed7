"""The bottom of the GraphQL layer: what every feature's types use (the domain's enums, typed
errors, connections, office time). Imports no feature."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar
from zoneinfo import ZoneInfo

import strawberry
from strawberry.dataloader import DataLoader

from api.context import Info
from booking import models, rules
from booking.enums import BookingStatus as _BookingStatus
from booking.enums import Frequency as _Frequency
from booking.enums import OnConflict as _OnConflict
from booking.enums import Role as _Role
from booking.errors import DomainError
from booking.errors import ErrorCode as _ErrorCode
from booking.messages import render
from booking.settings import Settings
from booking.workflow import Action as _Action
from ops import logs, metrics

_office_tz: ZoneInfo = ZoneInfo("Asia/Jakarta")


def use_settings(settings: Settings) -> None:
    """The office time zone times are shown in; set by :func:`api.schema.build_schema` from the
    settings it is given."""
    global _office_tz
    _office_tz = settings.tz


def schema_type(info: Info, name: str) -> Any:
    """The class of the schema's type ``name``: a type of a feature that builds on the caller's
    module, without importing it (the node registry, :mod:`api.nodes`, names every node type)."""
    definition = info.schema.get_type_by_name(name)
    origin = getattr(definition, "origin", None)
    if origin is None:
        raise LookupError(name)
    return origin


def local(value: datetime) -> datetime:
    """Shown in office time with its offset (+07:00); stored in UTC."""
    return value.astimezone(_office_tz)


R = TypeVar("R")
Out = TypeVar("Out")


async def node_rows(
    info: Info,
    loader: DataLoader[int, R | None],
    node_ids: Iterable[str],
    convert: Callable[[R], Out],
) -> list[Out | None]:
    """``node(id:)`` for resources every logged-in user may read."""
    info.context.require_user()
    rows = await loader.load_many([int(i) for i in node_ids])
    return [convert(r) if r else None for r in rows]


class HasId(Protocol):
    id: int


M = TypeVar("M", bound=HasId)


async def visible_nodes(
    info: Info,
    node_ids: Iterable[str],
    rows: Callable[[list[int]], Awaitable[Iterable[M]]],
    can_view: Callable[[models.User, M], bool],
    convert: Callable[[M], Out],
) -> list[Out | None]:
    """``node(id:)`` for rows only some users may see: None for the others (and unknown ids)."""
    user = info.context.require_user()
    ids = [int(i) for i in node_ids]
    found = {r.id: r for r in await rows(ids)}
    return [convert(found[i]) if i in found and can_view(user, found[i]) else None for i in ids]


# The domain's enums are the schema's enums (Strawberry maps plain Enum classes).
ErrorCode = _ErrorCode
BookingStatus = _BookingStatus
Role = _Role
BookingAction = _Action
Frequency = _Frequency
OnConflict = _OnConflict


@strawberry.enum(description="A day of the week.")
class Weekday(Enum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


@strawberry.enum(description="What happens to one occurrence of a series.")
class OccurrenceOutcome(Enum):
    BOOKABLE = "BOOKABLE"
    CONFLICT = "CONFLICT"
    HOLIDAY_SKIPPED = "HOLIDAY_SKIPPED"


BookingRule = rules.BookingRule


def record_error(code: str) -> None:
    """An error in an answer (typed or top-level): counted by code; the first one is the request's
    outcome in its log line."""
    metrics.count_error(code)
    request = logs.current.get()
    if request is not None and request.outcome is None:
        request.outcome = code


@strawberry.type(description="An expected failure: stable code, message in the caller's language.")
class UserError:
    code: ErrorCode
    message: str
    field: str | None = None
    rule: BookingRule | None = strawberry.field(
        default=None, description="With RULE_VIOLATED: the booking rule broken."
    )

    @classmethod
    def from_domain(cls, error: DomainError, info: Info) -> UserError:
        """(Counted in the metrics, and the request's outcome in its log line.)"""
        record_error(error.code.value)
        rule = error.params.get("rule")
        return cls(
            code=error.code,
            message=render(error, info.context.language),
            field=error.field,
            rule=BookingRule(rule) if rule else None,
        )


N = TypeVar("N")


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[N]):
    cursor: str
    node: N


@strawberry.type
class Connection(Generic[N]):
    edges: list[Edge[N]]
    page_info: PageInfo
    total_count: int
