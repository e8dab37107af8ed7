"""End-to-end benchmark of the ePesanRuangan GraphQL API against a real uvicorn server.

Run from the project root with the venv active::

    python bench/bench_api.py            # full run (about 3 minutes)
    python bench/bench_api.py --quick    # shorter phases, for a smoke test
    python bench/bench_api.py --workers 1 --profile --py-spy  # and where the time goes
    python bench/bench_api.py --workers 1 --skip-races --rooms 500 --bookings 200000 \
        --days 365 --crowded-room-day 2000   # the scale rows of issue #15

It creates (and drops at the end) its own PostgreSQL database, seeds 50 rooms and 20,000 bookings
over 182 days with COPY (``--rooms``, ``--bookings``, ``--days``: a period longer than 182 days
reaches back into the past; ``--crowded-room-day N``: one room gets N bookings on the busy day,
most of them released), starts ``epesan serve`` in a subprocess (1 worker, then 2), and measures
the ceiling ``{ __typename }``, the one-day availability of all rooms (with more than 50 rooms,
also of 50 of them: the same number of rooms shown), the free-room search and booking creation
(multipart upload) at 1 and 16 concurrent clients. It then counts SQL statements per operation
in-process, runs 20 double-booking races (``--skip-races``), prints a table and writes it to
``bench/results/latest.txt`` (``--out``). See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import io
import json
import logging
import math
import os
import pstats
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import asyncpg
from common import tiny_pdf  # bench/ is the script's folder

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "latest.txt"
PG_HOST = "127.0.0.1"
PG_PORT = 5432
PG_USER = "postgres"
DB_NAME = os.environ.get("EPESAN_BENCH_DB", "epesan_bench")
DB_URL = f"postgres://{PG_USER}@{PG_HOST}:{PG_PORT}/{DB_NAME}"
JKT = ZoneInfo("Asia/Jakarta")
PASSWORD = "Bench-password-2026!"
N_AGENCIES = 16  # one REQUESTER each; 16 different requesters race for one slot
N_ROOMS = 50
N_BOOKINGS = 20_000
SEED_DAYS = 182
OPENS, CLOSES = 7 * 60, 21 * 60
CAPACITIES = [10, 12, 16, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200, 300, 400]
EQUIPMENT = [
    ("PROJ", "Proyektor", "unit", 8),
    ("LAYAR", "Layar proyektor", "unit", 8),
    ("MIC", "Mikrofon nirkabel", "buah", 30),
    ("SOUND", "Sound system portabel", "set", 4),
    ("PODIUM", "Podium", "unit", 3),
    ("LAPTOP", "Laptop presentasi", "unit", 6),
    ("KURSI", "Kursi lipat tambahan", "buah", 200),
    ("MEJA", "Meja lipat", "buah", 40),
    ("VC", "Perangkat video conference", "set", 3),
    ("BACKDROP", "Backdrop/banner stand", "unit", 5),
]
STATUS_WEIGHTS = {
    "APPROVED": 55,
    "SUBMITTED": 25,
    "CANCELLED": 8,
    "EQUIPMENT_REVIEW": 3,
    "VALIDATION": 3,
    "SCHEDULING": 3,
    "REVISION_REQUESTED": 2,
    "REJECTED": 1,
}
#: Days before today: the booking's day is over, so most are done (as in bench_reports.py).
PAST_STATUS_WEIGHTS = {
    "COMPLETED": 45,
    "REPORTED": 20,
    "CANCELLED": 12,
    "APPROVED": 10,
    "NO_SHOW": 7,
    "REJECTED": 6,
}
PAST_ONLY = ("COMPLETED", "REPORTED")
#: Statuses that do not hold the room (booking.workflow.RELEASED_STATUSES; checked in main): the
#: no-double-booking constraint and the day view ignore them.
RELEASED = ("REJECTED", "CANCELLED", "NO_SHOW")
SHOWN_ROOMS = 50  # the day view "for the same number of rooms shown" with more rooms
CROWDED_HOLDING = 40  # holding bookings of the crowded room-day (the rest are released)
YEAR_FUTURE_DAYS = 91  # --days above SEED_DAYS: this many ahead, the rest in the past

AVAILABILITY_QUERY = """query Day($date: Date!) {
  availability(date: $date) {
    room { id code }
    busy { startsAt endsAt status agencyName booking { id reference } }
    free { startsAt endsAt }
  }
}"""
AVAILABILITY_ROOMS_QUERY = """query DayOf($date: Date!, $rooms: [ID!]) {
  availability(date: $date, roomIds: $rooms) {
    room { id code }
    busy { startsAt endsAt status agencyName booking { id reference } }
    free { startsAt endsAt }
  }
}"""
FREE_ROOMS_QUERY = """query Free($s: DateTime!, $e: DateTime!, $c: Int!) {
  freeRooms(startsAt: $s, endsAt: $e, minCapacity: $c) { id code capacity }
}"""
#: freeRooms' minCapacity (--search-min-capacity): with many rooms, a higher one answers about as
#: many rooms as the 50-room bench does (the issue's "same number of rooms shown")
SEARCH: dict[str, float] = {"min_capacity": 20}
SUBMIT_MUTATION = """mutation Submit($input: SubmitBookingInput!) {
  submitBooking(input: $input) {
    booking { id reference status }
    replayed
    errors { code message field }
  }
}"""
LOGIN_MUTATION = """mutation Login($nrk: String!, $password: String!) {
  login(input: {nrk: $nrk, password: $password}) { token errors { code } }
}"""


PDF = tiny_pdf()


# ---------------------------------------------------------------------------------------------
# database: create, migrate, seed


async def recreate_database() -> None:
    conn = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, database="postgres")
    try:
        await conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        await conn.execute(f"CREATE DATABASE {DB_NAME}")
    finally:
        await conn.close()


async def drop_database() -> None:
    conn = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, database="postgres")
    try:
        await conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
    finally:
        await conn.close()


@dataclass
class Sizes:
    """What to seed (``--rooms``, ``--bookings``, ``--days``, ``--future-days``,
    ``--crowded-room-day``); the defaults are the 50-room bench of issue #15."""

    rooms: int = N_ROOMS
    bookings: int = N_BOOKINGS
    days: int = SEED_DAYS
    future_days: int = SEED_DAYS  # of ``days``, from next Monday on; the rest are the past
    crowded: int = 0  # bookings of one room on the busy day (0: none)

    @property
    def past_days(self) -> int:
        return self.days - self.future_days


@dataclass
class Crowded:
    """The one crowded room-day: its room and how many bookings of each kind it got."""

    room_id: int
    room_code: str
    holding: int
    released: Counter[str]


@dataclass
class Dataset:
    requester_nrks: list[str]
    officer_nrk: str
    room_ids: list[int]
    room_capacity: dict[int, int]
    busy_day: date
    busy_day_bookings: int
    holding_on_busy_day: int
    holding_by_room: dict[int, int]  # holding bookings of each room on the busy day
    shown_room_ids: list[int]  # the rooms of the "50 of N rooms" day view
    bookings: int
    past_bookings: int  # on days before today (office time)
    equipment_lines: int
    first_day: date  # next Monday: the future part of the seeded period starts here
    sizes: Sizes
    crowded: Crowded | None
    seconds: float

    @property
    def period_start(self) -> date:
        return self.first_day - timedelta(days=self.sizes.past_days)

    @property
    def subset(self) -> bool:
        """True when the day view is also measured for 50 of the rooms (more than 50 rooms)."""
        return len(self.room_ids) > SHOWN_ROOMS

    @property
    def holding_shown(self) -> int:
        return sum(self.holding_by_room.get(r, 0) for r in self.shown_room_ids)


def jakarta(day: date, minute: int) -> datetime:
    """An office-local minute of ``day`` as an aware UTC datetime."""
    local = datetime(day.year, day.month, day.day, tzinfo=JKT) + timedelta(minutes=minute)
    return local.astimezone(UTC)


def next_monday(today: date) -> date:
    return today + timedelta(days=7 - today.weekday())


