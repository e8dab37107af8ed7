"""The Celery application: Redis broker, reliable by configuration, beat polls for due work."""

from __future__ import annotations

from typing import Any

from celery import Celery
from celery.signals import worker_process_init, worker_process_shutdown

from booking.settings import get_settings
from tasks import runner
from tasks.work import PERIODIC

settings = get_settings()

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
