"""The waitlist and the calendar feeds through a real uvicorn server (tests/test_api.py's helpers)."""

from __future__ import annotations

import httpx
from icalendar import Calendar

from booking.enums import Role
from tests.conftest import slot
from tests.server import execute
from tests.test_api import SUBMIT, gid, login, server, submit_input, verb

__all__ = ["server"]  # the session's test server, shared with tests/test_api.py's fixture

JOIN = """mutation($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) {
    replayed
    entry { id status startsAt room { code } agency { name } equipment { quantity } }
    errors { code message field }
  }
}"""

WAITLIST = """query($status: [WaitlistStatus!]) {
  waitlist(status: $status) {
    totalCount
    edges { node { id status booking { reference status } history { action actorRole actor { nrk } } } }
  }
}"""

ROTATE = """mutation($input: RotateCalendarTokenInput!) {
  rotateCalendarToken(input: $input) { url rotatedAt errors { code message } }
}"""


async def test_a_taken_slot_then_the_waitlist_then_promotion_on_cancel(
    server, create_user, create_room, create_agency
):
    await create_user(Role.REQUESTER, nrk="610001")
    await create_user(Role.REQUESTER, agency=await create_agency(name="Bapenda"), nrk="610002")
    await create_user(Role.REQUESTER, nrk="610003")
    await create_user(Role.SERVICE_OFFICER, nrk="610004")
    tokens = {nrk: await login(server, nrk) for nrk in ("610001", "610002", "610003", "610004")}
    room = await create_room(code="WL1")
    when = slot(days=10, hour=9)

    first = await execute(
        server, SUBMIT, {"input": submit_input(room.id, when)}, token=tokens["610001"], upload=True
    )
    booking_id = first["submitBooking"]["booking"]["id"]
    taken = await execute(
        server, SUBMIT, {"input": submit_input(room.id, when)}, token=tokens["610002"], upload=True
    )
    assert taken["submitBooking"]["errors"][0]["code"] == "ROOM_UNAVAILABLE"

    # the same request joins the waitlist
    joined = await execute(
        server, JOIN, {"input": submit_input(room.id, when)}, token=tokens["610002"], upload=True
    )
    payload = joined["joinWaitlist"]
    assert payload["errors"] == [] and payload["replayed"] is False
    entry = payload["entry"]
    assert entry["status"] == "WAITING" and entry["room"] == {"code": "WL1"}
    assert entry["agency"] == {"name": "Bapenda"} and entry["startsAt"].endswith("+07:00")

    # a free slot: book it directly; an officer cannot join
    free = await execute(
        server,
        JOIN,
        {"input": submit_input(room.id, slot(days=10, hour=13))},
        token=tokens["610002"],
        upload=True,
        language="en",
    )
    [error] = free["joinWaitlist"]["errors"]
    assert error["code"] == "SLOT_AVAILABLE" and "submit a booking" in error["message"]
    officer = await execute(
        server, JOIN, {"input": submit_input(room.id, when)}, token=tokens["610004"], upload=True
    )
    assert officer["joinWaitlist"]["errors"][0]["code"] == "FORBIDDEN"

    # my agency's entries; another agency sees none; officers see all
    mine = await execute(server, WAITLIST, token=tokens["610002"])
    assert [e["node"]["id"] for e in mine["waitlist"]["edges"]] == [entry["id"]]
    assert (await execute(server, WAITLIST, token=tokens["610003"]))["waitlist"]["totalCount"] == 0
    assert (await execute(server, WAITLIST, token=tokens["610004"]))["waitlist"]["totalCount"] == 1

    # the slot frees: the entry is promoted in the same change
    cancelled = await verb(
        server, tokens["610001"], "cancelBooking", {"bookingId": booking_id, "reason": "Batal"}
    )
    assert cancelled["errors"] == []
    after = await execute(server, WAITLIST, {"status": ["PROMOTED"]}, token=tokens["610002"])
    [promoted] = after["waitlist"]["edges"]
    assert promoted["node"]["booking"]["status"] == "SUBMITTED"
    assert promoted["node"]["history"] == [
        {"action": "JOIN", "actorRole": "REQUESTER", "actor": {"nrk": "610002"}},
        {"action": "PROMOTE", "actorRole": None, "actor": None},
    ]
    told = await execute(
        server, "{ notifications { edges { node { kind title } } } }", token=tokens["610002"]
    )
    kinds = [e["node"]["kind"] for e in told["notifications"]["edges"]]
    assert "waitlist.promoted" in kinds

    left = await execute(
        server,
        "mutation($input: LeaveWaitlistInput!) { leaveWaitlist(input: $input) { entry { status } errors { code } } }",
        {"input": {"entryId": entry["id"]}},
        token=tokens["610002"],
    )
    assert left["leaveWaitlist"]["errors"][0]["code"] == "INVALID_TRANSITION"


async def test_calendar_feed_link_serves_ics_and_dies_at_rotation(server, create_user, create_room):
    requester = await create_user(Role.REQUESTER, nrk="620001")
    token = await login(server, "620001")
    room = await create_room(code="ICS1")
    when = slot(days=11, hour=10)
    submitted = await execute(
        server, SUBMIT, {"input": submit_input(room.id, when)}, token=token, upload=True
    )
    reference = submitted["submitBooking"]["booking"]["reference"]
    agency_id = gid("Agency", requester.agency_id)

    rotated = await execute(server, ROTATE, {"input": {"agencyId": agency_id}}, token=token)
    url = rotated["rotateCalendarToken"]["url"]
    assert rotated["rotateCalendarToken"]["errors"] == [] and url.endswith(".ics")
    assert url.startswith(f"{server}/calendar/")  # the address this client used
    async with httpx.AsyncClient() as http:
        response = await http.get(url)
        assert response.status_code == 200
        assert response.headers["content-type"] == "text/calendar; charset=utf-8"
        [event] = Calendar.from_ical(response.content).events
        assert reference in str(event["DESCRIPTION"]) and event.start == when[0]

        again = await execute(server, ROTATE, {"input": {"agencyId": agency_id}}, token=token)
        assert (await http.get(url)).status_code == 404
        assert (await http.get(again["rotateCalendarToken"]["url"])).status_code == 200
        assert (await http.get(server + "/calendar/unknown.ics")).status_code == 404

    refused = await execute(
        server, ROTATE, {"input": {"roomId": gid("Room", room.id)}}, token=token
    )
    assert refused["rotateCalendarToken"]["errors"][0]["code"] == "FORBIDDEN"
    assert refused["rotateCalendarToken"]["url"] is None
