"""After a change commits, wake whoever delivers the outbox: the embedded worker or Celery."""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol

log = logging.getLogger("epesan.dispatch")


class Dispatcher(Protocol):
    def kick(self) -> None: ...


class NoDispatcher:
    def kick(self) -> None:
        return None


class CeleryDispatcher:
    """Enqueue the relay at once for low latency. If the broker is down ``.delay()`` fails after a
    moment: that happens off the request, and beat's relay sends the pending rows later."""

    def kick(self) -> None:
        loop = asyncio.get_running_loop()
        loop.run_in_executor(None, self._enqueue)

    @staticmethod
    def _enqueue() -> None:
        from tasks.jobs import relay_outbox

        try:
            relay_outbox.delay()
        except Exception as exc:  # the outbox keeps the work; beat will relay it
            log.warning("could not enqueue the outbox relay: %s", exc)
