"""Trusted documents through real uvicorn servers: ids from the web build's manifest run its
documents; unknown ids and (when the operator says so) plain text are refused with a code."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from gql import gql

from api.persisted import load_manifest
from booking.enums import Role
from booking.settings import Settings
from tests.server import run_server
from tests.test_api import login, server
from tests.test_live import ws_client

__all__ = ["server"]

TYPENAME = "query Typename {\n  __typename\n}\n"
TASKS = "subscription Tasks {\n  myTasksChanged {\n    totalCount\n  }\n}\n"
OTHER = "query Other { __schema { queryType { name } } }"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.fixture(scope="module")
def manifest(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "persisted-queries.json"
    path.write_text(json.dumps({sha(TYPENAME): TYPENAME, sha(TASKS): TASKS}))
    return path


def start(settings: Settings, tmp: pytest.TempPathFactory, **env: str) -> Any:
    base = {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(tmp.mktemp("pq-files")),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0.01",
        "EPESAN_EMBEDDED_WORKER": "false",
    }
    return run_server({**base, **env}, tmp.mktemp("pq-logs") / "uvicorn.log")


@pytest.fixture(scope="module")
def servers(
    database: str, settings: Settings, manifest: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, str]]:
    with (
        start(
            settings,
            tmp_path_factory,
            EPESAN_PERSISTED_QUERIES="allow",
            EPESAN_PERSISTED_QUERIES_FILE=str(manifest),
        ) as allow,
        start(
            settings,
            tmp_path_factory,
            EPESAN_PERSISTED_QUERIES="only",
            EPESAN_PERSISTED_QUERIES_FILE=str(manifest),
        ) as only,
        start(
            settings,
            tmp_path_factory,
            EPESAN_PERSISTED_QUERIES="only",
            EPESAN_PERSISTED_QUERIES_FILE=str(manifest),
            EPESAN_PERSISTED_QUERIES_TEXT="false",
        ) as strict,
    ):
        yield {"allow": allow, "only": only, "strict": strict}


def apq(doc_id: str) -> dict[str, Any]:
    """How the web app (web/src/relay/network.ts) names its document, beside the text."""
    return {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": doc_id}}}


async def post(base: str, body: dict[str, Any], language: str = "id") -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.post(f"{base}/graphql", json=body, headers={"Accept-Language": language})


def code(response: httpx.Response) -> str:
    return str(response.json()["errors"][0]["extensions"]["code"])


@pytest.mark.parametrize("mode", ["allow", "only", "strict"])
async def test_a_known_id_runs_the_manifest_document_in_every_way_clients_send_it(servers, mode):
    base = servers[mode]
    for body in (
        apq(sha(TYPENAME)),
        {"doc_id": sha(TYPENAME)},  # Relay's documentation
        {"documentId": sha(TYPENAME)},  # GraphQL over HTTP, trusted documents
        {"query": TYPENAME, **apq(sha(TYPENAME))},  # the web app sends both
    ):
        response = await post(base, body)
        assert response.status_code == 200, response.text
        assert response.json() == {"data": {"__typename": "Query"}}


async def test_an_id_wins_over_text_sent_beside_it_when_trusted_documents_are_required(servers):
    body = {"query": OTHER, **apq(sha(TYPENAME))}  # a known id with some other text
    assert (await post(servers["only"], body)).json() == {"data": {"__typename": "Query"}}


@pytest.mark.parametrize("mode", ["allow", "only", "strict"])
async def test_an_unknown_id_without_text_is_a_typed_error(servers, mode):
    for body in (apq("0" * 64), {"doc_id": "tidak-ada"}, {"documentId": 42}):
        response = await post(servers[mode], body, language="en")
        assert response.status_code == 400
        assert code(response) == "PERSISTED_QUERY_NOT_FOUND"
        assert "does not know" in response.json()["errors"][0]["message"]


async def test_an_unknown_id_with_text_runs_the_text_only_when_ids_are_merely_allowed(servers):
    body = {"query": TYPENAME + " ", **apq("1" * 64)}  # e.g. a newer build than the server's
    assert (await post(servers["allow"], body)).json() == {"data": {"__typename": "Query"}}
    refused = await post(servers["only"], body)
    assert code(refused) == "PERSISTED_QUERY_NOT_FOUND"


async def test_plain_text_keeps_working_unless_the_operator_turns_it_off(servers, server):
    for base in (server, servers["allow"], servers["only"]):
        assert (await post(base, {"query": OTHER})).status_code == 200
    refused = await post(servers["strict"], {"query": OTHER})
    assert refused.status_code == 400 and code(refused) == "PERSISTED_QUERY_REQUIRED"
    assert refused.json()["errors"][0]["message"].startswith("Server ini hanya menerima")


async def test_ids_are_ignored_when_trusted_documents_are_off(server):
    response = await post(server, apq(sha(TYPENAME)))  # the default: every request has its text
    assert response.status_code == 400 and "No GraphQL query" in response.text


async def test_a_multipart_request_names_its_document_too(servers):
    async with httpx.AsyncClient() as http:
        response = await http.post(
            f"{servers['strict']}/graphql",
            files={
                "operations": (None, json.dumps({"doc_id": sha(TYPENAME), "variables": {}})),
                "map": (None, "{}"),
            },
            headers={"Apollo-Require-Preflight": "true"},
        )
    assert response.json() == {"data": {"__typename": "Query"}}


async def test_subscriptions_by_id_over_the_websocket(servers, server, create_user):
    user = await create_user(Role.REQUESTER)
    base = servers["strict"]
    token = await login(server, user.nrk)  # the strict server refuses the login's plain text
    known = gql("subscription Ignored { __typename }")  # the text is replaced by the id's document
    known.extensions = {"persistedQuery": {"version": 1, "sha256Hash": sha(TASKS)}}
    async with ws_client(base, {"authorization": f"Bearer {token}"}) as session:
        async for result in session.subscribe(known):
            assert result == {"myTasksChanged": {"totalCount": 0}}
            break
    unknown = gql(TASKS)
    unknown.extensions = {"persistedQuery": {"version": 1, "sha256Hash": "2" * 64}}
    with pytest.raises(Exception) as refused:
        async with ws_client(base, {"authorization": f"Bearer {token}"}) as session:
            async for _ in session.subscribe(unknown):
                pass
    assert "PERSISTED_QUERY_NOT_FOUND" in str(getattr(refused.value, "errors", refused.value))


def test_a_missing_or_tampered_manifest_stops_the_start(tmp_path: Path):
    with pytest.raises(RuntimeError, match="needs the manifest"):
        load_manifest(tmp_path / "none.json")
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps({sha(TYPENAME): OTHER}))
    with pytest.raises(RuntimeError, match="not the SHA-256"):
        load_manifest(tampered)
