"""ADMIN sees which accounts are locked after failed logins (User.lockedUntil), so the users page
can offer "unlock" where it applies; nobody else sees it."""

from __future__ import annotations

from datetime import datetime, timedelta

from api.ids import encode_id
from booking.clock import now
from booking.enums import Role
from booking.models import LoginThrottle
from tests.test_admin import run

USERS = "query { users(first: 100) { edges { node { nrk lockedUntil } } } }"
NODE = "query($id: ID!) { node(id: $id) { ... on User { nrk lockedUntil } } }"
UNLOCK = "mutation($input: UserIdInput!) { unlockUser(input: $input) { errors { code } } }"


async def test_admin_sees_the_lock_until_it_ends_or_is_lifted(settings, store, staff, create_user):
    admin = staff[Role.ADMIN]
    locked = await create_user(Role.REQUESTER, nrk="100007")
    await create_user(Role.REQUESTER, nrk="100008")
    until = now() + timedelta(minutes=9)
    await LoginThrottle.create(nrk="100007", failures=0, locked_until=until)
    await LoginThrottle.create(nrk="100008", failures=0, locked_until=now() - timedelta(minutes=1))

    data = await run(settings, store, admin, USERS)
    seen = {e["node"]["nrk"]: e["node"]["lockedUntil"] for e in data["users"]["edges"]}
    assert seen["100008"] is None  # that lock has ended
    assert seen["100007"] is not None
    assert abs((_parse(seen["100007"]) - until).total_seconds()) < 1

    # Officers may look at people, but not at their locks.
    officer = staff[Role.SERVICE_OFFICER]
    node = await run(settings, store, officer, NODE, id=encode_id("User", locked.id))
    assert node["node"] == {"nrk": "100007", "lockedUntil": None}

    lifted = await run(
        settings, store, admin, UNLOCK, input={"userId": encode_id("User", locked.id)}
    )
    assert lifted["unlockUser"]["errors"] == []
    data = await run(settings, store, admin, USERS)
    seen = {e["node"]["nrk"]: e["node"]["lockedUntil"] for e in data["users"]["edges"]}
    assert seen["100007"] is None and seen["100008"] is None


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)
