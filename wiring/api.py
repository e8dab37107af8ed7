"""The API process's wiring: its lifespan's resources and who delivers the outbox."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

from booking import events
from booking.db import close_db, init_db
from booking.ports import Dispatcher, DocumentStore, NoDispatcher
from booking.settings import Settings
from live.hub import Hub
from live.publisher import EventPublisher
from live.setup import make_hub
from tasks.embedded import EmbeddedWorker

log = logging.getLogger("epesan.dispatch")


class CeleryDispatcher:
    """After a change commits, enqueue the outbox relay at once for low latency. If the broker is
    down ``.delay()`` fails after a moment: that happens off the request, and beat's relay sends
    the pending rows later."""

    def kick(self) -> None:
        loop = asyncio.get_running_loop()
        loop.run_in_executor(None, self._enqueue)

    @staticmethod
    def _enqueue() -> None:
        from tasks.jobs import relay_outbox  # the Celery app, only when a broker is configured

        try:
            relay_outbox.delay()
        except Exception as exc:  # the outbox keeps the work; beat will relay it
            log.warning("could not enqueue the outbox relay: %s", exc)


@dataclass(frozen=True)
class ApiRuntime:
    hub: Hub  # live updates: subscriptions listen here, committed changes are published here
    dispatcher: Dispatcher  # woken after a change commits: Celery, the embedded worker, or none


@contextlib.asynccontextmanager
async def api_runtime(settings: Settings, store: DocumentStore) -> AsyncIterator[ApiRuntime]:
    """The API process's resources, for its lifespan: the database, the live hub (and the domain's
    events published to it), and who delivers the outbox (Celery with a broker, else the embedded
    worker unless it is turned off)."""
    await init_db(settings)
    hub = make_hub(settings)
    await hub.start()
    publisher = EventPublisher(hub)
    events.add_publisher(publisher)
    embedded: EmbeddedWorker | None = None
    dispatcher: Dispatcher = NoDispatcher()
    if settings.broker_url:
        dispatcher = CeleryDispatcher()
    elif settings.embedded_worker:
        embedded = EmbeddedWorker(settings, store)
        embedded.start()
        dispatcher = embedded
    try:
        yield ApiRuntime(hub, dispatcher)
    finally:
        if embedded is not None:
            await embedded.stop()
        events.remove_publisher(publisher)
        await hub.stop()
        await close_db()
