"""One list of periodic jobs (tasks.work.PERIODIC): Celery beat schedules each, a Celery task runs
each, and the embedded worker runs each when it is due."""

from __future__ import annotations

import pytest

from booking.ports import DocumentStore
from booking.settings import Settings
from tasks import work
from tasks.app import app
from tasks.embedded import EmbeddedWorker


def test_beat_schedules_the_relay_and_every_periodic_job():
    schedule = dict(app.conf.beat_schedule)
    assert schedule.pop("relay-outbox") == {"task": "tasks.jobs.relay_outbox", "schedule": 5.0}
    assert schedule == {
        job.beat_entry: {"task": job.task, "schedule": job.seconds} for job in work.PERIODIC
    }
    assert [job.name for job in work.PERIODIC] == [
        "release_no_shows",
        "close_finished_events",
        "scan_service_levels",
        "expire_waitlist",
    ]


def test_every_periodic_job_is_a_celery_task():
    import tasks.jobs  # registers the tasks

    assert {job.task for job in work.PERIODIC} <= set(tasks.jobs.app.tasks)


async def test_the_embedded_worker_runs_each_periodic_job_when_it_is_due(
    monkeypatch: pytest.MonkeyPatch, settings: Settings, store: DocumentStore
):
    ran: list[str] = []

    def job(name: str, seconds: float) -> work.PeriodicJob:
        async def run(given: Settings) -> None:
            assert given is settings  # the worker's own settings, passed in
            ran.append(name)

        return work.PeriodicJob(name, name, seconds, run)

    monkeypatch.setattr(work, "PERIODIC", (job("every round", 0.0), job("not yet due", 1e12)))
    worker = EmbeddedWorker(settings, store)
    await worker._round()
    await worker._round()
    assert ran == ["every round", "every round"]
