"""The composition: the one place that builds the store, the dispatcher, the live hub and the
embedded worker, for the API (:func:`api_runtime`), the Celery workers (:class:`WorkerResources`)
and the command line (:func:`database`).

The adapters (``api/``, ``tasks/``, ``live/``, ``storage/``) do not import each other; their edges
(``api.app``, ``api.cli``, ``tasks.app``, ``tasks.jobs``, ``tasks.runner``) call this module. The
allowed directions are written in ``tests/test_layers.py``."""

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
from live.redis import RedisPublisher
from live.setup import live_url, make_hub
from storage import make_store as _storage_store
from tasks.embedded import EmbeddedWorker

log = logging.getLogger("epesan.dispatch")


def make_store(settings: Settings) -> DocumentStore:
    """The object store the settings name (S3, or the local folder)."""
    return _storage_store(settings)


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


class WorkerResources:
    """A worker process's resources on its event loop: the database, and (with Redis) publishing
    the changes its tasks make (closing finished events, reminders) to the API's subscribers."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._live: tuple[RedisPublisher, EventPublisher] | None = None

    async def open(self) -> None:
        await init_db(self.settings)
        url = live_url(self.settings)
        if url is not None:
            redis = RedisPublisher(url, self.settings.live_channel_prefix)
            self._live = (redis, EventPublisher(redis.hub, redis))
            events.add_publisher(self._live[1])

    async def close(self) -> None:
        if self._live is not None:
            events.remove_publisher(self._live[1])
            await self._live[0].close()
            self._live = None
        await close_db()

    def forget(self) -> None:
        """In a forked child: drop the parent's publisher without closing its connection."""
        if self._live is not None:
            events.remove_publisher(self._live[1])
            self._live = None


@contextlib.asynccontextmanager
async def database(settings: Settings) -> AsyncIterator[None]:
    """The database alone (the command line)."""
    await init_db(settings)
    try:
        yield
    finally:
        await close_db()
