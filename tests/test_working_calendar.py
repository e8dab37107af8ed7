"""The working calendar behind service levels (pure Python, no database)."""

from __future__ import annotations

import random
import subprocess
import sys
import time as wallclock
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import pytest

from booking.working_calendar import WorkingCalendar

JAKARTA = ZoneInfo("Asia/Jakarta")
CAL = WorkingCalendar()


@pytest.fixture(autouse=True)
def clean_tables() -> Iterator[None]:
    """Overrides the conftest fixture of the same name: these tests need no database."""
    yield


def jkt(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=JAKARTA)


def utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def brute_force_minutes(cal: WorkingCalendar, start: datetime, end: datetime) -> int:
    """Reference: count whole minutes one by one (start and end on minute boundaries)."""
    count, t = 0, start
    while t < end:
        count += cal.is_working_time(t)
        t += timedelta(minutes=1)
    return count


# The fixtures' dates really are what the tests assume.


def test_chosen_dates_are_as_assumed() -> None:
    public = holidays.country_holidays("ID", years=[2026, 2027])
    assert date(2026, 7, 10).weekday() == 4 and date(2026, 7, 10) not in public
    assert date(2026, 7, 13).weekday() == 0 and date(2026, 7, 13) not in public
    assert date(2026, 12, 25) in public and date(2026, 12, 25).weekday() == 4
    assert date(2027, 8, 17) in public and date(2027, 8, 17).weekday() == 1
    assert date(2026, 8, 17) in public and date(2026, 8, 17).weekday() == 0
    assert date(2026, 12, 24) not in public  # cuti bersama is "government", not "public"


# Defaults and is_working_time


def test_defaults() -> None:
    assert CAL.tz == JAKARTA
    assert CAL.weekdays == frozenset({0, 1, 2, 3, 4})
    assert (CAL.opens, CAL.closes) == (time(7, 30), time(16, 0))
    assert not CAL.always_open


def test_is_working_time_boundaries() -> None:
    assert CAL.is_working_time(jkt(2026, 7, 8, 7, 30))  # opening is inclusive
    assert CAL.is_working_time(jkt(2026, 7, 8, 15, 59, 59))
    assert not CAL.is_working_time(jkt(2026, 7, 8, 16, 0))  # closing is exclusive
    assert not CAL.is_working_time(jkt(2026, 7, 8, 7, 29, 59))
    assert not CAL.is_working_time(jkt(2026, 7, 11, 10))  # Saturday
    assert not CAL.is_working_time(jkt(2026, 7, 12, 10))  # Sunday
    assert not CAL.is_working_time(jkt(2026, 12, 25, 10))  # Christmas
    assert not CAL.is_working_time(jkt(2027, 8, 17, 10))  # Independence Day


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        CAL.is_working_time(datetime(2026, 7, 8, 10))
    with pytest.raises(ValueError, match="naive"):
        CAL.add_working_minutes(datetime(2026, 7, 8, 10), 15)
    with pytest.raises(ValueError, match="naive"):
        CAL.working_minutes_between(datetime(2026, 7, 8, 10), jkt(2026, 7, 8, 11))


# add_working_minutes


def test_step_within_one_working_day() -> None:
    due = CAL.add_working_minutes(jkt(2026, 7, 8, 10, 0), 15)
    assert due == utc(jkt(2026, 7, 8, 10, 15))
    assert due.tzinfo is UTC


def test_friday_afternoon_runs_over_the_weekend() -> None:
    assert CAL.add_working_minutes(jkt(2026, 7, 10, 15, 50), 15) == utc(jkt(2026, 7, 13, 7, 35))


def test_standard_running_out_at_closing_is_due_at_closing() -> None:
    assert CAL.add_working_minutes(jkt(2026, 7, 10, 15, 45), 15) == utc(jkt(2026, 7, 10, 16, 0))


