"""Administration through two real API processes sharing the database and Redis (gql client):
a new user's forced password change, the password policy, a deactivation that ends the user's
sessions in every process (websockets included), and a rename that day views and calendar feeds
show."""

from __future__ import annotations

import asyncio
import io
import uuid
from collections.abc import Iterator

import pytest
from gql import FileVar
from gql.transport.exceptions import TransportClosed, TransportConnectionFailed
from websockets.exceptions import ConnectionClosed

from booking import calendar_feed
from booking.enums import Role
from booking.settings import Settings
from tests.conftest import PASSWORD, slot
from tests.server import execute, run_server
from tests.test_api import gid, login
from tests.test_live import NOTIFICATIONS, require_redis, server_env, subscription

LOGIN = """mutation($nrk: String!, $pw: String!) {
  login(input: {nrk: $nrk, password: $pw}) { token user { mustChangePassword } errors { code } }
}"""
CREATE_USER = """mutation($input: CreateUserInput!) {
  createUser(input: $input) { user { id nrk } temporaryPassword errors { code field } }
}"""
CHANGE_PASSWORD = """mutation($input: ChangePasswordInput!) {
  changePassword(input: $input) { user { mustChangePassword } errors { code message field } }
}"""
DEACTIVATE = """mutation($input: UserIdInput!) {
  deactivateUser(input: $input) { user { isActive } errors { code } }
}"""
RENAME = """mutation($input: RenameAgencyInput!) {
  renameAgency(input: $input) { agency { name } errors { code } }
}"""
ME = "{ me { nrk } }"


