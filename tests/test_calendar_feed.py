"""iCalendar feeds: fields parsed back with icalendar, SEQUENCE and STATUS along the workflow,
what a room feed hides, the window, and secret links that rotate."""

from __future__ import annotations

from datetime import timedelta

import pytest
from icalendar import Calendar, Event

from booking import calendar_feed, operations
from booking.clock import now
from booking.enums import BookingStatus as S
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, CalendarFeed
from tests.conftest import JAKARTA, slot

UID = "booking-{}@epesanruangan.jakarta.go.id"


async def feed(token: str, settings) -> Calendar:
    body = await calendar_feed.render_for_token(token, settings)
    assert body is not None
    return Calendar.from_ical(body)


def events_by_uid(calendar: Calendar) -> dict[str, Event]:
    return {str(e["UID"]): e for e in calendar.events}


async def agency_token(user) -> str:
    return (await calendar_feed.rotate(user, agency_id=user.agency_id)).token


async def test_agency_feed_event_field_by_field(
    create_user, create_room, create_booking, create_agency, settings
):
    agency = await create_agency(name="Dinas Komunikasi")
    requester = await create_user(Role.REQUESTER, agency=agency)
    room = await create_room(name="Ruang Pola", building="Blok G", floor="2")
    start, end = slot(days=4, hour=9, minutes=90)
    booking = await create_booking(requester, room, (start, end))

    calendar = await feed(await agency_token(requester), settings)

    assert calendar["PRODID"] == calendar_feed.PRODID and calendar["VERSION"] == "2.0"
    assert [tz.tz_name for tz in calendar.timezones] == ["Asia/Jakarta"]
    [event] = calendar.events
    assert event["UID"] == UID.format(booking.id)
    assert event["SUMMARY"] == "Rapat Koordinasi"
    assert "Ruang Pola" in event["LOCATION"] and "Blok G" in event["LOCATION"]
    description = str(event["DESCRIPTION"])
    assert "Koordinasi program kerja" in description
    assert "Dinas Komunikasi" in description and booking.reference in description
    assert "Diajukan / Submitted" in description
    assert event["DTSTART"].params["TZID"] == "Asia/Jakarta"
    assert event["DTEND"].params["TZID"] == "Asia/Jakarta"
    assert event.start == start and event.end == end
    assert (event.start.hour, event.start.minute, event.start.tzinfo) == (9, 0, JAKARTA)
    assert event["STATUS"] == "TENTATIVE"
    assert event["SEQUENCE"] == 0
    assert event["DTSTAMP"].dt == booking.status_changed_at.replace(microsecond=0)


async def test_uid_stays_sequence_grows_status_follows_the_workflow(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room, other_room = await create_room(), await create_room(name="Ruang Rapat Blok B")
    booking = await create_booking(requester, room, slot(hour=9))
    token = await agency_token(requester)
    uid = UID.format(booking.id)

    seen = []

    async def look() -> Event:
        event = events_by_uid(await feed(token, settings))[uid]
        seen.append(event["SEQUENCE"])
        return event

    assert (await look())["STATUS"] == "TENTATIVE"
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    await look()
    await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)
    assert (await look())["STATUS"] == "TENTATIVE"
    new_start, new_end = slot(hour=13)
    await operations.approve(
        staff[Role.SERVICE_HEAD], booking.id, settings, room_id=other_room.id, starts_at=new_start
    )
    approved = await look()
    assert approved["STATUS"] == "CONFIRMED"
    assert approved.start == new_start and approved.end == new_end
    assert "Ruang Rapat Blok B" in approved["LOCATION"]
    await operations.cancel(requester, booking.id, "Acara ditunda", settings=settings)
    cancelled = await look()
    assert cancelled["STATUS"] == "CANCELLED"
    assert seen == [0, 1, 2, 3, 4]
    await booking.refresh_from_db()
    assert booking.sequence == 4


