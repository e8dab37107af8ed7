"""Booking rules per room with global defaults: every way a booking gets a time obeys them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from booking import operations, rules
from booking.enums import BookingStatus as S
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.models import RoomRules
from booking.rules import BookingRule, RulesChange
from booking.settings import Settings
from tests.conftest import JAKARTA, slot, status_of


def on_weekday(weekday: int, hour: int, minutes: int = 60) -> tuple[datetime, datetime]:
    """The next ``weekday`` (0 Monday) at least 3 days ahead, at ``hour`` office time."""
    day = date.today() + timedelta(days=3)
    day += timedelta(days=(weekday - day.weekday()) % 7)
    start = datetime.combine(day, time(hour), tzinfo=JAKARTA)
    return start, start + timedelta(minutes=minutes)


async def refused(make, rule: BookingRule) -> DomainError:
    with pytest.raises(DomainError) as err:
        await make()
    assert (err.value.code, err.value.params.get("rule")) == (ErrorCode.RULE_VIOLATED, rule)
    return err.value


async def test_by_default_a_room_is_bookable_in_its_opening_hours_every_day(
    create_user, create_room, create_booking
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()  # 07:00-18:00
    for weekday in (5, 6):  # Saturday and Sunday too
        booking = await create_booking(requester, room=room, when=on_weekday(weekday, 9))
        assert booking.status == S.SUBMITTED
    await refused(
        lambda: create_booking(requester, room=room, when=on_weekday(0, 17, 120)),
        BookingRule.BOOKABLE_HOURS,
    )


def test_global_defaults_come_from_the_settings_and_rooms_override_them(settings):
    from booking.models import Room

    room = Room(id=1, capacity=10, opens_minute=8 * 60, closes_minute=16 * 60)
    custom = Settings(
        min_lead_minutes=60, max_advance_days=30, max_duration_minutes=240, buffer_minutes=15
    )
    found = rules.effective(room, None, custom)
    assert found.weekday_hours == ((480, 960),) * 7
    assert (
        found.min_lead_minutes,
        found.max_advance_days,
        found.max_duration_minutes,
        found.buffer_minutes,
    ) == (60, 30, 240, 15)
    override = RoomRules(weekday_hours=[[420, 720]] + [None] * 6, buffer_minutes=0)
    found = rules.effective(room, override, custom)
    assert found.weekday_hours[0] == (420, 720) and found.weekday_hours[1] is None
    assert (found.buffer_minutes, found.min_lead_minutes) == (0, 60)


async def test_bookable_hours_per_weekday(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    monday_only = [(8 * 60, 12 * 60)] + [None] * 6
    await rules.set_room_rules(
        staff[Role.ADMIN], room.id, RulesChange(weekday_hours=monday_only), settings
    )
    assert (await create_booking(requester, room=room, when=on_weekday(0, 9))).status == S.SUBMITTED
    error = await refused(
        lambda: create_booking(requester, room=room, when=on_weekday(0, 12)),
        BookingRule.BOOKABLE_HOURS,
    )
    assert error.message_key == "outside_hours" and error.params["closes"] == "12:00"
    error = await refused(
        lambda: create_booking(requester, room=room, when=on_weekday(1, 9)),
        BookingRule.BOOKABLE_HOURS,
    )
    assert error.message_key == "closed_day"


@pytest.mark.parametrize(
    ("change", "when", "participants", "rule"),
    [
        (RulesChange(min_lead_minutes=5 * 24 * 60), slot(days=3), 20, BookingRule.MIN_LEAD_TIME),
        (RulesChange(max_advance_days=2), slot(days=3), 20, BookingRule.MAX_ADVANCE),
        (RulesChange(max_duration_minutes=90), slot(minutes=120), 20, BookingRule.MAX_DURATION),
        (RulesChange(), slot(), 51, BookingRule.CAPACITY),
    ],
)
async def test_each_rule_of_a_slot_is_a_typed_error(
    create_user, create_room, create_booking, staff, settings, change, when, participants, rule
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room(capacity=50)
    await rules.set_room_rules(staff[Role.ADMIN], room.id, change, settings)
    await refused(
        lambda: create_booking(requester, room=room, when=when, participants=participants), rule
    )
    # the same request fits another room with the defaults
    other = await create_room(capacity=100)
    booking = await create_booking(requester, room=other, when=when, participants=participants)
    assert booking.status == S.SUBMITTED


async def test_the_buffer_keeps_bookings_apart_both_ways(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    await create_booking(requester, room=room, when=slot(hour=10, minutes=60))  # 10-11
    await rules.set_room_rules(staff[Role.ADMIN], room.id, RulesChange(buffer_minutes=30), settings)
    for when in (
        slot(hour=11, minutes=60),  # starts right after
        slot(hour=11, minute=20, minutes=40),  # 20 minutes after
        slot(hour=9, minute=0, minutes=45),  # ends 15 minutes before
    ):
        await refused(
            lambda w=when: create_booking(requester, room=room, when=w), BookingRule.BUFFER
        )
    with pytest.raises(DomainError) as err:  # a real overlap stays ROOM_UNAVAILABLE
        await create_booking(requester, room=room, when=slot(hour=10, minute=30, minutes=60))
    assert err.value.code == ErrorCode.ROOM_UNAVAILABLE
    assert (await create_booking(requester, room=room, when=slot(hour=11, minute=30))).status == (
        S.SUBMITTED
    )
    assert (
        await create_booking(requester, room=room, when=slot(hour=8, minutes=90))  # 08-09:30
    ).status == S.SUBMITTED


async def test_approve_with_a_new_schedule_and_resubmit_obey_the_rules(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    booking = await create_booking(requester, room=room, when=slot(hour=9, minutes=60))
    await create_booking(requester, room=room, when=slot(hour=14, minutes=60))
    await rules.set_room_rules(
        staff[Role.ADMIN],
        room.id,
        RulesChange(buffer_minutes=30, max_duration_minutes=120),
        settings,
    )
    await operations.request_revision(
        staff[Role.SERVICE_OFFICER], booking.id, "ubah jam", settings=settings
    )
    await refused(
        lambda: operations.resubmit(
            requester, booking.id, operations.Revision(ends_at=slot(hour=12)[0]), None, settings
        ),
        BookingRule.MAX_DURATION,
    )
    await operations.resubmit(
        requester,
        booking.id,
        operations.Revision(starts_at=slot(hour=10)[0], ends_at=slot(hour=11)[0]),
        None,
        settings,
    )
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)
    officer = staff[Role.SERVICE_OFFICER]
    await refused(
        lambda: operations.approve(officer, booking.id, settings, starts_at=slot(hour=13)[0]),
        BookingRule.BUFFER,  # 13:00-14:00 ends right before 14:00
    )
    await refused(
        lambda: operations.approve(
            officer, booking.id, settings, starts_at=slot(hour=17, minute=30)[0]
        ),
        BookingRule.BOOKABLE_HOURS,
    )
    await operations.approve(officer, booking.id, settings, starts_at=slot(hour=12)[0])
    assert await status_of(booking) == S.APPROVED


async def test_only_admin_sets_rules_and_bad_values_are_refused(create_room, staff, settings):
    room = await create_room()
    for role in (Role.SERVICE_HEAD, Role.SERVICE_OFFICER, Role.LEADERSHIP):
        with pytest.raises(DomainError) as err:
            await rules.set_room_rules(
                staff[role], room.id, RulesChange(buffer_minutes=5), settings
            )
        assert err.value.code == ErrorCode.FORBIDDEN
    admin = staff[Role.ADMIN]
    for change in (
        RulesChange(weekday_hours=[(600, 540)] * 7),
        RulesChange(weekday_hours=[(0, 600)] * 6),
        RulesChange(buffer_minutes=-1),
        RulesChange(max_duration_minutes=0),
    ):
        with pytest.raises(DomainError) as err:
            await rules.set_room_rules(admin, room.id, change, settings)
        assert err.value.code == ErrorCode.VALIDATION
    await rules.set_room_rules(admin, room.id, RulesChange(buffer_minutes=10), settings)
    _, found = await rules.set_room_rules(admin, room.id, RulesChange(), settings)  # all defaults
    assert found == rules.effective(room, None, settings)
    saved = await RoomRules.get(room_id=room.id)
    assert saved.updated_by_id == admin.id and saved.buffer_minutes is None


async def test_the_day_view_and_free_rooms_follow_the_weekday_hours(create_room, staff, settings):
    from booking import availability

    room = await create_room()  # 07:00-18:00
    plain = await create_room()
    monday_morning = [(8 * 60, 12 * 60)] + [None] * 6
    await rules.set_room_rules(
        staff[Role.ADMIN], room.id, RulesChange(weekday_hours=monday_morning), settings
    )
    monday, _ = on_weekday(0, 9)
    tuesday, _ = on_weekday(1, 9)
    [view] = await availability.room_days(monday.date(), settings.tz, [room.id])
    assert [(s.astimezone(JAKARTA).hour, e.astimezone(JAKARTA).hour) for s, e in view.free] == [
        (8, 12)
    ]
    [closed] = await availability.room_days(tuesday.date(), settings.tz, [room.id])
    assert closed.free == []
    found = await availability.free_rooms(tuesday, tuesday + timedelta(hours=1), tz=settings.tz)
    assert [r.id for r in found] == [plain.id]
    found = await availability.free_rooms(monday, monday + timedelta(hours=1), tz=settings.tz)
    assert {r.id for r in found} == {room.id, plain.id}
