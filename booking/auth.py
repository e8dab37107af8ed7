"""SOP step 1: log in with NRK and password; opaque, revocable sessions."""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from tortoise.transactions import in_transaction

from booking import dialect_sql
from booking.clock import now
from booking.errors import DomainError, ErrorCode
from booking.locks import is_sqlite
from booking.models import NRK_LENGTH, LoginThrottle, Session, User
from booking.settings import Settings

#: argon2id at OWASP's minimum: m=19 MiB, t=2, p=1.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
#: Verified when the NRK is unknown, so both answers take the same time.
_DUMMY_HASH = HASHER.hash("not-a-real-password")
#: ``last_seen_at`` is written at most this often per session.
TOUCH_EVERY = timedelta(seconds=60)


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class LoginResult:
    token: str
    user: User
    session: Session


async def login(nrk: str, password: str, settings: Settings) -> LoginResult:
    """Answer the same way for an unknown NRK and a wrong password; slow down, then lock."""
    nrk = nrk.strip()[:64]
    at = now()
    earlier_failures = await _take_attempt(nrk, at, settings)
    delay = min(
        settings.login_delay_step_seconds * earlier_failures, settings.login_delay_max_seconds
    )
    if delay:
        await asyncio.sleep(delay)

    user = await User.get_or_none(nrk=nrk, is_active=True) if len(nrk) <= NRK_LENGTH else None
    ok = await asyncio.to_thread(_verify, user.password_hash if user else _DUMMY_HASH, password)
    if not (ok and user):
        await _lock_if_spent(nrk, at, settings)
        raise DomainError(ErrorCode.INVALID_CREDENTIALS)

    await LoginThrottle.filter(nrk=nrk).delete()
    if HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = await asyncio.to_thread(hash_password, password)
        await user.save(update_fields=["password_hash"])
    token = secrets.token_urlsafe(32)
    session = await Session.create(
        token_hash=hash_token(token),
        user=user,
        created_at=at,
        last_seen_at=at,
        expires_at=at + timedelta(hours=settings.session_absolute_hours),
    )
    return LoginResult(token=token, user=user, session=session)


async def _take_attempt(nrk: str, at: datetime, settings: Settings) -> int:
    """Count this attempt as a failure before the password is checked, under the throttle row's
    lock (PostgreSQL: a row lock; SQLite: the upsert takes the database write lock), so parallel
    attempts cannot all read the same count: at most ``login_max_failures`` passwords are
    checked until a lock ends or a login succeeds. Returns the failures before this attempt."""
    async with in_transaction() as conn:
        placeholder = "?" if is_sqlite(conn) else "$1"
        await conn.execute_query(
            "INSERT INTO login_throttle (nrk, failures) VALUES "
            f"({placeholder}, 0) ON CONFLICT (nrk) DO NOTHING",
            [nrk],
        )
        throttle = await LoginThrottle.filter(nrk=nrk).using_db(conn).select_for_update().get()
        if throttle.locked_until and throttle.locked_until > at:
            minutes = max(1, int((throttle.locked_until - at).total_seconds() // 60) + 1)
            raise DomainError(ErrorCode.ACCOUNT_LOCKED, minutes=minutes)
        if throttle.locked_until:  # the lock has ended: a fresh count
            throttle.failures, throttle.locked_until = 0, None
        if throttle.failures >= settings.login_max_failures:
            # the attempts under way already use every try left; one of them locks
            raise DomainError(ErrorCode.ACCOUNT_LOCKED, minutes=settings.login_lock_minutes)
        earlier = throttle.failures
        throttle.failures += 1
        throttle.last_failure_at = at
        await throttle.save(
            using_db=conn, update_fields=["failures", "last_failure_at", "locked_until"]
        )
    return earlier


async def _lock_if_spent(nrk: str, at: datetime, settings: Settings) -> None:
    """A wrong password (already counted by :func:`_take_attempt`): lock once the count is spent."""
    await LoginThrottle.filter(
        nrk=nrk, locked_until=None, failures__gte=settings.login_max_failures
    ).update(locked_until=at + timedelta(minutes=settings.login_lock_minutes), failures=0)


@cache
def session_with_user() -> str:
    """A session by its token's hash, with its user (as ``select_related("user")``). Made on the
    first call: the models know their foreign key columns once Tortoise is initialised."""
    return (
        f"SELECT {dialect_sql.columns(Session, 's')}, {dialect_sql.columns(User, 'u')}"
        " FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = $1"
    )


async def authenticate(token: str | None, settings: Settings) -> tuple[User, Session] | None:
    """The user behind a bearer token, or None if it is unknown, revoked, idle or expired."""
    if not token:
        return None
    found = await dialect_sql.rows(Session._meta.db, session_with_user(), [hash_token(token)])
    if not found:
        return None
    session = dialect_sql.instance(Session, "s", found[0])
    # as select_related("user") keeps it: ``session.user`` without another query
    object.__setattr__(session, "_user", dialect_sql.instance(User, "u", found[0]))
    if session.revoked_at is not None:
        return None
    at = now()
    idle_limit = session.last_seen_at + timedelta(minutes=settings.session_idle_minutes)
    if at >= session.expires_at or at >= idle_limit or not session.user.is_active:
        return None
    if at - session.last_seen_at >= TOUCH_EVERY:
        await Session.filter(id=session.id).update(last_seen_at=at)
        session.last_seen_at = at
    return session.user, session


async def logout(session: Session) -> None:
    await Session.filter(id=session.id, revoked_at=None).update(revoked_at=now())


def check_new_password(password: str, user: User, settings: Settings) -> None:
    """The password policy: a minimum length, and neither the NRK nor a part of the name in it."""
    if len(password) < settings.password_min_length:
        raise DomainError(
            ErrorCode.VALIDATION,
            "password_too_short",
            field="newPassword",
            min=settings.password_min_length,
        )
    folded = password.casefold()
    parts = [user.nrk, *(p for p in user.name.split() if len(p) >= 3)]
    if any(p.casefold() in folded for p in parts):
        raise DomainError(ErrorCode.VALIDATION, "password_personal", field="newPassword")


async def change_password(user: User, current: str, new: str, settings: Settings) -> User:
    """Every user changes their own password (also the forced change after a reset); the other
    sessions of the user end, this one stays."""
    if not await asyncio.to_thread(_verify, user.password_hash, current):
        raise DomainError(ErrorCode.INVALID_CREDENTIALS, field="currentPassword")
    if new == current:
        raise DomainError(ErrorCode.VALIDATION, "password_same", field="newPassword")
    check_new_password(new, user, settings)
    user.password_hash = await asyncio.to_thread(hash_password, new)
    user.must_change_password = False
    await user.save(update_fields=["password_hash", "must_change_password"])
    return user


def temporary_password() -> str:
    """A password handed out once by an administrator; it must be changed at the next login."""
    return secrets.token_urlsafe(12)
