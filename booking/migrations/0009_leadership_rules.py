from tortoise import migrations
from tortoise.migrations import operations as ops
from orjson import loads
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('booking', '0008_waitlist_calendar')]

    initial = False

    operations = [
        ops.CreateModel(
            name='LeadershipBlock',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('starts_at', fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=False)),
                ('ends_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('reason', fields.TextField(unique=False)),
                ('created_by', fields.ForeignKeyField('booking.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='blocks_created', on_delete=OnDelete.SET_NULL)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('updated_by', fields.ForeignKeyField('booking.User', source_field='updated_by_id', null=True, db_constraint=True, to_field='id', related_name='blocks_updated', on_delete=OnDelete.SET_NULL)),
                ('updated_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('cancelled_by', fields.ForeignKeyField('booking.User', source_field='cancelled_by_id', null=True, db_constraint=True, to_field='id', related_name='blocks_cancelled', on_delete=OnDelete.SET_NULL)),
                ('cancelled_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('cancel_reason', fields.TextField(null=True, unique=False)),
            ],
            options={'table': 'leadership_block', 'app': 'booking', 'pk_attr': 'id', 'table_description': 'A sudden leadership event (*Jadwal Pimpinan Mendadak*): rooms blocked over a time range.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='LeadershipBlockRoom',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('block', fields.ForeignKeyField('booking.LeadershipBlock', source_field='block_id', db_constraint=True, to_field='id', related_name='rooms', on_delete=OnDelete.CASCADE)),
                ('room', fields.ForeignKeyField('booking.Room', source_field='room_id', db_constraint=True, to_field='id', related_name='blocks', on_delete=OnDelete.RESTRICT)),
            ],
            options={'table': 'leadership_block_room', 'app': 'booking', 'unique_together': (('block', 'room'),), 'indexes': [Index(fields=['room_id', 'block_id'])], 'pk_attr': 'id', 'table_description': 'One room of a leadership block.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='RoomRules',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('room', fields.OneToOneField('booking.Room', source_field='room_id', db_constraint=True, to_field='id', related_name='rules', on_delete=OnDelete.CASCADE)),
                ('weekday_hours', fields.JSONField(null=True, encoder=JSON_DUMPS, decoder=loads)),
                ('min_lead_minutes', fields.IntField(null=True)),
                ('max_advance_days', fields.IntField(null=True)),
                ('max_duration_minutes', fields.IntField(null=True)),
                ('buffer_minutes', fields.IntField(null=True)),
                ('updated_by', fields.ForeignKeyField('booking.User', source_field='updated_by_id', null=True, db_constraint=True, to_field='id', related_name='room_rules_updated', on_delete=OnDelete.SET_NULL)),
                ('updated_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'room_rules', 'app': 'booking', 'pk_attr': 'id', 'table_description': 'Per-room overrides of the global booking rules (booking.settings), null keeping the default.'},
            bases=['Model'],
        ),
    ]
