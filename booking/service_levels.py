"""Service levels: each waiting step's clock, on the working calendar, against its SOP standard."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import reduce
from operator import or_
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from booking import clock, dialect_sql, events
from booking.closures import office_calendar
from booking.enums import Role
from booking.models import Booking, Notification, StepRecord, User
from booking.notifications import write_notifications
from booking.settings import Settings
from booking.workflow import STEPS, WAITING_STEP, Step
from booking.working_calendar import WorkingCalendar


def due_at(booking: Booking, calendar: WorkingCalendar) -> datetime | None:
    """The moment the step the booking waits on runs out of its time standard (None: not waiting).

    The clock starts when the booking entered its state and counts working minutes only.
    """
    number = WAITING_STEP.get(booking.status)
    if number is None:
        return None
    return calendar.add_working_minutes(booking.status_changed_at, STEPS[number].standard_minutes)


def over_standard(step: int, working_minutes: float) -> bool:
    """The one rule of lateness, for the escalation scan, ``myTasks`` and the report: a stay is
    late once more working minutes than its standard have elapsed. A standard that runs out at
    closing time is not late overnight, nor when the step is done at the next opening."""
    return working_minutes > STEPS[step].standard_minutes


def breached(booking: Booking, calendar: WorkingCalendar, at: datetime) -> bool:
    """Whether the step the booking waits on is late at ``at`` (False: not waiting)."""
    number = WAITING_STEP.get(booking.status)
    if number is None:
        return False
    return over_standard(number, calendar.working_minutes_between(booking.status_changed_at, at))


#: A :class:`booking.models.StepRecord`: the booking entered a waiting step.
NEW_STEP = (
    "INSERT INTO step_record (booking_id, step, status, entered_at, due_at)"
    " VALUES ($1, $2, $3, $4, $5)"
)


async def record_step_change(
    conn: BaseDBAsyncClient,
    booking: Booking,
    actor: User | None,
    role: Role | None,
    at: datetime,
    settings: Settings,
    *,
    new: bool = False,
) -> None:
    """Close the step the booking leaves (its durations, who completed it) and open the next one.

    Runs in the transaction of the state change, so every step's actual duration is kept.
    """
    calendar = await office_calendar(settings, conn)
    open_steps = (
        [] if new else await StepRecord.filter(booking_id=booking.id, left_at=None).using_db(conn)
    )
    for record in open_steps:
        record.left_at = at
        record.completed_by_id = actor.id if actor else None
        record.completed_role = role.value if role else None
        record.wall_minutes = (at - record.entered_at).total_seconds() / 60
        record.working_minutes = calendar.working_minutes_between(record.entered_at, at)
        await record.save(
            using_db=conn,
            update_fields=[
                "left_at",
                "completed_by_id",
                "completed_role",
                "wall_minutes",
                "working_minutes",
            ],
        )
    number = WAITING_STEP.get(booking.status)
    if number is not None:
        due = calendar.add_working_minutes(at, STEPS[number].standard_minutes)
        values = [booking.id, number, booking.status.value, at, due]
        await dialect_sql.execute(conn, NEW_STEP, values)


# ---------------------------------------------------------------------------------------------
# who may read the figures


#: Roles that may read the service-level report.
READ_SERVICE_LEVELS = (Role.SERVICE_HEAD, Role.LEADERSHIP, Role.ADMIN)


def can_read_service_levels(user: User) -> bool:
    return user.has_role(*READ_SERVICE_LEVELS)


# ---------------------------------------------------------------------------------------------
# reminders and escalations

#: Open step records examined per query of a scan (the scan pages through all of them).
SCAN_BATCH = 500
REMINDER = "sla.reminder"
ESCALATION = "sla.escalation"


@dataclass(frozen=True)
class ScanResult:
    """Step records reminded and escalated by one scan (each notifies one or more users)."""

    reminders: int = 0
    escalations: int = 0


def reminds_requester(step: Step) -> bool:
    """Steps the requester is responsible for (2, 6, and 10 with an officer) remind the booking's
    requester, not a whole role."""
    return Role.REQUESTER in step.roles


def _params(booking: Booking, step: Step, due: datetime, settings: Settings) -> dict[str, Any]:
    local = due.astimezone(settings.tz)
    return {
        "reference": booking.reference,
        "step": str(step.number),
        "step_name_id": step.name_id,
        "step_name_en": step.name_en,
        "due_time": f"{local:%H:%M} WIB",
        "due_date": f"{local:%d-%m-%Y}",
        "standard": str(step.standard_minutes),
    }


def _reminder_candidates(at: datetime, fraction: float) -> Q:
    """Records whose reminder may be due: working time never runs faster than wall time, so a
    record is a candidate only once ``fraction`` of its standard has passed on the wall clock."""
    per_step = [
        Q(step=n, entered_at__lte=at - timedelta(minutes=fraction * STEPS[n].standard_minutes))
        for n in sorted(set(WAITING_STEP.values()))
    ]
    return Q(reminder_sent_at=None) & reduce(or_, per_step)


async def _mark(conn: BaseDBAsyncClient, record_id: int, marker: str, at: datetime) -> bool:
    """Set a marker if no one has: the conditional UPDATE is what makes each one go out once."""
    updated = (
        await StepRecord.filter(id=record_id, left_at=None, **{marker: None})
        .using_db(conn)
        .update(**{marker: at})
    )
    return updated == 1


async def scan_service_levels(
    settings: Settings, now: datetime | None = None, batch: int = SCAN_BATCH
) -> ScanResult:
    """Remind and escalate open waiting steps; safe to run often and from several workers at once.

    For every open :class:`StepRecord`:

    * once ``sla_reminder_fraction`` of the step's standard has elapsed in working time, the
      responsible role's active users get an ``sla.reminder`` (for the requester's steps: the
      booking's requester);
    * once the step is late (:func:`over_standard`: past ``due_at`` by working time), the active
      ``SERVICE_HEAD`` users get an ``sla.escalation``.

    Each marker (``reminder_sent_at``, ``escalated_at``) is set by a conditional UPDATE in the
    transaction that writes the notifications (with their e-mail outbox rows), so concurrent or
    repeated scans send each reminder and escalation exactly once. A step left meanwhile is skipped.
    """
    at = clock.to_utc(now) if now is not None else clock.now()
    calendar = await office_calendar(settings)
    fraction = settings.sla_reminder_fraction
    candidates = Q(left_at=None) & (
        _reminder_candidates(at, fraction) | Q(escalated_at=None, due_at__lt=at)
    )
    staff: list[User] | None = None
    reminders = escalations = 0
    last_id = 0
    while True:
        records = list(
            await StepRecord.filter(candidates, id__gt=last_id).order_by("id").limit(batch)
        )
        if not records:
            break
        last_id = records[-1].id
        due = _due(records, calendar, fraction, at)
        if due:
            if staff is None:
                # Few City Hall staff; requesters (many) are never candidates here.
                staff = list(
                    await User.filter(is_active=True).exclude(roles=[Role.REQUESTER.value])
                )
            sent = await _remind_and_escalate(due, staff, at, settings)
            reminders, escalations = reminders + sent[0], escalations + sent[1]
        if len(records) < batch:
            break
    return ScanResult(reminders=reminders, escalations=escalations)


def _due(
    records: list[StepRecord], calendar: WorkingCalendar, fraction: float, at: datetime
) -> list[tuple[StepRecord, bool, bool]]:
    """The records with a reminder or an escalation due: (record, remind, escalate)."""
    due: list[tuple[StepRecord, bool, bool]] = []
    for record in records:
        step = STEPS[record.step]
        elapsed = calendar.working_minutes_between(record.entered_at, at)
        remind = record.reminder_sent_at is None and elapsed >= fraction * step.standard_minutes
        escalate = record.escalated_at is None and over_standard(record.step, elapsed)
        if remind or escalate:
            due.append((record, remind, escalate))
    return due


async def _remind_and_escalate(
    due: list[tuple[StepRecord, bool, bool]], staff: list[User], at: datetime, settings: Settings
) -> tuple[int, int]:
    """Send what is due, each marker in the transaction of its notifications: (reminders,
    escalations) sent."""
    bookings = {b.id: b for b in await Booking.filter(id__in={r.booking_id for r, _, _ in due})}
    requesters = {
        u.id: u
        for u in await User.filter(
            id__in={b.requester_id for b in bookings.values()}, is_active=True
        )
    }
    heads = [u for u in staff if u.has_role(Role.SERVICE_HEAD)]
    reminders = escalations = 0
    for record, remind, escalate in due:
        booking = bookings[record.booking_id]
        step = STEPS[record.step]
        if reminds_requester(step):
            requester = requesters.get(booking.requester_id)
            responsible = [requester] if requester else []
        else:
            responsible = [u for u in staff if u.has_role(*step.roles)]
        params = _params(booking, step, record.due_at, settings)
        told: list[Notification] = []
        async with in_transaction() as conn:
            if remind and await _mark(conn, record.id, "reminder_sent_at", at):
                told += await write_notifications(
                    conn, responsible, booking, REMINDER, params, at, settings
                )
                reminders += 1
            if escalate and await _mark(conn, record.id, "escalated_at", at):
                told += await write_notifications(
                    conn, heads, booking, ESCALATION, params, at, settings
                )
                escalations += 1
        await events.publish(events.notifications_created(told))  # committed
    return reminders, escalations


# ---------------------------------------------------------------------------------------------
# the compliance report


@dataclass(frozen=True)
class StepStats:
    """Completed stays of one step, for one officer or (``all_officers``) everyone.

    ``officer_id`` is the user who completed the step (None: the system, or the ``all`` row).
    Percentiles interpolate linearly between the closest ranks (the median is the usual median).
    """

    step: int
    officer_id: int | None
    all_officers: bool
    count: int
    median_working_minutes: float
    p90_working_minutes: float
    within_standard_share: float  # 0..1: not over the standard (:func:`over_standard`)
    standard_minutes: int


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0..1) of non-empty ``values``, linear between the closest ranks."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    lower = math.floor(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def _stats(step: int, officer_id: int | None, everyone: bool, minutes: list[float]) -> StepStats:
    standard = STEPS[step].standard_minutes
    return StepStats(
        step=step,
        officer_id=officer_id,
        all_officers=everyone,
        count=len(minutes),
        median_working_minutes=percentile(minutes, 0.5),
        p90_working_minutes=percentile(minutes, 0.9),
        within_standard_share=sum(1 for m in minutes if not over_standard(step, m)) / len(minutes),
        standard_minutes=standard,
    )


async def service_level_report(start: datetime, end: datetime) -> list[StepStats]:
    """Per step: all officers together first, then each officer (by user id, the system last),
    over the stays that ended in ``[start, end)`` (aware datetimes, any zone)."""
    # In UTC: SQLite compares the stored ISO texts, so another offset would shift the range.
    rows: list[tuple[int, int | None, float]] = await StepRecord.filter(
        left_at__gte=clock.to_utc(start),
        left_at__lt=clock.to_utc(end),
        working_minutes__isnull=False,
    ).values_list("step", "completed_by_id", "working_minutes")
    by_step: dict[int, list[float]] = defaultdict(list)
    by_officer: dict[tuple[int, int | None], list[float]] = defaultdict(list)
    for step, officer_id, minutes in rows:
        if step not in STEPS:
            continue
        by_step[step].append(minutes)
        by_officer[(step, officer_id)].append(minutes)
    report: list[StepStats] = []
    for step in sorted(by_step):
        report.append(_stats(step, None, True, by_step[step]))
        officers = sorted(
            (o for s, o in by_officer if s == step), key=lambda o: (o is None, o or 0)
        )
        report.extend(_stats(step, o, False, by_officer[(step, o)]) for o in officers)
    return report
