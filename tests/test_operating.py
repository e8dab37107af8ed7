"""Operating the service, on a real uvicorn run: /metrics (Prometheus, multiprocess), the JSON log
lines with their request id, /health and /ready, and the refusal of an unsafe production start."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from booking.enums import Role
from booking.settings import Settings
from tests.conftest import PASSWORD, slot
from tests.server import execute, free_port, run_server
from tests.test_api import SUBMIT, submit_input

METRICS_TOKEN = "metrics-token-for-the-tests-0123"
SECRET_KEY = "a-secret-key-that-must-never-be-logged-0123456789"
ROOT = Path(__file__).resolve().parents[1]

LOGIN = """mutation Login($nrk: String!, $pw: String!) {
  login(input: {nrk: $nrk, password: $pw}) { token errors { code } }
}"""
MY_BOOKINGS = "query MyBookings { bookings(first: 5) { edges { node { id status } } } }"


def server_env(settings: Settings, tmp_path: Path, **extra: str) -> dict[str, str]:
    multiproc = tmp_path / "prometheus"
    multiproc.mkdir(exist_ok=True)
    return {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(settings.storage_dir),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0.01",
        "EPESAN_SECRET_KEY": SECRET_KEY,
        "EPESAN_METRICS_TOKEN": METRICS_TOKEN,
        "PROMETHEUS_MULTIPROC_DIR": str(multiproc),
        **extra,
    }


async def graphql(
    http: httpx.AsyncClient, query: str, variables: dict, **headers: str
) -> httpx.Response:
    return await http.post(
        "/graphql",
        json={"query": query, "variables": variables},
        headers={"Apollo-Require-Preflight": "true", **headers},
    )


def samples(text: str, name: str) -> dict[str, float]:
    """The samples of one metric in a Prometheus text exposition, by their label text."""
    found = {}
    for line in text.splitlines():
        if line.startswith(name + "{") or line.startswith(name + " "):
            key, _, value = line.rpartition(" ")
            found[key[len(name) :]] = float(value)
    return found


def log_events(path: Path, only_json: bool = False) -> list[dict]:
    """Every line of a server's log is one JSON object (``only_json``: a Celery worker's also has
    its start banner and Python's warnings, which are not log lines)."""
    lines = [line for line in path.read_text().splitlines() if line.strip()]
    if only_json:
        lines = [line for line in lines if line.startswith("{")]
    events = [json.loads(line) for line in lines]
    assert all({"time", "level", "logger", "event"} <= set(e) for e in events)
    return events


async def subscribe_and_leave(base: str, token: str, request_id: str | None) -> str:
    """A websocket with a session token in ``connection_init`` (never in the URL): subscribe,
    complete the subscription, close. Returns the connection's request id (the handshake's
    answer echoes it)."""
    import websockets

    url = base.replace("http://", "ws://") + "/graphql"
    headers = {"X-Request-ID": request_id} if request_id else {}
    async with websockets.connect(
        url, subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
        additional_headers=headers,
    ) as ws:  # fmt: skip
        assert ws.response is not None
        echoed = ws.response.headers["x-request-id"]
        await ws.send(json.dumps({"type": "connection_init", "payload": {"token": token}}))
        try:
            ack = json.loads(await ws.recv())
        except websockets.ConnectionClosed:
            return echoed  # refused (4403)
        assert ack["type"] == "connection_ack"
        query = "subscription MyNotifications { notificationReceived { kind } }"
        subscribe = {"query": query, "operationName": "MyNotifications"}
        await ws.send(json.dumps({"id": "sub-1", "type": "subscribe", "payload": subscribe}))
        await asyncio.sleep(0.3)
        await ws.send(json.dumps({"id": "sub-1", "type": "complete"}))
        await asyncio.sleep(0.3)
    await asyncio.sleep(0.2)  # the server logs the close
    return echoed


