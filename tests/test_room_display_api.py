"""Room display links through a real uvicorn server: ADMIN makes and revokes them; the door tablet
reads (and follows live) the room by its token without logging in."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from gql import gql
from gql.transport.exceptions import TransportQueryError

from booking.enums import Role
from tests.server import execute
from tests.test_api import gid, login, server, verb
from tests.test_live import REFUSED, next_result, subscription, ws_client

__all__ = ["server"]

CREATE = """mutation($input: CreateRoomDisplayLinkInput!) {
  createRoomDisplayLink(input: $input) {
    url token link { id label active room { code } createdBy { nrk } } errors { code message field }
  }
}"""
REVOKE = """mutation($input: RevokeRoomDisplayLinkInput!) {
  revokeRoomDisplayLink(input: $input) { link { active revokedAt revokedBy { nrk } } errors { code } }
}"""
LINKS = "query($room: ID!) { roomDisplayLinks(roomId: $room) { id label active } }"
DISPLAY = """query($token: String!) { roomDisplay(token: $token) {
  room { code name } date isOpen freeUntil
  current { kind title agencyName endsAt confirmed }
  next { startsAt title } schedule { startsAt endsAt title }
} }"""
LIVE = """subscription($token: String!) { roomDisplayChanged(token: $token) {
  room { code } current { title } schedule { title }
} }"""


def live(token: str) -> Any:
    request = gql(LIVE)
    request.variable_values = {"token": token}
    return request


async def error_code(base: str, query: str, variables: dict[str, Any], **kw: Any) -> str:
    with pytest.raises(TransportQueryError) as failed:
        await execute(base, query, variables, **kw)
    errors = failed.value.errors or []
    return str(errors[0]["extensions"]["code"])


async def test_admin_makes_a_link_the_door_reads_it_without_login_until_revoked(
    server, approved_booking, create_user, staff
):
    requester = await create_user(Role.REQUESTER)
    booking = await approved_booking(requester)  # running since an hour, for two hours
    room_id = gid("Room", booking.room_id)
    admin = await login(server, staff[Role.ADMIN].nrk)

    made = (
        await execute(server, CREATE, {"input": {"roomId": room_id, "label": "Pintu"}}, token=admin)
    )["createRoomDisplayLink"]
    assert made["errors"] == [] and made["link"]["active"] is True
    assert made["link"]["createdBy"] == {"nrk": staff[Role.ADMIN].nrk}
    assert made["url"] == f"{server}/display/{made['token']}"

    shown = (await execute(server, DISPLAY, {"token": made["token"]}))["roomDisplay"]  # no login
    assert shown["current"]["title"] == "Rapat Koordinasi"
    assert shown["current"]["agencyName"] == "Dinas Uji" and shown["current"]["confirmed"]
    assert shown["freeUntil"] is None and shown["current"]["endsAt"].endswith("+07:00")
    assert [e["title"] for e in shown["schedule"]] == ["Rapat Koordinasi"]
    assert "purpose" not in str(shown) and "reference" not in str(shown)

    listed = (await execute(server, LINKS, {"room": room_id}, token=admin))["roomDisplayLinks"]
    assert [x["label"] for x in listed] == ["Pintu"]

    revoked = await execute(server, REVOKE, {"input": {"linkId": made["link"]["id"]}}, token=admin)
    assert revoked["revokeRoomDisplayLink"]["link"]["active"] is False
    assert revoked["revokeRoomDisplayLink"]["link"]["revokedBy"] == {"nrk": staff[Role.ADMIN].nrk}
    assert await error_code(server, DISPLAY, {"token": made["token"]}) == "DISPLAY_LINK_REVOKED"
    assert await error_code(server, DISPLAY, {"token": "tidak-ada"}) == "NOT_FOUND"


@pytest.mark.parametrize("role", [Role.REQUESTER, Role.SERVICE_HEAD, Role.LEADERSHIP, None])
async def test_only_admin_manages_display_links(server, create_user, create_room, staff, role):
    room_id = gid("Room", (await create_room()).id)
    token = await login(server, (await create_user(role)).nrk) if role else None
    admin = await login(server, staff[Role.ADMIN].nrk)
    made = await execute(server, CREATE, {"input": {"roomId": room_id}}, token=admin)
    link_id = made["createRoomDisplayLink"]["link"]["id"]

    refused = await execute(server, CREATE, {"input": {"roomId": room_id}}, token=token)
    expected = "FORBIDDEN" if role else "UNAUTHENTICATED"
    assert refused["createRoomDisplayLink"]["errors"][0]["code"] == expected
    assert refused["createRoomDisplayLink"]["token"] is None
    revoke = await execute(server, REVOKE, {"input": {"linkId": link_id}}, token=token)
    assert revoke["revokeRoomDisplayLink"]["errors"][0]["code"] == expected
    assert await error_code(server, LINKS, {"room": room_id}, token=token) == expected


async def test_bad_input_gets_typed_errors(server, create_room, staff):
    admin = await login(server, staff[Role.ADMIN].nrk)
    room_id = gid("Room", (await create_room()).id)
    cases = [
        ({"roomId": "bm9wZQ=="}, "VALIDATION", "roomId"),
        ({"roomId": gid("Booking", 1)}, "VALIDATION", "roomId"),
        ({"roomId": gid("Room", 999999)}, "NOT_FOUND", "roomId"),
        ({"roomId": room_id, "label": "x" * 101}, "VALIDATION", "label"),
    ]
    for input, code, field in cases:
        result = await execute(server, CREATE, {"input": input}, token=admin)
        [error] = result["createRoomDisplayLink"]["errors"]
        assert (error["code"], error["field"]) == (code, field)
    bad = await execute(server, REVOKE, {"input": {"linkId": gid("Room", 1)}}, token=admin)
    assert bad["revokeRoomDisplayLink"]["errors"][0]["code"] == "VALIDATION"
    assert await error_code(server, DISPLAY, {"token": "x" * 5000}) == "NOT_FOUND"


async def test_the_door_follows_changes_live_without_login_and_stops_at_revoke(
    server, approved_booking, create_user, staff
):
    base = server
    requester = await create_user(Role.REQUESTER)
    booking = await approved_booking(requester)
    admin = await login(base, staff[Role.ADMIN].nrk)
    made = (
        await execute(
            base, CREATE, {"input": {"roomId": gid("Room", booking.room_id)}}, token=admin
        )
    )["createRoomDisplayLink"]

    results: asyncio.Queue[Any] = asyncio.Queue()

    async def follow() -> None:
        try:
            async with ws_client(base, {"displayToken": made["token"]}) as session:
                async for result in session.subscribe(live(made["token"])):
                    await results.put(result)
        except Exception as exc:
            await results.put(exc)

    task = asyncio.create_task(follow())
    try:
        first = (await next_result(results))["roomDisplayChanged"]
        assert first["current"] == {"title": "Rapat Koordinasi"}
        cancelled = await verb(
            base,
            await login(base, requester.nrk),
            "cancelBooking",
            {"bookingId": gid("Booking", booking.id), "reason": "Acara ditunda"},
        )
        assert cancelled["errors"] == []
        while (update := (await next_result(results))["roomDisplayChanged"])["current"]:
            pass
        assert update["schedule"] == []

        await execute(base, REVOKE, {"input": {"linkId": made["link"]["id"]}}, token=admin)
        while True:  # at once, not at the next 30 s refresh
            item = await asyncio.wait_for(results.get(), 5)
            if isinstance(item, BaseException):
                break
        assert isinstance(item, TransportQueryError)
        assert item.errors and item.errors[0]["extensions"]["code"] == "DISPLAY_LINK_REVOKED"
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    # a revoked token no longer opens a connection; an open display connection serves nothing else
    with pytest.raises(REFUSED):
        async with ws_client(base, {"displayToken": made["token"]}) as session:
            await session.execute(live(made["token"]))


async def test_a_display_connection_serves_no_private_subscription(server, create_room, staff):
    admin = await login(server, staff[Role.ADMIN].nrk)
    room_id = gid("Room", (await create_room()).id)
    made = (await execute(server, CREATE, {"input": {"roomId": room_id}}, token=admin))[
        "createRoomDisplayLink"
    ]
    async with subscription(server, "", "subscription { notificationReceived { kind } }") as r:
        with pytest.raises(REFUSED):
            await next_result(r)  # no session and no display token: refused at connection_init
    with pytest.raises(TransportQueryError) as refused:
        async with ws_client(server, {"displayToken": made["token"]}) as session:
            async for _ in session.subscribe(gql("subscription { notificationReceived { kind } }")):
                pass
    assert (
        refused.value.errors and refused.value.errors[0]["extensions"]["code"] == "UNAUTHENTICATED"
    )
