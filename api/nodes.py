"""The one registry of node types: every type a Relay global id can name. ``Query.node`` resolves
ids through it and :func:`api.schema.build_schema` registers its types with the schema."""

from __future__ import annotations

from strawberry import relay

from api.admin.queries import AuditEntry
from api.admin.types import Agency, EquipmentItem, Room, User
from api.bookings.types import Booking, BookingSeries
from api.leadership.resolvers import LeadershipBlock
from api.notifications.resolvers import Notification
from api.photos.types import EventReport, Photo
from api.waitlist.resolvers import WaitlistEntry
from api.webhooks.resolvers import WebhookDelivery, WebhookEndpoint

NODE_TYPES: dict[str, type[relay.Node]] = {
    t.__name__: t
    for t in (
        Agency,
        AuditEntry,
        Booking,
        BookingSeries,
        EquipmentItem,
        EventReport,
        LeadershipBlock,
        Notification,
        Photo,
        Room,
        User,
        WaitlistEntry,
        WebhookDelivery,
        WebhookEndpoint,
    )
}
