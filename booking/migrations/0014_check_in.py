"""Check-in and the no-show release (booking.check_in): when a booking was checked in, each room's
grace period (existing rooms get the default 15 minutes; None: no check-in needed), and NO_SHOW
as a status that releases the slot: the no-double-booking constraint (PostgreSQL) and triggers
(SQLite) of 0002 are rebuilt with it in their list of released statuses."""

from tortoise import fields, migrations
from tortoise.migrations import operations as ops

from booking.enums import BookingStatus

#: The status columns' description lists the enum's members (Tortoise's state of the models), as
#: they are from this migration on.
STATUSES = (
    "SUBMITTED: SUBMITTED\n"
    "REVISION_REQUESTED: REVISION_REQUESTED\n"
    "EQUIPMENT_REVIEW: EQUIPMENT_REVIEW\n"
    "AWAITING_REQUESTER: AWAITING_REQUESTER\n"
    "VALIDATION: VALIDATION\n"
    "SCHEDULING: SCHEDULING\n"
    "APPROVED: APPROVED\n"
    "RESCHEDULE_REQUIRED: RESCHEDULE_REQUIRED\n"
    "COMPLETED: COMPLETED\n"
    "REPORTED: REPORTED\n"
    "REJECTED: REJECTED\n"
    "CANCELLED: CANCELLED\n"
    "NO_SHOW: NO_SHOW"
)

RELEASED_BEFORE = "('REJECTED', 'CANCELLED')"
RELEASED_AFTER = "('REJECTED', 'CANCELLED', 'NO_SHOW')"


def _postgres(released: str) -> str:
    return f"""
ALTER TABLE booking DROP CONSTRAINT IF EXISTS booking_no_overlap;
ALTER TABLE booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (
    room_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
) WHERE (status NOT IN {released});
"""


def _sqlite(released: str) -> str:
    overlap = f"""
    SELECT 1 FROM booking b
    WHERE b.room_id = NEW.room_id AND b.id IS NOT NEW.id
      AND b.status NOT IN {released}
      AND b.starts_at < NEW.ends_at AND NEW.starts_at < b.ends_at
"""
    return f"""
DROP TRIGGER IF EXISTS booking_no_overlap_insert;
DROP TRIGGER IF EXISTS booking_no_overlap_update;
CREATE TRIGGER booking_no_overlap_insert BEFORE INSERT ON booking
WHEN NEW.status NOT IN {released} AND EXISTS ({overlap})
BEGIN SELECT RAISE(ABORT, 'booking_no_overlap'); END;
CREATE TRIGGER booking_no_overlap_update
BEFORE UPDATE OF room_id, starts_at, ends_at, status ON booking
WHEN NEW.status NOT IN {released} AND EXISTS ({overlap})
BEGIN SELECT RAISE(ABORT, 'booking_no_overlap'); END;
DROP TRIGGER IF EXISTS booking_time_order_insert;
DROP TRIGGER IF EXISTS booking_time_order_update;
CREATE TRIGGER booking_time_order_insert BEFORE INSERT ON booking
WHEN NEW.ends_at <= NEW.starts_at
BEGIN SELECT RAISE(ABORT, 'booking_time_order'); END;
CREATE TRIGGER booking_time_order_update BEFORE UPDATE OF starts_at, ends_at ON booking
WHEN NEW.ends_at <= NEW.starts_at
BEGIN SELECT RAISE(ABORT, 'booking_time_order'); END;
DROP TRIGGER IF EXISTS booking_within_a_day_insert;
DROP TRIGGER IF EXISTS booking_within_a_day_update;
CREATE TRIGGER booking_within_a_day_insert BEFORE INSERT ON booking
WHEN julianday(NEW.ends_at) - julianday(NEW.starts_at) > 1
BEGIN SELECT RAISE(ABORT, 'booking_within_a_day'); END;
CREATE TRIGGER booking_within_a_day_update BEFORE UPDATE OF starts_at, ends_at ON booking
WHEN julianday(NEW.ends_at) - julianday(NEW.starts_at) > 1
BEGIN SELECT RAISE(ABORT, 'booking_within_a_day'); END;
"""


def _script(schema_editor, released: str) -> str:
    if schema_editor.client.capabilities.dialect == "postgres":
        return _postgres(released)
    return _sqlite(released)


async def forwards(apps, schema_editor) -> None:
    await schema_editor.client.execute_script(
        _script(schema_editor, RELEASED_AFTER)
        + "UPDATE room SET no_show_grace_minutes = 15 WHERE no_show_grace_minutes IS NULL;"
    )


async def backwards(apps, schema_editor) -> None:
    await schema_editor.client.execute_script(_script(schema_editor, RELEASED_BEFORE))


class Migration(migrations.Migration):
    dependencies = [("booking", "0013_administration")]

    operations = [
        ops.AddField(
            model_name="Room",
            name="no_show_grace_minutes",
            field=fields.IntField(null=True, default=15),
        ),
        ops.AddField(
            model_name="Booking",
            name="checked_in_at",
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AlterField(
            model_name="Booking",
            name="status",
            field=fields.CharEnumField(
                db_index=True, description=STATUSES, enum_type=BookingStatus, max_length=24
            ),
        ),
        ops.AlterField(
            model_name="BookingEvent",
            name="from_status",
            field=fields.CharEnumField(
                null=True, description=STATUSES, enum_type=BookingStatus, max_length=24
            ),
        ),
        ops.AlterField(
            model_name="BookingEvent",
            name="to_status",
            field=fields.CharEnumField(
                description=STATUSES, enum_type=BookingStatus, max_length=24
            ),
        ),
        ops.AlterField(
            model_name="StepRecord",
            name="status",
            field=fields.CharEnumField(
                description=STATUSES, enum_type=BookingStatus, max_length=24
            ),
        ),
        # after the AlterFields: SQLite rebuilds the table, dropping every trigger of 0002 and 0003,
        # so all of them are created again
        ops.RunPython(forwards, backwards),
    ]
