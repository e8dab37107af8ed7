"""The API's hardening through a real server: one error shape (every top-level error carries
``extensions.code``, one of the codes docs/sop-model.md lists, and no message shows Python's own text or
a value's repr), and the login lock under a concurrent burst of requests."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from api.errors import TRANSPORT_CODES
from booking.enums import Role
from booking.errors import ErrorCode
from booking.settings import Settings
from tests.conftest import PASSWORD
from tests.server import run_server

PREFLIGHT = {"Apollo-Require-Preflight": "true"}
LEAKS = re.compile(r"<\w+ instance>|invalid literal|isoformat|Traceback|object at 0x|Error\(")
UPLOAD = "mutation($i: UploadEventPhotoInput!) { uploadEventPhoto(input: $i) { errors { code } } }"


@pytest.fixture(scope="module")
async def server(database: str, settings: Settings, tmp_path_factory) -> AsyncIterator[str]:
    env = {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(tmp_path_factory.mktemp("shape-files")),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0",
        "EPESAN_EMBEDDED_WORKER": "false",
    }
    with run_server(env, tmp_path_factory.mktemp("shape-logs") / "uvicorn.log") as base:
        yield base


async def post(server: str, token: str | None = None, **kw) -> httpx.Response:
    headers = {**PREFLIGHT, **({"Authorization": f"Bearer {token}"} if token else {})}
    headers.update(kw.pop("headers", {}))
    async with httpx.AsyncClient() as http:
        return await http.post(f"{server}/graphql", headers=headers, **kw)


def codes(response: httpx.Response) -> list[str]:
    errors = response.json().get("errors")
    assert errors, response.text
    for error in errors:
        assert not LEAKS.search(error["message"]), error["message"]
    return [e.get("extensions", {}).get("code") for e in errors]


async def token_of(server: str, nrk: str) -> str:
    login = "mutation($n: String!, $p: String!) { login(input: {nrk: $n, password: $p}) { token } }"
    response = await post(server, json={"query": login, "variables": {"n": nrk, "p": PASSWORD}})
    return response.json()["data"]["login"]["token"]


async def test_every_kind_of_request_error_has_a_code_and_no_python_text(
    server, create_user, settings
):
    await create_user(Role.REQUESTER, nrk="510001")
    token = await token_of(server, "510001")
    date_query = "query($d: Date!) { availability(date: $d) { room { code } } }"
    cases = {
        "BAD_USER_INPUT": [
            {"query": date_query, "variables": {"d": "2026-13-01"}},
            {"query": date_query, "variables": {"d": "bukan tanggal"}},
            {"query": date_query, "variables": {}},
            {
                "query": "query($f: Int) { rooms(first: $f) { totalCount } }",
                "variables": {"f": "x"},
            },
            {"query": UPLOAD, "variables": {"i": "berkas"}},
        ],
        "GRAPHQL_PARSE_FAILED": [
            {"query": "{ rooms(first: 1) { totalCount }"},
            {"query": "{ " + " ".join(["__typename"] * (settings.max_tokens + 1)) + " }"},
        ],
        "GRAPHQL_VALIDATION_FAILED": [
            {"query": "{ me { nama } }"},
            {"query": '{ availability(date: "2026-13-01") { room { code } } }'},
            {"query": "{ node(id: 1.5) { id } }"},
            {
                "query": "{ me { agency { users { agency { users { agency { users { agency "
                "{ users { agency { name } } } } } } } } } } }"
            },
        ],
        "BAD_REQUEST": [{"content": b"{not json"}, {"json": {"variables": {}}}],
        "VALIDATION": [{"query": UPLOAD, "variables": {"i": {"bookingId": "x", "photo": ""}}}],
        "FORBIDDEN": [
            {
                "query": '{ serviceLevelReport(from: "2030-01-01T00:00:00+07:00", '
                'to: "2030-02-01T00:00:00+07:00") { count } }'
            }
        ],
    }
    for code, requests in cases.items():
        for request in requests:
            if "content" in request:
                body = request["content"]
            else:
                body = json.dumps(request.get("json", request)).encode()
            response = await post(
                server, token, content=body, headers={"content-type": "application/json"}
            )
            assert response.status_code in (200, 400), (request, response.text)
            assert set(codes(response)) == {code}, (request, response.text)
    anonymous = await post(server, json={"query": "{ rooms(first: 1) { totalCount } }"})
    assert set(codes(anonymous)) == {"UNAUTHENTICATED"}


async def test_a_multipart_map_naming_a_wrong_path_or_missing_file_is_typed(server, create_user):
    await create_user(Role.REQUESTER, nrk="510002")
    token = await token_of(server, "510002")
    operations = json.dumps(
        {"query": UPLOAD, "variables": {"i": {"bookingId": "x", "photo": None}}}
    )
    for mapping, code, status in (
        ({"0": ["variables.i.nope"]}, "BAD_USER_INPUT", 200),
        ({"0": ["variables.i"]}, "BAD_USER_INPUT", 200),
        ({"0": ["variables.x.y"]}, "BAD_REQUEST", 400),
        ({"1": ["variables.i.photo"]}, "BAD_REQUEST", 400),
    ):
        response = await post(
            server,
            token,
            files={
                "operations": (None, operations),
                "map": (None, json.dumps(mapping)),
                "0": ("foto.jpg", b"\xff\xd8\xff", "image/jpeg"),
            },
        )
        assert response.status_code == status, response.text
        assert set(codes(response)) == {code}, (mapping, response.text)
        assert "UploadFile" not in response.text


def test_the_docs_list_every_code():
    docs = (Path(__file__).parent.parent / "docs" / "sop-model.md").read_text()
    missing = [c for c in [*TRANSPORT_CODES, *ErrorCode] if f"`{c}`" not in docs]
    assert not missing, f"not in the list of error codes in docs/sop-model.md: {missing}"


async def test_a_subscription_that_does_not_parse_gets_a_typed_error_over_the_websocket(
    server, create_user
):
    """Strawberry's parser cache used to let a syntax error escape: the client got a bare
    ``complete`` and the server logged a traceback."""
    from websockets.asyncio.client import connect

    await create_user(Role.REQUESTER, nrk="510003")
    token = await token_of(server, "510003")
    url = server.replace("http://", "ws://") + "/graphql"
    cases = {
        'subscription { availabilityChanged(date: "2030-01-0': "GRAPHQL_PARSE_FAILED",
        "subscription { " + "a " * 2001 + "}": "GRAPHQL_PARSE_FAILED",
        'subscription { availabilityChanged(date: "0001-01-01") { room { code } } }': "VALIDATION",
        "subscription { nope }": "GRAPHQL_VALIDATION_FAILED",
    }
    async with connect(url, subprotocols=["graphql-transport-ws"]) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"token": token}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        for number, (query, code) in enumerate(cases.items()):
            message = {"id": str(number), "type": "subscribe", "payload": {"query": query}}
            await ws.send(json.dumps(message))
            answer = {"type": "complete"}
            while answer["type"] == "complete" or answer["id"] != str(number):
                answer = json.loads(await asyncio.wait_for(ws.recv(), 10))
            errors = answer["payload"] if answer["type"] == "error" else answer["payload"]["errors"]
            assert [e["extensions"]["code"] for e in errors] == [code], answer


async def test_a_burst_of_64_concurrent_logins_checks_at_most_the_limit(
    server, create_user, settings
):
    """64 wrong passwords at the same moment: at most ``login_max_failures`` are checked and no
    request fails unexpectedly; in the next burst the right password gets no token."""
    await create_user(Role.REQUESTER, nrk="510004")
    login = (
        "mutation($n: String!, $p: String!) "
        "{ login(input: {nrk: $n, password: $p}) { token errors { code } } }"
    )

    async def attempt(http: httpx.AsyncClient, password: str) -> str:
        response = await http.post(
            f"{server}/graphql",
            json={"query": login, "variables": {"n": "510004", "p": password}},
        )
        assert response.status_code == 200, response.text
        answer = response.json()
        assert "errors" not in answer, answer
        payload = answer["data"]["login"]
        return "TOKEN" if payload["token"] else payload["errors"][0]["code"]

    limits = httpx.Limits(max_connections=64)
    async with httpx.AsyncClient(limits=limits, timeout=60) as http:
        answers = await asyncio.gather(*(attempt(http, "salah-sekali") for _ in range(64)))
        assert set(answers) <= {"INVALID_CREDENTIALS", "ACCOUNT_LOCKED"}, answers
        assert answers.count("INVALID_CREDENTIALS") <= settings.login_max_failures, answers
        passwords = ["salah-sekali"] * 32 + [PASSWORD] + ["salah-sekali"] * 31
        after = await asyncio.gather(*(attempt(http, p) for p in passwords))
        assert after == ["ACCOUNT_LOCKED"] * 64
