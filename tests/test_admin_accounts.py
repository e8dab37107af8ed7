"""Accounts (in-process schema): one-time password reset links, reactivating users and agencies,
and what a deactivated agency's requesters can still do. Each action's happy path, the wrong
role, the conflicting state and bad input; the audit entries they write."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import pytest

from api.ids import encode_id
from booking import auth, operations, series, waitlist
from booking.clock import now
from booking.enums import BookingStatus, Frequency, Role, WaitlistStatus
from booking.errors import DomainError, ErrorCode
from booking.models import AuditEntry, Booking, PasswordResetLink, User, WaitlistEntry
from booking.recurrence import Recurrence
from tests.conftest import PASSWORD, PDF, slot, status_of
from tests.test_admin import NOT_ADMIN, run

NEW_PASSWORD = "Jakarta-Baru-2026!"

LINK = """mutation($input: PasswordResetLinkInput!) { createPasswordResetLink(input: $input) {
  user { nrk } resetLink expiresAt errors { code message field } } }"""
USE = """mutation($input: ResetPasswordWithLinkInput!) { resetPasswordWithLink(input: $input) {
  done errors { code message field } } }"""
REACTIVATE_USER = """mutation($input: UserIdInput!) { reactivateUser(input: $input) {
  user { isActive } errors { code message field } } }"""
DEACTIVATE_USER = """mutation($input: UserIdInput!) { deactivateUser(input: $input) {
  user { isActive } errors { code field } } }"""
RESET = """mutation($input: UserIdInput!) { resetUserPassword(input: $input) {
  user { mustChangePassword } temporaryPassword errors { code } } }"""
DEACTIVATE_AGENCY = """mutation($input: AgencyIdInput!) { deactivateAgency(input: $input) {
  agency { isActive } errors { code field } } }"""
REACTIVATE_AGENCY = """mutation($input: AgencyIdInput!) { reactivateAgency(input: $input) {
  agency { isActive } errors { code message field } } }"""


async def call(settings, store, user: User | None, query: str, input: dict, **kw: Any) -> dict:
    [value] = (await run(settings, store, user, query, input=input, **kw)).values()
    return value


def errors(result: dict) -> list[tuple[str, str | None]]:
    return [(e["code"], e["field"]) for e in result["errors"]]


async def make_link(settings, store, admin: User, user: User) -> str:
    made = await call(settings, store, admin, LINK, {"userId": encode_id("User", user.id)})
    assert made["errors"] == []
    return made["resetLink"].split("#token=", 1)[1]


async def use(settings, store, token: str, password: str = NEW_PASSWORD) -> dict:
    return await call(settings, store, None, USE, {"token": token, "newPassword": password})


# -- password reset links ------------------------------------------------------------------------


async def test_a_reset_link_sets_a_new_password_once_and_ends_every_session(
    settings, store, staff, create_user
):
    admin = staff[Role.ADMIN]
    user = await create_user(Role.REQUESTER, nrk="710001")
    before = await auth.login("710001", PASSWORD, settings)

    made = await call(settings, store, admin, LINK, {"userId": encode_id("User", user.id)})
    assert made["errors"] == [] and made["user"] == {"nrk": "710001"}
    assert "/password-reset#token=" in made["resetLink"]
    token = made["resetLink"].split("#token=", 1)[1]
    expires = datetime.fromisoformat(made["expiresAt"])
    assert timedelta(hours=23, minutes=59) < expires - now() <= timedelta(hours=24)
    # only the hash is stored; the audit entry does not hold the token either
    [row] = await PasswordResetLink.filter(user_id=user.id)
    assert row.token_hash == auth.hash_token(token) and token not in row.token_hash
    assert all(token not in str(e.after) for e in await AuditEntry.all())
    # until the link is used, the current password and sessions still work
    assert await auth.authenticate(before.token, settings) is not None

    weak = await use(settings, store, token, "pendek")
    assert errors(weak) == [("VALIDATION", "newPassword")] and weak["done"] is False
    personal = await use(settings, store, token, "kunci-710001-baru")
    assert errors(personal) == [("VALIDATION", "newPassword")]

    done = await use(settings, store, token)
    assert done == {"done": True, "errors": []}
    assert await auth.authenticate(before.token, settings) is None  # the old session ended
    with pytest.raises(DomainError) as old:
        await auth.login("710001", PASSWORD, settings)
    assert old.value.code == ErrorCode.INVALID_CREDENTIALS
    fresh = await auth.login("710001", NEW_PASSWORD, settings)
    assert fresh.user.must_change_password is False  # the user chose it: no forced change

    again = await use(settings, store, token, "Yang-Lain-Lagi-2026")
    assert errors(again) == [("RESET_LINK_INVALID", "token")]
    assert "sudah dipakai" in again["errors"][0]["message"]
    entries = await AuditEntry.filter(entity_type="USER", entity_id=user.id).order_by("id")
    assert [(e.action, e.actor_id) for e in entries] == [
        ("USER_PASSWORD_LINK", admin.id),
        ("USER_PASSWORD_SET_BY_LINK", user.id),
    ]
    assert entries[1].after == {"sessions_ended": 1, "link_id": row.id}


async def test_an_expired_replaced_revoked_or_unknown_link_is_a_typed_error(
    settings, store, staff, create_user
):
    admin = staff[Role.ADMIN]
    user = await create_user(Role.REQUESTER, nrk="710002")
    first = await make_link(settings, store, admin, user)
    second = await make_link(settings, store, admin, user)
    replaced = await use(settings, store, first)
    assert errors(replaced) == [("RESET_LINK_INVALID", "token")]
    assert "kedaluwarsa" in replaced["errors"][0]["message"]

    await PasswordResetLink.filter(token_hash=auth.hash_token(second)).update(
        expires_at=now() - timedelta(seconds=1)
    )
    expired = await call(settings, store, None, USE, {"token": second, "newPassword": NEW_PASSWORD})
    assert errors(expired) == [("RESET_LINK_INVALID", "token")]

    for unknown in ("bukan-token", "", "x" * 500):
        assert errors(await use(settings, store, unknown)) == [("RESET_LINK_INVALID", "token")]

    # a temporary password, and a deactivation, revoke the links not yet used
    third = await make_link(settings, store, admin, user)
    reset = await call(settings, store, admin, RESET, {"userId": encode_id("User", user.id)})
    assert reset["user"] == {"mustChangePassword": True}
    assert errors(await use(settings, store, third)) == [("RESET_LINK_INVALID", "token")]
    fourth = await make_link(settings, store, admin, user)
    await call(settings, store, admin, DEACTIVATE_USER, {"userId": encode_id("User", user.id)})
    assert errors(await use(settings, store, fourth)) == [("RESET_LINK_INVALID", "token")]
    inactive = await call(settings, store, admin, LINK, {"userId": encode_id("User", user.id)})
    assert errors(inactive) == [("CONFLICT", "userId")]
    await user.refresh_from_db()
    assert user.must_change_password  # the temporary-password path still forces a change


async def test_the_link_after_a_temporary_password_clears_the_forced_change(
    settings, store, staff, create_user
):
    admin = staff[Role.ADMIN]
    user = await create_user(Role.REQUESTER, nrk="710003")
    reset = await call(settings, store, admin, RESET, {"userId": encode_id("User", user.id)})
    temporary = reset["temporaryPassword"]
    assert (await auth.login("710003", temporary, settings)).user.must_change_password
    token = await make_link(settings, store, admin, user)
    assert (await use(settings, store, token))["done"]
    assert not (await auth.login("710003", NEW_PASSWORD, settings)).user.must_change_password


@pytest.mark.parametrize(
    ("user_id", "code", "field"),
    [
        ("bm90LWEtdXNlcg==", "VALIDATION", "userId"),
        (encode_id("Room", 1), "VALIDATION", "userId"),
        (encode_id("User", 999_999), "NOT_FOUND", "userId"),
    ],
)
async def test_a_link_for_a_bad_user_id_is_a_typed_error(
    settings, store, staff, user_id, code, field
):
    result = await call(settings, store, staff[Role.ADMIN], LINK, {"userId": user_id})
    assert errors(result) == [(code, field)] and result["resetLink"] is None
    assert await PasswordResetLink.all().count() == 0


@pytest.mark.parametrize("role", NOT_ADMIN)
async def test_only_admins_make_links_and_reactivate(
    settings, store, create_user, create_agency, role
):
    actor = await create_user(role)
    target = await create_user(Role.REQUESTER)
    agency = await create_agency()
    await User.filter(id=target.id).update(is_active=False)
    await agency.__class__.filter(id=agency.id).update(is_active=False)
    uid = encode_id("User", target.id)
    for query, input in (
        (LINK, {"userId": uid}),
        (REACTIVATE_USER, {"userId": uid}),
        (REACTIVATE_AGENCY, {"agencyId": encode_id("Agency", agency.id)}),
    ):
        result = await call(settings, store, actor, query, input)
        assert [e["code"] for e in result["errors"]] == ["FORBIDDEN"]
    assert await PasswordResetLink.all().count() == 0 and await AuditEntry.all().count() == 0
    assert await User.filter(id=target.id, is_active=False).exists()


# -- reactivating users --------------------------------------------------------------------------


async def test_deactivate_then_reactivate_a_user(
    settings, store, staff, create_user, create_agency
):
    admin = staff[Role.ADMIN]
    user = await create_user(Role.REQUESTER, nrk="710004")
    uid = encode_id("User", user.id)
    session = await auth.login("710004", PASSWORD, settings)

    active = await call(settings, store, admin, REACTIVATE_USER, {"userId": uid})
    assert errors(active) == [("CONFLICT", "userId")]
    assert "sudah aktif" in active["errors"][0]["message"]

    off = await call(settings, store, admin, DEACTIVATE_USER, {"userId": uid})
    assert off["user"] == {"isActive": False}
    with pytest.raises(DomainError):
        await auth.login("710004", PASSWORD, settings)

    on = await call(settings, store, admin, REACTIVATE_USER, {"userId": uid})
    assert on == {"user": {"isActive": True}, "errors": []}
    assert (await auth.login("710004", PASSWORD, settings)).user.id == user.id  # same password
    assert await auth.authenticate(session.token, settings) is None  # old sessions stay ended

    entries = await AuditEntry.filter(entity_type="USER", entity_id=user.id).order_by("id")
    assert [e.action for e in entries] == ["USER_DEACTIVATE", "USER_REACTIVATE"]
    assert entries[1].before["is_active"] is False  # type: ignore[index]
    assert entries[1].after["is_active"] is True  # type: ignore[index]
    assert entries[1].actor_id == admin.id

    missing = await call(
        settings, store, admin, REACTIVATE_USER, {"userId": encode_id("User", 999_999)}
    )
    assert errors(missing) == [("NOT_FOUND", "userId")]
    bad = await call(settings, store, admin, REACTIVATE_USER, {"userId": "%%%"})
    assert errors(bad) == [("VALIDATION", "userId")]

    # a requester of a deactivated agency is not reactivated: change the agency first
    agency = await create_agency()
    other = await create_user(Role.REQUESTER, agency=agency)
    oid = encode_id("User", other.id)
    await call(settings, store, admin, DEACTIVATE_USER, {"userId": oid})
    await call(
        settings, store, admin, DEACTIVATE_AGENCY, {"agencyId": encode_id("Agency", agency.id)}
    )
    refused = await call(settings, store, admin, REACTIVATE_USER, {"userId": oid})
    assert errors(refused) == [("CONFLICT", "agencyId")]
    assert not (await User.get(id=other.id)).is_active


# -- a deactivated agency ------------------------------------------------------------------------


def draft(room_id: int, when: tuple[datetime, datetime]) -> operations.BookingDraft:
    start, end = when
    return operations.BookingDraft(
        room_id=room_id, starts_at=start, ends_at=end, title="Rapat Koordinasi",
        purpose="Koordinasi program kerja", participants=20,
    )  # fmt: skip


async def refused_code(action: Any) -> ErrorCode:
    with pytest.raises(DomainError) as err:
        await action
    return err.value.code


async def test_a_deactivated_agency_takes_no_new_requests_and_its_requests_go_on(
    settings, store, staff, create_user, create_agency, create_room, create_booking
):
    admin = staff[Role.ADMIN]
    agency = await create_agency(name="Dinas Dibubarkan")
    requester = await create_user(Role.REQUESTER, agency=agency)
    other = await create_user(Role.REQUESTER)  # another agency
    room = await create_room()
    pending = await create_booking(requester, room, slot(days=3, hour=9))
    to_cancel = await create_booking(requester, room, slot(days=4, hour=9))
    taken = await create_booking(other, room, slot(days=5, hour=9))
    joined = await waitlist.join(
        requester, draft(room.id, slot(days=5, hour=9)), letter=PDF,
        idempotency_key=uuid.uuid4().hex, store=store, settings=settings,
    )  # fmt: skip
    waiting = joined.entry
    aid = encode_id("Agency", agency.id)

    off = await call(settings, store, admin, DEACTIVATE_AGENCY, {"agencyId": aid})
    assert off == {"agency": {"isActive": False}, "errors": []}
    entry = await AuditEntry.get(action="AGENCY_DEACTIVATE")
    assert entry.after["requests_under_way"] == [pending.id, to_cancel.id]  # type: ignore[index]

    # no new request, series or waitlist entry (typed error, nothing stored)
    count = await Booking.all().count()
    assert await refused_code(
        operations.submit(requester, draft(room.id, slot(days=6)), letter=PDF,
                          idempotency_key=uuid.uuid4().hex, store=store, settings=settings)
    ) == ErrorCode.AGENCY_INACTIVE  # fmt: skip
    weekly = series.SeriesDraft(draft(room.id, slot(days=7)), Recurrence(Frequency.WEEKLY, count=3))
    assert await refused_code(
        series.submit_series(requester, weekly, letter=PDF, idempotency_key=uuid.uuid4().hex,
                             store=store, settings=settings)
    ) == ErrorCode.AGENCY_INACTIVE  # fmt: skip
    assert await refused_code(
        waitlist.join(requester, draft(room.id, slot(days=3, hour=9)), letter=PDF,
                      idempotency_key=uuid.uuid4().hex, store=store, settings=settings)
    ) == ErrorCode.AGENCY_INACTIVE  # fmt: skip
    assert await Booking.all().count() == count

    # requests under way go on: an officer verifies one, the requester cancels the other
    await operations.verify(staff[Role.SERVICE_OFFICER], pending.id)
    assert await status_of(pending) == BookingStatus.VALIDATION  # no equipment: to the head
    await operations.cancel(requester, to_cancel.id, "Acara batal")
    assert await status_of(to_cancel) == BookingStatus.CANCELLED
    # a waiting entry is not promoted when its slot frees: that would be a new request
    await operations.cancel(other, taken.id, "Tidak jadi")
    await waiting.refresh_from_db()
    assert waiting.status == WaitlistStatus.WAITING and waiting.booking_id is None

    again = await call(settings, store, admin, DEACTIVATE_AGENCY, {"agencyId": aid})
    assert errors(again) == [("CONFLICT", "agencyId")]
    on = await call(settings, store, admin, REACTIVATE_AGENCY, {"agencyId": aid})
    assert on == {"agency": {"isActive": True}, "errors": []}
    twice = await call(settings, store, admin, REACTIVATE_AGENCY, {"agencyId": aid})
    assert errors(twice) == [("CONFLICT", "agencyId")]
    missing = await call(
        settings, store, admin, REACTIVATE_AGENCY, {"agencyId": encode_id("Agency", 999_999)}
    )
    assert errors(missing) == [("NOT_FOUND", "agencyId")]
    made = await operations.submit(
        requester, draft(room.id, slot(days=6)), letter=PDF, idempotency_key=uuid.uuid4().hex,
        store=store, settings=settings,
    )  # fmt: skip
    assert made.booking.status == BookingStatus.SUBMITTED
    assert [e.action for e in await AuditEntry.filter(entity_type="AGENCY").order_by("id")] == [
        "AGENCY_DEACTIVATE",
        "AGENCY_REACTIVATE",
    ]
    assert await WaitlistEntry.filter(id=waiting.id, status=WaitlistStatus.WAITING).exists()


# -- through two real API processes --------------------------------------------------------------


@pytest.fixture(scope="module")
def servers(database: str, settings, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Two API processes sharing the database and Redis (two replicas behind a balancer)."""
    from tests.server import run_server
    from tests.test_live import require_redis, server_env

    require_redis()
    logs = tmp_path_factory.mktemp("accounts-logs")
    env = server_env(settings, f"epesan:test{uuid.uuid4().hex[:8]}")
    with run_server(env, logs / "one.log") as one, run_server(env, logs / "two.log") as two:
        yield one, two


