"""Webhooks (booking.webhooks): endpoints, their deliveries (the outbox) and each attempt; a
booking's opt-out of the no-show release (existing bookings keep the release: database default)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from booking.enums import DeliveryStatus
from orjson import loads
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('booking', '0016_ops2')]

    initial = False

    operations = [
        ops.CreateModel(
            name='WebhookEndpoint',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('url', fields.CharField(max_length=1000)),
                ('description', fields.CharField(default='', max_length=200)),
                ('secret', fields.CharField(max_length=200)),
                ('event_types', fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ('is_active', fields.BooleanField(default=True)),
                ('disabled_reason', fields.CharField(null=True, max_length=16)),
                ('disabled_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('consecutive_failures', fields.IntField(default=0)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('created_by', fields.ForeignKeyField('booking.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='webhook_endpoints', on_delete=OnDelete.SET_NULL)),
            ],
            options={'table': 'webhook_endpoint', 'app': 'booking', 'pk_attr': 'id', 'table_description': 'A URL another system registered (by ADMIN) to be told of changes (:mod:`booking.webhooks`).'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='WebhookDelivery',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('endpoint', fields.ForeignKeyField('booking.WebhookEndpoint', source_field='endpoint_id', db_constraint=True, to_field='id', related_name='deliveries', on_delete=OnDelete.CASCADE)),
                ('message_id', fields.CharField(unique=True, max_length=64)),
                ('event_type', fields.CharField(max_length=40)),
                ('body', fields.TextField(unique=False)),
                ('status', fields.CharEnumField(default=DeliveryStatus.PENDING, description='PENDING: PENDING\nSENT: SENT\nFAILED: FAILED', enum_type=DeliveryStatus, max_length=8)),
                ('attempts', fields.IntField(default=0)),
                ('next_attempt_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('last_status_code', fields.IntField(null=True)),
                ('last_error', fields.TextField(null=True, unique=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('sent_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'webhook_delivery', 'app': 'booking', 'indexes': [Index(fields=['status', 'next_attempt_at']), Index(fields=['endpoint_id', 'id'])], 'pk_attr': 'id', 'table_description': 'One message to one endpoint: the outbox row, written in the transaction of the change. The'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='WebhookAttempt',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('delivery', fields.ForeignKeyField('booking.WebhookDelivery', source_field='delivery_id', db_constraint=True, to_field='id', related_name='attempt_rows', on_delete=OnDelete.CASCADE)),
                ('at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('status_code', fields.IntField(null=True)),
                ('response', fields.TextField(null=True, unique=False)),
                ('error', fields.TextField(null=True, unique=False)),
                ('duration_ms', fields.IntField(default=0)),
            ],
            options={'table': 'webhook_attempt', 'app': 'booking', 'indexes': [Index(fields=['delivery_id', 'id'])], 'pk_attr': 'id', 'table_description': "One try of a delivery: when, the HTTP status (None: no answer), the answer's first bytes"},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='Booking',
            name='no_show_release',
            field=fields.BooleanField(default=True, db_default=True),
        ),
    ]
