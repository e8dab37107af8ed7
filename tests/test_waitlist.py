"""The waitlist: join a taken slot, promotion when it frees (cancel, reject, reschedule), FIFO."""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timedelta

import pytest

from booking import operations, waitlist
from booking.clock import now
from booking.enums import BookingStatus as S
from booking.enums import Language, Role, WaitlistStatus
from booking.errors import DomainError, ErrorCode
from booking.models import (
    Booking,
    BookingEquipment,
    BookingEvent,
    Notification,
    StepRecord,
    WaitlistEntry,
    WaitlistEvent,
)
from booking.notifications import render
from tests.conftest import PDF, slot, status_of


@pytest.fixture
def join(settings, store):
    """Join the waitlist as ``requester`` through the domain operation."""

    async def make(
        requester,
        room,
        when: tuple[datetime, datetime],
        equipment: dict[int, int] | None = None,
        key: str | None = None,
    ) -> WaitlistEntry:
        start, end = when
        draft = operations.BookingDraft(
            room_id=room.id,
            starts_at=start,
            ends_at=end,
            title="Rapat Evaluasi",
            purpose="Evaluasi program triwulan",
            participants=20,
            equipment=tuple(
                operations.EquipmentRequest(i, q) for i, q in (equipment or {}).items()
            ),
        )
        result = await waitlist.join(
            requester,
            draft,
            letter=PDF,
            idempotency_key=key or uuid.uuid4().hex,
            store=store,
            settings=settings,
        )
        return result.entry

    return make


async def promoted_booking(entry: WaitlistEntry) -> Booking:
    await entry.refresh_from_db()
    assert entry.status == WaitlistStatus.PROMOTED
    assert entry.booking_id is not None
    return await Booking.get(id=entry.booking_id)


async def test_joining_a_taken_slot_waits_and_a_free_slot_is_refused(
    create_user, create_room, create_booking, join
):
    room = await create_room()
    first = await create_user(Role.REQUESTER)
    second = await create_user(Role.REQUESTER)
    await create_booking(first, room, slot(hour=9))

    entry = await join(second, room, slot(hour=10, minutes=60))
    assert entry.status == WaitlistStatus.WAITING
    assert entry.agency_id == second.agency_id and entry.letter_key
    [joined] = await WaitlistEvent.filter(entry_id=entry.id)
    assert (joined.action, joined.actor_id, joined.actor_role) == ("JOIN", second.id, "REQUESTER")

    with pytest.raises(DomainError) as err:
        await join(second, room, slot(hour=13))  # nobody holds 13:00-15:00
    assert err.value.code == ErrorCode.SLOT_AVAILABLE
    assert await WaitlistEntry.all().count() == 1


async def test_join_is_idempotent_and_checks_the_request_like_a_booking(
    create_user, create_room, create_booking, join
):
    room = await create_room(capacity=10)
    requester = await create_user(Role.REQUESTER)
    await create_booking(requester, room, slot(hour=9), participants=5)
    other = await create_user(Role.REQUESTER)
    with pytest.raises(DomainError) as err:
        await join(other, room, slot(hour=9))  # 20 participants, capacity 10
    assert (err.value.code, err.value.message_key) == (ErrorCode.RULE_VIOLATED, "capacity")
    room.capacity = 50
    await room.save()
    first = await join(other, room, slot(hour=9), key="same-key-123")
    again = await join(other, room, slot(hour=9), key="same-key-123")
    assert again.id == first.id
    with pytest.raises(DomainError) as err:
        await join(other, room, slot(hour=10), key="same-key-123")
    assert err.value.code == ErrorCode.IDEMPOTENCY_KEY_REUSED


@pytest.mark.parametrize(
    "role", [Role.SERVICE_OFFICER, Role.SERVICE_HEAD, Role.LEADERSHIP, Role.ADMIN]
)
async def test_only_requesters_join(create_user, create_room, create_booking, join, role):
    room = await create_room()
    await create_booking(await create_user(Role.REQUESTER), room, slot(hour=9))
    with pytest.raises(DomainError) as err:
        await join(await create_user(role), room, slot(hour=9))
    assert err.value.code == ErrorCode.FORBIDDEN


