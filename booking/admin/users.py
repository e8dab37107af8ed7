"""Users: create, change roles and agency, deactivate, unlock, reset the password.

Deactivating a user (and resetting a password) ends every session of that user in the same
transaction (``Session.revoked_at``) and publishes :class:`booking.events.SessionsEnded` after the
commit: every API process forgets its cached checks of those sessions and closes that user's
websockets at once (:mod:`api.sessions`)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from booking import auth, events
from booking.admin import audit
from booking.admin.fields import clean_text, unique
from booking.changes import write
from booking.clock import now
from booking.enums import Language, Role
from booking.errors import DomainError, ErrorCode
from booking.locks import take_sqlite_write_lock
from booking.models import Agency, LoginThrottle, PasswordResetLink, Session, User

NRK = re.compile(r"^[0-9]{1,16}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class UserDraft:
    nrk: str
    name: str
    email: str | None
    agency_id: int | None
    roles: Sequence[Role]
    language: Language = Language.ID


def snapshot(user: User) -> dict[str, object]:
    """A user as the audit keeps it (never the password hash)."""
    return {
        "nrk": user.nrk,
        "name": user.name,
        "email": user.email,
        "agency_id": user.agency_id,
        "roles": list(user.roles),
        "is_active": user.is_active,
    }


def clean_nrk(value: str) -> str:
    nrk = (value or "").strip()
    if not NRK.match(nrk):
        raise DomainError(ErrorCode.VALIDATION, "bad_nrk", field="nrk")
    return nrk


def clean_email(value: str | None) -> str | None:
    email = (value or "").strip()
    if email and (len(email) > 254 or not EMAIL.match(email)):
        raise DomainError(ErrorCode.VALIDATION, "bad_email", field="email")
    return email or None


async def check_roles(
    roles: Sequence[Role], agency_id: int | None, conn: BaseDBAsyncClient
) -> None:
    """At least one role; a requester belongs to an active agency."""
    if not roles:
        raise DomainError(ErrorCode.VALIDATION, "no_roles", field="roles")
    if agency_id is not None:
        agency = await Agency.get_or_none(id=agency_id, using_db=conn)
        if agency is None:
            raise DomainError(ErrorCode.NOT_FOUND, field="agencyId")
        if not agency.is_active:
            raise DomainError(ErrorCode.CONFLICT, "agency_inactive", field="agencyId")
    elif Role.REQUESTER in roles:
        raise DomainError(ErrorCode.VALIDATION, "requester_agency", field="agencyId")


@dataclass(frozen=True)
class WithPassword:
    """A user and the temporary password to hand over (shown once, changed at the first login)."""

    user: User
    temporary_password: str


async def create_user(admin: User, draft: UserDraft) -> WithPassword:
    audit.require_admin(admin)
    nrk = clean_nrk(draft.nrk)
    name = clean_text(draft.name, "name", 200)
    email = clean_email(draft.email)
    roles = [r.value for r in dict.fromkeys(draft.roles)]
    password = auth.temporary_password()
    password_hash = await asyncio.to_thread(auth.hash_password, password)
    async with write() as conn:
        await check_roles(draft.roles, draft.agency_id, conn)
        await unique(User, "nrk", nrk, conn)
        user = await User.create(
            using_db=conn,
            nrk=nrk,
            name=name,
            email=email,
            agency_id=draft.agency_id,
            roles=roles,
            language=draft.language,
            password_hash=password_hash,
            must_change_password=True,
        )
        await audit.record(conn, admin, "USER_CREATE", "USER", user.id, after=snapshot(user))
    return WithPassword(user, password)


async def locked_user(conn: BaseDBAsyncClient, user_id: int) -> User:
    await take_sqlite_write_lock(conn, "app_user", user_id)
    user = await User.filter(id=user_id).using_db(conn).select_for_update().first()
    if user is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="userId")
    return user


async def change_access(
    admin: User,
    user_id: int,
    roles: Sequence[Role] | None,
    agency_id: int | None,
    clear_agency: bool,
) -> User:
    """New roles and/or agency (``clear_agency``: none). Nothing to change is CONFLICT."""
    audit.require_admin(admin)
    async with write() as conn:
        user = await locked_user(conn, user_id)
        before = snapshot(user)
        new_roles = [r.value for r in dict.fromkeys(roles)] if roles is not None else user.roles
        new_agency = None if clear_agency else (agency_id or user.agency_id)
        if new_roles == user.roles and new_agency == user.agency_id:
            raise DomainError(ErrorCode.CONFLICT, "unchanged", field="roles")
        if user.id == admin.id and Role.ADMIN.value not in new_roles:
            raise DomainError(ErrorCode.CONFLICT, "own_admin_role", field="roles")
        await check_roles([Role(r) for r in new_roles], new_agency, conn)
        user.roles, user.agency_id = new_roles, new_agency
        await user.save(using_db=conn, update_fields=["roles", "agency_id"])
        await audit.record(conn, admin, "USER_ACCESS", "USER", user_id, before, snapshot(user))
    return user


async def _end_sessions(conn: BaseDBAsyncClient, user_id: int) -> int:
    return (
        await Session.filter(user_id=user_id, revoked_at=None)
        .using_db(conn)
        .update(revoked_at=now())
    )


async def revoke_links(conn: BaseDBAsyncClient, user_id: int) -> int:
    """The user's one-time password links not yet used stop working."""
    return (
        await PasswordResetLink.filter(user_id=user_id, used_at=None, revoked_at=None)
        .using_db(conn)
        .update(revoked_at=now())
    )


