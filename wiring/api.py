"""The API process's wiring: its lifespan's resources and who delivers the outbox."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import pkgutil
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

from tortoise import Tortoise

from booking import events
from booking import migrations as migration_package
from booking.db import close_db, init_db
from booking.ports import Dispatcher, DocumentStore, NoDispatcher
from booking.settings import Settings
from live.hub import Hub
from live.publisher import EventPublisher
from live.setup import live_url, make_hub
from ops import metrics
from tasks.embedded import EmbeddedWorker

log = logging.getLogger("epesan.dispatch")


class CeleryDispatcher:
    """After a change commits, enqueue the outbox relay at once for low latency. If the broker is
    down ``.delay()`` fails after a moment: that happens off the request, and beat's relay sends
    the pending rows later."""

    def kick(self) -> None:
        loop = asyncio.get_running_loop()
        # In the request's context: the task's headers carry its request id (tasks.app).
        loop.run_in_executor(None, contextvars.copy_context().run, self._enqueue)

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
    hub.on_drop = metrics.DROPPED.inc
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


#: Time each readiness check may take.
READY_TIMEOUT_SECONDS = 3.0


async def readiness(settings: Settings, store: DocumentStore) -> dict[str, str]:
    """Each dependency of the API: "ok" or what is wrong (never a secret: no URLs)."""
    checks: dict[str, Callable[[], Awaitable[str]]] = {
        "database": _database_ready,
        "migrations": _migrations_applied,
        "store": lambda: _store_ready(store),
    }
    redis_url = live_url(settings)
    if redis_url:
        checks["redis"] = lambda: _redis_ready(redis_url)
    results = {}
    for name, check in checks.items():
        try:
            results[name] = await asyncio.wait_for(check(), READY_TIMEOUT_SECONDS)
        except TimeoutError:
            results[name] = "timeout"
        except Exception as exc:  # any failure is a "not ready", said by its kind
            results[name] = f"error: {type(exc).__name__}"
    return results


async def _database_ready() -> str:
    await Tortoise.get_connection("default").execute_query("SELECT 1")
    return "ok"


def known_migrations() -> set[str]:
    return {
        module.name
        for module in pkgutil.iter_modules(migration_package.__path__)
        if module.name[:4].isdigit()
    }


async def _migrations_applied() -> str:
    connection = Tortoise.get_connection("default")
    try:
        _, rows = await connection.execute_query(
            "SELECT name FROM tortoise_migrations WHERE app = 'booking'"
        )
    except Exception:  # no migrations table: never migrated (the database itself is checked apart)
        rows = []
    missing = known_migrations() - {row["name"] for row in rows}
    return "ok" if not missing else f"pending: {', '.join(sorted(missing))}"


async def _store_ready(store: DocumentStore) -> str:
    await store.head("ready-check")  # None when absent; raises when the store cannot answer
    return "ok"


async def _redis_ready(url: str) -> str:
    from redis.asyncio import Redis

    client = Redis.from_url(url, socket_connect_timeout=READY_TIMEOUT_SECONDS)
    try:
        await client.ping()
    finally:
        await client.aclose()
    return "ok"
