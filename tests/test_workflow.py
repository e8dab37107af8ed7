"""The SOP walked through the domain verbs, with the unhappy paths."""

from __future__ import annotations

import pytest

from booking import operations
from booking.enums import BookingStatus as S
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.models import BookingEvent
from booking.workflow import TRANSITIONS, WAITING_STEP, Action
from tests.conftest import slot, status_of


async def test_request_without_equipment_skips_steps_4_to_6(
    create_user, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester)
    assert booking.status == S.SUBMITTED
    assert booking.reference.startswith("EPR-") and booking.reference.endswith(f"{booking.id:06d}")

    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, "lengkap", settings=settings)
    assert await status_of(booking) == S.VALIDATION
    await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)
    assert await status_of(booking) == S.SCHEDULING
    await operations.approve(staff[Role.SERVICE_HEAD], booking.id, settings)
    assert await status_of(booking) == S.APPROVED

    history = await BookingEvent.filter(booking_id=booking.id).order_by("id")
    assert [(h.from_status, h.to_status, h.actor_role) for h in history] == [
        (None, S.SUBMITTED, "REQUESTER"),
        (S.SUBMITTED, S.VALIDATION, "SERVICE_OFFICER"),
        (S.VALIDATION, S.SCHEDULING, "SERVICE_HEAD"),
        (S.SCHEDULING, S.APPROVED, "SERVICE_HEAD"),
    ]
    assert history[1].note == "lengkap"
    assert history[1].actor_id == staff[Role.SERVICE_OFFICER].id


async def test_equipment_shortfall_goes_to_the_requester(
    create_user, create_booking, create_equipment, staff, settings
):
    projector = await create_equipment("Proyektor", stock=3)
    requester = await create_user(Role.REQUESTER)
    # another event at the same time already holds one projector
    earlier = await create_booking(requester, when=slot(hour=9), equipment={projector.id: 1})
    await operations.verify(staff[Role.SERVICE_OFFICER], earlier.id, settings=settings)
    await operations.review_equipment(
        staff[Role.EQUIPMENT_HEAD], earlier.id, {projector.id: 1}, settings=settings
    )
    booking = await create_booking(requester, when=slot(hour=10), equipment={projector.id: 3})
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    assert await status_of(booking) == S.EQUIPMENT_REVIEW

    # step 4, computed: 3 requested, 2 free
    [check] = await operations.equipment_check(booking)
    assert (check.line.requested_quantity, check.free, check.shortfall) == (3, 2, 1)

    # approving more than is free is refused and changes nothing
    with pytest.raises(DomainError) as err:
        await operations.review_equipment(
            staff[Role.EQUIPMENT_HEAD], booking.id, {projector.id: 3}, settings=settings
        )
    assert err.value.code == ErrorCode.EQUIPMENT_SHORTAGE
    assert await status_of(booking) == S.EQUIPMENT_REVIEW

    await operations.review_equipment(
        staff[Role.EQUIPMENT_HEAD], booking.id, {projector.id: 2}, settings=settings
    )
    assert await status_of(booking) == S.AWAITING_REQUESTER
    await operations.decide_equipment_shortfall(
        requester, booking.id, proceed=True, settings=settings
    )
    assert await status_of(booking) == S.VALIDATION


async def test_requester_may_withdraw_after_a_shortfall(
    create_user, create_booking, create_equipment, staff, settings
):
    mic = await create_equipment("Mikrofon", stock=4)
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester, equipment={mic.id: 4})
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    await operations.review_equipment(
        staff[Role.EQUIPMENT_HEAD], booking.id, {mic.id: 1}, settings=settings
    )
    await operations.decide_equipment_shortfall(
        requester, booking.id, proceed=False, settings=settings
    )
    assert await status_of(booking) == S.CANCELLED


async def test_full_equipment_goes_straight_to_validation(
    create_user, create_booking, create_equipment, staff, settings
):
    screen = await create_equipment("Layar", stock=4)
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester, equipment={screen.id: 4})
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    await operations.review_equipment(
        staff[Role.EQUIPMENT_HEAD], booking.id, {screen.id: 4}, settings=settings
    )
    assert await status_of(booking) == S.VALIDATION


