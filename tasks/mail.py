"""SMTP sending (aiosmtplib), with SMTP answers mapped to temporary or permanent failures."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from email.message import EmailMessage

import aiosmtplib

from booking.delivery import Email, PermanentFailure, TemporaryFailure
from booking.settings import Settings


class SmtpMailer:
    """Sends one message per connection, or many over one connection inside ``batch()``."""

    def __init__(self, settings: Settings) -> None:
        assert settings.smtp_host, "SMTP is not configured"
        self.settings = settings
        self._client: aiosmtplib.SMTP | None = None

    def _new_client(self) -> aiosmtplib.SMTP:
        s = self.settings
        return aiosmtplib.SMTP(
            hostname=s.smtp_host,
            port=s.smtp_port,
            username=s.smtp_username,
            password=s.smtp_password,
            start_tls=s.smtp_starttls,
            timeout=30,
        )

    @contextlib.asynccontextmanager
    async def batch(self) -> AsyncIterator[None]:
        """Reuse one SMTP connection for the sends inside (reconnecting if it drops)."""
        self._client = self._new_client()
        try:
            yield
        finally:
            client, self._client = self._client, None
            if client.is_connected:
                with contextlib.suppress(aiosmtplib.SMTPException, OSError):
                    await client.quit()

    async def _deliver(self, message: EmailMessage) -> None:
        if self._client is None:
            client = self._new_client()
            async with client:
                await client.send_message(message)
            return
        if not self._client.is_connected:
            await self._client.connect()
        try:
            await self._client.send_message(message)
        except aiosmtplib.SMTPServerDisconnected:
            self._client.close()
            raise

    async def send(self, email: Email) -> None:
        message = EmailMessage()
        message["From"] = self.settings.mail_from
        message["To"] = email.to
        message["Subject"] = email.subject
        message["Message-ID"] = email.message_id
        message.set_content(email.body)
        try:
            await self._deliver(message)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [r.code for r in exc.recipients]
            if all(500 <= c < 600 for c in codes):
                raise PermanentFailure(str(exc)) from exc
            raise TemporaryFailure(str(exc)) from exc
        except aiosmtplib.SMTPResponseException as exc:
            if 500 <= exc.code < 600:
                raise PermanentFailure(f"{exc.code} {exc.message}") from exc
            raise TemporaryFailure(f"{exc.code} {exc.message}") from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            raise TemporaryFailure(str(exc) or type(exc).__name__) from exc


def make_mailer(settings: Settings) -> SmtpMailer | None:
    return SmtpMailer(settings) if settings.smtp_host else None
