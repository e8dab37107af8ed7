"""Utilisation reports (SERVICE_HEAD, LEADERSHIP, ADMIN), per room, building or agency over a
period of office-local days.

- bookable hours: each room's bookable hours (its rules) on the working days of the working
  calendar (per room and building; none per agency);
- booked hours: bookings that were approved (APPROVED, COMPLETED, REPORTED) or released as
  NO_SHOW; used hours: those checked in;
- no-show rate (of the booked ones), cancellation rate (of every request), mean lead time (start
  minus request), and every request counted by its SOP outcome (its status now).

The database does the counting: one GROUP BY over the period's bookings (rows per group and
status), never a booking per row in Python; the bookable hours come from rooms x days."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from tortoise import connections

from booking import rules
from booking.enums import BookingStatus as S
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.models import Agency, Booking, Room, User
from booking.settings import Settings
from booking.workflow import STATES

READ_REPORTS = (Role.SERVICE_HEAD, Role.LEADERSHIP, Role.ADMIN)
#: Approved, or released for want of a check-in: the room was booked.
BOOKED = frozenset({*(s for s, st in STATES.items() if st.confirmed), S.NO_SHOW})
USED = frozenset(s for s, st in STATES.items() if st.confirmed)
MAX_DAYS = 366


class GroupBy(StrEnum):
    ROOM = "ROOM"
    BUILDING = "BUILDING"
    AGENCY = "AGENCY"


def can_read_reports(user: User) -> bool:
    return user.has_role(*READ_REPORTS)


@dataclass(frozen=True)
class Period:
    """Office-local days ``first`` to ``last``, both included."""

    first: date
    last: date

    def check(self) -> Period:
        if self.last < self.first:
            raise DomainError(ErrorCode.VALIDATION, "period_order", field="to")
        if (self.last - self.first).days >= MAX_DAYS:
            raise DomainError(ErrorCode.VALIDATION, "period_too_long", field="to", days=MAX_DAYS)
        return self

    def bounds(self, settings: Settings) -> tuple[datetime, datetime]:
        start = datetime.combine(self.first, time(0), tzinfo=settings.tz)
        end = datetime.combine(self.last + timedelta(days=1), time(0), tzinfo=settings.tz)
        return start, end

    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]


@dataclass
class UtilisationRow:
    key: str  # room code, building, agency code
    name: str
    bookable_hours: float | None
    booked_hours: float = 0.0
    used_hours: float = 0.0
    requests: int = 0
    booked: int = 0
    no_shows: int = 0
    cancellations: int = 0
    lead_hours_total: float = 0.0
    outcomes: dict[S, int] = field(default_factory=dict)

    @property
    def utilisation(self) -> float | None:
        """Booked over bookable hours (0..1, may exceed 1 when rules changed)."""
        if not self.bookable_hours:
            return None
        return self.booked_hours / self.bookable_hours

    @property
    def no_show_rate(self) -> float | None:
        return self.no_shows / self.booked if self.booked else None

    @property
    def cancellation_rate(self) -> float | None:
        return self.cancellations / self.requests if self.requests else None

    @property
    def mean_lead_hours(self) -> float | None:
        return self.lead_hours_total / self.requests if self.requests else None


def _hours(start: str, end: str, dialect: str) -> str:
    if dialect == "postgres":
        return f"EXTRACT(EPOCH FROM ({end} - {start})) / 3600.0"
    # whole seconds (julianday's floating days would give 4.99999998 hours)
    return f"(CAST(strftime('%s', {end}) AS INTEGER) - CAST(strftime('%s', {start}) AS INTEGER)) / 3600.0"


def _db_time(value: datetime) -> Any:
    """A datetime as the backend stores it (SQLite compares stored texts)."""
    return Booking._meta.fields_map["starts_at"].to_db_value(value, Booking)


async def _grouped(column: str, start: datetime, end: datetime) -> list[dict[str, Any]]:
    conn = connections.get("default")
    dialect = conn.capabilities.dialect
    duration = _hours("starts_at", "ends_at", dialect)
    lead = _hours("created_at", "starts_at", dialect)
    marks = ("$1", "$2") if dialect == "postgres" else ("?", "?")
    sql = (
        f"SELECT {column} AS grp, status, COUNT(*) AS n, SUM({duration}) AS hours,"
        f" SUM(CASE WHEN checked_in_at IS NOT NULL THEN {duration} ELSE 0 END) AS used,"
        f" SUM({lead}) AS lead FROM booking"
        f" WHERE starts_at >= {marks[0]} AND starts_at < {marks[1]}"
        f" GROUP BY {column}, status"
    )
    return await conn.execute_query_dict(sql, [_db_time(start), _db_time(end)])


async def bookable_hours(
    rooms: Sequence[Room], period: Period, settings: Settings
) -> dict[int, float]:
    """Each room's bookable hours over the working days of the period."""
    calendar = settings.working_calendar()
    in_force = await rules.rules_for_rooms(rooms, settings)
    working = [d for d in period.days() if calendar.is_working_day(d)]
    hours: dict[int, float] = {}
    for room in rooms:
        total = 0.0
        for day in working:
            window = in_force[room.id].window(day, settings.tz)
            if window is not None:
                total += (window[1] - window[0]).total_seconds() / 3600
        hours[room.id] = total
    return hours


