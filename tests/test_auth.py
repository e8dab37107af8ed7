"""SOP step 1: login with NRK and password, sessions that expire and can be revoked."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from api import sessions
from booking import auth
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.models import LoginThrottle, Session
from tests.conftest import PASSWORD


async def test_login_returns_an_opaque_token_stored_only_as_a_hash(create_user, settings):
    user = await create_user(Role.REQUESTER, nrk="123456")
    result = await auth.login("123456", PASSWORD, settings)
    assert result.user.id == user.id
    session = await Session.get(user_id=user.id)
    assert session.token_hash == auth.hash_token(result.token) != result.token
    found = await auth.authenticate(result.token, settings)
    assert found is not None and found[0].id == user.id


async def test_wrong_password_and_unknown_nrk_answer_the_same(create_user, settings):
    await create_user(Role.REQUESTER, nrk="123456")
    errors = []
    for nrk, password in (("123456", "salah"), ("999999", PASSWORD)):
        with pytest.raises(DomainError) as err:
            await auth.login(nrk, password, settings)
        errors.append((err.value.code, err.value.message_key, err.value.params))
    assert errors[0] == errors[1] == (ErrorCode.INVALID_CREDENTIALS, "INVALID_CREDENTIALS", {})


async def test_repeated_failures_lock_the_nrk_even_for_the_right_password(create_user, settings):
    await create_user(Role.REQUESTER, nrk="222222")
    for _ in range(settings.login_max_failures):
        with pytest.raises(DomainError):
            await auth.login("222222", "salah", settings)
    with pytest.raises(DomainError) as err:
        await auth.login("222222", PASSWORD, settings)
    assert err.value.code == ErrorCode.ACCOUNT_LOCKED
    # an unknown NRK locks the same way, so the lock reveals nothing
    for _ in range(settings.login_max_failures):
        with pytest.raises(DomainError):
            await auth.login("777777", "salah", settings)
    with pytest.raises(DomainError) as err:
        await auth.login("777777", "salah", settings)
    assert err.value.code == ErrorCode.ACCOUNT_LOCKED
    # after the lock ends, the right password works and clears the counter
    await LoginThrottle.filter(nrk="222222").update(locked_until=None)
    await auth.login("222222", PASSWORD, settings)
    assert not await LoginThrottle.exists(nrk="222222")


async def test_logout_revokes_the_session(create_user, settings):
    await create_user(Role.REQUESTER, nrk="333333")
    result = await auth.login("333333", PASSWORD, settings)
    await auth.logout(result.session)
    assert await auth.authenticate(result.token, settings) is None


async def test_idle_and_absolute_expiry(create_user, settings):
    await create_user(Role.REQUESTER, nrk="444444")
    idle = await auth.login("444444", PASSWORD, settings)
    await Session.filter(id=idle.session.id).update(
        last_seen_at=idle.session.last_seen_at
        - timedelta(minutes=settings.session_idle_minutes + 1)
    )
    assert await auth.authenticate(idle.token, settings) is None

    old = await auth.login("444444", PASSWORD, settings)
    await Session.filter(id=old.session.id).update(expires_at=old.session.created_at)
    assert await auth.authenticate(old.token, settings) is None


async def test_deactivated_user_loses_access(create_user, settings):
    user = await create_user(Role.REQUESTER, nrk="555555")
    result = await auth.login("555555", PASSWORD, settings)
    user.is_active = False
    await user.save()
    assert await auth.authenticate(result.token, settings) is None
    with pytest.raises(DomainError):
        await auth.login("555555", PASSWORD, settings)


async def test_unknown_and_garbage_tokens(settings, database):
    for token in (None, "", "x" * 43, "' OR 1=1 --"):
        assert await auth.authenticate(token, settings) is None


def test_password_hash_is_argon2id_at_owasp_minimum():
    params = PasswordHasher().check_needs_rehash  # noqa: F841 - only documents the library
    encoded = auth.hash_password("kata-sandi-panjang")
    assert encoded.startswith("$argon2id$")
    assert "m=19456,t=2,p=1" in encoded


async def test_streams_woken_together_share_one_session_check(create_user, settings, monkeypatch):
    """A change wakes every stream of a token at once: one database check answers them all, and a
    logout while it runs keeps nothing cached."""
    await create_user(Role.REQUESTER, nrk="198001")
    token = (await auth.login("198001", PASSWORD, settings)).token
    calls: list[str | None] = []
    original = auth.authenticate

    async def counted(token: str | None, settings: object) -> object:
        calls.append(token)
        return await original(token, settings)

    monkeypatch.setattr(auth, "authenticate", counted)
    sessions.forget(token)
    found = await asyncio.gather(*(sessions.check(token, settings) for _ in range(50)))
    assert len(calls) == 1
    assert {user.nrk for user, _ in found} == {"198001"}

    sessions.forget(token)
    checking = asyncio.ensure_future(sessions.check(token, settings))
    await asyncio.sleep(0)
    sessions.forget(token)  # logged out in this process while the check runs
    await checking
    await sessions.check(token, settings)
    assert len(calls) == 3  # the answer of the forgotten check was not kept


async def _burst(nrk: str, passwords: list[str], settings) -> list[object]:
    async def attempt(password: str) -> object:
        try:
            return await auth.login(nrk, password, settings)
        except DomainError as error:
            return error.code

    return await asyncio.gather(*(attempt(p) for p in passwords), return_exceptions=True)


@pytest.mark.parametrize("known", [True, False], ids=["known-nrk", "unknown-nrk"])
async def test_a_concurrent_burst_of_wrong_passwords_checks_at_most_the_limit(
    create_user, settings, known
):
    """64 wrong passwords at the same moment: at most ``login_max_failures`` are checked, the
    rest answer ACCOUNT_LOCKED, none fails unexpectedly; the right password sent in the next
    burst gets no token."""
    if known:
        await create_user(Role.REQUESTER, nrk="333333")
    answers = await _burst("333333", ["salah"] * 64, settings)
    assert set(answers) <= {ErrorCode.INVALID_CREDENTIALS, ErrorCode.ACCOUNT_LOCKED}, answers
    assert answers.count(ErrorCode.INVALID_CREDENTIALS) <= settings.login_max_failures
    assert answers.count(ErrorCode.ACCOUNT_LOCKED) >= 64 - settings.login_max_failures
    after = await _burst("333333", ["salah"] * 31 + [PASSWORD] + ["salah"] * 32, settings)
    assert after == [ErrorCode.ACCOUNT_LOCKED] * 64


async def test_the_right_password_in_a_burst_is_served_only_within_the_limit(create_user, settings):
    """Wrong passwords and the right one at once: the right one either gets a token (it was among
    the first ``login_max_failures`` checked) or ACCOUNT_LOCKED; never an unexpected error."""
    await create_user(Role.REQUESTER, nrk="444444")
    answers = await _burst("444444", ["salah"] * 40 + [PASSWORD] + ["salah"] * 23, settings)
    wrong, right = answers[:40] + answers[41:], answers[40]
    assert set(wrong) <= {ErrorCode.INVALID_CREDENTIALS, ErrorCode.ACCOUNT_LOCKED}, answers
    assert right == ErrorCode.ACCOUNT_LOCKED or isinstance(right, auth.LoginResult), right
    # a successful login clears the count (as one after four wrong ones does): the attempts
    # already under way when it did were counted before it, at most one less than the limit
    limit = settings.login_max_failures * (2 if isinstance(right, auth.LoginResult) else 1) - 1
    assert wrong.count(ErrorCode.INVALID_CREDENTIALS) <= max(limit, settings.login_max_failures)


@pytest.mark.parametrize("length", [17, 40, 64, 65, 200])
async def test_an_nrk_longer_than_any_user_has_is_simply_unknown(create_user, settings, length):
    await create_user(Role.REQUESTER, nrk="555555")
    with pytest.raises(DomainError) as err:
        await auth.login("5" * length, PASSWORD, settings)
    assert err.value.code == ErrorCode.INVALID_CREDENTIALS