async def test_a_link_used_on_one_process_ends_the_sessions_on_the_other(
    servers, create_user, create_agency, create_room
):
    import asyncio

    from gql.transport.exceptions import TransportClosed, TransportConnectionFailed
    from websockets.exceptions import ConnectionClosed

    from tests.server import execute
    from tests.test_api import SUBMIT, login, submit_input
    from tests.test_live import NOTIFICATIONS, subscription

    one, two = servers
    await create_user(Role.ADMIN, nrk="730001")
    agency = await create_agency()
    user = await create_user(Role.REQUESTER, nrk="730002", agency=agency)
    admin = await login(one, "730001")
    token = await login(two, "730002")
    made = await execute(one, LINK, {"input": {"userId": encode_id("User", user.id)}}, token=admin)
    link = made["createPasswordResetLink"]["resetLink"]
    assert link.startswith(one + "/password-reset#token=")
    secret = link.split("#token=", 1)[1]

    async with subscription(two, token, NOTIFICATIONS) as results:
        await asyncio.sleep(0.5)  # subscribed on process two
        assert (await execute(two, "{ me { nrk } }", token=token))["me"] == {"nrk": "730002"}
        used = await execute(one, USE, {"input": {"token": secret, "newPassword": NEW_PASSWORD}})
        assert used["resetPasswordWithLink"] == {"done": True, "errors": []}
        ended = await asyncio.wait_for(results.get(), 1.5)
        assert isinstance(ended, TransportClosed | TransportConnectionFailed | ConnectionClosed)
        assert (await execute(two, "{ me { nrk } }", token=token))["me"] is None
    again = await execute(
        two, USE, {"input": {"token": secret, "newPassword": NEW_PASSWORD}}, language="en"
    )
    [error] = again["resetPasswordWithLink"]["errors"]
    assert error["code"] == "RESET_LINK_INVALID" and "already been used" in error["message"]

    # the agency deactivated: a submission through the API is a typed error, in English too
    fresh = await execute(one, LOGIN, {"nrk": "730002", "pw": NEW_PASSWORD})
    requester = fresh["login"]["token"]
    room = await create_room()
    off = await execute(
        one, DEACTIVATE_AGENCY, {"input": {"agencyId": encode_id("Agency", agency.id)}},
        token=admin,
    )  # fmt: skip
    assert off["deactivateAgency"]["errors"] == []
    refused = await execute(
        two, SUBMIT, {"input": submit_input(room.id, slot(days=9))}, token=requester,
        language="en", upload=True,
    )  # fmt: skip
    [error] = refused["submitBooking"]["errors"]
    assert (error["code"], error["field"]) == ("AGENCY_INACTIVE", "agencyId")
    assert "agency has been deactivated" in error["message"]
    assert await Booking.filter(room_id=room.id).count() == 0


