"""Benchmark of the notification pipeline: commit of a state change -> e-mail accepted by SMTP.

Run from the project root with the venv active, PostgreSQL and Redis on loopback::

    python bench/bench_workers.py

It creates (and drops) the PostgreSQL database ``epesan_bench_workers``, starts a real SMTP server
(aiosmtpd, in this process) and a real Celery worker process (prefork, 2 children) on the local
Redis, then measures

1. latency: 200 bookings submitted one after another through the domain operation; after each
   commit the relay task is enqueued (as the API does); the time from commit to the SMTP server
   accepting the officer's e-mail; p50/p95/max;
2. relay throughput: 5,000 pending e-mail rows written at once, one relay task, the time until every
   row is SENT; rows/s, and the number of e-mails received per row (must be exactly one).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiosmtpd.controller import Controller
from celery import Celery

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common import admin, free_port, pct, tiny_pdf  # noqa: E402 (bench/ is the script's folder)

DB = "epesan_bench_workers"
PG = "postgres://postgres@127.0.0.1:5432"
DB_URL = f"{PG}/{DB}"
REDIS = "redis://127.0.0.1:6379/13"
QUEUE = f"epesan-bench-{uuid.uuid4().hex[:6]}"
JKT = ZoneInfo("Asia/Jakarta")
PDF = tiny_pdf()  # a letter must parse and have a page
N_LATENCY = 200
N_RELAY = 5000


class Recorder:
    def __init__(self) -> None:
        self.arrivals: dict[str, float] = {}
        self.count: dict[str, int] = {}
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        text = envelope.content.decode(errors="replace")
        mid = next(
            (
                line.split(":", 1)[1].strip()
                for line in text.splitlines()
                if line.lower().startswith("message-id:")
            ),
            "?",
        )
        with self.lock:
            self.arrivals.setdefault(mid, time.perf_counter())
            self.count[mid] = self.count.get(mid, 0) + 1
        return "250 OK"


def start_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "tasks.app",
        "worker",
        "--pool=prefork",
        "--concurrency=2",
        "-Q",
        QUEUE,
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
        "-l",
        "warning",
    ]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT
    )


SINK_PROBE = """
import asyncio, sys, time
from email.message import EmailMessage
import aiosmtplib
async def main(port, n):
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port)
    await client.connect()
    start = time.perf_counter()
    for i in range(n):
        m = EmailMessage(); m["From"] = "probe@x"; m["To"] = "sink@x"; m["Subject"] = "probe"
        m["Message-ID"] = f"<probe-{i}@bench>"; m.set_content("x" * 600)
        await client.send_message(m)
    print(n / (time.perf_counter() - start))
    await client.quit()
