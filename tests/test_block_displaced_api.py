"""LeadershipBlock.displacedBookings: each block lists the bookings it displaced that still wait to
be rescheduled (real server, one batch for a list of blocks)."""

from __future__ import annotations

from booking.enums import Role
from tests.conftest import slot
from tests.server import execute
from tests.test_api import SUBMIT, login, server, submit_input, verb
from tests.test_leadership_api import CREATE_BLOCK, block_input

__all__ = ["server"]

BLOCKS = """{ leadershipBlocks { edges { node { reason displacedBookings { id status } } } } }"""


async def test_each_block_lists_the_bookings_it_displaced_until_they_are_dealt_with(
    server, create_user, create_room
):
    requester = await create_user(Role.REQUESTER)
    head = await create_user(Role.SERVICE_HEAD)
    mine, theirs = await login(server, requester.nrk), await login(server, head.nrk)
    north, south = await create_room(code="DSP-N"), await create_room(code="DSP-S")
    ids = {}
    for name, room, hour in (("north", north, 10), ("south", south, 10), ("later", north, 15)):
        made = await execute(
            server,
            SUBMIT,
            {"input": submit_input(room.id, slot(hour=hour))},
            token=mine,
            upload=True,
        )
        ids[name] = made["submitBooking"]["booking"]["id"]
    for room, reason in ((north, "Kunjungan Presiden"), (south, "Rapat Gubernur")):
        start, end = slot(hour=9, minutes=240)
        created = await execute(
            server, CREATE_BLOCK, {"input": block_input([room], start, end, reason)}, token=theirs
        )
        assert created["createLeadershipBlock"]["errors"] == []

    def by_reason(result: dict) -> dict[str, list[str]]:
        return {
            e["node"]["reason"]: [b["id"] for b in e["node"]["displacedBookings"]]
            for e in result["leadershipBlocks"]["edges"]
        }

    listed = by_reason(await execute(server, BLOCKS, token=theirs))
    # the 15:00 booking in the north room is outside the block's time: not displaced
    assert listed == {"Kunjungan Presiden": [ids["north"]], "Rapat Gubernur": [ids["south"]]}

    cancelled = await verb(
        server, mine, "cancelBooking", {"bookingId": ids["south"], "reason": "Batal"}
    )
    assert cancelled["errors"] == []
    listed = by_reason(await execute(server, BLOCKS, token=theirs))
    assert listed["Rapat Gubernur"] == [] and listed["Kunjungan Presiden"] == [ids["north"]]
