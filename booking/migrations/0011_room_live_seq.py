"""Rooms count the changes to their availability (live subscribers order room-day states by it).
The column gets a database default, so existing rooms start at 0 (Tortoise's AddField would emit
``NOT NULL`` without one, which fails on a table with rows)."""

from tortoise import migrations
from booking.migration_ops import AddFieldWithDefault
from tortoise import fields


class Migration(migrations.Migration):
    dependencies = [('booking', '0010_block_history')]

    initial = False

    operations = [
        AddFieldWithDefault(
            model_name='Room',
            name='live_seq',
            field=fields.IntField(default=0),
            table='room',
            sql_type='INT',
            default=0,
        ),
    ]
