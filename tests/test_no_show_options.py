"""The rest of check-in (#17): the room's door display shows the check-in code of the booking in
progress (or next, once its check-in opened) for a phone to scan; ADMIN edits a room's no-show
grace period; a service officer or ADMIN turns one booking's no-show release off. Domain and
API (a real server, the gql client)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from booking import check_in, room_display
from booking.admin import rooms
from booking.clock import now
from booking.enums import BookingStatus, Role
from booking.errors import DomainError, ErrorCode
from booking.models import AuditEntry, Booking, Room
from tests.server import execute
from tests.test_api import gid, login, server

__all__ = ["server"]

DISPLAY = "query($token: String!) { roomDisplay(token: $token) { checkInCode current { title } } }"
BY_CODE = """mutation($code: String!) { checkInByCode(input: {code: $code}) {
  booking { checkedInAt } errors { code } } }"""
EDIT_ROOM = """mutation($input: EditRoomInput!) { editRoom(input: $input) {
  room { noShowGraceMinutes } errors { code field } } }"""
SET_RELEASE = """mutation($id: ID!, $release: Boolean!) {
  setNoShowRelease(input: {bookingId: $id, release: $release}) {
    booking { noShowRelease } errors { code } } }"""


async def _error(call) -> DomainError:
    with pytest.raises(DomainError) as caught:
        await call
    return caught.value


async def _running(approved_booking, requester, started: int = 10, minutes: int = 120) -> Booking:
    """An approved booking that started ``started`` minutes ago (negative: later), nobody in."""
    booking = await approved_booking(requester, started=False)
    start = (now() - timedelta(minutes=started)).replace(second=0, microsecond=0)
    await Booking.filter(id=booking.id).update(
        starts_at=start, ends_at=start + timedelta(minutes=minutes), checked_in_at=None
    )
    await Room.filter(id=booking.room_id).update(opens_minute=0, closes_minute=24 * 60)
    await booking.refresh_from_db()
    return booking


def _draft(room: Room, **kw) -> rooms.RoomDraft:
    return rooms.RoomDraft(
        code=room.code,
        name=room.name,
        building=room.building,
        floor=room.floor,
        capacity=room.capacity,
        **kw,
    )


async def test_the_door_shows_the_code_of_the_booking_waiting_for_check_in(
    create_user, approved_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    booking = await _running(approved_booking, requester, started=-10)  # starts in 10 minutes
    made = await room_display.create_link(staff[Role.ADMIN], booking.room_id)
    shown = await room_display.display(made.link, settings.tz)
    assert shown.current is None and shown.check_in_entry is not None
    assert shown.check_in_entry.booking_id == booking.id
    later = now() + timedelta(minutes=30)  # its check-in has not opened: no code then ...
    await Booking.filter(id=booking.id).update(starts_at=later, ends_at=later + timedelta(hours=1))
    assert (await room_display.display(made.link, settings.tz)).check_in_entry is None
    start = now() - timedelta(minutes=5)  # ... in progress: its code until someone checks in
    await Booking.filter(id=booking.id).update(starts_at=start, ends_at=start + timedelta(hours=1))
    assert (await room_display.display(made.link, settings.tz)).check_in_entry is not None
    await check_in.check_in(requester, booking.id)
    assert (await room_display.display(made.link, settings.tz)).check_in_entry is None


async def test_the_display_code_through_the_api_checks_in_from_a_phone(
    server, create_user, approved_booking, staff
):
    requester = await create_user(Role.REQUESTER)
    booking = await _running(approved_booking, requester, started=5)
    made = await room_display.create_link(staff[Role.ADMIN], booking.room_id)
    shown = (await execute(server, DISPLAY, {"token": made.token}))["roomDisplay"]  # no login
    assert shown["checkInCode"] == check_in.check_in_code(booking.id)
    phone = await login(server, requester.nrk)
    done = await execute(server, BY_CODE, {"code": shown["checkInCode"]}, token=phone)
    assert done["checkInByCode"]["errors"] == [] and done["checkInByCode"]["booking"]["checkedInAt"]
    again = (await execute(server, DISPLAY, {"token": made.token}))["roomDisplay"]
    assert again["checkInCode"] is None and again["current"]["title"] == "Rapat Koordinasi"


async def test_admin_edits_the_grace_period_of_a_room(create_room, staff, server):
    admin = staff[Role.ADMIN]
    room = await create_room()
    edited = await rooms.edit_room(admin, room.id, _draft(room, no_show_grace_minutes=30))
    assert edited.no_show_grace_minutes == 30
    kept = await rooms.edit_room(admin, room.id, _draft(room, keep_grace=True))
    assert kept.no_show_grace_minutes == 30
    off = await rooms.edit_room(admin, room.id, _draft(room, no_show_grace_minutes=None))
    assert off.no_show_grace_minutes is None
    for bad in (0, 241, -5):
        error = await _error(
            rooms.edit_room(admin, room.id, _draft(room, no_show_grace_minutes=bad))
        )
        assert (error.code, error.field) == (ErrorCode.VALIDATION, "noShowGraceMinutes")
    error = await _error(rooms.edit_room(staff[Role.SERVICE_HEAD], room.id, _draft(room)))
    assert error.code == ErrorCode.FORBIDDEN
    entries = await AuditEntry.filter(entity_type="ROOM", entity_id=room.id).order_by("id")
    assert [(e.before or {}).get("no_show_grace_minutes") for e in entries] == [15, 30, 30]
    assert [(e.after or {}).get("no_show_grace_minutes") for e in entries] == [30, 30, None]

    token = await login(server, admin.nrk)
    fields = {"code": room.code, "name": "Ruang", "building": "G", "floor": "2", "capacity": 9}
    for value, expected in ((45, 45), (None, None)):
        variables = {
            "input": {
                "roomId": gid("Room", room.id),
                "room": {**fields, "noShowGraceMinutes": value},
            }
        }
        result = (await execute(server, EDIT_ROOM, variables, token=token))["editRoom"]
        assert result["errors"] == [] and result["room"]["noShowGraceMinutes"] == expected
    await Room.filter(id=room.id).update(no_show_grace_minutes=20)
    left_out = {"input": {"roomId": gid("Room", room.id), "room": fields}}  # unchanged
    result = (await execute(server, EDIT_ROOM, left_out, token=token))["editRoom"]
    assert result["room"]["noShowGraceMinutes"] == 20
    bad = {"input": {"roomId": gid("Room", room.id), "room": {**fields, "noShowGraceMinutes": 0}}}
    [error] = (await execute(server, EDIT_ROOM, bad, token=token))["editRoom"]["errors"]
    assert (error["code"], error["field"]) == ("VALIDATION", "noShowGraceMinutes")


async def test_an_officer_turns_one_bookings_release_off(
    create_user, approved_booking, create_booking, staff, server
):
    requester = await create_user(Role.REQUESTER)
    booking = await _running(approved_booking, requester, started=30)  # past its grace period
    for role in (Role.REQUESTER, Role.SERVICE_HEAD, Role.LEADERSHIP, Role.EQUIPMENT_HEAD):
        user = requester if role == Role.REQUESTER else staff[role]
        error = await _error(check_in.set_no_show_release(user, booking.id, False))
        assert error.code == ErrorCode.FORBIDDEN, role
    officer = staff[Role.SERVICE_OFFICER]
    done = await check_in.set_no_show_release(officer, booking.id, False)
    assert done.no_show_release is False
    assert await check_in.release_no_shows() == []  # kept although nobody checked in
    twice = await _error(check_in.set_no_show_release(officer, booking.id, False))
    assert (twice.code, twice.message_key) == (ErrorCode.CONFLICT, "unchanged")
    await check_in.set_no_show_release(staff[Role.ADMIN], booking.id, True)
    assert await check_in.release_no_shows() == [booking.id]
    await booking.refresh_from_db()
    assert booking.status == BookingStatus.NO_SHOW
    over = await _error(check_in.set_no_show_release(officer, booking.id, False))
    assert over.code == ErrorCode.INVALID_TRANSITION
    missing = await _error(check_in.set_no_show_release(officer, 999999, False))
    assert missing.code == ErrorCode.NOT_FOUND
    actions = await AuditEntry.filter(entity_type="BOOKING", entity_id=booking.id).count()
    assert actions == 2

    other = await create_booking(requester)
    officer_token = await login(server, officer.nrk)
    requester_token = await login(server, requester.nrk)
    refused = await execute(
        server,
        SET_RELEASE,
        {"id": gid("Booking", other.id), "release": False},
        token=requester_token,
    )
    assert refused["setNoShowRelease"]["errors"] == [{"code": "FORBIDDEN"}]
    result = await execute(
        server, SET_RELEASE, {"id": gid("Booking", other.id), "release": False}, token=officer_token
    )
    assert result["setNoShowRelease"] == {"booking": {"noShowRelease": False}, "errors": []}
