"""E-mail delivery from the outbox against a real SMTP server: once, retried, or failed for good."""

from __future__ import annotations

import asyncio

import pytest

from booking.delivery import deliver_email
from booking.enums import Channel, DeliveryStatus, Role
from booking.models import NotificationDelivery
from tasks.mail import SmtpMailer
from tests.mail_server import smtp_server


@pytest.fixture
def smtp():
    with smtp_server() as (inbox, port):
        yield inbox, port


@pytest.fixture
def mail_settings(settings, smtp):
    _, port = smtp
    return settings.model_copy(
        update={"smtp_host": "127.0.0.1", "smtp_port": port, "delivery_backoff_seconds": 0.0}
    )


async def outbox_row(create_user, create_booking) -> NotificationDelivery:
    requester = await create_user(Role.REQUESTER)
    await create_user(Role.SERVICE_OFFICER)
    booking = await create_booking(requester)
    row = await NotificationDelivery.get(channel=Channel.EMAIL, notification__booking_id=booking.id)
    row.booking_reference = booking.reference  # type: ignore[attr-defined]
    return row


async def test_an_email_is_sent_once_with_the_booking_details(
    create_user, create_booking, smtp, mail_settings
):
    inbox, _ = smtp
    row = await outbox_row(create_user, create_booking)
    mailer = SmtpMailer(mail_settings)
    assert await deliver_email(row.id, mailer, mail_settings) == "sent"
    assert await deliver_email(row.id, mailer, mail_settings) == "skipped"  # a retried task
    [message] = inbox.messages
    assert message["Subject"] == f"[ePesanRuangan] Permohonan baru {row.booking_reference}"
    body = message.get_payload()
    assert "Ruangan: Ruang Rapat Uji" in body and "Status: Menunggu verifikasi" in body
    assert message["Message-ID"] == f"<delivery-{row.id}@epesanruangan>"
    await row.refresh_from_db()
    assert (row.status, row.attempts) == (DeliveryStatus.SENT, 1) and row.sent_at is not None


async def test_concurrent_senders_send_once(create_user, create_booking, smtp, mail_settings):
    inbox, _ = smtp
    row = await outbox_row(create_user, create_booking)
    mailer = SmtpMailer(mail_settings)
    outcomes = await asyncio.gather(
        *(deliver_email(row.id, mailer, mail_settings) for _ in range(8))
    )
    assert sorted(outcomes).count("sent") == 1
    assert len(inbox.messages) == 1


async def test_a_4xx_is_retried_then_delivered(create_user, create_booking, smtp, mail_settings):
    inbox, _ = smtp
    inbox.refusals = ["451 4.3.0 Mailbox busy, try later"]
    row = await outbox_row(create_user, create_booking)
    mailer = SmtpMailer(mail_settings)
    assert await deliver_email(row.id, mailer, mail_settings) == "retry"
    await row.refresh_from_db()
    assert (row.status, row.attempts) == (DeliveryStatus.PENDING, 1) and "451" in (
        row.last_error or ""
    )
    assert await deliver_email(row.id, mailer, mail_settings) == "sent"
    assert len(inbox.messages) == 1


async def test_a_5xx_fails_for_good_and_stays_visible(
    create_user, create_booking, smtp, mail_settings
):
    inbox, _ = smtp
    inbox.refusals = ["550 5.1.1 No such user"]
    row = await outbox_row(create_user, create_booking)
    mailer = SmtpMailer(mail_settings)
    assert await deliver_email(row.id, mailer, mail_settings) == "failed"
    assert await deliver_email(row.id, mailer, mail_settings) == "skipped"  # not retried forever
    await row.refresh_from_db()
    assert row.status == DeliveryStatus.FAILED and "550" in (row.last_error or "")
    assert inbox.messages == []


async def test_temporary_failures_stop_at_the_maximum(
    create_user, create_booking, smtp, mail_settings
):
    inbox, _ = smtp
    limited = mail_settings.model_copy(update={"delivery_max_attempts": 3})
    inbox.refusals = ["421 4.7.0 Too busy"] * 5
    row = await outbox_row(create_user, create_booking)
    mailer = SmtpMailer(limited)
    outcomes = [await deliver_email(row.id, mailer, limited) for _ in range(4)]
    assert outcomes == ["retry", "retry", "failed", "skipped"]


async def test_smtp_server_down_is_a_temporary_failure(create_user, create_booking, mail_settings):
    from tests.mail_server import free_port

    down = mail_settings.model_copy(update={"smtp_port": free_port()})
    row = await outbox_row(create_user, create_booking)
    assert await deliver_email(row.id, SmtpMailer(down), down) == "retry"
    await row.refresh_from_db()
    assert row.status == DeliveryStatus.PENDING and row.last_error
