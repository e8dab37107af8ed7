"""Benchmark of live updates: booking change committed -> availabilityChanged pushed to N clients.

Run from the project root with the venv active, PostgreSQL and Redis on loopback::

    python bench/bench_live.py [--n 1000,2000] [--seconds 60]

It creates (and drops) the PostgreSQL database ``epesan_bench_live``, starts two uvicorn processes
sharing Redis (db 11, a channel prefix of its own), then for each N:

1. opens N websockets (graphql-transport-ws, raw ``websockets``), half per server, from two client
   processes (so receiving does not delay the changes' cadence), each subscribed to
   ``availabilityChanged`` of the same room-day, and waits for the first (current) state;
2. memory per idle connection: VmRSS of both servers after - before, divided by N;
3. one booking change every 100 ms in this process through the domain (submit a new booking, or
   cancel the oldest once a window of slots is full); every state of the day has a distinct set of
   booking ids, so each pushed day view names the change it shows; latency = receipt - time the
   domain call returned (commit), per subscriber and change; delivered = distinct changes seen
   (drop-to-latest may coalesce some); server CPU from /proc/<pid>/stat, also per message
   received (the figure least affected by other load on the machine). Latencies compare
   ``time.perf_counter()`` across processes (CLOCK_MONOTONIC, one clock per machine on Linux).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import os
import resource
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
import orjson
import websockets

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common import admin, free_port, pct, tiny_pdf  # noqa: E402 (bench/ is the script's folder)

DB = "epesan_bench_live"
PG = "postgres://postgres@127.0.0.1:5432"
DB_URL = f"{PG}/{DB}"
REDIS = "redis://127.0.0.1:6379/11"
PREFIX = f"epesan:benchlive{uuid.uuid4().hex[:6]}"
JKT = ZoneInfo("Asia/Jakarta")
PDF = tiny_pdf()  # a letter must parse and have a page
WINDOW = 8  # 30-minute slots from 08:00 held at once
PERIOD = 0.1
NOFILE = 20000
CLK = os.sysconf("SC_CLK_TCK")
SUBSCRIPTION = """subscription($d: Date!, $r: [ID!]) {
  availabilityChanged(date: $d, roomIds: $r) { busy { booking { id } } } }"""


def raise_nofile() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = NOFILE if hard == resource.RLIM_INFINITY else min(NOFILE, hard)
    resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK  # utime, stime


def log_tails(folder: Path) -> list[str]:
    lines = []
    for log in sorted(folder.glob("*.log")):
        text = log.read_text(errors="replace").strip()
        if text:
            tail = text.splitlines()[-5:]
            lines.append(f"{log.name} (last lines): " + " | ".join(x[:160] for x in tail))
    return lines


async def pg_pids() -> list[int]:
    """The PostgreSQL backends serving the bench database (servers' pools and this driver's)."""
    conn = await asyncpg.connect(f"{PG}/postgres")
    try:
        rows = await conn.fetch("SELECT pid FROM pg_stat_activity WHERE datname = $1", DB)
        return [r["pid"] for r in rows]
    finally:
        await conn.close()


def cpu_of(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError):
            total += cpu_seconds(pid)
    return total


def start_server(port: int, log: Path, extra: list[str], db_query: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "EPESAN_DATABASE_URL": f"{DB_URL}?{db_query}" if db_query else DB_URL,
        "EPESAN_LIVE_REDIS_URL": REDIS,
        "EPESAN_LIVE_CHANNEL_PREFIX": PREFIX,
        "EPESAN_EMBEDDED_WORKER": "false",
        "EPESAN_WS_INIT_TIMEOUT_SECONDS": "60",
    }
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "api.app:create_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--backlog",
        "4096",
        "--ws-per-message-deflate",
        "false",  # as `epesan serve` (EPESAN_WS_COMPRESSION=false)
        *extra,
    ]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        preexec_fn=raise_nofile,
    )


def wait_health(port: int, within: float = 60.0) -> None:
    deadline = time.monotonic() + within
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"server on {port} not healthy")
        time.sleep(0.2)


class Subscriber:
    def __init__(self, url: str, token: str, variables: dict[str, Any]) -> None:
        self.url = url
        self.token = token
        self.variables = variables
        self.received: list[tuple[float, bytes | str]] = []
        self.error: str | None = None
        self.ready = asyncio.Event()
        self.ws: Any = None

    async def run(self, opening: asyncio.Semaphore) -> None:
        try:
            async with opening:
                self.ws = await websockets.connect(
                    self.url,
                    subprotocols=["graphql-transport-ws"],  # type: ignore[list-item]
                    ping_interval=None,
                    open_timeout=60,
                    max_size=2**22,
                )
                await self.ws.send(
                    orjson.dumps(
                        {"type": "connection_init", "payload": {"token": self.token}}
                    ).decode()
                )
                ack = orjson.loads(await asyncio.wait_for(self.ws.recv(), 60))
                if ack.get("type") != "connection_ack":
                    raise RuntimeError(f"no ack: {ack}")
                message = {
                    "id": "1",
                    "type": "subscribe",
                    "payload": {"query": SUBSCRIPTION, "variables": self.variables},
                }
                await self.ws.send(orjson.dumps(message).decode())
                first = orjson.loads(await asyncio.wait_for(self.ws.recv(), 60))
                if first.get("type") != "next" or first["payload"].get("errors"):
                    raise RuntimeError(f"first message: {str(first)[:200]}")
            self.ready.set()
            async for raw in self.ws:
                self.received.append((time.perf_counter(), raw))
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self.error = f"{type(exc).__name__}: {str(exc)[:120]}"
            self.ready.set()

    async def close(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.ws.close(), 5)


def state_key(raw: bytes | str) -> frozenset[str] | None:
    """The booking ids a pushed day view shows (each state of the day has its own set)."""
    data = orjson.loads(raw)
    if data.get("type") != "next":
        return None
    payload = data["payload"]
    if payload.get("errors"):
        return None
    [day] = payload["data"]["availabilityChanged"]
    return frozenset(b["booking"]["id"] for b in day["busy"] if b["booking"])


CLIENT_PROCESSES = 2


def client_process(
    conn: Connection, urls: list[str], token: str, variables: dict[str, Any], count: int, first: int
) -> None:
    """A process of websocket clients (the change-maker keeps its own process and cadence)."""
    raise_nofile()
    asyncio.run(run_clients(conn, urls, token, variables, count, first))


async def run_clients(
    conn: Connection, urls: list[str], token: str, variables: dict[str, Any], count: int, first: int
) -> None:
    opening = asyncio.Semaphore(50)
    subs = [Subscriber(urls[(first + i) % 2], token, variables) for i in range(count)]
    tasks = [asyncio.create_task(s.run(opening)) for s in subs]
    try:
        waiting = [asyncio.create_task(s.ready.wait()) for s in subs]
        _, pending = await asyncio.wait(waiting, timeout=180)
        for w in pending:
            w.cancel()
        live = [s for s in subs if s.ready.is_set() and not s.error]
        reasons: dict[str, int] = {}
        for s in subs:
            if s.error or not s.ready.is_set():
                key = s.error or "not ready within 180 s"
                reasons[key] = reasons.get(key, 0) + 1
        conn.send((len(live), reasons))
        await asyncio.to_thread(conn.recv)  # changes start
        for s in live:
            s.received.clear()
        cpu0 = cpu_seconds(os.getpid())
        conn.send("cleared")
        await asyncio.to_thread(conn.recv)  # changes and drain over
        cpu = cpu_seconds(os.getpid()) - cpu0
        received = [[(t, state_key(raw)) for t, raw in s.received] for s in live]
        conn.send((received, sum(1 for s in live if s.error), cpu))
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await asyncio.gather(*(s.close() for s in subs), return_exceptions=True)


async def run_level(
    n: int,
    seconds: float,
    period: float,
    ports: list[int],
    pids: list[int],
    token: str,
    variables: dict[str, Any],
    change: Any,
    out: list[str],
) -> bool:
    out.append(f"--- N = {n} connections ({n // 2} per process), changes for {seconds:.0f} s ---")
    rss0 = [rss_kib(p) for p in pids]
    urls = [f"ws://127.0.0.1:{p}/graphql" for p in ports]
    spawn = multiprocessing.get_context("spawn")
    pipes = []
    procs = []
    share = n // CLIENT_PROCESSES
    for i in range(CLIENT_PROCESSES):
        count = share if i < CLIENT_PROCESSES - 1 else n - share * (CLIENT_PROCESSES - 1)
        mine, theirs = spawn.Pipe()
        proc = spawn.Process(
            target=client_process, args=(theirs, urls, token, variables, count, i * share)
        )
        proc.start()
        pipes.append(mine)
        procs.append(proc)
    ok = True
    try:
        t_open = time.perf_counter()
        opened = [await asyncio.to_thread(c.recv) for c in pipes]
        open_s = time.perf_counter() - t_open
        live = sum(o[0] for o in opened)
        reasons: dict[str, int] = {}
        for _, r in opened:
            for k, v in r.items():
                reasons[k] = reasons.get(k, 0) + v
        out.append(
            f"opened {live}/{n} subscriptions in {open_s:.1f} s ({CLIENT_PROCESSES} client "
            "processes)" + (f"; failures: {reasons}" if reasons else "")
        )
        await asyncio.sleep(3)  # idle
        rss1 = [rss_kib(p) for p in pids]
        grown = sum(rss1) - sum(rss0)
        per = grown / max(1, live)
        out.append(
            f"server RSS before {rss0} KiB, idle with connections {rss1} KiB: "
            f"+{grown} KiB = {per:.1f} KiB per idle connection (target < 64)"
        )
        if not live:
            return False
        for c in pipes:
            c.send("clear")
        for c in pipes:
            await asyncio.to_thread(c.recv)

        commits: dict[frozenset[str], tuple[int, float]] = {}
        backends = await pg_pids()
        cpu0 = [cpu_seconds(p) for p in pids]
        pg0 = cpu_of(backends)
        me0 = cpu_seconds(os.getpid())
        wall0 = time.perf_counter()
        count = round(seconds / period)
        late = 0
        for k in range(count):
            due = wall0 + k * period
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            else:
                late += 1
            state = await change()
            commits[state] = (k, time.perf_counter())
        await asyncio.sleep(5)  # drain
        wall = time.perf_counter() - wall0
        cpu = [(cpu_seconds(p) - c) / wall for p, c in zip(pids, cpu0, strict=True)]
        pg_cpu = (cpu_of(backends) - pg0) / wall
        me_cpu = (cpu_seconds(os.getpid()) - me0) / wall
        for c in pipes:
            c.send("stop")
        reports = [await asyncio.to_thread(c.recv) for c in pipes]
        received = [r for report in reports for r in report[0]]
        errors_after = sum(report[1] for report in reports)
        clients_cpu = sum(report[2] for report in reports) / wall
        final = max(commits.items(), key=lambda item: item[1][0])[0]

        latencies: list[float] = []
        messages = 0
        delivered = 0
        unknown = 0
        final_seen = 0
        for sightings in received:
            if sightings and sightings[-1][1] == final:
                final_seen += 1
            seen: set[int] = set()
            for t, key in sightings:
                messages += 1
                if key is None or key not in commits:
                    unknown += 1
                    continue
                k, committed = commits[key]
                if k not in seen:
                    seen.add(k)
                    latencies.append((t - committed) * 1000)
            delivered += len(seen)
        expected = count * live
        out.append(
            f"{count} changes every {period * 1000:.0f} ms ({late} started late); "
            f"messages received {messages}, distinct changes seen {delivered} / expected "
            f"{expected} ({100 * delivered / expected:.2f} %), unmatched/error messages {unknown}, "
            f"connections lost during changes {errors_after}; "
            f"subscribers whose last message is the final state {final_seen}/{live}; "
            f"messages per subscriber per second {messages / live / wall:.2f}"
        )
        if latencies:
            out.append(
                f"commit -> receipt latency: p50 {statistics.median(latencies):.1f} ms, "
                f"p99 {pct(latencies, 0.99):.1f} ms, max {max(latencies):.1f} ms (target p99 < 500)"
            )
            ok = pct(latencies, 0.99) < 500 and delivered == expected
        else:
            ok = False
        out.append(
            "server CPU during changes (1.0 = one core): "
            + ", ".join(f"{c:.2f}" for c in cpu)
            + f"; PostgreSQL backends of the db ({len(backends)}) {pg_cpu:.2f}; "
            f"change-maker {me_cpu:.2f}; clients {clients_cpu:.2f}; servers' CPU per message "
            f"received {1000 * sum(cpu) * wall / max(1, messages):.3f} ms"
        )
    finally:
        for c in pipes:
            with contextlib.suppress(OSError):
                c.send("stop")
        for proc in procs:
            await asyncio.to_thread(proc.join, 30)
            if proc.is_alive():
                proc.kill()
        await asyncio.sleep(2)
    return ok


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", default="1000,2000", help="connection counts, comma-separated")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--period", type=float, default=PERIOD, help="seconds between changes")
    parser.add_argument(
        "--db-query", default="", help="servers' database URL query, e.g. 'maxsize=8' (pool size)"
    )
    parser.add_argument(
        "--server-args",
        default="",
        help="more uvicorn options, e.g. '--ws-per-message-deflate true'",
    )
    args = parser.parse_args()
    levels = [int(x) for x in args.n.split(",")]

    raise_nofile()
    os.environ.update(
        EPESAN_DATABASE_URL=DB_URL,
        EPESAN_LIVE_REDIS_URL=REDIS,
        EPESAN_LIVE_CHANNEL_PREFIX=PREFIX,
        EPESAN_EMBEDDED_WORKER="false",
    )
    from api.ids import encode_id
    from booking import auth, events, operations
    from booking.auth import hash_password
    from booking.db import close_db, init_db, migrate_db
    from booking.enums import Role
    from booking.models import Agency, Room, User
    from booking.settings import get_settings
    from live.publisher import EventPublisher
    from live.redis import RedisPublisher
    from storage.local import LocalFolderStore

    await admin(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
    await admin(f'CREATE DATABASE "{DB}"')
    servers: list[subprocess.Popen[bytes]] = []
    logs = Path(tempfile.mkdtemp(prefix="bench-live-"))
    publisher = RedisPublisher(REDIS, PREFIX)
    relay = EventPublisher(publisher.hub, publisher)
    out: list[str] = [
        f"ePesanRuangan live-update benchmark  {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"how: {os.cpu_count()} cores shared by PostgreSQL, Redis, two uvicorn processes, "
        f"{CLIENT_PROCESSES} websocket client processes and this change-maker;",
        "     latency = domain call returned in this process -> day view received by a client",
    ]
    try:
        settings = get_settings().model_copy(update={"database_url": DB_URL})
        await migrate_db(settings)
        await init_db(settings)
        events.add_publisher(relay)
        agency = await Agency.create(code="BENCH", name="Dinas Bench")
        pw = hash_password("bench-password-1")
        requester = await User.create(
            nrk="100001", name="Operator", roles=[Role.REQUESTER.value], agency=agency,
            password_hash=pw,
        )  # fmt: skip
        await User.create(
            nrk="200001", name="Petugas", roles=[Role.SERVICE_OFFICER.value], agency=agency,
            email="petugas@example.test", password_hash=pw,
        )  # fmt: skip
        rooms = [
            await Room.create(code=f"R{i}", name=f"Ruang {i}", building="G", floor="1", capacity=50)
            for i in range(4)
        ]
        room = rooms[0]
        token = (await auth.login("100001", "bench-password-1", settings)).token
        store = LocalFolderStore(Path(tempfile.mkdtemp()))
        day = date.today() + timedelta(days=7)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        variables = {"d": day.isoformat(), "r": [encode_id("Room", room.id)]}
        held: list[tuple[int, int]] = []  # (booking id, slot) in creation order

        async def change() -> frozenset[str]:
            if len(held) < WINDOW:
                used = {s for _, s in held}
                slot = min(s for s in range(WINDOW) if s not in used)
                start = datetime.combine(day, dtime(8, 0), tzinfo=JKT) + timedelta(
                    minutes=30 * slot
                )
                draft = operations.BookingDraft(
                    room_id=room.id, starts_at=start, ends_at=start + timedelta(minutes=30),
                    title="Rapat", purpose="Bench", participants=10,
                )  # fmt: skip
                result = await operations.submit(
                    requester, draft, letter=PDF, idempotency_key=secrets.token_hex(8),
                    store=store, settings=settings,
                )  # fmt: skip
                held.append((result.booking.id, slot))
            else:
                booking_id, _ = held.pop(0)
                await operations.cancel(requester, booking_id, "bench", settings=settings)
            return frozenset(encode_id("Booking", b) for b, _ in held)

        ports = [free_port(), free_port()]
        extra = args.server_args.split()
        servers = [start_server(p, logs / f"server-{p}.log", extra, args.db_query) for p in ports]
        for p in ports:
            await asyncio.to_thread(wait_health, p)
        pids = [s.pid for s in servers]
        out.append(
            f"servers: pids {pids} on ports {ports}, uvicorn options {extra}, database URL "
            f"query {args.db_query!r}, logs in {logs}"
        )
        for line in out:
            print(line, flush=True)
        for n in levels:
            mark = len(out)
            try:
                passed = await run_level(
                    n, args.seconds, args.period, ports, pids, token, variables, change, out
                )
            except Exception as exc:
                out.append(f"N = {n} failed: {type(exc).__name__}: {exc}")
                passed = False
            out.append(f"N = {n}: {'meets' if passed else 'MISSES'} the targets")
            for line in out[mark:]:
                print(line, flush=True)
            dead = [s.pid for s in servers if s.poll() is not None]
            if dead:
                out.append(f"server processes died: {dead}")
                break
    finally:
        for s in servers:
            if s.poll() is None:
                s.send_signal(signal.SIGTERM)
        for s in servers:
            try:
                s.wait(15)
            except subprocess.TimeoutExpired:
                s.kill()
        out.extend(log_tails(logs))
        events.remove_publisher(relay)
        await publisher.close()
        await close_db()
        await admin(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
        results = ROOT / "bench" / "results" / "live.txt"
        results.parent.mkdir(exist_ok=True)
        results.write_text("\n".join(out) + "\n")
        print(f"written to {results}")


if __name__ == "__main__":
    asyncio.run(main())
