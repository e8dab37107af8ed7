"""Leadership documents (event report PDFs, monthly summaries): the rendering outbox."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [("booking", "0014_check_in")]

    initial = False

    operations = [
        ops.CreateModel(
            name='ReportDocument',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('subject', fields.CharField(unique=True, max_length=60)),
                ('status', fields.CharField(default='PENDING', max_length=8)),
                ('content_hash', fields.CharField(null=True, max_length=64)),
                ('key', fields.CharField(null=True, max_length=200)),
                ('size', fields.IntField(null=True)),
                ('renders', fields.IntField(default=0)),
                ('attempts', fields.IntField(default=0)),
                ('next_attempt_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('last_error', fields.TextField(null=True, unique=False)),
                ('requested_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('rendered_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'report_document', 'app': 'booking', 'pk_attr': 'id', 'table_description': "A PDF rendered by a worker for leadership: an event report's document (``subject``"},
            bases=['Model'],
        ),
    ]
