from tortoise import migrations
from tortoise.migrations import operations as ops
from booking.enums import BookingStatus
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('booking', '0004_notifications')]

    initial = False

    operations = [
        ops.CreateModel(
            name='PushSubscription',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('user', fields.ForeignKeyField('booking.User', source_field='user_id', db_constraint=True, to_field='id', related_name='push_subscriptions', on_delete=OnDelete.CASCADE)),
                ('endpoint', fields.CharField(unique=True, max_length=1000)),
                ('p256dh', fields.CharField(max_length=200)),
                ('auth', fields.CharField(max_length=100)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'push_subscription', 'app': 'booking', 'pk_attr': 'id', 'table_description': "A browser's or phone's Web Push subscription (endpoint and keys)."},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='StepRecord',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('booking', fields.ForeignKeyField('booking.Booking', source_field='booking_id', db_constraint=True, to_field='id', related_name='steps', on_delete=OnDelete.CASCADE)),
                ('step', fields.IntField()),
                ('status', fields.CharEnumField(description='SUBMITTED: SUBMITTED\nREVISION_REQUESTED: REVISION_REQUESTED\nEQUIPMENT_REVIEW: EQUIPMENT_REVIEW\nAWAITING_REQUESTER: AWAITING_REQUESTER\nVALIDATION: VALIDATION\nSCHEDULING: SCHEDULING\nAPPROVED: APPROVED\nRESCHEDULE_REQUIRED: RESCHEDULE_REQUIRED\nCOMPLETED: COMPLETED\nREPORTED: REPORTED\nREJECTED: REJECTED\nCANCELLED: CANCELLED', enum_type=BookingStatus, max_length=24)),
                ('entered_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('due_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('left_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('completed_by', fields.ForeignKeyField('booking.User', source_field='completed_by_id', null=True, db_constraint=True, to_field='id', related_name='completed_steps', on_delete=OnDelete.SET_NULL)),
                ('completed_role', fields.CharField(null=True, max_length=24)),
                ('wall_minutes', fields.FloatField(null=True)),
                ('working_minutes', fields.FloatField(null=True)),
                ('reminder_sent_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('escalated_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'step_record', 'app': 'booking', 'indexes': [Index(fields=['left_at', 'due_at']), Index(fields=['booking_id', 'left_at'])], 'pk_attr': 'id', 'table_description': 'One stay of a booking in a waiting step: when it entered and left, who completed it, how long'},
            bases=['Model'],
        ),
    ]
