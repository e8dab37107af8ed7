"""One event loop per worker process, created after fork, with Tortoise initialised once on it.

Celery tasks are synchronous; they hand their coroutine to this loop (never ``asyncio.run`` per task,
which would tie pooled database connections to a dead loop)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from booking.db import close_db, init_db
from booking.settings import get_settings

T = TypeVar("T")
_loop: asyncio.AbstractEventLoop | None = None


def _process_loop() -> asyncio.AbstractEventLoop:
    global _loop
    if _loop is None:
        _loop = asyncio.new_event_loop()
        asyncio.set_event_loop(_loop)
        _loop.run_until_complete(init_db(get_settings()))
    return _loop


def run(coro: Coroutine[Any, Any, T]) -> T:
    return _process_loop().run_until_complete(coro)


def forget_after_fork() -> None:
    """A forked child must not reuse its parent's loop or connections."""
    global _loop
    _loop = None


def shutdown() -> None:
    global _loop
    if _loop is not None:
        _loop.run_until_complete(close_db())
        _loop.close()
        _loop = None
