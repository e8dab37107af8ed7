"""In-app notifications: the caller's inbox, unread count, marking read; delivery state for ADMIN."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

import strawberry
from strawberry import relay
from tortoise.queryset import QuerySet

from api.base import Connection, UserError, local
from api.bookings.types import Booking
from api.common import paginate, typed
from api.context import Info
from api.ids import decode_id, encode_id
from booking import models
from booking.clock import now
from booking.delivery import retry_failed
from booking.enums import Channel, DeliveryStatus
from booking.errors import DomainError, ErrorCode
from booking.notifications import render
from booking.permissions import can_manage_resources


@strawberry.type(description="An in-app notification, in the caller's language.")
class Notification(relay.Node):
    id: relay.NodeID[int]
    kind: str
    title: str
    body: str
    created_at: datetime
    read_at: datetime | None
    booking_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, m: models.Notification, info: Info) -> Notification:
        title, body = render(m, info.context.language)
        return cls(
            id=m.id,
            kind=m.kind,
            title=title,
            body=body,
            created_at=local(m.created_at),
            read_at=local(m.read_at) if m.read_at else None,
            booking_id=m.booking_id,
        )

    @strawberry.field
    async def booking(self, info: Info) -> Booking | None:
        if self.booking_id is None:
            return None
        [found] = await Booking.resolve_nodes(info=info, node_ids=[str(self.booking_id)])
        return found

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Notification | None]:
        user = info.context.require_user()
        ids = [int(i) for i in node_ids]
        rows = {n.id: n for n in await models.Notification.filter(id__in=ids, user_id=user.id)}
        return [cls.from_model(rows[i], info) if i in rows else None for i in ids]


@strawberry.type(description="Delivery of one notification on one channel (ADMIN).")
class Delivery:
    id: strawberry.ID
    channel: Channel
    status: DeliveryStatus
    attempts: int
    last_error: str | None
    next_attempt_at: datetime | None = strawberry.field(description="Only while pending.")
    sent_at: datetime | None
    kind: str
    recipient_nrk: str


@strawberry.input
class MarkNotificationsReadInput:
    ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Notifications to mark; null marks all of mine."
    )


@strawberry.type
class MarkNotificationsReadPayload:
    unread_count: int = 0
    errors: list[UserError] = strawberry.field(default_factory=list)


def _mine(info: Info) -> QuerySet[models.Notification]:
    user = info.context.require_user()
    return models.Notification.filter(user_id=user.id)


@strawberry.type
class NotificationQuery:
    @strawberry.field(description="My notifications, newest first.")
    async def notifications(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        unread_only: bool = False,
    ) -> Connection[Notification]:
        qs = _mine(info).order_by("-created_at", "-id")
        if unread_only:
            qs = qs.filter(read_at=None)

        def convert(rows: Sequence[models.Notification]) -> list[Notification]:
            return [Notification.from_model(r, info) for r in rows]

        return await paginate(qs, info, first, after, convert)

    @strawberry.field
    async def unread_notification_count(self, info: Info) -> int:
        return await _mine(info).filter(read_at=None).count()

    @strawberry.field(description="ADMIN: delivery state of e-mail and push notifications.")
    async def notification_deliveries(
        self,
        info: Info,
        status: DeliveryStatus | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Delivery]:
        user = info.context.require_user()
        if not can_manage_resources(user):
            raise DomainError(ErrorCode.FORBIDDEN)
        qs = models.NotificationDelivery.all().order_by("-id").select_related("notification__user")
        if status:
            qs = qs.filter(status=status)

        def convert(rows: Sequence[models.NotificationDelivery]) -> list[Delivery]:
            return [
                Delivery(
                    id=strawberry.ID(encode_id("Delivery", d.id)),
                    channel=d.channel,
                    status=d.status,
                    attempts=d.attempts,
                    last_error=d.last_error,
                    next_attempt_at=local(d.next_attempt_at)
                    if d.status == DeliveryStatus.PENDING
                    else None,
                    sent_at=local(d.sent_at) if d.sent_at else None,
                    kind=d.notification.kind,
                    recipient_nrk=d.notification.user.nrk,
                )
                for d in rows
            ]

        return await paginate(qs, info, first, after, convert)


@strawberry.input
class RetryNotificationDeliveriesInput:
    ids: list[strawberry.ID] | None = strawberry.field(
        default=None,
        description="Failed deliveries to send again (as ids of notificationDeliveries); null: all.",
    )


@strawberry.type
class RetryNotificationDeliveriesPayload:
    requeued: int = 0
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class NotificationMutation:
    @strawberry.mutation(description="ADMIN: put failed e-mail/push deliveries back in the outbox.")
    async def retry_notification_deliveries(
        self, info: Info, input: RetryNotificationDeliveriesInput
    ) -> RetryNotificationDeliveriesPayload:
        async def action() -> RetryNotificationDeliveriesPayload:
            user = info.context.require_user()
            if not can_manage_resources(user):
                raise DomainError(ErrorCode.FORBIDDEN)
            ids = (
                [decode_id(i, "Delivery", "ids") for i in input.ids]
                if input.ids is not None
                else None
            )
            count = await retry_failed(ids)
            info.context.dispatcher.kick()
            return RetryNotificationDeliveriesPayload(requeued=count)

        return await typed(info, action, lambda e: RetryNotificationDeliveriesPayload(errors=e))

    @strawberry.mutation(description="Mark some (or all) of my notifications read.")
    async def mark_notifications_read(
        self, info: Info, input: MarkNotificationsReadInput
    ) -> MarkNotificationsReadPayload:
        async def action() -> MarkNotificationsReadPayload:
            qs = _mine(info).filter(read_at=None)
            if input.ids is not None:
                ids = [decode_id(i, "Notification", "ids") for i in input.ids]
                qs = qs.filter(id__in=ids)
            await qs.update(read_at=now())
            return MarkNotificationsReadPayload(
                unread_count=await _mine(info).filter(read_at=None).count()
            )

        return await typed(info, action, lambda e: MarkNotificationsReadPayload(errors=e))
