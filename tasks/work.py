"""The periodic work, as plain coroutines shared by the Celery tasks and the embedded worker."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

from booking import (
    check_in,
    operations,
    photos,
    report_documents,
    service_levels,
    waitlist,
    webhook_delivery,
)
from booking.delivery import PushSender, deliver_emails, deliver_push, due_deliveries
from booking.enums import Channel
from booking.photos import Renderer
from booking.ports import DocumentStore
from booking.service_levels import ScanResult
from booking.settings import Settings
from ops import metrics
from storage import pdf, render_guard
from tasks.mail import SmtpMailer

log = logging.getLogger("epesan.work")


async def send_emails(ids: Sequence[int], mailer: SmtpMailer, settings: Settings) -> dict[str, int]:
    """Send these e-mail deliveries over one SMTP connection; each is still claimed one by one."""
    counts: dict[str, int] = {}
    async with mailer.batch():
        for outcome in (await deliver_emails(ids, mailer, settings)).values():
            counts[outcome] = counts.get(outcome, 0) + 1
    return counts


async def send_due_emails(
    mailer: SmtpMailer | None, settings: Settings, limit: int = 500
) -> dict[str, int]:
    """Send every due e-mail delivery in this process (the embedded worker's relay)."""
    if mailer is None:
        return {}
    return await send_emails(await due_deliveries(Channel.EMAIL, limit), mailer, settings)


async def scan_service_levels() -> ScanResult:
    """Reminders and escalations that are due (each sent once however often this runs)."""
    return await service_levels.scan_service_levels()


async def scan_service_levels_counts() -> dict[str, int]:
    result = await scan_service_levels()
    metrics.REMINDERS.inc(result.reminders)
    metrics.ESCALATIONS.inc(result.escalations)
    return {"reminders": result.reminders, "escalations": result.escalations}


async def send_due_pushes(
    sender: PushSender | None, settings: Settings, limit: int = 500
) -> dict[str, int]:
    """Send every due push delivery in this process (the embedded worker's relay)."""
    counts: dict[str, int] = {}
    if sender is None:
        return counts
    for delivery_id in await due_deliveries(Channel.PUSH, limit):
        outcome = await deliver_push(delivery_id, sender, settings)
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


async def send_webhooks(
    ids: Sequence[int], sender: webhook_delivery.WebhookSender, settings: Settings
) -> dict[str, int]:
    """Send these webhook messages, ``webhook_concurrency`` at a time (each claimed first)."""
    lanes = max(1, min(settings.webhook_concurrency, len(ids)))
    groups = [list(ids[i::lanes]) for i in range(lanes)]
    counts: dict[str, int] = {}
    for found in await asyncio.gather(
        *(webhook_delivery.deliver_many(group, sender, settings) for group in groups if group)
    ):
        for outcome in found.values():
            counts[outcome] = counts.get(outcome, 0) + 1
    return counts


async def send_due_webhooks(
    sender: webhook_delivery.WebhookSender, settings: Settings, limit: int = 500
) -> dict[str, int]:
    """Send every due webhook message in this process (the embedded worker's relay)."""
    ids = await webhook_delivery.due_deliveries(limit)
    return await send_webhooks(ids, sender, settings) if ids else {}


async def close_finished_events() -> int:
    """APPROVED bookings whose end has passed become COMPLETED."""
    return len(await operations.complete_finished())


def photo_renderer(settings: Settings) -> Renderer:
    return functools.partial(
        render_guard.render,
        max_pixels=settings.max_photo_pixels,
        decode_budget=settings.photo_decode_pixels,
        in_flight=settings.photo_renders_in_flight,
    )


async def process_photo(photo_id: int, store: DocumentStore, settings: Settings) -> str:
    """Renditions of one photo (idempotent; see :func:`booking.photos.process`)."""
    outcome = await photos.process(photo_id, store, photo_renderer(settings), settings)
    metrics.PHOTO_RENDERS.labels(outcome).inc()
    return outcome


async def process_due_photos(
    store: DocumentStore, settings: Settings, limit: int = 20
) -> dict[str, int]:
    """Claim and process waiting photos in this process (the embedded worker's photo queue)."""
    counts: dict[str, int] = {}
    await photos.clear_used_slots(store)
    for photo_id in await photos.claim_due(limit):
        outcome = await process_photo(photo_id, store, settings)
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


async def release_no_shows() -> int:
    """APPROVED bookings nobody checked in to within their room's grace period are released."""
    return len(await check_in.release_no_shows())


async def render_document(document_id: int, store: DocumentStore, settings: Settings) -> str:
    """A leadership document (idempotent; see :func:`booking.report_documents.process`)."""
    return await report_documents.process(document_id, store, pdf.render, settings)


async def render_due_documents(
    store: DocumentStore, settings: Settings, limit: int = 20
) -> dict[str, int]:
    """Claim and render waiting documents in this process (the embedded worker)."""
    counts: dict[str, int] = {}
    for document_id in await report_documents.claim_due(limit):
        outcome = await render_document(document_id, store, settings)
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


async def expire_waitlist() -> int:
    """Waiting waitlist entries whose start has passed expire."""
    return await waitlist.expire_passed()


@dataclass(frozen=True)
class PeriodicJob:
    """Work that runs on a clock: by Celery beat (task ``tasks.jobs.<name>``) with a broker, by the
    embedded worker without one."""

    name: str
    label: str  # in the embedded worker's log
    seconds: float
    run: Callable[[], Coroutine[Any, Any, object]]

    @property
    def task(self) -> str:
        return f"tasks.jobs.{self.name}"

    @property
    def beat_entry(self) -> str:
        return self.name.replace("_", "-")


#: Every periodic job, the one list read by the beat schedule, the Celery tasks and the embedded
#: worker. (The outbox relay is not here: beat runs it every 5 s, the embedded worker every round.)
PERIODIC: tuple[PeriodicJob, ...] = (
    PeriodicJob("release_no_shows", "no-show release", 60.0, release_no_shows),
    PeriodicJob("close_finished_events", "finished events", 60.0, close_finished_events),
    PeriodicJob("scan_service_levels", "service levels", 60.0, scan_service_levels_counts),
    PeriodicJob("expire_waitlist", "waitlist expiry", 60.0, expire_waitlist),
)
