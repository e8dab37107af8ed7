"""Webhooks (booking.webhooks, booking.webhook_delivery, tasks.webhooks) against a real HTTP
receiver on loopback that verifies the Standard Webhooks signatures with the `standardwebhooks`
package: registration by ADMIN only (bad URLs and private addresses refused, audited), messages
written with the change, signed, retried with backoff, every event once when a receiver that was
down comes up, each attempt kept, the endpoint disabled after failures with ADMINs told."""

from __future__ import annotations

import asyncio
import base64
from datetime import timedelta

import pytest

from booking import operations, webhook_delivery, webhooks
from booking.clock import now
from booking.delivery import outbox_backlog
from booking.enums import BookingStatus, DeliveryStatus, Role, WebhookEventType
from booking.errors import DomainError, ErrorCode
from booking.models import (
    AuditEntry,
    Notification,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
)
from booking.settings import Settings
from tasks import work
from tasks.webhooks import HttpWebhookSender
from tests.webhook_receiver import body_of, receiving

ALL = tuple(WebhookEventType)


@pytest.fixture
def loopback(settings: Settings) -> Settings:
    """Loopback targets allowed (the receiver is on 127.0.0.1), retries due at once."""
    return settings.model_copy(
        update={"webhook_allow_private_targets": True, "webhook_backoff_seconds": 0.0}
    )


@pytest.fixture
async def sender():
    found = HttpWebhookSender()
    yield found
    await found.close()


async def _error(call) -> DomainError:
    with pytest.raises(DomainError) as caught:
        await call
    return caught.value


def draft(url: str, *types: WebhookEventType) -> webhooks.EndpointDraft:
    return webhooks.EndpointDraft(url=url, event_types=types or ALL, description="SIMPEG")


async def test_only_admin_registers_and_bad_or_private_targets_are_refused(
    staff, settings: Settings
):
    admin = staff[Role.ADMIN]
    for role in (Role.SERVICE_HEAD, Role.SERVICE_OFFICER, Role.LEADERSHIP):
        error = await _error(
            webhooks.create_endpoint(staff[role], draft("https://example.org/h"), settings)
        )
        assert error.code == ErrorCode.FORBIDDEN
    for bad in ("ftp://example.org/h", "https://", "https://user:pw@example.org/h", "nonsense"):
        error = await _error(webhooks.create_endpoint(admin, draft(bad), settings))
        assert (error.code, error.field) == (ErrorCode.VALIDATION, "url"), bad
    for private in (
        "http://127.0.0.1:8000/h",
        "http://localhost/h",
        "http://10.1.2.3/h",
        "http://192.168.1.10/h",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/h",
        "http://[::ffff:10.0.0.1]/h",
        "http://0.0.0.0/h",
    ):
        error = await _error(webhooks.create_endpoint(admin, draft(private), settings))
        assert error.code == ErrorCode.WEBHOOK_TARGET_REFUSED, private
    error = await _error(
        webhooks.create_endpoint(
            admin, webhooks.EndpointDraft("https://93.184.215.14/h", ()), settings
        )
    )
    assert (error.code, error.message_key) == (ErrorCode.VALIDATION, "webhook_event_types")
    error = await _error(
        webhooks.create_endpoint(admin, draft("https://93.184.215.14/h"), settings, "rahasia")
    )
    assert (error.code, error.field) == (ErrorCode.VALIDATION, "secret")
    assert not await WebhookEndpoint.exists()


