"""Workers for real: the embedded worker inside uvicorn, a Celery worker process on the local
Redis, a broker outage, and a worker killed in the middle of sending an e-mail."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis
from celery import Celery

from booking.enums import Channel, DeliveryStatus, Role
from booking.models import NotificationDelivery
from tests.conftest import slot
from tests.mail_server import Inbox, free_port, smtp_server
from tests.server import run_server
from tests.test_api import SUBMIT, login, submit_input

REDIS = os.environ.get("EPESAN_TEST_REDIS", "redis://127.0.0.1:6379/14")


def require_redis() -> None:
    try:
        redis.Redis.from_url(REDIS, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        pytest.fail(
            f"Redis is not reachable at {REDIS} ({exc}). Start it with: redis-server --daemonize yes "
            "--bind 127.0.0.1 -::1 --port 6379 --save '' --appendonly no",
            pytrace=False,
        )


async def wait_for(condition, within: float = 20.0) -> None:
    deadline = time.monotonic() + within
    while not await condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.1)


def base_env(settings, smtp_port: int) -> dict[str, str]:
    return {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(settings.storage_dir),
        "EPESAN_SMTP_HOST": "127.0.0.1",
        "EPESAN_SMTP_PORT": str(smtp_port),
        "EPESAN_DELIVERY_BACKOFF_SECONDS": "0",
        "EPESAN_DELIVERY_LEASE_SECONDS": "2",
    }


@contextmanager
def celery_worker(
    env: dict[str, str], log: Path, pool: str = "prefork", queues: str | None = None
) -> Iterator[subprocess.Popen]:
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "tasks.app",
        "worker",
        f"--pool={pool}",
        "--concurrency=1",
        "-Q",
        queues or env["EPESAN_TASK_QUEUE"],
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
        "-l",
        "info",
    ]
    with log.open("ab") as out:
        proc = subprocess.Popen(
            command, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextmanager
def private_redis(port: int, workdir: Path) -> Iterator[subprocess.Popen]:
    """A Redis server of this test's own, so it can be stopped and started without touching the
    machine's Redis."""
    proc = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    client = redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=1)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.RedisError:
            if time.monotonic() > deadline:
                proc.kill()
                raise
            time.sleep(0.05)
    try:
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def child_pids(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()


def send_relay(env: dict[str, str]) -> None:
    client = Celery(broker=env["EPESAN_BROKER_URL"])
    client.send_task("tasks.jobs.relay_outbox", queue=env["EPESAN_TASK_QUEUE"])


async def pending_emails() -> int:
    return await NotificationDelivery.filter(
        channel=Channel.EMAIL, status=DeliveryStatus.PENDING
    ).count()


async def test_embedded_worker_sends_the_email_after_commit(
    database, settings, create_user, create_room, tmp_path
):
    with (
        smtp_server() as (inbox, port),
        run_server(base_env(settings, port), tmp_path / "uvicorn.log") as base,
    ):
        await create_user(Role.REQUESTER, nrk="510001")
        await create_user(Role.SERVICE_OFFICER, nrk="510002")
        token = await login(base, "510001")
        room = await create_room()
        payload = (await execute_submit(base, token, room.id))["submitBooking"]
        reference = payload["booking"]["reference"]

        async def arrived() -> bool:
            return any(reference in s for s in inbox.subjects())

        await wait_for(arrived, within=10)  # kicked at commit, not at the 5 s poll
        assert inbox.subjects() == [f"[ePesanRuangan] Permohonan baru {reference}"]


async def execute_submit(base: str, token: str, room_id: int, days: int = 12) -> dict:
    from tests.server import execute

    return await execute(
        base, SUBMIT, {"input": submit_input(room_id, slot(days=days))}, token=token, upload=True
    )


async def test_a_broker_outage_delays_but_loses_nothing(
    database, settings, create_user, create_room, tmp_path
):
    """Redis (the broker) is stopped while 20 bookings go through steps 2, 3, 7 and 8 over the API:
    every mutation succeeds and the outbox keeps every e-mail; Redis is started again, and each
    e-mail is delivered exactly once."""
    from tests.server import execute

    redis_port = free_port()
    with smtp_server() as (inbox, smtp_port):
        env = {
            **base_env(settings, smtp_port),
            "EPESAN_BROKER_URL": f"redis://127.0.0.1:{redis_port}/0",
            "EPESAN_TASK_QUEUE": f"epesan-test-{uuid.uuid4().hex[:8]}",
        }
        with private_redis(redis_port, tmp_path):
            pass  # it ran; now it is stopped for the whole series of hand-overs
        with run_server(env, tmp_path / "uvicorn.log") as base:
            await create_user(Role.REQUESTER, nrk="520001")
            await create_user(Role.SERVICE_OFFICER, nrk="520002")
            await create_user(Role.SERVICE_HEAD, nrk="520003")
            tokens = [await login(base, n) for n in ("520001", "520002", "520003")]
            for i in range(20):
                room = await create_room()
                payload = (await execute_submit(base, tokens[0], room.id, days=13 + i))[
                    "submitBooking"
                ]
                assert payload["errors"] == []
                booking_id = payload["booking"]["id"]
                for token, verb in (
                    (tokens[1], "verifyBooking"),
                    (tokens[2], "validateBooking"),
                    (tokens[1], "approveBooking"),
                ):
                    name = verb[0].upper() + verb[1:]
                    result = await execute(
                        base,
                        f"mutation($i: {name}Input!) {{ {verb}(input: $i) {{ errors {{ code }} }} }}",
                        {"i": {"bookingId": booking_id}},
                        token=token,
                    )
                    assert result[verb]["errors"] == []
        expected = await NotificationDelivery.filter(channel=Channel.EMAIL).values_list(
            "id", flat=True
        )
        # submitted -> officer, validation -> head, scheduling -> officer, approved -> requester
        assert len(expected) == 80 and await pending_emails() == 80
        assert inbox.messages == []

        with private_redis(redis_port, tmp_path), celery_worker(env, tmp_path / "worker.log"):
            send_relay(env)  # beat's next run after the restart

            async def all_sent() -> bool:
                return await pending_emails() == 0

            await wait_for(all_sent, within=60)
            send_relay(env)  # a second relay sends nothing again
            await asyncio.sleep(1)
        ids = sorted(str(m["Message-ID"]) for m in inbox.messages)
        assert ids == sorted(f"<delivery-{i}@epesanruangan>" for i in expected)


class StallingInbox(Inbox):
    """Holds the first DATA for a while, so a worker can be killed in the middle of sending."""

    stall_seconds = 5.0
    stalled = False

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        if not self.stalled:
            self.stalled = True
            await asyncio.sleep(self.stall_seconds)
            return "451 4.4.2 Connection lost"  # only reached if the sender did not die first
        return await super().handle_DATA(server, session, envelope)


async def test_a_worker_killed_while_sending_is_redelivered_once(
    database, settings, create_user, create_booking, tmp_path
):
    require_redis()
    from aiosmtpd.controller import Controller

    inbox = StallingInbox()
    smtp_port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        requester = await create_user(Role.REQUESTER)
        await create_user(Role.SERVICE_OFFICER)
        booking = await create_booking(requester)
        env = {
            **base_env(settings, smtp_port),
            "EPESAN_BROKER_URL": REDIS,
            "EPESAN_TASK_QUEUE": f"epesan-test-{uuid.uuid4().hex[:8]}",
        }
        log = tmp_path / "worker.log"
        with celery_worker(env, log) as worker:
            send_relay(env)

            async def stalled() -> bool:
                return inbox.stalled

            await wait_for(stalled, within=30)
            children = child_pids(worker.pid)
            assert children, "the prefork worker has a child process"
            for pid in children:
                os.kill(int(pid), signal.SIGKILL)  # the child dies mid-DATA

            # The claim's lease (2 s) runs out; the relay hands the row to the new child.
            async def sent() -> bool:
                send_relay(env)
                await asyncio.sleep(0.5)
                return len(inbox.messages) == 1

            await wait_for(sent, within=40)
        await asyncio.sleep(1)
        assert [m["Subject"] for m in inbox.messages] == [
            f"[ePesanRuangan] Permohonan baru {booking.reference}"
        ]
        row = await NotificationDelivery.get(notification__booking_id=booking.id)
        assert row.status == DeliveryStatus.SENT
    finally:
        controller.stop()