def test_clock_starts_at_opening_when_started_before_hours() -> None:
    assert CAL.add_working_minutes(jkt(2026, 7, 8, 6, 0), 15) == utc(jkt(2026, 7, 8, 7, 45))
    assert CAL.add_working_minutes(jkt(2026, 7, 8, 6, 0), 0) == utc(jkt(2026, 7, 8, 7, 30))


def test_clock_starts_next_working_day_when_started_after_hours() -> None:
    assert CAL.add_working_minutes(jkt(2026, 7, 8, 17, 0), 15) == utc(jkt(2026, 7, 9, 7, 45))
    assert CAL.add_working_minutes(jkt(2026, 7, 8, 16, 0), 15) == utc(jkt(2026, 7, 9, 7, 45))


def test_started_at_the_weekend() -> None:
    assert CAL.add_working_minutes(jkt(2026, 7, 11, 9, 0), 20) == utc(jkt(2026, 7, 13, 7, 50))
    assert CAL.add_working_minutes(jkt(2026, 7, 12, 23, 59), 20) == utc(jkt(2026, 7, 13, 7, 50))


def test_public_holidays_are_skipped() -> None:
    # Christmas 2026 is a Friday: Thursday 15:50 + 15 runs on the following Monday.
    assert CAL.add_working_minutes(jkt(2026, 12, 24, 15, 50), 15) == utc(jkt(2026, 12, 28, 7, 35))
    # Independence Day 2027 is a Tuesday.
    assert CAL.add_working_minutes(jkt(2027, 8, 16, 15, 50), 15) == utc(jkt(2027, 8, 18, 7, 35))
    # Independence Day 2026 is a Monday, after a weekend.
    assert CAL.add_working_minutes(jkt(2026, 8, 14, 15, 50), 15) == utc(jkt(2026, 8, 18, 7, 35))
    # Started on the holiday itself.
    assert CAL.add_working_minutes(jkt(2027, 8, 17, 10, 0), 15) == utc(jkt(2027, 8, 18, 7, 45))


def test_holidays_can_be_turned_off_or_widened() -> None:
    no_holidays = WorkingCalendar(holiday_country=None)
    assert no_holidays.add_working_minutes(jkt(2027, 8, 16, 15, 50), 15) == utc(
        jkt(2027, 8, 17, 7, 35)
    )
    with_joint_leave = WorkingCalendar(holiday_categories=("public", "government"))
    assert CAL.is_working_time(jkt(2026, 12, 24, 10))
    assert not with_joint_leave.is_working_time(jkt(2026, 12, 24, 10))  # cuti bersama


def test_extra_closure_dates_are_skipped() -> None:
    cal = WorkingCalendar(closures=frozenset({date(2026, 7, 13)}))
    assert not cal.is_working_time(jkt(2026, 7, 13, 10))
    assert cal.add_working_minutes(jkt(2026, 7, 10, 15, 50), 15) == utc(jkt(2026, 7, 14, 7, 35))
    assert cal.working_minutes_between(jkt(2026, 7, 10, 15, 50), jkt(2026, 7, 14, 7, 35)) == 15


def test_step_spanning_several_working_days() -> None:
    # A working day is 510 minutes (07:30–16:00).
    assert CAL.add_working_minutes(jkt(2026, 7, 6, 7, 30), 1000) == utc(jkt(2026, 7, 7, 15, 40))
    # Wed 10:00: 360 + Thu 510 + Fri 130.
    assert CAL.add_working_minutes(jkt(2026, 7, 8, 10, 0), 1000) == utc(jkt(2026, 7, 10, 9, 40))
    # Thu 12:00: 240 + Fri 510 + (weekend) + Mon 250.
    assert CAL.add_working_minutes(jkt(2026, 7, 9, 12, 0), 1000) == utc(jkt(2026, 7, 13, 11, 40))


