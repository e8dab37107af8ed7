"""ADMIN: users (create, roles and agency, deactivate, unlock, reset the password); every user:
change their own password."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import strawberry

from api import sessions
from api.admin.types import User
from api.base import Role, UserError
from api.common import acting, typed
from api.context import Info
from api.ids import decode_id
from booking import auth, models
from booking.admin import users
from booking.enums import Language
from booking.enums import Role as _Role


@strawberry.input
class CreateUserInput:
    nrk: str = strawberry.field(description="Digits only.")
    name: str
    email: str | None = None
    agency_id: strawberry.ID | None = None
    roles: list[Role]
    language: str = "id"


@strawberry.input
class ChangeUserAccessInput:
    user_id: strawberry.ID
    roles: list[Role] | None = strawberry.field(default=None, description="null: unchanged.")
    agency_id: strawberry.ID | None = strawberry.field(
        default=None, description="null: unchanged (see clearAgency)."
    )
    clear_agency: bool = False


@strawberry.input
class UserIdInput:
    user_id: strawberry.ID


@strawberry.input
class ChangePasswordInput:
    current_password: str
    new_password: str


@strawberry.type
class UserPayload:
    user: User | None = None
    temporary_password: str | None = strawberry.field(
        default=None,
        description="createUser, resetUserPassword: shown once; the user must change it at the "
        "next login.",
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


def _user_id(value: strawberry.ID) -> int:
    return decode_id(value, "User", "userId")


def _agency(value: strawberry.ID | None) -> int | None:
    return decode_id(value, "Agency", "agencyId") if value is not None else None


def _roles(values: list[Role]) -> list[_Role]:
    return [_Role(r.value) for r in values]


def _payload(user: models.User, temporary_password: str | None = None) -> UserPayload:
    return UserPayload(user=User.from_model(user), temporary_password=temporary_password)


def _user(
    info: Info, run: Callable[[models.User], Awaitable[models.User]], *, ends_sessions: bool = False
) -> Awaitable[UserPayload]:
    def done(user: models.User) -> UserPayload:
        if ends_sessions:
            sessions.forget_user(user.id)  # this process at once (the others: SessionsEnded)
        return _payload(user)

    return acting(info, run, done, lambda e: UserPayload(errors=e))


def _with_password(
    info: Info, run: Callable[[models.User], Awaitable[users.WithPassword]]
) -> Awaitable[UserPayload]:
    def done(made: users.WithPassword) -> UserPayload:
        sessions.forget_user(made.user.id)
        return _payload(made.user, made.temporary_password)

    return acting(info, run, done, lambda e: UserPayload(errors=e))


def _draft(input: CreateUserInput) -> users.UserDraft:
    return users.UserDraft(
        nrk=input.nrk,
        name=input.name,
        email=input.email,
        agency_id=_agency(input.agency_id),
        roles=_roles(input.roles),
        language=Language.EN if input.language == "en" else Language.ID,
    )


@strawberry.type
class UserMutation:
    @strawberry.mutation(description="ADMIN: a new user, with a temporary password.")
    async def create_user(self, info: Info, input: CreateUserInput) -> UserPayload:
        return await _with_password(info, lambda u: users.create_user(u, _draft(input)))

    @strawberry.mutation(description="ADMIN: change a user's roles and/or agency.")
    async def change_user_access(self, info: Info, input: ChangeUserAccessInput) -> UserPayload:
        return await _user(
            info,
            lambda u: users.change_access(
                u,
                _user_id(input.user_id),
                _roles(input.roles) if input.roles is not None else None,
                _agency(input.agency_id),
                input.clear_agency,
            ),
        )

    @strawberry.mutation(
        description="ADMIN: the user can no longer log in; every session ends at once, "
        "websockets included."
    )
    async def deactivate_user(self, info: Info, input: UserIdInput) -> UserPayload:
        return await _user(
            info, lambda u: users.deactivate_user(u, _user_id(input.user_id)), ends_sessions=True
        )

    @strawberry.mutation(
        description="ADMIN: a deactivated user can log in again (their password as it was)."
    )
    async def reactivate_user(self, info: Info, input: UserIdInput) -> UserPayload:
        return await _user(info, lambda u: users.reactivate_user(u, _user_id(input.user_id)))

    @strawberry.mutation(description="ADMIN: lift the lock after too many failed logins.")
    async def unlock_user(self, info: Info, input: UserIdInput) -> UserPayload:
        return await _user(info, lambda u: users.unlock_user(u, _user_id(input.user_id)))

    @strawberry.mutation(
        description="ADMIN: a temporary password (shown once); the user's sessions end and the "
        "password must be changed at the next login."
    )
    async def reset_user_password(self, info: Info, input: UserIdInput) -> UserPayload:
        return await _with_password(
            info, lambda u: users.reset_password(u, _user_id(input.user_id))
        )

    @strawberry.mutation(
        description="Change my own password: the current one, then a new one of at least the "
        "minimum length without my NRK or name."
    )
    async def change_password(self, info: Info, input: ChangePasswordInput) -> UserPayload:
        async def action() -> UserPayload:
            me = info.context.require_user(before_password_change=True)
            user = await auth.change_password(
                me, input.current_password, input.new_password, info.context.settings
            )
            sessions.forget_user(user.id)  # cached checks of this user carry the old flag
            return _payload(user)

        return await typed(info, action, lambda errors: UserPayload(errors=errors))
