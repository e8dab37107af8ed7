"""One event loop per worker process, created after fork, with Tortoise initialised once on it.

Celery tasks are synchronous; they hand their coroutine to this loop (never ``asyncio.run`` per task,
which would tie pooled database connections to a dead loop)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from booking import events
from booking.db import close_db, init_db
from booking.settings import get_settings
from live.publisher import EventPublisher
from live.redis import RedisPublisher
from live.setup import live_url

T = TypeVar("T")
_loop: asyncio.AbstractEventLoop | None = None
_live: tuple[RedisPublisher, EventPublisher] | None = None


def _process_loop() -> asyncio.AbstractEventLoop:
    global _loop
    if _loop is None:
        _loop = asyncio.new_event_loop()
        asyncio.set_event_loop(_loop)
        _loop.run_until_complete(init_db(get_settings()))
        _start_live()
    return _loop


def _start_live() -> None:
    """Changes made by tasks (closing finished events, reminders) reach the API's subscribers."""
    global _live
    url = live_url(get_settings())
    if url is not None:
        redis = RedisPublisher(url, get_settings().live_channel_prefix)
        _live = (redis, EventPublisher(redis.hub, redis))
        events.add_publisher(_live[1])


def _stop_live() -> None:
    global _live
    if _live is not None:
        events.remove_publisher(_live[1])
        if _loop is not None:
            _loop.run_until_complete(_live[0].close())
        _live = None


def run(coro: Coroutine[Any, Any, T]) -> T:
    return _process_loop().run_until_complete(coro)


def forget_after_fork() -> None:
    """A forked child must not reuse its parent's loop or connections."""
    global _loop, _live
    if _live is not None:
        events.remove_publisher(_live[1])
        _live = None
    _loop = None


def shutdown() -> None:
    global _loop
    if _loop is not None:
        _stop_live()
        _loop.run_until_complete(close_db())
        _loop.close()
        _loop = None
