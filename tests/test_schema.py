"""The committed schema.graphql is the schema the code serves."""

from __future__ import annotations

from pathlib import Path

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


async def test_production_mode_hides_introspection_and_suggestions(database):
    from api.context import Context
    from storage.local import LocalFolderStore

    schema = build_schema(Settings(production=True))
    context = Context(settings=Settings(production=True), store=LocalFolderStore(ROOT / "var"))
    result = await schema.execute("{ __schema { types { name } } }", context_value=context)
    assert result.errors and "introspection" in result.errors[0].message.lower()
    typo = await schema.execute("{ meee { nrk } }", context_value=context)
    assert typo.errors and "Did you mean" not in typo.errors[0].message
    dev = await build_schema(Settings()).execute("{ meee { nrk } }", context_value=context)
    assert dev.errors and "Did you mean" in dev.errors[0].message