async def test_a_run_is_measured_and_logged_without_secrets(
    database, settings, create_user, create_room, tmp_path
):
    log = tmp_path / "server.log"
    with run_server(server_env(settings, tmp_path), log) as base:
        requester = await create_user(Role.REQUESTER, nrk="610001")
        await create_user(Role.SERVICE_OFFICER, nrk="610002")
        room = await create_room()
        async with httpx.AsyncClient(base_url=base) as http:
            wrong = await graphql(
                http, LOGIN, {"nrk": "610001", "pw": "not-the-password"}, **{"X-Request-ID": "r-1"}
            )
            assert wrong.headers["x-request-id"] == "r-1"
            assert wrong.json()["data"]["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
            right = await graphql(http, LOGIN, {"nrk": "610001", "pw": PASSWORD})
            token = right.json()["data"]["login"]["token"]
            made_id = right.headers["x-request-id"]
            assert len(made_id) >= 16  # made when the client sent none
            submitted = await execute(
                base,
                SUBMIT,
                {"input": submit_input(room.id, slot(days=12))},
                token=token,
                upload=True,
            )
            assert submitted["submitBooking"]["errors"] == []
            mine = await graphql(
                http, MY_BOOKINGS, {}, Authorization=f"Bearer {token}", **{"X-Request-ID": "r-3"}
            )
            assert mine.json()["data"]["bookings"]["edges"]
            await graphql(http, "{ nosuchfield }", {})
            ws_request_id = await subscribe_and_leave(base, token, "ws-req-7")
            refused_id = await subscribe_and_leave(base, "not-a-session-token", None)

            assert (await http.get("/metrics")).status_code == 401
            bad = await http.get("/metrics", headers={"Authorization": "Bearer wrong"})
            assert bad.status_code == 401
            scraped = await http.get(
                "/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}
            )
            assert scraped.status_code == 200
            text = scraped.text

    latency = samples(text, "epesan_request_duration_seconds_count")
    assert latency['{operation="Login"}'] == 2
    assert latency['{operation="MyBookings"}'] == 1
    assert latency['{operation="anonymous"}'] >= 2  # the gql client's unnamed submit, the typo
    errors = samples(text, "epesan_graphql_errors_total")
    assert errors['{code="INVALID_CREDENTIALS"}'] == 1
    assert errors['{code="GRAPHQL_VALIDATION_FAILED"}'] == 1
    assert samples(text, "epesan_websocket_connections") == {"": 0.0}
    pending = samples(text, "epesan_outbox_pending")
    assert pending['{channel="EMAIL"}'] >= 0 and '{channel="PUSH"}' in pending
    assert '{channel="EMAIL"}' in samples(text, "epesan_outbox_oldest_pending_age_seconds")

    events = log_events(log)
    requests = [e for e in events if e["event"] == "request"]
    by_id = {e["request_id"]: e for e in requests}
    assert by_id["r-1"]["operation"] == "Login"
    assert by_id["r-1"]["outcome"] == "INVALID_CREDENTIALS"
    assert "user_id" not in by_id["r-1"]
    assert by_id[made_id]["outcome"] == "ok"
    assert by_id["r-3"] | {"duration_ms": 0} == by_id["r-3"] | {
        "operation": "MyBookings",
        "user_id": requester.id,
        "outcome": "ok",
        "status": 200,
        "duration_ms": 0,
    }
    submit_line = next(e for e in requests if e.get("user_id") and e["operation"] == "anonymous")
    worker_lines = [e for e in events if e["event"] == "embedded worker round"]
    assert any(submit_line["request_id"] in e["request_id"] for e in worker_lines)

    # the websocket: opened, a subscription started and stopped, closed; request id and user id
    ws = [e for e in events if e["logger"] == "epesan.websocket"]
    assert ws_request_id == "ws-req-7"
    mine = [e for e in ws if e["request_id"] == "ws-req-7"]
    assert [e["event"] for e in mine] == [
        "websocket opened",
        "subscription started",
        "subscription stopped",
        "websocket closed",
    ]
    assert all(e["user_id"] == requester.id for e in mine)
    started, stopped, closed = mine[1], mine[2], mine[3]
    assert started["operation"] == stopped["operation"] == "MyNotifications"
    assert started["subscription_id"] == "sub-1"
    assert stopped["outcome"] == "cancelled" and stopped["duration_ms"] >= 0
    assert closed["closed_by"] == "client" and closed["close_code"] == 1000
    refused = [e for e in ws if e["request_id"] == refused_id]
    assert [e["event"] for e in refused] == ["websocket refused", "websocket closed"]
    assert refused[0]["outcome"] == "UNAUTHENTICATED" and "user_id" not in refused[0]
    assert refused[1]["close_code"] == 4403 and refused[1]["closed_by"] == "server"

    whole = log.read_text()
    for secret in (token, PASSWORD, "not-the-password", SECRET_KEY, METRICS_TOKEN):
        assert secret not in whole
    assert "not-a-session-token" not in whole


async def test_health_ready_and_metrics_closed_by_default(database, settings, tmp_path):
    env = server_env(settings, tmp_path)
    del env["EPESAN_METRICS_TOKEN"]
    with run_server(env, tmp_path / "server.log") as base:
        async with httpx.AsyncClient(base_url=base) as http:
            assert (await http.get("/health")).json() == {"status": "ok"}
            ready = await http.get("/ready")
            assert (await http.get("/metrics")).status_code == 404

    assert ready.status_code == 200
    assert ready.json() == {
        "status": "ok",
        "checks": {"database": "ok", "migrations": "ok", "store": "ok"},
    }


def test_not_ready_before_migrations_nor_without_redis(settings, tmp_path):
    env = server_env(
        settings,
        tmp_path,
        EPESAN_DATABASE_URL=f"sqlite://{tmp_path / 'empty.sqlite3'}",
        EPESAN_BROKER_URL="redis://127.0.0.1:1/0",  # nothing listens there
    )
    with run_server(env, tmp_path / "server.log") as base:
        ready = httpx.get(f"{base}/ready", timeout=10)

    assert ready.status_code == 503
    checks = ready.json()["checks"]
    assert checks["database"] == "ok"
    assert checks["migrations"].startswith("pending: 0001_")
    assert checks["redis"].startswith("error")


PRODUCTION = {
    "EPESAN_PRODUCTION": "true",
    "EPESAN_SECRET_KEY": SECRET_KEY,
    "EPESAN_ALLOWED_ORIGINS": '["https://epesanruangan.jakarta.go.id"]',
    "EPESAN_S3_SECRET_ACCESS_KEY": "a-real-s3-secret-0123456789",
}


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"EPESAN_SECRET_KEY": "dev-only-change-me"}, "EPESAN_SECRET_KEY"),
        ({"EPESAN_SECRET_KEY": "change-me-in-production"}, "EPESAN_SECRET_KEY"),
        ({"EPESAN_S3_SECRET_ACCESS_KEY": "epesan-dev-secret-change-me"}, "EPESAN_S3_SECRET"),
        ({"EPESAN_GRAPHIQL": "true"}, "EPESAN_GRAPHIQL"),
        ({"EPESAN_ALLOWED_ORIGINS": '["*"]'}, "EPESAN_ALLOWED_ORIGINS"),
        ({"EPESAN_ALLOWED_ORIGINS": "[]"}, "EPESAN_ALLOWED_ORIGINS"),
    ],
)
def test_production_refuses_to_start_unsafe_and_names_the_setting(tmp_path, change, named):
    env = {k: v for k, v in os.environ.items() if not k.startswith("EPESAN_")}
    env |= PRODUCTION | change | {"EPESAN_DATABASE_URL": f"sqlite://{tmp_path / 'x.sqlite3'}"}
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", "serve", "--port", "1"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "Refusing to start in production" in done.stderr and named in done.stderr
    assert not (tmp_path / "x.sqlite3").exists()  # refused before touching the database
    worker = subprocess.run(
        [sys.executable, "-c", "import tasks.app"],
        env=env | {"PYTHONPATH": str(ROOT)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert worker.returncode != 0 and named in worker.stderr


def test_a_safe_production_configuration_passes_and_development_is_not_checked():
    safe = Settings(
        **{
            k[len("EPESAN_") :].lower(): v
            for k, v in PRODUCTION.items()
            if k != "EPESAN_ALLOWED_ORIGINS"
        },
        allowed_origins=["https://epesanruangan.jakarta.go.id"],
    )
    assert safe.production_problems() == []
    assert not safe.graphiql_on
    assert Settings(allowed_origins=["*"]).production_problems() == []
    assert Settings().graphiql_on


def test_in_production_serve_does_not_migrate(tmp_path):
    """The migrate step is its own (compose runs it once before the API); the API then serves."""
    database = tmp_path / "prod.sqlite3"
    env = {k: v for k, v in os.environ.items() if not k.startswith("EPESAN_")}
    env |= PRODUCTION | {"EPESAN_DATABASE_URL": f"sqlite://{database}", "EPESAN_BROKER_URL": ""}
    env["EPESAN_EMBEDDED_WORKER"] = "false"

    def serve_and_ask_ready() -> httpx.Response:
        port = free_port()
        with (tmp_path / "serve.log").open("ab") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "api.cli", "serve", "--port", str(port)],
                env=env,
                cwd=tmp_path,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    return httpx.get(f"http://127.0.0.1:{port}/ready", timeout=5)
                except httpx.HTTPError:
                    assert time.monotonic() < deadline and proc.poll() is None
                    time.sleep(0.2)
        finally:
            proc.terminate()
            proc.wait(timeout=10)

    before = serve_and_ask_ready()
    assert before.status_code == 503
    assert before.json()["checks"]["migrations"].startswith("pending")
    migrated = subprocess.run(
        [sys.executable, "-m", "api.cli", "migrate"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert migrated.returncode == 0, migrated.stderr
    assert serve_and_ask_ready().status_code == 200


async def test_the_request_id_travels_into_the_celery_tasks_and_their_metrics_add_up(
    database, settings, create_user, create_room, tmp_path
):
    from gql import Client, gql
    from gql.transport.aiohttp import AIOHTTPTransport

    from tests.mail_server import smtp_server
    from tests.test_api import login
    from tests.test_workers import REDIS, base_env, celery_worker, require_redis, wait_for

    require_redis()
    with smtp_server() as (inbox, smtp_port):
        env = server_env(
            settings,
            tmp_path,
            **base_env(settings, smtp_port),
            EPESAN_BROKER_URL=REDIS,
            EPESAN_TASK_QUEUE=f"epesan-ops-{os.getpid()}",
        )
        with (
            run_server(env, tmp_path / "server.log") as base,
            celery_worker(env, tmp_path / "worker.log"),
        ):
            await create_user(Role.REQUESTER, nrk="620001")
            await create_user(Role.SERVICE_OFFICER, nrk="620002")
            room = await create_room()
            token = await login(base, "620001")
            transport = AIOHTTPTransport(
                url=f"{base}/graphql",
                headers={
                    "Apollo-Require-Preflight": "true",
                    "Authorization": f"Bearer {token}",
                    "X-Request-ID": "submit-req-42",
                },
            )
            request = gql(SUBMIT)
            request.variable_values = {"input": submit_input(room.id, slot(days=13))}
            async with Client(transport=transport) as session:
                await session.execute(request, upload_files=True)

            async def arrived() -> bool:
                return bool(inbox.subjects())

            await wait_for(arrived, within=30)
            async with httpx.AsyncClient(base_url=base) as http:
                text = (
                    await http.get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
                ).text

    tasks = [e for e in log_events(tmp_path / "worker.log", only_json=True) if e["event"] == "task"]
    caused = {e["operation"] for e in tasks if e["request_id"] == "submit-req-42"}
    assert {"tasks.jobs.relay_outbox", "tasks.jobs.deliver_emails"} <= caused
    runs = samples(text, "epesan_task_runs_total")  # written by the worker, scraped from the API
    assert runs['{outcome="success",task="tasks.jobs.deliver_emails"}'] >= 1
    assert (
        samples(text, "epesan_task_duration_seconds_count")['{task="tasks.jobs.relay_outbox"}'] >= 1
    )
    assert "rahasia" not in (tmp_path / "worker.log").read_text()
