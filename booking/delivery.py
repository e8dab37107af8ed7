"""Delivery of the outbox: e-mail (and later push) rows written with the state changes.

Every delivery is idempotent: a row is sent only while PENDING and due, and is marked with a
conditional UPDATE, so a retried task or a second relay cannot send it twice after it was marked.
Temporary failures (SMTP 4xx, connection errors) retry with exponential backoff and jitter up to a
maximum; permanent ones (SMTP 5xx) mark the row FAILED at once, visible to ADMIN.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from booking.clock import now as clock_now
from booking.enums import BookingStatus, Channel, DeliveryStatus, Language
from booking.models import Booking, NotificationDelivery
from booking.notifications import render
from booking.settings import Settings

STATUS_TEXT: dict[BookingStatus, tuple[str, str]] = {
    BookingStatus.SUBMITTED: ("Menunggu verifikasi", "Waiting for verification"),
    BookingStatus.REVISION_REQUESTED: (
        "Perlu perbaikan oleh pemohon",
        "Needs changes by the requester",
    ),
    BookingStatus.EQUIPMENT_REVIEW: ("Pemeriksaan perlengkapan", "Equipment being checked"),
    BookingStatus.AWAITING_REQUESTER: ("Menunggu keputusan pemohon", "Waiting for the requester"),
    BookingStatus.VALIDATION: ("Menunggu validasi", "Waiting for validation"),
    BookingStatus.SCHEDULING: ("Penetapan jadwal", "Schedule being set"),
    BookingStatus.APPROVED: ("Disetujui", "Approved"),
    BookingStatus.RESCHEDULE_REQUIRED: ("Perlu dijadwalkan ulang", "Must be rescheduled"),
    BookingStatus.COMPLETED: ("Selesai, menunggu laporan", "Over, report due"),
    BookingStatus.REPORTED: ("Dilaporkan", "Reported"),
    BookingStatus.REJECTED: ("Ditolak", "Rejected"),
    BookingStatus.CANCELLED: ("Dibatalkan", "Cancelled"),
}


class TemporaryFailure(Exception):
    """Try again later (e.g. SMTP 4xx, connection refused)."""


class PermanentFailure(Exception):
    """Do not try again (e.g. SMTP 5xx: mailbox does not exist)."""


@dataclass(frozen=True)
class Email:
    to: str
    subject: str
    body: str
    message_id: str  # stable per delivery, so a duplicate can be recognised by mail clients


class Mailer(Protocol):
    async def send(self, email: Email) -> None: ...


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
    status = STATUS_TEXT[booking.status][1 if english else 0] if booking else "-"
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


def backoff(attempts: int, settings: Settings) -> timedelta:
    """Exponential backoff with full jitter, capped at one hour."""
    ceiling = min(settings.delivery_backoff_seconds * 2 ** max(0, attempts - 1), 3600.0)
    return timedelta(seconds=random.uniform(ceiling / 2, ceiling))


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
    at = clock_now()
    delivery = (
        await NotificationDelivery.filter(id=delivery_id, channel=Channel.EMAIL)
        .select_related("notification__user")
        .first()
    )
    if delivery is None or delivery.status != DeliveryStatus.PENDING:
        return "skipped"
    # Claim it: only one sender wins; if that sender dies, the row is due again after the lease.
    claimed = await NotificationDelivery.filter(
        id=delivery.id, status=DeliveryStatus.PENDING, next_attempt_at__lte=at
    ).update(next_attempt_at=at + timedelta(seconds=settings.delivery_lease_seconds))
    if not claimed:
        return "not due"
    booking = (
        await Booking.get_or_none(id=delivery.notification.booking_id)
        if delivery.notification.booking_id
        else None
    )
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