@pytest.fixture(scope="module")
def servers(
    database: str, settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """Two API processes sharing the database and Redis (two replicas behind a balancer)."""
    require_redis()
    logs = tmp_path_factory.mktemp("admin-logs")
    env = server_env(settings, f"epesan:test{uuid.uuid4().hex[:8]}")
    with run_server(env, logs / "one.log") as one, run_server(env, logs / "two.log") as two:
        yield one, two


ROOMS = "{ rooms(first: 5) { totalCount } }"


async def test_a_new_user_must_change_the_temporary_password_first(
    servers, create_user, create_agency
):
    one, two = servers
    await create_user(Role.ADMIN, nrk="561001")
    admin = await login(one, "561001")
    agency = await create_agency()
    made = (
        await execute(
            one,
            CREATE_USER,
            {"input": {"nrk": "561002", "name": "Budi Santoso", "email": "budi@jakarta.go.id",
                       "agencyId": gid("Agency", agency.id), "roles": ["REQUESTER"]}},
            token=admin,
        )
    )["createUser"]  # fmt: skip
    assert made["errors"] == []
    temporary = made["temporaryPassword"]

    logged = (await execute(two, LOGIN, {"nrk": "561002", "pw": temporary}))["login"]
    assert logged["errors"] == [] and logged["user"]["mustChangePassword"] is True
    token = logged["token"]
    with pytest.raises(Exception, match=r"PASSWORD_CHANGE_REQUIRED|Ganti kata sandi"):
        await execute(two, ROOMS, token=token)

    async def change(new: str, current: str = temporary) -> dict:
        result = await execute(
            two,
            CHANGE_PASSWORD,
            {"input": {"currentPassword": current, "newPassword": new}},
            token=token,
        )
        return result["changePassword"]

    refused = {
        "pendek": "password_too_short",
        "kunci-561002-ok": "NRK",
        "santoso-rahasia-2026": "name",
    }
    for new in refused:
        result = await change(new)
        assert [(e["code"], e["field"]) for e in result["errors"]] == [
            ("VALIDATION", "newPassword")
        ]
    wrong = await change("Jakarta-Baru-2026!", current="bukan-ini")
    assert [e["code"] for e in wrong["errors"]] == ["INVALID_CREDENTIALS"]
    done = await change("Jakarta-Baru-2026!")
    assert done == {"user": {"mustChangePassword": False}, "errors": []}
    assert (await execute(two, ROOMS, token=token))["rooms"]["totalCount"] == 0
    again = (await execute(one, LOGIN, {"nrk": "561002", "pw": "Jakarta-Baru-2026!"}))["login"]
    assert again["errors"] == [] and again["user"]["mustChangePassword"] is False


async def test_deactivating_a_user_ends_their_sessions_in_every_process_at_once(
    servers, create_user
):
    one, two = servers
    await create_user(Role.ADMIN, nrk="562001")
    user = await create_user(Role.REQUESTER, nrk="562002")
    admin = await login(one, "562001")
    token = await login(two, "562002")
    async with subscription(two, token, NOTIFICATIONS) as results:
        await asyncio.sleep(0.5)  # subscribed on process two
        assert (await execute(two, ME, token=token))["me"] == {"nrk": "562002"}  # cached there
        done = await execute(
            one, DEACTIVATE, {"input": {"userId": gid("User", user.id)}}, token=admin
        )
        assert done["deactivateUser"] == {"user": {"isActive": False}, "errors": []}
        # process two closes the websocket (4401) although no update was due on it
        ended = await asyncio.wait_for(results.get(), 1.5)
        assert isinstance(ended, TransportClosed | TransportConnectionFailed | ConnectionClosed), (
            ended
        )
        # and forgot its cached check (reused for 2 s otherwise): the token no longer works there
        assert (await execute(two, ME, token=token))["me"] is None
    assert (await execute(one, LOGIN, {"nrk": "562002", "pw": PASSWORD}))["login"]["errors"] == [
        {"code": "INVALID_CREDENTIALS"}
    ]


async def test_a_renamed_agency_shows_in_day_views_and_calendar_feeds(
    servers, settings, create_user, create_agency, create_booking
):
    one, two = servers
    admin_user = await create_user(Role.ADMIN, nrk="563001")
    agency = await create_agency(name="Dinas Lama")
    requester = await create_user(Role.REQUESTER, agency=agency)
    start, end = slot(days=3)
    booking = await create_booking(requester, when=(start, end))
    feed = await calendar_feed.rotate(requester, agency_id=agency.id)
    room_feed = await calendar_feed.rotate(admin_user, room_id=booking.room_id)
    admin = await login(one, "563001")
    day = """query($d: Date!) { availability(date: $d) { busy { agencyName } } }"""
    variables = {"d": start.date().isoformat()}
    view = await execute(two, day, variables, token=admin)
    assert [b["agencyName"] for r in view["availability"] for b in r["busy"]] == ["Dinas Lama"]

    renamed = await execute(
        one, RENAME, {"input": {"agencyId": gid("Agency", agency.id), "name": "Dinas Baru"}},
        token=admin,
    )  # fmt: skip
    assert renamed["renameAgency"] == {"agency": {"name": "Dinas Baru"}, "errors": []}
    view = await execute(two, day, variables, token=admin)
    assert [b["agencyName"] for r in view["availability"] for b in r["busy"]] == ["Dinas Baru"]
    for rotation in (feed, room_feed):
        body = await calendar_feed.render_for_token(rotation.token, settings)
        assert body is not None and b"Dinas Baru" in body and b"Dinas Lama" not in body


IMPORT = """mutation($input: ImportDirectoryInput!) {
  importDirectory(input: $input) {
    applied
    rows { line nrk outcome agencyOutcome changes temporaryPassword user { nrk }
           error { code message field } }
    errors { code message field }
  }
}"""


async def test_csv_import_as_a_multipart_upload_dry_run_then_apply(servers, create_user):
    one, _ = servers
    await create_user(Role.ADMIN, nrk="564001")
    admin = await login(one, "564001")
    data = (
        b"nrk,name,email,agency_code,agency_name,roles\n"
        b"564101,Ani Lestari,ani@jakarta.go.id,BPKD,Badan Keuangan,REQUESTER\n"
        b"56410x,Salah,,BPKD,Badan Keuangan,REQUESTER\n"
    )

    async def send(body: bytes, apply: bool) -> dict:
        upload = FileVar(io.BytesIO(body), filename="pegawai.csv", content_type="text/csv")
        result = await execute(
            one, IMPORT, {"input": {"file": upload, "apply": apply}}, token=admin, upload=True
        )
        return result["importDirectory"]

    dry = await send(data, apply=False)
    assert [(r["line"], r["outcome"]) for r in dry["rows"]] == [(2, "CREATED"), (3, "REFUSED")]
    assert dry["rows"][1]["error"]["field"] == "nrk" and dry["rows"][0]["user"] is None
    refused = await send(data, apply=True)
    assert [e["code"] for e in refused["errors"]] == ["VALIDATION"] and refused["rows"] == []
    good = data.split(b"\n56410x")[0] + b"\n"
    applied = await send(good, apply=True)
    assert applied["applied"] and applied["rows"][0]["outcome"] == "CREATED"
    assert applied["rows"][0]["user"] == {"nrk": "564101"}
    assert applied["rows"][0]["temporaryPassword"]
    again = await send(good, apply=True)
    assert again["rows"][0]["outcome"] == "UNCHANGED"