async def deactivate_user(admin: User, user_id: int) -> User:
    """The user can no longer log in; every session ends at once (websockets included)."""
    audit.require_admin(admin)
    if user_id == admin.id:
        raise DomainError(ErrorCode.CONFLICT, "own_account", field="userId")
    async with write() as conn:
        user = await locked_user(conn, user_id)
        if not user.is_active:
            raise DomainError(ErrorCode.CONFLICT, "user_inactive", field="userId")
        before = snapshot(user)
        user.is_active = False
        await user.save(using_db=conn, update_fields=["is_active"])
        ended = await _end_sessions(conn, user_id)
        await revoke_links(conn, user_id)
        after = {**snapshot(user), "sessions_ended": ended}
        await audit.record(conn, admin, "USER_DEACTIVATE", "USER", user_id, before, after)
    await events.publish([events.SessionsEnded(user_id)])
    return user


async def reactivate_user(admin: User, user_id: int) -> User:
    """A deactivated user can log in again (with their password as it was; their old sessions
    stay ended). A REQUESTER's agency must be active: change the agency first otherwise."""
    audit.require_admin(admin)
    async with write() as conn:
        user = await locked_user(conn, user_id)
        if user.is_active:
            raise DomainError(ErrorCode.CONFLICT, "user_active", field="userId")
        await check_roles([Role(r) for r in user.roles], user.agency_id, conn)
        before = snapshot(user)
        user.is_active = True
        await user.save(using_db=conn, update_fields=["is_active"])
        await audit.record(conn, admin, "USER_REACTIVATE", "USER", user_id, before, snapshot(user))
    return user


async def unlock_user(admin: User, user_id: int) -> User:
    """Clear the failed-login lock of the user's NRK (CONFLICT when it is not locked)."""
    audit.require_admin(admin)
    async with write() as conn:
        user = await locked_user(conn, user_id)
        throttle = await LoginThrottle.get_or_none(nrk=user.nrk, using_db=conn)
        if throttle is None or throttle.locked_until is None or throttle.locked_until <= now():
            raise DomainError(ErrorCode.CONFLICT, "not_locked", field="userId")
        await LoginThrottle.filter(nrk=user.nrk).using_db(conn).delete()
        before = {"locked_until": throttle.locked_until.isoformat()}
        await audit.record(
            conn, admin, "USER_UNLOCK", "USER", user_id, before, {"locked_until": None}
        )
    return user


async def locks_by_nrk(nrks: Sequence[str]) -> dict[str, datetime]:
    """The NRKs among ``nrks`` locked now after too many failed logins, with the lock's end."""
    at = now()
    rows = await LoginThrottle.filter(nrk__in=list(set(nrks)), locked_until__gt=at)
    return {r.nrk: r.locked_until for r in rows if r.locked_until is not None}


async def reset_password(admin: User, user_id: int) -> WithPassword:
    """A temporary password, to be changed at the next login; the user's sessions end."""
    audit.require_admin(admin)
    password = auth.temporary_password()
    password_hash = await asyncio.to_thread(auth.hash_password, password)
    async with write() as conn:
        user = await locked_user(conn, user_id)
        if not user.is_active:
            raise DomainError(ErrorCode.CONFLICT, "user_inactive", field="userId")
        user.password_hash, user.must_change_password = password_hash, True
        await user.save(using_db=conn, update_fields=["password_hash", "must_change_password"])
        ended = await _end_sessions(conn, user_id)
        await revoke_links(conn, user_id)  # an earlier one-time link no longer sets a password
        await LoginThrottle.filter(nrk=user.nrk).using_db(conn).delete()
        after = {"must_change_password": True, "sessions_ended": ended}
        await audit.record(conn, admin, "USER_PASSWORD_RESET", "USER", user_id, None, after)
    await events.publish([events.SessionsEnded(user_id)])
    return WithPassword(user, password)