def shown_rooms(room_ids: list[int], crowded: int | None) -> list[int]:
    """``SHOWN_ROOMS`` rooms spread evenly over all of them, the crowded room among them."""
    n = len(room_ids)
    picked = [room_ids[i * n // SHOWN_ROOMS] for i in range(min(n, SHOWN_ROOMS))]
    if crowded is not None and crowded not in picked:
        picked[-1] = crowded
    return picked


BOOKING_COLUMNS = [
    "id",
    "requester_id",
    "agency_id",
    "room_id",
    "starts_at",
    "ends_at",
    "title",
    "purpose",
    "participants",
    "letter_key",
    "letter_content_type",
    "letter_size",
    "status",
    "status_changed_at",
    "created_at",
]


async def seed(rng: random.Random, sizes: Sizes) -> Dataset:
    """Agencies, users, rooms, equipment, then the bookings with COPY (the database's constraints,
    the no-double-booking exclusion among them, check every row as COPY writes it)."""
    from booking.auth import hash_password
    from booking.models import Agency, EquipmentItem, Room, User

    started = time.perf_counter()
    password_hash = hash_password(PASSWORD)
    await Agency.bulk_create(
        [Agency(code="BIRO-UMUM", name="Biro Umum dan Administrasi Sekretariat Daerah")]
        + [Agency(code=f"AG{i:02d}", name=f"Dinas Bench {i:02d}") for i in range(1, 17)]
    )
    agencies = await Agency.all().order_by("id")
    office = agencies[0]
    requester_agencies = agencies[1:]
    await User.bulk_create(
        [
            User(
                nrk=f"5000{i:02d}",
                name=f"Operator Bench {i:02d}",
                roles=["REQUESTER"],
                agency_id=agency.id,
                password_hash=password_hash,
            )
            for i, agency in enumerate(requester_agencies, start=1)
        ]
        + [
            User(
                nrk="600001",
                name="Petugas Pelayanan Bench",
                roles=["SERVICE_OFFICER"],
                agency_id=office.id,
                password_hash=password_hash,
            )
        ]
    )
    users = {u.nrk: u for u in await User.all()}
    requesters = [users[f"5000{i:02d}"] for i in range(1, 17)]
    await Room.bulk_create(
        [
            Room(
                code=f"R{i:02d}",
                name=f"Ruang Rapat Bench {i:02d}",
                building=f"Blok {'ABCDE'[i % 5]}",
                floor=str(1 + i % 20),
                capacity=CAPACITIES[i % len(CAPACITIES)],
                facilities=["AC", "proyektor"] if i % 2 else ["AC"],
                opens_minute=OPENS,
                closes_minute=CLOSES,
            )
            for i in range(1, sizes.rooms + 1)
        ],
        batch_size=1000,
    )
    rooms = await Room.all().order_by("id")
    await EquipmentItem.bulk_create(
        [EquipmentItem(code=c, name=n, unit=u, stock=s) for c, n, u, s in EQUIPMENT]
    )
    equipment_ids = [e.id for e in await EquipmentItem.all().order_by("id")]

    # How many bookings each room-day gets: weekdays far more than weekends; one busy day full.
    # The period ends ``future_days`` after next Monday and starts ``past_days`` before it.
    today = datetime.now(JKT).date()
    first_day = next_monday(today)
    busy_day = first_day + timedelta(days=9)  # a Wednesday
    days = [first_day + timedelta(days=d) for d in range(-sizes.past_days, sizes.future_days)]
    weights = [1.0 if d.weekday() < 5 else 0.2 for d in days]
    cap = 8
    counts: Counter[tuple[int, date]] = Counter()
    for room in rooms:
        counts[(room.id, busy_day)] = cap
    remaining = sizes.bookings - sum(counts.values())
    crowded_room = rooms[0] if sizes.crowded else None
    if crowded_room is not None:
        remaining -= sizes.crowded - cap  # its busy day gets ``crowded`` bookings instead of 8
    room_days = len(rooms) * sum(1 for d in days if d != busy_day)
    if remaining < 0 or remaining > room_days * cap * 0.8:
        raise SystemExit(
            f"--bookings {sizes.bookings:,} does not fit: {len(rooms)} rooms need at least"
            f" {sizes.bookings - remaining:,} on the busy day and at most {cap} per room-day"
            f" ({room_days:,} room-days)"
        )
    while remaining:
        day = rng.choices(days, weights)[0]
        key = (rng.choice(rooms).id, day)
        if counts[key] < cap:
            counts[key] += 1
            remaining -= 1
    if crowded_room is not None:
        del counts[(crowded_room.id, busy_day)]

    capacity = {r.id: r.capacity for r in rooms}
    now = datetime.now(UTC).replace(microsecond=0)
    booking_rows: list[tuple[Any, ...]] = []
    line_rows: list[tuple[Any, ...]] = []
    holding_by_room: Counter[int] = Counter()
    past_bookings = 0

    def add(room_id: int, day: date, start: int, end: int, status: str, r: random.Random) -> int:
        requester = r.choice(requesters)
        begins = jakarta(day, start)
        # made before it starts (a past booking) or in the last 30 days (a future one)
        created = min(now, begins) - timedelta(days=r.randint(1, 30), minutes=r.randint(0, 1439))
        changed = min(now, created + timedelta(minutes=r.randint(0, 2880)))
        booking_id = len(booking_rows) + 1
        booking_rows.append(
            (
                booking_id,
                requester.id,
                requester.agency_id,
                room_id,
                begins,
                jakarta(day, end),
                f"Rapat koordinasi {booking_id}",
                "Data benchmark: rapat koordinasi lintas SKPD.",
                r.randint(1, capacity[room_id]),
                "letters/bench/seed.pdf",
                "application/pdf",
                len(PDF),
                status,
                changed,
                created,
            )
        )
        if day == busy_day and status not in RELEASED:
            holding_by_room[room_id] += 1
        return booking_id

    for (room_id, day), n in sorted(counts.items()):
        seg = (CLOSES - OPENS) // n  # each booking stays inside its own segment: no overlap
        mix = PAST_STATUS_WEIGHTS if day < today else STATUS_WEIGHTS
        for i in range(n):
            duration = rng.randint(min(30, seg), min(seg, 180))
            start = OPENS + i * seg + rng.randint(0, seg - duration)
            status = rng.choices(list(mix), list(mix.values()))[0]
            booking_id = add(room_id, day, start, start + duration, status, rng)
            past_bookings += day < today
            if rng.random() < 0.2:
                approved = status in ("APPROVED", "SCHEDULING", "VALIDATION", *PAST_ONLY)
                for item in rng.sample(equipment_ids, rng.randint(1, 3)):
                    qty = rng.randint(1, 3)
                    line_rows.append((booking_id, item, qty, qty if approved else None))

    crowded = None
    if crowded_room is not None:
        crowded = seed_crowded(crowded_room.id, crowded_room.code, busy_day, sizes.crowded, add)

    conn = await asyncpg.connect(DB_URL)
    try:
        await conn.copy_records_to_table("booking", records=booking_rows, columns=BOOKING_COLUMNS)
        await conn.copy_records_to_table(
            "booking_equipment",
            records=line_rows,
            columns=["booking_id", "equipment_id", "requested_quantity", "approved_quantity"],
        )
        await conn.execute(
            "SELECT setval(pg_get_serial_sequence('booking', 'id'), (SELECT max(id) FROM booking))"
        )
        await conn.execute("ANALYZE")
    finally:
        await conn.close()
    room_ids = [r.id for r in rooms]
    return Dataset(
        requester_nrks=[u.nrk for u in requesters],
        officer_nrk="600001",
        room_ids=room_ids,
        room_capacity=capacity,
        busy_day=busy_day,
        busy_day_bookings=counts_for_day(counts, busy_day) + sizes.crowded,
        holding_on_busy_day=sum(holding_by_room.values()),
        holding_by_room=dict(holding_by_room),
        shown_room_ids=shown_rooms(room_ids, crowded.room_id if crowded else None),
        bookings=len(booking_rows),
        past_bookings=past_bookings,
        equipment_lines=len(line_rows),
        first_day=first_day,
        sizes=sizes,
        crowded=crowded,
        seconds=time.perf_counter() - started,
    )


def seed_crowded(
    room_id: int,
    room_code: str,
    day: date,
    n: int,
    add: Callable[[int, date, int, int, str, random.Random], int],
) -> Crowded:
    """``n`` bookings of one room on one day. 840 open minutes cannot hold that many holding
    bookings: up to ``CROWDED_HOLDING`` hold the room, each in its own slice of the day (the
    no-overlap constraint accepts them); the rest are CANCELLED or REJECTED anywhere in the
    day, overlapping freely, as the constraint and the day view ignore released bookings."""
    r = random.Random(f"crowded-{n}")  # its own stream: the rest of the dataset stays the same
    holding = min(n, CROWDED_HOLDING)
    seg = (CLOSES - OPENS) // holding
    for i in range(holding):
        duration = r.randint(min(15, seg), seg)
        start = OPENS + i * seg + r.randint(0, seg - duration)
        add(room_id, day, start, start + duration, r.choice(["APPROVED", "SUBMITTED"]), r)
    released: Counter[str] = Counter()
    for _ in range(n - holding):
        duration = r.randint(30, 180)
        start = r.randint(OPENS, CLOSES - duration)
        status = "CANCELLED" if r.random() < 0.8 else "REJECTED"
        add(room_id, day, start, start + duration, status, r)
        released[status] += 1
    return Crowded(room_id, room_code, holding, released)


def counts_for_day(counts: Counter[tuple[int, date]], day: date) -> int:
    return sum(n for (_, d), n in counts.items() if d == day)


# ---------------------------------------------------------------------------------------------
# server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    proc: subprocess.Popen[bytes]
    port: int
    workers: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def launch_server(
    workers: int,
    storage: Path,
    log_dir: Path,
    app: str,
    db_query: str,
    server: str = "serve",
    day_cache: bool = True,
    redis: str = "",
) -> Server:
    port = free_port()
    env = dict(os.environ)
    url = DB_URL + (f"?{db_query}" if db_query else "")
    env.update(
        EPESAN_DATABASE_URL=url,
        EPESAN_STORAGE_DIR=str(storage),
        EPESAN_DAY_CACHE="true" if day_cache else "false",
        # 16 clients share one officer's session: the per-user limit (4) would answer 429
        EPESAN_MAX_REQUESTS_IN_FLIGHT="64",
        EPESAN_MAX_COST_IN_FLIGHT="100000000",  # and so would the per-user budget of costs
    )
    if redis:
        env["EPESAN_LIVE_REDIS_URL"] = redis
    if server == "serve" and app == "api.app:create_app":
        # `epesan serve --workers N`: N processes, each with its own SO_REUSEPORT socket
        cmd = [sys.executable, "-m", "api.cli", "serve", "--no-migrate", "--host", "127.0.0.1"]
        cmd += ["--port", str(port), "--workers", str(workers)]
    else:  # uvicorn --workers N: one shared socket
        cmd = [sys.executable, "-m", "uvicorn", app, "--factory", "--host", "127.0.0.1"]
        cmd += ["--port", str(port), "--log-level", "warning"]
        if workers > 1:
            cmd += ["--workers", str(workers)]
    log = log_dir / f"server-{server}-{workers}w-{'cache' if day_cache else 'nocache'}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    return Server(proc, port, workers, log)


async def start_server(
    workers: int,
    storage: Path,
    log_dir: Path,
    app: str = "api.app:create_app",
    db_query: str = "",
    **options: Any,
) -> Server:
    server = launch_server(workers, storage, log_dir, app, db_query, **options)
    proc, log = server.proc, server.log
    deadline = time.monotonic() + 120
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"uvicorn exited: {log.read_text()[-2000:]}")
            with contextlib.suppress(aiohttp.ClientError):
                async with session.get(server.url + "/health") as resp:
                    if resp.status == 200:
                        break
            await asyncio.sleep(0.1)
        else:
            raise RuntimeError("the server did not answer /health within 120 s")
    if workers > 1:
        await asyncio.sleep(1.0)  # let every worker finish its lifespan start-up
    return server


def server_log_summary(log: Path) -> list[str]:
    """Exceptions the server logged, counted by their last line."""
    text = log.read_text(errors="replace") if log.exists() else ""
    found: Counter[str] = Counter()
    lines = []
    for line in text.splitlines():  # JSON log lines carry a traceback in "exception"
        event = json.loads(line) if line.startswith("{") else {}
        lines.extend(str(event["exception"]).splitlines() if "exception" in event else [line])
    for line in lines:
        match = re.match(r"^\s*([A-Za-z_][\w.]*(?:Error|Exception|Warning)):? ?(.*)$", line)
        if match and not line.startswith((" File", "Traceback")):
            found[f"{match.group(1)}: {match.group(2)[:120]}"] += 1
    if not found:
        return [
            "  server log: no exceptions"
            if text.strip() == ""
            else "  server log: no exceptions (other output only)"
        ]
    return ["  server log exceptions:", *(f"    {n}x {what}" for what, n in found.most_common(6))]


def stop_server(server: Server) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait()


# ---------------------------------------------------------------------------------------------
# CPU accounting from /proc: the server's process tree, PostgreSQL backends, this client


CLK = os.sysconf("SC_CLK_TCK")


def _proc_stats() -> dict[int, tuple[int, str, float]]:
    """pid -> (ppid, command line, cpu seconds) for every readable process."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            raw = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        rest = raw[raw.rindex(")") + 2 :].split()
        found[int(entry)] = (int(rest[1]), cmdline, (int(rest[11]) + int(rest[12])) / CLK)
    return found


def _machine_busy() -> float:
    """CPU seconds the whole machine spent busy (all cores), from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / CLK


@dataclass
class CpuSnapshot:
    server: dict[int, float]
    postgres: dict[int, float]
    client: float
    machine: float


def cpu_snapshot(server_pid: int) -> CpuSnapshot:
    """CPU seconds of the server's process tree, of the PostgreSQL backends serving the bench
    database, of this client, and of the whole machine (to see other load on the box)."""
    procs = _proc_stats()
    tree = {server_pid}
    changed = True
    while changed:
        changed = False
        for pid, (ppid, _, _) in procs.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                changed = True
    return CpuSnapshot(
        server={p: procs[p][2] for p in tree if p in procs},
        postgres={
            pid: cpu
            for pid, (_, cmd, cpu) in procs.items()
            if cmd.startswith("postgres:") and f" {DB_NAME} " in cmd
        },
        client=sum(os.times()[:2]),
        machine=_machine_busy(),
    )


def cpu_delta(before: CpuSnapshot, after: CpuSnapshot) -> tuple[float, float, float, float]:
    """(server, postgres, client, other) CPU seconds between two snapshots; processes that
    started in between count from zero, ones that ended are left out."""
    server = sum(v - before.server.get(p, 0.0) for p, v in after.server.items())
    postgres = sum(v - before.postgres.get(p, 0.0) for p, v in after.postgres.items())
    client = after.client - before.client
    other = (after.machine - before.machine) - server - postgres - client
    return server, postgres, client, max(0.0, other)


# ---------------------------------------------------------------------------------------------
# load generation


@dataclass
class RaceOutcome:
    overlaps: int  # overlapping holding bookings found in the database
    multi_winner_rounds: int  # rounds where more than one request got the slot
    zero_winner_rounds: int  # rounds where nobody got the slot
    wrong_answers: int  # losers that did not get ROOM_UNAVAILABLE
    rounds: int


@dataclass
class Result:
    name: str
    concurrency: int
    requests: int
    errors: int
    seconds: float
    latencies: list[float]
    cpu_server: float = 0.0
    cpu_postgres: float = 0.0
    cpu_client: float = 0.0
    cpu_other: float = 0.0
    cpu_split: list[float] = field(default_factory=list)  # per server process, busiest first
    notes: list[str] = field(default_factory=list)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def pct(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        index = min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))
        return ordered[index] * 1000


