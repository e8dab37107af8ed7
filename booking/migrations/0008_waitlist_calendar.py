"""The waitlist (entries and their history), calendar feed links, and ``Booking.sequence`` (the
iCalendar SEQUENCE). The new column gets a database default, so existing bookings start at 0
(Tortoise's AddField would emit ``NOT NULL`` without one, which fails on a table with rows)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from booking.migration_ops import AddFieldWithDefault
from booking.enums import WaitlistStatus
from orjson import loads
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('booking', '0007_recurrence')]

    initial = False

    operations = [
        ops.CreateModel(
            name='CalendarFeed',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('room', fields.ForeignKeyField('booking.Room', source_field='room_id', null=True, unique=True, db_constraint=True, to_field='id', related_name='calendar_feed', on_delete=OnDelete.CASCADE)),
                ('agency', fields.ForeignKeyField('booking.Agency', source_field='agency_id', null=True, unique=True, db_constraint=True, to_field='id', related_name='calendar_feed', on_delete=OnDelete.CASCADE)),
                ('token_hash', fields.CharField(unique=True, max_length=64)),
                ('rotated_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('rotated_by', fields.ForeignKeyField('booking.User', source_field='rotated_by_id', null=True, db_constraint=True, to_field='id', related_name='calendar_rotations', on_delete=OnDelete.SET_NULL)),
                ('rotations', fields.IntField(default=1)),
            ],
            options={'table': 'calendar_feed', 'app': 'booking', 'pk_attr': 'id', 'table_description': "The secret link of one room's or one agency's iCalendar feed. Only the SHA-256 of the token"},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='WaitlistEntry',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('requester', fields.ForeignKeyField('booking.User', source_field='requester_id', db_constraint=True, to_field='id', related_name='waitlist_entries', on_delete=OnDelete.RESTRICT)),
                ('agency', fields.ForeignKeyField('booking.Agency', source_field='agency_id', db_constraint=True, to_field='id', related_name='waitlist_entries', on_delete=OnDelete.RESTRICT)),
                ('room', fields.ForeignKeyField('booking.Room', source_field='room_id', db_constraint=True, to_field='id', related_name='waitlist_entries', on_delete=OnDelete.RESTRICT)),
                ('starts_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('ends_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('title', fields.CharField(max_length=200)),
                ('purpose', fields.TextField(unique=False)),
                ('participants', fields.IntField()),
                ('equipment', fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ('letter_key', fields.CharField(max_length=200)),
                ('letter_content_type', fields.CharField(max_length=64)),
                ('letter_size', fields.IntField()),
                ('idempotency_key', fields.CharField(max_length=128)),
                ('fingerprint', fields.CharField(max_length=64)),
                ('status', fields.CharEnumField(default=WaitlistStatus.WAITING, description='WAITING: WAITING\nPROMOTED: PROMOTED\nLEFT: LEFT\nEXPIRED: EXPIRED', enum_type=WaitlistStatus, max_length=16)),
                ('joined_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('closed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('booking', fields.ForeignKeyField('booking.Booking', source_field='booking_id', null=True, db_constraint=True, to_field='id', related_name='waitlist_origin', on_delete=OnDelete.SET_NULL)),
            ],
            options={'table': 'waitlist_entry', 'app': 'booking', 'unique_together': (('requester', 'idempotency_key'),), 'indexes': [Index(fields=['room_id', 'status', 'starts_at']), Index(fields=['agency_id', 'joined_at'])], 'pk_attr': 'id', 'table_description': 'A request for a taken slot, with everything a booking request carries (letter included).'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='WaitlistEvent',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('entry', fields.ForeignKeyField('booking.WaitlistEntry', source_field='entry_id', db_constraint=True, to_field='id', related_name='history', on_delete=OnDelete.CASCADE)),
                ('action', fields.CharField(max_length=16)),
                ('actor', fields.ForeignKeyField('booking.User', source_field='actor_id', null=True, db_constraint=True, to_field='id', related_name='waitlist_actions', on_delete=OnDelete.SET_NULL)),
                ('actor_role', fields.CharField(null=True, max_length=24)),
                ('note', fields.TextField(null=True, unique=False)),
                ('at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'waitlist_event', 'app': 'booking', 'pk_attr': 'id', 'table_description': 'Waitlist history: joins, leaves, promotions and expiries (who, as which role, when, note).'},
            bases=['Model'],
        ),
        AddFieldWithDefault(
            model_name='Booking',
            name='sequence',
            field=fields.IntField(default=0),
            table='booking',
            sql_type='INT',
            default=0,
        ),
    ]
