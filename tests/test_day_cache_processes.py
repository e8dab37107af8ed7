"""Across processes: a day view kept by one API process is never older than a change another
process acknowledged (read-your-writes through the change numbers in the database); and
``epesan serve --workers 2`` runs two processes that both take connections."""

from __future__ import annotations

import os
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.context import Context
from api.schema import build_schema
from booking.enums import Role
from booking.models import Agency
from booking.settings import Settings
from tests.conftest import slot
from tests.server import execute, run_server
from tests.test_api import gid, login, verb
from tests.test_live import require_redis, server_env, submit

REDIS = os.environ.get("EPESAN_TEST_REDIS", "redis://127.0.0.1:6379/12")

DAY = """query($date: Date!) { availability(date: $date) {
  room { code name } busy { startsAt endsAt status agencyName booking { id reference status } }
  free { startsAt endsAt } blocked { startsAt endsAt reason } } }"""
RENAME = """mutation($input: RenameAgencyInput!) {
  renameAgency(input: $input) { agency { name } errors { code } } }"""


@pytest.fixture(scope="module")
def servers(
    database: str, settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """Two API processes sharing the database (as two replicas), each keeping its day views."""
    require_redis()
    logs = tmp_path_factory.mktemp("day-cache-logs")
    env = server_env(settings, f"epesan:test{uuid.uuid4().hex[:8]}", REDIS)
    with run_server(env, logs / "one.log") as one, run_server(env, logs / "two.log") as two:
        yield one, two


async def fresh(settings: Settings, store, user, day: str) -> dict:
    """The day view read now, nothing kept (in this test process)."""
    schema = build_schema(Settings())
    unkept = settings.model_copy(update={"day_cache": False})
    context = Context(settings=unkept, store=store, user=user)
    result = await schema.execute(DAY, variable_values={"date": day}, context_value=context)
    assert result.errors is None
    return result.data


async def test_a_change_acknowledged_by_one_process_is_read_through_the_other_at_once(
    servers, create_user, create_agency, create_room, settings, store
):
    one, two = servers
    agency = await create_agency(name="Dinas Lama")
    requester = await create_user(Role.REQUESTER, agency=agency, nrk="571001")
    officer = await create_user(Role.SERVICE_OFFICER, nrk="571002")
    await create_user(Role.ADMIN, nrk="571003")
    rooms = [await create_room(code=f"RYW{k}") for k in range(3)]
    tokens = {n: await login(two, n) for n in ("571001", "571002", "571003")}
    day = slot(days=4)[0].date().isoformat()

    async def through_one(token: str) -> dict:
        return await execute(one, DAY, {"date": day}, token=token)

    seen = []
    for k, room in enumerate(rooms * 2):
        for token in (tokens["571001"], tokens["571002"]):
            await through_one(token)  # kept by process one
            await through_one(token)
        booking = await submit(two, tokens["571001"], room.id, slot(days=4, hour=8 + k))
        for user, token in ((requester, tokens["571001"]), (officer, tokens["571002"])):
            got = await through_one(token)  # right after process two acknowledged it
            assert got == await fresh(settings, store, user, day)
        done = await verb(two, tokens["571002"], "verifyBooking", {"bookingId": booking["id"]})
        assert done["errors"] == []
        got = await through_one(tokens["571002"])
        assert got == await fresh(settings, store, officer, day)
        seen.append([b["status"] for d in got["availability"] for b in d["busy"]])
        if k % 2:
            cancelled = await verb(
                two, tokens["571001"], "cancelBooking", {"bookingId": booking["id"], "reason": "X"}
            )
            assert cancelled["errors"] == []
            got = await through_one(tokens["571001"])
            assert got == await fresh(settings, store, requester, day)
    assert seen[-1].count("VALIDATION") == 1 + len(rooms)  # kept ones, plus the last one

    renamed = await execute(
        two,
        RENAME,
        {"input": {"agencyId": gid("Agency", agency.id), "name": "Dinas Baru"}},
        token=tokens["571003"],
    )
    assert renamed["renameAgency"]["errors"] == []
    got = await through_one(tokens["571002"])
    assert "Dinas Lama" not in str(got) and "Dinas Baru" in str(got)
    assert got == await fresh(settings, store, officer, day)
    assert (await Agency.get(id=agency.id)).name == "Dinas Baru"


def serve_two(port: int) -> list[str]:
    return [sys.executable, "-m", "api.cli", "serve", "--workers", "2", "--port", str(port)]


def children(parent: int) -> list[int]:
    """The API processes ``parent`` started (not multiprocessing's resource tracker)."""
    path = Path(f"/proc/{parent}/task/{parent}/children")
    found = [int(p) for p in path.read_text().split()] if path.exists() else []
    return [p for p in found if b"resource_tracker" not in Path(f"/proc/{p}/cmdline").read_bytes()]


def established(pid: int, port: int) -> int:
    """Connections to ``port`` the process holds (its socket inodes in /proc/net/tcp)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local_port = int(fields[1].rsplit(":", 1)[1], 16)
            if local_port == port and fields[3] == "01" and fields[9] in inodes:
                count += 1
    return count


def test_serve_with_two_workers_spreads_connections_over_two_processes(
    settings: Settings, tmp_path: Path
):
    require_redis()
    env = {
        "EPESAN_DATABASE_URL": f"sqlite://{tmp_path / 'serve.sqlite3'}",
        "EPESAN_STORAGE_DIR": str(tmp_path / "files"),
        "EPESAN_EMBEDDED_WORKER": "false",
        "EPESAN_LIVE_REDIS_URL": REDIS,
        "EPESAN_LIVE_CHANNEL_PREFIX": f"epesan:test{uuid.uuid4().hex[:8]}",
    }
    with run_server(env, tmp_path / "serve.log", serve_two, start_seconds=240) as base:
        port = int(base.rsplit(":", 1)[1])
        clients = [httpx.Client(base_url=base) for _ in range(24)]  # a connection each
        try:
            for c in clients:
                assert c.get("/health").json() == {"status": "ok"}
            parent = next(
                int(p.name)
                for p in Path("/proc").iterdir()
                if p.name.isdigit() and _is_serve(int(p.name), port)
            )
            deadline = time.monotonic() + 10
            while len(children(parent)) < 2 and time.monotonic() < deadline:
                time.sleep(0.1)
            workers = children(parent)
            held = {pid: established(pid, port) for pid in workers}
        finally:
            for c in clients:
                c.close()
    assert len(workers) == 2
    assert sum(held.values()) == 24, held
    assert all(n >= 3 for n in held.values()), held  # both take connections (24/0: p < 1e-6)


def _is_serve(pid: int, port: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"api.cli" in cmdline and str(port).encode() in cmdline


def test_serve_with_workers_needs_redis_for_live_updates(tmp_path: Path):
    import subprocess

    env = {
        **os.environ,
        "EPESAN_DATABASE_URL": f"sqlite://{tmp_path / 'x.sqlite3'}",
        "EPESAN_LIVE_REDIS_URL": "",
        "EPESAN_BROKER_URL": "",
    }
    env.pop("EPESAN_LIVE_REDIS_URL")
    env.pop("EPESAN_BROKER_URL")
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", "serve", "--workers", "2", "--no-migrate"],
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert b"needs Redis" in done.stderr
