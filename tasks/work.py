"""The periodic work, as plain coroutines shared by the Celery tasks and the embedded worker."""

from __future__ import annotations

import logging

from booking import operations
from booking.delivery import Mailer, PushSender, deliver_email, deliver_push, due_deliveries
from booking.enums import Channel
from booking.settings import Settings

log = logging.getLogger("epesan.work")


async def send_due_emails(
    mailer: Mailer | None, settings: Settings, limit: int = 500
) -> dict[str, int]:
    """Send every due e-mail delivery in this process (the embedded worker's relay)."""
    counts: dict[str, int] = {}
    if mailer is None:
        return counts
    for delivery_id in await due_deliveries(Channel.EMAIL, limit):
        outcome = await deliver_email(delivery_id, mailer, settings)
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


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


async def close_finished_events() -> int:
    """APPROVED bookings whose end has passed become COMPLETED."""
    return len(await operations.complete_finished())
