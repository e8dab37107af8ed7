"""One client floods the API with expensive queries: how long does everyone else wait?

    python bench/bench_flood.py                  # 200 concurrent flood queries, 20 s
    python bench/bench_flood.py --seconds 30 --concurrency 200
    python bench/bench_flood.py --first 25     # smaller flood queries: 4 of them fit in flight

What it does: a fresh PostgreSQL database (``epesan_bench_flood``) with the demo City Hall and 600
bookings (20 rooms x 30 days, submitted through ``booking.operations.submit``); the API started as
a child process (uvicorn, ``api.app:create_app``, one process, embedded worker on). Then:

- the **flood**: one SERVICE_OFFICER (NRK 200001) keeps ``--concurrency`` copies of an expensive
  query in flight (9 aliases of ``bookings(first: 100)`` with 15 fields per booking: ~470 KB
  per answer, cost 18,009, under the default ``EPESAN_MAX_QUERY_COST`` of 20,000, within the
  depth, alias and token limits), each client sending its next copy as soon as the previous
  answer arrives, refused or not (an attacker does not wait for ``Retry-After``). It runs in its
  own process, so its client work does not delay the measuring client's event loop;
- the **victim**: another user (the requester 100002) sends a simple query
  (``me`` and the first 5 rooms), one at a time, every 25 ms, for ``--seconds``; its latencies
  (p50, p95, p99, max) are the figure. The same query is measured first without the flood.

Memory: the API process's ``VmRSS`` from ``/proc/<pid>/status``, idle before, the highest sample
during the flood (every 50 ms), and 5 s after the flood stopped. Both client processes run on the
same 2 cores as the server, as a real attacker's would not: the figures are pessimistic.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import PG, RssSampler, admin, api_server, pct, status_kb, tiny_pdf  # noqa: E402 (bench/ is the script's folder)

DB = "epesan_bench_flood"
DB_URL = f"{PG}/{DB}"
PASSWORD = "Balaikota2026!"  # booking.seed.DEMO_PASSWORD
LOGIN = """mutation($nrk: String!, $pw: String!) {
  login(input: {nrk: $nrk, password: $pw}) { token errors { code } } }"""
NODE = """id reference status title purpose participants startsAt endsAt createdAt
  room { code name } agency { name } requester { name } availableActions"""


def flood_query(first: int) -> str:
    """9 aliases of ``bookings(first: N)``: cost 18,009 at N = 100, 4,509 at N = 25."""
    page = f"bookings(first: {first}) {{ totalCount edges {{ node {{ {NODE} }} }} }}"
    return "{ " + " ".join(f"b{i}: {page}" for i in range(9)) + " }"


SIMPLE = "{ me { nrk name } rooms(first: 5) { edges { node { code name } } } }"


async def seed() -> None:
    from tortoise import Tortoise

    from booking import operations
    from booking.clock import now
    from booking.db import init_db, migrate_db
    from booking.models import Room, User
    from booking.seed import seed_demo
    from booking.settings import Settings
    from storage.local import LocalFolderStore

    settings = Settings(database_url=DB_URL, max_advance_days=400)
    await migrate_db(settings)
    await init_db(settings)
    try:
        await seed_demo()
        requester = await User.get(nrk="100001")
        rooms = await Room.all().order_by("id").limit(20)
        store = LocalFolderStore(tempfile.mkdtemp())
        letter = tiny_pdf()
        first = (now() + timedelta(days=2)).replace(hour=1, minute=0, second=0, microsecond=0)
        for day in range(30):
            for room in rooms:
                start = first + timedelta(days=day)  # 08:00 Jakarta
                await operations.submit(
                    requester,
                    operations.BookingDraft(
                        room_id=room.id,
                        starts_at=start,
                        ends_at=start + timedelta(hours=1),
                        title="Rapat Koordinasi Bench",
                        purpose="Koordinasi program kerja",
                        participants=10,
                        equipment=(),
                    ),
                    letter=letter,
                    idempotency_key=f"bench-flood-{day}-{room.id}",
                    store=store,
                    settings=settings,
                )
    finally:
        await Tortoise.close_connections()


async def login(base: str, nrk: str) -> str:
    async with httpx.AsyncClient() as http:
        answer = await http.post(
            f"{base}/graphql", json={"query": LOGIN, "variables": {"nrk": nrk, "pw": PASSWORD}}
        )
    return str(answer.json()["data"]["login"]["token"])


def flood(base: str, token: str, query: str, concurrency: int, stop_at: float, out: Any) -> None:
    """The flooding client (its own process): answers by kind and the OK answers' latencies."""

    async def main() -> None:
        kinds: Counter[str] = Counter()
        ok_seconds: list[float] = []
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with httpx.AsyncClient(timeout=600, limits=limits) as http:

            async def client() -> None:
                while time.time() < stop_at:
                    started = time.monotonic()
                    try:
                        answer = await http.post(
                            f"{base}/graphql",
                            json={"query": query},
                            headers={"Authorization": f"Bearer {token}"},
                            timeout=max(1.0, stop_at - time.time()),
                        )
                    except httpx.HTTPError:
                        kinds["client timeout (still running at the end)"] += 1
                        continue
                    body = answer.json()
                    if body.get("errors"):
                        kinds[str(body["errors"][0].get("extensions", {}).get("code"))] += 1
                    else:
                        kinds["OK"] += 1
                        ok_seconds.append(time.monotonic() - started)

            await asyncio.gather(*(client() for _ in range(concurrency)))
        out.send((dict(kinds), ok_seconds))

    asyncio.run(main())


