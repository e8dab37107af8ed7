"""Check-in through the API (a real server, the gql client): the requester's agency and the
code shown to officers for the room's display; typed errors for the wrong role, state and input;
the agency's no-show record seen by the officers at verification."""

from __future__ import annotations

from datetime import timedelta

from booking import check_in
from booking.clock import now
from booking.enums import Role
from booking.models import Booking, Room
from tests.server import execute
from tests.test_api import gid, login, server  # noqa: F401 (the session's server fixture)

CHECK_IN = """mutation($id: ID!) { checkIn(input: {bookingId: $id}) {
  booking { status checkedInAt } errors { code message field } } }"""
BY_CODE = """mutation($code: String!) { checkInByCode(input: {code: $code}) {
  booking { id status checkedInAt } errors { code message field } } }"""
VIEW = """query($id: ID!) { node(id: $id) { ... on Booking {
  status checkInCode checkedInAt room { noShowGraceMinutes } agency { noShowCount } } } }"""


async def _approved(approved_booking, requester, started: int) -> Booking:
    booking = await approved_booking(requester, started=False)
    start = (now() - timedelta(minutes=started)).replace(second=0, microsecond=0)
    await Booking.filter(id=booking.id).update(starts_at=start, ends_at=start + timedelta(hours=2))
    return booking


async def test_the_requester_checks_in_through_the_api(server, create_user, approved_booking):  # noqa: F811
    requester = await create_user(Role.REQUESTER, nrk="710001")
    token = await login(server, "710001")
    early = await _approved(approved_booking, requester, started=-60)
    result = await execute(server, CHECK_IN, {"id": gid("Booking", early.id)}, token=token)
    [error] = result["checkIn"]["errors"]
    assert error["code"] == "CHECK_IN_NOT_OPEN" and "15 menit" in error["message"]

    booking = await _approved(approved_booking, requester, started=5)
    result = await execute(server, CHECK_IN, {"id": gid("Booking", booking.id)}, token=token)
    assert result["checkIn"]["errors"] == []
    assert result["checkIn"]["booking"]["status"] == "APPROVED"
    assert result["checkIn"]["booking"]["checkedInAt"]
    again = await execute(
        server, CHECK_IN, {"id": gid("Booking", booking.id)}, token=token, language="en"
    )
    [error] = again["checkIn"]["errors"]
    assert error["code"] == "ALREADY_CHECKED_IN" and "already checked in" in error["message"]
    # the requester is not shown the display's code, nor the agency's record
    view = await execute(server, VIEW, {"id": gid("Booking", booking.id)}, token=token)
    assert view["node"]["checkInCode"] is None and view["node"]["agency"]["noShowCount"] is None
    assert view["node"]["room"]["noShowGraceMinutes"] == 15


async def test_the_display_code_checks_in_and_officers_see_the_no_show_record(
    server,  # noqa: F811
    create_user,
    approved_booking,
    settings,
):
    requester = await create_user(Role.REQUESTER, nrk="710002")
    await create_user(Role.SERVICE_OFFICER, nrk="710003")
    await create_user(Role.EQUIPMENT_HEAD, nrk="710004")
    token = await login(server, "710002")
    officer = await login(server, "710003")
    equipment_head = await login(server, "710004")
    missed = await _approved(approved_booking, requester, started=30)
    assert await check_in.release_no_shows(settings=settings) == [missed.id]

    booking = await _approved(approved_booking, requester, started=-10)
    await Room.filter(id=booking.room_id).update(no_show_grace_minutes=None)
    view = await execute(server, VIEW, {"id": gid("Booking", booking.id)}, token=officer)
    code = view["node"]["checkInCode"]
    assert code and view["node"]["agency"]["noShowCount"] == 1
    assert view["node"]["room"]["noShowGraceMinutes"] is None

    for bad in ("", "xyz", code[:-1] + ("A" if code[-1] != "A" else "B")):
        result = await execute(server, BY_CODE, {"code": bad}, token=token)
        [error] = result["checkInByCode"]["errors"]
        assert error["code"] == "NOT_FOUND" and error["field"] == "code"
    wrong_role = await execute(server, BY_CODE, {"code": code}, token=equipment_head)
    assert wrong_role["checkInByCode"]["errors"][0]["code"] == "FORBIDDEN"
    result = await execute(server, BY_CODE, {"code": code}, token=token)
    assert result["checkInByCode"]["errors"] == []
    assert result["checkInByCode"]["booking"]["id"] == gid("Booking", booking.id)

    released = await execute(server, CHECK_IN, {"id": gid("Booking", missed.id)}, token=officer)
    [error] = released["checkIn"]["errors"]
    assert error["code"] == "INVALID_TRANSITION"
    unauthenticated = await execute(server, BY_CODE, {"code": code})
    assert unauthenticated["checkInByCode"]["errors"][0]["code"] == "UNAUTHENTICATED"