def test_fractional_minutes() -> None:
    assert CAL.add_working_minutes(jkt(2026, 7, 8, 10, 0), 1.5) == utc(jkt(2026, 7, 8, 10, 1, 30))
    assert CAL.working_minutes_between(jkt(2026, 7, 8, 10, 0), jkt(2026, 7, 8, 10, 0, 30)) == 0.5


def test_negative_minutes_are_refused() -> None:
    with pytest.raises(ValueError):
        CAL.add_working_minutes(jkt(2026, 7, 8, 10), -1)


# working_minutes_between


def test_minutes_between_basic_cases() -> None:
    assert CAL.working_minutes_between(jkt(2026, 7, 8, 10), jkt(2026, 7, 8, 10, 15)) == 15
    assert CAL.working_minutes_between(jkt(2026, 7, 8, 10), jkt(2026, 7, 8, 10)) == 0
    assert CAL.working_minutes_between(jkt(2026, 7, 8, 11), jkt(2026, 7, 8, 10)) == 0
    assert CAL.working_minutes_between(jkt(2026, 7, 8, 0), jkt(2026, 7, 9, 0)) == 510
    assert CAL.working_minutes_between(jkt(2026, 7, 8, 17), jkt(2026, 7, 9, 6)) == 0
    assert CAL.working_minutes_between(jkt(2026, 7, 10, 15, 50), jkt(2026, 7, 13, 7, 35)) == 15
    assert CAL.working_minutes_between(jkt(2026, 7, 11), jkt(2026, 7, 13)) == 0  # weekend
    assert CAL.working_minutes_between(jkt(2026, 12, 25), jkt(2026, 12, 26)) == 0  # Christmas
    # Monday 6 to Sunday 12 July 2026: five full days.
    assert CAL.working_minutes_between(jkt(2026, 7, 6), jkt(2026, 7, 13)) == 5 * 510


def test_minutes_between_matches_minute_by_minute_count() -> None:
    rng = random.Random(20260817)
    base = jkt(2026, 12, 20)  # covers Christmas and a weekend
    for _ in range(25):
        start = base + timedelta(minutes=rng.randrange(0, 10 * 24 * 60))
        end = start + timedelta(minutes=rng.randrange(0, 3 * 24 * 60))
        assert CAL.working_minutes_between(start, end) == brute_force_minutes(CAL, start, end)


def test_add_and_between_are_inverse() -> None:
    rng = random.Random(42)
    cal = WorkingCalendar(closures=frozenset({date(2026, 9, 14), date(2027, 1, 4)}))
    for _ in range(200):
        start = jkt(2026, 1, 1) + timedelta(seconds=rng.randrange(0, 2 * 365 * 24 * 3600))
        minutes = rng.choice([0, 5, 10, 15, 20, 510, 1000]) + rng.randrange(0, 3000) * rng.random()
        due = cal.add_working_minutes(start, minutes)
        assert due >= start
        assert cal.working_minutes_between(start, due) == pytest.approx(minutes, abs=1e-6)
        # The due time is the first such instant: a moment earlier, less time has elapsed.
        if minutes > 0:
            assert cal.is_working_time(due - timedelta(seconds=1))
        # And the other way round: add(start, between(start, end)) lands at or before end.
        end = start + timedelta(minutes=rng.randrange(0, 20 * 24 * 60))
        elapsed = cal.working_minutes_between(start, end)
        back = cal.add_working_minutes(start, elapsed)
        assert back <= max(end, cal.next_working_moment(start))
        assert cal.working_minutes_between(start, back) == pytest.approx(elapsed, abs=1e-6)
        assert cal.working_minutes_between(back, end) == 0


def test_long_spans_are_fast() -> None:
    started = wallclock.perf_counter()
    minutes = CAL.working_minutes_between(jkt(2020, 1, 1), jkt(2040, 1, 1))
    due = CAL.add_working_minutes(jkt(2020, 1, 1), minutes)
    assert wallclock.perf_counter() - started < 2
    assert 240 * 20 * 510 < minutes < 262 * 20 * 510
    assert CAL.working_minutes_between(jkt(2020, 1, 1), due) == minutes


