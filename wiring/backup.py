"""``epesan backup`` and ``epesan restore``: the database and every stored object, in one folder.

A backup folder holds ``manifest.json`` (what it holds), the database (``database.pgdump`` from
``pg_dump -Fc``, or ``database.sqlite3`` from SQLite's online backup) and ``objects/<key>``, one
file per object of the store (request letters, event photos and their renditions). A restore goes
into an empty database and store (docs/operating.md): the migrations come with the dump."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any, Protocol, cast
from urllib.parse import unquote, urlsplit

from booking.ports import DocumentStore
from booking.settings import Settings
from wiring.store import make_store

FORMAT = 1


class ListableStore(DocumentStore, Protocol):
    async def keys(self) -> list[str]: ...


class BackupError(RuntimeError):
    pass


def listable_store(settings: Settings) -> ListableStore:
    """The settings' store (both stores list their keys)."""
    return cast(ListableStore, make_store(settings))


def sqlite_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite://").split("?", 1)[0])


def pg_env(url: str) -> dict[str, str]:
    """libpq's variables for a ``postgres://`` URL (the password not on a command line)."""
    parts = urlsplit(url)
    env = {
        "PGHOST": parts.hostname or "127.0.0.1",
        "PGPORT": str(parts.port or 5432),
        "PGDATABASE": parts.path.lstrip("/"),
    }
    if parts.username:
        env["PGUSER"] = unquote(parts.username)
    if parts.password:
        env["PGPASSWORD"] = unquote(parts.password)
    return {**os.environ, **env}


def _run(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BackupError(f"{command[0]} failed: {done.stderr.strip()[-2000:]}")


def _object_path(folder: Path, key: str) -> Path:
    relative = PurePosixPath(key)
    if relative.is_absolute() or ".." in relative.parts:
        raise BackupError(f"unsafe object key in the backup: {key!r}")
    return folder.joinpath("objects", *relative.parts)


def _dump_database(settings: Settings, folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        raise BackupError(f"{folder} is not empty")
    if settings.is_sqlite:
        with (
            sqlite3.connect(sqlite_path(settings.database_url)) as source,
            sqlite3.connect(folder / "database.sqlite3") as target,
        ):
            source.backup(target)  # a consistent copy of a database in use
        return "database.sqlite3"
    _run(
        ["pg_dump", "--format=custom", "--no-owner", "--file", str(folder / "database.pgdump")],
        pg_env(settings.database_url),
    )
    return "database.pgdump"


def _load_database(settings: Settings, database: Path) -> None:
    if settings.is_sqlite != (database.suffix == ".sqlite3"):
        raise BackupError("the backup's database is of the other kind (SQLite / PostgreSQL)")
    if settings.is_sqlite:
        target = sqlite_path(settings.database_url)
        if target.exists() and target.stat().st_size > 0:
            raise BackupError(f"{target} exists: restore into a new database file")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(database, target)
        return
    env = pg_env(settings.database_url)
    _run(
        [
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--dbname",
            env["PGDATABASE"],
            str(database),
        ],
        env,
    )


async def backup(settings: Settings, store: ListableStore, folder: Path) -> dict[str, Any]:
    """Write a backup of the database and the store into ``folder`` (new or empty)."""
    database = await asyncio.to_thread(_dump_database, settings, folder)
    objects: dict[str, str | None] = {}
    for key in await store.keys():  # after the dump: every key the dump names is here
        path = _object_path(folder, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(await store.get(key))
        info = await store.head(key)
        objects[key] = info.content_type if info else None
    manifest = {
        "format": FORMAT,
        "created_at": datetime.now(UTC).isoformat(),
        "database": database,
        "objects": objects,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


async def restore(settings: Settings, store: ListableStore, folder: Path) -> dict[str, Any]:
    """Restore a backup into an empty database and an empty store."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT:
        raise BackupError(f"unknown backup format: {manifest.get('format')}")
    if await store.keys():
        raise BackupError("the store is not empty: restore into an empty bucket or folder")
    await asyncio.to_thread(_load_database, settings, folder / str(manifest["database"]))
    objects: dict[str, str | None] = manifest["objects"]
    for key, content_type in objects.items():
        data = _object_path(folder, key).read_bytes()
        await store.put(key, data, content_type or "application/octet-stream")
    return manifest
