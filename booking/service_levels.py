"""Service levels: when a waiting step is due, by its SOP time standard in working minutes."""

from __future__ import annotations

from datetime import datetime

from booking.models import Booking
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
