"""Constraints Tortoise cannot express: no double booking, sane times and quantities.

PostgreSQL: an exclusion constraint (btree_gist) over room and ``tstzrange`` for every booking that
holds its slot. SQLite: triggers that abort an overlapping insert or update. Both dialects: CHECKs.
"""

from tortoise import migrations
from tortoise.migrations import operations as ops

RELEASED = "('REJECTED', 'CANCELLED')"

POSTGRES_UP = f"""
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE booking ADD CONSTRAINT booking_time_order CHECK (ends_at > starts_at);
ALTER TABLE booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (
    room_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
) WHERE (status NOT IN {RELEASED});
ALTER TABLE booking_equipment ADD CONSTRAINT booking_equipment_quantities
    CHECK (requested_quantity > 0 AND (approved_quantity IS NULL OR approved_quantity >= 0));
ALTER TABLE equipment_item ADD CONSTRAINT equipment_item_stock CHECK (stock >= 0);
"""

POSTGRES_DOWN = """
ALTER TABLE equipment_item DROP CONSTRAINT IF EXISTS equipment_item_stock;
ALTER TABLE booking_equipment DROP CONSTRAINT IF EXISTS booking_equipment_quantities;
ALTER TABLE booking DROP CONSTRAINT IF EXISTS booking_no_overlap;
ALTER TABLE booking DROP CONSTRAINT IF EXISTS booking_time_order;
"""

_SQLITE_OVERLAP = f"""
    SELECT 1 FROM booking b
    WHERE b.room_id = NEW.room_id AND b.id IS NOT NEW.id
      AND b.status NOT IN {RELEASED}
      AND b.starts_at < NEW.ends_at AND NEW.starts_at < b.ends_at
"""

SQLITE_UP = f"""
CREATE TRIGGER booking_no_overlap_insert BEFORE INSERT ON booking
WHEN NEW.status NOT IN {RELEASED} AND EXISTS ({_SQLITE_OVERLAP})
BEGIN SELECT RAISE(ABORT, 'booking_no_overlap'); END;
CREATE TRIGGER booking_no_overlap_update
BEFORE UPDATE OF room_id, starts_at, ends_at, status ON booking
WHEN NEW.status NOT IN {RELEASED} AND EXISTS ({_SQLITE_OVERLAP})
BEGIN SELECT RAISE(ABORT, 'booking_no_overlap'); END;
CREATE TRIGGER booking_time_order_insert BEFORE INSERT ON booking
WHEN NEW.ends_at <= NEW.starts_at
BEGIN SELECT RAISE(ABORT, 'booking_time_order'); END;
CREATE TRIGGER booking_time_order_update BEFORE UPDATE OF starts_at, ends_at ON booking
WHEN NEW.ends_at <= NEW.starts_at
BEGIN SELECT RAISE(ABORT, 'booking_time_order'); END;
"""

SQLITE_DOWN = """
DROP TRIGGER IF EXISTS booking_no_overlap_insert;
DROP TRIGGER IF EXISTS booking_no_overlap_update;
DROP TRIGGER IF EXISTS booking_time_order_insert;
DROP TRIGGER IF EXISTS booking_time_order_update;
"""


def _script(schema_editor, postgres: str, sqlite: str) -> str:
    dialect = schema_editor.client.capabilities.dialect
    if dialect == "postgres":
        return postgres
    if dialect == "sqlite":
        return sqlite
    raise RuntimeError(f"ePesanRuangan supports PostgreSQL and SQLite, not {dialect}")


async def forwards(apps, schema_editor) -> None:
    await schema_editor.client.execute_script(_script(schema_editor, POSTGRES_UP, SQLITE_UP))


async def backwards(apps, schema_editor) -> None:
    await schema_editor.client.execute_script(_script(schema_editor, POSTGRES_DOWN, SQLITE_DOWN))


class Migration(migrations.Migration):
    dependencies = [("booking", "0001_initial")]

    operations = [ops.RunPython(forwards, backwards)]
