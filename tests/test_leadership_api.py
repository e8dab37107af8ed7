"""Leadership events and booking rules through the real server: typed errors, node fetch,
suggestions, and the day view."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from booking.enums import Role
from booking.settings import Settings
from tests.conftest import slot
from tests.server import execute, run_server
from tests.test_api import SUBMIT, gid, login, submit_input


@pytest.fixture(scope="module")
async def server(database: str, settings: Settings, tmp_path_factory) -> AsyncIterator[str]:
    """Like tests/test_api.py's, but stopped after this module (its pool closed with it)."""
    env = {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(tmp_path_factory.mktemp("leadership-files")),
        "EPESAN_MAX_LETTER_BYTES": str(settings.max_letter_bytes),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0.01",
        "EPESAN_EMBEDDED_WORKER": "false",
    }
    with run_server(env, tmp_path_factory.mktemp("logs") / "uvicorn.log") as base:
        yield base


CREATE_BLOCK = """mutation($input: CreateLeadershipBlockInput!) {
  createLeadershipBlock(input: $input) {
    block { id reason isActive rooms { code } createdBy { nrk } }
    affectedBookings { id status }
    errors { code message field }
  }
}"""

CANCEL_BLOCK = """mutation($input: CancelLeadershipBlockInput!) {
  cancelLeadershipBlock(input: $input) {
    block { isActive cancelReason cancelledBy { nrk } }
    affectedBookings { id status }
    errors { code field }
  }
}"""

SUGGESTIONS = """query($id: ID!) {
  node(id: $id) {
    ... on Booking {
      status
      rescheduleSuggestions { room { id code } startsAt endsAt sameRoom }
      history { action actorRole note }
    }
  }
}"""

ACCEPT = """mutation($input: AcceptRescheduleSuggestionInput!) {
  acceptRescheduleSuggestion(input: $input) {
    booking { status startsAt room { code } }
    errors { code message field rule }
  }
}"""

SET_RULES = """mutation($input: SetRoomRulesInput!) {
  setRoomRules(input: $input) {
    rules { bookableHours { weekday opensAt closesAt } minLeadMinutes maxAdvanceDays
            maxDurationMinutes bufferMinutes }
    errors { code field }
  }
}"""


async def _people(create_user, tag: str) -> dict[str, str]:
    users = {
        "requester": await create_user(Role.REQUESTER, nrk=f"71{tag}01"),
        "head": await create_user(Role.SERVICE_HEAD, nrk=f"71{tag}02"),
        "officer": await create_user(Role.SERVICE_OFFICER, nrk=f"71{tag}03"),
        "admin": await create_user(Role.ADMIN, nrk=f"71{tag}04"),
    }
    return users


async def tokens_for(server, users) -> dict[str, str]:
    return {name: await login(server, u.nrk) for name, u in users.items()}


def block_input(rooms, start, end, reason="Kunjungan Presiden") -> dict:
    return {
        "roomIds": [gid("Room", r.id) for r in rooms],
        "startsAt": start.isoformat(),
        "endsAt": end.isoformat(),
        "reason": reason,
    }


