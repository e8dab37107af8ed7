"""The migrations describe the models exactly: ``tortoise makemigrations`` finds nothing to add."""

from __future__ import annotations

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
