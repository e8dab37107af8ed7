"""Accounts back in service and one-time password links: ADMIN reactivates an agency and makes a
password reset link for a user; the user (not logged in) sets a new password with it."""

from __future__ import annotations

from datetime import datetime

import strawberry

from api import sessions
from api.admin.resources import AgencyIdInput, AgencyPayload
from api.admin.types import Agency, User
from api.base import UserError, local
from api.common import acting, typed
from api.context import Info
from api.ids import decode_id
from booking.admin import agencies, password_links

#: The web app's page that reads the token from the link's fragment (never sent to a server, so
#: no proxy or access log sees it).
RESET_PAGE = "/password-reset#token="


@strawberry.input
class PasswordResetLinkInput:
    user_id: strawberry.ID


@strawberry.type
class PasswordResetLinkPayload:
    user: User | None = None
    reset_link: str | None = strawberry.field(
        default=None,
        description="Shown once: hand it to the user. It works once, until expiresAt; a newer "
        "link, a temporary password or a deactivation revokes it.",
    )
    expires_at: datetime | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ResetPasswordWithLinkInput:
    token: str = strawberry.field(description="The token of the link (after #token=).")
    new_password: str


@strawberry.type
class ResetPasswordWithLinkPayload:
    done: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class AccountMutation:
    @strawberry.mutation(
        description="ADMIN: an agency back in service (new users and requests again)."
    )
    async def reactivate_agency(self, info: Info, input: AgencyIdInput) -> AgencyPayload:
        agency_id = input.agency_id
        return await acting(
            info,
            lambda u: agencies.reactivate_agency(u, decode_id(agency_id, "Agency", "agencyId")),
            lambda r: AgencyPayload(agency=Agency.from_model(r)),
            lambda e: AgencyPayload(errors=e),
        )

    @strawberry.mutation(
        description="ADMIN: a one-time link for the user to set a new password (instead of a "
        "temporary password); the user's current password and sessions stay until it is used."
    )
    async def create_password_reset_link(
        self, info: Info, input: PasswordResetLinkInput
    ) -> PasswordResetLinkPayload:
        base = info.context.base_url

        def done(made: password_links.ResetLink) -> PasswordResetLinkPayload:
            return PasswordResetLinkPayload(
                user=User.from_model(made.user),
                reset_link=f"{base}{RESET_PAGE}{made.token}",
                expires_at=local(made.expires_at),
            )

        return await acting(
            info,
            lambda u: password_links.create_link(
                u, decode_id(input.user_id, "User", "userId"), info.context.settings
            ),
            done,
            lambda e: PasswordResetLinkPayload(errors=e),
        )

    @strawberry.mutation(
        description="Set a new password with a one-time link (no login needed). Every session of "
        "the user ends; log in with the new password. An expired, replaced or used link: "
        "RESET_LINK_INVALID."
    )
    async def reset_password_with_link(
        self, info: Info, input: ResetPasswordWithLinkInput
    ) -> ResetPasswordWithLinkPayload:
        async def action() -> ResetPasswordWithLinkPayload:
            user = await password_links.set_password(
                input.token, input.new_password, info.context.settings
            )
            sessions.forget_user(user.id)  # this process at once (the others: SessionsEnded)
            return ResetPasswordWithLinkPayload(done=True)

        return await typed(info, action, lambda e: ResetPasswordWithLinkPayload(errors=e))
