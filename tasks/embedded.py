"""The embedded worker: with no broker configured, the same work runs in the API process.

A background task on the server's event loop wakes when a mutation commits (``kick``) or every few
seconds, sends due e-mail and Web Push from the outbox, processes uploaded photos, and runs the
periodic jobs (:data:`tasks.work.PERIODIC`) when they are due.
Nothing is lost if the process stops: the outbox rows stay pending until the next start."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable

from booking.ports import DocumentStore
from booking.settings import Settings
from ops import logs
from tasks import work
from tasks.mail import make_mailer
from tasks.push import make_push_sender
from tasks.webhooks import HttpWebhookSender

log = logging.getLogger("epesan.embedded")


class EmbeddedWorker:
    def __init__(self, settings: Settings, store: DocumentStore, poll_seconds: float = 5.0) -> None:
        self.settings = settings
        self.store = store
        self.poll_seconds = poll_seconds
        self.mailer = make_mailer(settings)
        self.push_sender = make_push_sender(settings)
        self.webhook_sender = HttpWebhookSender()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._last_run: dict[str, float] = {}
        self._causes: set[str] = set()  # request ids that woke the next round (its log lines)

    def kick(self) -> None:
        request_id = logs.current_request_id()
        if request_id is not None and len(self._causes) < 100:
            self._causes.add(request_id)
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="epesan-embedded-worker")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.webhook_sender.close()

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.poll_seconds)
            self._wake.clear()
            causes, self._causes = self._causes, set()
            logs.current.set(logs.RequestInfo(",".join(sorted(causes))) if causes else None)
            done = await self._round()
            if causes:  # a round a request woke: logged with that request's id
                log.info("embedded worker round", extra={logs.FIELDS: {"done": done}})

    async def _round(self) -> dict[str, object]:
        """One pass; a failing step does not stop the others (the outbox keeps the work)."""
        steps: list[tuple[str, Callable[[], Awaitable[object]]]] = [
            ("e-mail", lambda: work.send_due_emails(self.mailer, self.settings)),
            ("push", lambda: work.send_due_pushes(self.push_sender, self.settings)),
            ("webhooks", lambda: work.send_due_webhooks(self.webhook_sender, self.settings)),
            ("photos", lambda: work.process_due_photos(self.store, self.settings)),
            ("documents", lambda: work.render_due_documents(self.store, self.settings)),
        ]
        for job in work.PERIODIC:
            if time.monotonic() - self._last_run.get(job.name, 0.0) >= job.seconds:
                self._last_run[job.name] = time.monotonic()
                steps.append((job.label, job.run))
        done: dict[str, object] = {}
        for name, step in steps:
            try:
                result = await step()
            except Exception:  # keep the loop alive
                log.exception("embedded worker round failed (%s)", name)
                continue
            if result:
                done[name] = result
        return done
