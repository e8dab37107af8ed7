"""Service levels: each waiting step's clock, on the working calendar, against its SOP standard."""

from __future__ import annotations

from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from booking.enums import Role
from booking.models import Booking, StepRecord, User
from booking.settings import get_settings
from booking.workflow import STEPS, WAITING_STEP
from booking.working_calendar import WorkingCalendar


def due_at(booking: Booking, calendar: WorkingCalendar) -> datetime | None:
    """The moment the step the booking waits on runs out of its time standard (None: not waiting).

    The clock starts when the booking entered its state and counts working minutes only.
    """
    number = WAITING_STEP.get(booking.status)
    if number is None:
        return None
    return calendar.add_working_minutes(booking.status_changed_at, STEPS[number].standard_minutes)


async def record_step_change(
    conn: BaseDBAsyncClient,
    booking: Booking,
    actor: User | None,
    role: Role | None,
    at: datetime,
) -> None:
    """Close the step the booking leaves (its durations, who completed it) and open the next one.

    Runs in the transaction of the state change, so every step's actual duration is kept.
    """
    calendar = get_settings().working_calendar()
    open_steps = await StepRecord.filter(booking_id=booking.id, left_at=None).using_db(conn)
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
        await StepRecord.create(
            using_db=conn,
            booking=booking,
            step=number,
            status=booking.status,
            entered_at=at,
            due_at=calendar.add_working_minutes(at, STEPS[number].standard_minutes),
        )
