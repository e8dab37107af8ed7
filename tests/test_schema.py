"""The committed schema.graphql is the schema the code serves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from api.schema import build_schema
from booking.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_committed_schema_matches_the_code():
    committed = (ROOT / "schema.graphql").read_text(encoding="utf-8")
    exported = build_schema(Settings()).as_str() + "\n"
    assert committed == exported, "schema.graphql is stale: run `epesan export-schema`"


def test_relay_conventions_in_the_schema():
    sdl = (ROOT / "schema.graphql").read_text(encoding="utf-8")
    assert "interface Node" in sdl
    for name in ("Booking", "Room", "Agency", "EquipmentItem", "User"):
        assert f"type {name} implements Node" in sdl
    assert "type BookingConnection" in sdl and "pageInfo: PageInfo!" in sdl
    assert "input SubmitBookingInput" in sdl and "type SubmitBookingPayload" in sdl
    assert "scalar Upload" in sdl


PRODUCTION_CHECK = """
import asyncio, json
from api.context import Context
from api.schema import build_schema
from booking.settings import Settings
from storage.local import LocalFolderStore

async def main():
    settings = Settings()
    schema = build_schema(settings)
    context = Context(settings=settings, store=LocalFolderStore("var"))
    out = {}
    for name, query in (("introspection", "{ __schema { types { name } } }"), ("typo", "{ meee { nrk } }")):
        result = await schema.execute(query, context_value=context)
        out[name] = [e.message for e in result.errors or []]
    print(json.dumps(out))

asyncio.run(main())
"""


@pytest.mark.parametrize("production", [True, False])
def test_production_mode_hides_introspection_and_suggestions(production):
    """A schema is built once per process, so each mode runs in its own interpreter."""
    env = {**os.environ, "EPESAN_PRODUCTION": "true" if production else "false"}
    done = subprocess.run(
        [sys.executable, "-c", PRODUCTION_CHECK],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    if production:
        assert out["introspection"] and "introspection" in out["introspection"][0].lower()
        assert out["typo"] and "Did you mean" not in out["typo"][0]
    else:
        assert out["introspection"] == []
        assert "Did you mean" in out["typo"][0]
