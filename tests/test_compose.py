"""docker-compose.yml read against the code (no Docker engine here): every setting it passes
exists, the workers listen to the queues the code sends to, and the bucket it creates is the one
the services use."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from booking.settings import Settings

ROOT = Path(__file__).parents[1]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]


def env_of(service: str) -> dict[str, str]:
    return {k: str(v) for k, v in COMPOSE["services"][service]["environment"].items()}


def test_every_epesan_variable_is_a_setting() -> None:
    fields = {f"EPESAN_{name.upper()}" for name in Settings.model_fields}
    for service in ("api", "worker", "photo-worker", "beat", "migrate"):
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


def test_docker_compose_accepts_the_file() -> None:
    if shutil.which("docker-compose") is None:
        pytest.skip("docker-compose is not installed")
    done = subprocess.run(
        ["docker-compose", "config", "-q"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_migrations_run_once_before_the_api_and_workers_which_do_not_migrate() -> None:
    assert SERVICES["migrate"]["command"][-1].endswith("epesan migrate")
    assert SERVICES["migrate"]["restart"] == "no"
    for name in ("api", "worker", "photo-worker", "beat"):
        assert SERVICES[name]["depends_on"]["migrate"] == {
            "condition": "service_completed_successfully"
        }, name
    assert "--no-migrate" in SERVICES["api"]["command"]
    command = SERVICES["api"]["command"]
    assert command[command.index("--workers") + 1] == "${EPESAN_API_PROCESSES:-2}"


def test_two_api_replicas_behind_a_proxy_that_carries_websockets() -> None:
    api, proxy = SERVICES["api"], SERVICES["proxy"]
    assert api["deploy"]["replicas"] == 2
    assert "ports" not in api  # reached through the proxy only
    assert proxy["ports"] == ["127.0.0.1:8000:8080"]
    assert proxy["depends_on"]["api"] == {"condition": "service_healthy"}
    mount = next(v for v in proxy["volumes"] if v.endswith("/etc/nginx/nginx.conf:ro"))
    conf = (ROOT / mount.split(":")[0]).read_text()
    assert "listen 8080;" in conf and "http://api:8000" in conf
    assert "proxy_set_header Upgrade $http_upgrade;" in conf
    assert "proxy_set_header Connection $connection_upgrade;" in conf
    assert "proxy_set_header X-Request-ID" in conf
    assert "location = /metrics { return 404; }" in conf


def test_health_checks_use_ready_and_metrics_add_up_across_containers() -> None:
    check = " ".join(SERVICES["api"]["healthcheck"]["test"])
    assert "http://127.0.0.1:8000/ready" in check
    folder = env_of("api")["PROMETHEUS_MULTIPROC_DIR"]
    for name in ("api", "worker", "photo-worker", "beat", "migrate"):
        assert env_of(name)["PROMETHEUS_MULTIPROC_DIR"] == folder
        assert f"metrics:{folder}" in SERVICES[name]["volumes"], name
    assert f"rm -f {folder}/*.db" in SERVICES["migrate"]["command"][-1]
    assert env_of("api")["EPESAN_METRICS_TOKEN"] == "${EPESAN_METRICS_TOKEN:-}"  # unset: not served