async def test_cancel_promotes_the_first_waiting_entry_with_its_notifications_and_clock(
    create_user, create_room, create_booking, create_equipment, join, staff, settings
):
    room = await create_room()
    holder = await create_user(Role.REQUESTER)
    first, second = await create_user(Role.REQUESTER), await create_user(Role.REQUESTER)
    projector = await create_equipment(stock=3)
    taken = await create_booking(holder, room, slot(hour=9))
    early = await join(first, room, slot(hour=9), equipment={projector.id: 2})
    late = await join(second, room, slot(hour=9))

    before = now()
    await operations.cancel(holder, taken.id, "Acara ditunda", settings=settings)

    booking = await promoted_booking(early)
    assert booking.status == S.SUBMITTED
    assert (booking.requester_id, booking.agency_id) == (first.id, first.agency_id)
    assert (booking.starts_at, booking.ends_at) == (early.starts_at, early.ends_at)
    assert (booking.title, booking.letter_key) == ("Rapat Evaluasi", early.letter_key)
    [line] = await BookingEquipment.filter(booking_id=booking.id)
    assert (line.equipment_id, line.requested_quantity) == (projector.id, 2)
    # the history says where it came from
    [submitted] = await BookingEvent.filter(booking_id=booking.id)
    assert submitted.to_status == S.SUBMITTED and "daftar tunggu" in (submitted.note or "")
    assert [e.action for e in await WaitlistEvent.filter(entry_id=early.id).order_by("id")] == [
        "JOIN",
        "PROMOTE",
    ]
    # its step-3 clock starts at promotion, not at joining
    [step] = await StepRecord.filter(booking_id=booking.id)
    assert step.step == 3 and step.left_at is None
    assert step.entered_at >= before > early.joined_at
    assert step.entered_at == booking.created_at
    # the requester is told; the officers get the usual new-request notification
    [told] = await Notification.filter(user_id=first.id, booking_id=booking.id)
    assert told.kind == "waitlist.promoted"
    title, body = render(told, Language.EN)
    assert booking.reference in title and "waitlist" in body
    assert booking.reference in render(told, Language.ID)[0]
    officer = await Notification.get(user_id=staff[Role.SERVICE_OFFICER].id, booking_id=booking.id)
    assert officer.kind == "booking.submitted"
    # the later entry no longer fits: it keeps waiting
    await late.refresh_from_db()
    assert late.status == WaitlistStatus.WAITING


async def test_an_entry_that_does_not_fit_is_skipped_for_a_later_one_that_fits(
    create_user, create_room, create_booking, join, settings
):
    room = await create_room()
    holder, other = await create_user(Role.REQUESTER), await create_user(Role.REQUESTER)
    taken = await create_booking(holder, room, slot(hour=9, minutes=120))  # 09-11
    await create_booking(other, room, slot(hour=11, minutes=60))  # 11-12 stays
    waiting = await create_user(Role.REQUESTER)
    too_long = await join(waiting, room, slot(hour=10, minutes=120))  # 10-12: hits 11-12
    fits = await join(waiting, room, slot(hour=9, minutes=60))  # 09-10

    await operations.cancel(holder, taken.id, "Batal", settings=settings)

    await too_long.refresh_from_db()
    assert too_long.status == WaitlistStatus.WAITING
    assert (await promoted_booking(fits)).status == S.SUBMITTED


async def test_a_long_booking_frees_room_for_several_entries_in_fifo_order(
    create_user, create_room, create_booking, join, staff, settings
):
    room = await create_room()
    holder = await create_user(Role.REQUESTER)
    taken = await create_booking(holder, room, slot(hour=9, minutes=240))  # 09-13
    a, b, c = [await create_user(Role.REQUESTER) for _ in range(3)]
    first = await join(a, room, slot(hour=9, minutes=120))  # 09-11
    second = await join(b, room, slot(hour=10, minutes=120))  # 10-12, overlaps the first
    third = await join(c, room, slot(hour=11, minutes=120))  # 11-13

    await operations.reject(
        staff[Role.SERVICE_OFFICER], taken.id, "Ruangan direnovasi", settings=settings
    )

    assert (await promoted_booking(first)).starts_at == first.starts_at
    assert (await promoted_booking(third)).starts_at == third.starts_at
    await second.refresh_from_db()
    assert second.status == WaitlistStatus.WAITING
    holding = await Booking.filter(room_id=room.id, status=S.SUBMITTED).count()
    assert holding == 2