async def utilisation(
    period: Period, group_by: GroupBy, settings: Settings
) -> list[UtilisationRow]:
    """One row per room, building or agency that has rooms or bookings, by key."""
    period.check()
    start, end = period.bounds(settings)
    column = "agency_id" if group_by == GroupBy.AGENCY else "room_id"
    grouped = await _grouped(column, start, end)
    rows: dict[Any, UtilisationRow] = {}
    owner: dict[int, Any] = {}  # group id -> row key
    if group_by == GroupBy.AGENCY:
        ids = {g["grp"] for g in grouped}
        for agency in await Agency.filter(id__in=list(ids)):
            rows[agency.id] = UtilisationRow(agency.code, agency.name, None)
            owner[agency.id] = agency.id
    else:
        rooms = await Room.filter(is_active=True).order_by("code")
        extra = {g["grp"] for g in grouped} - {r.id for r in rooms}
        rooms += await Room.filter(id__in=list(extra)) if extra else []
        hours = await bookable_hours(rooms, period, settings)
        for room in rooms:
            key = room.id if group_by == GroupBy.ROOM else room.building
            if key not in rows:
                name = room.name if group_by == GroupBy.ROOM else room.building
                label = room.code if group_by == GroupBy.ROOM else room.building
                rows[key] = UtilisationRow(label, name, 0.0)
            row = rows[key]
            row.bookable_hours = (row.bookable_hours or 0.0) + hours[room.id]
            owner[room.id] = key
    for g in grouped:
        _add(rows[owner[g["grp"]]], S(g["status"]), g)
    return sorted(rows.values(), key=lambda r: r.key)


def _add(row: UtilisationRow, status: S, g: dict[str, Any]) -> None:
    count, hours = int(g["n"]), float(g["hours"] or 0)
    row.requests += count
    row.lead_hours_total += float(g["lead"] or 0)
    row.outcomes[status] = row.outcomes.get(status, 0) + count
    if status in BOOKED:
        row.booked += count
        row.booked_hours += hours
    if status in USED:
        row.used_hours += float(g["used"] or 0)
    if status == S.NO_SHOW:
        row.no_shows += count
    if status == S.CANCELLED:
        row.cancellations += count


def totals(rows: Sequence[UtilisationRow]) -> UtilisationRow:
    """All rows together (bookable hours: None when no row has any)."""
    bookable = [r.bookable_hours for r in rows if r.bookable_hours is not None]
    total = UtilisationRow("*", "Total", sum(bookable) if bookable else None)
    outcomes: dict[S, int] = defaultdict(int)
    for r in rows:
        total.booked_hours += r.booked_hours
        total.used_hours += r.used_hours
        total.requests += r.requests
        total.booked += r.booked
        total.no_shows += r.no_shows
        total.cancellations += r.cancellations
        total.lead_hours_total += r.lead_hours_total
        for status, n in r.outcomes.items():
            outcomes[status] += n
    total.outcomes = dict(outcomes)
    return total
