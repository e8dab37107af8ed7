"""The metrics a real run writes, scraped from ``/metrics`` after causing each: live messages
dropped for a slow subscriber, event photos rendered, service-level reminders and escalations
sent, Celery task outcomes; and ``/metrics`` on a port of its own (EPESAN_METRICS_PORT)."""

from __future__ import annotations

import asyncio
import io
import json
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import redis
import websockets
from celery import Celery
from gql import FileVar

from booking import photos
from booking.enums import PhotoStatus, Role
from booking.models import Booking, Notification, Photo, StepRecord
from storage.local import LocalFolderStore
from tests.photo_files import png_bomb
from tests.server import execute, free_port, run_server
from tests.test_api import gid, login
from tests.test_operating import METRICS_TOKEN, samples, server_env
from tests.test_photos_api import JPEG, UPLOAD
from tests.test_workers import REDIS, celery_worker, require_redis, wait_for

AUTH = {"Authorization": f"Bearer {METRICS_TOKEN}"}


async def scrape(url: str, **headers: str) -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.get(url, headers=headers)


async def metrics_text(base: str) -> str:
    scraped = await scrape(f"{base}/metrics", **AUTH)
    assert scraped.status_code == 200
    return scraped.text


# -- /metrics on a port of its own ---------------------------------------------------------------


async def test_metrics_on_a_port_of_their_own_with_the_token(database, settings, tmp_path):
    port = free_port()
    env = server_env(settings, tmp_path, EPESAN_METRICS_PORT=str(port))
    with (
        run_server(env, tmp_path / "one.log") as base,
        run_server(env, tmp_path / "two.log") as other,
    ):
        await scrape(f"{base}/health")
        await scrape(f"{other}/health")
        own = f"http://127.0.0.1:{port}/metrics"
        scraped = await scrape(own, **AUTH)
        no_token = await scrape(own)
        wrong = await scrape(own, Authorization="Bearer wrong")
        elsewhere = await scrape(f"http://127.0.0.1:{port}/graphql", **AUTH)
        # the API's own ports no longer serve it, token or not
        api_port = await scrape(f"{base}/metrics", **AUTH)

    assert scraped.status_code == 200
    assert scraped.headers["content-type"].startswith("text/plain")
    latency = samples(scraped.text, "epesan_request_duration_seconds_count")
    assert latency['{operation="/health"}'] >= 2  # both processes' requests (multiprocess)
    assert '{channel="EMAIL"}' in samples(scraped.text, "epesan_outbox_pending")
    assert (no_token.status_code, wrong.status_code) == (401, 401)
    assert elsewhere.status_code == 404 and api_port.status_code == 404
    # two processes on one host: the second finds the port taken, says so, and serves the API
    logs = [json.loads(line) for line in (tmp_path / "two.log").read_text().splitlines()]
    assert any("is taken" in e["event"] for e in logs if e["logger"] == "epesan.metrics")
    assert METRICS_TOKEN not in (tmp_path / "one.log").read_text()


async def test_metrics_port_without_a_token_is_served_on_loopback(database, settings, tmp_path):
    port = free_port()
    env = server_env(settings, tmp_path, EPESAN_METRICS_PORT=str(port))
    del env["EPESAN_METRICS_TOKEN"]
    with run_server(env, tmp_path / "server.log") as base:
        scraped = await scrape(f"http://127.0.0.1:{port}/metrics")
        api_port = await scrape(f"{base}/metrics")
        with_token = await scrape(f"http://127.0.0.1:{port}/metrics", **AUTH)
    assert scraped.status_code == 200 and "epesan_request_duration_seconds" in scraped.text
    assert api_port.status_code == 404
    assert with_token.status_code == 200  # no token configured: none checked


# -- metrics caused by a run ---------------------------------------------------------------------


@asynccontextmanager
async def subscribed(base: str, token: str, query: str) -> AsyncIterator[object]:
    url = base.replace("http://", "ws://") + "/graphql"
    async with websockets.connect(
        url, subprotocols=[websockets.Subprotocol("graphql-transport-ws")]
    ) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"token": token}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        payload = {"query": query}
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": payload}))
        yield ws


