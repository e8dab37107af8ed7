"""Celery tasks: thin, idempotent wrappers that take ids and reload."""

from __future__ import annotations

from functools import lru_cache

from booking.delivery import deliver_email, due_deliveries
from booking.enums import Channel
from booking.settings import get_settings
from tasks import runner, work
from tasks.app import app
from tasks.mail import SmtpMailer, make_mailer


@lru_cache(maxsize=1)
def _mailer() -> SmtpMailer | None:
    return make_mailer(get_settings())


@app.task(name="tasks.jobs.deliver_email")
def deliver_email_task(delivery_id: int) -> str:
    mailer = _mailer()
    if mailer is None:
        return "no smtp"
    return runner.run(deliver_email(delivery_id, mailer, get_settings()))


@app.task(name="tasks.jobs.relay_outbox")
def relay_outbox() -> int:
    """Enqueue every due delivery (after a broker outage or a lost process, too)."""
    ids = runner.run(due_deliveries(Channel.EMAIL))
    for delivery_id in ids:
        deliver_email_task.delay(delivery_id)
    return len(ids)


@app.task(name="tasks.jobs.close_finished_events")
def close_finished_events() -> int:
    return runner.run(work.close_finished_events())
