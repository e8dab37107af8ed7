"""The Celery application: Redis broker, reliable by configuration, beat polls for due work."""

from __future__ import annotations

import logging
import time
from typing import Any

from celery import Celery
from celery.signals import (
    after_setup_logger,
    before_task_publish,
    task_postrun,
    task_prerun,
    worker_process_init,
    worker_process_shutdown,
)

from booking.settings import get_settings
from ops import logs, metrics
from tasks import runner
from tasks.work import PERIODIC

log = logging.getLogger("epesan.task")
settings = get_settings()  # the worker's and beat's settings, read once, here
settings.check_production()  # says which setting is unsafe
runner.configure(settings)

app = Celery("epesan", broker=settings.broker_url or "memory://", include=["tasks.jobs"])
app.conf.update(
    task_acks_late=True,  # a task is acknowledged after it ran ...
    task_reject_on_worker_lost=True,  # ... and requeued if its process was killed
    worker_prefetch_multiplier=1,
    task_serializer="json",
    accept_content=["json"],
    task_ignore_result=True,
    task_default_queue=settings.task_queue,
    task_routes={
        "tasks.jobs.process_photo": {"queue": settings.photo_queue},
        "tasks.jobs.render_document": {"queue": settings.photo_queue},
    },
    # Longer than any countdown we use (none: due work is polled by beat, not delayed in Redis).
    broker_transport_options={"visibility_timeout": 3600},
    broker_connection_retry_on_startup=True,
    timezone="UTC",
    beat_schedule={
        "relay-outbox": {"task": "tasks.jobs.relay_outbox", "schedule": 5.0},
        **{job.beat_entry: {"task": job.task, "schedule": job.seconds} for job in PERIODIC},
    },
)


@worker_process_init.connect
def _after_fork(**_: Any) -> None:
    runner.forget_after_fork()


@worker_process_shutdown.connect
def _on_shutdown(**_: Any) -> None:
    runner.shutdown()


@after_setup_logger.connect
def _json_logs(**_: Any) -> None:
    logs.configure(settings.log_level, settings.log_format)


@before_task_publish.connect
def _carry_request_id(headers: dict[str, Any] | None = None, **_: Any) -> None:
    """A task sent while serving a request (or another task) carries its request id."""
    request_id = logs.current_request_id()
    if headers is not None and request_id is not None:
        headers.setdefault(logs.TASK_HEADER, request_id)


_started: dict[str, float] = {}


@task_prerun.connect
def _task_started(task_id: str = "", task: Any = None, **_: Any) -> None:
    request_id = getattr(task.request, logs.TASK_HEADER, None) or (task.request.headers or {}).get(
        logs.TASK_HEADER
    )
    info = logs.RequestInfo(request_id or f"task-{task_id}", operation=task.name)
    logs.current.set(info)
    _started[task_id] = time.perf_counter()


@task_postrun.connect
def _task_ended(task_id: str = "", task: Any = None, state: str | None = None, **_: Any) -> None:
    started = _started.pop(task_id, None)
    outcome = (state or "UNKNOWN").lower()
    metrics.TASKS.labels(task.name, outcome).inc()
    if started is not None:
        seconds = time.perf_counter() - started
        metrics.TASK_SECONDS.labels(task.name).observe(seconds)
        log.info(
            "task",
            extra={logs.FIELDS: {"outcome": outcome, "duration_ms": round(seconds * 1000, 2)}},
        )
        logs.current.set(None)
