"""Permission matrix: role x operation x state. Wrong role or state changes nothing."""

from __future__ import annotations

import pytest

from booking import operations
from booking.enums import BookingStatus as S
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, BookingEquipment, BookingEvent
from booking.permissions import can_view_booking

ALL_ROLES = list(Role)

# action -> (state it needs, roles allowed)
MATRIX = {
    "verify": (S.SUBMITTED, {Role.SERVICE_OFFICER}),
    "request_revision": (S.SUBMITTED, {Role.SERVICE_OFFICER}),
    "reject": (S.SUBMITTED, {Role.SERVICE_OFFICER, Role.SERVICE_HEAD}),
    "review_equipment": (S.EQUIPMENT_REVIEW, {Role.EQUIPMENT_HEAD}),
    "decide": (S.AWAITING_REQUESTER, {Role.REQUESTER}),
    "validate": (S.VALIDATION, {Role.SERVICE_HEAD}),
    "approve": (S.SCHEDULING, {Role.SERVICE_HEAD, Role.SERVICE_OFFICER}),
    "cancel": (S.APPROVED, {Role.REQUESTER, Role.SERVICE_OFFICER, Role.SERVICE_HEAD}),
    "resubmit": (S.REVISION_REQUESTED, {Role.REQUESTER}),
}


async def _run(action: str, user, booking: Booking, equipment_id: int, settings) -> None:
    calls = {
        "verify": lambda: operations.verify(user, booking.id, settings=settings),
        "request_revision": lambda: operations.request_revision(
            user, booking.id, "perbaiki", settings=settings
        ),
        "reject": lambda: operations.reject(user, booking.id, "tidak sesuai", settings=settings),
        "review_equipment": lambda: operations.review_equipment(
            user, booking.id, {equipment_id: 1}, settings=settings
        ),
        "decide": lambda: operations.decide_equipment_shortfall(
            user, booking.id, True, settings=settings
        ),
        "validate": lambda: operations.validate(user, booking.id, settings=settings),
        "approve": lambda: operations.approve(user, booking.id, settings),
        "cancel": lambda: operations.cancel(user, booking.id, "batal", settings=settings),
        "resubmit": lambda: operations.resubmit(
            user, booking.id, operations.Revision(), None, settings
        ),
    }
    await calls[action]()


async def _booking_in(state: S, requester, create_booking, create_equipment) -> tuple[Booking, int]:
    item = await create_equipment(stock=5)
    booking = await create_booking(requester, equipment={item.id: 2})
    # Put it straight into the state under test (the workflow itself is tested elsewhere).
    await Booking.filter(id=booking.id).update(status=state)
    await booking.refresh_from_db()
    return booking, item.id


@pytest.mark.parametrize("action", list(MATRIX))
@pytest.mark.parametrize("role", ALL_ROLES)
async def test_role_matrix(action, role, create_user, create_booking, create_equipment, settings):
    state, allowed = MATRIX[action]
    requester = await create_user(Role.REQUESTER)
    booking, item_id = await _booking_in(state, requester, create_booking, create_equipment)
    actor = requester if role == Role.REQUESTER else await create_user(role)
    events_before = await BookingEvent.filter(booking_id=booking.id).count()
    if role in allowed:
        await _run(action, actor, booking, item_id, settings)
        assert await BookingEvent.filter(booking_id=booking.id).count() == events_before + 1
    else:
        with pytest.raises(DomainError) as err:
            await _run(action, actor, booking, item_id, settings)
        assert err.value.code in {ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND}
        await booking.refresh_from_db()
        assert booking.status == state
        assert await BookingEvent.filter(booking_id=booking.id).count() == events_before


WRONG_STATES = [
    S.SUBMITTED,
    S.EQUIPMENT_REVIEW,
    S.VALIDATION,
    S.SCHEDULING,
    S.APPROVED,
    S.REJECTED,
    S.CANCELLED,
]


def _allowed_from(action: str, state: S) -> bool:
    needed, _ = MATRIX[action]
    if action == "cancel":
        return state not in {S.REJECTED, S.CANCELLED}
    if action == "reject":
        return state in {S.SUBMITTED, S.EQUIPMENT_REVIEW, S.VALIDATION, S.SCHEDULING}
    return state == needed


@pytest.mark.parametrize(
    ("action", "state"),
    [(a, s) for a in MATRIX for s in WRONG_STATES if not _allowed_from(a, s)],
)
async def test_state_matrix(action, state, create_user, create_booking, create_equipment, settings):
    _, allowed = MATRIX[action]
    requester = await create_user(Role.REQUESTER)
    booking, item_id = await _booking_in(state, requester, create_booking, create_equipment)
    role = sorted(allowed)[0]
    actor = requester if role == Role.REQUESTER else await create_user(role)
    with pytest.raises(DomainError) as err:
        await _run(action, actor, booking, item_id, settings)
    assert err.value.code == ErrorCode.INVALID_TRANSITION
    await booking.refresh_from_db()
    assert booking.status == state


async def test_requester_of_another_agency_sees_nothing_and_cannot_act(
    create_user, create_booking, create_agency, settings
):
    owner = await create_user(Role.REQUESTER)
    stranger = await create_user(Role.REQUESTER, agency=await create_agency())
    colleague = await create_user(Role.REQUESTER, agency=await owner.agency)
    booking = await create_booking(owner)
    assert not can_view_booking(stranger, booking)
    assert can_view_booking(colleague, booking)
    with pytest.raises(DomainError) as err:
        await operations.cancel(stranger, booking.id, "iseng", settings=settings)
    assert err.value.code == ErrorCode.NOT_FOUND
    await operations.cancel(
        colleague, booking.id, "diganti acara lain", settings=settings
    )  # same agency may act
    assert (await Booking.get(id=booking.id)).status == S.CANCELLED


async def test_leadership_and_admin_read_but_do_not_act(
    create_user, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester)
    for role in (Role.LEADERSHIP, Role.ADMIN, Role.EQUIPMENT_HEAD):
        assert can_view_booking(staff[role], booking)
        with pytest.raises(DomainError) as err:
            await operations.verify(staff[role], booking.id, settings=settings)
        assert err.value.code == ErrorCode.FORBIDDEN


async def test_review_must_cover_every_line_and_not_exceed_request(
    create_user, create_booking, create_equipment, staff, settings
):
    a, b = await create_equipment(stock=9), await create_equipment(stock=9)
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester, equipment={a.id: 2, b.id: 2})
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    head = staff[Role.EQUIPMENT_HEAD]
    for bad in ({a.id: 2}, {a.id: 3, b.id: 2}, {a.id: -1, b.id: 2}):
        with pytest.raises(DomainError) as err:
            await operations.review_equipment(head, booking.id, bad, settings=settings)
        assert err.value.code == ErrorCode.VALIDATION
    assert (
        await BookingEquipment.filter(
            booking_id=booking.id, approved_quantity__not_isnull=True
        ).count()
        == 0
    )
