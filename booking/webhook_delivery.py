"""Delivering the webhooks' outbox (``WebhookDelivery`` rows written with the changes).

A row is claimed by a conditional UPDATE that stamps a lease unique to this call (a second
worker, a retried task or a second relay cannot send it while the lease runs; a sender that died
loses it when the lease runs out). Before each attempt the target is checked again (the host may
resolve elsewhere now); the sender connects to the address that was checked. Every attempt is
kept (``WebhookAttempt``: status, the answer's first characters or the error, duration) for ADMIN.

A 2xx answer marks the row SENT and clears the endpoint's failure count. Anything else (another
status, no answer, a refused target) is a failure: the row is retried with exponential backoff and
jitter up to ``webhook_max_attempts`` (then FAILED), and the endpoint's count of consecutive
failures grows; at ``webhook_max_failures`` the endpoint is disabled (once) and every ADMIN is
told, in that transaction. Its waiting rows stay PENDING and are sent once ADMIN enables it again.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from booking import events
from booking.admin import audit
from booking.clock import now
from booking.enums import DeliveryStatus, Role
from booking.errors import DomainError
from booking.messages import render
from booking.models import Notification, User, WebhookAttempt, WebhookDelivery, WebhookEndpoint
from booking.notifications import write_notifications
from booking.settings import Settings
from booking.webhooks import Target, check_target

#: The answer's characters kept per attempt.
MAX_RESPONSE = 1000


@dataclass(frozen=True)
class Message:
    """One signed POST: ``body`` to ``target`` (connecting to its first checked address)."""

    target: Target
    secret: str
    message_id: str
    body: str


@dataclass(frozen=True)
class Answer:
    """What came back: an HTTP status and the start of the body, or no answer and why."""

    status: int | None
    text: str = ""
    error: str | None = None


class WebhookSender(Protocol):
    """Signs (Standard Webhooks) and posts a message; never raises for the network's failures
    (they are an :class:`Answer` without a status)."""

    async def send(self, message: Message, seconds: float) -> Answer: ...


def backoff(attempts: int, settings: Settings) -> timedelta:
    """Exponential backoff with full jitter, capped at one hour."""
    ceiling = min(settings.webhook_backoff_seconds * 2 ** max(0, attempts - 1), 3600.0)
    return timedelta(seconds=random.uniform(ceiling / 2, ceiling))


async def due_deliveries(limit: int = 500, at: datetime | None = None) -> list[int]:
    """Pending rows whose time has come, of active endpoints, oldest first."""
    ids: list[int] = (
        await WebhookDelivery.filter(  # type: ignore[assignment]
            status=DeliveryStatus.PENDING,
            next_attempt_at__lte=at or now(),
            endpoint__is_active=True,
        )
        .order_by("next_attempt_at", "id")
        .limit(limit)
        .values_list("id", flat=True)
    )
    return ids


async def claim(delivery_ids: Sequence[int], settings: Settings) -> list[WebhookDelivery]:
    """Take these rows if still pending and due (a lease unique to this call)."""
    at = now()
    lease = at + timedelta(
        seconds=settings.delivery_lease_seconds, microseconds=random.randint(1, 999_999)
    )
    await WebhookDelivery.filter(
        id__in=list(delivery_ids), status=DeliveryStatus.PENDING, next_attempt_at__lte=at
    ).update(next_attempt_at=lease)
    return list(
        await WebhookDelivery.filter(
            id__in=list(delivery_ids), status=DeliveryStatus.PENDING, next_attempt_at=lease
        ).select_related("endpoint")
    )


async def deliver(delivery_id: int, sender: WebhookSender, settings: Settings) -> str:
    """Send one row if it is still pending and due: sent, retry, failed or skipped."""
    return (await deliver_many([delivery_id], sender, settings)).get(delivery_id, "skipped")


async def deliver_many(
    delivery_ids: Sequence[int], sender: WebhookSender, settings: Settings
) -> dict[int, str]:
    """Claim these rows and send each claimed one; what happened to each (not claimed:
    skipped)."""
    outcomes = {i: "skipped" for i in delivery_ids}
    for delivery in await claim(delivery_ids, settings):
        if not delivery.endpoint.is_active:  # disabled meanwhile: waits for the endpoint
            await WebhookDelivery.filter(id=delivery.id).update(next_attempt_at=now())
            continue
        outcomes[delivery.id] = await _attempt(delivery, sender, settings)
    return outcomes


async def _attempt(delivery: WebhookDelivery, sender: WebhookSender, settings: Settings) -> str:
    endpoint = delivery.endpoint
    started = time.perf_counter()
    try:
        target = await check_target(endpoint.url, settings)
    except DomainError as refused:
        answer = Answer(None, error=f"{refused.code.value}: {render(refused, 'en')}")
    else:
        message = Message(target, endpoint.secret, delivery.message_id, delivery.body)
        answer = await sender.send(message, settings.webhook_timeout_seconds)
    took = int((time.perf_counter() - started) * 1000)
    return await _settle(delivery, answer, took, settings)


async def _settle(
    delivery: WebhookDelivery, answer: Answer, took_ms: int, settings: Settings
) -> str:
    at = now()
    ok = answer.status is not None and 200 <= answer.status < 300
    attempts = delivery.attempts + 1
    error = None if ok else (answer.error or f"HTTP {answer.status}")
    if not await WebhookDelivery.exists(id=delivery.id):
        return "skipped"  # its endpoint was deleted while it was being sent
    async with in_transaction() as conn:
        await WebhookAttempt.create(
            using_db=conn,
            delivery_id=delivery.id,
            at=at,
            status_code=answer.status,
            response=answer.text[:MAX_RESPONSE] or None,
            error=error[:MAX_RESPONSE] if error else None,
            duration_ms=took_ms,
        )
        if ok:
            outcome, status, next_at = "sent", DeliveryStatus.SENT, at
        elif attempts >= settings.webhook_max_attempts:
            outcome, status, next_at = "failed", DeliveryStatus.FAILED, at
        else:
            outcome, status, next_at = (
                "retry",
                DeliveryStatus.PENDING,
                at + backoff(attempts, settings),
            )
        await (
            WebhookDelivery.filter(id=delivery.id)
            .using_db(conn)
            .update(
                status=status,
                attempts=attempts,
                next_attempt_at=next_at,
                last_status_code=answer.status,
                last_error=error[:MAX_RESPONSE] if error else None,
                sent_at=at if ok else None,
            )
        )
        told = await _count(conn, delivery.endpoint, ok, at, settings)
    await events.publish(events.notifications_created(told))  # committed
    return outcome


async def _count(
    conn: BaseDBAsyncClient, endpoint: WebhookEndpoint, ok: bool, at: datetime, settings: Settings
) -> list[Notification]:
    """The endpoint's consecutive failures: cleared by a success; at the limit, disabled once
    (a conditional update) and every active ADMIN told."""
    rows = WebhookEndpoint.filter(id=endpoint.id).using_db(conn)
    if ok:  # only when there is a count to clear: no lock on the endpoint's row otherwise
        await rows.filter(consecutive_failures__gt=0).update(consecutive_failures=0)
        return []
    await rows.update(consecutive_failures=F("consecutive_failures") + 1)
    found = await rows.filter(is_active=True).first()
    if found is None or found.consecutive_failures < settings.webhook_max_failures:
        return []
    disabled = await rows.filter(is_active=True).update(
        is_active=False, disabled_reason="FAILURES", disabled_at=at
    )
    if not disabled:
        return []
    staff = await User.filter(is_active=True).exclude(roles=[Role.REQUESTER.value]).using_db(conn)
    admins = [u for u in staff if u.has_role(Role.ADMIN)]
    params = {"url": endpoint.url, "failures": str(found.consecutive_failures)}
    return list(await write_notifications(conn, admins, None, "webhook.disabled", params, at))


async def retry_failed(
    user: User, endpoint_id: int | None, delivery_ids: Sequence[int] | None
) -> int:
    """FAILED rows back in the outbox (ADMIN, e.g. after fixing a receiver)."""
    audit.require_admin(user)
    qs = WebhookDelivery.filter(status=DeliveryStatus.FAILED)
    if endpoint_id is not None:
        qs = qs.filter(endpoint_id=endpoint_id)
    if delivery_ids is not None:
        qs = qs.filter(id__in=list(delivery_ids))
    return await qs.update(status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=now())
