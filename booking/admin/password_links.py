"""One-time password reset links: an administrator makes one for a user, the user sets a new
password with it (a public mutation: they cannot log in).

Only the SHA-256 of the token is stored. A link works once, until it expires
(``password_reset_link_minutes``), and only while it is the user's newest: a new link, a
temporary password or a deactivation revokes it. Setting the password ends every session of the
user (at once in every process, as a deactivation does) and lifts a login lock; no forced change
follows (the user chose the password). Both steps are in the audit trail."""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from booking import auth, events
from booking.admin import audit
from booking.admin.users import locked_user, revoke_links
from booking.changes import write
from booking.clock import now
from booking.errors import DomainError, ErrorCode
from booking.models import LoginThrottle, PasswordResetLink, Session, User
from booking.settings import Settings

#: Longer input is no token of ours (they are 43 characters).
MAX_TOKEN = 200


@dataclass(frozen=True)
class ResetLink:
    """The token to hand over once (in a link); only its hash is kept."""

    user: User
    token: str
    expires_at: datetime


async def create_link(admin: User, user_id: int, settings: Settings) -> ResetLink:
    """A new link for an active user; their earlier links stop working."""
    audit.require_admin(admin)
    token = secrets.token_urlsafe(32)
    at = now()
    expires_at = at + timedelta(minutes=settings.password_reset_link_minutes)
    async with write() as conn:
        user = await locked_user(conn, user_id)
        if not user.is_active:
            raise DomainError(ErrorCode.CONFLICT, "user_inactive", field="userId")
        replaced = await revoke_links(conn, user_id)
        await PasswordResetLink.create(
            using_db=conn,
            token_hash=auth.hash_token(token),
            user_id=user_id,
            created_by_id=admin.id,
            created_at=at,
            expires_at=expires_at,
        )
        after = {"expires_at": expires_at.isoformat(), "links_replaced": replaced}
        await audit.record(conn, admin, "USER_PASSWORD_LINK", "USER", user_id, None, after)
    return ResetLink(user, token, expires_at)


def _usable(link: PasswordResetLink | None, at: datetime) -> PasswordResetLink:
    if link is None or not link.user.is_active:
        raise DomainError(ErrorCode.RESET_LINK_INVALID, field="token")
    if link.used_at is not None:
        raise DomainError(ErrorCode.RESET_LINK_INVALID, "reset_link_used", field="token")
    if link.revoked_at is not None or link.expires_at <= at:
        raise DomainError(ErrorCode.RESET_LINK_INVALID, "reset_link_expired", field="token")
    return link


async def set_password(token: str, new_password: str, settings: Settings) -> User:
    """Set the user's new password with a link (checked against the password policy); the link
    is spent, every session of the user ends."""
    token = (token or "").strip()
    found = None
    if 0 < len(token) <= MAX_TOKEN:
        found = await PasswordResetLink.get_or_none(
            token_hash=auth.hash_token(token)
        ).select_related("user")
    link = _usable(found, now())
    user = link.user
    auth.check_new_password(new_password, user, settings)
    password_hash = await asyncio.to_thread(auth.hash_password, new_password)
    at = now()
    async with write() as conn:
        # Spent in the transaction: of two uses at once, one finds it used.
        spent = await (
            PasswordResetLink.filter(id=link.id, used_at=None, revoked_at=None, expires_at__gt=at)
            .using_db(conn)
            .update(used_at=at)
        )
        if not spent:
            raise DomainError(ErrorCode.RESET_LINK_INVALID, "reset_link_used", field="token")
        changed = await (
            User.filter(id=user.id, is_active=True)
            .using_db(conn)
            .update(password_hash=password_hash, must_change_password=False)
        )
        if not changed:  # deactivated meanwhile
            raise DomainError(ErrorCode.RESET_LINK_INVALID, field="token")
        ended = await (
            Session.filter(user_id=user.id, revoked_at=None).using_db(conn).update(revoked_at=at)
        )
        await LoginThrottle.filter(nrk=user.nrk).using_db(conn).delete()
        after = {"sessions_ended": ended, "link_id": link.id}
        await audit.record(conn, user, "USER_PASSWORD_SET_BY_LINK", "USER", user.id, None, after)
    await events.publish([events.SessionsEnded(user.id)])
    user.must_change_password = False
    return user