async def test_a_block_through_the_api_from_creation_to_an_accepted_suggestion(
    server, create_user, create_room
):
    users = await _people(create_user, "10")
    t = await tokens_for(server, users)
    room = await create_room(code="BLK-A", capacity=40)
    await create_room(code="BLK-B", capacity=60)  # free at the original time
    submitted = await execute(
        server,
        SUBMIT,
        {"input": submit_input(room.id, slot(hour=10))},
        token=t["requester"],
        upload=True,
    )
    booking_id = submitted["submitBooking"]["booking"]["id"]

    # only the head of service blocks rooms
    start, end = slot(hour=9, minutes=240)
    refused = await execute(
        server, CREATE_BLOCK, {"input": block_input([room], start, end)}, token=t["officer"]
    )
    assert refused["createLeadershipBlock"]["errors"][0]["code"] == "FORBIDDEN"
    created = await execute(
        server, CREATE_BLOCK, {"input": block_input([room], start, end)}, token=t["head"]
    )
    payload = created["createLeadershipBlock"]
    assert payload["errors"] == []
    assert payload["block"]["rooms"] == [{"code": "BLK-A"}] and payload["block"]["isActive"]
    assert payload["affectedBookings"] == [{"id": booking_id, "status": "RESCHEDULE_REQUIRED"}]
    block_id = payload["block"]["id"]

    # node fetch: staff see the block, requesters do not
    query = "query($id: ID!) { node(id: $id) { ... on LeadershipBlock { reason } } }"
    seen = await execute(server, query, {"id": block_id}, token=t["officer"])
    assert seen["node"] == {"reason": "Kunjungan Presiden"}
    assert (await execute(server, query, {"id": block_id}, token=t["requester"]))["node"] is None
    listed = await execute(
        server, "{ leadershipBlocks { totalCount edges { node { id } } } }", token=t["head"]
    )
    assert listed["leadershipBlocks"]["edges"] == [{"node": {"id": block_id}}]

    # the requester sees why, and where it could go
    found = (await execute(server, SUGGESTIONS, {"id": booking_id}, token=t["requester"]))["node"]
    assert found["status"] == "RESCHEDULE_REQUIRED"
    assert found["history"][-1]["action"] == "DISPLACE"
    assert "Kunjungan Presiden" in found["history"][-1]["note"]
    same = [s for s in found["rescheduleSuggestions"] if s["sameRoom"]]
    moved = [s for s in found["rescheduleSuggestions"] if not s["sameRoom"]]
    # as near as possible: 07:00-09:00 before the block and 13:00-15:00 right after it
    assert [s["startsAt"][11:16] for s in same[:2]] == ["07:00", "13:00"]
    assert [s["room"]["code"] for s in moved] == ["BLK-B"]

    # a time inside the block is refused with its code, then a suggestion is taken
    inside = {
        "bookingId": booking_id,
        "roomId": gid("Room", room.id),
        "startsAt": start.isoformat(),
    }
    result = await execute(server, ACCEPT, {"input": inside}, token=t["requester"])
    assert result["acceptRescheduleSuggestion"]["errors"][0]["code"] == "ROOM_BLOCKED"
    pick = {
        "bookingId": booking_id,
        "roomId": moved[0]["room"]["id"],
        "startsAt": moved[0]["startsAt"],
    }
    result = await execute(server, ACCEPT, {"input": pick}, token=t["requester"])
    assert result["acceptRescheduleSuggestion"]["errors"] == []
    assert result["acceptRescheduleSuggestion"]["booking"]["room"] == {"code": "BLK-B"}
    assert (
        result["acceptRescheduleSuggestion"]["booking"]["status"] == "SUBMITTED"
    )  # not yet verified

    # the day view shows the block, with its reason only to staff
    view = """query($d: Date!, $r: [ID!]) {
      availability(date: $d, roomIds: $r) { blocked { startsAt endsAt reason } } }"""
    variables = {"d": start.date().isoformat(), "r": [gid("Room", room.id)]}
    as_staff = await execute(server, view, variables, token=t["officer"])
    as_requester = await execute(server, view, variables, token=t["requester"])
    assert as_staff["availability"][0]["blocked"][0]["reason"] == "Kunjungan Presiden"
    assert as_requester["availability"][0]["blocked"][0]["reason"] is None

    cancelled = await execute(
        server,
        CANCEL_BLOCK,
        {"input": {"blockId": block_id, "reason": "Kunjungan ditunda"}},
        token=t["head"],
    )
    block = cancelled["cancelLeadershipBlock"]["block"]
    assert block["isActive"] is False and block["cancelledBy"] == {"nrk": users["head"].nrk}


@pytest.mark.parametrize(
    ("rules", "when", "participants", "rule"),
    [
        (
            {
                "bookableHours": [
                    {"weekday": d, "opensAt": "08:00", "closesAt": "10:00"} for d in range(1, 8)
                ]
            },
            slot(hour=10),
            25,
            "BOOKABLE_HOURS",
        ),
        ({"minLeadMinutes": 7 * 24 * 60}, slot(days=3), 25, "MIN_LEAD_TIME"),
        ({"maxAdvanceDays": 1}, slot(days=3), 25, "MAX_ADVANCE"),
        ({"maxDurationMinutes": 60}, slot(minutes=90), 25, "MAX_DURATION"),
        ({"bufferMinutes": 60}, slot(hour=13, minutes=60), 25, "BUFFER"),
        ({}, slot(hour=15), 500, "CAPACITY"),
    ],
)
async def test_each_broken_rule_is_a_typed_error_naming_it(
    server, create_user, create_room, create_booking, rules, when, participants, rule
):
    users = await _people(create_user, "20")
    t = await tokens_for(server, users)
    room = await create_room(capacity=50)
    await create_booking(users["requester"], room=room, when=slot(hour=11, minutes=90))  # 11-12:30
    set_rules = await execute(
        server, SET_RULES, {"input": {"roomId": gid("Room", room.id), **rules}}, token=t["admin"]
    )
    assert set_rules["setRoomRules"]["errors"] == []
    result = await execute(
        server,
        SUBMIT.replace("errors { code message field }", "errors { code message field rule }"),
        {"input": submit_input(room.id, when, participants=participants)},
        token=t["requester"],
        upload=True,
    )
    [error] = result["submitBooking"]["errors"]
    assert (error["code"], error["rule"]) == ("RULE_VIOLATED", rule)
    assert error["message"]