async def test_revision_and_resubmission(create_user, create_booking, staff, settings):
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester)
    with pytest.raises(DomainError) as err:
        await operations.request_revision(
            staff[Role.SERVICE_OFFICER], booking.id, "  ", settings=settings
        )
    assert err.value.code == ErrorCode.VALIDATION
    await operations.request_revision(
        staff[Role.SERVICE_OFFICER],
        booking.id,
        "Lampirkan surat bertanda tangan",
        settings=settings,
    )
    assert await status_of(booking) == S.REVISION_REQUESTED
    start, end = slot(days=4, hour=13)
    revision = operations.Revision(starts_at=start, ends_at=end, title="Rapat Revisi")
    await operations.resubmit(requester, booking.id, revision, "sudah", settings)
    assert await status_of(booking) == S.SUBMITTED
    assert booking.title == "Rapat Revisi" and booking.starts_at == start


async def test_reject_needs_a_reason_and_frees_the_slot(
    create_user, create_booking, create_room, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    booking = await create_booking(requester, room=room)
    with pytest.raises(DomainError):
        await operations.reject(staff[Role.SERVICE_OFFICER], booking.id, "", settings=settings)
    await operations.reject(
        staff[Role.SERVICE_OFFICER], booking.id, "Ruangan dipakai pimpinan", settings=settings
    )
    assert await status_of(booking) == S.REJECTED
    again = await create_booking(requester, room=room)  # same slot is free again
    assert again.status == S.SUBMITTED


async def test_cancel_by_requester_and_by_officer(create_user, create_booking, staff, settings):
    requester = await create_user(Role.REQUESTER)
    first = await create_booking(requester, when=slot(days=2))
    second = await create_booking(requester, when=slot(days=5))
    await operations.cancel(requester, first.id, "Acara ditunda", settings=settings)
    await operations.verify(staff[Role.SERVICE_OFFICER], second.id, settings=settings)
    await operations.validate(staff[Role.SERVICE_HEAD], second.id, settings=settings)
    await operations.approve(staff[Role.SERVICE_OFFICER], second.id, settings)
    await operations.cancel(
        staff[Role.SERVICE_HEAD], second.id, "Jadwal pimpinan mendadak", settings=settings
    )
    assert await status_of(first) == S.CANCELLED
    assert await status_of(second) == S.CANCELLED
    with pytest.raises(DomainError) as err:
        await operations.cancel(requester, first.id, "lagi", settings=settings)
    assert err.value.code == ErrorCode.INVALID_TRANSITION


async def test_approve_can_move_to_another_free_room_and_time(
    create_user, create_booking, create_room, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room_a, room_b = await create_room(), await create_room()
    other = await create_booking(requester, room=room_b, when=slot(days=3, hour=9))
    booking = await create_booking(requester, room=room_a, when=slot(days=3, hour=9))
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)

    # room B is taken at that time: refused, nothing changes
    with pytest.raises(DomainError) as err:
        await operations.approve(staff[Role.SERVICE_HEAD], booking.id, settings, room_id=room_b.id)
    assert err.value.code == ErrorCode.ROOM_UNAVAILABLE
    assert await status_of(booking) == S.SCHEDULING
    assert booking.room_id == room_a.id

    start, end = slot(days=3, hour=13)
    await operations.approve(
        staff[Role.SERVICE_HEAD],
        booking.id,
        settings,
        room_id=room_b.id,
        starts_at=start,
        ends_at=end,
    )
    await booking.refresh_from_db()
    assert (booking.status, booking.room_id, booking.starts_at) == (S.APPROVED, room_b.id, start)
    assert other.id != booking.id


async def test_wrong_state_changes_nothing(create_user, create_booking, staff, settings):
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester)
    with pytest.raises(DomainError) as err:
        await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)
    assert err.value.code == ErrorCode.INVALID_TRANSITION
    assert await status_of(booking) == S.SUBMITTED
    assert await BookingEvent.filter(booking_id=booking.id).count() == 1


