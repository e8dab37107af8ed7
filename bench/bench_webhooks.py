"""Webhook delivery rate to a local receiver (issue #17).

Creates (and drops) the PostgreSQL database ``epesan_bench_webhooks``, migrates it, registers one
endpoint on loopback (``webhook_allow_private_targets``), writes N messages into the outbox as
``booking.booking_changed`` writes them (a realistic ~700-byte body each), and times how long this
process (the embedded worker's code: ``tasks.work.send_due_webhooks``, rounds of 500, claimed
with a lease, signed with ``standardwebhooks``, posted with httpx to the checked address) takes to
deliver them all, for each concurrency asked for (``webhook_concurrency``: messages in flight).

The receiver is a separate process (uvicorn, a bare ASGI app, one worker) that verifies every
signature with the ``standardwebhooks`` package and counts distinct message ids; the run checks
that it got each message exactly once. Sender and receiver share the machine's cores.

    python bench/bench_webhooks.py [--messages 2000] [--concurrency 1 8 32]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import PG, admin, free_port
from booking import webhooks
from booking.clock import now
from booking.db import close_db, init_db, migrate_db
from booking.enums import DeliveryStatus, WebhookEventType
from booking.models import WebhookDelivery, WebhookEndpoint
from booking.settings import Settings
from tasks import work
from tasks.webhooks import HttpWebhookSender

DB = "epesan_bench_webhooks"
RECEIVER = """
import os
from standardwebhooks import Webhook
hook = Webhook(os.environ["BENCH_SECRET"])
ids = set()
bad = 0

async def app(scope, receive, send):
    global bad
    if scope["type"] != "http":
        return
    body, more = b"", True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = message.get("more_body", False)
    if scope["method"] == "GET":
        text = f"{len(ids)} {bad}".encode()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": text})
        return
    headers = {k.decode(): v.decode() for k, v in scope["headers"]}
    try:
        hook.verify(body, headers)
        ids.add(headers["webhook-id"])
        status = 204
    except Exception:
        bad += 1
        status = 401
    await send({"type": "http.response.start", "status": status, "headers": []})
    await send({"type": "http.response.body", "body": b""})
"""


def body(i: int) -> dict[str, object]:
    return {
        "booking": {
            "id": webhooks.global_id("Booking", i),
            "reference": f"EPR-2026-{i:06d}",
            "status": "APPROVED",
            "previousStatus": "SCHEDULING",
            "title": "Rapat Koordinasi Penanganan Banjir Jakarta Utara",
            "participants": 40,
            "startsAt": "2026-12-05T02:00:00Z",
            "endsAt": "2026-12-05T04:00:00Z",
            "room": {"id": webhooks.global_id("Room", 3), "code": "G3-01", "name": "Ruang Rapat"},
            "agencyId": webhooks.global_id("Agency", 7),
            "seriesId": None,
        },
        "action": "APPROVE",
        "actorRole": "SERVICE_HEAD",
        "note": "Disetujui sesuai jadwal.",
    }


async def write_messages(endpoint: WebhookEndpoint, count: int) -> None:
    at = now()
    event = WebhookEventType.BOOKING_STATUS_CHANGED
    rows = [webhooks.message_row(endpoint, event, body(i), at) for i in range(count)]
    await WebhookDelivery.bulk_create(rows, batch_size=1000)


async def received(base: str) -> tuple[int, int]:
    async with httpx.AsyncClient() as client:
        got, bad = (await client.get(base)).text.split()
    return int(got), int(bad)


async def run(settings: Settings, url: str, count: int, lanes: int) -> dict[str, float]:
    await WebhookDelivery.all().delete()
    await WebhookEndpoint.all().delete()
    secret = os.environ["BENCH_SECRET"]
    endpoint = await WebhookEndpoint.create(
        url=url, secret=secret, event_types=[e.value for e in WebhookEventType], created_at=now()
    )
    await write_messages(endpoint, count)
    tuned = settings.model_copy(update={"webhook_concurrency": lanes})
    sender = HttpWebhookSender()
    before, _ = await received(url)
    started, cpu = time.perf_counter(), time.process_time()
    while True:
        done = await work.send_due_webhooks(sender, tuned)
        if not done:
            break
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    await sender.close()
    sent = await WebhookDelivery.filter(status=DeliveryStatus.SENT).count()
    after, bad = await received(url)
    return {
        "lanes": lanes,
        "seconds": seconds,
        "cpu": cpu_seconds,
        "sent": sent,
        "received": after - before,
        "bad": bad,
        "rate": sent / seconds if seconds else 0.0,
    }


@contextmanager
def receiver_process() -> Iterator[str]:
    """The receiver (uvicorn, one process) on a free loopback port; its URL."""
    port = free_port()
    app = Path(f"/tmp/epesan_bench_receiver_{os.getpid()}.py")
    app.write_text(RECEIVER)
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", f"{app.stem}:app", "--port", str(port), "--log-level",
         "warning", "--app-dir", str(app.parent)],
        env=os.environ.copy(),
    )  # fmt: skip
    try:
        yield f"http://127.0.0.1:{port}/hooks"
    finally:
        process.terminate()
        process.wait(10)
        app.unlink(missing_ok=True)


async def measure(url: str, count: int, concurrency: list[int]) -> list[dict[str, float]]:
    await admin(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
    await admin(f'CREATE DATABASE "{DB}"')
    settings = Settings(database_url=f"{PG}/{DB}", webhook_allow_private_targets=True)
    results = []
    try:
        for _ in range(100):
            try:
                await received(url)
                break
            except httpx.HTTPError:
                await asyncio.sleep(0.1)
        await migrate_db(settings)
        await init_db(settings)
        for lanes in concurrency:
            results.append(await run(settings, url, count, lanes))
            print(f"concurrency {lanes}: done", flush=True)
    finally:
        await close_db()
        await admin(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    args = parser.parse_args()
    os.environ["BENCH_SECRET"] = webhooks.new_secret()
    with receiver_process() as url:
        results = asyncio.run(measure(url, args.messages, args.concurrency))
    print(f"\n{args.messages:,} messages to a local receiver (uvicorn, verifies every signature)")
    print(f"{'in flight':>9} {'seconds':>8} {'msg/s':>8} {'CPU s':>7} {'sent':>6} {'received':>8}")
    for r in results:
        print(
            f"{r['lanes']:9d} {r['seconds']:8.2f} {r['rate']:8.0f} {r['cpu']:7.2f} "
            f"{r['sent']:6.0f} {r['received']:8.0f}" + ("  BAD SIGNATURES" if r["bad"] else "")
        )
    print(
        "\nseconds: wall time from the first claim to an empty outbox (claim, target check, sign, "
        "POST, record the attempt, per message);\nCPU s: this process only (the receiver is "
        "another process on the same 2 shared cores)."
    )
    return 0 if all(r["received"] == r["sent"] == args.messages for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
