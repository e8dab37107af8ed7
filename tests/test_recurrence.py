"""Recurring bookings: expansion, conflicts per occurrence, the SOP for a whole series, "this and
following"."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest

from booking import operations, series
from booking.enums import BookingStatus as S
from booking.enums import Frequency, OnConflict, Role
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, BookingEvent, BookingSeries, Notification
from booking.recurrence import MAX_OCCURRENCES, Recurrence, occurrence_dates, wall_clock
from tests.conftest import JAKARTA, PDF, move_before_first_booking_lock, status_of


def at(day: date, hour: int = 9, minutes: int = 120) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(hour), tzinfo=JAKARTA)
    return start, start + timedelta(minutes=minutes)


def next_weekday(weekday: int, after_days: int = 3) -> date:
    day = date.today() + timedelta(days=after_days)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def draft(
    room_id: int, when: tuple[datetime, datetime], pattern: Recurrence, **kw
) -> series.SeriesDraft:
    start, end = when
    first = operations.BookingDraft(
        room_id=room_id,
        starts_at=start,
        ends_at=end,
        title="Rapat Mingguan",
        purpose="Koordinasi rutin",
        participants=kw.pop("participants", 20),
        equipment=tuple(
            operations.EquipmentRequest(i, q) for i, q in kw.pop("equipment", {}).items()
        ),
    )
    return series.SeriesDraft(first, pattern, **kw)


@pytest.fixture
def submit_series(settings, store):
    async def make(requester, draft_, key: str | None = None) -> series.SeriesResult:
        return await series.submit_series(
            requester,
            draft_,
            letter=PDF,
            idempotency_key=key or uuid.uuid4().hex,
            store=store,
            settings=settings,
        )

    return make


# -- expansion (pure) ---------------------------------------------------------------------------


def test_monthly_on_the_31st_skips_months_without_one():
    days = occurrence_dates(Recurrence(Frequency.MONTHLY, count=5), date(2027, 1, 31))
    assert days == [
        date(2027, 1, 31),
        date(2027, 3, 31),
        date(2027, 5, 31),
        date(2027, 7, 31),
        date(2027, 8, 31),
    ]
    until = occurrence_dates(
        Recurrence(Frequency.MONTHLY, until=date(2027, 4, 30)), date(2027, 1, 30)
    )
    assert until == [date(2027, 1, 30), date(2027, 3, 30), date(2027, 4, 30)]  # no 30 February


def test_weekly_on_monday_wednesday_friday_crosses_the_month_end():
    days = occurrence_dates(
        Recurrence(Frequency.WEEKLY, weekdays=(0, 2, 4), until=date(2027, 2, 5)), date(2027, 1, 25)
    )
    assert days == [
        date(2027, 1, 25),
        date(2027, 1, 27),
        date(2027, 1, 29),
        date(2027, 2, 1),
        date(2027, 2, 3),
        date(2027, 2, 5),
    ]
    # no weekdays given: the first date's weekday, every other week
    fortnightly = occurrence_dates(
        Recurrence(Frequency.WEEKLY, interval=2, count=3), date(2027, 1, 28)
    )
    assert fortnightly == [date(2027, 1, 28), date(2027, 2, 11), date(2027, 2, 25)]


def test_daily_with_a_count_crosses_the_year_end():
    days = occurrence_dates(Recurrence(Frequency.DAILY, count=4), date(2026, 12, 30))
    assert days == [date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 1), date(2027, 1, 2)]


@pytest.mark.parametrize(
    ("pattern", "key"),
    [
        (Recurrence(Frequency.DAILY), "series_until_or_count"),
        (Recurrence(Frequency.DAILY, count=3, until=date(2027, 2, 1)), "series_until_or_count"),
        (Recurrence(Frequency.DAILY, count=MAX_OCCURRENCES + 1), "series_too_long"),
        (Recurrence(Frequency.DAILY, until=date(2027, 6, 1)), "series_too_long"),
        (Recurrence(Frequency.DAILY, count=0), "series_too_long"),
        (Recurrence(Frequency.DAILY, count=3, interval=0), "series_interval"),
        (Recurrence(Frequency.DAILY, until=date(2026, 12, 31)), "series_until_before_start"),
        (Recurrence(Frequency.MONTHLY, count=3, weekdays=(1,)), "series_weekdays_weekly"),
        (Recurrence(Frequency.WEEKLY, count=3, weekdays=(7,)), "series_weekdays_weekly"),
    ],
)
def test_bad_patterns_are_typed_errors(pattern, key):
    with pytest.raises(DomainError) as err:
        occurrence_dates(pattern, date(2027, 1, 4))
    assert (err.value.code, err.value.message_key) == (ErrorCode.VALIDATION, key)


def test_the_cap_is_inclusive():
    assert (
        len(occurrence_dates(Recurrence(Frequency.DAILY, count=MAX_OCCURRENCES), date(2027, 1, 1)))
        == 100
    )


def test_wall_clock_is_kept_in_jakarta_and_across_a_dst_change():
    first = datetime(2027, 1, 4, 9, 0, tzinfo=JAKARTA)
    for day in occurrence_dates(Recurrence(Frequency.WEEKLY, count=30), date(2027, 1, 4)):
        start, end = wall_clock(day, first, timedelta(hours=2), JAKARTA)
        assert (start.astimezone(UTC).time(), end.astimezone(UTC).time()) == (time(2), time(4))
    # the rule is wall-clock, not a fixed UTC step: 09:00 in Amsterdam stays 09:00 over the DST change
    amsterdam = ZoneInfo("Europe/Amsterdam")
    before, _ = wall_clock(
        date(2027, 3, 22), datetime(2027, 3, 22, 9, tzinfo=amsterdam), timedelta(hours=1), amsterdam
    )
    after, _ = wall_clock(
        date(2027, 3, 29), datetime(2027, 3, 22, 9, tzinfo=amsterdam), timedelta(hours=1), amsterdam
    )
    assert before.astimezone(amsterdam).hour == after.astimezone(amsterdam).hour == 9
    assert before.astimezone(UTC).hour == 8 and after.astimezone(UTC).hour == 7


# -- submission -----------------------------------------------------------------------------------


async def test_a_weekly_series_is_ordinary_bookings_at_the_same_local_time(
    create_user, create_room, create_booking, submit_series, staff
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    monday = next_weekday(0)
    result = await submit_series(
        requester,
        draft(room.id, at(monday), Recurrence(Frequency.WEEKLY, weekdays=(0, 2, 4), count=6)),
    )
    assert not result.replayed and result.skipped == []
    bookings = await Booking.filter(series_id=result.series.id).order_by("starts_at")
    assert len(bookings) == 6 and {b.status for b in bookings} == {S.SUBMITTED}
    assert [b.starts_at.astimezone(JAKARTA).weekday() for b in bookings] == [0, 2, 4, 0, 2, 4]
    assert {b.starts_at.astimezone(JAKARTA).time() for b in bookings} == {time(9)}
    assert {b.letter_key for b in bookings} == {bookings[0].letter_key}  # one letter, shared
    series_row = await BookingSeries.get(id=result.series.id)
    assert series_row.reference.startswith("EPRS-") and series_row.weekdays == [0, 2, 4]
    history = await BookingEvent.filter(booking_id__in=[b.id for b in bookings])
    assert len(history) == 6 and {(h.action, h.actor_id) for h in history} == {
        ("SUBMIT", requester.id)
    }
    # one notification per officer for the whole series, not one per occurrence
    told = await Notification.filter(user_id=staff[Role.SERVICE_OFFICER].id)
    assert [(n.kind, n.params["count"]) for n in told] == [("series.submitted", "6")]
    # the occurrences hold their slots like any booking
    with pytest.raises(DomainError) as err:
        await create_booking(requester, room=room, when=at(monday + timedelta(days=7), hour=10))
    assert err.value.code == ErrorCode.ROOM_UNAVAILABLE


def holiday_ahead() -> date:
    """A fixed-date public holiday (New Year's Day, Pancasila Day, Independence Day, Christmas) in
    the middle of five days from at least 3 days ahead to at most 360, with no other public holiday
    among them (Isra' Mi'raj falls on 26 December 2027): every day from 2026 to 2035 has one."""
    today = date.today()
    public = holidays.country_holidays("ID", years=[today.year, today.year + 1, today.year + 2])
    for year in (today.year, today.year + 1):
        for day in (date(year, 1, 1), date(year, 6, 1), date(year, 8, 17), date(year, 12, 25)):
            near = [day + timedelta(days=n) for n in range(-2, 3)]
            ahead = near[0] >= today + timedelta(days=3) and near[-1] <= today + timedelta(days=360)
            if ahead and [d for d in near if d in public] == [day]:
                return day
    raise AssertionError("no lone holiday within the booking horizon")


async def test_holidays_are_flagged_and_skipped_only_on_request(
    create_user, create_room, submit_series, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    holiday = holiday_ahead()
    start = holiday - timedelta(days=2)
    pattern = Recurrence(Frequency.DAILY, count=5)
    preview = await series.preview_series(requester, draft(room.id, at(start), pattern), settings)
    flags = {o.day: (o.holiday, o.working_day, o.bookable) for o in preview}
    assert flags[holiday] == (True, False, True)  # flagged, still bookable by default
    weekend = [d for d in flags if d.weekday() >= 5]  # none when the holiday is a Wednesday
    assert all(flags[d][:2] == (False, False) for d in weekend)

    result = await submit_series(requester, draft(room.id, at(start), pattern, skip_holidays=True))
    booked = {b.starts_at.astimezone(JAKARTA).date() for b in result.bookings}
    assert holiday not in booked and len(booked) == 4
    [skipped] = result.skipped
    assert (skipped.day, skipped.skipped_holiday, skipped.error) == (holiday, True, None)


async def test_conflicts_abort_everything_or_skip_the_conflicting_dates(
    create_user, create_room, create_booking, submit_series
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    monday = next_weekday(0)
    taken = await create_booking(
        requester, room=room, when=at(monday + timedelta(days=14), hour=10)
    )
    pattern = Recurrence(Frequency.WEEKLY, count=4)

    with pytest.raises(series.SeriesConflict) as err:
        await submit_series(requester, draft(room.id, at(monday), pattern))
    assert err.value.code == ErrorCode.SERIES_CONFLICT and err.value.params["count"] == 1
    conflicts = [(o.day, o.error.code) for o in err.value.occurrences if o.error]
    assert conflicts == [(monday + timedelta(days=14), ErrorCode.ROOM_UNAVAILABLE)]
    assert await Booking.filter(room_id=room.id).count() == 1  # nothing created
    assert await BookingSeries.all().count() == 0

    result = await submit_series(
        requester, draft(room.id, at(monday), pattern, on_conflict=OnConflict.SKIP_CONFLICTS)
    )
    assert len(result.bookings) == 3
    assert [(o.day, o.error.code) for o in result.skipped] == conflicts
    stored = await BookingSeries.get(id=result.series.id)
    assert [o["day"] for o in stored.skipped] == [(monday + timedelta(days=14)).isoformat()]
    assert await status_of(taken) == S.SUBMITTED


async def test_occurrences_beyond_the_booking_horizon_are_conflicts(
    create_user, create_room, submit_series, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    first = date.today() + timedelta(days=10)
    pattern = Recurrence(Frequency.MONTHLY, count=14)
    preview = await series.preview_series(requester, draft(room.id, at(first), pattern), settings)
    late = [o for o in preview if o.error]
    assert late and {o.error.message_key for o in late} == {"too_far_ahead"}
    assert all(o.day > date.today() + timedelta(days=settings.max_advance_days - 1) for o in late)
    result = await submit_series(
        requester, draft(room.id, at(first), pattern, on_conflict=OnConflict.SKIP_CONFLICTS)
    )
    assert len(result.bookings) + len(late) == 14


async def test_whole_request_errors_are_not_per_occurrence(create_user, create_room, submit_series):
    requester = await create_user(Role.REQUESTER)
    room = await create_room(capacity=10)
    with pytest.raises(DomainError) as err:
        await submit_series(
            requester,
            draft(
                room.id, at(next_weekday(1)), Recurrence(Frequency.DAILY, count=3), participants=50
            ),
        )
    assert (err.value.code, err.value.message_key) == (ErrorCode.RULE_VIOLATED, "capacity")


async def test_a_retried_submission_returns_the_first_series(
    create_user, create_room, submit_series
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    when = at(next_weekday(2))
    pattern = Recurrence(Frequency.WEEKLY, count=3)
    first = await submit_series(requester, draft(room.id, when, pattern), key="series-key-0001")
    again = await submit_series(requester, draft(room.id, when, pattern), key="series-key-0001")
    assert again.replayed and again.series.id == first.series.id
    assert [b.id for b in again.bookings] == [b.id for b in first.bookings]
    assert await Booking.all().count() == 3
    with pytest.raises(DomainError) as err:
        await submit_series(
            requester,
            draft(room.id, when, Recurrence(Frequency.WEEKLY, count=4)),
            key="series-key-0001",
        )
    assert err.value.code == ErrorCode.IDEMPOTENCY_KEY_REUSED


# -- the SOP for a whole series ---------------------------------------------------------------------


async def _weekly(create_user, create_room, submit_series, count=4, **kw):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    result = await submit_series(
        requester,
        draft(room.id, at(next_weekday(0)), Recurrence(Frequency.WEEKLY, count=count), **kw),
    )
    return requester, room, result


async def test_series_steps_move_every_occurrence_still_in_the_state(
    create_user, create_room, submit_series, staff, settings
):
    requester, _, result = await _weekly(create_user, create_room, submit_series)
    one, *rest = result.bookings
    await operations.cancel(
        requester, one.id, "Libur kantor", settings=settings
    )  # one by one still works
    officer, head = staff[Role.SERVICE_OFFICER], staff[Role.SERVICE_HEAD]

    step = await series.verify_series(officer, result.series.id, "lengkap", settings=settings)
    assert [b.id for b in step.changed] == [b.id for b in rest]
    assert {await status_of(b) for b in rest} == {S.VALIDATION}
    assert await status_of(one) == S.CANCELLED
    await series.validate_series(head, result.series.id, settings=settings)
    await series.approve_series(head, result.series.id, "Disetujui", settings=settings)
    assert {await status_of(b) for b in rest} == {S.APPROVED}

    for booking in rest:
        history = await BookingEvent.filter(booking_id=booking.id).order_by("id")
        assert [(h.action, h.actor_id) for h in history] == [
            ("SUBMIT", requester.id),
            ("VERIFY", officer.id),
            ("VALIDATE", head.id),
            ("APPROVE", head.id),
        ]
        assert history[1].note == "lengkap"
    # one notification per step and recipient: the head was told once to validate
    told = await Notification.filter(user_id=head.id, kind="series.validation")
    assert len(told) == 1 and told[0].params["count"] == "3"
    approved = await Notification.filter(user_id=requester.id, kind="series.approved")
    assert len(approved) == 1

    with pytest.raises(DomainError) as err:  # nothing left in that state
        await series.verify_series(officer, result.series.id, settings=settings)
    assert err.value.code == ErrorCode.INVALID_TRANSITION


async def test_series_equipment_review_and_shortfall(
    create_user, create_room, create_equipment, submit_series, staff, settings
):
    projector = await create_equipment("Proyektor", stock=2)
    requester, _, result = await _weekly(
        create_user, create_room, submit_series, count=3, equipment={projector.id: 2}
    )
    await series.verify_series(staff[Role.SERVICE_OFFICER], result.series.id, settings=settings)
    assert {await status_of(b) for b in result.bookings} == {S.EQUIPMENT_REVIEW}
    await series.review_series_equipment(
        staff[Role.EQUIPMENT_HEAD], result.series.id, {projector.id: 1}, settings=settings
    )
    assert {await status_of(b) for b in result.bookings} == {S.AWAITING_REQUESTER}
    await series.decide_series_equipment_shortfall(
        requester, result.series.id, proceed=True, settings=settings
    )
    assert {await status_of(b) for b in result.bookings} == {S.VALIDATION}


@pytest.mark.parametrize(
    ("verb", "role", "code"),
    [
        ("verify", Role.REQUESTER, ErrorCode.FORBIDDEN),
        ("validate", Role.SERVICE_OFFICER, ErrorCode.FORBIDDEN),
        ("verify", Role.EQUIPMENT_HEAD, ErrorCode.FORBIDDEN),
        ("approve", Role.LEADERSHIP, ErrorCode.FORBIDDEN),
        ("validate", Role.SERVICE_HEAD, ErrorCode.INVALID_TRANSITION),
    ],
)
async def test_series_steps_check_role_and_state(
    create_user, create_room, submit_series, staff, verb, role, code, settings
):
    requester, _, result = await _weekly(create_user, create_room, submit_series, count=2)
    user = requester if role == Role.REQUESTER else staff[role]
    run = {
        "verify": series.verify_series,
        "validate": series.validate_series,
        "approve": series.approve_series,
    }[verb]
    with pytest.raises(DomainError) as err:
        await run(user, result.series.id, settings=settings)
    assert err.value.code == code
    assert {await status_of(b) for b in result.bookings} == {S.SUBMITTED}


async def test_another_agency_cannot_see_or_cancel_the_series(
    create_user, create_room, submit_series, settings
):
    _, _, result = await _weekly(create_user, create_room, submit_series, count=2)
    stranger = await create_user(Role.REQUESTER)
    with pytest.raises(DomainError) as err:
        await series.cancel_series_from(
            stranger, result.bookings[0].id, "bukan punya saya", settings=settings
        )
    assert err.value.code == ErrorCode.NOT_FOUND
    with pytest.raises(DomainError) as err:
        await series.decide_series_equipment_shortfall(
            stranger, result.series.id, proceed=False, settings=settings
        )
    assert err.value.code == ErrorCode.NOT_FOUND


async def test_cancel_this_and_following(create_user, create_room, submit_series, staff, settings):
    requester, _, result = await _weekly(create_user, create_room, submit_series, count=5)
    first, second, third, *_ = result.bookings
    with pytest.raises(DomainError) as err:
        await series.cancel_series_from(requester, third.id, "  ", settings=settings)
    assert err.value.code == ErrorCode.VALIDATION
    step = await series.cancel_series_from(
        requester, third.id, "Program selesai", settings=settings
    )
    assert [b.id for b in step.changed] == [b.id for b in result.bookings[2:]]
    assert [await status_of(b) for b in result.bookings] == [S.SUBMITTED] * 2 + [S.CANCELLED] * 3
    last = await BookingEvent.filter(booking_id=result.bookings[-1].id).order_by("-id").first()
    assert (last.action, last.actor_id, last.note) == ("CANCEL", requester.id, "Program selesai")
    told = await Notification.filter(
        user_id=staff[Role.SERVICE_OFFICER].id, kind="series.cancelled"
    )
    assert len(told) == 1 and told[0].params["count"] == "3"
    # a booking outside any series has no "following"
    single = await Booking.filter(id=first.id).first()
    await Booking.filter(id=second.id).update(series_id=None)
    with pytest.raises(DomainError) as err:
        await series.cancel_series_from(requester, second.id, "x", settings=settings)
    assert err.value.message_key == "not_in_series"
    assert single is not None


async def test_move_this_and_following_and_refuse_atomically_on_a_conflict(
    create_user, create_room, create_booking, submit_series, staff, settings
):
    requester, room, result = await _weekly(create_user, create_room, submit_series, count=4)
    head = staff[Role.SERVICE_HEAD]
    first, second, third, fourth = result.bookings
    blocker = await create_booking(
        requester, room=room, when=at(fourth.starts_at.astimezone(JAKARTA).date(), hour=13)
    )
    with pytest.raises(series.SeriesConflict) as err:
        await series.move_series_from(head, second.id, time(13), settings, duration_minutes=90)
    assert [(o.booking_id, o.error.code) for o in err.value.occurrences if o.error] == [
        (fourth.id, ErrorCode.ROOM_UNAVAILABLE)
    ]
    for booking in result.bookings:  # nothing moved
        await booking.refresh_from_db()
        assert booking.starts_at.astimezone(JAKARTA).time() == time(9)

    await operations.cancel(requester, blocker.id, "pindah", settings=settings)
    step = await series.move_series_from(
        head, second.id, time(13), settings, duration_minutes=90, note="Pimpinan rapat pagi"
    )
    assert [b.id for b in step.changed] == [second.id, third.id, fourth.id]
    for booking in result.bookings:
        await booking.refresh_from_db()
    assert first.starts_at.astimezone(JAKARTA).time() == time(9)
    for booking in (second, third, fourth):
        local = booking.starts_at.astimezone(JAKARTA)
        assert (local.time(), booking.ends_at - booking.starts_at) == (
            time(13),
            timedelta(minutes=90),
        )
        assert booking.status == S.SUBMITTED  # the state and its clock are kept
    event = await BookingEvent.filter(booking_id=third.id, action="RESCHEDULE").first()
    assert event.actor_id == head.id and event.actor_role == "SERVICE_HEAD"
    assert "13:00-14:30 WIB" in event.note and event.note.endswith("Pimpinan rapat pagi")
    told = await Notification.filter(user_id=requester.id, kind="series.rescheduled")
    assert len(told) == 1 and told[0].params["count"] == "3"


async def test_move_checks_hours_and_roles(
    create_user, create_room, submit_series, staff, settings
):
    requester, _, result = await _weekly(create_user, create_room, submit_series, count=2)
    with pytest.raises(DomainError) as err:
        await series.move_series_from(requester, result.bookings[0].id, time(13), settings)
    assert err.value.code == ErrorCode.FORBIDDEN
    with pytest.raises(series.SeriesConflict) as conflict:  # the room closes at 18:00
        await series.move_series_from(
            staff[Role.SERVICE_OFFICER], result.bookings[0].id, time(17), settings
        )
    assert {o.error.message_key for o in conflict.value.occurrences} == {"outside_hours"}


async def test_revision_of_a_whole_series_and_rejection(
    create_user, create_room, submit_series, staff, settings
):
    requester, _, result = await _weekly(create_user, create_room, submit_series, count=3)
    officer = staff[Role.SERVICE_OFFICER]
    with pytest.raises(DomainError) as err:
        await series.request_series_revision(officer, result.series.id, "", settings=settings)
    assert err.value.code == ErrorCode.VALIDATION
    await series.request_series_revision(
        officer, result.series.id, "Surat belum ditandatangani", settings=settings
    )
    assert {await status_of(b) for b in result.bookings} == {S.REVISION_REQUESTED}
    with pytest.raises(DomainError) as err:
        await series.resubmit_series(officer, result.series.id, settings=settings)
    assert err.value.code == ErrorCode.FORBIDDEN
    await series.resubmit_series(
        requester, result.series.id, "Sudah ditandatangani", settings=settings
    )
    assert {await status_of(b) for b in result.bookings} == {S.SUBMITTED}
    told = await Notification.filter(user_id=officer.id, kind="series.resubmitted")
    assert len(told) == 1
    await series.reject_series(
        staff[Role.SERVICE_HEAD], result.series.id, "Ruangan direnovasi", settings=settings
    )
    assert {await status_of(b) for b in result.bookings} == {S.REJECTED}
    told = await Notification.filter(user_id=requester.id, kind="series.rejected")
    assert len(told) == 1 and told[0].params["count"] == "3"


async def test_a_series_step_whose_occurrence_moved_meanwhile_locks_its_new_room_first(
    monkeypatch, create_user, create_room, submit_series, staff, settings
):
    """As for one booking: an occurrence moved to another room between reading the rooms and
    locking the bookings makes the step start again, with that room locked before the booking."""
    _, _, result = await _weekly(create_user, create_room, submit_series)
    other = await create_room()
    moving = result.bookings[-1]
    taken = move_before_first_booking_lock(monkeypatch, moving.id, other.id)
    step = await series.verify_series(
        staff[Role.SERVICE_OFFICER], result.series.id, settings=settings
    )

    assert {b.id for b in step.changed} == {b.id for b in result.bookings}
    assert await status_of(moving) == S.VALIDATION
    # the first try read the rooms before the move; the try that fired locked the new room first
    first_booking_lock = taken.index(("booking", result.bookings[0].id))
    assert ("room", other.id) not in taken[:first_booking_lock]
    last_lock_of_moved = max(i for i, step_ in enumerate(taken) if step_ == ("booking", moving.id))
    assert taken.index(("room", other.id)) < last_lock_of_moved


async def test_moving_this_and_following_raises_each_moved_sequence_in_the_feed(
    create_user, create_room, submit_series, staff, settings
):
    """Calendar apps apply a changed time only with a higher SEQUENCE: the moved occurrences get
    one, as every other time change does; the one before the move keeps its own."""
    from icalendar import Calendar

    from booking import calendar_feed

    requester, _, result = await _weekly(create_user, create_room, submit_series, count=3)
    first, second, third = result.bookings
    token = (await calendar_feed.rotate(requester, agency_id=requester.agency_id)).token

    async def sequences() -> dict[int, int]:
        body = await calendar_feed.render_for_token(token, settings)
        assert body is not None
        return {
            int(str(e["UID"]).split("@")[0].removeprefix("booking-")): int(e["SEQUENCE"])
            for e in Calendar.from_ical(body).events
        }

    before = await sequences()
    await series.move_series_from(staff[Role.SERVICE_HEAD], second.id, time(13), settings)
    after = await sequences()
    assert after[first.id] == before[first.id]
    assert after[second.id] == before[second.id] + 1
    assert after[third.id] == before[third.id] + 1
