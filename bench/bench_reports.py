"""Utilisation report and CSV/XLSX exports over a year of 200,000 bookings (issue #17).

Creates (and drops) the PostgreSQL database ``epesan_bench_reports``, migrates it, seeds 50 rooms
in 5 buildings, 40 agencies and 200,000 bookings of 2025 with ``COPY`` (asyncpg
``copy_records_to_table``: seconds, not minutes), then times in this process, on the domain
functions the API calls:

- ``reports.utilisation`` for the year per room, building and agency (one GROUP BY each);
- the CSV export of the whole year's booking list as the download route makes it
  (``exports.csv_stream``: on PostgreSQL one ``COPY ... TO STDOUT`` formatted by the database,
  booking/export_copy.py; every byte consumed as the streaming response would send it), the
  same through the generic rows (``fast=False``: Tortoise rows formatted in Python, SQLite's
  path; once, for comparison; the two files' SHA-256 must match) and the utilisation report's;
- the XLSX export of the booking list (openpyxl write-only, to a spooled temporary file), stopped
  after ``--xlsx-limit`` seconds (180).

Each is run twice: once for the wall and CPU time (perf_counter, process_time; no tracing), once
under tracemalloc for the peak of Python allocations; the peak RSS of the process during the
operation is read from /proc/self/status (VmHWM, reset before each operation through
/proc/self/clear_refs). CPU time is this process's only (not the database server's).
Targets (issue #17): utilisation report and CSV export under 2 s and under 200 MB.

    python bench/bench_reports.py [--bookings 200000] [--keep-db] [--xlsx-limit 180]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import random
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import PG, admin
from booking import exports, reports
from booking.db import close_db, init_db, migrate_db
from booking.enums import BookingStatus as S
from booking.enums import Role
from booking.models import User
from booking.settings import Settings

DB = "epesan_bench_reports"
ROOMS, BUILDINGS, AGENCIES = 50, 5, 40
YEAR = 2025
WIB = timedelta(hours=7)
MIX = [  # status, share, share checked in
    (S.COMPLETED, 0.45, 0.9),
    (S.REPORTED, 0.20, 1.0),
    (S.NO_SHOW, 0.07, 0.0),
    (S.CANCELLED, 0.12, 0.0),
    (S.REJECTED, 0.06, 0.0),
    (S.APPROVED, 0.10, 0.5),
]


def _vm(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def _reset_peak_rss() -> None:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


async def seed(url: str, count: int) -> None:
    conn = await asyncpg.connect(url)
    try:
        await conn.copy_records_to_table(
            "agency",
            records=[(f"A{i:03d}", f"Dinas {i}") for i in range(AGENCIES)],
            columns=["code", "name"],
        )
        agencies = [r["id"] for r in await conn.fetch("SELECT id FROM agency ORDER BY id")]
        await conn.copy_records_to_table(
            "app_user",
            records=[
                (
                    f"8{i:05d}",
                    f"Pemohon {i}",
                    f'["{Role.REQUESTER.value}"]',
                    a,
                    "id",
                    "x",
                    True,
                    datetime.now(UTC),
                )
                for i, a in enumerate(agencies)
            ],
            columns=[
                "nrk",
                "name",
                "roles",
                "agency_id",
                "language",
                "password_hash",
                "is_active",
                "created_at",
            ],
        )
        users = [
            (r["id"], r["agency_id"])
            for r in await conn.fetch("SELECT id, agency_id FROM app_user ORDER BY id")
        ]
        await conn.copy_records_to_table(
            "room",
            records=[
                (
                    f"R{i:02d}",
                    f"Ruang {i}",
                    f"Blok {chr(65 + i % BUILDINGS)}",
                    "1",
                    40,
                    "[]",
                    True,
                    7 * 60,
                    18 * 60,
                    0,
                    15,
                )
                for i in range(ROOMS)
            ],
            columns=[
                "code",
                "name",
                "building",
                "floor",
                "capacity",
                "facilities",
                "is_active",
                "opens_minute",
                "closes_minute",
                "live_seq",
                "no_show_grace_minutes",
            ],
        )
        rooms = [r["id"] for r in await conn.fetch("SELECT id FROM room ORDER BY id")]
        rng = random.Random(17)
        statuses = [m[0] for m in MIX]
        weights = [m[1] for m in MIX]
        checked_share = {m[0]: m[2] for m in MIX}
        records: list[tuple[Any, ...]] = []
        day, slot, room_index = date(YEAR, 1, 1), 0, 0
        while len(records) < count:  # 11 one-hour slots per room and day: no overlaps
            start = datetime(day.year, day.month, day.day, 7 + slot, tzinfo=UTC) - WIB
            user, agency = users[rng.randrange(len(users))]
            status = rng.choices(statuses, weights)[0]
            checked = start - timedelta(minutes=5) if rng.random() < checked_share[status] else None
            created = start - timedelta(hours=rng.randint(2, 24 * 30))
            records.append(
                (
                    user,
                    agency,
                    rooms[room_index],
                    start,
                    start + timedelta(minutes=50),
                    "Rapat koordinasi",
                    "Koordinasi",
                    20,
                    status.value,
                    created,
                    created,
                    0,
                    checked,
                )
            )
            slot += 1
            if slot == 11:
                slot, room_index = 0, room_index + 1
                if room_index == ROOMS:
                    room_index, day = 0, day + timedelta(days=1)
        await conn.copy_records_to_table(
            "booking",
            records=records,
            columns=[
                "requester_id",
                "agency_id",
                "room_id",
                "starts_at",
                "ends_at",
                "title",
                "purpose",
                "participants",
                "status",
                "status_changed_at",
                "created_at",
                "sequence",
                "checked_in_at",
            ],
        )
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


async def measure(
    name: str, run: Callable[[], Awaitable[object]], once: bool = False, limit: float | None = None
) -> dict[str, Any]:
    """Wall and CPU time (perf_counter, process_time) of one run; then, unless ``once``, a second
    run under tracemalloc for the memory peaks. ``limit``: the first run is stopped after that many
    seconds (and reported so)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        result = await asyncio.wait_for(run(), limit)
    except TimeoutError:
        result, once = f"stopped after {limit:.0f} s", True
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak = rss_before = rss_peak = 0
    if not once:
        tracemalloc.start()
        _reset_peak_rss()
        rss_before = _vm("VmRSS")
        await run()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_peak = _vm("VmHWM")
    figure = {
        "name": name,
        "wall": wall,
        "cpu": cpu,
        "peak": peak,
        "rss_peak": rss_peak,
        "rss_before": rss_before,
        "result": result,
    }
    _line(figure)  # at once: a run cut short by a time limit still shows what it measured
    return figure


