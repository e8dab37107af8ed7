"""docker-compose.yml read against the code (no Docker engine here): every setting it passes
exists, the workers listen to the queues the code sends to, and the bucket it creates is the one
the services use."""

from __future__ import annotations

from pathlib import Path

import yaml

from booking.settings import Settings

COMPOSE = yaml.safe_load((Path(__file__).parents[1] / "docker-compose.yml").read_text())


def env_of(service: str) -> dict[str, str]:
    return {k: str(v) for k, v in COMPOSE["services"][service]["environment"].items()}


def test_every_epesan_variable_is_a_setting() -> None:
    fields = {f"EPESAN_{name.upper()}" for name in Settings.model_fields}
    for service in ("api", "worker", "photo-worker", "beat"):
        unknown = {k for k in env_of(service) if k.startswith("EPESAN_")} - fields
        assert not unknown, (service, unknown)


def test_workers_listen_to_the_queues_tasks_are_sent_to() -> None:
    settings = Settings(
        **{
            k[len("EPESAN_") :].lower(): v
            for k, v in env_of("api").items()
            if k in {"EPESAN_TASK_QUEUE", "EPESAN_PHOTO_QUEUE"}
        }
    )
    worker = COMPOSE["services"]["worker"]["command"]
    photo_worker = COMPOSE["services"]["photo-worker"]["command"]

    assert worker[worker.index("-Q") + 1] == settings.task_queue
    assert photo_worker[photo_worker.index("-Q") + 1] == settings.photo_queue


def test_the_bucket_created_at_start_is_the_one_in_use() -> None:
    env = env_of("api")
    init = " ".join(COMPOSE["services"]["seaweedfs-init"]["command"])

    assert env["EPESAN_STORAGE_BACKEND"] == "s3"
    assert f"-name {env['EPESAN_S3_BUCKET']}" in init
    assert env["EPESAN_S3_ENDPOINT_URL"].startswith("http://seaweedfs:8333")
