"""A/B of the free-room search on one server process, with the server's own CPU per request.

Runs ``{ __typename }`` and the bench's ``freeRooms(minCapacity: 20)`` (the same 64 windows) at 16
clients against one uvicorn process (uvloop, httptools) started from ``--root`` (this checkout by
default; another worktree to compare commits: the code is imported from there). Prints req/s, the
server process's CPU share and CPU microseconds per request (``/proc/<pid>/stat``) and how busy
the whole machine was. ``--prof FILE`` writes a cProfile of the server during the measured
freeRooms phase (started and stopped by signals)::

    python bench/bench_api.py --quick --keep-db    # once: seeds $EPESAN_BENCH_DB, kept
    python bench/ab_search.py --rounds 3 --root . --root /tmp/old-worktree

Needs the database that ``bench_api.py --keep-db`` left (``EPESAN_BENCH_DB``, default
``epesan_bench``) with its officer (NRK 600001).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import random
import signal
import socket
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

JKT = ZoneInfo("Asia/Jakarta")
FREE = """query Free($s: DateTime!, $e: DateTime!) {
  freeRooms(startsAt: $s, endsAt: $e, minCapacity: 20) { id code capacity }
}"""
LOGIN = 'mutation { login(input: {nrk: "600001", password: "Bench-password-2026!"}) { token } }'


def serve(port: int) -> None:
    """The server process: the app of the current directory, cProfile toggled by SIGUSR1/2."""
    sys.path.insert(0, os.getcwd())
    import uvicorn

    from api.app import create_app

    profile: list[cProfile.Profile] = []

    def start(*_: object) -> None:
        profile.append(cProfile.Profile())
        profile[-1].enable()

    def stop(*_: object) -> None:
        if profile:
            found = profile.pop()
            found.disable()
            found.dump_stats(os.environ["AB_PROFILE"])

    signal.signal(signal.SIGUSR1, start)
    signal.signal(signal.SIGUSR2, stop)
    app = create_app()
    uvicorn.run(app, host="127.0.0.1", port=port, loop="uvloop", http="httptools", log_config=None)


def windows(first: date) -> list[tuple[str, str]]:
    """bench_api.free_windows: 64 one- to three-hour windows on seeded weekdays."""
    rng, out = random.Random(20260101), []
    while len(out) < 64:
        day = first + timedelta(days=rng.randint(0, 181))
        if day.weekday() >= 5:
            continue
        minute = rng.randint(8 * 60, 17 * 60)
        start = datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=JKT)
        end = start + timedelta(minutes=rng.choice([60, 90, 120, 180]))
        out.append((start.isoformat(), end.isoformat()))
    return out


def cpu_seconds(pid: int | None = None) -> float:
    """The process's CPU time, or (no pid) the machine's busy time."""
    if pid is None:
        with open("/proc/stat") as f:
            values = [int(v) for v in f.readline().split()[1:]]
        busy = sum(values) - values[3] - values[4]
    else:
        with open(f"/proc/{pid}/stat") as f:
            parts = f.read().rsplit(")", 1)[1].split()
        busy = int(parts[11]) + int(parts[12])
    return busy / os.sysconf("SC_CLK_TCK")


def start_server(root: Path, args: argparse.Namespace) -> tuple[subprocess.Popen[bytes], int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = os.environ.get("EPESAN_BENCH_DB", "epesan_bench")
    env = dict(os.environ)
    env.update(
        EPESAN_DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{db}",
        EPESAN_STORAGE_DIR=str(Path(args.tmp) / "files"),
        EPESAN_MAX_REQUESTS_IN_FLIGHT="64",  # 16 clients share one session
        EPESAN_MAX_COST_IN_FLIGHT="100000000",
        AB_PROFILE=args.prof or os.devnull,
    )
    with (Path(args.tmp) / f"server-{port}.log").open("wb") as log:
        server = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve", str(port)],
            cwd=root,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return server, port


async def measure(
    root: Path, server: subprocess.Popen[bytes], port: int, args: argparse.Namespace, first: date
) -> None:
    import aiohttp

    url = f"http://127.0.0.1:{port}/graphql"
    wins = windows(first)
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            for _ in range(300):
                try:
                    async with session.get(f"http://127.0.0.1:{port}/health") as r:
                        if r.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
            async with session.post(url, json={"query": LOGIN}) as r:
                token = (await r.json())["data"]["login"]["token"]
            turn = [0]

            async def one(op: str) -> None:
                headers, body = {}, {"query": "{ __typename }"}
                if op == "free":
                    turn[0] += 1
                    s, e = wins[turn[0] % len(wins)]
                    headers = {"Authorization": f"Bearer {token}"}
                    body = {"query": FREE, "variables": {"s": s, "e": e}}
                async with session.post(url, json=body, headers=headers) as r:
                    answer = await r.json()
                    if "errors" in answer:
                        raise RuntimeError(str(answer)[:300])

            async def phase(op: str, seconds: float) -> tuple[int, float, float, float]:
                stop, done = time.monotonic() + seconds, [0]

                async def client() -> None:
                    while time.monotonic() < stop:
                        await one(op)
                        done[0] += 1

                cpu, machine, started = cpu_seconds(server.pid), cpu_seconds(), time.monotonic()
                await asyncio.gather(*(client() for _ in range(args.clients)))
                wall = time.monotonic() - started
                return (
                    done[0],
                    wall,
                    cpu_seconds(server.pid) - cpu,
                    cpu_seconds() - machine,
                )

            for op in ("ceiling", "free"):
                await phase(op, 1.0)  # warm-up
                if args.prof and op == "free":
                    server.send_signal(signal.SIGUSR1)
                n, wall, cpu, machine = await phase(op, args.seconds)
                if args.prof and op == "free":
                    server.send_signal(signal.SIGUSR2)
                    await asyncio.sleep(1)
                print(
                    f"{str(root)[-24:]:>24} {op:8} {n / wall:7.1f} req/s  server cpu "
                    f"{cpu / wall:4.0%}  {cpu / n * 1e6:5.0f} us cpu/req  machine busy "
                    f"{machine / wall:4.0%} of {os.cpu_count()} cores",
                    flush=True,
                )
    finally:
        server.send_signal(signal.SIGINT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--root", action="append", help="checkout(s) to run, in turn")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=5.0, help="measured seconds per row")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--prof", default="", help="cProfile of the freeRooms phase to this file")
    parser.add_argument("--first-day", default="", help="first seeded day (default: from the db)")
    parser.add_argument("--tmp", default="/tmp")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return
    first = date.fromisoformat(args.first_day) if args.first_day else asyncio.run(first_day())
    for _ in range(args.rounds):
        for root in args.root or ["."]:
            server, port = start_server(Path(root).resolve(), args)
            try:
                asyncio.run(measure(Path(root).resolve(), server, port, args, first))
            finally:
                try:
                    server.wait(10)
                except subprocess.TimeoutExpired:
                    server.kill()


async def first_day() -> date:
    """The first seeded day (bench_api seeds from the Monday after the day it ran)."""
    import asyncpg

    db = os.environ.get("EPESAN_BENCH_DB", "epesan_bench")
    conn = await asyncpg.connect(f"postgres://postgres@127.0.0.1:5432/{db}")
    try:
        start = await conn.fetchval("SELECT min(starts_at) FROM booking")
    finally:
        await conn.close()
    return start.astimezone(JKT).date()


if __name__ == "__main__":
    main()
