"""Leadership block history: one row per create, edit and cancel of a block."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from booking.enums import BlockAction
from orjson import loads
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('booking', '0009_leadership_rules')]

    initial = False

    operations = [
        ops.CreateModel(
            name='LeadershipBlockEvent',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('block', fields.ForeignKeyField('booking.LeadershipBlock', source_field='block_id', db_constraint=True, to_field='id', related_name='history', on_delete=OnDelete.CASCADE)),
                ('action', fields.CharEnumField(description='CREATE: CREATE\nUPDATE: UPDATE\nCANCEL: CANCEL', enum_type=BlockAction, max_length=16)),
                ('actor', fields.ForeignKeyField('booking.User', source_field='actor_id', null=True, db_constraint=True, to_field='id', related_name='block_actions', on_delete=OnDelete.SET_NULL)),
                ('actor_role', fields.CharField(null=True, max_length=24)),
                ('note', fields.TextField(null=True, unique=False)),
                ('before', fields.JSONField(null=True, encoder=JSON_DUMPS, decoder=loads)),
                ('after', fields.JSONField(null=True, encoder=JSON_DUMPS, decoder=loads)),
                ('at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'leadership_block_event', 'app': 'booking', 'pk_attr': 'id', 'table_description': 'Leadership block history: one row per create, edit and cancel (who, as which role, when,'},
            bases=['Model'],
        ),
    ]
