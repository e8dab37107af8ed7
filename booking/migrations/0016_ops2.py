"""One-time password reset links (#16): hashed tokens, single use, expiring."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('booking', '0015_documents_webhooks')]

    initial = False

    operations = [
        ops.CreateModel(
            name='PasswordResetLink',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('token_hash', fields.CharField(unique=True, max_length=64)),
                ('user', fields.ForeignKeyField('booking.User', source_field='user_id', db_constraint=True, to_field='id', related_name='password_reset_links', on_delete=OnDelete.CASCADE)),
                ('created_by', fields.ForeignKeyField('booking.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='password_links_made', on_delete=OnDelete.SET_NULL)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('expires_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('used_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('revoked_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'password_reset_link', 'app': 'booking', 'pk_attr': 'id', 'table_description': 'A one-time link an administrator made for a user to set a new password'},
            bases=['Model'],
        ),
    ]
