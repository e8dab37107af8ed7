"""Webhooks (ADMIN): endpoints as Relay nodes with their deliveries and attempts; input objects
in, payloads with typed ``errors`` out. Thin resolvers over booking.webhooks and
booking.webhook_delivery."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import datetime

import strawberry
from strawberry import relay

from api.admin.types import User, user_by_id
from api.base import Connection, UserError, local
from api.common import acting, paginate
from api.context import Info
from api.ids import decode_id
from booking import models, webhook_delivery, webhooks
from booking.admin import audit
from booking.enums import DeliveryStatus
from booking.enums import WebhookEventType as _WebhookEventType

# The domain's enum is the schema's enum. BOOKING_STATUS_CHANGED: any change of status but a
# cancellation or a report; BOOKING_SCHEDULE_CHANGED: a new room or time.
WebhookEventType = _WebhookEventType
#: How many attempts a delivery lists, newest first.
ATTEMPTS_SHOWN = 20


@strawberry.type(description="One try of a webhook delivery.")
class WebhookAttempt:
    at: datetime
    status_code: int | None = strawberry.field(description="HTTP status; null: no answer.")
    response: str | None = strawberry.field(description="The answer's first 1000 characters.")
    error: str | None
    duration_ms: int

    @classmethod
    def of(cls, m: models.WebhookAttempt) -> WebhookAttempt:
        return cls(
            at=local(m.at),
            status_code=m.status_code,
            response=m.response,
            error=m.error,
            duration_ms=m.duration_ms,
        )


@strawberry.type(description="One message to one endpoint (the outbox row) and its attempts.")
class WebhookDelivery(relay.Node):
    id: relay.NodeID[int]
    message_id: str = strawberry.field(description="The webhook-id header (stable on retries).")
    event_type: str = strawberry.field(description="The message's type, e.g. booking.cancelled.")
    status: DeliveryStatus
    attempt_count: int
    next_attempt_at: datetime | None = strawberry.field(description="While PENDING.")
    last_status_code: int | None
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None
    body: str = strawberry.field(description="The JSON sent (signed), the same on every attempt.")
    endpoint_id: strawberry.Private[int]

    @classmethod
    def of(cls, m: models.WebhookDelivery) -> WebhookDelivery:
        return cls(
            id=m.id,
            message_id=m.message_id,
            event_type=m.event_type,
            status=m.status,
            attempt_count=m.attempts,
            next_attempt_at=local(m.next_attempt_at)
            if m.status == DeliveryStatus.PENDING
            else None,
            last_status_code=m.last_status_code,
            last_error=m.last_error,
            created_at=local(m.created_at),
            sent_at=local(m.sent_at) if m.sent_at else None,
            body=m.body,
            endpoint_id=m.endpoint_id,
        )

    @strawberry.field(description=f"The latest {ATTEMPTS_SHOWN} attempts, newest first.")
    async def attempts(self, info: Info) -> list[WebhookAttempt]:
        rows = await models.WebhookAttempt.filter(delivery_id=self.id).order_by("-id")
        return [WebhookAttempt.of(r) for r in rows[:ATTEMPTS_SHOWN]]

    @strawberry.field
    async def endpoint(self, info: Info) -> WebhookEndpoint | None:
        found = await models.WebhookEndpoint.get_or_none(id=self.endpoint_id)
        return WebhookEndpoint.of(found) if found else None

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[WebhookDelivery | None]:
        audit.require_admin(info.context.require_user())
        ids = [int(i) for i in node_ids]
        found = {r.id: r for r in await models.WebhookDelivery.filter(id__in=ids)}
        return [cls.of(found[i]) if i in found else None for i in ids]


@strawberry.type(description="A system told of changes (ADMIN). Its secret is never shown again.")
class WebhookEndpoint(relay.Node):
    id: relay.NodeID[int]
    url: str
    description: str
    event_types: list[WebhookEventType]
    is_active: bool
    disabled_reason: str | None = strawberry.field(
        description="ADMIN (disabled by hand) or FAILURES (too many failed deliveries in a row)."
    )
    disabled_at: datetime | None
    consecutive_failures: int
    created_at: datetime
    created_by_id: strawberry.Private[int | None]

    @classmethod
    def of(cls, m: models.WebhookEndpoint) -> WebhookEndpoint:
        return cls(
            id=m.id,
            url=m.url,
            description=m.description,
            event_types=[_WebhookEventType(t) for t in m.event_types],
            is_active=m.is_active,
            disabled_reason=m.disabled_reason,
            disabled_at=local(m.disabled_at) if m.disabled_at else None,
            consecutive_failures=m.consecutive_failures,
            created_at=local(m.created_at),
            created_by_id=m.created_by_id,
        )

    @strawberry.field
    async def created_by(self, info: Info) -> User | None:
        return await user_by_id(info, self.created_by_id)

    @strawberry.field(description="Its deliveries, newest first.")
    async def deliveries(
        self,
        info: Info,
        status: DeliveryStatus | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[WebhookDelivery]:
        return await _deliveries(info, self.id, status, first, after)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[WebhookEndpoint | None]:
        audit.require_admin(info.context.require_user())
        ids = [int(i) for i in node_ids]
        found = {r.id: r for r in await models.WebhookEndpoint.filter(id__in=ids)}
        return [cls.of(found[i]) if i in found else None for i in ids]


async def _deliveries(
    info: Info,
    endpoint_id: int | None,
    status: DeliveryStatus | None,
    first: int | None,
    after: str | None,
) -> Connection[WebhookDelivery]:
    audit.require_admin(info.context.require_user())
    qs = models.WebhookDelivery.all().order_by("-id")
    if endpoint_id is not None:
        qs = qs.filter(endpoint_id=endpoint_id)
    if status is not None:
        qs = qs.filter(status=status)

    def convert(rows: Sequence[models.WebhookDelivery]) -> list[WebhookDelivery]:
        return [WebhookDelivery.of(r) for r in rows]

    return await paginate(qs, info, first, after, convert)


@strawberry.input
class WebhookEndpointInput:
    url: str = strawberry.field(description="http(s); a public address unless the settings allow.")
    event_types: list[WebhookEventType]
    description: str = ""

    def draft(self) -> webhooks.EndpointDraft:
        return webhooks.EndpointDraft(self.url, tuple(self.event_types), self.description)


@strawberry.input
class CreateWebhookEndpointInput:
    endpoint: WebhookEndpointInput
    secret: str | None = strawberry.field(
        default=None, description="whsec_<base64 of 24-64 bytes>; null: one is made."
    )


@strawberry.input
class EditWebhookEndpointInput:
    endpoint_id: strawberry.ID
    endpoint: WebhookEndpointInput = strawberry.field(description="Every field, as it should be.")
    secret: str | None = strawberry.field(default=None, description="A new secret, given.")
    rotate_secret: bool = strawberry.field(default=False, description="A new secret, made here.")


@strawberry.input
class WebhookEndpointIdInput:
    endpoint_id: strawberry.ID


@strawberry.input
class RetryWebhookDeliveriesInput:
    endpoint_id: strawberry.ID | None = None
    ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="FAILED deliveries to send again; null: all (of the endpoint)."
    )


@strawberry.type
class WebhookEndpointPayload:
    endpoint: WebhookEndpoint | None = None
    secret: str | None = strawberry.field(
        default=None, description="A new secret (made or given), shown only in this answer."
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteWebhookEndpointPayload:
    deleted_endpoint_id: strawberry.ID | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RetryWebhookDeliveriesPayload:
    requeued: int = 0
    errors: list[UserError] = strawberry.field(default_factory=list)


def _endpoint_id(value: strawberry.ID) -> int:
    return decode_id(value, "WebhookEndpoint", "endpointId")


def _saved(
    info: Info, run: Callable[[models.User], Awaitable[webhooks.Saved]]
) -> Awaitable[WebhookEndpointPayload]:
    return acting(
        info,
        run,
        lambda s: WebhookEndpointPayload(endpoint=WebhookEndpoint.of(s.endpoint), secret=s.secret),
        lambda e: WebhookEndpointPayload(errors=e),
    )


def _endpoint(
    info: Info, run: Callable[[models.User], Awaitable[models.WebhookEndpoint]]
) -> Awaitable[WebhookEndpointPayload]:
    return acting(
        info,
        run,
        lambda m: WebhookEndpointPayload(endpoint=WebhookEndpoint.of(m)),
        lambda e: WebhookEndpointPayload(errors=e),
    )


@strawberry.type
class WebhookQuery:
    @strawberry.field(description="ADMIN: the webhook endpoints, newest first.")
    async def webhook_endpoints(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[WebhookEndpoint]:
        audit.require_admin(info.context.require_user())
        qs = models.WebhookEndpoint.all().order_by("-id")
        return await paginate(
            qs, info, first, after, lambda rows: [WebhookEndpoint.of(r) for r in rows]
        )

    @strawberry.field(description="ADMIN: webhook deliveries, newest first (of one endpoint).")
    async def webhook_deliveries(
        self,
        info: Info,
        endpoint_id: strawberry.ID | None = None,
        status: DeliveryStatus | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[WebhookDelivery]:
        found = _endpoint_id(endpoint_id) if endpoint_id is not None else None
        return await _deliveries(info, found, status, first, after)


@strawberry.type
class WebhookMutation:
    @strawberry.mutation(
        description="ADMIN: register a webhook endpoint. The secret (made unless given) is in "
        "this answer only. A private, loopback or link-local target: WEBHOOK_TARGET_REFUSED."
    )
    async def create_webhook_endpoint(
        self, info: Info, input: CreateWebhookEndpointInput
    ) -> WebhookEndpointPayload:
        settings = info.context.settings
        return await _saved(
            info,
            lambda u: webhooks.create_endpoint(u, input.endpoint.draft(), settings, input.secret),
        )

    @strawberry.mutation(description="ADMIN: an endpoint's URL, event types, description, secret.")
    async def edit_webhook_endpoint(
        self, info: Info, input: EditWebhookEndpointInput
    ) -> WebhookEndpointPayload:
        settings = info.context.settings
        return await _saved(
            info,
            lambda u: webhooks.edit_endpoint(
                u,
                _endpoint_id(input.endpoint_id),
                input.endpoint.draft(),
                settings,
                secret=input.secret,
                rotate_secret=input.rotate_secret,
            ),
        )

    @strawberry.mutation(description="ADMIN: no new messages for the endpoint; waiting ones wait.")
    async def disable_webhook_endpoint(
        self, info: Info, input: WebhookEndpointIdInput
    ) -> WebhookEndpointPayload:
        return await _endpoint(
            info, lambda u: webhooks.set_active(u, _endpoint_id(input.endpoint_id), False)
        )

    @strawberry.mutation(description="ADMIN: enable again; its waiting messages are sent now.")
    async def enable_webhook_endpoint(
        self, info: Info, input: WebhookEndpointIdInput
    ) -> WebhookEndpointPayload:
        async def run(user: models.User) -> models.WebhookEndpoint:
            found = await webhooks.set_active(user, _endpoint_id(input.endpoint_id), True)
            info.context.dispatcher.kick()
            return found

        return await _endpoint(info, run)

    @strawberry.mutation(description="ADMIN: remove an endpoint with its deliveries.")
    async def delete_webhook_endpoint(
        self, info: Info, input: WebhookEndpointIdInput
    ) -> DeleteWebhookEndpointPayload:
        async def run(user: models.User) -> int:
            return await webhooks.delete_endpoint(user, _endpoint_id(input.endpoint_id))

        return await acting(
            info,
            run,
            lambda _: DeleteWebhookEndpointPayload(deleted_endpoint_id=input.endpoint_id),
            lambda e: DeleteWebhookEndpointPayload(errors=e),
        )

    @strawberry.mutation(description="ADMIN: put FAILED webhook deliveries back in the outbox.")
    async def retry_webhook_deliveries(
        self, info: Info, input: RetryWebhookDeliveriesInput
    ) -> RetryWebhookDeliveriesPayload:
        async def run(user: models.User) -> int:
            endpoint = _endpoint_id(input.endpoint_id) if input.endpoint_id else None
            ids = (
                [decode_id(i, "WebhookDelivery", "ids") for i in input.ids]
                if input.ids is not None
                else None
            )
            count = await webhook_delivery.retry_failed(user, endpoint, ids)
            info.context.dispatcher.kick()
            return count

        return await acting(
            info,
            run,
            lambda n: RetryWebhookDeliveriesPayload(requeued=n),
            lambda e: RetryWebhookDeliveriesPayload(errors=e),
        )
