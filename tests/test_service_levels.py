"""Service levels: reminders before a step's standard runs out, escalation when it is breached (each
exactly once, even with concurrent scans), recorded durations, and the compliance report."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
import strawberry

from api.admin.service_levels import ServiceLevelQuery
from api.context import Context
from api.schema import TypedErrors
from booking import operations
from booking.enums import BookingStatus as S
from booking.enums import Channel, Language, Role
from booking.models import Booking, Notification, NotificationDelivery, StepRecord, User
from booking.notifications import render
from booking.service_levels import (
    breached,
    can_read_service_levels,
    percentile,
    scan_service_levels,
    service_level_report,
)
from booking.settings import Settings
from booking.workflow import STEPS
from booking.working_calendar import WorkingCalendar
from tests.conftest import slot


@pytest.fixture
def always_open(settings: Settings) -> Settings:
    """The tests' settings with a 24/7 working calendar, so working minutes equal wall-clock
    minutes (a Settings object built here: no environment variable, no cache to clear)."""
    open_all_day = settings.model_copy(update={"work_always_open": True})
    assert open_all_day.working_calendar().always_open
    return open_all_day


async def kinds(user: User, kind: str) -> list[Notification]:
    return list(await Notification.filter(user_id=user.id, kind=kind).order_by("id"))


async def open_step(booking: Booking) -> StepRecord:
    return await StepRecord.get(booking_id=booking.id, left_at=None)


# -- reminders ---------------------------------------------------------------------------------


async def test_reminder_at_80_percent_goes_to_the_officers_once(
    always_open, create_user, create_booking, staff
):
    requester = await create_user(Role.REQUESTER)
    second_officer = await create_user(Role.SERVICE_OFFICER)
    retired = await create_user(Role.SERVICE_OFFICER)
    retired.is_active = False
    await retired.save()
    booking = await create_booking(requester, settings=always_open)
    record = await open_step(booking)
    assert record.step == 3 and record.due_at == record.entered_at + timedelta(minutes=15)

    # 11 of 15 minutes: not yet (80% is 12 minutes)
    early = await scan_service_levels(
        now=record.entered_at + timedelta(minutes=11), settings=always_open
    )
    assert (early.reminders, early.escalations) == (0, 0)

    at = record.entered_at + timedelta(minutes=12, seconds=30)
    first = await scan_service_levels(now=at, settings=always_open)
    again = await scan_service_levels(now=at + timedelta(minutes=1), settings=always_open)
    assert (first.reminders, first.escalations) == (1, 0)
    assert (again.reminders, again.escalations) == (0, 0)

    for officer in (staff[Role.SERVICE_OFFICER], second_officer):
        [reminder] = await kinds(officer, "sla.reminder")
        assert reminder.booking_id == booking.id and reminder.created_at == at
        [delivery] = await NotificationDelivery.filter(notification_id=reminder.id)
        assert delivery.channel == Channel.EMAIL
    # not the requester, other roles or inactive users
    for other in (requester, retired, staff[Role.SERVICE_HEAD], staff[Role.EQUIPMENT_HEAD]):
        assert await kinds(other, "sla.reminder") == []
    await record.refresh_from_db()
    assert record.reminder_sent_at == at and record.escalated_at is None

    title, body = render(reminder, Language.ID)
    assert title == f"Segera tangani {booking.reference}"
    local_due = record.due_at.astimezone(always_open.tz)
    assert body == (
        "Batas waktu langkah 3 (Verifikasi permohonan) "
        f"pukul {local_due:%H:%M} WIB tanggal {local_due:%d-%m-%Y}."
    )
    assert render(reminder, Language.EN)[1].startswith("Step 3 (Verify the request) is due at")


async def test_concurrent_scans_send_each_reminder_once(
    always_open, create_user, create_booking, staff
):
    requester = await create_user(Role.REQUESTER)
    bookings = [
        await create_booking(requester, settings=always_open, when=slot(hour=h))
        for h in (8, 11, 14)
    ]
    latest = max([(await open_step(b)).entered_at for b in bookings])
    at = latest + timedelta(minutes=13)

    results = await asyncio.gather(
        *(scan_service_levels(now=at, settings=always_open) for _ in range(4))
    )

    assert sum(r.reminders for r in results) == 3
    reminders = await kinds(staff[Role.SERVICE_OFFICER], "sla.reminder")
    assert sorted(n.booking_id for n in reminders) == sorted(b.id for b in bookings)
    assert await NotificationDelivery.filter(notification__kind="sla.reminder").count() == 3
    assert await StepRecord.filter(left_at=None, reminder_sent_at=None).count() == 0


async def test_the_requester_is_reminded_of_their_own_step(
    always_open, create_user, create_booking, staff
):
    requester = await create_user(Role.REQUESTER)
    colleague = await create_user(Role.REQUESTER, agency=await requester.agency)
    booking = await create_booking(requester, settings=always_open)
    await operations.request_revision(
        staff[Role.SERVICE_OFFICER], booking.id, "Lampirkan surat", settings=always_open
    )
    record = await open_step(booking)
    assert record.step == 2  # 10 minutes, 80%: 8

    result = await scan_service_levels(
        now=record.entered_at + timedelta(minutes=9), settings=always_open
    )

    assert result.reminders == 1
    assert len(await kinds(requester, "sla.reminder")) == 1
    assert await kinds(colleague, "sla.reminder") == []
    assert await kinds(staff[Role.SERVICE_OFFICER], "sla.reminder") == []


# -- escalations -------------------------------------------------------------------------------


async def test_breach_escalates_to_the_service_heads_once(
    always_open, create_user, create_booking, staff
):
    requester = await create_user(Role.REQUESTER)
    second_head = await create_user(Role.SERVICE_HEAD)
    retired_head = await create_user(Role.SERVICE_HEAD)
    retired_head.is_active = False
    await retired_head.save()
    booking = await create_booking(requester, settings=always_open)
    record = await open_step(booking)

    before = await scan_service_levels(
        now=record.due_at - timedelta(seconds=1), settings=always_open
    )
    assert (before.reminders, before.escalations) == (1, 0)
    at_due = await scan_service_levels(
        now=record.due_at, settings=always_open
    )  # the standard used, not exceeded
    past_due = await scan_service_levels(
        now=record.due_at + timedelta(seconds=1), settings=always_open
    )
    later = await scan_service_levels(now=record.due_at + timedelta(hours=2), settings=always_open)
    assert (at_due.reminders, at_due.escalations) == (0, 0)
    assert (past_due.reminders, past_due.escalations) == (0, 1)
    assert (later.reminders, later.escalations) == (0, 0)

    for head in (staff[Role.SERVICE_HEAD], second_head):
        [escalation] = await kinds(head, "sla.escalation")
        assert escalation.booking_id == booking.id
        assert await NotificationDelivery.filter(notification_id=escalation.id).count() == 1
    assert await kinds(retired_head, "sla.escalation") == []
    assert await Notification.filter(kind="sla.escalation").count() == 2
    title, body = render(escalation, Language.ID)
    assert title == f"Batas waktu {booking.reference} terlampaui"
    assert "standar 15 menit kerja" in body
    assert render(escalation, Language.EN)[0] == f"{booking.reference} is overdue"
    await record.refresh_from_db()
    assert record.escalated_at == record.due_at + timedelta(seconds=1)


async def test_a_late_first_scan_sends_reminder_and_escalation_once(
    always_open, create_user, create_booking, staff
):
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester, settings=always_open)
    # Move the clock instead of passing now=: the step entered an hour ago.
    past = datetime.now(UTC) - timedelta(hours=1)
    await StepRecord.filter(booking_id=booking.id).update(
        entered_at=past, due_at=past + timedelta(minutes=15)
    )
    await Booking.filter(id=booking.id).update(status_changed_at=past)

    results = await asyncio.gather(
        scan_service_levels(settings=always_open), scan_service_levels(settings=always_open)
    )

    assert sum(r.reminders for r in results) == 1 and sum(r.escalations for r in results) == 1
    assert len(await kinds(staff[Role.SERVICE_OFFICER], "sla.reminder")) == 1
    assert len(await kinds(staff[Role.SERVICE_HEAD], "sla.escalation")) == 1


async def test_a_step_completed_before_its_deadline_is_not_escalated(
    always_open, create_user, create_booking, staff
):
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester, settings=always_open)
    entered = await _backdate(booking, 10, always_open)  # 5 of its 15 minutes left
    await operations.verify(
        staff[Role.SERVICE_OFFICER], booking.id, settings=always_open
    )  # no equipment: step 7
    [verified] = await StepRecord.filter(booking_id=booking.id, step=3)
    assert verified.due_at == entered + timedelta(minutes=15)
    validation = await open_step(booking)
    assert validation.step == 7

    # After step 3's deadline, 6 minutes into step 7: nothing for either.
    result = await scan_service_levels(
        now=verified.due_at + timedelta(minutes=1), settings=always_open
    )

    assert (result.reminders, result.escalations) == (0, 0)
    await verified.refresh_from_db()
    assert verified.escalated_at is None and verified.reminder_sent_at is None
    assert await Notification.filter(kind__startswith="sla.").count() == 0

    # Step 7 is reminded at 80% of its standard, and only then.
    reminded = await scan_service_levels(
        now=validation.entered_at + timedelta(minutes=12), settings=always_open
    )
    assert (reminded.reminders, reminded.escalations) == (1, 0)
    assert len(await kinds(staff[Role.SERVICE_HEAD], "sla.reminder")) == 1

    # Once validated too, even a much later scan escalates nothing.
    await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=always_open)
    await operations.approve(staff[Role.SERVICE_OFFICER], booking.id, always_open)
    assert await StepRecord.filter(booking_id=booking.id, left_at=None).count() == 0
    late = await scan_service_levels(
        now=validation.due_at + timedelta(days=2), settings=always_open
    )
    assert (late.reminders, late.escalations) == (0, 0)


# -- recorded durations ------------------------------------------------------------------------


async def _backdate(booking: Booking, minutes: float, settings: Settings) -> datetime:
    """Pretend the booking entered its current step ``minutes`` ago."""
    entered = datetime.now(UTC) - timedelta(minutes=minutes)
    record = await open_step(booking)
    record.entered_at = entered
    calendar = settings.working_calendar()
    record.due_at = calendar.add_working_minutes(entered, STEPS[record.step].standard_minutes)
    await record.save(update_fields=["entered_at", "due_at"])
    await Booking.filter(id=booking.id).update(status_changed_at=entered)
    return entered


async def test_a_completed_step_keeps_its_wall_and_working_minutes(
    always_open, create_user, create_booking, staff
):
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester, settings=always_open)
    entered = await _backdate(booking, 20, always_open)

    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=always_open)

    [done] = await StepRecord.filter(booking_id=booking.id, step=3)
    assert done.entered_at == entered and done.left_at is not None
    assert (done.completed_by_id, done.completed_role) == (
        staff[Role.SERVICE_OFFICER].id,
        Role.SERVICE_OFFICER.value,
    )
    assert done.wall_minutes == pytest.approx((done.left_at - entered).total_seconds() / 60)
    assert 20 <= done.wall_minutes < 21
    assert done.working_minutes == pytest.approx(done.wall_minutes)  # 24/7
    [following] = await StepRecord.filter(booking_id=booking.id, left_at=None)
    assert (following.step, following.status, following.entered_at) == (
        7,
        S.VALIDATION,
        done.left_at,
    )
    assert following.due_at == done.left_at + timedelta(minutes=15)


async def test_working_minutes_follow_the_office_calendar(
    create_user, create_booking, staff, settings
):
    calendar = settings.working_calendar()
    assert not calendar.always_open
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester)
    entered = await _backdate(
        booking, 4 * 24 * 60, settings
    )  # four days: nights count, working hours do

    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)

    [done] = await StepRecord.filter(booking_id=booking.id, step=3)
    assert done.left_at is not None
    assert done.working_minutes == pytest.approx(
        calendar.working_minutes_between(entered, done.left_at)
    )
    assert done.working_minutes < done.wall_minutes - 2 * 24 * 60
    office = WorkingCalendar.from_settings()
    assert done.working_minutes == pytest.approx(
        office.working_minutes_between(entered, done.left_at)
    )


# -- the report --------------------------------------------------------------------------------

START = datetime(2026, 3, 1, tzinfo=UTC)
END = datetime(2026, 4, 1, tzinfo=UTC)


async def _closed(
    booking: Booking, step: int, officer: User | None, minutes: float, left: datetime
):
    await StepRecord.create(
        booking=booking,
        step=step,
        status=S.SUBMITTED if step == 3 else S.VALIDATION,
        entered_at=left - timedelta(minutes=minutes),
        due_at=left,
        left_at=left,
        completed_by=officer,
        completed_role=Role.SERVICE_OFFICER.value if officer else None,
        wall_minutes=minutes,
        working_minutes=minutes,
    )


@pytest.fixture
async def known_durations(create_user, create_booking, staff) -> dict[str, User]:
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester)
    ani, budi = staff[Role.SERVICE_OFFICER], await create_user(Role.SERVICE_OFFICER)
    inside = START + timedelta(days=3)
    for minutes in (5, 10, 15, 20, 30):
        await _closed(booking, 3, ani, minutes, inside)
    for minutes in (12, 40):
        await _closed(booking, 3, budi, minutes, inside)
    await _closed(booking, 7, None, 16, inside)  # completed by the system
    await _closed(booking, 3, ani, 1, START)  # the start is inside
    await _closed(booking, 3, ani, 99, END)  # the end is not
    await _closed(booking, 3, ani, 99, START - timedelta(seconds=1))
    return {"ani": ani, "budi": budi}


async def test_report_per_step_and_officer(known_durations, settings):
    ani, budi = known_durations["ani"], known_durations["budi"]

    report = await service_level_report(START, END)

    rows = {(r.step, r.all_officers, r.officer_id): r for r in report}
    assert [(r.step, r.all_officers, r.officer_id) for r in report] == [
        (3, True, None),
        (3, False, ani.id),
        (3, False, budi.id),
        (7, True, None),
        (7, False, None),
    ]
    every = rows[(3, True, None)]  # 1, 5, 10, 12, 15, 20, 30, 40
    assert (every.count, every.standard_minutes) == (8, 15)
    assert every.median_working_minutes == pytest.approx(13.5)
    assert every.p90_working_minutes == pytest.approx(30 + 0.3 * 10)
    assert every.within_standard_share == pytest.approx(5 / 8)
    mine = rows[(3, False, ani.id)]  # 1, 5, 10, 15, 20, 30
    assert mine.count == 6 and mine.median_working_minutes == pytest.approx(12.5)
    assert mine.p90_working_minutes == pytest.approx(25)
    assert mine.within_standard_share == pytest.approx(4 / 6)
    theirs = rows[(3, False, budi.id)]  # 12, 40
    assert (theirs.count, theirs.median_working_minutes) == (2, pytest.approx(26))
    assert theirs.p90_working_minutes == pytest.approx(12 + 0.9 * 28)
    assert theirs.within_standard_share == pytest.approx(0.5)
    system = rows[(7, False, None)]
    assert (system.count, system.median_working_minutes, system.p90_working_minutes) == (
        16 and 1,
        16,
        16,
    )
    assert system.within_standard_share == 0
    later = await service_level_report(END, END + timedelta(days=30))
    assert [(r.step, r.officer_id, r.count, r.median_working_minutes) for r in later] == [
        (3, None, 1, 99),
        (3, ani.id, 1, 99),
    ]
    # Any offset: 07:00 WIB on 1 March is START.
    wib = await service_level_report(START.astimezone(settings.tz), END)
    assert wib == report


def test_percentile_interpolates_between_ranks():
    assert percentile([7.0], 0.9) == 7.0
    assert percentile([5, 10, 15, 20, 30], 0.5) == 15
    assert percentile([5, 10, 15, 20, 30], 0.9) == pytest.approx(26)
    assert percentile([30, 5, 20, 10, 15], 1.0) == 30


REPORT = """query($from: DateTime!, $to: DateTime!) {
  serviceLevelReport(from: $from, to: $to) {
    step { number name } allOfficers officer { nrk } count medianWorkingMinutes
    p90WorkingMinutes withinStandardShare standardMinutes
  }
}"""


async def test_report_through_graphql_and_who_may_read_it(
    known_durations, create_user, staff, settings, store
):
    schema = strawberry.Schema(query=ServiceLevelQuery, extensions=[TypedErrors])
    requester = await create_user(Role.REQUESTER)
    variables = {"from": "2026-03-01T07:00:00+07:00", "to": "2026-04-01T07:00:00+07:00"}

    async def run(user: User, language: Language = Language.ID):
        context = Context(settings=settings, store=store, user=user, language=language)
        return await schema.execute(REPORT, variables, context_value=context)

    for role in (Role.SERVICE_HEAD, Role.LEADERSHIP, Role.ADMIN):
        assert can_read_service_levels(staff[role])
        result = await run(staff[role], Language.EN)
        assert result.errors is None
        rows = result.data["serviceLevelReport"]
        assert len(rows) == 5
    assert rows[0] == {
        "step": {"number": 3, "name": "Verify the request"},
        "allOfficers": True,
        "officer": None,
        "count": 8,
        "medianWorkingMinutes": 13.5,
        "p90WorkingMinutes": pytest.approx(33),
        "withinStandardShare": 0.625,
        "standardMinutes": 15,
    }
    assert rows[1]["officer"] == {"nrk": known_durations["ani"].nrk}
    indonesian = await run(staff[Role.SERVICE_HEAD])
    assert indonesian.data["serviceLevelReport"][0]["step"]["name"] == "Verifikasi permohonan"

    for user in (requester, staff[Role.SERVICE_OFFICER], staff[Role.EQUIPMENT_HEAD]):
        assert not can_read_service_levels(user)
        refused = await run(user)
        assert refused.data is None
        assert refused.errors and refused.errors[0].extensions["code"] == "FORBIDDEN"

    backwards = await schema.execute(
        REPORT,
        {"from": variables["to"], "to": variables["from"]},
        context_value=Context(settings=settings, store=store, user=staff[Role.ADMIN]),
    )
    assert backwards.errors and backwards.errors[0].extensions["code"] == "VALIDATION"


# -- one rule at the boundary --------------------------------------------------------------------


async def test_a_standard_running_out_at_closing_time_and_done_at_the_next_opening_is_within(
    create_user, create_booking, staff, settings
):
    """Step 3 (15 working minutes) entered at 15:45: its standard runs out at 16:00, closing time.
    Not late overnight nor at the next opening (no working minute past the standard has elapsed):
    the scan does not escalate it, myTasks does not call it breached, and done at the next opening
    the report counts it within the standard. One minute into the next working day it is late
    for both."""
    calendar = settings.working_calendar()
    day = datetime.now(UTC).astimezone(calendar.tz).date() + timedelta(days=1)
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    closing = datetime.combine(day, calendar.closes, tzinfo=calendar.tz)
    reopening = calendar.next_working_moment(closing)
    entered = closing - timedelta(minutes=15)
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester)
    record = await open_step(booking)
    record.entered_at = entered
    record.due_at = calendar.add_working_minutes(entered, STEPS[3].standard_minutes)
    await record.save(update_fields=["entered_at", "due_at"])
    await Booking.filter(id=booking.id).update(status_changed_at=entered)
    await booking.refresh_from_db()
    assert record.due_at == closing

    for at in (closing, closing + timedelta(hours=4), reopening):
        assert (await scan_service_levels(now=at, settings=settings)).escalations == 0, at
        assert not breached(booking, calendar, at), at
    # done at the next opening: 15 working minutes, within the standard of 15
    await StepRecord.filter(id=record.id).update(
        left_at=reopening,
        completed_by_id=staff[Role.SERVICE_OFFICER].id,
        wall_minutes=(reopening - entered).total_seconds() / 60,
        working_minutes=calendar.working_minutes_between(entered, reopening),
    )
    [row, *_] = await service_level_report(entered, reopening + timedelta(days=1))
    assert (row.step, row.count, row.within_standard_share) == (3, 1, 1.0)

    # the same stay still open one minute into the day is late for the scan and myTasks alike
    await StepRecord.filter(id=record.id).update(left_at=None, working_minutes=None)
    late = reopening + timedelta(minutes=1)
    assert breached(booking, calendar, late)
    assert (await scan_service_levels(now=late, settings=settings)).escalations == 1
