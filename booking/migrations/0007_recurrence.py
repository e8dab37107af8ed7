from tortoise import migrations
from tortoise.migrations import operations as ops
from booking.enums import Frequency
from orjson import loads
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('booking', '0006_photos')]

    initial = False

    operations = [
        ops.CreateModel(
            name='BookingSeries',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('requester', fields.ForeignKeyField('booking.User', source_field='requester_id', db_constraint=True, to_field='id', related_name='booking_series', on_delete=OnDelete.RESTRICT)),
                ('agency', fields.ForeignKeyField('booking.Agency', source_field='agency_id', db_constraint=True, to_field='id', related_name='booking_series', on_delete=OnDelete.RESTRICT)),
                ('room', fields.ForeignKeyField('booking.Room', source_field='room_id', db_constraint=True, to_field='id', related_name='booking_series', on_delete=OnDelete.RESTRICT)),
                ('frequency', fields.CharEnumField(description='DAILY: DAILY\nWEEKLY: WEEKLY\nMONTHLY: MONTHLY', enum_type=Frequency, max_length=8)),
                ('interval', fields.IntField(default=1)),
                ('weekdays', fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ('until', fields.DateField(null=True)),
                ('count', fields.IntField(null=True)),
                ('starts_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('ends_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('skip_holidays', fields.BooleanField(default=False)),
                ('skipped', fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'booking_series', 'app': 'booking', 'pk_attr': 'id', 'table_description': 'A recurring request: its pattern and who asked. The occurrences are ordinary bookings.'},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='Booking',
            name='series',
            field=fields.ForeignKeyField('booking.BookingSeries', source_field='series_id', null=True, db_constraint=True, to_field='id', related_name='occurrences', on_delete=OnDelete.RESTRICT),
        ),
        ops.AddIndex(
            model_name='Booking',
            index=Index(fields=['series_id', 'starts_at']),
        ),
    ]