async def test_completed_after_the_event(create_user, create_booking, staff, settings):
    from datetime import timedelta

    from booking.models import Booking

    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester)
    for verb in (operations.verify,):
        await verb(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)
    await operations.approve(staff[Role.SERVICE_HEAD], booking.id, settings)
    assert await operations.complete_finished(settings=settings) == []  # not over yet
    await Booking.filter(id=booking.id).update(
        starts_at=booking.starts_at - timedelta(days=10),
        ends_at=booking.ends_at - timedelta(days=10),
    )
    assert await operations.complete_finished(settings=settings) == [booking.id]
    assert await status_of(booking) == S.COMPLETED
    assert await operations.complete_finished(settings=settings) == []  # idempotent


def test_every_waiting_state_has_a_step_and_every_transition_a_known_target():
    targets = {t.target for t in TRANSITIONS}
    assert S.APPROVED in targets and S.REJECTED in targets
    for t in TRANSITIONS:
        assert t.step in range(1, 11)
        assert t.roles or t.action in (
            Action.COMPLETE,
            Action.DISPLACE,
            Action.RELEASE_NO_SHOW,
        )  # system-only
    assert WAITING_STEP[S.SUBMITTED] == 3 and WAITING_STEP[S.EQUIPMENT_REVIEW] == 5


async def test_approve_with_a_new_start_keeps_the_duration_and_records_the_change(
    create_user, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester, when=slot(days=3, hour=9, minutes=90))
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)
    start, _ = slot(days=3, hour=14)
    await operations.approve(
        staff[Role.SERVICE_HEAD], booking.id, settings, starts_at=start, note="ok"
    )
    await booking.refresh_from_db()
    assert (booking.starts_at, booking.ends_at - booking.starts_at) == (
        start,
        slot(minutes=90)[1] - slot()[0],
    )
    last = await BookingEvent.filter(booking_id=booking.id).order_by("-id").first()
    assert last is not None and last.note is not None
    assert (
        last.note.startswith("Jadwal diubah:")
        and "09:00-10:30" in last.note
        and "14:00-15:30" in last.note
    )
    assert last.note.endswith("| ok")


@pytest.mark.parametrize(
    ("when", "code", "reason"),
    [
        (slot(days=400), ErrorCode.RULE_VIOLATED, "too_far_ahead"),
        (slot(days=3, hour=17, minutes=24 * 60), ErrorCode.VALIDATION, "one_day"),
        (slot(days=3, hour=5), ErrorCode.RULE_VIOLATED, "outside_hours"),
        (slot(days=-1), ErrorCode.VALIDATION, "time_past"),
    ],
)
async def test_booking_rules_at_submission(create_user, create_booking, when, code, reason):
    requester = await create_user(Role.REQUESTER)
    with pytest.raises(DomainError) as err:
        await create_booking(requester, when=when)
    assert (err.value.code, err.value.message_key) == (code, reason)


async def test_equipment_request_above_the_whole_stock_is_refused(
    create_user, create_booking, create_equipment
):
    podium = await create_equipment("Podium", stock=3)
    requester = await create_user(Role.REQUESTER)
    with pytest.raises(DomainError) as err:
        await create_booking(requester, equipment={podium.id: 1000})
    assert err.value.message_key == "quantity_exceeds_stock"


async def test_a_booking_is_found_by_its_reference_number(create_user, create_booking):
    from booking.models import Booking

    booking = await create_booking(await create_user(Role.REQUESTER))
    assert (await Booking.by_reference(booking.reference.lower())).id == booking.id
    year = booking.created_at.year
    for wrong in (
        f"EPR-{year - 1}-{booking.id:06d}",
        "EPR-2026-99999999999999999999",
        "XYZ-1-1",
        "",
        "EPR--",
    ):
        assert await Booking.by_reference(wrong) is None
