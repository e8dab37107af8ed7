"""The cost of metrics and logging on the day view: the same server, with and without them.

Run from the project root with the venv active::

    python bench/bench_observability.py              # 4 rounds of A/B, 8 s each
    python bench/bench_observability.py --rounds 2 --duration 4

Seeds bench_api.py's data set (20,000 bookings, 50 rooms) into its own PostgreSQL database, then
alternates two uvicorn servers (1 worker) on it, A B A B ... so load from other programs on the
machine falls on both alike:

- A ``observed``: as shipped: the request middleware (request id, one histogram observation, one
  JSON log line per request written to a file), ``PROMETHEUS_MULTIPROC_DIR`` set (metrics in files,
  the slower multiprocess mode), ``/metrics`` on.
- B ``bare``: the same app without the request middleware, log level WARNING (no request lines)
  and prometheus-client in its in-process mode.

Each round measures the day view (``availability`` of 50 rooms on the busiest day, as bench_api.py)
at 16 concurrent clients. Prints requests/s and p50 per run, the medians, and A/B.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import bench_api as b  # noqa: E402

b.DB_NAME = "epesan_bench_observability"
b.DB_URL = f"postgres://{b.PG_USER}@{b.PG_HOST}:{b.PG_PORT}/{b.DB_NAME}"


def bare_app():  # type: ignore[no-untyped-def]
    """The API without its request middleware (B)."""
    from api.app import create_app
    from api.observe import Observe

    app = create_app()
    app.user_middleware = [m for m in app.user_middleware if m.cls is not Observe]
    return app


async def measure(
    mode: str, data: b.Dataset, storage: Path, tmp: Path, seconds: float, warmup: float
) -> b.Result:
    env_before = dict(os.environ)
    if mode == "observed":
        folder = Path(tempfile.mkdtemp(prefix="prom-", dir=tmp))
        os.environ.update(
            PROMETHEUS_MULTIPROC_DIR=str(folder),
            EPESAN_METRICS_TOKEN="bench-metrics-token-0123",
            EPESAN_LOG_LEVEL="INFO",
        )
        app = "api.app:create_app"
    else:
        os.environ.pop("PROMETHEUS_MULTIPROC_DIR", None)
        os.environ["EPESAN_LOG_LEVEL"] = "WARNING"
        os.environ["PYTHONPATH"] = str(BENCH)
        app = "bench_observability:bare_app"
    os.environ["EPESAN_EMBEDDED_WORKER"] = "false"
    log_dir = Path(tempfile.mkdtemp(prefix=mode + "-", dir=tmp))
    try:
        server = await b.start_server(1, storage, log_dir, app)
    finally:
        os.environ.clear()
        os.environ.update(env_before)
    try:
        connector = aiohttp.TCPConnector(limit=64)
        async with aiohttp.ClientSession(connector=connector) as session:
            url = server.url + "/graphql"
            tokens = await b.login_all(session, url, data)
            sc = b.Scenarios(url, data, tokens[data.officer_nrk], [], None, [], {})  # type: ignore[arg-type]
            call = sc.availability()
            await b.run_load(session, call, 16, warmup, "warmup", server.proc.pid)
            result = await b.run_load(session, call, 16, seconds, mode, server.proc.pid)
        if mode == "observed":
            lines = (log_dir / "uvicorn-1w.log").read_text().count('"event":"request"')
            result.notes.append(f"{lines} request log lines")
        return result
    finally:
        b.stop_server(server)


async def main_async(args: argparse.Namespace) -> None:
    os.environ["EPESAN_DATABASE_URL"] = b.DB_URL
    tmp = Path(tempfile.mkdtemp(prefix="epesan-bench-obs-"))
    storage = tmp / "files"
    os.environ["EPESAN_STORAGE_DIR"] = str(storage)
    import random

    from booking.db import close_db, init_db, migrate_db
    from booking.settings import get_settings

    settings = get_settings()
    await b.recreate_database()
    await migrate_db(settings, url=b.DB_URL)
    await init_db(settings, url=b.DB_URL)
    data = await b.seed(random.Random(20260101))
    await close_db()
    print(f"seeded {data.bookings} bookings; busy day {data.busy_day}", flush=True)
    if args.in_process:
        folder = tmp / "prometheus"  # the multiprocess mode, as deployed (set before ops loads)
        folder.mkdir()
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(folder)
        try:
            await in_process(args, data, tmp)
        finally:
            await b.drop_database()
        return
    runs: dict[str, list[b.Result]] = {"observed": [], "bare": []}
    try:
        for round_ in range(args.rounds):
            order = ("observed", "bare") if round_ % 2 == 0 else ("bare", "observed")
            for mode in order:
                r = await measure(mode, data, storage, tmp, args.duration, args.warmup)
                runs[mode].append(r)
                print(
                    f"round {round_ + 1} {mode:8s}: {r.rps:7.1f} req/s  p50 {r.pct(50):6.1f} ms"
                    f"  p95 {r.pct(95):6.1f} ms  errors {r.errors}  load {os.getloadavg()[0]:.1f}"
                    f"  {' '.join(r.notes)}",
                    flush=True,
                )
    finally:
        await b.drop_database()
    med = {m: statistics.median(r.rps for r in rs) for m, rs in runs.items()}
    p50 = {m: statistics.median(r.pct(50) for r in rs) for m, rs in runs.items()}
    print(
        f"\nday view, 16 clients, 1 uvicorn worker, {args.rounds} rounds A/B alternated,"
        f" {args.duration:.0f} s each, {time.strftime('%Y-%m-%d %H:%M')}:"
    )
    for mode in runs:
        print(f"  {mode:8s} median {med[mode]:7.1f} req/s, median p50 {p50[mode]:6.1f} ms")
    print(
        f"  throughput observed/bare = {med['observed'] / med['bare']:.3f}"
        f" (overhead {100 * (1 - med['observed'] / med['bare']):.1f} %)"
    )
    pairs = [o.rps / x.rps for o, x in zip(runs["observed"], runs["bare"], strict=True)]
    print("  per round observed/bare:", ", ".join(f"{p:.3f}" for p in pairs))


async def in_process(args: argparse.Namespace, data: b.Dataset, tmp: Path) -> None:
    """Server CPU per request (``time.process_time``, this process only: PostgreSQL's work is not
    in it), through the ASGI app in-process: robust to other programs' load, which wall-clock
    throughput on a shared machine is not."""
    import logging

    import httpx

    from api.app import create_app
    from booking.db import close_db, init_db
    from booking.settings import get_settings
    from ops import logs

    settings = get_settings()
    observed = create_app(settings)
    bare = bare_app()
    handler = logging.FileHandler(tmp / "inprocess.log")
    handler.setFormatter(logs.JsonFormatter())
    logging.getLogger().handlers[:] = [handler]
    await init_db(settings, url=b.DB_URL)
    cpu: dict[str, list[float]] = {"observed": [], "bare": []}
    try:
        apps = {"observed": observed, "bare": bare}
        clients = {
            mode: httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench")
            for mode, app in apps.items()
        }
        token = None
        for client in clients.values():
            body = (
                await client.post(
                    "/graphql",
                    json={
                        "query": b.LOGIN_MUTATION,
                        "variables": {"nrk": data.officer_nrk, "password": b.PASSWORD},
                    },
                )
            ).json()
            token = body["data"]["login"]["token"]
        request = {"query": b.AVAILABILITY_QUERY, "variables": {"date": data.busy_day.isoformat()}}
        headers = {"Authorization": f"Bearer {token}"}
        for round_ in range(args.rounds * 2):
            order = ("observed", "bare") if round_ % 2 == 0 else ("bare", "observed")
            for mode in order:
                logging.getLogger().setLevel("INFO" if mode == "observed" else "WARNING")
                for _ in range(5):  # warm
                    await clients[mode].post("/graphql", json=request, headers=headers)
                started = time.process_time()
                for _ in range(args.requests):
                    response = await clients[mode].post("/graphql", json=request, headers=headers)
                    assert response.status_code == 200 and "errors" not in response.json()
                cpu[mode].append((time.process_time() - started) / args.requests * 1000)
            print(
                f"in-process round {round_ + 1}: observed {cpu['observed'][-1]:.2f} ms CPU/request,"
                f" bare {cpu['bare'][-1]:.2f} ms CPU/request",
                flush=True,
            )
        for client in clients.values():
            await client.aclose()
    finally:
        await close_db()
    med = {m: statistics.median(v) for m, v in cpu.items()}
    print(
        f"\nday view in-process, {args.requests} requests x {args.rounds * 2} rounds per mode,"
        f" A/B alternated, server CPU per request (median): observed {med['observed']:.2f} ms,"
        f" bare {med['bare']:.2f} ms, ratio {med['observed'] / med['bare']:.3f}"
        f" (overhead {100 * (med['observed'] / med['bare'] - 1):.1f} %)"
    )
    print(
        "  per round:",
        ", ".join(f"{o / x:.3f}" for o, x in zip(cpu["observed"], cpu["bare"], strict=True)),
    )


async def added_cost(tmp: Path, n: int = 5000, rounds: int = 6) -> None:
    """What the request middleware adds per request (request id, histogram observation in the
    multiprocess mode, one JSON line to a file), around an ASGI app that does nothing: CPU
    microseconds, A/B alternated. Run in a process of its own: PROMETHEUS_MULTIPROC_DIR must be
    set before ops loads (``--added-cost``)."""
    import logging

    from api.observe import Observe
    from ops import logs

    handler = logging.FileHandler(tmp / "added-cost.log")
    handler.setFormatter(logs.JsonFormatter())
    logging.getLogger().handlers[:] = [handler]
    logging.getLogger().setLevel("INFO")

    async def nothing(scope: object, receive: object, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": b""}

    async def send(message: object) -> None:
        pass

    scope = {"type": "http", "path": "/graphql", "method": "POST", "headers": []}
    apps = {"observed": Observe(nothing), "bare": nothing}
    cpu: dict[str, list[float]] = {"observed": [], "bare": []}
    for round_ in range(rounds):
        for mode in ("observed", "bare") if round_ % 2 == 0 else ("bare", "observed"):
            started = time.process_time()
            for _ in range(n):
                await apps[mode](scope, receive, send)
            cpu[mode].append((time.process_time() - started) / n * 1e6)
    o, x = statistics.median(cpu["observed"]), statistics.median(cpu["bare"])
    print(
        f"added per request: {o - x:.1f} us CPU (observed {o:.1f} us, bare {x:.1f} us;"
        f" median of {rounds} x {n}, A/B alternated)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--duration", type=float, default=8.0)
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument(
        "--in-process", action="store_true", help="CPU per request in-process only (no servers)"
    )
    parser.add_argument("--requests", type=int, default=100, help="per in-process round")
    parser.add_argument(
        "--added-cost", action="store_true", help="the middleware's own cost only (no database)"
    )
    args = parser.parse_args()
    if args.added_cost:
        tmp = Path(tempfile.mkdtemp(prefix="epesan-bench-obs-"))
        (tmp / "prometheus").mkdir()
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(tmp / "prometheus")
        asyncio.run(added_cost(tmp))
        return
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