async def test_room_feed_shows_agencies_not_purposes_agency_feed_only_its_own(
    create_user, create_room, create_booking, create_agency, staff, settings
):
    room = await create_room()
    ours = await create_user(Role.REQUESTER, agency=await create_agency(name="Dinas Kami"))
    theirs = await create_user(Role.REQUESTER, agency=await create_agency(name="Badan Lain"))
    mine = await create_booking(ours, room, slot(hour=9))
    other = await create_booking(theirs, room, slot(hour=13))
    other.purpose = "Rahasia: rapat anggaran"
    await other.save()

    agency_events = events_by_uid(await feed(await agency_token(ours), settings))
    assert set(agency_events) == {UID.format(mine.id)}

    room_token = (await calendar_feed.rotate(staff[Role.SERVICE_HEAD], room_id=room.id)).token
    room_events = events_by_uid(await feed(room_token, settings))
    assert set(room_events) == {UID.format(mine.id), UID.format(other.id)}
    shown = room_events[UID.format(other.id)]
    assert shown["SUMMARY"] == "Terpakai / Booked: Badan Lain"
    body = (await calendar_feed.render_for_token(room_token, settings) or b"").decode()
    assert "Rahasia" not in body and "Rapat Koordinasi" not in body
    assert other.reference not in body


async def test_feed_window_keeps_cancelled_events_for_30_days(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    bookings = [await create_booking(requester, room, slot(hour=h)) for h in (8, 10, 12, 14)]
    # moved into the past by hand (the API refuses past times): (days ago, status)
    for booking, (days, status) in zip(
        bookings,
        [(20, S.CANCELLED), (40, S.REJECTED), (60, S.COMPLETED), (120, S.COMPLETED)],
        strict=True,
    ):
        await Booking.filter(id=booking.id).update(
            starts_at=booking.starts_at - timedelta(days=days + 3),
            ends_at=booking.ends_at - timedelta(days=days + 3),
            status=status,
        )
    far = await create_booking(requester, room, slot(days=300, hour=9))

    shown = events_by_uid(await feed(await agency_token(requester), settings))
    assert set(shown) == {UID.format(b.id) for b in (bookings[0], bookings[2], far)}
    assert shown[UID.format(bookings[0].id)]["STATUS"] == "CANCELLED"
    assert shown[UID.format(bookings[2].id)]["STATUS"] == "CONFIRMED"


async def test_rotation_replaces_the_link_and_records_who(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    await create_booking(requester)
    first = await calendar_feed.rotate(requester, agency_id=requester.agency_id)
    assert first.url("https://epesan.example/") == (
        f"https://epesan.example/calendar/{first.token}.ics"
    )
    officer = staff[Role.SERVICE_OFFICER]
    second = await calendar_feed.rotate(officer, agency_id=requester.agency_id)

    assert await calendar_feed.render_for_token(first.token, settings) is None
    assert await calendar_feed.render_for_token(second.token, settings) is not None
    assert await calendar_feed.render_for_token("not-a-token", settings) is None
    [row] = await CalendarFeed.all()
    assert (row.agency_id, row.rotated_by_id, row.rotations) == (requester.agency_id, officer.id, 2)
    assert row.rotated_at >= now() - timedelta(minutes=1)
    assert second.token not in row.token_hash and len(row.token_hash) == 64


@pytest.mark.parametrize(
    ("role", "scope", "code"),
    [
        (Role.REQUESTER, "room", ErrorCode.FORBIDDEN),
        (Role.EQUIPMENT_HEAD, "room", ErrorCode.FORBIDDEN),
        (Role.LEADERSHIP, "room", ErrorCode.FORBIDDEN),
        (Role.REQUESTER, "other_agency", ErrorCode.FORBIDDEN),
        (Role.ADMIN, "other_agency", ErrorCode.FORBIDDEN),
        (Role.SERVICE_OFFICER, "both", ErrorCode.VALIDATION),
        (Role.SERVICE_OFFICER, "none", ErrorCode.VALIDATION),
        (Role.SERVICE_OFFICER, "missing_room", ErrorCode.NOT_FOUND),
    ],
)
async def test_who_may_rotate_which_link(
    create_user, create_room, create_agency, role, scope, code
):
    user = await create_user(role)
    room = await create_room()
    other = await create_agency()
    kwargs = {
        "room": {"room_id": room.id},
        "other_agency": {"agency_id": other.id},
        "both": {"room_id": room.id, "agency_id": other.id},
        "none": {},
        "missing_room": {"room_id": room.id + 1000},
    }[scope]
    with pytest.raises(DomainError) as err:
        await calendar_feed.rotate(user, **kwargs)
    assert err.value.code == code
    assert await CalendarFeed.all().count() == 0


@pytest.mark.parametrize("role", [Role.SERVICE_OFFICER, Role.SERVICE_HEAD, Role.ADMIN])
async def test_room_calendar_roles(create_user, create_room, role, settings):
    room = await create_room()
    rotation = await calendar_feed.rotate(await create_user(role), room_id=room.id)
    calendar = await feed(rotation.token, settings)
    assert calendar.events == []