LOGIN = """mutation($nrk: String!, $pw: String!) {
  login(input: {nrk: $nrk, password: $pw}) { token errors { code } }
}"""


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15, 0.3])
async def test_a_request_racing_the_deactivation_is_listed_or_refused(
    settings, store, staff, create_user, create_agency, create_room, delay
):
    """Submissions running while the agency is deactivated (``delay`` after they start): each
    either committed before the deactivation (and is listed in its audit entry) or is refused;
    none slips in unlisted."""
    import asyncio

    from booking.admin import agencies

    agency = await create_agency()
    requester = await create_user(Role.REQUESTER, agency=agency)
    rooms = [await create_room() for _ in range(6)]

    async def submit(room_id: int, after: float) -> object:
        await asyncio.sleep(after)
        try:
            made = await operations.submit(
                requester, draft(room_id, slot(days=3)), letter=PDF,
                idempotency_key=uuid.uuid4().hex, store=store, settings=settings,
            )  # fmt: skip
        except DomainError as error:
            return error.code
        return made.booking.id

    async def deactivate() -> None:
        await asyncio.sleep(delay)
        await agencies.deactivate_agency(staff[Role.ADMIN], agency.id)

    outcomes = await asyncio.gather(
        deactivate(), *(submit(r.id, i * delay / 3) for i, r in enumerate(rooms))
    )
    made = {o for o in outcomes if isinstance(o, int)}
    refused = [o for o in outcomes if o == ErrorCode.AGENCY_INACTIVE]
    assert len(made) + len(refused) == 6
    entry = await AuditEntry.get(action="AGENCY_DEACTIVATE")
    assert set(entry.after["requests_under_way"]) == made  # type: ignore[index]
    assert set(await Booking.filter(agency_id=agency.id).values_list("id", flat=True)) == made