Call = Callable[[aiohttp.ClientSession], Awaitable[str | None]]  # returns an error or None


async def run_load(
    session: aiohttp.ClientSession,
    call: Call,
    concurrency: int,
    seconds: float,
    name: str,
    server_pid: int,
) -> Result:
    latencies: list[float] = []
    errors: list[str] = []
    cpu0 = cpu_snapshot(server_pid)
    started = time.perf_counter()
    deadline = started + seconds

    async def client() -> None:
        while time.perf_counter() < deadline:
            t0 = time.perf_counter()
            try:
                error = await call(session)
            except (TimeoutError, aiohttp.ClientError) as exc:
                error = f"{type(exc).__name__}: {exc}"
            latencies.append(time.perf_counter() - t0)
            if error:
                errors.append(error)

    await asyncio.gather(*(client() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    cpu1 = cpu_snapshot(server_pid)
    used = cpu_delta(cpu0, cpu1)
    split = sorted(
        ((v - cpu0.server.get(p, 0.0)) / elapsed for p, v in cpu1.server.items()), reverse=True
    )
    result = Result(
        name,
        concurrency,
        len(latencies),
        len(errors),
        elapsed,
        latencies,
        cpu_server=used[0] / elapsed,
        cpu_postgres=used[1] / elapsed,
        cpu_client=used[2] / elapsed,
        cpu_other=used[3] / elapsed,
        cpu_split=[share for share in split if share >= 0.01],
    )
    for error, n in Counter(errors).most_common(3):
        result.notes.append(f"{n}x {error[:200]}")
    return result


async def graphql(
    session: aiohttp.ClientSession,
    url: str,
    query: str,
    variables: dict[str, Any] | None = None,
    token: str | None = None,
) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with session.post(
        url, json={"query": query, "variables": variables or {}}, headers=headers
    ) as resp:
        body = await resp.read()
        if resp.status != 200:
            raise RuntimeError(f"HTTP {resp.status}: {body[:300]!r}")
        return json.loads(body)


def submit_form(variables: dict[str, Any]) -> aiohttp.FormData:
    """A GraphQL multipart request: operations, map, and the file part."""
    variables = {"input": {**variables["input"], "letter": None}}
    form = aiohttp.FormData()
    form.add_field(
        "operations",
        json.dumps({"query": SUBMIT_MUTATION, "variables": variables}),
        content_type="application/json",
    )
    form.add_field("map", json.dumps({"0": ["variables.input.letter"]}))
    form.add_field("0", PDF, filename="surat.pdf", content_type="application/pdf")
    return form


async def submit_http(
    session: aiohttp.ClientSession, url: str, token: str, variables: dict[str, Any]
) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}", "Apollo-Require-Preflight": "true"}
    async with session.post(url, data=submit_form(variables), headers=headers) as resp:
        body = await resp.read()
        if resp.status != 200:
            raise RuntimeError(f"HTTP {resp.status}: {body[:300]!r}")
        return json.loads(body)


def submit_error(payload: dict[str, Any]) -> str | None:
    if payload.get("errors"):
        return f"graphql: {payload['errors'][0].get('message')}"
    data = (payload.get("data") or {}).get("submitBooking") or {}
    if data.get("errors"):
        return f"submit: {data['errors'][0].get('code')} {data['errors'][0].get('message')}"
    if not data.get("booking") or data.get("replayed"):
        return "submit: no booking or replayed"
    return None


def encode_id(type_name: str, pk: int) -> str:
    from api.ids import encode_id as encode

    return encode(type_name, pk)


class SlotSource:
    """Distinct free 45-minute slots, from day ``offset_days`` after the seed start on."""

    def __init__(self, data: Dataset, offset_days: int) -> None:
        self._iter = self._slots(data, offset_days)
        self.used = 0

    @staticmethod
    def _slots(data: Dataset, offset_days: int) -> Iterator[tuple[int, datetime, datetime]]:
        day = data.first_day + timedelta(days=offset_days)
        while True:
            for hour in range(7, 21):
                for room_id in data.room_ids:
                    start = jakarta(day, hour * 60 + 7)
                    yield room_id, start, start + timedelta(minutes=45)
            day += timedelta(days=1)

    def next(self) -> tuple[int, datetime, datetime]:
        self.used += 1
        return next(self._iter)


def day_view(data: Dataset, subset: bool) -> tuple[str, dict[str, Any]]:
    """The day view's query and variables: all rooms, or (``subset``) the 50 shown rooms."""
    variables: dict[str, Any] = {"date": data.busy_day.isoformat()}
    if not subset:
        return AVAILABILITY_QUERY, variables
    variables["rooms"] = [encode_id("Room", r) for r in data.shown_room_ids]
    return AVAILABILITY_ROOMS_QUERY, variables


def submit_variables(room_id: int, start: datetime, end: datetime, key: str) -> dict[str, Any]:
    return {
        "input": {
            "idempotencyKey": key,
            "roomId": encode_id("Room", room_id),
            "startsAt": start.astimezone(JKT).isoformat(),
            "endsAt": end.astimezone(JKT).isoformat(),
            "title": "Rapat benchmark",
            "purpose": "Pengukuran kinerja pembuatan pemesanan.",
            "participants": 8,
        }
    }


# ---------------------------------------------------------------------------------------------
# scenarios


@dataclass
class Scenarios:
    url: str
    data: Dataset
    officer: str
    requesters: list[str]
    slots: SlotSource
    free_windows: list[tuple[str, str]]
    expected_free: dict[tuple[str, str], list[str]]
    rr: int = 0

    def ceiling(self) -> Call:
        async def call(session: aiohttp.ClientSession) -> str | None:
            body = await graphql(session, self.url, "{ __typename }")
            return None if body.get("data") == {"__typename": "Query"} else str(body)[:200]

        return call

    def ceiling_auth(self) -> Call:
        async def call(session: aiohttp.ClientSession) -> str | None:
            body = await graphql(session, self.url, "{ __typename }", token=self.officer)
            return None if body.get("data") == {"__typename": "Query"} else str(body)[:200]

        return call

    def availability(self, subset: bool = False) -> Call:
        """The day view of the busy day: every room, or (``subset``) the 50 shown rooms."""
        query, variables = day_view(self.data, subset)
        rooms = len(self.data.shown_room_ids) if subset else len(self.data.room_ids)
        expected_busy = self.data.holding_shown if subset else self.data.holding_on_busy_day

        async def call(session: aiohttp.ClientSession) -> str | None:
            body = await graphql(session, self.url, query, variables, self.officer)
            if body.get("errors"):
                return str(body["errors"])[:200]
            days = body["data"]["availability"]
            busy = sum(len(d["busy"]) for d in days)
            if len(days) != rooms or busy != expected_busy:
                return (
                    f"availability: {len(days)} rooms, {busy} busy"
                    f" (want {rooms} rooms, {expected_busy} busy)"
                )
            return None

        return call

    def free_rooms(self) -> Call:
        async def call(session: aiohttp.ClientSession) -> str | None:
            self.rr += 1
            s, e = self.free_windows[self.rr % len(self.free_windows)]
            body = await graphql(
                session,
                self.url,
                FREE_ROOMS_QUERY,
                {"s": s, "e": e, "c": SEARCH["min_capacity"]},
                self.officer,
            )
            if body.get("errors"):
                return str(body["errors"])[:200]
            got = sorted(room["code"] for room in body["data"]["freeRooms"])
            want = self.expected_free[(s, e)]
            return None if got == want else f"freeRooms: {len(got)} rooms, want {len(want)}"

        return call

    def submit(self) -> Call:
        async def call(session: aiohttp.ClientSession) -> str | None:
            room_id, start, end = self.slots.next()
            self.rr += 1
            token = self.requesters[self.rr % len(self.requesters)]
            variables = submit_variables(room_id, start, end, f"bench-{uuid.uuid4().hex}")
            return submit_error(await submit_http(session, self.url, token, variables))

        return call


async def login_all(session: aiohttp.ClientSession, url: str, data: Dataset) -> dict[str, str]:
    tokens = {}
    for nrk in [*data.requester_nrks, data.officer_nrk]:
        body = await graphql(session, url, LOGIN_MUTATION, {"nrk": nrk, "password": PASSWORD})
        payload = body["data"]["login"]
        if not payload["token"]:
            raise RuntimeError(f"login {nrk} failed: {payload['errors']}")
        tokens[nrk] = payload["token"]
    return tokens


def free_windows(data: Dataset, rng: random.Random) -> list[tuple[str, str]]:
    """64 one- to three-hour windows on seeded weekdays from next Monday on (office time)."""
    windows = []
    while len(windows) < 64:
        day = data.first_day + timedelta(days=rng.randint(0, data.sizes.future_days - 1))
        if day.weekday() >= 5:
            continue
        start = rng.randint(8 * 60, 17 * 60)
        s = jakarta(day, start).astimezone(JKT)
        e = s + timedelta(minutes=rng.choice([60, 90, 120, 180]))
        windows.append((s.isoformat(), e.isoformat()))
    return windows


async def expected_free_rooms(windows: list[tuple[str, str]]) -> dict[tuple[str, str], list[str]]:
    """What freeRooms(minCapacity) must answer for each window, straight from SQL."""
    from tortoise import Tortoise

    conn = Tortoise.get_connection("default")
    expected = {}
    for s, e in windows:
        rows = await conn.execute_query_dict(
            "SELECT code FROM room r WHERE r.is_active AND r.capacity >= $3 AND NOT EXISTS ("
            " SELECT 1 FROM booking b WHERE b.room_id = r.id"
            f" AND b.status NOT IN {RELEASED}"
            " AND b.starts_at < $2 AND b.ends_at > $1) ORDER BY code",
            [datetime.fromisoformat(s), datetime.fromisoformat(e), SEARCH["min_capacity"]],
        )
        expected[(s, e)] = [row["code"] for row in rows]
    shown = sum(len(codes) for codes in expected.values()) / len(expected)
    SEARCH["shown"] = round(shown, 1)
    print(
        f"  free-room search: minCapacity {SEARCH['min_capacity']},"
        f" {shown:.1f} rooms answered on average over {len(expected)} windows",
        flush=True,
    )
    return expected


async def race(
    session: aiohttp.ClientSession,
    url: str,
    data: Dataset,
    requester_tokens: list[str],
    rounds: int,
    offset_days: int,
) -> tuple[list[int], Counter[str]]:
    """Each round: 16 requesters submit the same room and slot at once."""
    wins: list[int] = []
    losers: Counter[str] = Counter()

    async def one(
        token: str, slot: tuple[int, datetime, datetime], go: asyncio.Event
    ) -> str | None:
        await go.wait()
        variables = submit_variables(*slot, f"race-{uuid.uuid4().hex}")
        return submit_error(await submit_http(session, url, token, variables))

    for r in range(rounds):
        room_id = data.room_ids[r % len(data.room_ids)]
        day = data.first_day + timedelta(days=offset_days + r // len(data.room_ids))
        start = jakarta(day, 10 * 60 + 3)
        slot = (room_id, start, start + timedelta(minutes=97))
        go = asyncio.Event()
        tasks = [asyncio.ensure_future(one(t, slot, go)) for t in requester_tokens]
        await asyncio.sleep(0.01)  # every task is parked on the event
        go.set()
        outcomes = await asyncio.gather(*tasks)
        wins.append(sum(1 for o in outcomes if o is None))
        for o in outcomes:
            if o:
                losers[o.split(" ")[1] if o.startswith("submit:") else o[:60]] += 1
    return wins, losers


async def count_overlaps(seeded: int) -> int:
    """Pairs of overlapping holding bookings of one room, the later one made by the bench (ids
    above ``seeded``): the seeded rows went through the same constraint, and a join of every pair
    of a room's bookings costs seconds at 200,000."""
    from tortoise import Tortoise

    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict(
        "SELECT count(*) AS n FROM booking a JOIN booking b"
        " ON a.room_id = b.room_id AND a.id < b.id"
        " AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at"
        f" WHERE a.status NOT IN {RELEASED}"
        f" AND b.status NOT IN {RELEASED} AND b.id > $1",
        [seeded],
    )
    return int(rows[0]["n"])


# ---------------------------------------------------------------------------------------------
# SQL statements per request, in-process


class CountingHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = str(record.msg)
        if message.startswith(("Created connection pool", "Closed connection pool")):
            return
        self.statements.append(message if not record.args else str(record.args[0]))


class WireCounter:
    """Counts every statement asyncpg sends (this includes BEGIN/COMMIT, which Tortoise
    does not log)."""

    METHODS = ("execute", "executemany", "fetch", "fetchrow", "fetchval")

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.active = False
        self._saved: dict[str, Any] = {}

    def install(self) -> None:
        cls = asyncpg.connection.Connection
        for name in self.METHODS:
            original = getattr(cls, name)
            self._saved[name] = original

            def wrapper(conn: Any, *args: Any, _orig: Any = original, **kw: Any) -> Any:
                if self.active:
                    self.sent.append(_kind(str(args[0]) if args else "?"))
                return _orig(conn, *args, **kw)

            setattr(cls, name, wrapper)

    def uninstall(self) -> None:
        for name, original in self._saved.items():
            setattr(asyncpg.connection.Connection, name, original)


def _kind(sql: str) -> str:
    if sql.startswith("SELECT pg_advisory_unlock_all()"):
        return "pool-reset"  # asyncpg's reset query when a connection goes back to the pool
    return sql.split(None, 1)[0].upper() if sql.strip() else "?"


def MemoryUpload(data: bytes) -> Any:
    """The letter as the multipart parser hands it to the API (an in-memory UploadFile)."""
    from starlette.datastructures import Headers, UploadFile

    headers = Headers({"content-type": "application/pdf"})
    return UploadFile(io.BytesIO(data), size=len(data), filename="surat.pdf", headers=headers)


@dataclass
class InProcess:
    settings: Any
    schema: Any
    store: Any
    tokens: dict[str, str]
    data: Dataset
    slots: SlotSource
    free_windows: list[tuple[str, str]]

    async def run(self, op: str, i: int = 0) -> tuple[Any, Any]:
        from api.context import Context
        from booking import auth

        if op == "submit":
            mine = [n for n in self.data.requester_nrks if n in self.tokens]
            token = self.tokens[mine[i % len(mine)]]
        else:
            token = self.tokens[self.data.officer_nrk]
        found = await auth.authenticate(token, self.settings)
        assert found is not None
        context = Context(settings=self.settings, store=self.store, user=found[0], session=found[1])
        if op == "availability":  # the 50 shown rooms when there are more
            query, variables = day_view(self.data, self.data.subset)
        elif op == "free_rooms":
            s, e = self.free_windows[i % len(self.free_windows)]
            query, variables = FREE_ROOMS_QUERY, {"s": s, "e": e, "c": SEARCH["min_capacity"]}
        else:
            room_id, start, end = self.slots.next()
            query = SUBMIT_MUTATION
            variables = submit_variables(room_id, start, end, f"inproc-{uuid.uuid4().hex}")
            variables["input"]["letter"] = MemoryUpload(PDF)
        result = await self.schema.execute(query, variable_values=variables, context_value=context)
        return result, found


@dataclass
class SqlCount:
    logged: int  # statements logged by tortoise.db_client
    wire: list[str]  # statements sent by asyncpg, BEGIN/COMMIT and pool resets included
    kinds: list[str]
    error: str | None
    ms: float  # in-process time per operation, unprofiled
    statements: list[str] = field(default_factory=list)  # the SQL text, for --show-sql


def result_error(op: str, result: Any) -> str | None:
    if result.errors:
        return "; ".join(f"{e.message} {e.extensions or ''}" for e in result.errors)[:200]
    if op == "submit":
        return submit_error({"data": result.data})
    return None


async def count_sql(inproc: InProcess, timing_runs: int = 30) -> dict[str, SqlCount]:
    logger = logging.getLogger("tortoise.db_client")
    handler = CountingHandler()
    wire = WireCounter()
    wire.install()
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    logger.propagate = False
    out = {}
    try:
        for op in ("availability", "free_rooms", "submit"):
            for i in range(3):  # the first run may touch the session; keep the last
                handler.statements.clear()
                wire.sent = []
                wire.active = True
                result, _ = await inproc.run(op, i)
                wire.active = False
            kinds = [s.split()[0].upper() for s in handler.statements]
            out[op] = SqlCount(
                len(handler.statements),
                wire.sent,
                kinds,
                result_error(op, result),
                0.0,
                list(handler.statements),
            )
    finally:
        wire.active = False
        wire.uninstall()
        logger.removeHandler(handler)
        logger.setLevel(old_level)
        logger.propagate = True
    for op, count in out.items():
        started = time.perf_counter()
        for i in range(timing_runs):
            await inproc.run(op, i)
        count.ms = (time.perf_counter() - started) / timing_runs * 1000
    return out


async def profile_inprocess(inproc: InProcess, n: int) -> str:
    """cProfile ``n`` in-process executions of each operation; top functions by own time."""
    report = io.StringIO()
    for op in ("availability", "free_rooms", "submit"):
        for i in range(5):
            await inproc.run(op, i)  # warm caches
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        for i in range(n):
            await inproc.run(op, i)
        profiler.disable()
        per_call = (time.perf_counter() - started) / n * 1000
        stats = pstats.Stats(profiler)
        total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
        by_package: Counter[str] = Counter()
        for (filename, _, _), value in stats.stats.items():  # type: ignore[attr-defined]
            by_package[_package(filename)] += value[2]
        report.write(
            f"\n--- in-process cProfile: {op}, {n} runs, {per_call:.2f} ms/run (profiled) ---\n"
        )
        report.write(
            "own time by package: "
            + ", ".join(f"{k} {v / total:.0%}" for k, v in by_package.most_common(9))
            + "\n"
        )
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(15)
        lines = [ln for ln in text.getvalue().splitlines() if ln.strip()]
        start = next(i for i, ln in enumerate(lines) if ln.lstrip().startswith("ncalls"))
        report.write("\n".join(lines[start:]) + "\n")
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(
            r"(api|booking)/", 12
        )
        lines = [ln for ln in text.getvalue().splitlines() if ln.strip()]
        start = next(i for i, ln in enumerate(lines) if ln.lstrip().startswith("ncalls"))
        report.write("project functions by cumulative time:\n" + "\n".join(lines[start:]) + "\n")
    return report.getvalue()


def _package(filename: str) -> str:
    if "site-packages/" in filename:
        return filename.split("site-packages/")[1].split("/")[0].split(".")[0]
    for local in ("api", "booking", "storage"):
        if f"/{local}/" in filename:
            return local
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins"
    return "stdlib"


# ---------------------------------------------------------------------------------------------
# py-spy: sample the live server during a measured phase


async def start_py_spy(
    pid: int, seconds: float, name: str
) -> tuple[asyncio.subprocess.Process, Path]:
    slug = "".join(c if c.isalnum() else "-" for c in name.strip().lower()).strip("-")
    out = RESULTS.parent / f"py-spy-{slug[:40]}.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    proc = await asyncio.create_subprocess_exec(
        py_spy_executable(),
        "record",
        "--pid",
        str(pid),
        "--subprocesses",
        "--nonblocking",
        "--rate",
        "250",
        "--duration",
        str(max(1, int(seconds))),
        "--full-filenames",
        "--format",
        "raw",
        "--output",
        str(out),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    return proc, out


def py_spy_executable() -> str:
    beside = Path(sys.executable).with_name("py-spy")
    return str(beside) if beside.exists() else "py-spy"


async def finish_py_spy(proc: asyncio.subprocess.Process, out: Path, name: str) -> str:
    _, stderr = await proc.communicate()
    return summarize_py_spy(out, name, stderr.decode())


#: Where a request's time goes: label -> (file fragment, function name or "" for any).
PHASES = [
    ("HTTP: uvicorn/httptools + starlette", ("uvicorn/", ""), ("starlette/", "")),
    ("  multipart body parsing", ("", "parse_multipart"), ("multipart/", "")),
    ("  request context + authenticate()", ("api/app.py", "get_context")),
    ("    of which authenticate()", ("booking/auth.py", "authenticate")),
    ("GraphQL parse (graphql/language/parser)", ("graphql/language/parser", "")),
    ("GraphQL validation (graphql/validation)", ("graphql/validation/", "")),
    ("GraphQL execution (graphql/execution)", ("graphql/execution/", "")),
    (
        "  resolvers (api/queries.py, api/mutations.py)",
        ("api/queries.py", ""),
        ("api/mutations.py", ""),
    ),
    ("  api/types.py from_model/local", ("api/types.py", "")),
    ("Tortoise ORM (tortoise/, pypika)", ("tortoise/", ""), ("pypika_tortoise/", "")),
    ("asyncpg", ("asyncpg/", "")),
    ("response JSON encoding", ("json/", ""), ("", "encode_json")),
]


def summarize_py_spy(out: Path, name: str, stderr: str) -> str:
    if not out.exists():
        return f"\n--- py-spy {name.strip()}: failed: {stderr[-300:]}\n"
    phases: Counter[str] = Counter()
    own: Counter[str] = Counter()
    own_package: Counter[str] = Counter()
    project: Counter[str] = Counter()
    total = 0
    for line in out.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = []
        for frame in stack.split(";"):
            func, _, where = frame.partition(" (")
            frames.append((func, where.rsplit(":", 1)[0]))
        for label, *patterns in PHASES:
            if any(
                frag in filename and (not fn or func == fn)
                for func, filename in frames
                for frag, fn in patterns
            ):
                phases[label] += n
        seen = set()
        for func, filename in frames:
            if any(f"/{p}/" in filename for p in ("api", "booking", "storage")) and (
                "site-packages" not in filename
            ):
                key = f"{func} ({_short(filename)})"
                if key not in seen:
                    seen.add(key)
                    project[key] += n
        if frames:
            func, filename = frames[-1]
            own[f"{func} ({_short(filename)})"] += n
            own_package[_package(filename)] += n
    if not total:
        return f"\n--- py-spy {name.strip()}: no samples\n"
    lines = [
        f"\n--- py-spy on the server, {name.strip()} at 16 clients: {total} samples"
        " (busy threads only) ---",
        "own time by package: "
        + ", ".join(f"{k} {v / total:.0%}" for k, v in own_package.most_common(10)),
        "phases (share of samples whose stack is inside):",
        *(f"  {phases[label] / total:6.1%}  {label}" for label, *_ in PHASES),
        "top functions by own time:",
        *(f"  {n / total:6.1%}  {key}" for key, n in own.most_common(12)),
        "project functions by inclusive time:",
        *(f"  {n / total:6.1%}  {key}" for key, n in project.most_common(12)),
    ]
    return "\n".join(lines) + "\n"


def _short(filename: str) -> str:
    if "site-packages/" in filename:
        return filename.split("site-packages/")[1]
    if str(ROOT) in filename:
        return filename.split(str(ROOT) + "/")[1]
    return filename.rsplit("/", 2)[-1] if "/" in filename else filename


# ---------------------------------------------------------------------------------------------
# main


NO_CACHE = "availability, day cache OFF"


def day_names(data: Dataset) -> tuple[str, str | None]:
    """Row names of the day view the targets are about (50 rooms shown) and, with more than 50
    rooms, of the day view of all of them."""
    n = len(data.room_ids)
    if not data.subset:
        return f"availability (day, {n} rooms)", None
    return f"availability (day, {SHOWN_ROOMS} of {n} rooms)", f"availability (day, all {n} rooms)"


TARGETS = """targets (issue #15):
  day view        >= 500 req/s at 16 clients, p99 <= 100 ms at 16, p50 <= 5 ms at 1 client
  free-room search>= 1000 req/s at 16 clients
  booking creation>= 300 req/s at 16 clients (distinct slots)
  double bookings == 0"""


def _get(results: list[Result], name: str, conc: int) -> Result | None:
    return next((r for r in results if r.name == name and r.concurrency == conc), None)


def _ceiling_ratio(results: list[Result], r: Result) -> str:
    ceiling = _get(results, "ceiling {__typename}", r.concurrency)
    return f"{r.rps / ceiling.rps:.2f}" if ceiling and ceiling.rps else "-"


def issue_table(
    runs: dict[tuple[int, bool], list[Result]], races: dict[int, RaceOutcome], data: Dataset
) -> list[str]:
    """The table of issue #15, one column per server configuration, each figure with its ratio
    to the ceiling measured by the same server in the same run."""
    configs = sorted({w for w, _ in runs})
    rows: list[tuple[str, str, Callable[[int], str]]] = []

    def cell(cache: bool, name: str, conc: int, what: str) -> Callable[[int], str]:
        def show(workers: int) -> str:
            results = runs.get((workers, cache), [])
            r = _get(results, name, conc)
            if r is None:
                return "-"
            if what == "p50":
                return f"p50 {r.pct(50):.1f} ms"
            extra = f", p99 {r.pct(99):.0f} ms" if what == "rps+p99" else ""
            return f"{r.rps:.0f}/s{extra} ({_ceiling_ratio(results, r)} ceil)"

        return show

    day, every = day_names(data)
    n = len(data.room_ids)
    shown = f"{SHOWN_ROOMS} of {n} rooms" if every else f"{n} rooms"
    rows.append(
        (f"day view, {shown}, 16 clients", ">=500/s, p99<=100", cell(True, day, 16, "rps+p99"))
    )
    rows.append(("  same, day cache off", "", cell(False, NO_CACHE, 16, "rps+p99")))
    rows.append((f"day view, {shown}, 1 client", "p50<=5 ms", cell(True, day, 1, "p50")))
    rows.append(("  same, day cache off", "", cell(False, NO_CACHE, 1, "p50")))
    if every:
        rows.append((f"day view, all {n} rooms, 16 clients", "", cell(True, every, 16, "rps+p99")))
        rows.append((f"day view, all {n} rooms, 1 client", "", cell(True, every, 1, "p50")))
    rows.append(
        ("free-room search, 16 clients", ">=1000/s", cell(True, "freeRooms search", 16, "rps"))
    )
    rows.append(
        (
            "booking creation, 16 clients",
            ">=300/s",
            cell(True, "submitBooking (multipart)", 16, "rps"),
        )
    )
    rows.append(
        ("free-room search, 1 client", "", cell(True, "freeRooms search", 1, "p50")),
    )
    rows.append(
        ("booking creation, 1 client", "", cell(True, "submitBooking (multipart)", 1, "p50")),
    )
    rows.append(("ceiling { __typename }, 16", "", cell(True, "ceiling {__typename}", 16, "rps")))
    head = "| workload | target | " + " | ".join(f"{w} process(es)" for w in configs) + " |"
    lines = [
        "issue #15 table (ceil: ratio to { __typename } at the same concurrency, same run);",
        f"  {dataset_line(data)}",
    ]
    lines += [head, "|---|---|" + "---|" * len(configs)]
    for label, target, show in rows:
        lines.append(f"| {label} | {target} | " + " | ".join(show(w) for w in configs) + " |")
    doubles = " | ".join(
        str(races[w].overlaps + races[w].multi_winner_rounds) if w in races else "-"
        for w in configs
    )
    lines.append(f"| double bookings in the races | 0 | {doubles} |")
    return lines


def dataset_line(data: Dataset) -> str:
    """The sizes of the dataset and how long seeding took, in one line."""
    z = data.sizes
    line = (
        f"dataset: {len(data.room_ids)} rooms, {data.bookings:,} bookings over {z.days} days"
        f" ({data.period_start} to {data.first_day + timedelta(days=z.future_days - 1)};"
        f" {z.past_days} days before next Monday; {data.past_bookings:,} bookings before"
        " today),"
        f" {data.equipment_lines:,} equipment lines, seeded in {data.seconds:.1f} s (COPY);"
        f" busy day {data.busy_day}: {data.busy_day_bookings:,} bookings,"
        f" {data.holding_on_busy_day:,} holding"
    )
    if data.subset:
        line += f" ({data.holding_shown} in the {SHOWN_ROOMS} rooms shown)"
    line += f"; free-room search with minCapacity {SEARCH['min_capacity']:g}"
    if "shown" in SEARCH:
        line += f", {SEARCH['shown']:g} rooms answered on average"
    c = data.crowded
    if c is not None:
        released = ", ".join(f"{n:,} {status}" for status, n in sorted(c.released.items()))
        line += (
            f"; crowded room {c.room_code} that day: {c.holding + sum(c.released.values()):,}"
            f" bookings = {c.holding} holding (non-overlapping) + {released}"
        )
    return line


def fmt_results(
    results: list[Result], workers: int, server: str = "serve", day_cache: bool = True
) -> list[str]:
    ceilings = {r.concurrency: r.rps for r in results if r.name == "ceiling {__typename}"}
    how = (
        f"`epesan serve --workers {workers}` ({workers} process(es), SO_REUSEPORT each)"
        if server == "serve"
        else f"uvicorn --workers {workers} (one shared socket)"
    )
    lines = [
        f"server: {how}, day cache {'on' if day_cache else 'OFF'}",
        f"{'operation':<36}{'conc':>5}{'requests':>9}{'err':>5}{'req/s':>9}{'p50 ms':>8}"
        f"{'p99 ms':>8}{'/ceil':>7}{'srv cpu':>9}{'pg cpu':>8}{'cli cpu':>8}{'other':>7}",
    ]
    for r in results:
        ratio = r.rps / ceilings[r.concurrency] if ceilings.get(r.concurrency) else float("nan")
        lines.append(
            f"{r.name:<36}{r.concurrency:>5}{r.requests:>9}{r.errors:>5}{r.rps:>9.1f}"
            f"{r.pct(50):>8.2f}{r.pct(99):>8.2f}{ratio:>7.2f}"
            f"{r.cpu_server:>9.0%}{r.cpu_postgres:>8.0%}{r.cpu_client:>8.0%}{r.cpu_other:>7.0%}"
        )
        if len(r.cpu_split) > 1 and r.concurrency > 1:  # how evenly the connections spread
            lines.append("    server processes: " + " / ".join(f"{c:.0%}" for c in r.cpu_split))
        lines.extend(f"    ! {note}" for note in r.notes)
    return lines


def verdicts(results: list[Result], race: RaceOutcome | None, day: str) -> list[str]:
    def mark(ok: bool) -> str:
        return "met    " if ok else "NOT MET"

    lines = []
    day16, day1 = _get(results, day, 16), _get(results, day, 1)
    free16 = _get(results, "freeRooms search", 16)
    sub16 = _get(results, "submitBooking (multipart)", 16)
    if day16 and day1:
        ok = day16.rps >= 500 and day16.pct(99) <= 100 and day1.pct(50) <= 5
        lines.append(
            f"  {mark(ok)} {day}: {day16.rps:.0f} req/s (>=500), p99 {day16.pct(99):.0f} ms"
            f" (<=100) at 16; p50 {day1.pct(50):.1f} ms (<=5) at 1"
        )
    if free16:
        lines.append(
            f"  {mark(free16.rps >= 1000)} free-room search: {free16.rps:.0f} req/s (>=1000)"
        )
    if sub16:
        ok = sub16.rps >= 300 and sub16.errors == 0
        lines.append(
            f"  {mark(ok)} booking creation: {sub16.rps:.0f} req/s (>=300), {sub16.errors} errors"
        )
    if race is None:
        lines.append("  skipped double bookings: no races (--skip-races)")
        return lines
    doubles = race.overlaps + race.multi_winner_rounds
    if race.zero_winner_rounds:
        lines.append(f"  NOT MET {race.zero_winner_rounds} race rounds had no winner")
    lines.append(f"  {mark(doubles == 0)} double bookings: {doubles} in {race.rounds} races")
    if race.wrong_answers:
        lines.append(
            f"  BUG     {race.wrong_answers} race losers got another error than ROOM_UNAVAILABLE"
        )
    return lines


async def bench_server(
    workers: int,
    data: Dataset,
    storage: Path,
    tmp_dir: Path,
    args: argparse.Namespace,
    slots: SlotSource,
    windows: list[tuple[str, str]],
    race_offset: int,
    out: list[str],
    spy_reports: list[str],
    day_cache: bool = True,
) -> tuple[list[Result], RaceOutcome | None]:
    """Every workload against one server; with ``day_cache`` off only the ceiling and the day view
    (the same run's comparison) and no race."""
    server = await start_server(
        workers,
        storage,
        tmp_dir,
        args.app,
        args.db_query,
        server=args.server,
        day_cache=day_cache,
        redis=args.redis if workers > 1 else "",
    )
    try:
        connector = aiohttp.TCPConnector(limit=64, force_close=False)
        timeout = aiohttp.ClientTimeout(total=60)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            url = server.url + "/graphql"
            tokens = await login_all(session, url, data)
            requester_tokens = [tokens[n] for n in data.requester_nrks]
            expected = await expected_free_rooms(windows)
            officer = tokens[data.officer_nrk]
            sc = Scenarios(url, data, officer, requester_tokens, slots, windows, expected)
            day, every = day_names(data)
            plan = [
                ("ceiling {__typename}", sc.ceiling()),
                ("  same, with Bearer token", sc.ceiling_auth()),
                (day, sc.availability(subset=data.subset)),
                *([(every, sc.availability())] if every else []),
                ("freeRooms search", sc.free_rooms()),
                ("submitBooking (multipart)", sc.submit()),
            ]
            if not day_cache:
                plan = [plan[0], (NO_CACHE, sc.availability(subset=data.subset))]
            results = []
            for name, call in plan:
                for conc in (1, 16):
                    await run_load(session, call, conc, args.warmup, name, server.proc.pid)
                    spy = None
                    if args.py_spy and conc == 16 and workers == args.workers[0]:
                        spy = await start_py_spy(server.proc.pid, args.duration, name)
                    result = await run_load(
                        session, call, conc, args.duration, name, server.proc.pid
                    )
                    if spy is not None:
                        spy_reports.append(await finish_py_spy(*spy, name))
                    results.append(result)
                    print(
                        f"  [{workers}w{'' if day_cache else ' no cache'}] {name:<36} c={conc:<3} {result.rps:8.1f} req/s"
                        f"  p50 {result.pct(50):6.2f} ms  p99 {result.pct(99):7.2f} ms"
                        f"  errors {result.errors}",
                        flush=True,
                    )
            if not day_cache:
                out.extend(fmt_results(results, workers, args.server, day_cache))
                out.extend(server_log_summary(server.log))
                return results, None
            if not args.races:
                out.extend(fmt_results(results, workers, args.server, day_cache))
                out.append("race: skipped (--skip-races)")
                out.extend(server_log_summary(server.log))
                return results, None
            wins, losers = await race(session, url, data, requester_tokens, args.races, race_offset)
        overlaps = await count_overlaps(data.bookings)
        out.extend(fmt_results(results, workers, args.server, day_cache))
        multi = sum(1 for w in wins if w > 1)
        zero = sum(1 for w in wins if w == 0)
        out.append(
            f"race: {len(wins)} rounds x {len(requester_tokens)} concurrent submitBooking, same"
            f" room+slot, different requesters; winners per round: {wins}"
        )
        answers = ", ".join(f"{n}x {code}" for code, n in losers.most_common())
        out.append(f"  losers answered: {answers or '-'}")
        out.append(
            f"  double bookings: {overlaps} in {len(wins)} races (holding bookings the bench made"
            f" that overlap another holding booking of their room); rounds with >1 winner: {multi}, with no winner: {zero}"
        )
        wrong = sum(n for code, n in losers.items() if code != "ROOM_UNAVAILABLE")
        if wrong:
            out.append(
                f"  ! {wrong} race losers got an error other than ROOM_UNAVAILABLE"
                " (see the server log summary)"
            )
        out.extend(server_log_summary(server.log))
        return results, RaceOutcome(overlaps, multi, zero, wrong, len(wins))
    finally:
        stop_server(server)


async def main_async(args: argparse.Namespace) -> int:
    os.environ["EPESAN_DATABASE_URL"] = DB_URL
    tmp = Path(tempfile.mkdtemp(prefix="epesan-bench-"))
    storage = tmp / "files"
    os.environ["EPESAN_STORAGE_DIR"] = str(storage)

    from api.schema import build_schema
    from booking.db import close_db, init_db, migrate_db
    from booking.settings import get_settings
    from booking.workflow import RELEASED_STATUSES
    from storage import make_store

    assert {s.value for s in RELEASED_STATUSES} == set(RELEASED), "bench RELEASED is stale"
    get_settings.cache_clear()
    settings = get_settings()
    rng = random.Random(20260101)
    t_start = time.perf_counter()
    out: list[str] = []
    try:
        print(f"creating database {DB_NAME} and migrating ...", flush=True)
        await recreate_database()
        await migrate_db(settings, url=DB_URL)
        await init_db(settings, url=DB_URL)
        print("seeding ...", flush=True)
        data = await seed(rng, args.sizes)
        print(f"  {dataset_line(data)}", flush=True)
        if args.seed_only:
            await close_db()
            print(f"seed only: done in {time.perf_counter() - t_start:.0f} s", flush=True)
            return 0
        windows = free_windows(data, rng)
        # After the seeded future and inside the 365-day booking horizon (max_advance_days).
        future = args.sizes.future_days
        slots = SlotSource(data, offset_days=future + 10)
        all_results: dict[int, list[Result]] = {}
        runs: dict[tuple[int, bool], list[Result]] = {}
        spy_reports: list[str] = []
        races: dict[int, RaceOutcome] = {}
        failures = 0
        for i, workers in enumerate(args.workers):
            for day_cache in (True, False) if args.compare_cache else (True,):
                print(f"server with {workers} process(es), day cache {day_cache} ...", flush=True)
                section: list[str] = []
                results, race_outcome = await bench_server(
                    workers,
                    data,
                    storage,
                    tmp,
                    args,
                    slots,
                    windows,
                    future + 150 + 5 * i,
                    section,
                    spy_reports,
                    day_cache,
                )
                runs[(workers, day_cache)] = results
                failures += sum(r.errors for r in results)
                out.extend(["", *section])
                if day_cache:
                    all_results[workers] = results
                if race_outcome is None:
                    continue
                races[workers] = race_outcome
                failures += race_outcome.overlaps + race_outcome.multi_winner_rounds
                failures += race_outcome.zero_winner_rounds + race_outcome.wrong_answers

        print("counting SQL statements in-process ...", flush=True)
        from booking import auth

        tokens = {}
        for nrk in [*data.requester_nrks[:3], data.officer_nrk]:
            tokens[nrk] = (await auth.login(nrk, PASSWORD, settings)).token
        inproc = InProcess(
            settings, build_schema(settings), make_store(settings), tokens, data, slots, windows
        )
        # In-process failures are reported once below, not logged with a traceback per run.
        logging.getLogger("strawberry.execution").setLevel(logging.CRITICAL)
        counts = await count_sql(inproc)
        out.append("")
        out.append(
            "SQL per request (in-process, same GraphQL operation, incl. the session lookup of"
            " authenticate()):"
        )
        names = {
            "availability": day_names(data)[0],
            "free_rooms": "freeRooms search",
            "submit": "submitBooking",
        }
        for op, c in counts.items():
            out.append(
                f"  {names[op]:<36} {c.logged:>3} statements logged by tortoise.db_client"
                f" ({' '.join(c.kinds)}); {c.ms:.2f} ms per run in-process (no HTTP)"
            )
            wire = ", ".join(f"{k} x{n}" for k, n in Counter(c.wire).most_common())
            out.append(f"  {'':<36} {len(c.wire):>3} round trips sent by asyncpg: {wire}")
            if c.error:
                out.append(f"    ! every run fails: {c.error}")
            if args.show_sql:
                out.extend(
                    f"      {n:>2}. {' '.join(sql.split())[:300]}"
                    for n, sql in enumerate(c.statements, 1)
                )
        profile_text = ""
        if args.profile:
            print("profiling in-process ...", flush=True)
            profile_text = await profile_inprocess(inproc, args.profile_runs)
        await close_db()

        head = [
            "ePesanRuangan API benchmark  " + datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            f"how: machine {os.cpu_count()} cores (client, server and PostgreSQL share them);"
            f" {args.server} with {'/'.join(str(w) for w in args.workers)} process(es)"
            " (uvloop, httptools);"
            f" aiohttp client, concurrency 1 and 16, {args.warmup:g} s warm-up then"
            f" {args.duration:g} s measured per row (request counts in the table);",
            f"     {dataset_line(data)};",
            f"     {len(EQUIPMENT)} equipment items, {N_AGENCIES} requester agencies; phases"
            f" skipped: {', '.join(skipped(args)) or 'none'};",
            "     queries run as SERVICE_OFFICER (sees every booking; the server's per-user limits"
            " of requests and costs in flight raised); submitBooking spread over"
            f" {N_AGENCIES} requesters, a distinct 45-min slot each, no equipment, {len(PDF)}-byte"
            " PDF; /ceil = req/s over the anonymous ceiling at the same concurrency;",
            "     cpu columns = CPU seconds per wall second (100% = one core) of the server process"
            " tree, the postgres backends of the bench database, this client, and everything"
            " else on the machine (other = noise from other work).",
        ]
        if args.app != "api.app:create_app" or args.db_query:
            head.append(f"     server app {args.app}, database URL query {args.db_query or '-'}")
        every = [r for rs in runs.values() for r in rs]
        other = sum(r.cpu_other * r.seconds for r in every) / sum(r.seconds for r in every)
        head.append(
            f"     other load on the machine during the measurements: {other:.0%} of one core"
            + (" -- WARNING: noisy machine, figures are pessimistic" if other > 0.2 else "")
        )
        tail = ["", *issue_table(runs, races, data), "", TARGETS]
        for workers in args.workers:
            tail.append(f"verdict (server with {workers} worker(s)):")
            tail += verdicts(all_results[workers], races.get(workers), day_names(data)[0])
        tail.append(f"total run time {time.perf_counter() - t_start:.0f} s")
        text = "\n".join([*head, *out, *tail]) + "\n"
        if profile_text:
            text += profile_text
        text += "".join(spy_reports)
        print("\n" + text)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
        print(f"written to {args.out}")
        return 0 if failures == 0 else 1
    finally:
        with contextlib.suppress(Exception):
            await close_db()
        if not args.keep_db:
            await drop_database()
        shutil.rmtree(tmp, ignore_errors=True)


def skipped(args: argparse.Namespace) -> list[str]:
    """The phases a run leaves out (``--skip-races``, ``--no-compare-cache``)."""
    return [
        *(["races"] if not args.races else []),
        *(["day cache off"] if not args.compare_cache else []),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=5.0, help="measured seconds per row")
    parser.add_argument("--warmup", type=float, default=1.0, help="warm-up seconds per row")
    parser.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2], help="server configurations to measure"
    )
    parser.add_argument("--races", type=int, default=20, help="double-booking race rounds")
    parser.add_argument(
        "--skip-races", action="store_true", help="no double-booking races (same as --races 0)"
    )
    size = parser.add_argument_group("dataset sizes (the scale rows of issue #15)")
    size.add_argument("--rooms", type=int, default=N_ROOMS, help="rooms (default %(default)s)")
    size.add_argument(
        "--bookings", type=int, default=N_BOOKINGS, help="bookings in all (default %(default)s)"
    )
    size.add_argument(
        "--days",
        type=int,
        default=SEED_DAYS,
        help="days the bookings cover (default %(default)s, all from next Monday on)",
    )
    size.add_argument(
        "--future-days",
        type=int,
        default=None,
        help=f"of --days, how many from next Monday on; the rest are before it, mostly past"
        f" (default: all of --days up to {SEED_DAYS}; above {SEED_DAYS} days,"
        f" {YEAR_FUTURE_DAYS}, so a year is mostly history)",
    )
    size.add_argument(
        "--crowded-room-day",
        type=int,
        default=0,
        metavar="N",
        help=f"one room gets N bookings on the busy day: up to {CROWDED_HOLDING} holding,"
        " the rest CANCELLED/REJECTED (part of --bookings; default 0: none)",
    )
    size.add_argument(
        "--seed-only",
        action="store_true",
        help="create, migrate and seed the database, print the seed time, and stop",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=RESULTS,
        help="where the table is written (default bench/results/latest.txt)",
    )
    parser.add_argument(
        "--server",
        choices=["serve", "uvicorn"],
        default="serve",
        help="`epesan serve --workers N` (SO_REUSEPORT per process) or `uvicorn --workers N`",
    )
    parser.add_argument(
        "--redis",
        default=os.environ.get("EPESAN_BENCH_REDIS", "redis://127.0.0.1:6379/0"),
        help="live updates across processes (needed by `epesan serve --workers` > 1)",
    )
    parser.add_argument(
        "--no-compare-cache",
        dest="compare_cache",
        action="store_false",
        help="skip the day view with the day cache off (EPESAN_DAY_CACHE=false)",
    )
    parser.add_argument("--quick", action="store_true", help="1 s phases, 1 worker, 5 races")
    parser.add_argument("--profile", action="store_true", help="cProfile resolvers in-process")
    parser.add_argument("--profile-runs", type=int, default=200)
    parser.add_argument(
        "--py-spy",
        action="store_true",
        help="sample the server with py-spy during every 16-client phase (first configuration)",
    )
    parser.add_argument("--keep-db", action="store_true", help="do not drop the database")
    parser.add_argument(
        "--show-sql", action="store_true", help="print the SQL of each counted operation"
    )
    parser.add_argument(
        "--search-min-capacity",
        type=int,
        default=20,
        help="freeRooms' minCapacity (with 500 rooms, 400 answers about as many as 20 with 50)",
    )
    parser.add_argument(
        "--app",
        default="api.app:create_app",
        help="ASGI factory the server runs (to A/B a candidate fix; default: %(default)s)",
    )
    parser.add_argument(
        "--db-query",
        default="",
        help="query string appended to the server's database URL, e.g. maxsize=20",
    )
    args = parser.parse_args()
    SEARCH["min_capacity"] = args.search_min_capacity
    if args.quick:
        args.duration, args.warmup, args.workers, args.races = 1.0, 0.3, [1], 5
    if args.skip_races:
        args.races = 0
    future = args.future_days
    if future is None:
        future = args.days if args.days <= SEED_DAYS else YEAR_FUTURE_DAYS
    if not 14 <= future <= SEED_DAYS or future > args.days:
        parser.error(
            f"--future-days must be between 14 (the busy day is day 9) and {SEED_DAYS} (the bench"
            " books after the seeded future, inside the 365-day horizon) and at most --days"
        )
    if args.rooms < 1 or args.crowded_room_day < 0:
        parser.error("--rooms must be at least 1 and --crowded-room-day at least 0")
    args.sizes = Sizes(args.rooms, args.bookings, args.days, future, args.crowded_room_day)
    try:
        import uvloop

        runner: Callable[[Any], Any] = uvloop.run
    except ImportError:  # pragma: no cover
        runner = asyncio.run
    sys.exit(runner(main_async(args)))


if __name__ == "__main__":
    main()
