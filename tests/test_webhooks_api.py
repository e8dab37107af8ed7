"""Webhooks through the API (real uvicorn processes, the gql client): ADMIN registers an endpoint
(secret shown once), a booking submitted through the API reaches a real receiver on loopback,
signed, delivered by the server's embedded worker, and ADMIN reads the delivery with its attempt;
the other roles, bad URLs and private addresses get typed errors."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from gql.transport.exceptions import TransportQueryError

from booking.enums import Role
from booking.settings import Settings
from tests.conftest import slot
from tests.server import execute, run_server
from tests.test_api import SUBMIT, gid, login, server, submit_input
from tests.webhook_receiver import receiving

__all__ = ["server"]

CREATE = """mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret endpoint { id url eventTypes isActive createdBy { nrk } } errors { code message field }
  }
}"""
EDIT = """mutation($input: EditWebhookEndpointInput!) {
  editWebhookEndpoint(input: $input) { secret endpoint { url eventTypes } errors { code field } }
}"""
DISABLE = """mutation($id: ID!) { disableWebhookEndpoint(input: {endpointId: $id}) {
  endpoint { isActive disabledReason } errors { code message } } }"""
DELETE = """mutation($id: ID!) { deleteWebhookEndpoint(input: {endpointId: $id}) {
  deletedEndpointId errors { code } } }"""
ENDPOINTS = """{ webhookEndpoints(first: 10) { totalCount edges { node { id url
  deliveries(first: 10) { totalCount edges { node { id eventType status attemptCount body
    attempts { statusCode durationMs error } } } } } } } }"""
NODE = """query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { url isActive } } }"""
AUDIT = """{ auditTrail(filter: {entityType: "WEBHOOK"}) { edges { node { action } } } }"""


def endpoint_input(url: str, types: list[str] | None = None) -> dict:
    return {"url": url, "eventTypes": types or ["BOOKING_STATUS_CHANGED"], "description": "Uji"}


@pytest.fixture(scope="module")
def open_server(
    database: str, settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A server that allows loopback targets and delivers with its embedded worker."""
    env = {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(tmp_path_factory.mktemp("hook-files")),
        "EPESAN_MAX_LETTER_BYTES": str(settings.max_letter_bytes),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0.01",
        "EPESAN_WEBHOOK_ALLOW_PRIVATE_TARGETS": "true",
        "EPESAN_EMBEDDED_WORKER": "true",
    }
    with run_server(env, tmp_path_factory.mktemp("hook-logs") / "uvicorn.log") as base:
        yield base


async def test_other_roles_bad_urls_and_private_addresses_get_typed_errors(
    server, create_user, staff
):
    await create_user(Role.SERVICE_HEAD, nrk="790001")
    await create_user(Role.ADMIN, nrk="790002")
    head = await login(server, "790001")
    admin = await login(server, "790002")
    variables = {"input": {"endpoint": endpoint_input("https://93.184.215.14/h")}}
    result = (await execute(server, CREATE, variables, token=head))["createWebhookEndpoint"]
    assert [e["code"] for e in result["errors"]] == ["FORBIDDEN"] and result["secret"] is None
    with pytest.raises(TransportQueryError) as failed:
        await execute(server, "{ webhookEndpoints { totalCount } }", token=head)
    assert (failed.value.errors or [{}])[0]["extensions"]["code"] == "FORBIDDEN"

    bad = {"input": {"endpoint": endpoint_input("ftp://example.org/h")}}
    [error] = (await execute(server, CREATE, bad, token=admin))["createWebhookEndpoint"]["errors"]
    assert (error["code"], error["field"]) == ("VALIDATION", "url")
    for private in ("http://127.0.0.1:9/h", "http://169.254.169.254/", "http://[::1]/h"):
        refused = {"input": {"endpoint": endpoint_input(private)}}
        result = await execute(server, CREATE, refused, token=admin, language="en")
        [error] = result["createWebhookEndpoint"]["errors"]
        assert error["code"] == "WEBHOOK_TARGET_REFUSED" and error["field"] == "url"
        assert "private, loopback or link-local" in error["message"]


async def test_admin_registers_and_a_submitted_booking_reaches_the_receiver(
    open_server, create_user, create_room, staff
):
    base = open_server
    await create_user(Role.ADMIN, nrk="790011")
    requester = await create_user(Role.REQUESTER, nrk="790012")
    admin = await login(base, "790011")
    with receiving(secret="") as receiver:
        variables = {"input": {"endpoint": endpoint_input(receiver.url)}}
        made = (await execute(base, CREATE, variables, token=admin))["createWebhookEndpoint"]
        assert made["errors"] == [] and made["secret"].startswith("whsec_")
        assert made["endpoint"]["createdBy"]["nrk"] == "790011"
        assert made["endpoint"]["eventTypes"] == ["BOOKING_STATUS_CHANGED"]
        receiver.secret = made["secret"]
        endpoint_id = made["endpoint"]["id"]

        token = await login(base, requester.nrk)
        room = await create_room()
        submitted = await execute(
            base, SUBMIT, {"input": submit_input(room.id, slot(days=4))}, token=token, upload=True
        )
        reference = submitted["submitBooking"]["booking"]["reference"]
        for _ in range(100):  # the embedded worker sends it after the commit
            if receiver.messages:
                break
            await asyncio.sleep(0.1)
    [message] = receiver.messages
    assert message.body["type"] == "booking.status_changed"
    assert message.body["data"]["booking"]["reference"] == reference
    assert message.body["data"]["booking"]["status"] == "SUBMITTED"

    for _ in range(100):  # the worker records the attempt once the receiver has answered
        listed = (await execute(base, ENDPOINTS, token=admin))["webhookEndpoints"]
        [node] = [e["node"] for e in listed["edges"] if e["node"]["id"] == endpoint_id]
        [delivery] = [e["node"] for e in node["deliveries"]["edges"]]
        if delivery["status"] != "PENDING":
            break
        await asyncio.sleep(0.1)
    assert (delivery["status"], delivery["attemptCount"]) == ("SENT", 1)
    assert delivery["attempts"][0]["statusCode"] == 204 and delivery["attempts"][0]["error"] is None
    viewed = await execute(base, NODE, {"id": endpoint_id}, token=admin)
    assert viewed["node"]["isActive"] is True

    edit = {
        "endpointId": endpoint_id,
        "endpoint": endpoint_input(receiver.url),
        "rotateSecret": True,
    }
    edited = (await execute(base, EDIT, {"input": edit}, token=admin))["editWebhookEndpoint"]
    assert edited["errors"] == [] and edited["secret"] and edited["secret"] != made["secret"]
    disabled = await execute(base, DISABLE, {"id": endpoint_id}, token=admin)
    assert disabled["disableWebhookEndpoint"]["endpoint"] == {
        "isActive": False,
        "disabledReason": "ADMIN",
    }
    deleted = await execute(base, DELETE, {"id": endpoint_id}, token=admin)
    assert deleted["deleteWebhookEndpoint"]["deletedEndpointId"] == endpoint_id
    trail = (await execute(base, AUDIT, token=admin))["auditTrail"]["edges"]
    assert [e["node"]["action"] for e in trail][:4] == [
        "WEBHOOK_DELETE",
        "WEBHOOK_DISABLE",
        "WEBHOOK_EDIT",
        "WEBHOOK_CREATE",
    ]
    gone = await execute(base, DELETE, {"id": gid("WebhookEndpoint", 999999)}, token=admin)
    assert gone["deleteWebhookEndpoint"]["errors"] == [{"code": "NOT_FOUND"}]
