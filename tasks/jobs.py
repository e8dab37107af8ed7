"""Celery tasks: thin, idempotent wrappers that take ids and reload."""

from __future__ import annotations

from functools import lru_cache

from celery import Task

from booking import report_documents, webhook_delivery
from booking.delivery import deliver_push, due_deliveries
from booking.enums import Channel
from booking.photos import claim_due, clear_used_slots
from booking.ports import DocumentStore
from booking.settings import get_settings
from tasks import runner, work
from tasks.app import app
from tasks.mail import SmtpMailer, make_mailer
from tasks.push import WebPushSender, make_push_sender
from tasks.webhooks import HttpWebhookSender
from wiring.store import make_store


@lru_cache(maxsize=1)
def _mailer() -> SmtpMailer | None:
    return make_mailer(get_settings())


@lru_cache(maxsize=1)
def _push_sender() -> WebPushSender | None:
    return make_push_sender(get_settings())


@lru_cache(maxsize=1)
def _store() -> DocumentStore:
    return make_store(get_settings())


@lru_cache(maxsize=1)
def _webhook_sender() -> HttpWebhookSender:
    return HttpWebhookSender()  # its pool lives on the process's loop (tasks.runner)


#: Deliveries handed to one task: they share an SMTP connection.
BATCH = 100
#: At most this many rows are enqueued per relay run (the next run continues).
RELAY_MAX = 20_000


@app.task(name="tasks.jobs.deliver_emails")
def deliver_emails_task(delivery_ids: list[int]) -> dict[str, int]:
    mailer = _mailer()
    if mailer is None:
        return {"no smtp": len(delivery_ids)}
    return runner.run(work.send_emails(delivery_ids, mailer, get_settings()))


@app.task(name="tasks.jobs.deliver_push")
def deliver_push_task(delivery_id: int) -> str:
    sender = _push_sender()
    if sender is None:
        return "no vapid"
    return runner.run(deliver_push(delivery_id, sender, get_settings()))


@app.task(name="tasks.jobs.deliver_webhooks")
def deliver_webhooks_task(delivery_ids: list[int]) -> dict[str, int]:
    return runner.run(work.send_webhooks(delivery_ids, _webhook_sender(), get_settings()))


@app.task(name="tasks.jobs.relay_outbox")
def relay_outbox() -> int:
    """Enqueue every due delivery (after a broker outage or a lost process, too). Push rows wait
    while Web Push is not configured."""
    ids = runner.run(due_deliveries(Channel.EMAIL, RELAY_MAX))
    for start in range(0, len(ids), BATCH):
        deliver_emails_task.delay(ids[start : start + BATCH])
    push_ids = runner.run(due_deliveries(Channel.PUSH)) if _push_sender() is not None else []
    for delivery_id in push_ids:
        deliver_push_task.delay(delivery_id)
    webhook_ids = runner.run(webhook_delivery.due_deliveries(RELAY_MAX))
    for start in range(0, len(webhook_ids), BATCH):
        deliver_webhooks_task.delay(webhook_ids[start : start + BATCH])
    runner.run(clear_used_slots(_store()))  # what expired presigned forms left behind
    photo_ids = runner.run(claim_due(RELAY_MAX))  # leased: a lost message is re-claimed later
    for photo_id in photo_ids:
        process_photo_task.apply_async((photo_id,), queue=get_settings().photo_queue)
    document_ids = runner.run(report_documents.claim_due(RELAY_MAX))  # leased, like photos
    for document_id in document_ids:
        render_document_task.apply_async((document_id,), queue=get_settings().photo_queue)
    return len(ids) + len(push_ids) + len(webhook_ids) + len(photo_ids) + len(document_ids)


@app.task(name="tasks.jobs.process_photo")
def process_photo_task(photo_id: int) -> str:
    """Renditions of one event photo, on the photo queue (CPU-heavy: its own worker pool)."""
    return runner.run(work.process_photo(photo_id, _store(), get_settings()))


@app.task(name="tasks.jobs.render_document")
def render_document_task(document_id: int) -> str:
    """A leadership PDF (event report), on the photo queue (CPU-heavy as the photos are)."""
    return runner.run(work.render_document(document_id, _store(), get_settings()))


def _periodic_task(job: work.PeriodicJob) -> Task:
    def run_job() -> object:
        return runner.run(job.run())

    run_job.__name__ = run_job.__qualname__ = job.name
    return app.task(name=job.task)(run_job)


#: The Celery task of each periodic job (work.PERIODIC), by name.
PERIODIC_TASKS: dict[str, Task] = {job.name: _periodic_task(job) for job in work.PERIODIC}
