"""The migrations describe the models exactly: ``tortoise makemigrations`` finds nothing to add."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

MIGRATIONS = Path(__file__).parents[1] / "booking" / "migrations"


def test_the_models_need_no_new_migration() -> None:
    before = set(MIGRATIONS.glob("*.py"))
    result = subprocess.run(
        [sys.executable, "-m", "tortoise", "-c", "booking.db.TORTOISE_ORM", "makemigrations"],
        capture_output=True,
        text=True,
        cwd=MIGRATIONS.parents[1],
        timeout=120,
    )
    created = set(MIGRATIONS.glob("*.py")) - before
    for path in created:  # never leave a generated file behind
        path.unlink()
    assert result.returncode == 0, result.stderr
    assert not created and "No changes detected" in result.stdout, result.stdout


UPGRADE = """
import asyncio, sys
from tortoise import Tortoise
from tortoise.migrations.api import migrate
from booking.db import tortoise_config

async def main(url):
    await migrate(config=tortoise_config(url=url), target="booking.0007_recurrence")
    conn = Tortoise.get_connection("default")
    await conn.execute_script(
        "INSERT INTO room (code, name, building, floor, capacity, facilities, is_active,"
        " opens_minute, closes_minute) VALUES ('R1', 'Ruang', 'Blok G', '3', 10, '[]', TRUE,"
        " 420, 1260)"
    )
    await Tortoise.close_connections()
    await migrate(config=tortoise_config(url=url))  # what `epesan migrate` does on an upgrade
    conn = Tortoise.get_connection("default")
    print(await conn.execute_query_dict("SELECT code, live_seq FROM room"))
    await Tortoise.close_connections()

asyncio.run(main(sys.argv[1]))
"""


async def test_a_database_with_rooms_upgrades_to_the_latest_migration(tmp_path: Path) -> None:
    """Columns added to tables that already have rows need a database default: a deployment
    with rooms (every deployment) migrates from before the waitlist to now."""
    from tests.conftest import BACKEND, PG_SERVER, _pg_admin

    if BACKEND == "postgres":
        name = f"epesan_upgrade_{tmp_path.name[-12:].replace('-', '_')}"
        await _pg_admin(f'DROP DATABASE IF EXISTS "{name}"')
        await _pg_admin(f'CREATE DATABASE "{name}"')
        url = f"{PG_SERVER}/{name}"
    else:
        url = f"sqlite://{tmp_path / 'old.sqlite3'}"
    try:
        result = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-c", UPGRADE, url],
            capture_output=True,
            text=True,
            cwd=MIGRATIONS.parents[1],
            timeout=120,
        )
    finally:
        if BACKEND == "postgres":
            await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    assert result.returncode == 0, result.stderr[-2000:]
    assert "[{'code': 'R1', 'live_seq': 0}]" in result.stdout
