"""A worker process's wiring (and the command line's): the database and live publishing."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from booking import events
from booking.db import close_db, init_db
from booking.settings import Settings
from live.publisher import EventPublisher
from live.redis import RedisPublisher
from live.setup import live_url


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
