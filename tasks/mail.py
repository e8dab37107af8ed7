"""SMTP sending (aiosmtplib), with SMTP answers mapped to temporary or permanent failures."""

from __future__ import annotations

from email.message import EmailMessage

import aiosmtplib

from booking.delivery import Email, PermanentFailure, TemporaryFailure
from booking.settings import Settings


class SmtpMailer:
    def __init__(self, settings: Settings) -> None:
        assert settings.smtp_host, "SMTP is not configured"
        self.settings = settings

    async def send(self, email: Email) -> None:
        message = EmailMessage()
        message["From"] = self.settings.mail_from
        message["To"] = email.to
        message["Subject"] = email.subject
        message["Message-ID"] = email.message_id
        message.set_content(email.body)
        s = self.settings
        try:
            await aiosmtplib.send(
                message,
                hostname=s.smtp_host,
                port=s.smtp_port,
                username=s.smtp_username,
                password=s.smtp_password,
                start_tls=s.smtp_starttls,
                timeout=30,
            )
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