async def test_reject_promotes_the_waiting_entry(
    create_user, create_room, create_booking, join, staff, settings
):
    room = await create_room()
    taken = await create_booking(await create_user(Role.REQUESTER), room, slot(hour=9))
    entry = await join(await create_user(Role.REQUESTER), room, slot(hour=9))
    await operations.reject(
        staff[Role.SERVICE_OFFICER], taken.id, "Surat tidak lengkap", settings=settings
    )
    assert await status_of(taken) == S.REJECTED
    assert (await promoted_booking(entry)).status == S.SUBMITTED


async def test_approval_with_a_new_schedule_frees_the_old_slot(
    create_user, create_room, create_booking, join, staff, settings
):
    room, other_room = await create_room(), await create_room()
    taken = await create_booking(await create_user(Role.REQUESTER), room, slot(hour=9))
    entry = await join(await create_user(Role.REQUESTER), room, slot(hour=9))
    await operations.verify(staff[Role.SERVICE_OFFICER], taken.id, settings=settings)
    await operations.validate(staff[Role.SERVICE_HEAD], taken.id, settings=settings)
    await entry.refresh_from_db()
    assert entry.status == WaitlistStatus.WAITING  # nothing freed yet

    await operations.approve(staff[Role.SERVICE_HEAD], taken.id, settings, room_id=other_room.id)

    await taken.refresh_from_db()
    assert (taken.status, taken.room_id) == (S.APPROVED, other_room.id)
    assert (await promoted_booking(entry)).room_id == room.id


async def test_an_approval_in_place_promotes_nothing(
    create_user, create_room, create_booking, join, staff, settings
):
    room = await create_room()
    taken = await create_booking(await create_user(Role.REQUESTER), room, slot(hour=9))
    entry = await join(await create_user(Role.REQUESTER), room, slot(hour=9))
    await operations.verify(staff[Role.SERVICE_OFFICER], taken.id, settings=settings)
    await operations.validate(staff[Role.SERVICE_HEAD], taken.id, settings=settings)
    await operations.approve(staff[Role.SERVICE_HEAD], taken.id, settings)
    await entry.refresh_from_db()
    assert entry.status == WaitlistStatus.WAITING


async def test_entries_whose_time_passed_expire_and_left_entries_stay_out(
    create_user, create_room, create_booking, join, staff, settings
):
    room = await create_room()
    holder = await create_user(Role.REQUESTER)
    taken = await create_booking(holder, room, slot(hour=9))
    waiting = await create_user(Role.REQUESTER)
    left = await join(waiting, room, slot(hour=9))
    passed = await join(waiting, room, slot(hour=10))
    # its start passed while it waited (written directly: joining a past slot is refused)
    passed.starts_at = now() - timedelta(hours=2)
    passed.ends_at = now() - timedelta(hours=1)
    await passed.save()
    await waitlist.leave(waiting, left.id)

    await operations.cancel(holder, taken.id, "Batal", settings=settings)

    await left.refresh_from_db()
    await passed.refresh_from_db()
    assert left.status == WaitlistStatus.LEFT and left.booking_id is None
    assert passed.status == WaitlistStatus.EXPIRED
    assert await Booking.filter(room_id=room.id).count() == 1
    [expired] = await WaitlistEvent.filter(entry_id=passed.id, action="EXPIRE")
    assert expired.actor_id is None


async def test_leaving_the_waitlist(
    create_user, create_room, create_booking, join, staff, create_agency
):
    room = await create_room()
    await create_booking(await create_user(Role.REQUESTER), room, slot(hour=9))
    agency = await create_agency()
    requester = await create_user(Role.REQUESTER, agency=agency)
    colleague = await create_user(Role.REQUESTER, agency=agency)
    stranger = await create_user(Role.REQUESTER)
    entry = await join(requester, room, slot(hour=9))
    other = await join(requester, room, slot(hour=10, minutes=30))

    with pytest.raises(DomainError) as err:
        await waitlist.leave(stranger, entry.id, "bukan milik saya")
    assert err.value.code == ErrorCode.NOT_FOUND
    with pytest.raises(DomainError) as err:
        await waitlist.leave(staff[Role.EQUIPMENT_HEAD], entry.id, "x")
    assert err.value.code == ErrorCode.FORBIDDEN
    with pytest.raises(DomainError) as err:
        await waitlist.leave(staff[Role.SERVICE_OFFICER], entry.id, " ")  # officers give a reason
    assert (err.value.code, err.value.message_key) == (ErrorCode.VALIDATION, "reason_required")

    left = await waitlist.leave(colleague, entry.id, "Sudah dapat ruangan lain")
    assert left.status == WaitlistStatus.LEFT and left.closed_at is not None
    with pytest.raises(DomainError) as err:
        await waitlist.leave(requester, entry.id)
    assert err.value.code == ErrorCode.INVALID_TRANSITION
    await waitlist.leave(staff[Role.SERVICE_OFFICER], other.id, "Acara pimpinan")
    history = await WaitlistEvent.filter(action="LEAVE").order_by("id")
    assert [(h.entry_id, h.actor_id, h.actor_role, h.note) for h in history] == [
        (entry.id, colleague.id, "REQUESTER", "Sudah dapat ruangan lain"),
        (other.id, staff[Role.SERVICE_OFFICER].id, "SERVICE_OFFICER", "Acara pimpinan"),
    ]