asyncio.run(main(int(sys.argv[1]), int(sys.argv[2])))
"""


def probe_sink(port: int, n: int = 2000) -> float:
    """Messages/s one client process can push into the SMTP sink over one connection."""
    done = subprocess.run(
        [sys.executable, "-c", SINK_PROBE, str(port), str(n)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip())


RELAY_PROBE = """
import time
from tasks.jobs import relay_outbox
start = time.perf_counter()
n = relay_outbox()
print(n, time.perf_counter() - start)
"""


def run_relay_once(env: dict[str, str]) -> tuple[int, float]:
    """The relay task's own work (select due rows, enqueue batches), timed in a process."""
    done = subprocess.run(
        [sys.executable, "-c", RELAY_PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    count, seconds = done.stdout.split()
    return int(count), float(seconds)


async def main() -> None:
    os.environ.update(
        EPESAN_DATABASE_URL=DB_URL,
        EPESAN_BROKER_URL=REDIS,
        EPESAN_TASK_QUEUE=QUEUE,
        EPESAN_DELIVERY_BACKOFF_SECONDS="0",
    )
    from booking import operations
    from booking.auth import hash_password
    from booking.db import close_db, init_db, migrate_db
    from booking.enums import Channel, DeliveryStatus, Role
    from booking.models import Agency, Notification, NotificationDelivery, Room, User
    from booking.settings import get_settings
    from storage.local import LocalFolderStore

    await admin(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
    await admin(f'CREATE DATABASE "{DB}"')
    settings = get_settings().model_copy(update={"database_url": DB_URL})
    await migrate_db(settings)
    await init_db(settings)

    recorder = Recorder()
    smtp_port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    env = {**os.environ, "EPESAN_SMTP_HOST": "127.0.0.1", "EPESAN_SMTP_PORT": str(smtp_port)}
    log = Path(tempfile.mkdtemp()) / "worker.log"
    worker = start_worker(env, log)
    client = Celery(broker=REDIS)
    try:
        agency = await Agency.create(code="BENCH", name="Dinas Bench")
        pw = hash_password("bench-password-1")
        requester = await User.create(
            nrk="100001",
            name="Operator",
            roles=[Role.REQUESTER.value],
            agency=agency,
            password_hash=pw,
        )
        officer = await User.create(
            nrk="200001",
            name="Petugas",
            roles=[Role.SERVICE_OFFICER.value],
            agency=agency,
            email="petugas@example.test",
            password_hash=pw,
        )
        rooms = [
            await Room.create(code=f"R{i}", name=f"Ruang {i}", building="G", floor="1", capacity=50)
            for i in range(20)
        ]
        store = LocalFolderStore(Path(tempfile.mkdtemp()))
        day0 = date.today() + timedelta(days=7)

        async def submit(i: int) -> int:
            start = datetime.combine(
                day0 + timedelta(days=i // 200), dtime(7, 0), tzinfo=JKT
            ) + timedelta(minutes=30 * ((i // 20) % 10))
            draft = operations.BookingDraft(
                room_id=rooms[i % 20].id,
                starts_at=start,
                ends_at=start + timedelta(minutes=30),
                title="Rapat",
                purpose="Bench",
                participants=10,
            )
            result = await operations.submit(
                requester,
                draft,
                letter=PDF,
                idempotency_key=uuid.uuid4().hex,
                store=store,
                settings=settings,
            )
            return result.booking.id

        async def message_id(booking_id: int) -> str:
            row = await NotificationDelivery.get(
                notification__booking_id=booking_id,
                notification__user_id=officer.id,
                channel=Channel.EMAIL,
            )
            return f"<delivery-{row.id}@epesanruangan>"

        async def wait_arrival(mid: str, deadline: float = 30.0) -> float:
            end = time.perf_counter() + deadline
            while time.perf_counter() < end:
                with recorder.lock:
                    if mid in recorder.arrivals:
                        return recorder.arrivals[mid]
                await asyncio.sleep(0.002)
            raise TimeoutError(mid)

        # warm the worker
        warm = await submit(N_LATENCY + 1)
        client.send_task("tasks.jobs.relay_outbox", queue=QUEUE)
        await wait_arrival(await message_id(warm), 60)

        latencies = []
        for i in range(N_LATENCY):
            t0 = time.perf_counter()
            booking_id = await submit(i)  # committed here
            client.send_task("tasks.jobs.relay_outbox", queue=QUEUE)
            arrived = await wait_arrival(await message_id(booking_id))
            latencies.append((arrived - t0) * 1000)

        # relay throughput
        booking_id = await submit(N_LATENCY + 2)
        now = datetime.now(UTC)
        notes = [
            Notification(
                user_id=officer.id,
                booking_id=booking_id,
                kind="booking.submitted",
                params={"reference": "EPR-BENCH", "room": "R", "when": "-", "note": "-"},
                created_at=now,
            )
            for _ in range(N_RELAY)
        ]
        await Notification.bulk_create(notes, batch_size=1000)
        ids = (
            await Notification.filter(kind="booking.submitted", params__not={})
            .filter(booking_id=booking_id)
            .order_by("-id")
            .limit(N_RELAY)
            .values_list("id", flat=True)
        )
        await NotificationDelivery.bulk_create(
            [
                NotificationDelivery(notification_id=i, channel=Channel.EMAIL, next_attempt_at=now)
                for i in ids
            ],
            batch_size=1000,
        )
        pending = await NotificationDelivery.filter(status=DeliveryStatus.PENDING).count()
        t0 = time.perf_counter()
        relayed, relay_seconds = await asyncio.to_thread(run_relay_once, env)
        while await NotificationDelivery.filter(status=DeliveryStatus.PENDING).count():
            if time.perf_counter() - t0 > 300:
                break
            await asyncio.sleep(0.2)
            if int(time.perf_counter() - t0) % 5 == 0:
                client.send_task("tasks.jobs.relay_outbox", queue=QUEUE)  # as beat would
        elapsed = time.perf_counter() - t0
        still = await NotificationDelivery.filter(status=DeliveryStatus.PENDING).count()
        with recorder.lock:
            duplicates = sum(1 for c in recorder.count.values() if c > 1)
            received = len(recorder.count)
        sink = await asyncio.to_thread(probe_sink, smtp_port)
        delivered_rate = (pending - still) / elapsed

        lines = [
            f"ePesanRuangan worker benchmark  {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            f"how: {os.cpu_count()} cores shared by PostgreSQL, Redis, one Celery worker (prefork, 2 children), the SMTP server and this driver;",
            "     latency = commit of submitBooking in this process -> SMTP DATA accepted (aiosmtpd in this process), relay enqueued right after commit",
            f"latency over {N_LATENCY} transitions (sequential): p50 {statistics.median(latencies):.1f} ms, "
            f"p95 {pct(latencies, 0.95):.1f} ms, max {max(latencies):.1f} ms   (target p95 < 2000 ms)",
            f"relay task: {relayed} pending rows selected and enqueued in batches in {relay_seconds:.2f} s = "
            f"{relayed / relay_seconds:.0f} rows/s (target >= 1000 rows/s)",
            f"delivered: {pending} rows -> {pending - still} e-mails accepted in {elapsed:.2f} s = {delivered_rate:.0f} rows/s; "
            f"still pending {still}; e-mails received twice: {duplicates} (of {received})",
            f"baseline: the SMTP sink (aiosmtpd, Python) takes {sink:.0f} msgs/s from one client process over one "
            f"connection, measured in the same run; delivery runs at {delivered_rate / sink:.2f}x that ceiling",
        ]
        print("\n".join(lines))
        out = ROOT / "bench" / "results" / "workers.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("\n".join(lines) + "\n")
    finally:
        worker.terminate()
        worker.wait(timeout=20)
        controller.stop()
        await close_db()
        await admin(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