async def test_set_room_rules_is_for_admin_and_shows_the_rules_in_force(
    server, create_user, create_room
):
    users = await _people(create_user, "30")
    t = await tokens_for(server, users)
    room = await create_room(opens_minute=8 * 60, closes_minute=24 * 60)
    change = {
        "roomId": gid("Room", room.id),
        "bookableHours": [{"weekday": 1, "opensAt": "08:00", "closesAt": "24:00"}],
        "bufferMinutes": 15,
    }
    refused = await execute(server, SET_RULES, {"input": change}, token=t["head"])
    assert refused["setRoomRules"]["errors"] == [{"code": "FORBIDDEN", "field": None}]
    bad = {**change, "bookableHours": [{"weekday": 8, "opensAt": "08:00", "closesAt": "09:00"}]}
    result = await execute(server, SET_RULES, {"input": bad}, token=t["admin"])
    assert result["setRoomRules"]["errors"] == [{"code": "VALIDATION", "field": "bookableHours"}]
    result = await execute(server, SET_RULES, {"input": change}, token=t["admin"])
    assert result["setRoomRules"]["rules"] == {
        "bookableHours": [{"weekday": 1, "opensAt": "08:00", "closesAt": "24:00"}],
        "minLeadMinutes": 0,
        "maxAdvanceDays": 365,
        "maxDurationMinutes": 24 * 60,
        "bufferMinutes": 15,
    }
    query = "query($id: ID!) { node(id: $id) { ... on Room { rules { bufferMinutes } } } }"
    seen = await execute(server, query, {"id": gid("Room", room.id)}, token=t["requester"])
    assert seen["node"] == {"rules": {"bufferMinutes": 15}}


UPDATE_BLOCK = """mutation($input: UpdateLeadershipBlockInput!) {
  updateLeadershipBlock(input: $input) {
    block { reason }
    affectedBookings { id }
    releasedBookings { id status }
    errors { code field }
  }
}"""

BLOCK_HISTORY = """query($id: ID!) { node(id: $id) { ... on LeadershipBlock {
  history { action actorRole note at actor { nrk }
            before { startsAt endsAt reason rooms { code } }
            after { startsAt endsAt reason rooms { code } } }
} } }"""


async def test_staff_read_a_blocks_history_and_edits_name_the_released_bookings(
    server, create_user, create_room
):
    users = await _people(create_user, "40")
    t = await tokens_for(server, users)
    hall = await create_room(code="HIS-A")
    annex = await create_room(code="HIS-B")
    submitted = await execute(
        server,
        SUBMIT,
        {"input": submit_input(annex.id, slot(hour=10))},
        token=t["requester"],
        upload=True,
    )
    booking_id = submitted["submitBooking"]["booking"]["id"]
    start, end = slot(hour=9, minutes=240)
    created = await execute(
        server, CREATE_BLOCK, {"input": block_input([hall, annex], start, end)}, token=t["head"]
    )
    block_id = created["createLeadershipBlock"]["block"]["id"]
    change = {"blockId": block_id, **block_input([hall], start, end, "Hanya aula")}
    refused = await execute(server, UPDATE_BLOCK, {"input": change}, token=t["officer"])
    assert refused["updateLeadershipBlock"]["errors"] == [{"code": "FORBIDDEN", "field": None}]
    edited = (await execute(server, UPDATE_BLOCK, {"input": change}, token=t["head"]))[
        "updateLeadershipBlock"
    ]
    assert edited["errors"] == [] and edited["affectedBookings"] == []
    assert edited["releasedBookings"] == [{"id": booking_id, "status": "RESCHEDULE_REQUIRED"}]

    history = (await execute(server, BLOCK_HISTORY, {"id": block_id}, token=t["officer"]))["node"][
        "history"
    ]
    assert [(h["action"], h["actorRole"], h["note"]) for h in history] == [
        ("CREATE", "SERVICE_HEAD", "Kunjungan Presiden"),
        ("UPDATE", "SERVICE_HEAD", "Hanya aula"),
    ]
    assert {h["actor"]["nrk"] for h in history} == {users["head"].nrk}
    assert history[0]["before"] is None
    assert history[1]["before"] == history[0]["after"]
    assert history[1]["before"]["rooms"] == [{"code": "HIS-A"}, {"code": "HIS-B"}]
    assert history[1]["after"]["rooms"] == [{"code": "HIS-A"}]
    assert history[1]["after"]["startsAt"] == start.isoformat()  # office time, with its offset
    assert history[1]["at"].endswith("+07:00")
    # requesters see neither the block nor its history
    hidden = await execute(server, BLOCK_HISTORY, {"id": block_id}, token=t["requester"])
    assert hidden["node"] is None
