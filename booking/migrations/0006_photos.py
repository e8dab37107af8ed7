from tortoise import migrations
from tortoise.migrations import operations as ops
from booking.enums import PhotoStatus
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('booking', '0005_step_records_push')]

    initial = False

    operations = [
        ops.CreateModel(
            name='Photo',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('uid', fields.CharField(unique=True, max_length=32)),
                ('booking', fields.ForeignKeyField('booking.Booking', source_field='booking_id', db_constraint=True, to_field='id', related_name='photos', on_delete=OnDelete.CASCADE)),
                ('uploaded_by', fields.ForeignKeyField('booking.User', source_field='uploaded_by_id', null=True, db_constraint=True, to_field='id', related_name='photos', on_delete=OnDelete.SET_NULL)),
                ('status', fields.CharEnumField(description='UPLOADING: UPLOADING\nPROCESSING: PROCESSING\nREADY: READY\nFAILED: FAILED', enum_type=PhotoStatus, max_length=16)),
                ('original_key', fields.CharField(max_length=200)),
                ('content_type', fields.CharField(max_length=40)),
                ('size', fields.IntField(null=True)),
                ('width', fields.IntField(null=True)),
                ('height', fields.IntField(null=True)),
                ('renditions', fields.JSONField(default=list)),
                ('failure_reason', fields.CharField(null=True, max_length=40)),
                ('attempts', fields.IntField(default=0)),
                ('next_attempt_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('upload_expires_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('processed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'photo', 'app': 'booking', 'indexes': [Index(fields=['status', 'next_attempt_at']), Index(fields=['booking_id', 'status'])], 'pk_attr': 'id', 'table_description': 'An event photo (SOP step 10), stored under server-made keys.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='EventReport',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('booking', fields.OneToOneField('booking.Booking', source_field='booking_id', db_constraint=True, to_field='id', related_name='report', on_delete=OnDelete.CASCADE)),
                ('narrative', fields.TextField(unique=False)),
                ('reported_by', fields.ForeignKeyField('booking.User', source_field='reported_by_id', null=True, db_constraint=True, to_field='id', related_name='reports', on_delete=OnDelete.SET_NULL)),
                ('reported_at', fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'event_report', 'app': 'booking', 'pk_attr': 'id', 'table_description': "The usage report to leadership (SOP step 10): a narrative beside the booking's photos."},
            bases=['Model'],
        ),
    ]
