"""Photo processing memory of the API process (embedded worker), driven by pixel dimensions.

    python bench/bench_photo_memory.py               # 20 x 7070x7070 WebP + 1 x 16383x3000 WebP
    python bench/bench_photo_memory.py --batches 2   # the same batch twice (memory comes back?)

What it does: starts the API (uvicorn, ``api.app:create_app``, embedded worker on, local-folder
storage, a fresh SQLite file) as a child process; seeds one requester and one started, approved
booking; then sends the batch at once through the real upload path (``uploadEventPhoto``, GraphQL
multipart, all requests concurrent) and polls until every photo is READY or FAILED. The files are
made here: solid-colour lossy WebPs of 7070x7070 (50 MP, under the 50 MP cap) and 16383x3000
(49 MP), a few KB each, the shape of issue #13 item 5.

How memory is measured: the server process's ``VmRSS`` read from ``/proc/<pid>/status`` every
20 ms during the batch (peak = the highest sample, and ``VmHWM``, the kernel's own high-water
mark since the process started, as a check), idle before the batch, and again 5 s after the last
photo is done ("after batch"). RSS includes the Python interpreter, the app and its libraries.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import RssSampler, api_server, status_kb  # noqa: E402 (bench/ is the script's folder)

PASSWORD = "Bench-password-2026!"
UPLOAD = """mutation($input: UploadEventPhotoInput!) {
  uploadEventPhoto(input: $input) { photo { id status } errors { code message } } }"""
PHOTO = "query($id: ID!) { node(id: $id) { ... on Photo { status failureReason } } }"
LOGIN = """mutation($nrk: String!, $pw: String!) {
  login(input: {nrk: $nrk, password: $pw}) { token errors { code } } }"""


def encoded(width: int, height: int, fmt: str, **options: Any) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (40, 120, 200)).save(out, fmt, **options)
    return out.getvalue()


def webp(width: int, height: int) -> bytes:
    return encoded(width, height, "WEBP", quality=50, method=0)


def mixed() -> list[tuple[str, bytes]]:
    """The other formats at their worst: PNGs just under the in-process decode budget (decoded at
    full size here), PNGs and progressive JPEGs of 50 MP (rendered in a child process), and
    baseline JPEGs of 50 MP (decoded at 1/4 scale)."""
    return (
        [("png 4898x4898", encoded(4898, 4898, "PNG"))] * 4
        + [("png 7070x7070", encoded(7070, 7070, "PNG"))] * 2
        + [("progressive jpeg 7070x7070", encoded(7070, 7070, "JPEG", progressive=True))] * 2
        + [("jpeg 7070x7070", encoded(7070, 7070, "JPEG"))] * 4
    )


async def seed(db_url: str) -> str:
    """A requester and a booking approved through the SOP, then started an hour ago."""
    from tortoise import Tortoise

    from booking.db import init_db, migrate_db
    from booking.settings import Settings

    settings = Settings(database_url=db_url)
    await migrate_db(settings)
    await init_db(settings)
    try:
        return await _seed(settings)
    finally:
        await Tortoise.close_connections()


async def _seed(settings: Any) -> str:
    from booking import operations
    from booking.auth import hash_password
    from booking.clock import now
    from booking.enums import Role
    from booking.models import Agency, Booking, Room, User
    from storage.local import LocalFolderStore

    agency = await Agency.create(code="BENCH", name="Dinas Bench")
    hashed = hash_password(PASSWORD)
    users = {}
    for nrk, role in (
        ("900001", Role.REQUESTER),
        ("900002", Role.SERVICE_OFFICER),
        ("900003", Role.SERVICE_HEAD),
    ):
        users[role] = await User.create(
            nrk=nrk,
            name=f"Bench {role}",
            email="bench@example.test",
            roles=[role.value],
            agency=agency,
            password_hash=hashed,
        )
    room = await Room.create(
        code="R1",
        name="Ruang Bench",
        building="Blok G",
        floor="3",
        capacity=50,
        opens_minute=7 * 60,
        closes_minute=18 * 60,
    )
    # 09:00 Jakarta (UTC+7), three days ahead
    start = (now() + timedelta(days=3)).replace(hour=2, minute=0, second=0, microsecond=0)
    sys.path.insert(0, str(ROOT / "bench"))
    from common import tiny_pdf

    result = await operations.submit(
        users[Role.REQUESTER],
        operations.BookingDraft(
            room_id=room.id,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            title="Rapat",
            purpose="Bench",
            participants=10,
            equipment=(),
        ),
        letter=tiny_pdf(),
        idempotency_key="bench-photo-memory",
        store=LocalFolderStore(tempfile.mkdtemp()),
        settings=settings,
    )
    booking_id = result.booking.id
    await operations.verify(users[Role.SERVICE_OFFICER], booking_id, settings=settings)
    await operations.validate(users[Role.SERVICE_HEAD], booking_id, settings=settings)
    await operations.approve(users[Role.SERVICE_HEAD], booking_id, settings)
    began = now() - timedelta(hours=1)
    await Booking.filter(id=booking_id).update(starts_at=began, ends_at=began + timedelta(hours=2))
    from api.ids import encode_id

    return encode_id("Booking", booking_id)


async def graphql(
    http: httpx.AsyncClient,
    base: str,
    query: str,
    variables: dict[str, Any],
    token: str | None = None,
) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await http.post(
        f"{base}/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    return response.json()


async def upload(http: httpx.AsyncClient, base: str, token: str, booking: str, data: bytes) -> str:
    import json

    operations = json.dumps(
        {"query": UPLOAD, "variables": {"input": {"bookingId": booking, "photo": None}}}
    )
    response = await http.post(
        f"{base}/graphql",
        data={"operations": operations, "map": json.dumps({"0": ["variables.input.photo"]})},
        files={"0": ("foto", data, "application/octet-stream")},
        headers={"Authorization": f"Bearer {token}", "Apollo-Require-Preflight": "true"},
    )
    body = response.json()
    assert body.get("data"), body
    payload = body["data"]["uploadEventPhoto"]
    assert not payload["errors"], payload
    return str(payload["photo"]["id"])


async def batch(
    base: str, token: str, booking: str, files: list[bytes]
) -> tuple[float, dict[str, int]]:
    started = time.monotonic()
    async with httpx.AsyncClient(timeout=300) as http:
        ids = await asyncio.gather(*(upload(http, base, token, booking, f) for f in files))
        outcomes: dict[str, int] = {}
        for photo_id in ids:
            while True:
                node = (await graphql(http, base, PHOTO, {"id": photo_id}, token))["data"]["node"]
                if node["status"] != "PROCESSING":
                    key = node["status"] + (
                        f" {node['failureReason']}" if node["failureReason"] else ""
                    )
                    outcomes[key] = outcomes.get(key, 0) + 1
                    break
                await asyncio.sleep(0.2)
    return time.monotonic() - started, outcomes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--square", type=int, default=20, help="7070x7070 WebPs per batch")
    parser.add_argument("--batches", type=int, default=1)
    parser.add_argument("--mixed", action="store_true", help="then a batch of PNGs and JPEGs")
    args = parser.parse_args()

    square, wide = webp(7070, 7070), webp(16383, 3000)
    files = [square] * args.square + [wide]
    work = Path(tempfile.mkdtemp(prefix="bench-photo-memory-"))
    db_url = f"sqlite://{work / 'bench.sqlite3'}"
    booking = asyncio.run(seed(db_url))
    env = {
        "EPESAN_DATABASE_URL": db_url,
        "EPESAN_STORAGE_DIR": str(work / "files"),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0.01",
        "EPESAN_MAX_PHOTOS_PER_BOOKING": "10000",
        # all uploads at once from one user: memory must stay bounded whatever this limit is
        "EPESAN_MAX_REQUESTS_IN_FLIGHT": "100",
    }
    with api_server(env, work / "server.log", ROOT) as (base, pid):

        async def login() -> str:
            async with httpx.AsyncClient() as http:
                out = await graphql(http, base, LOGIN, {"nrk": "900001", "pw": PASSWORD})
            return str(out["data"]["login"]["token"])

        token = asyncio.run(login())
        time.sleep(2)
        idle = status_kb(pid, "VmRSS")
        print(
            f"files: {args.square} x 7070x7070 WebP ({len(square)} B) + 1 x 16383x3000 WebP ({len(wide)} B), all uploads at once"
        )
        print(f"server idle before the first batch: {idle / 1024:.0f} MB RSS")
        batches = [("WebP", files)] * args.batches
        if args.mixed:
            others = mixed()
            names = sorted({name for name, _ in others})
            print(
                "mixed batch: "
                + ", ".join(f"{sum(n == m for n, _ in others)} x {m}" for m in names)
            )
            batches.append(("mixed", [data for _, data in others]))
        for number, (label, sent) in enumerate(batches, start=1):
            sampler = RssSampler(pid, 0.02)
            sampler.start()
            seconds, outcomes = asyncio.run(batch(base, token, booking, sent))
            sampler.running = False
            sampler.join()
            time.sleep(5)
            after = status_kb(pid, "VmRSS")
            print(
                f"batch {number} ({label}): {seconds:.1f} s, {outcomes}; peak {sampler.peak_kb / 1024:.0f} MB RSS"
                f" (VmHWM {status_kb(pid, 'VmHWM') / 1024:.0f} MB); 5 s after: {after / 1024:.0f} MB RSS"
            )


if __name__ == "__main__":
    main()
