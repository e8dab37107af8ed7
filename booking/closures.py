"""Office closures (*cuti bersama* and other closure days) beside public holidays.

Administrators edit them in the ``office_closure`` table (:mod:`booking.admin.closures`); :func:`office_calendar` is the working
calendar every reader uses: the settings' calendar (weekdays, hours, public holidays, the closure
days of ``EPESAN_WORK_CLOSURES``) plus the table's days, read on each call, so an edit counts at
once in every process (service levels, task due times, series holiday flags)."""

from __future__ import annotations

from dataclasses import replace

from tortoise.backends.base.client import BaseDBAsyncClient

from booking import dialect_sql
from booking.models import OfficeClosure
from booking.settings import Settings
from booking.working_calendar import WorkingCalendar


async def office_calendar(
    settings: Settings, conn: BaseDBAsyncClient | None = None
) -> WorkingCalendar:
    base = settings.working_calendar()
    found = await dialect_sql.rows(
        conn or OfficeClosure._meta.db, "SELECT day FROM office_closure", []
    )
    to_date = OfficeClosure._meta.fields_map["day"].to_python_value
    days = [to_date(row["day"]) for row in found]
    if not days:
        return base
    return replace(base, closures=base.closures | frozenset(days))
