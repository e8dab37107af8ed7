"""The SOP end to end through a real uvicorn server with the gql client, and the API's edges."""

from __future__ import annotations

import asyncio
import io
import uuid
from collections.abc import AsyncIterator
from datetime import datetime

import httpx
import pytest
from gql import FileVar
from gql.transport.exceptions import TransportQueryError

from booking.enums import Role
from booking.settings import Settings
from tests.conftest import PASSWORD, PDF, slot
from tests.server import execute, run_server


@pytest.fixture(scope="session")
async def server(database: str, settings: Settings, tmp_path_factory) -> AsyncIterator[str]:
    env = {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(tmp_path_factory.mktemp("server-files")),
        "EPESAN_MAX_LETTER_BYTES": str(settings.max_letter_bytes),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0.01",
        # some tests send 8 requests of one user at once (4 by default)
        "EPESAN_MAX_REQUESTS_IN_FLIGHT": "16",
        # This server lives through the whole session: keep its periodic scans away from the
        # other tests' data (tests/test_workers.py runs the embedded worker on purpose).
        "EPESAN_EMBEDDED_WORKER": "false",
    }
    with run_server(env, tmp_path_factory.mktemp("logs") / "uvicorn.log") as base:
        yield base


LOGIN = """mutation($nrk: String!, $pw: String!) {
  login(input: {nrk: $nrk, password: $pw}) { token user { nrk roles } errors { code message } }
}"""

SUBMIT = """mutation($input: SubmitBookingInput!) {
  submitBooking(input: $input) {
    replayed
    booking { id reference status startsAt room { code } equipment { requestedQuantity } }
    errors { code message field }
  }
}"""

BOOKING_FIELDS = "booking { id status step { number } } errors { code message field }"


async def get(url: str, headers: dict[str, str] | None = None) -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.get(url, headers=headers)


def gid(type_name: str, pk: int) -> str:
    from api.ids import encode_id

    return encode_id(type_name, pk)


async def login(base: str, nrk: str) -> str:
    result = await execute(base, LOGIN, {"nrk": nrk, "pw": PASSWORD})
    assert result["login"]["errors"] == []
    return result["login"]["token"]


def submit_input(
    room_id: int, when: tuple[datetime, datetime], key: str | None = None, **extra
) -> dict:
    start, end = when
    return {
        "idempotencyKey": key or uuid.uuid4().hex,
        "roomId": gid("Room", room_id),
        "startsAt": start.isoformat(),
        "endsAt": end.isoformat(),
        "title": "Rapat Koordinasi Smart City",
        "purpose": "Koordinasi program kerja tahun depan",
        "participants": 25,
        "letter": FileVar(
            io.BytesIO(extra.pop("letter", PDF)),
            filename="surat.pdf",
            content_type="application/pdf",
        ),
        **extra,
    }


async def verb(base: str, token: str, name: str, input: dict, language: str | None = None) -> dict:
    result = await execute(
        base,
        f"mutation($input: {name[0].upper() + name[1:]}Input!) {{ {name}(input: $input) {{ {BOOKING_FIELDS} }} }}",
        {"input": input},
        token=token,
        language=language,
    )
    return result[name]


