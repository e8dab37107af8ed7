"""Rooms count the changes to their availability (live subscribers order room-day states by it)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('booking', '0010_block_history')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Room',
            name='live_seq',
            field=fields.IntField(default=0),
        ),
    ]
