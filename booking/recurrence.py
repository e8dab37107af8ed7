"""Recurrence patterns of a booking series, expanded into occurrence dates (pure, no database).

The rule is dateutil's ``rrule`` (RFC 5545 semantics): a monthly series on the 31st has no
occurrence in a month without a 31st (nor on the 29th-30th in February); ``count`` counts real
occurrences. Times are office wall-clock: 09:00 every Monday stays 09:00 local in every occurrence,
whatever the zone's offset that day (Asia/Jakarta has none to change; the rule holds elsewhere too).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

from dateutil import rrule

from booking.enums import Frequency
from booking.errors import DomainError, ErrorCode

#: At most this many occurrences per series; more is a typed VALIDATION error (series_too_long).
MAX_OCCURRENCES = 100
MAX_INTERVAL = 52

_FREQ = {
    Frequency.DAILY: rrule.DAILY,
    Frequency.WEEKLY: rrule.WEEKLY,
    Frequency.MONTHLY: rrule.MONTHLY,
}


@dataclass(frozen=True)
class Recurrence:
    """Every ``interval`` days/weeks/months from the first date, until a date or ``count`` times.

    ``weekdays`` (``date.weekday()``, Monday=0) only for WEEKLY; empty: the first date's weekday.
    MONTHLY repeats the first date's day of the month."""

    frequency: Frequency
    interval: int = 1
    weekdays: tuple[int, ...] = field(default_factory=tuple)
    until: date | None = None
    count: int | None = None

    def checked(self, first: date) -> Recurrence:
        """The pattern with its weekdays settled, or a typed VALIDATION error."""
        if (self.until is None) == (self.count is None):
            raise DomainError(ErrorCode.VALIDATION, "series_until_or_count", field="recurrence")
        if not 1 <= self.interval <= MAX_INTERVAL:
            raise DomainError(
                ErrorCode.VALIDATION, "series_interval", field="interval", max=MAX_INTERVAL
            )
        if self.count is not None and not 1 <= self.count <= MAX_OCCURRENCES:
            raise DomainError(
                ErrorCode.VALIDATION, "series_too_long", field="count", max=MAX_OCCURRENCES
            )
        if self.until is not None and self.until < first:
            raise DomainError(ErrorCode.VALIDATION, "series_until_before_start", field="until")
        days = tuple(sorted(set(self.weekdays)))
        if self.frequency != Frequency.WEEKLY and days:
            raise DomainError(ErrorCode.VALIDATION, "series_weekdays_weekly", field="weekdays")
        if any(not 0 <= d <= 6 for d in days):
            raise DomainError(ErrorCode.VALIDATION, "series_weekdays_weekly", field="weekdays")
        if self.frequency == Frequency.WEEKLY and not days:
            days = (first.weekday(),)
        return Recurrence(self.frequency, self.interval, days, self.until, self.count)


def occurrence_dates(pattern: Recurrence, first: date) -> list[date]:
    """The dates of the series from ``first`` on (``first`` only if it matches the rule)."""
    pattern = pattern.checked(first)
    rule = rrule.rrule(
        _FREQ[pattern.frequency],
        dtstart=datetime.combine(first, time(0)),
        interval=pattern.interval,
        byweekday=pattern.weekdays or None,
        bymonthday=first.day if pattern.frequency == Frequency.MONTHLY else None,
        until=datetime.combine(pattern.until, time(0)) if pattern.until else None,
        count=pattern.count,
    )
    # a far "until" is cut one past the cap: "too many" is seen without walking the whole rule
    dates = [d.date() for d in islice(rule, MAX_OCCURRENCES + 1)]
    if len(dates) > MAX_OCCURRENCES:
        raise DomainError(
            ErrorCode.VALIDATION, "series_too_long", field="until", max=MAX_OCCURRENCES
        )
    return dates


def wall_clock(
    day: date, first_start: datetime, duration: timedelta, tz: ZoneInfo
) -> tuple[datetime, datetime]:
    """The occurrence on ``day`` at the first occurrence's office-local time of day."""
    local = first_start.astimezone(tz)
    start = datetime.combine(day, local.time().replace(tzinfo=None), tzinfo=tz)
    return start, start + duration


__all__ = ["MAX_OCCURRENCES", "Recurrence", "occurrence_dates", "wall_clock"]