async def test_sop_steps_1_to_9_end_to_end(
    server, create_user, create_room, create_equipment, create_agency
):
    diskominfo = await create_agency(name="Diskominfotik")
    requester = await create_user(Role.REQUESTER, agency=diskominfo, nrk="100001")
    other_agency = await create_user(Role.REQUESTER, nrk="100002")
    for nrk, role in (
        ("200001", Role.SERVICE_OFFICER),
        ("200002", Role.SERVICE_HEAD),
        ("200003", Role.EQUIPMENT_HEAD),
    ):
        await create_user(role, nrk=nrk)
    room = await create_room(code="RRS", capacity=30)
    projector = await create_equipment("Proyektor", stock=2)

    # step 1
    tokens = {
        nrk: await login(server, nrk) for nrk in ("100001", "100002", "200001", "200002", "200003")
    }
    me = await execute(server, "{ me { nrk roles agency { name } } }", token=tokens["100001"])
    assert me["me"] == {
        "nrk": "100001",
        "roles": ["REQUESTER"],
        "agency": {"name": "Diskominfotik"},
    }

    # step 2: the request with its letter, as a multipart upload
    inp = submit_input(
        room.id,
        slot(days=5, hour=9),
        equipment=[{"equipmentId": gid("EquipmentItem", projector.id), "quantity": 2}],
    )
    result = await execute(server, SUBMIT, {"input": inp}, token=tokens["100001"], upload=True)
    payload = result["submitBooking"]
    assert payload["errors"] == [] and payload["replayed"] is False
    booking = payload["booking"]
    assert booking["status"] == "SUBMITTED" and booking["reference"].startswith("EPR-")
    assert booking["startsAt"].endswith("+07:00")
    booking_id = booking["id"]

    # the officer finds it in their tasks (step 3 waits on them)
    tasks = await execute(
        server,
        "{ myTasks { edges { node { booking { id } step { number standardMinutes } } } } }",
        token=tokens["200001"],
    )
    assert [e["node"]["booking"]["id"] for e in tasks["myTasks"]["edges"]] == [booking_id]
    assert tasks["myTasks"]["edges"][0]["node"]["step"] == {"number": 3, "standardMinutes": 15}

    # another agency's requester sees the slot busy, not the booking
    day = slot(days=5)[0].date().isoformat()
    view = await execute(
        server,
        "query($d: Date!, $r: [ID!]) { availability(date: $d, roomIds: $r) { busy { status agencyName booking { id } } } }",
        {"d": day, "r": [gid("Room", room.id)]},
        token=tokens["100002"],
    )
    assert view["availability"][0]["busy"] == [
        {"status": "SUBMITTED", "agencyName": "Diskominfotik", "booking": None}
    ]
    hidden = await execute(
        server,
        "query($id: ID!) { node(id: $id) { id } }",
        {"id": booking_id},
        token=tokens["100002"],
    )
    assert hidden["node"] is None

    # step 3, step 4 (computed), step 5: the head approves 1 of 2 (one is out of order)
    assert (await verb(server, tokens["200001"], "verifyBooking", {"bookingId": booking_id}))[
        "booking"
    ]["status"] == "EQUIPMENT_REVIEW"
    check = await execute(
        server,
        "query($id: ID!) { node(id: $id) { ... on Booking { equipmentCheck { requestedQuantity freeQuantity shortfall } } } }",
        {"id": booking_id},
        token=tokens["200003"],
    )
    assert check["node"]["equipmentCheck"] == [
        {"requestedQuantity": 2, "freeQuantity": 2, "shortfall": 0}
    ]
    reviewed = await verb(
        server,
        tokens["200003"],
        "reviewEquipment",
        {
            "bookingId": booking_id,
            "lines": [{"equipmentId": gid("EquipmentItem", projector.id), "approvedQuantity": 1}],
        },
    )
    assert reviewed["booking"]["status"] == "AWAITING_REQUESTER"

    # step 6: the requester continues with what is available
    decided = await verb(
        server,
        tokens["100001"],
        "decideEquipmentShortfall",
        {"bookingId": booking_id, "proceed": True},
    )
    assert decided["booking"]["status"] == "VALIDATION"

    # wrong role: a typed error, nothing changes
    wrong = await verb(server, tokens["200001"], "validateBooking", {"bookingId": booking_id})
    assert wrong["booking"] is None and wrong["errors"][0]["code"] == "FORBIDDEN"

    # step 7 and step 8 with a changed time
    assert (await verb(server, tokens["200002"], "validateBooking", {"bookingId": booking_id}))[
        "booking"
    ]["status"] == "SCHEDULING"
    new_start, new_end = slot(days=5, hour=13)
    approved = await verb(
        server,
        tokens["200001"],
        "approveBooking",
        {
            "bookingId": booking_id,
            "startsAt": new_start.isoformat(),
            "endsAt": new_end.isoformat(),
            "note": "Dipindah ke siang",
        },
    )
    assert approved["booking"]["status"] == "APPROVED" and approved["errors"] == []

    # step 9: the requester cancels with a reason
    cancelled = await verb(
        server,
        tokens["100001"],
        "cancelBooking",
        {"bookingId": booking_id, "reason": "Acara ditunda"},
    )
    assert cancelled["booking"]["status"] == "CANCELLED"

    history = await execute(
        server,
        "query($id: ID!) { node(id: $id) { ... on Booking { history { action fromStatus toStatus actorRole note actor { nrk } } } } }",
        {"id": booking_id},
        token=tokens["100001"],
    )
    steps = [(h["action"], h["toStatus"], h["actorRole"]) for h in history["node"]["history"]]
    assert steps == [
        ("SUBMIT", "SUBMITTED", "REQUESTER"),
        ("VERIFY", "EQUIPMENT_REVIEW", "SERVICE_OFFICER"),
        ("REVIEW_EQUIPMENT", "AWAITING_REQUESTER", "EQUIPMENT_HEAD"),
        ("PROCEED_WITH_SHORTFALL", "VALIDATION", "REQUESTER"),
        ("VALIDATE", "SCHEDULING", "SERVICE_HEAD"),
        ("APPROVE", "APPROVED", "SERVICE_OFFICER"),
        ("CANCEL", "CANCELLED", "REQUESTER"),
    ]
    assert history["node"]["history"][5]["note"].endswith("13:00-15:00 WIB | Dipindah ke siang")
    assert other_agency.id != requester.id