async def test_admin_registers_edits_disables_and_deletes_with_audit(staff, loopback: Settings):
    admin = staff[Role.ADMIN]
    saved = await webhooks.create_endpoint(
        admin, draft("http://127.0.0.1:9/h", WebhookEventType.BOOKING_CANCELLED), loopback
    )
    assert saved.secret and saved.secret.startswith("whsec_")
    assert len(base64.b64decode(saved.secret.removeprefix("whsec_"))) == 32
    given = "whsec_" + base64.b64encode(b"k" * 24).decode()
    edited = await webhooks.edit_endpoint(
        admin, saved.endpoint.id, draft("http://127.0.0.1:10/h"), loopback, secret=given
    )
    assert edited.secret == given and edited.endpoint.event_types == [t.value for t in ALL]
    same = await webhooks.edit_endpoint(
        admin, saved.endpoint.id, draft("http://127.0.0.1:10/h"), loopback
    )
    assert same.secret is None  # kept, not shown again
    await webhooks.set_active(admin, saved.endpoint.id, False)
    again = await _error(webhooks.set_active(admin, saved.endpoint.id, False))
    assert (again.code, again.message_key) == (ErrorCode.CONFLICT, "webhook_disabled")
    await webhooks.set_active(admin, saved.endpoint.id, True)
    await webhooks.delete_endpoint(admin, saved.endpoint.id)
    missing = await _error(webhooks.delete_endpoint(admin, saved.endpoint.id))
    assert missing.code == ErrorCode.NOT_FOUND
    entries = await AuditEntry.filter(entity_type="WEBHOOK").order_by("id")
    assert [e.action for e in entries] == [
        "WEBHOOK_CREATE",
        "WEBHOOK_EDIT",
        "WEBHOOK_EDIT",
        "WEBHOOK_DISABLE",
        "WEBHOOK_ENABLE",
        "WEBHOOK_DELETE",
    ]
    assert entries[1].note == "secret replaced" and entries[2].note is None
    assert all("secret" not in (e.after or {}) for e in entries)


async def test_changes_reach_a_real_receiver_signed_and_every_attempt_is_kept(
    staff, create_user, create_booking, loopback: Settings, sender
):
    admin = staff[Role.ADMIN]
    with receiving(secret="") as receiver:
        saved = await webhooks.create_endpoint(admin, draft(receiver.url), loopback)
        receiver.secret = saved.secret or ""
        other = await webhooks.create_endpoint(
            admin, draft(receiver.url, WebhookEventType.REPORT_SUBMITTED), loopback
        )
        requester = await create_user(Role.REQUESTER)
        booking = await create_booking(requester)
        await operations.verify(staff[Role.SERVICE_OFFICER], booking.id)
        moved = booking.starts_at + timedelta(hours=1)
        await operations.validate(staff[Role.SERVICE_HEAD], booking.id)
        await operations.approve(staff[Role.SERVICE_HEAD], booking.id, loopback, starts_at=moved)
        await operations.cancel(requester, booking.id, "Acara ditunda")
        # written with the changes, to the endpoint that wants them only
        assert not await WebhookDelivery.filter(endpoint_id=other.endpoint.id).exists()
        assert await work.send_due_webhooks(sender, loopback) == {"sent": 6}
    types = [m.body["type"] for m in receiver.messages]
    assert sorted(types) == sorted(
        ["booking.status_changed"] * 4 + ["booking.schedule_changed", "booking.cancelled"]
    )
    assert receiver.rejected == 0 and len(set(receiver.ids())) == 6
    cancelled = next(m for m in receiver.messages if m.body["type"] == "booking.cancelled")
    data = cancelled.body["data"]
    assert data["booking"]["reference"] == booking.reference
    assert (data["booking"]["status"], data["booking"]["previousStatus"]) == (
        "CANCELLED",
        "APPROVED",
    )
    assert data["note"] == "Acara ditunda" and data["actorRole"] == "REQUESTER"
    assert cancelled.headers["webhook-signature"].startswith("v1,")
    # the stored body is what was signed and sent, byte for byte
    row = await WebhookDelivery.get(message_id=cancelled.message_id)
    assert body_of(row.body) == cancelled.body and row.status == DeliveryStatus.SENT
    [attempt] = await WebhookAttempt.filter(delivery_id=row.id)
    assert (attempt.status_code, attempt.response, attempt.error) == (204, None, None)


