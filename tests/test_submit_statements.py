"""A submission (SOP step 2) writes everything it did before in fewer statements (issue #15):
the checks under the room lock in one, the lock with the room's rules, the live number with
UPDATE ... RETURNING."""

from __future__ import annotations

import logging

from booking.enums import BookingStatus, Role
from booking.models import BookingEvent, IdempotencyRecord, Notification, Room, StepRecord
from tests.conftest import BACKEND, slot

#: Statements of one submission through the domain operation (20 on both before).
MOST = {"postgres": 17, "sqlite": 18}


class Statements(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.sql: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.sql.append(record.getMessage())


async def test_a_submission_writes_its_rows_in_fewer_statements(
    create_user, create_room, create_booking, staff
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    await create_booking(requester, room, slot(days=3))  # first calls out of the way
    logger = logging.getLogger("tortoise.db_client")
    handler, level = Statements(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        booking = await create_booking(requester, room, slot(days=4))
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)

    assert len(handler.sql) <= MOST[BACKEND], "\n".join(handler.sql)
    assert booking.status == BookingStatus.SUBMITTED
    event = await BookingEvent.get(booking_id=booking.id)
    assert (event.action, event.from_status, event.to_status) == ("SUBMIT", None, "SUBMITTED")
    assert (event.actor_id, event.actor_role) == (requester.id, Role.REQUESTER.value)
    step = await StepRecord.get(booking_id=booking.id)
    assert (step.step, step.left_at) == (3, None) and step.due_at > step.entered_at
    assert await IdempotencyRecord.filter(user_id=requester.id, booking_id=booking.id).exists()
    told = await Notification.filter(booking_id=booking.id).values_list("user_id", flat=True)
    assert staff[Role.SERVICE_OFFICER].id in told and requester.id not in told
    assert (await Room.get(id=room.id)).live_seq == 2  # one per submission