async def test_a_retried_submit_returns_the_first_booking(server, create_user, create_room):
    await create_user(Role.REQUESTER, nrk="110001")
    token = await login(server, "110001")
    room = await create_room()
    when = slot(days=6, hour=10)
    first = (
        await execute(
            server,
            SUBMIT,
            {"input": submit_input(room.id, when, key="retry-key-0001")},
            token=token,
            upload=True,
        )
    )["submitBooking"]
    again = (
        await execute(
            server,
            SUBMIT,
            {"input": submit_input(room.id, when, key="retry-key-0001")},
            token=token,
            upload=True,
        )
    )["submitBooking"]
    assert first["errors"] == [] and again["errors"] == []
    assert again["booking"]["id"] == first["booking"]["id"] and again["replayed"] is True
    count = await execute(server, "{ bookings { totalCount } }", token=token)
    assert count["bookings"]["totalCount"] == 1
    other = submit_input(room.id, slot(days=7, hour=10), key="retry-key-0001")
    reused = (await execute(server, SUBMIT, {"input": other}, token=token, upload=True))[
        "submitBooking"
    ]
    assert reused["errors"][0]["code"] == "IDEMPOTENCY_KEY_REUSED"


async def test_64_concurrent_submits_for_one_slot_one_wins(
    server, create_user, create_room, create_agency
):
    room = await create_room()
    tokens = []
    for i in range(8):
        await create_user(Role.REQUESTER, nrk=f"12000{i}")
        tokens.append(await login(server, f"12000{i}"))
    when = slot(days=8, hour=10)

    async def attempt(i: int) -> dict:
        result = await execute(
            server, SUBMIT, {"input": submit_input(room.id, when)}, token=tokens[i % 8], upload=True
        )
        return result["submitBooking"]

    results = await asyncio.gather(*(attempt(i) for i in range(64)))
    winners = [r for r in results if not r["errors"]]
    codes = [r["errors"][0]["code"] for r in results if r["errors"]]
    assert len(winners) == 1
    assert codes == ["ROOM_UNAVAILABLE"] * 63


async def test_uploads_need_a_preflight_header(server, create_user):
    await create_user(Role.REQUESTER, nrk="130001")
    token = await login(server, "130001")
    async with httpx.AsyncClient() as http:
        response = await http.post(
            f"{server}/graphql",
            headers={"Authorization": f"Bearer {token}"},
            data={"operations": '{"query": "{ __typename }"}', "map": "{}"},
            files={"x": ("a.txt", b"x")},
        )
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "PREFLIGHT_REQUIRED"


