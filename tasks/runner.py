"""One event loop per worker process, created after fork, with the worker's resources (the
database, live publishing: :class:`wiring.worker.WorkerResources`) opened once on it.

Celery tasks are synchronous; they hand their coroutine to this loop (never ``asyncio.run`` per task,
which would tie pooled database connections to a dead loop)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from booking.settings import Settings
from wiring.worker import WorkerResources

T = TypeVar("T")
_settings: Settings | None = None
_loop: asyncio.AbstractEventLoop | None = None
_resources: WorkerResources | None = None


def configure(settings: Settings) -> None:
    """The process's settings (``tasks.app`` reads them once, at the worker's start)."""
    global _settings
    _settings = settings


def settings() -> Settings:
    if _settings is None:
        raise RuntimeError("tasks.runner.configure(settings) was not called")
    return _settings


def _process_loop() -> asyncio.AbstractEventLoop:
    global _loop, _resources
    if _loop is None:
        _loop = asyncio.new_event_loop()
        asyncio.set_event_loop(_loop)
        _resources = WorkerResources(settings())
        _loop.run_until_complete(_resources.open())
    return _loop


def run(coro: Coroutine[Any, Any, T]) -> T:
    return _process_loop().run_until_complete(coro)


def forget_after_fork() -> None:
    """A forked child must not reuse its parent's loop or connections."""
    global _loop, _resources
    if _resources is not None:
        _resources.forget()
        _resources = None
    _loop = None


def shutdown() -> None:
    global _loop, _resources
    if _loop is not None:
        if _resources is not None:
            _loop.run_until_complete(_resources.close())
            _resources = None
        _loop.close()
        _loop = None