async def victim(base: str, token: str, seconds: float) -> tuple[list[float], Counter[str]]:
    latencies: list[float] = []
    kinds: Counter[str] = Counter()
    end = time.monotonic() + seconds
    async with httpx.AsyncClient(timeout=60) as http:
        while time.monotonic() < end:
            started = time.monotonic()
            try:
                answer = await http.post(
                    f"{base}/graphql",
                    json={"query": SIMPLE},
                    headers={"Authorization": f"Bearer {token}"},
                )
            except httpx.TimeoutException:
                latencies.append(time.monotonic() - started)
                kinds["no answer within 60 s"] += 1
                continue
            latencies.append(time.monotonic() - started)
            body = answer.json()
            kinds[
                "OK" if not body.get("errors") else str(body["errors"][0]["extensions"].get("code"))
            ] += 1
            await asyncio.sleep(0.025)
    return latencies, kinds


def summary(latencies: list[float]) -> str:
    ms = [x * 1000 for x in latencies]
    return (
        f"n={len(ms)} p50 {pct(ms, 0.5):.0f} ms, p95 {pct(ms, 0.95):.0f} ms,"
        f" p99 {pct(ms, 0.99):.0f} ms, max {max(ms):.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--first", type=int, default=100, help="page size of each alias")
    args = parser.parse_args()
    query = flood_query(args.first)

    asyncio.run(admin(f"DROP DATABASE IF EXISTS {DB}"))
    asyncio.run(admin(f"CREATE DATABASE {DB}"))
    asyncio.run(seed())
    work = Path(tempfile.mkdtemp(prefix="bench-flood-"))
    env = {
        "EPESAN_DATABASE_URL": DB_URL,
        "EPESAN_STORAGE_DIR": str(work / "files"),
        "EPESAN_MAX_ADVANCE_DAYS": "400",
    }
    with api_server(env, work / "server.log", ROOT) as (base, pid):
        officer = asyncio.run(login(base, "200001"))
        requester = asyncio.run(login(base, "100002"))
        size = len(
            httpx.post(
                f"{base}/graphql",
                json={"query": query},
                headers={"Authorization": f"Bearer {officer}"},
                timeout=120,
            ).content
        )
        quiet, _ = asyncio.run(victim(base, requester, 5))
        time.sleep(1)
        idle = status_kb(pid)
        print(f"flood query: {len(query)} characters, answer {size / 1024:.0f} KB")
        print(f"simple query, no flood:   {summary(quiet)}")

        stop_at = time.time() + 2 + args.seconds
        receive, send = multiprocessing.Pipe(duplex=False)
        flooder = multiprocessing.get_context("spawn").Process(
            target=flood, args=(base, officer, query, args.concurrency, stop_at, send)
        )
        sampler = RssSampler(pid, 0.05)
        sampler.start()
        flooder.start()
        time.sleep(2)  # the flood ramps up
        loaded, kinds = asyncio.run(victim(base, requester, args.seconds))
        flood_kinds, flood_ok = receive.recv()
        flooder.join()
        sampler.running = False
        sampler.join()
        time.sleep(5)
        after = status_kb(pid)
        print(f"simple query, under flood: {summary(loaded)}; answers {dict(kinds)}")
        ok = f", OK answers took median {statistics.median(flood_ok):.1f} s" if flood_ok else ""
        print(f"flood ({args.concurrency} concurrent, {args.seconds:.0f} s): {flood_kinds}{ok}")
        print(
            f"API process RSS: idle {idle / 1024:.0f} MB, peak during the flood"
            f" {sampler.peak_kb / 1024:.0f} MB, 5 s after {after / 1024:.0f} MB"
        )


if __name__ == "__main__":
    main()
