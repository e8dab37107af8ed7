"""Webhook messages through a real Celery worker (the local Redis as broker): the outbox relay
enqueues the due messages (``tasks.jobs.deliver_webhooks``) and the worker signs and posts them to
a real receiver on loopback; a second relay sends nothing again."""

from __future__ import annotations

import asyncio
import uuid

from booking import webhooks
from booking.enums import DeliveryStatus, Role, WebhookEventType
from booking.models import WebhookDelivery
from tests.test_workers import REDIS, celery_worker, require_redis, send_relay, wait_for
from tests.webhook_receiver import receiving


async def test_the_celery_relay_delivers_each_message_once(
    database, settings, staff, create_user, create_booking, tmp_path
):
    require_redis()
    loopback = settings.model_copy(update={"webhook_allow_private_targets": True})
    env = {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(settings.storage_dir),
        "EPESAN_BROKER_URL": REDIS,
        "EPESAN_TASK_QUEUE": f"epesan-test-{uuid.uuid4().hex[:8]}",
        "EPESAN_WEBHOOK_ALLOW_PRIVATE_TARGETS": "true",
    }
    with receiving(secret="") as receiver:
        draft = webhooks.EndpointDraft(receiver.url, (WebhookEventType.BOOKING_STATUS_CHANGED,))
        saved = await webhooks.create_endpoint(staff[Role.ADMIN], draft, loopback)
        receiver.secret = saved.secret or ""
        requester = await create_user(Role.REQUESTER)
        for _ in range(3):
            await create_booking(requester)
        assert await WebhookDelivery.filter(status=DeliveryStatus.PENDING).count() == 3
        with celery_worker(env, tmp_path / "worker.log"):
            send_relay(env)

            async def all_sent() -> bool:
                return await WebhookDelivery.filter(status=DeliveryStatus.SENT).count() == 3

            await wait_for(all_sent, within=60)
            send_relay(env)  # nothing is due: nothing is sent again
            await asyncio.sleep(2)
    assert len(receiver.messages) == 3 and len(set(receiver.ids())) == 3
    assert receiver.requests == 3 and receiver.rejected == 0
    assert {m.body["data"]["booking"]["status"] for m in receiver.messages} == {"SUBMITTED"}