HEADER = (
    f"\n{'operation':40} {'wall s':>7} {'cpu s':>6} {'py peak MB':>10} {'RSS peak MB':>11}  result"
)


def _line(f: dict[str, Any]) -> None:
    memory = (
        f"{f['peak'] / 1e6:10.1f} {f['rss_peak'] / 1e6:11.1f}"
        if f["rss_peak"]
        else f"{'-':>10} {'-':>11}"
    )
    print(
        f"{f['name']:40} {f['wall']:7.2f} {f['cpu']:6.2f} {memory}  {f['result']}",
        flush=True,
    )


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bookings", type=int, default=200_000)
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument("--xlsx-limit", type=float, default=180.0, help="seconds; then stopped")
    args = parser.parse_args()
    url = f"{PG}/{DB}"
    await admin(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
    await admin(f'CREATE DATABASE "{DB}"')
    settings = Settings(database_url=url)
    try:
        await migrate_db(settings)
        await init_db(settings)
        started = time.perf_counter()
        await seed(url, args.bookings)
        print(
            f"seeded {args.bookings:,} bookings (COPY) in {time.perf_counter() - started:.1f} s",
            flush=True,
        )
        print(HEADER, flush=True)
        period = reports.Period(date(YEAR, 1, 1), date(YEAR, 12, 31))
        user = await User.first()
        assert user is not None
        user.roles = [Role.SERVICE_HEAD.value]  # sees every agency; reads the reports

        def spec(kind: exports.ExportKind, fmt: exports.ExportFormat) -> exports.ExportSpec:
            return exports.ExportSpec(kind, fmt, period.first, period.last)

        async def report(group: reports.GroupBy) -> str:
            rows = await reports.utilisation(period, group, settings)
            return f"{len(rows)} rows, {reports.totals(rows).requests:,} requests"

        async def csv_export(kind: exports.ExportKind, fast: bool = True) -> str:
            size = rows = 0
            digest = hashlib.sha256()
            sp = spec(kind, exports.ExportFormat.CSV)
            async for chunk in exports.csv_stream(user, sp, settings, fast=fast):
                size += len(chunk)
                rows += chunk.count(b"\r\n")
                digest.update(chunk)
            return f"{rows:,} lines, {size / 1e6:.1f} MB, sha256 {digest.hexdigest()[:12]}"

        async def xlsx_export() -> str:
            sp = spec(exports.ExportKind.BOOKINGS, exports.ExportFormat.XLSX)
            out = await exports.xlsx_file(exports.table(user, sp, settings))
            size = len(out.read())
            out.close()
            return f"{size / 1e6:.1f} MB"

        figures = [
            await measure("utilisation report, per room", lambda: report(reports.GroupBy.ROOM)),
            await measure(
                "utilisation report, per building", lambda: report(reports.GroupBy.BUILDING)
            ),
            await measure("utilisation report, per agency", lambda: report(reports.GroupBy.AGENCY)),
            await measure(
                "CSV export, utilisation report", lambda: csv_export(exports.ExportKind.UTILISATION)
            ),
            await measure(
                "CSV export, booking list (year)", lambda: csv_export(exports.ExportKind.BOOKINGS)
            ),
            await measure(  # the rows formatted in Python (SQLite's path): once, no tracemalloc
                "CSV export, booking list, generic rows",
                lambda: csv_export(exports.ExportKind.BOOKINGS, fast=False),
                once=True,
            ),
            await measure("XLSX export, booking list (year)", xlsx_export, limit=args.xlsx_limit),
        ]
    finally:
        await close_db()
        if not args.keep_db:
            await admin(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
    print(HEADER)
    for f in figures:
        _line(f)
    print(
        "\nwall / cpu: perf_counter / process_time around one run (no tracing); py peak: "
        "tracemalloc's peak over a second run;\nRSS peak: VmHWM of the whole process during that second run (reset through "
        "/proc/self/clear_refs),\nwhich includes the interpreter, the libraries and Tortoise "
        "(about the RSS before it).\nTargets: report and CSV export under 2 s and 200 MB."
    )
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
