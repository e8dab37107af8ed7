from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from booking.enums import BookingStatus, Language
from json import dumps, loads
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    initial = True

    operations = [
        ops.CreateModel(
            name='Agency',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('code', fields.CharField(unique=True, max_length=32)),
                ('name', fields.CharField(max_length=200)),
            ],
            options={'table': 'agency', 'app': 'booking', 'pk_attr': 'id', 'table_description': 'An SKPD/UKPD of the province.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='EquipmentItem',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('code', fields.CharField(unique=True, max_length=32)),
                ('name', fields.CharField(max_length=200)),
                ('unit', fields.CharField(max_length=32)),
                ('stock', fields.IntField()),
            ],
            options={'table': 'equipment_item', 'app': 'booking', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='LoginThrottle',
            fields=[
                ('nrk', fields.CharField(primary_key=True, unique=True, db_index=True, max_length=64)),
                ('failures', fields.IntField(default=0)),
                ('last_failure_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('locked_until', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'login_throttle', 'app': 'booking', 'pk_attr': 'nrk', 'table_description': 'Failed logins per NRK, whether or not the NRK exists (so the answer reveals nothing).'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Room',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('code', fields.CharField(unique=True, max_length=32)),
                ('name', fields.CharField(max_length=200)),
                ('building', fields.CharField(max_length=100)),
                ('floor', fields.CharField(max_length=16)),
                ('capacity', fields.IntField()),
                ('facilities', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('is_active', fields.BooleanField(default=True)),
                ('opens_minute', fields.IntField(default=420)),
                ('closes_minute', fields.IntField(default=1260)),
            ],
            options={'table': 'room', 'app': 'booking', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='User',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('nrk', fields.CharField(unique=True, max_length=16)),
                ('name', fields.CharField(max_length=200)),
                ('email', fields.CharField(null=True, max_length=254)),
                ('phone', fields.CharField(null=True, max_length=32)),
                ('agency', fields.ForeignKeyField('booking.Agency', source_field='agency_id', null=True, db_constraint=True, to_field='id', related_name='users', on_delete=OnDelete.RESTRICT)),
                ('roles', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('language', fields.CharEnumField(default=Language.ID, description='ID: id\nEN: en', enum_type=Language, max_length=2)),
                ('password_hash', fields.CharField(max_length=200)),
                ('is_active', fields.BooleanField(default=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'app_user', 'app': 'booking', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Booking',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('requester', fields.ForeignKeyField('booking.User', source_field='requester_id', db_constraint=True, to_field='id', related_name='bookings', on_delete=OnDelete.RESTRICT)),
                ('agency', fields.ForeignKeyField('booking.Agency', source_field='agency_id', db_constraint=True, to_field='id', related_name='bookings', on_delete=OnDelete.RESTRICT)),
                ('room', fields.ForeignKeyField('booking.Room', source_field='room_id', db_constraint=True, to_field='id', related_name='bookings', on_delete=OnDelete.RESTRICT)),
                ('starts_at', fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=False)),
                ('ends_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('title', fields.CharField(max_length=200)),
                ('purpose', fields.TextField(unique=False)),
                ('participants', fields.IntField()),
                ('letter_key', fields.CharField(null=True, max_length=200)),
                ('letter_content_type', fields.CharField(null=True, max_length=64)),
                ('letter_size', fields.IntField(null=True)),
                ('status', fields.CharEnumField(db_index=True, description='SUBMITTED: SUBMITTED\nREVISION_REQUESTED: REVISION_REQUESTED\nEQUIPMENT_REVIEW: EQUIPMENT_REVIEW\nAWAITING_REQUESTER: AWAITING_REQUESTER\nVALIDATION: VALIDATION\nSCHEDULING: SCHEDULING\nAPPROVED: APPROVED\nRESCHEDULE_REQUIRED: RESCHEDULE_REQUIRED\nCOMPLETED: COMPLETED\nREPORTED: REPORTED\nREJECTED: REJECTED\nCANCELLED: CANCELLED', enum_type=BookingStatus, max_length=24)),
                ('status_changed_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'booking', 'app': 'booking', 'indexes': [Index(fields=['room_id', 'starts_at'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='BookingEquipment',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('booking', fields.ForeignKeyField('booking.Booking', source_field='booking_id', db_constraint=True, to_field='id', related_name='equipment_lines', on_delete=OnDelete.CASCADE)),
                ('equipment', fields.ForeignKeyField('booking.EquipmentItem', source_field='equipment_id', db_constraint=True, to_field='id', related_name='lines', on_delete=OnDelete.RESTRICT)),
                ('requested_quantity', fields.IntField()),
                ('approved_quantity', fields.IntField(null=True)),
            ],
            options={'table': 'booking_equipment', 'app': 'booking', 'unique_together': (('booking', 'equipment'),), 'pk_attr': 'id', 'table_description': 'One equipment line of a booking. Approved quantities are the allocation (SOP step 5).'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='BookingEvent',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('booking', fields.ForeignKeyField('booking.Booking', source_field='booking_id', db_constraint=True, to_field='id', related_name='history', on_delete=OnDelete.CASCADE)),
                ('action', fields.CharField(max_length=40)),
                ('from_status', fields.CharEnumField(null=True, description='SUBMITTED: SUBMITTED\nREVISION_REQUESTED: REVISION_REQUESTED\nEQUIPMENT_REVIEW: EQUIPMENT_REVIEW\nAWAITING_REQUESTER: AWAITING_REQUESTER\nVALIDATION: VALIDATION\nSCHEDULING: SCHEDULING\nAPPROVED: APPROVED\nRESCHEDULE_REQUIRED: RESCHEDULE_REQUIRED\nCOMPLETED: COMPLETED\nREPORTED: REPORTED\nREJECTED: REJECTED\nCANCELLED: CANCELLED', enum_type=BookingStatus, max_length=24)),
                ('to_status', fields.CharEnumField(description='SUBMITTED: SUBMITTED\nREVISION_REQUESTED: REVISION_REQUESTED\nEQUIPMENT_REVIEW: EQUIPMENT_REVIEW\nAWAITING_REQUESTER: AWAITING_REQUESTER\nVALIDATION: VALIDATION\nSCHEDULING: SCHEDULING\nAPPROVED: APPROVED\nRESCHEDULE_REQUIRED: RESCHEDULE_REQUIRED\nCOMPLETED: COMPLETED\nREPORTED: REPORTED\nREJECTED: REJECTED\nCANCELLED: CANCELLED', enum_type=BookingStatus, max_length=24)),
                ('actor', fields.ForeignKeyField('booking.User', source_field='actor_id', null=True, db_constraint=True, to_field='id', related_name='actions', on_delete=OnDelete.SET_NULL)),
                ('actor_role', fields.CharField(null=True, max_length=24)),
                ('note', fields.TextField(null=True, unique=False)),
                ('at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'booking_event', 'app': 'booking', 'pk_attr': 'id', 'table_description': 'Booking history: one row per transition (who, as which role, when, from, to, note).'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='IdempotencyRecord',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('user', fields.ForeignKeyField('booking.User', source_field='user_id', db_constraint=True, to_field='id', related_name='+', on_delete=OnDelete.CASCADE)),
                ('key', fields.CharField(max_length=128)),
                ('operation', fields.CharField(max_length=40)),
                ('fingerprint', fields.CharField(max_length=64)),
                ('booking', fields.ForeignKeyField('booking.Booking', source_field='booking_id', null=True, db_constraint=True, to_field='id', related_name='+', on_delete=OnDelete.CASCADE)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'idempotency_record', 'app': 'booking', 'unique_together': (('user', 'key'),), 'pk_attr': 'id', 'table_description': "The first result of a creating mutation, keyed by the client's idempotency key."},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Session',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('token_hash', fields.CharField(unique=True, max_length=64)),
                ('user', fields.ForeignKeyField('booking.User', source_field='user_id', db_constraint=True, to_field='id', related_name='sessions', on_delete=OnDelete.CASCADE)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('last_seen_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('expires_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('revoked_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'user_session', 'app': 'booking', 'pk_attr': 'id', 'table_description': 'An opaque login session. Only the SHA-256 of the token is stored.'},
            bases=['Model'],
        ),
    ]