async def test_a_receiver_down_then_up_gets_every_event_once(
    staff, create_user, create_booking, loopback: Settings, sender
):
    admin = staff[Role.ADMIN]
    with receiving(secret="", started=False) as receiver:
        saved = await webhooks.create_endpoint(admin, draft(receiver.url), loopback)
        receiver.secret = saved.secret or ""
        requester = await create_user(Role.REQUESTER)
        bookings = [await create_booking(requester) for _ in range(3)]
        for booking in bookings:
            await operations.cancel(requester, booking.id, "Batal")
        assert await work.send_due_webhooks(sender, loopback) == {"retry": 6}
        assert await work.send_due_webhooks(sender, loopback) == {"retry": 6}
        attempts = await WebhookAttempt.all()
        assert len(attempts) == 12 and all(a.status_code is None and a.error for a in attempts)
        assert "ConnectError" in (attempts[0].error or "")
        receiver.start()
        # several workers at once: each message is claimed by one of them
        results = await asyncio.gather(
            *(work.send_due_webhooks(sender, loopback) for _ in range(3))
        )
        assert sum(r.get("sent", 0) for r in results) == 6
        assert await work.send_due_webhooks(sender, loopback) == {}
    ids = receiver.ids()
    assert len(ids) == 6 and len(set(ids)) == 6 and receiver.requests == 6
    rows = await WebhookDelivery.all()
    assert {r.status for r in rows} == {DeliveryStatus.SENT} and {r.attempts for r in rows} == {3}
    endpoint = await WebhookEndpoint.get(id=saved.endpoint.id)
    assert endpoint.is_active and endpoint.consecutive_failures == 0


async def test_failing_receiver_is_retried_with_backoff_then_disabled_and_admins_told(
    staff, create_user, create_booking, loopback: Settings, sender
):
    settings = loopback.model_copy(
        update={"webhook_max_failures": 3, "webhook_backoff_seconds": 60.0}
    )
    admin = staff[Role.ADMIN]
    with receiving(secret="", status=500) as receiver:
        saved = await webhooks.create_endpoint(admin, draft(receiver.url), settings)
        receiver.secret = saved.secret or ""
        requester = await create_user(Role.REQUESTER)
        booking = await create_booking(requester)
        assert await work.send_due_webhooks(sender, settings) == {"retry": 1}
        row = await WebhookDelivery.get()
        # backoff: the next attempt waits between 30 and 60 seconds
        wait = (row.next_attempt_at - now()).total_seconds()
        assert 25 < wait <= 60 and row.last_status_code == 500
        [attempt] = await WebhookAttempt.all()
        assert attempt.status_code == 500 and len(attempt.response or "") == 1000  # truncated
        assert await work.send_due_webhooks(sender, settings) == {}  # not due yet
        [waiting] = [b for b in await outbox_backlog() if b.channel == "WEBHOOK"]
        assert waiting.pending == 1  # /metrics: epesan_outbox_pending{channel="WEBHOOK"}
        for _ in range(2):
            await WebhookDelivery.all().update(next_attempt_at=now())
            await work.send_due_webhooks(sender, settings)
        endpoint = await WebhookEndpoint.get(id=saved.endpoint.id)
        assert (endpoint.is_active, endpoint.disabled_reason) == (False, "FAILURES")
        [told] = await Notification.filter(kind="webhook.disabled")
        [waiting] = [b for b in await outbox_backlog() if b.channel == "WEBHOOK"]
        assert waiting.pending == 0  # waits for ADMIN, not for the workers
        assert told.user_id == admin.id and told.params["failures"] == "3"
        # disabled: no new messages; the waiting one waits
        await operations.cancel(requester, booking.id, "Batal")
        assert await WebhookDelivery.all().count() == 1
        await WebhookDelivery.all().update(next_attempt_at=now())
        assert await work.send_due_webhooks(sender, settings) == {}
        receiver.status = 204
        await webhooks.set_active(admin, saved.endpoint.id, True)
        assert await work.send_due_webhooks(sender, settings) == {"sent": 1}
    assert len(receiver.messages) == 1 and receiver.requests == 4


