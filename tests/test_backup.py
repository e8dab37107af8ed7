"""``epesan backup`` and ``epesan restore`` for real: a backup of the test database and the S3
bucket (SeaweedFS), restored into a new empty database and a new empty bucket, holds every
booking, history row, letter and photo."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import uuid
from datetime import UTC, datetime

import asyncpg

from booking import operations
from booking.enums import PhotoStatus, Role
from booking.models import Booking, BookingEvent, Photo
from storage.s3 import S3Store
from tests.conftest import BACKEND, PDF, PG_SERVER, _pg_admin, slot
from tests.s3_server import client

JPEG = b"\xff\xd8\xff\xe0" + b"photo-bytes" * 50


def store_env(server, bucket: str, database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EPESAN_")}
    return env | {
        "EPESAN_DATABASE_URL": database_url,
        "EPESAN_STORAGE_BACKEND": "s3",
        "EPESAN_S3_ENDPOINT_URL": server.endpoint,
        "EPESAN_S3_BUCKET": bucket,
        "EPESAN_S3_ACCESS_KEY_ID": server.access_key,
        "EPESAN_S3_SECRET_ACCESS_KEY": server.secret_key,
    }


def epesan(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


async def rows(url: str, sql: str) -> list[tuple]:
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite://")) as db:
            return [tuple(r) for r in db.execute(sql).fetchall()]
    connection = await asyncpg.connect(url)
    try:
        return [tuple(r) for r in await connection.fetch(sql)]
    finally:
        await connection.close()


async def test_a_backup_restores_every_booking_history_row_letter_and_photo(
    database, settings, s3_server, create_user, create_room, tmp_path
):
    store = S3Store(
        s3_server.bucket,
        endpoint_url=s3_server.endpoint,
        access_key_id=s3_server.access_key,
        secret_access_key=s3_server.secret_key,
    )
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    letters = {}
    for days in (10, 11, 12):
        letter = PDF + f"% {days}\n".encode()
        result = await operations.submit(
            requester,
            operations.BookingDraft(
                room_id=room.id,
                starts_at=slot(days=days)[0],
                ends_at=slot(days=days)[1],
                title="Rapat",
                purpose="Koordinasi",
                participants=10,
                equipment=(),
            ),
            letter=letter,
            idempotency_key=uuid.uuid4().hex,
            store=store,
            settings=settings,
        )
        letters[result.booking.id] = letter
    photo_key = f"photos/{result.booking.id}/{uuid.uuid4().hex}/original.jpg"
    await store.put(photo_key, JPEG, "image/jpeg")
    await Photo.create(
        uid=uuid.uuid4().hex,
        booking=result.booking,
        uploaded_by=requester,
        status=PhotoStatus.READY,
        original_key=photo_key,
        content_type="image/jpeg",
        created_at=datetime.now(UTC),
    )
    bookings = sorted(await Booking.all().values_list("id", "title", "letter_key"))
    history = await BookingEvent.all().count()
    source_keys = set(await store.keys())

    folder = tmp_path / "backup"
    saved = epesan("backup", str(folder), env=store_env(s3_server, s3_server.bucket, database))
    assert saved.returncode == 0, saved.stderr

    target_bucket = f"restored-{uuid.uuid4().hex[:8]}"
    await asyncio.to_thread(client(s3_server).create_bucket, Bucket=target_bucket)
    if BACKEND == "postgres":
        name = f"epesan_restored_{os.getpid()}"
        await _pg_admin(f'DROP DATABASE IF EXISTS "{name}"')
        await _pg_admin(f'CREATE DATABASE "{name}"')
        target_db = f"{PG_SERVER}/{name}"
    else:
        target_db = f"sqlite://{tmp_path / 'restored.sqlite3'}"
    try:
        env = store_env(s3_server, target_bucket, target_db)
        restored = epesan("restore", str(folder), env=env)
        assert restored.returncode == 0, restored.stderr
        again = epesan("restore", str(folder), env=env)
        assert again.returncode != 0 and "not empty" in again.stderr  # never over live data

        assert sorted(await rows(target_db, "SELECT id, title, letter_key FROM booking")) == [
            tuple(b) for b in bookings
        ]
        assert (await rows(target_db, "SELECT count(*) FROM booking_event"))[0][0] == history
        assert await rows(target_db, "SELECT original_key FROM photo") == [(photo_key,)]
        target = S3Store(
            target_bucket,
            endpoint_url=s3_server.endpoint,
            access_key_id=s3_server.access_key,
            secret_access_key=s3_server.secret_key,
        )
        assert set(await target.keys()) == source_keys
        for booking_id, _, letter_key in bookings:
            if booking_id in letters:
                assert await target.get(letter_key) == letters[booking_id]
        assert await target.get(photo_key) == JPEG
        assert (await target.head(photo_key)).content_type == "image/jpeg"
    finally:
        if BACKEND == "postgres":
            await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