async def test_requesters_list_their_agency_entries_officers_all(
    create_user, create_room, create_booking, join, staff
):
    room = await create_room()
    await create_booking(await create_user(Role.REQUESTER), room, slot(hour=9))
    mine, theirs = await create_user(Role.REQUESTER), await create_user(Role.REQUESTER)
    a = await join(mine, room, slot(hour=9))
    b = await join(theirs, room, slot(hour=9))
    assert [e.id for e in await waitlist.visible_entries(mine)] == [a.id]
    assert {e.id for e in await waitlist.visible_entries(staff[Role.SERVICE_OFFICER])} == {
        a.id,
        b.id,
    }


async def test_withdrawing_at_an_equipment_shortfall_promotes_the_waiting_entry(
    create_user, create_room, create_booking, create_equipment, join, staff, settings
):
    room = await create_room()
    projector = await create_equipment(stock=2)
    holder = await create_user(Role.REQUESTER)
    taken = await create_booking(holder, room, slot(hour=9), equipment={projector.id: 2})
    entry = await join(await create_user(Role.REQUESTER), room, slot(hour=9))
    await operations.verify(staff[Role.SERVICE_OFFICER], taken.id, settings=settings)
    await operations.review_equipment(
        staff[Role.EQUIPMENT_HEAD], taken.id, {projector.id: 1}, settings=settings
    )
    await entry.refresh_from_db()
    assert entry.status == WaitlistStatus.WAITING

    await operations.decide_equipment_shortfall(holder, taken.id, proceed=False, settings=settings)

    assert await status_of(taken) == S.CANCELLED
    assert (await promoted_booking(entry)).status == S.SUBMITTED


async def test_no_submit_slips_in_between_the_cancel_and_the_promotion(
    create_user, create_room, create_booking, join, settings
):
    room = await create_room()
    holder = await create_user(Role.REQUESTER)
    taken = await create_booking(holder, room, slot(hour=9))
    entry = await join(await create_user(Role.REQUESTER), room, slot(hour=9))
    racers = [await create_user(Role.REQUESTER) for _ in range(6)]

    async def submit(user) -> ErrorCode | None:
        try:
            await create_booking(user, room, slot(hour=9))
        except DomainError as error:
            return error.code
        return None

    results = await asyncio.gather(
        operations.cancel(holder, taken.id, "Batal", settings=settings),
        *(submit(u) for u in racers),
    )

    assert results[1:] == [ErrorCode.ROOM_UNAVAILABLE] * len(racers)
    booking = await promoted_booking(entry)
    holding = await Booking.filter(room_id=room.id).exclude(status=S.CANCELLED)
    assert [b.id for b in holding] == [booking.id]


async def test_the_minutely_sweep_expires_entries_whose_start_passed(
    create_user, create_room, create_booking, join
):
    room = await create_room()
    await create_booking(await create_user(Role.REQUESTER), room, slot(hour=9))
    waiting = await create_user(Role.REQUESTER)
    passed, future = (
        await join(waiting, room, slot(hour=9)),
        await join(waiting, room, slot(hour=10)),
    )
    await WaitlistEntry.filter(id=passed.id).update(
        starts_at=now() - timedelta(minutes=30), ends_at=now() + timedelta(minutes=30)
    )

    assert await waitlist.expire_passed() == 1
    assert await waitlist.expire_passed() == 0
    await passed.refresh_from_db()
    await future.refresh_from_db()
    assert (passed.status, future.status) == (WaitlistStatus.EXPIRED, WaitlistStatus.WAITING)
    assert passed.closed_at is not None
