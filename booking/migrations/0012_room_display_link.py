"""Room display links (the tablet beside a room's door): one row per link, the token's SHA-256 only."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('booking', '0011_room_live_seq')]

    initial = False

    operations = [
        ops.CreateModel(
            name='RoomDisplayLink',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('room', fields.ForeignKeyField('booking.Room', source_field='room_id', db_constraint=True, to_field='id', related_name='display_links', on_delete=OnDelete.CASCADE)),
                ('token_hash', fields.CharField(unique=True, max_length=64)),
                ('label', fields.CharField(default='', max_length=100)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('created_by', fields.ForeignKeyField('booking.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='display_links_created', on_delete=OnDelete.SET_NULL)),
                ('revoked_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('revoked_by', fields.ForeignKeyField('booking.User', source_field='revoked_by_id', null=True, db_constraint=True, to_field='id', related_name='display_links_revoked', on_delete=OnDelete.SET_NULL)),
            ],
            options={'table': 'room_display_link', 'app': 'booking', 'pk_attr': 'id', 'table_description': "A revocable link for the tablet beside a room's door (no login, read-only). Only the"},
            bases=['Model'],
        ),
    ]
