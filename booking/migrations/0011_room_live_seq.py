"""Rooms count the changes to their availability (live subscribers order room-day states by it).
The column gets a database default, so existing rooms start at 0 (Tortoise's AddField would emit
``NOT NULL`` without one, which fails on a table with rows)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields


class AddFieldWithDefault(ops.AddField):
    def __init__(self, model_name, name, field, table, sql_type, default):
        super().__init__(model_name, name, field)
        self.sql = f'ALTER TABLE "{table}" ADD COLUMN "{name}" {sql_type} NOT NULL DEFAULT {default}'

    async def database_forward(self, app_label, old_state, new_state, state_editor=None):
        if state_editor:
            await state_editor.client.execute_script(self.sql)


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
