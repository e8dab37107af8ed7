"""A booking lasts at most one day (the same-day rule). Availability queries rely on it to bound
their index scans (``starts_at > window start - 1 day``), so the database enforces it too."""

from tortoise import migrations
from tortoise.migrations import operations as ops

POSTGRES_UP = """
ALTER TABLE booking ADD CONSTRAINT booking_within_a_day
    CHECK (ends_at <= starts_at + interval '1 day');
"""
POSTGRES_DOWN = "ALTER TABLE booking DROP CONSTRAINT IF EXISTS booking_within_a_day;"

SQLITE_UP = """
CREATE TRIGGER booking_within_a_day_insert BEFORE INSERT ON booking
WHEN julianday(NEW.ends_at) - julianday(NEW.starts_at) > 1
BEGIN SELECT RAISE(ABORT, 'booking_within_a_day'); END;
CREATE TRIGGER booking_within_a_day_update BEFORE UPDATE OF starts_at, ends_at ON booking
WHEN julianday(NEW.ends_at) - julianday(NEW.starts_at) > 1
BEGIN SELECT RAISE(ABORT, 'booking_within_a_day'); END;
"""
SQLITE_DOWN = """
DROP TRIGGER IF EXISTS booking_within_a_day_insert;
DROP TRIGGER IF EXISTS booking_within_a_day_update;
"""


def _script(schema_editor, postgres: str, sqlite: str) -> str:
    return postgres if schema_editor.client.capabilities.dialect == "postgres" else sqlite


async def forwards(apps, schema_editor) -> None:
    await schema_editor.client.execute_script(_script(schema_editor, POSTGRES_UP, SQLITE_UP))


async def backwards(apps, schema_editor) -> None:
    await schema_editor.client.execute_script(_script(schema_editor, POSTGRES_DOWN, SQLITE_DOWN))


class Migration(migrations.Migration):
    dependencies = [("booking", "0002_no_double_booking")]

    operations = [ops.RunPython(forwards, backwards)]