@pytest.mark.parametrize(
    ("letter", "code"),
    [
        (b"Ini bukan PDF, hanya teks yang diberi nama .pdf", "BAD_FILE"),
        (b"MZ\x90\x00" + b"\x00" * 100, "BAD_FILE"),
        (b"%PDF-1.4\n" + b"0" * (300 * 1024), "FILE_TOO_LARGE"),
        (b"", "BAD_FILE"),
    ],
)
async def test_bad_and_oversized_letters_are_refused(
    server, create_user, create_room, letter, code
):
    await create_user(Role.REQUESTER, nrk="140001")
    token = await login(server, "140001")
    room = await create_room()
    result = await execute(
        server,
        SUBMIT,
        {"input": submit_input(room.id, slot(days=9), letter=letter)},
        token=token,
        upload=True,
    )
    payload = result["submitBooking"]
    assert payload["booking"] is None and payload["errors"][0]["code"] == code
    count = await execute(server, "{ bookings { totalCount } }", token=token)
    assert count["bookings"]["totalCount"] == 0


async def test_revoked_expired_and_missing_tokens(server, create_user):
    from booking.models import Session

    await create_user(Role.REQUESTER, nrk="150001")
    token = await login(server, "150001")
    assert (await execute(server, "{ me { nrk } }", token=token))["me"] == {"nrk": "150001"}
    out = await execute(server, "mutation { logout { ok errors { code } } }", token=token)
    assert out["logout"] == {"ok": True, "errors": []}
    assert (await execute(server, "{ me { nrk } }", token=token))["me"] is None
    with pytest.raises(TransportQueryError) as err:
        await execute(server, "{ bookings { totalCount } }", token=token)
    assert err.value.errors[0]["extensions"]["code"] == "UNAUTHENTICATED"

    expired = await login(server, "150001")
    await Session.filter(revoked_at=None).update(
        expires_at=datetime(2020, 1, 1, tzinfo=slot()[0].tzinfo)
    )
    assert (await execute(server, "{ me { nrk } }", token=expired))["me"] is None
    wrong = await execute(server, LOGIN, {"nrk": "150001", "pw": "salah"})
    assert (
        wrong["login"]["token"] is None
        and wrong["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
    )


async def test_messages_follow_accept_language(server, create_user):
    await create_user(Role.REQUESTER, nrk="160001")
    indonesian = await execute(server, LOGIN, {"nrk": "160001", "pw": "salah"})
    english = await execute(
        server, LOGIN, {"nrk": "160001", "pw": "salah"}, language="en-US,en;q=0.9"
    )
    assert indonesian["login"]["errors"][0]["message"] == "NRK atau kata sandi salah."
    assert english["login"]["errors"][0]["message"] == "Wrong NRK or password."


async def test_malformed_input_is_a_typed_error_not_a_500(server, create_user, create_room):
    await create_user(Role.SERVICE_OFFICER, nrk="170001")
    token = await login(server, "170001")
    for bad in (
        "not-base64!",
        gid("Room", 1),
        "Qm9va2luZzphYmM=",
    ):  # garbage, wrong type, non-numeric
        payload = await verb(server, token, "verifyBooking", {"bookingId": bad})
        assert (
            payload["errors"][0]["code"] == "VALIDATION"
            and payload["errors"][0]["field"] == "bookingId"
        )
    missing = await verb(server, token, "verifyBooking", {"bookingId": gid("Booking", 999999)})
    assert missing["errors"][0]["code"] == "NOT_FOUND"
    with pytest.raises(TransportQueryError) as err:
        await execute(
            server, '{ availability(date: "2026-13-45") { free { startsAt } } }', token=token
        )
    assert "Internal" not in str(err.value)
    with pytest.raises(TransportQueryError) as err:
        await execute(server, "{ rooms(first: 1000) { totalCount } }", token=token)
    assert err.value.errors[0]["extensions"]["code"] == "VALIDATION"


async def test_query_depth_is_limited(server, create_user):
    await create_user(Role.SERVICE_OFFICER, nrk="180001")
    token = await login(server, "180001")
    deep = "{ bookings { edges { node { history { actor { agency { name } } } room { name } } } } }"
    await execute(server, deep, token=token)  # 7 levels are fine
    nested = "{ me { agency { id } } " + "".join(f"a{i}: me {{ nrk }} " for i in range(40)) + "}"
    with pytest.raises(TransportQueryError):
        await execute(server, nested, token=token)  # too many aliases


async def test_letter_download_only_for_those_who_may_see_the_booking(
    server, create_user, create_room, create_agency
):
    await create_user(Role.REQUESTER, nrk="190001")
    await create_user(Role.REQUESTER, nrk="190002", agency=await create_agency())
    owner, stranger = await login(server, "190001"), await login(server, "190002")
    room = await create_room()
    payload = (
        await execute(
            server,
            SUBMIT,
            {"input": submit_input(room.id, slot(days=10))},
            token=owner,
            upload=True,
        )
    )["submitBooking"]
    url = (
        await execute(
            server,
            "query($id: ID!) { node(id: $id) { ... on Booking { reference letter { url contentType"
            " downloadUrl } } } }",
            {"id": payload["booking"]["id"]},
            token=owner,
        )
    )["node"]["letter"]
    assert url["contentType"] == "application/pdf"
    ok = await get(server + url["url"], headers={"Authorization": f"Bearer {owner}"})
    assert ok.status_code == 200 and ok.content == PDF
    reference = payload["booking"]["reference"]
    assert f'filename="{reference}-surat.pdf"' in ok.headers["content-disposition"]
    # the short-lived link works without a token, at the address this client used
    assert url["downloadUrl"].startswith(f"{server}/files/")
    direct = await get(url["downloadUrl"])
    assert direct.status_code == 200 and direct.content == PDF
    assert (
        await get(server + url["url"], headers={"Authorization": f"Bearer {stranger}"})
    ).status_code == 404
    assert (await get(server + url["url"])).status_code == 401


@pytest.mark.parametrize(
    "raw",
    [
        "Booking:abc",
        "Booking:99999999999999999999999",
        "Foo:1",
        "Session:1",
        "Booking:-3",
        "Booking:",
    ],
)
async def test_bad_global_ids_in_node_are_validation_errors(server, create_user, raw):
    import base64

    await create_user(Role.SERVICE_OFFICER, nrk="210001")
    token = await login(server, "210001")
    encoded = base64.b64encode(raw.encode()).decode()
    with pytest.raises(TransportQueryError) as err:
        await execute(
            server, "query($id: ID!) { node(id: $id) { id } }", {"id": encoded}, token=token
        )
    assert err.value.errors[0]["extensions"]["code"] == "VALIDATION"
    huge = await verb(server, token, "cancelBooking", {"bookingId": encoded, "reason": "x"})
    assert huge["errors"][0]["code"] == "VALIDATION"
    with pytest.raises(TransportQueryError) as err:
        await execute(
            server,
            "query($a: String!) { rooms(after: $a) { totalCount } }",
            {"a": base64.b64encode(b"offset:99999999999999999999").decode()},
            token=token,
        )
    assert err.value.errors[0]["extensions"]["code"] == "VALIDATION"


async def test_short_idempotency_key_says_why(server, create_user, create_room):
    await create_user(Role.REQUESTER, nrk="220001")
    token = await login(server, "220001")
    room = await create_room()
    payload = (
        await execute(
            server,
            SUBMIT,
            {"input": submit_input(room.id, slot(days=11), key="k2")},
            token=token,
            upload=True,
            language="en",
        )
    )["submitBooking"]
    assert payload["errors"][0]["message"] == "The idempotency key must be 8-128 characters."


async def test_requests_graphql_cannot_read_get_a_typed_error_indonesian_first(server):
    indonesian = (None, "Permintaan GraphQL tidak valid: ")
    english = ("en", "Invalid GraphQL request: ")
    for language, lead in (indonesian, english, indonesian):  # validation is cached
        headers = {"Accept-Language": language} if language else {}
        async with httpx.AsyncClient() as http:
            response = await http.post(
                f"{server}/graphql", json={"query": "{ me { nama } }"}, headers=headers
            )
        [error] = response.json()["errors"]
        assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
        assert (
            error["message"]
            == lead + "Cannot query field 'nama' on type 'User'. Did you mean 'name'?"
        )
