"""Administration: the audit trail, office closures, a room's description, agencies that can be
deactivated, and the forced password change after a reset. The boolean columns get a database
default so existing rows keep working (booking.migration_ops.AddFieldWithDefault)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from orjson import loads
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise import fields
from tortoise.indexes import Index
from booking.migration_ops import AddFieldWithDefault

class Migration(migrations.Migration):
    dependencies = [('booking', '0012_room_display_link')]

    initial = False

    operations = [
        ops.CreateModel(
            name='AuditEntry',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('actor', fields.ForeignKeyField('booking.User', source_field='actor_id', null=True, db_constraint=True, to_field='id', related_name='audit_entries', on_delete=OnDelete.SET_NULL)),
                ('action', fields.CharField(max_length=40)),
                ('entity_type', fields.CharField(max_length=32)),
                ('entity_id', fields.IntField()),
                ('before', fields.JSONField(null=True, encoder=JSON_DUMPS, decoder=loads)),
                ('after', fields.JSONField(null=True, encoder=JSON_DUMPS, decoder=loads)),
                ('note', fields.TextField(null=True, unique=False)),
                ('at', fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'audit_entry', 'app': 'booking', 'indexes': [Index(fields=['entity_type', 'entity_id']), Index(fields=['actor_id', 'at'])], 'pk_attr': 'id', 'table_description': 'One administrative change (:mod:`booking.admin.audit`): who, when, what, before and after.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='OfficeClosure',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('day', fields.DateField(unique=True)),
                ('reason', fields.CharField(max_length=200)),
            ],
            options={'table': 'office_closure', 'app': 'booking', 'pk_attr': 'id', 'table_description': 'A day the office is closed beside public holidays (*cuti bersama* and other closures),'},
            bases=['Model'],
        ),
        AddFieldWithDefault(
            model_name='Agency',
            name='is_active',
            field=fields.BooleanField(default=True),
            table='agency',
            sql_type='BOOL',
            default='TRUE',
        ),
        ops.AddField(
            model_name='Room',
            name='description',
            field=fields.TextField(null=True, unique=False),
        ),
        AddFieldWithDefault(
            model_name='User',
            name='must_change_password',
            field=fields.BooleanField(default=False),
            table='app_user',
            sql_type='BOOL',
            default='FALSE',
        ),
    ]
