"""Web Push: the key browsers subscribe with, and registering their subscriptions."""

from __future__ import annotations

import strawberry

from api.base import UserError
from api.common import typed
from api.context import Info
from booking import push


@strawberry.input(description="A browser's PushSubscription.toJSON(): endpoint and keys.")
class RegisterPushSubscriptionInput:
    endpoint: str = strawberry.field(description="The push service URL (https).")
    p256dh: str = strawberry.field(
        description="keys.p256dh: the browser's P-256 public key, base64url (65 bytes)."
    )
    auth: str = strawberry.field(description="keys.auth: the auth secret, base64url (16 bytes).")


@strawberry.input
class UnregisterPushSubscriptionInput:
    endpoint: str


@strawberry.type
class PushSubscriptionPayload:
    ok: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class PushQuery:
    @strawberry.field(
        description="VAPID public key (base64url) for pushManager.subscribe's "
        "applicationServerKey; null while Web Push is not configured."
    )
    def vapid_public_key(self, info: Info) -> str | None:
        settings = info.context.settings
        if not settings.vapid_private_key or not settings.vapid_public_key:
            return None
        return settings.vapid_public_key


@strawberry.type
class PushMutation:
    @strawberry.mutation(
        description="Receive my notifications on this browser or phone. Registering an endpoint "
        "again updates its keys (and moves it to me if someone else used this browser)."
    )
    async def register_push_subscription(
        self, info: Info, input: RegisterPushSubscriptionInput
    ) -> PushSubscriptionPayload:
        async def action() -> PushSubscriptionPayload:
            user = info.context.require_user()
            await push.register_subscription(
                user, input.endpoint, input.p256dh, input.auth, info.context.settings
            )
            return PushSubscriptionPayload(ok=True)

        return await typed(info, action, lambda errors: PushSubscriptionPayload(errors=errors))

    @strawberry.mutation(
        description="Stop push notifications to this endpoint (e.g. at logout). Succeeds also "
        "when it was not registered."
    )
    async def unregister_push_subscription(
        self, info: Info, input: UnregisterPushSubscriptionInput
    ) -> PushSubscriptionPayload:
        async def action() -> PushSubscriptionPayload:
            user = info.context.require_user()
            await push.unregister_subscription(user, input.endpoint)
            return PushSubscriptionPayload(ok=True)

        return await typed(info, action, lambda errors: PushSubscriptionPayload(errors=errors))