async def test_a_target_that_became_private_is_refused_at_delivery(
    staff, create_user, create_booking, loopback: Settings, settings: Settings, sender
):
    with receiving(secret="") as receiver:
        saved = await webhooks.create_endpoint(staff[Role.ADMIN], draft(receiver.url), loopback)
        receiver.secret = saved.secret or ""
        await create_booking(await create_user(Role.REQUESTER))
        # delivered by a worker that does not allow private targets
        strict = settings.model_copy(update={"webhook_backoff_seconds": 0.0})
        assert await work.send_due_webhooks(sender, strict) == {"retry": 1}
    assert receiver.requests == 0
    [attempt] = await WebhookAttempt.all()
    assert attempt.status_code is None and (attempt.error or "").startswith(
        "WEBHOOK_TARGET_REFUSED"
    )


async def test_a_report_and_a_no_show_release_are_events_too(
    staff, create_user, approved_booking, loopback: Settings
):
    from booking import check_in
    from booking.enums import PhotoStatus
    from booking.models import Booking, Photo, Room

    saved = await webhooks.create_endpoint(
        staff[Role.ADMIN],
        draft(
            "http://127.0.0.1:9/h",
            WebhookEventType.REPORT_SUBMITTED,
            WebhookEventType.BOOKING_STATUS_CHANGED,
        ),
        loopback,
    )
    requester = await create_user(Role.REQUESTER)
    booking = await approved_booking(requester)
    await Photo.create(
        uid="p1",
        booking=booking,
        status=PhotoStatus.READY,
        original_key="k",
        content_type="image/jpeg",
        created_at=now(),
    )
    await operations.report(requester, booking.id, "Rapat berjalan lancar.")
    missed = await approved_booking(requester, started=False)
    start = now() - timedelta(minutes=30)
    await Booking.filter(id=missed.id).update(starts_at=start, ends_at=start + timedelta(hours=2))
    await Room.filter(id=missed.room_id).update(opens_minute=0, closes_minute=24 * 60)
    assert await check_in.release_no_shows() == [missed.id]
    rows = await WebhookDelivery.filter(endpoint_id=saved.endpoint.id).order_by("id")
    bodies = [body_of(r.body) for r in rows]
    [reported] = [b for b in bodies if b["type"] == "report.submitted"]
    assert reported["data"]["report"]["id"] and reported["data"]["booking"]["status"] == "REPORTED"
    released = bodies[-1]
    assert released["type"] == "booking.status_changed"
    assert released["data"]["booking"]["status"] == BookingStatus.NO_SHOW.value
    assert released["data"]["actorRole"] is None and released["data"]["action"] == "RELEASE_NO_SHOW"


async def test_a_message_out_of_attempts_fails_and_admin_puts_it_back(
    staff, create_user, create_booking, loopback: Settings, sender
):
    settings = loopback.model_copy(update={"webhook_max_attempts": 2})
    with receiving(secret="", status=503) as receiver:
        saved = await webhooks.create_endpoint(staff[Role.ADMIN], draft(receiver.url), settings)
        receiver.secret = saved.secret or ""
        await create_booking(await create_user(Role.REQUESTER))
        assert await work.send_due_webhooks(sender, settings) == {"retry": 1}
        assert await work.send_due_webhooks(sender, settings) == {"failed": 1}
        row = await WebhookDelivery.get()
        assert (row.status, row.attempts, row.last_status_code) == (DeliveryStatus.FAILED, 2, 503)
        assert await work.send_due_webhooks(sender, settings) == {}
        refused = await _error(
            webhook_delivery.retry_failed(staff[Role.SERVICE_HEAD], saved.endpoint.id, None)
        )
        assert refused.code == ErrorCode.FORBIDDEN
        receiver.status = 204
        assert await webhook_delivery.retry_failed(staff[Role.ADMIN], saved.endpoint.id, None) == 1
        assert await work.send_due_webhooks(sender, settings) == {"sent": 1}
    assert [m.message_id for m in receiver.messages] == [row.message_id]  # the same id again