# next_working_moment


def test_next_working_moment() -> None:
    assert CAL.next_working_moment(jkt(2026, 7, 8, 10)) == utc(jkt(2026, 7, 8, 10))
    assert CAL.next_working_moment(jkt(2026, 7, 8, 6)) == utc(jkt(2026, 7, 8, 7, 30))
    assert CAL.next_working_moment(jkt(2026, 7, 8, 16)) == utc(jkt(2026, 7, 9, 7, 30))
    assert CAL.next_working_moment(jkt(2026, 7, 10, 17)) == utc(jkt(2026, 7, 13, 7, 30))
    assert CAL.next_working_moment(jkt(2026, 12, 24, 16)) == utc(jkt(2026, 12, 28, 7, 30))
    assert CAL.next_working_moment(jkt(2026, 7, 8, 6)).tzinfo is UTC


# Time zones


def test_utc_inputs_are_read_in_jakarta_time() -> None:
    # 08:50 UTC is 15:50 in Jakarta (UTC+7) on Friday 10 July 2026.
    start = datetime(2026, 7, 10, 8, 50, tzinfo=UTC)
    assert CAL.add_working_minutes(start, 15) == datetime(2026, 7, 13, 0, 35, tzinfo=UTC)
    # 23:00 UTC on Sunday is 06:00 Monday in Jakarta: before hours, not the weekend.
    assert not CAL.is_working_time(datetime(2026, 7, 12, 23, 0, tzinfo=UTC))
    assert CAL.is_working_time(datetime(2026, 7, 13, 0, 30, tzinfo=UTC))  # 07:30 Monday
    # 00:00 UTC on a Monday is already 07:00 local: opening is 00:30 UTC.
    assert CAL.next_working_moment(datetime(2026, 7, 13, 0, 0, tzinfo=UTC)) == datetime(
        2026, 7, 13, 0, 30, tzinfo=UTC
    )
    # 16 Aug 2027 17:30 UTC is already Independence Day (17 Aug 00:30) in Jakarta.
    assert not CAL.is_working_time(datetime(2027, 8, 17, 3, 0, tzinfo=UTC))


def test_other_input_zones_are_converted() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")  # UTC+9: 12:00 Tokyo is 10:00 Jakarta
    start = datetime(2026, 7, 8, 12, 0, tzinfo=tokyo)
    assert CAL.add_working_minutes(start, 15) == utc(jkt(2026, 7, 8, 10, 15))
    assert CAL.working_minutes_between(start, jkt(2026, 7, 8, 10, 15)) == 15


def test_calendar_in_a_zone_with_daylight_saving() -> None:
    cal = WorkingCalendar(tz=ZoneInfo("Europe/Amsterdam"), holiday_country=None)
    # Sunday 29 March 2026 is the switch to summer time; Friday/Monday hours are local.
    start = datetime(2026, 3, 27, 15, 50, tzinfo=ZoneInfo("Europe/Amsterdam"))
    due = cal.add_working_minutes(start, 15)
    assert due == datetime(2026, 3, 30, 7, 35, tzinfo=ZoneInfo("Europe/Amsterdam")).astimezone(UTC)
    assert cal.working_minutes_between(start, due) == 15


# 24/7


def test_always_open_calendar_counts_wall_clock_minutes() -> None:
    cal = WorkingCalendar.always()
    assert cal.always_open
    start = jkt(2026, 12, 25, 23, 50)  # a holiday, late at night
    assert cal.is_working_time(start)
    assert cal.is_working_time(jkt(2026, 7, 11, 3))  # Saturday night
    assert cal.next_working_moment(start) == utc(start)
    due = cal.add_working_minutes(start, 15)
    assert due == utc(jkt(2026, 12, 26, 0, 5))
    assert due.tzinfo is UTC
    assert cal.add_working_minutes(start, 1000) == utc(start + timedelta(minutes=1000))
    assert cal.working_minutes_between(start, start + timedelta(days=3, minutes=7)) == 3 * 1440 + 7
    assert cal.working_minutes_between(start, start - timedelta(minutes=1)) == 0


