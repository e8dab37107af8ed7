"""Delivery of the outbox: e-mail and Web Push rows written with the state changes.

Every delivery is idempotent: a row is sent only while PENDING and due, and is marked with a
conditional UPDATE, so a retried task or a second relay cannot send it twice after it was marked.
Temporary failures (SMTP 4xx, connection errors) retry with exponential backoff and jitter up to a
maximum; permanent ones (SMTP 5xx) mark the row FAILED at once, visible to ADMIN.

A push delivery goes to every subscription (browser, phone) of the recipient. A subscription the push
service reports gone (404/410) is deleted; if none is left the row FAILS with "no subscriptions". Once
one device has it the row is SENT (failures on the others are noted in ``last_error``): a retry
would resend to every device. Nothing delivered and a temporary failure (429, 5xx, timeout): retried
like e-mail; nothing delivered and only permanent failures (other 4xx): FAILED.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol
from urllib.parse import urlsplit

from booking.clock import now as clock_now
from booking.enums import Channel, DeliveryStatus, Language
from booking.models import (
    Booking,
    Notification,
    NotificationDelivery,
    PushSubscription,
    WebhookDelivery,
)
from booking.notifications import render
from booking.settings import Settings
from booking.workflow import STATES

log = logging.getLogger("epesan.delivery")


class TemporaryFailure(Exception):
    """Try again later (e.g. SMTP 4xx, connection refused)."""


class PermanentFailure(Exception):
    """Do not try again (e.g. SMTP 5xx: mailbox does not exist)."""


class SubscriptionGone(Exception):
    """The push service no longer knows this subscription (404/410): delete it."""


@dataclass(frozen=True)
class Email:
    to: str
    subject: str
    body: str
    message_id: str  # stable per delivery, so a duplicate can be recognised by mail clients


class Mailer(Protocol):
    async def send(self, email: Email) -> None: ...


class PushSender(Protocol):
    """Encrypts ``payload`` for one subscription and posts it to its push service. Raises
    :class:`SubscriptionGone`, :class:`TemporaryFailure` or :class:`PermanentFailure`."""

    async def send(self, subscription: PushSubscription, payload: bytes) -> None: ...


def compose_email(delivery: NotificationDelivery, booking: Booking | None) -> Email:
    notification = delivery.notification
    user = notification.user
    language = user.language
    title, body = render(notification, language)
    lines = [body, ""]
    params = notification.params or {}
    english = language == Language.EN
    labels = (
        ("Reference", "Room", "Time", "Status")
        if english
        else ("Nomor", "Ruangan", "Waktu", "Status")
    )
    state = STATES[booking.status] if booking else None
    status = (state.progress_en if english else state.progress_id) if state else "-"
    for label, value in zip(
        labels,
        (params.get("reference"), params.get("room"), params.get("when"), status),
        strict=True,
    ):
        lines.append(f"{label}: {value or '-'}")
    lines += ["", "ePesanRuangan - Subbagian Pelayanan Balaikota, Pemprov DKI Jakarta"]
    return Email(
        to=user.email or "",
        subject=f"[ePesanRuangan] {title}",
        body="\n".join(lines),
        message_id=f"<delivery-{delivery.id}@epesanruangan>",
    )


#: Web Push carries at most 4096 encrypted bytes (about 3990 of plain text with aes128gcm).
MAX_PUSH_PAYLOAD = 3000


def compose_push(delivery: NotificationDelivery, booking: Booking | None) -> bytes:
    """The JSON a service worker shows: title and body in the recipient's language, the booking
    reference, the path to open, and a tag (a resent notification replaces the shown one)."""
    notification = delivery.notification
    title, body = render(notification, notification.user.language)
    params = notification.params or {}
    reference = params.get("reference") or (booking.reference if booking else None)
    url = f"/bookings/{notification.booking_id}" if notification.booking_id else "/notifications"
    message: dict[str, object] = {
        "title": title,
        "body": body,
        "reference": reference,
        "url": url,
        "tag": f"epesan-notification-{notification.id}",
        "kind": notification.kind,
        "notificationId": notification.id,
    }
    data = _json(message)
    while len(data) > MAX_PUSH_PAYLOAD and body:  # a long note: shorten the body, keep the rest
        body = body[: max(0, len(body) - (len(data) - MAX_PUSH_PAYLOAD) - 1)]
        message["body"] = f"{body}…" if body else ""
        data = _json(message)
    return data


def _json(message: dict[str, object]) -> bytes:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode()


def backoff(attempts: int, settings: Settings) -> timedelta:
    """Exponential backoff with full jitter, capped at one hour."""
    ceiling = min(settings.delivery_backoff_seconds * 2 ** max(0, attempts - 1), 3600.0)
    return timedelta(seconds=random.uniform(ceiling / 2, ceiling))


async def retry_failed(delivery_ids: Sequence[int] | None, at: datetime | None = None) -> int:
    """Put FAILED deliveries back in the outbox (ADMIN, e.g. after a long SMTP outage)."""
    qs = NotificationDelivery.filter(status=DeliveryStatus.FAILED)
    if delivery_ids is not None:
        qs = qs.filter(id__in=list(delivery_ids))
    return await qs.update(
        status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=at or clock_now()
    )


async def due_deliveries(
    channel: Channel, limit: int = 500, at: datetime | None = None
) -> list[int]:
    at = at or clock_now()
    ids: list[int] = (
        await NotificationDelivery.filter(  # type: ignore[assignment]
            channel=channel, status=DeliveryStatus.PENDING, next_attempt_at__lte=at
        )
        .order_by("next_attempt_at", "id")
        .limit(limit)
        .values_list("id", flat=True)
    )
    return ids


async def deliver_email(delivery_id: int, mailer: Mailer, settings: Settings) -> str:
    """Send one e-mail delivery if it is still pending and due. Returns what happened."""
    outcomes = await deliver_emails([delivery_id], mailer, settings)
    return outcomes.get(delivery_id, "skipped")


async def deliver_emails(
    delivery_ids: Sequence[int], mailer: Mailer, settings: Settings
) -> dict[int, str]:
    """Send these e-mail deliveries if still pending and due; what happened to each.

    The batch is claimed with one conditional UPDATE that stamps a lease unique to this call: only
    rows stamped by it are sent, so a second sender, a retried task or a second relay cannot send
    a row again; if this sender dies, the rows are due again when the lease runs out. Each row is
    marked right after the SMTP server accepts it.
    """
    at = clock_now()
    lease_until = at + timedelta(
        seconds=settings.delivery_lease_seconds, microseconds=random.randint(1, 999_999)
    )
    await NotificationDelivery.filter(
        id__in=list(delivery_ids),
        channel=Channel.EMAIL,
        status=DeliveryStatus.PENDING,
        next_attempt_at__lte=at,
    ).update(next_attempt_at=lease_until)
    claimed = await NotificationDelivery.filter(
        id__in=list(delivery_ids), status=DeliveryStatus.PENDING, next_attempt_at=lease_until
    ).select_related("notification__user")
    booking_ids = {d.notification.booking_id for d in claimed if d.notification.booking_id}
    bookings = {b.id: b for b in await Booking.filter(id__in=booking_ids)} if booking_ids else {}
    # Not claimed: already sent or failed, not due yet, or claimed by another sender.
    outcomes: dict[int, str] = {i: "skipped" for i in delivery_ids}
    for delivery in claimed:
        booking = bookings.get(delivery.notification.booking_id or 0)
        outcomes[delivery.id] = await _send_claimed_email(delivery, booking, mailer, settings, at)
    return outcomes


async def _send_claimed_email(
    delivery: NotificationDelivery,
    booking: Booking | None,
    mailer: Mailer,
    settings: Settings,
    at: datetime,
) -> str:
    email = compose_email(delivery, booking)
    if not email.to:
        await _finish(delivery, DeliveryStatus.FAILED, "no e-mail address", at)
        return "failed"
    try:
        await mailer.send(email)
    except PermanentFailure as exc:
        await _finish(delivery, DeliveryStatus.FAILED, str(exc)[:1000], at)
        return "failed"
    except TemporaryFailure as exc:
        attempts = delivery.attempts + 1
        if attempts >= settings.delivery_max_attempts:
            await _finish(delivery, DeliveryStatus.FAILED, str(exc)[:1000], at, attempts)
            return "failed"
        await NotificationDelivery.filter(id=delivery.id, status=DeliveryStatus.PENDING).update(
            attempts=attempts,
            last_error=str(exc)[:1000],
            next_attempt_at=at + backoff(attempts, settings),
        )
        return "retry"
    await _finish(delivery, DeliveryStatus.SENT, None, at)
    return "sent"


async def deliver_push(delivery_id: int, sender: PushSender, settings: Settings) -> str:
    """Send one push delivery to every subscription of its recipient if it is still pending and
    due. Returns what happened: sent, retry, failed, skipped or not due."""
    at = clock_now()
    delivery = (
        await NotificationDelivery.filter(id=delivery_id, channel=Channel.PUSH)
        .select_related("notification__user")
        .first()
    )
    if delivery is None or delivery.status != DeliveryStatus.PENDING:
        return "skipped"
    claimed = await NotificationDelivery.filter(
        id=delivery.id, status=DeliveryStatus.PENDING, next_attempt_at__lte=at
    ).update(next_attempt_at=at + timedelta(seconds=settings.delivery_lease_seconds))
    if not claimed:
        return "not due"
    subscriptions = list(
        await PushSubscription.filter(user_id=delivery.notification.user_id).order_by("id")
    )
    if not subscriptions:
        await _finish(delivery, DeliveryStatus.FAILED, "no subscriptions", at)
        return "failed"
    delivered, temporary, permanent = await _push_to_all(delivery, subscriptions, sender)
    return await _settle_push(delivery, delivered, temporary, permanent, at, settings)


async def _push_to_all(
    delivery: NotificationDelivery, subscriptions: list[PushSubscription], sender: PushSender
) -> tuple[int, list[str], list[str]]:
    """Send to every subscription at once, pruning gone ones: how many took it, and the
    temporary and permanent errors."""
    booking = (
        await Booking.get_or_none(id=delivery.notification.booking_id)
        if delivery.notification.booking_id
        else None
    )
    payload = compose_push(delivery, booking)
    results = await asyncio.gather(
        *(sender.send(s, payload) for s in subscriptions), return_exceptions=True
    )
    delivered = 0
    temporary: list[str] = []
    permanent: list[str] = []
    for subscription, result in zip(subscriptions, results, strict=True):
        if result is None:
            delivered += 1
        elif isinstance(result, SubscriptionGone):
            await PushSubscription.filter(id=subscription.id).delete()
        elif isinstance(result, PermanentFailure):
            permanent.append(_push_error(subscription, result))
        elif isinstance(result, Exception):  # temporary, or unexpected: retried up to the maximum
            if not isinstance(result, TemporaryFailure):
                log.warning("unexpected push failure (delivery %s)", delivery.id, exc_info=result)
            temporary.append(_push_error(subscription, result))
        else:  # CancelledError, KeyboardInterrupt: not ours to swallow
            raise result
    return delivered, temporary, permanent


async def _settle_push(
    delivery: NotificationDelivery,
    delivered: int,
    temporary: list[str],
    permanent: list[str],
    at: datetime,
    settings: Settings,
) -> str:
    errors = "; ".join(temporary + permanent)[:1000] or None
    if delivered:
        await _finish(delivery, DeliveryStatus.SENT, errors, at)
        return "sent"
    if not errors:  # every subscription was gone and has been pruned
        await _finish(delivery, DeliveryStatus.FAILED, "no subscriptions", at)
        return "failed"
    if not temporary:
        await _finish(delivery, DeliveryStatus.FAILED, errors, at)
        return "failed"
    attempts = delivery.attempts + 1
    if attempts >= settings.delivery_max_attempts:
        await _finish(delivery, DeliveryStatus.FAILED, errors, at, attempts)
        return "failed"
    await NotificationDelivery.filter(id=delivery.id, status=DeliveryStatus.PENDING).update(
        attempts=attempts, last_error=errors, next_attempt_at=at + backoff(attempts, settings)
    )
    return "retry"


def _push_error(subscription: PushSubscription, error: BaseException) -> str:
    """Which device (by the push service's host, never the secret endpoint path) and what."""
    host = urlsplit(subscription.endpoint).hostname or "?"
    return f"{host}: {str(error) or type(error).__name__}"


async def _finish(
    delivery: NotificationDelivery,
    status: DeliveryStatus,
    error: str | None,
    at: datetime,
    attempts: int | None = None,
) -> None:
    await NotificationDelivery.filter(id=delivery.id, status=DeliveryStatus.PENDING).update(
        status=status,
        attempts=attempts if attempts is not None else delivery.attempts + 1,
        last_error=error,
        sent_at=at if status == DeliveryStatus.SENT else None,
    )


@dataclass(frozen=True)
class Backlog:
    """The outbox of one channel: deliveries not yet sent, and how long the oldest has waited."""

    channel: str
    pending: int
    oldest_age_seconds: float


async def outbox_backlog(at: datetime | None = None) -> list[Backlog]:
    """Every channel's backlog (read by ``/metrics``)."""
    at = at or clock_now()
    found = []
    for channel in Channel:
        pending = await NotificationDelivery.filter(
            channel=channel, status=DeliveryStatus.PENDING
        ).count()
        oldest = (
            await Notification.filter(
                deliveries__channel=channel, deliveries__status=DeliveryStatus.PENDING
            )
            .order_by("created_at")
            .first()
            if pending
            else None
        )
        age = (at - oldest.created_at).total_seconds() if oldest is not None else 0.0
        found.append(Backlog(channel.value, pending, max(0.0, age)))
    return [*found, await _webhook_backlog(at)]


async def _webhook_backlog(at: datetime) -> Backlog:
    """Webhook messages waiting for endpoints that are enabled (a disabled endpoint's wait for
    ADMIN, not for the workers)."""
    waiting = WebhookDelivery.filter(status=DeliveryStatus.PENDING, endpoint__is_active=True)
    pending = await waiting.count()
    oldest = await waiting.order_by("created_at").first() if pending else None
    age = (at - oldest.created_at).total_seconds() if oldest is not None else 0.0
    return Backlog("WEBHOOK", pending, max(0.0, age))
