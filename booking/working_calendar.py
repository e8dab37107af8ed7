"""The working calendar that service-level clocks run on.

Working time is a set of daily intervals ``[opens, closes)`` in the office time zone, on working weekdays
that are neither public holidays (from the ``holidays`` package) nor extra closure dates. A 24/7
calendar counts every minute. All results are aware datetimes in UTC; inputs may be in any zone but must
be aware.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

DEFAULT_TIMEZONE = "Asia/Jakarta"
DEFAULT_WEEKDAYS: frozenset[int] = frozenset(range(5))  # Monday=0 … Friday=4, as date.weekday()
DEFAULT_OPENS = time(7, 30)
DEFAULT_CLOSES = time(16, 0)

#: A calendar with no working day for this many consecutive days is treated as misconfigured.
_MAX_CLOSED_DAYS = 3660

_WEEKDAY_NAMES: dict[str, int] = {
    **{name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{
        name: i
        for i, name in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
    **{
        name: i
        for i, name in enumerate(("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"))
    },
    "jum'at": 4,
}


@lru_cache(maxsize=256)
def _public_holidays(country: str, year: int, categories: tuple[str, ...]) -> frozenset[date]:
    """The holiday dates of one country and year (cached per year)."""
    return frozenset(holidays.country_holidays(country, years=year, categories=categories))


def _require_aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetime: the working calendar needs aware datetimes")
    return value.astimezone(UTC)


def parse_time(value: str | time) -> time:
    """``"07:30"`` (or ``"07:30:00"``) → :class:`datetime.time`."""
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"not a time of day (HH:MM): {value!r}") from None


def parse_weekday(value: int | str) -> int:
    """A weekday as ``date.weekday()`` (Monday=0 … Sunday=6) from that int or a name (English/Bahasa)."""
    if isinstance(value, int) and not isinstance(value, bool):
        day = value
    elif isinstance(value, str) and value.strip().isdigit():
        day = int(value.strip())
    elif isinstance(value, str) and value.strip().lower() in _WEEKDAY_NAMES:
        return _WEEKDAY_NAMES[value.strip().lower()]
    else:
        raise ValueError(f"not a weekday: {value!r}")
    if not 0 <= day <= 6:
        raise ValueError(f"weekday out of range 0 (Monday) … 6 (Sunday): {value!r}")
    return day


def _parse_date(value: date | str) -> date:
    if isinstance(value, datetime):
        raise ValueError(f"closure dates are dates, not datetimes: {value!r}")
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"not a date (YYYY-MM-DD): {value!r}") from None


@dataclass(frozen=True)
class WorkingCalendar:
    """Office hours for service levels: weekdays, daily hours, public holidays and closures.

    ``weekdays`` uses ``date.weekday()`` numbering (Monday=0). ``holiday_country=None`` ignores public
    holidays; ``holiday_categories`` selects the package's categories (for Indonesia ``"public"``, and
    ``"government"`` for the joint leave days, *cuti bersama*). ``always_open`` makes every minute count.
    """

    tz: tzinfo = field(default_factory=lambda: ZoneInfo(DEFAULT_TIMEZONE))
    weekdays: frozenset[int] = DEFAULT_WEEKDAYS
    opens: time = DEFAULT_OPENS
    closes: time = DEFAULT_CLOSES
    holiday_country: str | None = "ID"
    holiday_categories: tuple[str, ...] = ("public",)
    closures: frozenset[date] = frozenset()
    always_open: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "weekdays", frozenset(self.weekdays))
        object.__setattr__(self, "closures", frozenset(self.closures))
        object.__setattr__(self, "holiday_categories", tuple(self.holiday_categories))
        if self.always_open:
            return
        if not self.weekdays:
            raise ValueError("a working calendar needs at least one working weekday")
        if not self.weekdays <= frozenset(range(7)):
            raise ValueError(f"weekdays must be 0 (Monday) … 6 (Sunday): {sorted(self.weekdays)}")
        if self.opens.tzinfo is not None or self.closes.tzinfo is not None:
            raise ValueError("opening hours are local wall-clock times without a time zone")
        if not self.opens < self.closes:
            raise ValueError(f"opening time {self.opens} must be before closing time {self.closes}")

    # Constructors

    @classmethod
    def always(cls, tz: str | tzinfo = DEFAULT_TIMEZONE) -> WorkingCalendar:
        """A 24/7 calendar: every minute is a working minute."""
        return cls(tz=ZoneInfo(tz) if isinstance(tz, str) else tz, always_open=True)

    @classmethod
    def from_settings(
        cls,
        timezone: str = DEFAULT_TIMEZONE,
        weekdays: Iterable[int | str] = (0, 1, 2, 3, 4),
        opens: str | time = "07:30",
        closes: str | time = "16:00",
        closures: Iterable[date | str] = (),
        always_open: bool = False,
        holiday_country: str | None = "ID",
        holiday_categories: Iterable[str] = ("public",),
    ) -> WorkingCalendar:
        """Build from plain values (zone name, weekdays as ints or names, ``"HH:MM"``, ISO dates)."""
        return cls(
            tz=ZoneInfo(timezone),
            weekdays=frozenset(parse_weekday(d) for d in weekdays),
            opens=parse_time(opens),
            closes=parse_time(closes),
            holiday_country=holiday_country or None,
            holiday_categories=tuple(holiday_categories),
            closures=frozenset(_parse_date(d) for d in closures),
            always_open=always_open,
        )

    # Days

    def is_holiday(self, day: date) -> bool:
        """Whether ``day`` is a public holiday of the configured country."""
        if self.holiday_country is None:
            return False
        return day in _public_holidays(self.holiday_country, day.year, self.holiday_categories)

    def is_working_day(self, day: date) -> bool:
        """Whether ``day`` (a local date) has working hours."""
        if self.always_open:
            return True
        return (
            day.weekday() in self.weekdays and day not in self.closures and not self.is_holiday(day)
        )

    def _hours(self, day: date) -> tuple[datetime, datetime]:
        """The working interval of a local date, in UTC."""
        opens = datetime.combine(day, self.opens, tzinfo=self.tz).astimezone(UTC)
        closes = datetime.combine(day, self.closes, tzinfo=self.tz).astimezone(UTC)
        return opens, max(opens, closes)

    def _intervals_from(self, day: date) -> Iterator[tuple[datetime, datetime]]:
        """Working intervals (UTC) of ``day`` and the following days, in order, without end."""
        closed_run = 0
        while True:
            if self.is_working_day(day):
                closed_run = 0
                yield self._hours(day)
            else:
                closed_run += 1
                if closed_run > _MAX_CLOSED_DAYS:
                    raise ValueError(f"no working day in {_MAX_CLOSED_DAYS} days from {day}")
            day += timedelta(days=1)

    def _local_date(self, at_utc: datetime) -> date:
        return at_utc.astimezone(self.tz).date()

    def periods(self, first: date, last: date) -> list[tuple[datetime, datetime]]:
        """The working intervals (UTC) of the local dates ``first`` to ``last`` inclusive, in
        order: what a client needs to count a time standard down (it stands still between them)."""
        if last < first:
            return []
        if self.always_open:
            opens = datetime.combine(first, time(0), tzinfo=self.tz).astimezone(UTC)
            closes = datetime.combine(last + timedelta(days=1), time(0), tzinfo=self.tz)
            return [(opens, closes.astimezone(UTC))]
        found = []
        day = first
        while day <= last:
            if self.is_working_day(day):
                found.append(self._hours(day))
            day += timedelta(days=1)
        return found

    # Instants

    def is_working_time(self, at: datetime) -> bool:
        """Whether the instant ``at`` falls within working hours (opening inclusive, closing exclusive)."""
        at_utc = _require_aware(at)
        if self.always_open:
            return True
        day = self._local_date(at_utc)
        if not self.is_working_day(day):
            return False
        opens, closes = self._hours(day)
        return opens <= at_utc < closes

    def next_working_moment(self, at: datetime) -> datetime:
        """``at`` itself (in UTC) if it is working time, else the next opening."""
        at_utc = _require_aware(at)
        if self.always_open:
            return at_utc
        for opens, closes in self._intervals_from(self._local_date(at_utc)):
            if closes > at_utc:
                return max(opens, at_utc)
        raise AssertionError("unreachable")  # pragma: no cover

    def working_minutes_between(self, start: datetime, end: datetime) -> float:
        """Working minutes from ``start`` to ``end``; 0 if ``end <= start``."""
        start_utc, end_utc = _require_aware(start), _require_aware(end)
        if end_utc <= start_utc:
            return 0.0
        if self.always_open:
            return (end_utc - start_utc) / timedelta(minutes=1)
        total = timedelta()
        day, last = self._local_date(start_utc), self._local_date(end_utc)
        while day <= last:
            if self.is_working_day(day):
                opens, closes = self._hours(day)
                lo, hi = max(opens, start_utc), min(closes, end_utc)
                if hi > lo:
                    total += hi - lo
            day += timedelta(days=1)
        return total / timedelta(minutes=1)

    def add_working_minutes(self, start: datetime, minutes: float) -> datetime:
        """The instant (UTC) at which ``minutes`` working minutes have elapsed since ``start``.

        The clock starts at :meth:`next_working_moment` of ``start``; a standard that runs out exactly at
        closing time is due at closing time, not at the next opening.
        """
        if minutes < 0:
            raise ValueError(f"minutes must not be negative: {minutes}")
        start_utc = _require_aware(start)
        remaining = timedelta(minutes=minutes)
        if self.always_open:
            return start_utc + remaining
        for opens, closes in self._intervals_from(self._local_date(start_utc)):
            if closes <= start_utc:
                continue
            begin = max(opens, start_utc)
            available = closes - begin
            if remaining <= available:
                return begin + remaining
            remaining -= available
        raise AssertionError("unreachable")  # pragma: no cover


__all__ = ["WorkingCalendar", "parse_time", "parse_weekday"]