async def test_dropped_live_messages_and_photo_renders_are_counted(
    database, settings, approved_booking, create_user, tmp_path
):
    """A subscriber too slow for a burst of messages (another process publishing many changes at
    once through Redis) has messages dropped; photos rendered by the embedded worker count by
    outcome."""
    require_redis()
    prefix = f"epesan:test{uuid.uuid4().hex[:8]}"
    files = tmp_path / "files"
    env = server_env(
        settings,
        tmp_path,
        EPESAN_STORAGE_DIR=str(files),
        EPESAN_LIVE_REDIS_URL=REDIS,
        EPESAN_LIVE_CHANNEL_PREFIX=prefix,
    )
    requester = await create_user(Role.REQUESTER, nrk="720001")
    booking = await approved_booking(requester)
    client = redis.Redis.from_url(REDIS)
    channel = f"{prefix}:user:{requester.id}"
    with run_server(env, tmp_path / "server.log") as base:
        token = await login(base, "720001")
        before = await metrics_text(base)
        async with subscribed(base, token, "subscription { notificationReceived { kind } }"):

            async def listening() -> bool:
                return bool(client.pubsub_channels(channel))

            await wait_for(listening, within=10)
            with client.pipeline(transaction=False) as pipe:
                for i in range(300):
                    pipe.publish(channel, json.dumps({"notification_id": i}))
                pipe.execute()
            await asyncio.sleep(1.0)
            dropped = await metrics_text(base)

        # photos: a decompression bomb (added as a phone's upload would be), a good one through
        # the API (its commit wakes the embedded worker)
        await photos.add_photo(requester, booking.id, png_bomb(), LocalFolderStore(files), settings)
        upload = FileVar(io.BytesIO(JPEG), filename="a.jpg")
        sent = await execute(
            base,
            UPLOAD,
            {"input": {"bookingId": gid("Booking", booking.id), "photo": upload}},
            token=token,
            upload=True,
        )
        assert sent["uploadEventPhoto"]["errors"] == []

        async def rendered() -> bool:
            statuses = await Photo.filter(booking_id=booking.id).values_list("status", flat=True)
            return len(statuses) == 2 and PhotoStatus.PROCESSING not in statuses

        await wait_for(rendered, within=30)
        after = await metrics_text(base)
    client.close()

    assert samples(before, "epesan_subscription_messages_dropped_total") == {"": 0.0}
    assert samples(dropped, "epesan_subscription_messages_dropped_total")[""] >= 1
    renders = samples(after, "epesan_photo_renders_total")
    assert renders == {'{outcome="READY"}': 1.0, '{outcome="FAILED"}': 1.0}
    assert samples(after, "epesan_websocket_connections") == {"": 0.0}


async def test_reminders_and_escalations_sent_are_counted(
    database, settings, create_user, create_booking, staff, tmp_path
):
    """A request whose verification step started an hour ago (standard: 15 working minutes): the
    embedded worker's first service-level scan sends its reminder and its escalation."""
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester)
    past = datetime.now(UTC) - timedelta(hours=1)
    await StepRecord.filter(booking_id=booking.id).update(
        entered_at=past, due_at=past + timedelta(minutes=15)
    )
    await Booking.filter(id=booking.id).update(status_changed_at=past)
    env = server_env(settings, tmp_path, EPESAN_WORK_ALWAYS_OPEN="true")
    with run_server(env, tmp_path / "server.log") as base:

        async def escalated() -> bool:
            return await Notification.filter(kind="sla.escalation").exists()

        await wait_for(escalated, within=20)
        await asyncio.sleep(0.3)
        text = await metrics_text(base)

    assert await Notification.filter(kind="sla.reminder").exists()
    assert samples(text, "epesan_sla_reminders_sent_total") == {"": 1.0}
    assert samples(text, "epesan_sla_escalations_sent_total") == {"": 1.0}


async def test_celery_task_outcomes_are_counted(database, settings, tmp_path: Path):
    """A task that succeeds and one that fails, on a real worker; scraped from the API."""
    require_redis()
    queue = f"epesan-ops2-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    env = server_env(settings, tmp_path, EPESAN_BROKER_URL=REDIS, EPESAN_TASK_QUEUE=queue)
    log = tmp_path / "worker.log"
    with run_server(env, tmp_path / "server.log") as base, celery_worker(env, log):

        async def ready() -> bool:
            return b" ready." in log.read_bytes()

        await wait_for(ready, within=30)
        broker = Celery(broker=REDIS)
        broker.send_task("tasks.jobs.relay_outbox", queue=queue)
        broker.send_task("tasks.jobs.process_photo", args=["not-a-photo-id"], queue=queue)

        async def both_ran() -> bool:
            runs = samples(await metrics_text(base), "epesan_task_runs_total")
            return len(runs) >= 2

        await wait_for(both_ran, within=30)
        text = await metrics_text(base)

    runs = samples(text, "epesan_task_runs_total")
    assert runs['{outcome="success",task="tasks.jobs.relay_outbox"}'] == 1
    assert runs['{outcome="failure",task="tasks.jobs.process_photo"}'] == 1
    durations = samples(text, "epesan_task_duration_seconds_count")
    assert durations['{task="tasks.jobs.process_photo"}'] == 1
    events = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    failed = [e for e in events if e["event"] == "task" and e["outcome"] == "failure"]
    assert [e["operation"] for e in failed] == ["tasks.jobs.process_photo"]


def test_a_scrape_while_a_worker_creates_its_metrics_file_answers(tmp_path: Path, monkeypatch):
    """A process that has just created its file (empty until it sizes it) is left out of the
    scrape; the others' counts are there (CI saw /metrics answer 500 while a worker started)."""
    from prometheus_client.mmap_dict import MmapedDict, mmap_key

    from ops import metrics

    written = MmapedDict(str(tmp_path / "counter_101.db"))
    key = mmap_key("epesan_demo", "epesan_demo_total", ["kind"], ["x"], "A demo.")
    written.write_value(key, 3.0, 0.0)
    written.close()
    (tmp_path / "counter_102.db").touch()  # the starting worker's file
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    text = metrics.scrape([]).decode()
    assert 'epesan_demo_total{kind="x"} 3.0' in text
    assert "epesan_outbox_pending" in text