# Construction from plain values


def test_from_settings_defaults_match_the_default_calendar() -> None:
    assert WorkingCalendar.from_settings() == CAL


def test_from_settings_parses_plain_values() -> None:
    cal = WorkingCalendar.from_settings(
        timezone="Asia/Jakarta",
        weekdays=["Mon", "tuesday", "Rabu", 3, "4", "sat"],
        opens="08:00",
        closes="15:30",
        closures=["2026-07-13", date(2026, 7, 14)],
        always_open=False,
    )
    assert cal.weekdays == frozenset(range(6))
    assert (cal.opens, cal.closes) == (time(8, 0), time(15, 30))
    assert cal.closures == frozenset({date(2026, 7, 13), date(2026, 7, 14)})
    assert cal.is_working_time(jkt(2026, 7, 11, 8))  # Saturday is a working day here
    assert not cal.is_working_time(jkt(2026, 7, 13, 10))  # closure
    assert cal.add_working_minutes(jkt(2026, 7, 10, 15, 20), 15) == utc(jkt(2026, 7, 11, 8, 5))
    assert WorkingCalendar.from_settings(always_open=True).is_working_time(jkt(2026, 7, 11, 3))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"weekdays": []},
        {"weekdays": [7]},
        {"weekdays": ["someday"]},
        {"opens": "16:00", "closes": "07:30"},
        {"opens": "08:00", "closes": "08:00"},
        {"opens": "7.30"},
        {"closures": ["13-07-2026"]},
    ],
)
def test_from_settings_rejects_bad_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        WorkingCalendar.from_settings(**kwargs)  # type: ignore[arg-type]


def test_calendar_is_immutable_and_hashable() -> None:
    with pytest.raises(AttributeError):
        CAL.always_open = True  # type: ignore[misc]
    assert hash(CAL) == hash(WorkingCalendar())


def test_module_imports_no_transport_or_worker() -> None:
    code = (
        "import sys, booking.working_calendar; "
        "bad = [m for m in ('strawberry', 'starlette', 'celery', 'boto3', 'tortoise') "
        "if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[1]
    )
    assert result.returncode == 0, result.stdout + result.stderr


# The working periods a client counts a time standard down on


def test_periods_leave_out_weekends_holidays_and_closures() -> None:
    cal = WorkingCalendar(closures=frozenset({date(2026, 12, 24)}))
    # Wed 23 Dec 2026 to Mon 28 Dec: Thu 24 is a closure, Fri 25 Christmas, then the weekend.
    found = cal.periods(date(2026, 12, 23), date(2026, 12, 28))
    assert found == [
        (utc(jkt(2026, 12, 23, 7, 30)), utc(jkt(2026, 12, 23, 16))),
        (utc(jkt(2026, 12, 28, 7, 30)), utc(jkt(2026, 12, 28, 16))),
    ]
    # The minutes inside them are the calendar's working minutes.
    start, end = jkt(2026, 12, 23, 15), jkt(2026, 12, 28, 8)
    inside = sum(
        max(timedelta(), min(b, utc(end)) - max(a, utc(start))) / timedelta(minutes=1)
        for a, b in found
    )
    assert inside == cal.working_minutes_between(start, end) == 90


def test_periods_of_an_always_open_calendar_and_of_an_empty_range() -> None:
    cal = WorkingCalendar.always()
    assert cal.periods(date(2026, 12, 5), date(2026, 12, 6)) == [
        (utc(jkt(2026, 12, 5)), utc(jkt(2026, 12, 7)))
    ]
    assert CAL.periods(date(2026, 12, 6), date(2026, 12, 5)) == []
