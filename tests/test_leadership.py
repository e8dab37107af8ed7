"""Sudden leadership events (*Jadwal Pimpinan Mendadak*): blocks preempt bookings, which get
suggestions and a way back to the schedule."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from booking import availability, changes, leadership, operations, rules
from booking.clock import now
from booking.enums import BlockAction, Role
from booking.enums import BookingStatus as S
from booking.errors import DomainError, ErrorCode
from booking.leadership import BlockDraft
from booking.models import (
    Booking,
    BookingEvent,
    LeadershipBlock,
    LeadershipBlockEvent,
    Notification,
    NotificationDelivery,
)
from booking.permissions import available_actions
from booking.workflow import Action
from tests.conftest import JAKARTA, slot, status_of

REASON = "Rapat mendadak Gubernur dengan Forkopimda"


def at(hour: int, minute: int = 0, days: int = 3) -> datetime:
    return slot(days=days, hour=hour, minute=minute)[0]


def block_draft(rooms, start: datetime, end: datetime, reason: str = REASON) -> BlockDraft:
    return BlockDraft(room_ids=[r.id for r in rooms], starts_at=start, ends_at=end, reason=reason)


async def approved(booking: Booking, staff, settings) -> Booking:
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)
    await operations.approve(staff[Role.SERVICE_OFFICER], booking.id, settings)
    await booking.refresh_from_db()
    return booking


async def test_a_block_displaces_the_overlapping_bookings_and_leaves_the_others(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    hall, other = await create_room(), await create_room()
    morning = await approved(
        await create_booking(requester, room=hall, when=slot(hour=9)), staff, settings
    )
    afternoon = await create_booking(requester, room=hall, when=slot(hour=13))  # tentative hold
    evening = await create_booking(requester, room=hall, when=slot(hour=15))  # starts at the end
    elsewhere = await create_booking(requester, room=other, when=slot(hour=10))
    cancelled = await create_booking(requester, room=hall, when=slot(hour=11, minutes=30))
    await operations.cancel(requester, cancelled.id, "tidak jadi", settings=settings)

    head = staff[Role.SERVICE_HEAD]
    result = await leadership.create_block(
        head, block_draft([hall], at(10), at(15)), settings=settings
    )

    assert sorted(b.id for b in result.displaced) == [morning.id, afternoon.id]
    assert await status_of(morning) == S.RESCHEDULE_REQUIRED
    assert await status_of(afternoon) == S.RESCHEDULE_REQUIRED
    assert await status_of(evening) == S.SUBMITTED
    assert await status_of(elsewhere) == S.SUBMITTED
    assert await status_of(cancelled) == S.CANCELLED
    last = await BookingEvent.filter(booking_id=morning.id).order_by("-id").first()
    assert last is not None
    assert (last.action, last.from_status, last.to_status) == (
        Action.DISPLACE.value,
        S.APPROVED,
        S.RESCHEDULE_REQUIRED,
    )
    assert (last.actor_id, last.actor_role) == (head.id, Role.SERVICE_HEAD.value)
    assert last.note is not None and REASON in last.note
    block = await LeadershipBlock.get(id=result.block.id)
    assert (block.created_by_id, block.reason, block.cancelled_at) == (head.id, REASON, None)


async def test_requesters_and_officers_are_told_at_once(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    booking = await create_booking(requester, room=room)
    await leadership.create_block(
        staff[Role.SERVICE_HEAD], block_draft([room], at(8), at(12)), settings=settings
    )

    told = await Notification.filter(booking_id=booking.id, kind="booking.reschedule_required")
    assert {n.user_id for n in told} == {requester.id, staff[Role.SERVICE_OFFICER].id}
    assert all(REASON in n.params["note"] for n in told)
    # the e-mail outbox rows were written with them
    assert await NotificationDelivery.filter(notification_id__in=[n.id for n in told]).count() == 2


async def test_block_and_its_notifications_are_one_transaction(
    create_user, create_room, create_booking, staff, monkeypatch, settings
):
    """A failure while displacing the second booking leaves no block, no move, no notification."""
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    first = await create_booking(requester, room=room, when=slot(hour=9, minutes=60))
    second = await create_booking(requester, room=room, when=slot(hour=10, minutes=60))
    real_notify = changes.notify
    calls = []

    async def flaky(conn, booking, *args, **kwargs):
        calls.append(booking.id)
        if len(calls) == 2:
            raise RuntimeError("mail outbox down")
        return await real_notify(conn, booking, *args, **kwargs)

    monkeypatch.setattr(changes, "notify", flaky)
    before = await Notification.all().count()
    with pytest.raises(RuntimeError):
        await leadership.create_block(
            staff[Role.SERVICE_HEAD], block_draft([room], at(9), at(11)), settings=settings
        )
    assert calls == [first.id, second.id]
    assert await LeadershipBlock.all().count() == 0
    assert await status_of(first) == S.SUBMITTED and await status_of(second) == S.SUBMITTED
    assert await Notification.all().count() == before


@pytest.mark.parametrize(
    "role", [Role.REQUESTER, Role.SERVICE_OFFICER, Role.EQUIPMENT_HEAD, Role.LEADERSHIP, Role.ADMIN]
)
async def test_only_the_head_of_service_manages_blocks(
    create_user, create_room, staff, role, settings
):
    room = await create_room()
    user = staff[role] if role != Role.REQUESTER else await create_user(Role.REQUESTER)
    with pytest.raises(DomainError) as err:
        await leadership.create_block(user, block_draft([room], at(9), at(10)), settings=settings)
    assert err.value.code == ErrorCode.FORBIDDEN
    result = await leadership.create_block(
        staff[Role.SERVICE_HEAD], block_draft([room], at(9), at(10)), settings=settings
    )
    for attempt in (
        leadership.update_block(
            user, result.block.id, block_draft([room], at(9), at(11)), settings=settings
        ),
        leadership.cancel_block(user, result.block.id, "batal", settings=settings),
    ):
        with pytest.raises(DomainError) as err:
            await attempt
        assert err.value.code == ErrorCode.FORBIDDEN


@pytest.mark.parametrize(
    ("rooms", "start", "end", "reason", "key"),
    [
        (1, at(10), at(9), REASON, "time_order"),
        (1, at(9, days=-2), at(10, days=-2), REASON, "block_over"),
        (1, at(9), at(10), "  ", "reason_required"),
        (0, at(9), at(10), REASON, "no_rooms"),
        (1, at(9), at(9, days=40), REASON, "block_too_long"),
    ],
)
async def test_bad_blocks_are_refused(create_room, staff, rooms, start, end, reason, key, settings):
    room_list = [await create_room() for _ in range(rooms)]
    with pytest.raises(DomainError) as err:
        await leadership.create_block(
            staff[Role.SERVICE_HEAD], block_draft(room_list, start, end, reason), settings=settings
        )
    assert (err.value.code, err.value.message_key) == (ErrorCode.VALIDATION, key)


async def test_a_blocked_time_cannot_be_booked_until_the_block_is_cancelled(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    head = staff[Role.SERVICE_HEAD]
    result = await leadership.create_block(
        head, block_draft([room], at(10), at(12)), settings=settings
    )
    with pytest.raises(DomainError) as err:
        await create_booking(requester, room=room, when=slot(hour=11, minutes=120))
    assert err.value.code == ErrorCode.ROOM_BLOCKED
    assert (await create_booking(requester, room=room, when=slot(hour=12))).status == S.SUBMITTED
    await leadership.cancel_block(head, result.block.id, "Acara pimpinan batal", settings=settings)
    assert (await create_booking(requester, room=room, when=slot(hour=10))).status == S.SUBMITTED


async def test_cancelling_a_block_restores_nothing_and_tells_the_requesters(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    booking = await create_booking(requester, room=room)
    head = staff[Role.SERVICE_HEAD]
    result = await leadership.create_block(
        head, block_draft([room], at(9), at(10)), settings=settings
    )
    await leadership.cancel_block(head, result.block.id, "Acara pimpinan batal", settings=settings)

    assert await status_of(booking) == S.RESCHEDULE_REQUIRED
    told = await Notification.filter(user_id=requester.id, kind="block.cancelled")
    assert len(told) == 1 and told[0].booking_id == booking.id
    block = await LeadershipBlock.get(id=result.block.id)
    assert block.cancelled_by_id == head.id and block.cancel_reason == "Acara pimpinan batal"
    with pytest.raises(DomainError) as err:
        await leadership.cancel_block(head, result.block.id, "lagi", settings=settings)
    assert err.value.message_key == "block_cancelled"
    # the old time is free again: the requester may take it back (still a request, step 3)
    await leadership.accept_suggestion(requester, booking.id, room.id, booking.starts_at, settings)
    assert await status_of(booking) == S.SUBMITTED


async def test_cancelling_one_of_two_blocks_over_a_booking_tells_no_one(
    create_user, create_room, create_booking, staff, settings
):
    """The booking stays covered by the other block: its requester still cannot take the time
    back, so "the block was cancelled" would mislead them."""
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    booking = await create_booking(requester, room=room)
    head = staff[Role.SERVICE_HEAD]
    first = await leadership.create_block(
        head, block_draft([room], at(9), at(10)), settings=settings
    )
    await leadership.create_block(
        head, block_draft([room], at(8), at(12), "Kunjungan menteri"), settings=settings
    )
    result = await leadership.cancel_block(
        head, first.block.id, "Acara pimpinan batal", settings=settings
    )

    assert result.displaced == []
    assert await Notification.filter(user_id=requester.id, kind="block.cancelled").count() == 0
    assert await status_of(booking) == S.RESCHEDULE_REQUIRED


async def test_editing_a_block_displaces_the_newly_overlapping_bookings(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    hall, annex = await create_room(), await create_room()
    early = await create_booking(requester, room=hall, when=slot(hour=8, minutes=60))
    late = await create_booking(requester, room=hall, when=slot(hour=14, minutes=60))
    annex_booking = await create_booking(requester, room=annex, when=slot(hour=8, minutes=60))
    head = staff[Role.SERVICE_HEAD]
    result = await leadership.create_block(
        head, block_draft([hall], at(8), at(9)), settings=settings
    )
    assert [b.id for b in result.displaced] == [early.id]

    edited = await leadership.update_block(
        head,
        result.block.id,
        block_draft([hall, annex], at(8), at(16), "Diperpanjang"),
        settings=settings,
    )
    assert sorted(b.id for b in edited.displaced) == [late.id, annex_booking.id]
    assert await status_of(late) == S.RESCHEDULE_REQUIRED
    assert await status_of(annex_booking) == S.RESCHEDULE_REQUIRED
    assert await BookingEvent.filter(booking_id=early.id, action="DISPLACE").count() == 1
    block = await LeadershipBlock.get(id=result.block.id)
    assert (block.updated_by_id, block.reason) == (head.id, "Diperpanjang")


async def test_every_change_of_a_block_is_in_its_history(create_room, staff, settings):
    hall, annex = await create_room(), await create_room()
    head = staff[Role.SERVICE_HEAD]
    result = await leadership.create_block(
        head, block_draft([hall], at(8), at(9)), settings=settings
    )
    await leadership.update_block(
        head,
        result.block.id,
        block_draft([annex, hall], at(10), at(12), "Diperpanjang"),
        settings=settings,
    )
    await leadership.cancel_block(head, result.block.id, "Acara pimpinan batal", settings=settings)

    created, updated, cancelled = await LeadershipBlockEvent.filter(
        block_id=result.block.id
    ).order_by("id")
    assert [e.action for e in (created, updated, cancelled)] == [
        BlockAction.CREATE,
        BlockAction.UPDATE,
        BlockAction.CANCEL,
    ]
    assert {(e.actor_id, e.actor_role) for e in (created, updated, cancelled)} == {
        (head.id, Role.SERVICE_HEAD.value)
    }
    assert [e.note for e in (created, updated, cancelled)] == [
        REASON,
        "Diperpanjang",
        "Acara pimpinan batal",
    ]
    first = {
        "room_ids": [hall.id],
        "starts_at": at(8).astimezone(UTC).isoformat(),
        "ends_at": at(9).astimezone(UTC).isoformat(),
        "reason": REASON,
    }
    assert (created.before, created.after) == (None, first)
    assert updated.before == first
    assert updated.after == {
        "room_ids": sorted([hall.id, annex.id]),
        "starts_at": at(10).astimezone(UTC).isoformat(),
        "ends_at": at(12).astimezone(UTC).isoformat(),
        "reason": "Diperpanjang",
    }
    assert (cancelled.before, cancelled.after) == (None, None)
    assert created.at <= updated.at <= cancelled.at


async def test_refused_changes_leave_no_history(create_user, create_room, staff, settings):
    room = await create_room()
    head = staff[Role.SERVICE_HEAD]
    result = await leadership.create_block(
        head, block_draft([room], at(8), at(9)), settings=settings
    )
    for attempt in (
        leadership.update_block(
            staff[Role.SERVICE_OFFICER],
            result.block.id,
            block_draft([room], at(8), at(10)),
            settings=settings,
        ),
        leadership.update_block(
            head, result.block.id, block_draft([room], at(10), at(9)), settings=settings
        ),
        leadership.cancel_block(staff[Role.ADMIN], result.block.id, "batal", settings=settings),
    ):
        with pytest.raises(DomainError):
            await attempt
    await leadership.cancel_block(head, result.block.id, "batal", settings=settings)
    with pytest.raises(DomainError):
        await leadership.update_block(
            head, result.block.id, block_draft([room], at(8), at(10)), settings=settings
        )
    actions = await LeadershipBlockEvent.filter(block_id=result.block.id).order_by("id")
    assert [e.action for e in actions] == [BlockAction.CREATE, BlockAction.CANCEL]


async def test_an_edit_tells_the_requesters_the_block_no_longer_covers(
    create_user, create_room, create_booking, staff, settings
):
    """The block moves off one booking's time and drops another's room: both stay displaced
    (nothing is restored) and their requesters are told; the one still covered is not."""
    hall, annex = await create_room(), await create_room()
    early_owner, late_owner, annex_owner = [await create_user(Role.REQUESTER) for _ in range(3)]
    early = await create_booking(early_owner, room=hall, when=slot(hour=9, minutes=60))
    late = await create_booking(late_owner, room=hall, when=slot(hour=11, minutes=60))
    elsewhere = await create_booking(annex_owner, room=annex, when=slot(hour=9, minutes=60))
    head = staff[Role.SERVICE_HEAD]
    result = await leadership.create_block(
        head, block_draft([hall, annex], at(9), at(12)), settings=settings
    )
    assert len(result.displaced) == 3

    edited = await leadership.update_block(
        head,
        result.block.id,
        block_draft([hall], at(11), at(13), "Dipindah siang"),
        settings=settings,
    )
    assert [b.id for b in edited.released] == [early.id, elsewhere.id]
    assert edited.displaced == []
    for booking in (early, late, elsewhere):
        assert await status_of(booking) == S.RESCHEDULE_REQUIRED
    told = await Notification.filter(kind="block.changed").order_by("id")
    assert [(n.user_id, n.booking_id) for n in told] == [
        (early_owner.id, early.id),
        (annex_owner.id, elsewhere.id),
    ]
    assert told[0].params == {"reference": early.reference, "note": "Dipindah siang"}
    assert await NotificationDelivery.filter(notification_id__in=[n.id for n in told]).count() == 2
    # an edit that keeps covering everyone tells nobody
    again = await leadership.update_block(
        head,
        result.block.id,
        block_draft([hall], at(10), at(13), "Dipindah siang"),
        settings=settings,
    )
    assert again.released == []
    assert await Notification.filter(kind="block.changed").count() == 2


async def test_an_edit_does_not_tell_a_requester_another_block_still_covers(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    booking = await create_booking(requester, room=room, when=slot(hour=9, minutes=60))
    head = staff[Role.SERVICE_HEAD]
    first = await leadership.create_block(
        head, block_draft([room], at(9), at(10)), settings=settings
    )
    await leadership.create_block(
        head, block_draft([room], at(8), at(11), "Rapat kedua"), settings=settings
    )
    edited = await leadership.update_block(
        head, first.block.id, block_draft([room], at(14), at(15)), settings=settings
    )
    assert edited.released == []
    assert await Notification.filter(kind="block.changed").count() == 0
    assert await status_of(booking) == S.RESCHEDULE_REQUIRED


async def test_an_edit_its_history_and_its_notifications_are_one_transaction(
    create_user, create_room, create_booking, staff, monkeypatch, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    booking = await create_booking(requester, room=room, when=slot(hour=9, minutes=60))
    head = staff[Role.SERVICE_HEAD]
    result = await leadership.create_block(
        head, block_draft([room], at(9), at(10)), settings=settings
    )

    async def down(*args, **kwargs):
        raise RuntimeError("mail outbox down")

    monkeypatch.setattr(leadership, "write_notifications", down)
    with pytest.raises(RuntimeError):
        await leadership.update_block(
            head, result.block.id, block_draft([room], at(13), at(14)), settings=settings
        )
    block = await LeadershipBlock.get(id=result.block.id)
    assert (block.starts_at, block.updated_at) == (at(9), None)
    assert await LeadershipBlockEvent.filter(block_id=block.id).count() == 1
    assert await Notification.filter(kind="block.changed").count() == 0
    assert await status_of(booking) == S.RESCHEDULE_REQUIRED


async def test_officers_are_offered_approve_only_for_bookings_approved_before(
    create_user, create_room, create_booking, staff, settings
):
    """availableActions follows the APPROVE guard: a request displaced before anyone approved it
    must go back through verification, so officers are not offered APPROVE."""
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    was_approved = await approved(
        await create_booking(requester, room=room, when=slot(hour=9, minutes=60)), staff, settings
    )
    request = await create_booking(requester, room=room, when=slot(hour=11, minutes=60))
    await leadership.create_block(
        staff[Role.SERVICE_HEAD], block_draft([room], at(9), at(12)), settings=settings
    )
    officer = staff[Role.SERVICE_OFFICER]
    offered = {}
    for booking in (was_approved, request):
        await booking.refresh_from_db()
        last = await operations.displacements([booking.id]).order_by("-id").first()
        facts = operations.listing_facts(booking, last)
        offered[booking.id] = (
            available_actions(officer, booking, facts),
            available_actions(requester, booking, facts),
        )
    assert offered[was_approved.id] == (
        [Action.APPROVE, Action.CANCEL, Action.ACCEPT_SUGGESTION],
        [Action.CANCEL, Action.ACCEPT_SUGGESTION],
    )
    assert offered[request.id] == (
        [Action.CANCEL, Action.ACCEPT_SUGGESTION],
        [Action.CANCEL, Action.ACCEPT_SUGGESTION],
    )
    # what it offers is what the verb allows
    with pytest.raises(DomainError) as err:
        await operations.approve(officer, request.id, settings, starts_at=at(13))
    assert err.value.code == ErrorCode.INVALID_TRANSITION
    await operations.approve(officer, was_approved.id, settings, starts_at=at(13))
    assert await status_of(was_approved) == S.APPROVED


async def test_the_report_is_offered_once_the_event_has_started(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    booking = await approved(await create_booking(requester), staff, settings)
    assert Action.REPORT not in available_actions(
        requester, booking, operations.listing_facts(booking, None)
    )
    booking.starts_at = now() - timedelta(minutes=5)  # as the list would see it once started
    assert Action.REPORT in available_actions(
        requester, booking, operations.listing_facts(booking, None)
    )


async def test_blocks_show_in_availability_and_free_rooms(
    create_user, create_room, staff, settings
):
    room, other = await create_room(), await create_room()
    await leadership.create_block(
        staff[Role.SERVICE_HEAD], block_draft([room], at(10), at(12)), settings=settings
    )
    day = at(10).astimezone(JAKARTA).date()
    [view] = await availability.room_days(day, settings.tz, [room.id])
    assert [(b.starts_at, b.ends_at) for b in view.blocks] == [(at(10), at(12))]
    assert (at(10), at(12)) not in view.free
    assert [(s.astimezone(JAKARTA).hour, e.astimezone(JAKARTA).hour) for s, e in view.free] == [
        (7, 10),
        (12, 18),
    ]
    free = await availability.free_rooms(at(11), at(13), tz=settings.tz)
    assert [r.id for r in free] == [other.id]


# -- suggestions ------------------------------------------------------------------------------


async def test_same_room_suggestions_respect_bookings_buffers_blocks_and_hours(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room(capacity=50)  # bookable 07:00-18:00
    await create_booking(requester, room=room, when=slot(hour=7, minutes=180))  # 07-10
    displaced = await create_booking(requester, room=room, when=slot(hour=10, minutes=120))
    await create_booking(requester, room=room, when=slot(hour=13, minutes=60))  # 13-14
    await rules.set_room_rules(
        staff[Role.ADMIN], room.id, rules.RulesChange(buffer_minutes=30), settings
    )
    await leadership.create_block(
        staff[Role.SERVICE_HEAD], block_draft([room], at(10), at(12)), settings=settings
    )
    await displaced.refresh_from_db()

    found = [s for s in await leadership.suggestions(displaced, settings) if s.same_room]
    # 12:00-12:30 is too short; 14:00 is inside the buffer after 13-14; a 2-hour slot fits
    # until 16:00 (closing at 18:00)
    assert [(s.starts_at, s.ends_at) for s in found] == [
        (at(14, 30), at(16, 30)),
        (at(15), at(17)),
        (at(15, 30), at(17, 30)),
    ]


async def test_other_room_suggestions_need_capacity_a_free_room_and_no_block(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room(capacity=50)
    displaced = await create_booking(requester, room=room, when=slot(hour=10), participants=20)
    await create_room(capacity=10)  # too small
    taken = await create_room(capacity=30)
    await create_booking(requester, room=taken, when=slot(hour=11, minutes=60))
    fits = await create_room(capacity=40)
    blocked = await create_room(capacity=60)
    await create_room(capacity=45, is_active=False)
    closed = await create_room(capacity=35)
    await rules.set_room_rules(
        staff[Role.ADMIN],
        closed.id,
        rules.RulesChange(weekday_hours=[None] * 7),  # never bookable
        settings,
    )
    await leadership.create_block(
        staff[Role.SERVICE_HEAD], block_draft([room, blocked], at(9), at(13)), settings=settings
    )
    await displaced.refresh_from_db()

    found = [s for s in await leadership.suggestions(displaced, settings) if not s.same_room]
    assert [(s.room.id, s.starts_at, s.ends_at) for s in found] == [(fits.id, at(10), at(12))]


async def test_suggestions_need_the_equipment_free(
    create_user, create_room, create_booking, create_equipment, staff, settings
):
    projector = await create_equipment(stock=1)
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    other_room = await create_room()
    user_of_it = await create_booking(
        requester, room=other_room, when=slot(hour=10), equipment={projector.id: 1}
    )
    await operations.verify(staff[Role.SERVICE_OFFICER], user_of_it.id, settings=settings)
    await operations.review_equipment(
        staff[Role.EQUIPMENT_HEAD], user_of_it.id, {projector.id: 1}, settings=settings
    )
    displaced = await create_booking(
        requester, room=room, when=slot(hour=9, minutes=180), equipment={projector.id: 1}
    )
    await create_room()  # free at 09-12, but the projector is not
    await leadership.create_block(
        staff[Role.SERVICE_HEAD], block_draft([room], at(9), at(10)), settings=settings
    )
    await displaced.refresh_from_db()

    found = await leadership.suggestions(displaced, settings)
    assert found and all(s.same_room for s in found)
    for s in found:  # never over the projector's use at 10-12
        assert s.ends_at <= at(10) or s.starts_at >= at(12)


async def test_only_displaced_bookings_get_suggestions(
    create_user, create_room, create_booking, settings
):
    booking = await create_booking(await create_user(Role.REQUESTER))
    assert await leadership.suggestions(booking, settings) == []


# -- back to the schedule ---------------------------------------------------------------------


async def test_accepting_a_same_room_time_keeps_the_approval(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    booking = await approved(
        await create_booking(requester, room=room, when=slot(hour=10)), staff, settings
    )
    await leadership.create_block(
        staff[Role.SERVICE_HEAD], block_draft([room], at(10), at(12)), settings=settings
    )
    await leadership.accept_suggestion(requester, booking.id, room.id, at(13), settings)

    await booking.refresh_from_db()
    assert (booking.status, booking.starts_at, booking.ends_at) == (S.APPROVED, at(13), at(15))
    last = await BookingEvent.filter(booking_id=booking.id).order_by("-id").first()
    assert last is not None and last.action == Action.ACCEPT_SUGGESTION.value
    assert last.actor_id == requester.id and last.note and last.note.startswith("Jadwal diubah")


async def test_accepting_another_room_goes_back_to_validation(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room, other = await create_room(), await create_room()
    booking = await approved(
        await create_booking(requester, room=room, when=slot(hour=10)), staff, settings
    )
    await leadership.create_block(
        staff[Role.SERVICE_HEAD], block_draft([room], at(10), at(12)), settings=settings
    )
    await leadership.accept_suggestion(requester, booking.id, other.id, at(10), settings)
    await booking.refresh_from_db()
    assert (booking.status, booking.room_id) == (S.VALIDATION, other.id)


async def test_a_request_not_yet_approved_resumes_at_verification(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    booking = await create_booking(requester, room=room, when=slot(hour=10))
    await leadership.create_block(
        staff[Role.SERVICE_HEAD], block_draft([room], at(10), at(12)), settings=settings
    )
    # officers cannot approve a request nobody verified yet
    with pytest.raises(DomainError) as err:
        await operations.approve(
            staff[Role.SERVICE_OFFICER], booking.id, settings, starts_at=at(13)
        )
    assert err.value.code == ErrorCode.INVALID_TRANSITION
    await leadership.accept_suggestion(requester, booking.id, room.id, at(13), settings)
    assert await status_of(booking) == S.SUBMITTED


async def test_officers_reschedule_an_approved_booking_but_not_into_the_block(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    booking = await approved(
        await create_booking(requester, room=room, when=slot(hour=10)), staff, settings
    )
    await leadership.create_block(
        staff[Role.SERVICE_HEAD], block_draft([room], at(10), at(12)), settings=settings
    )
    officer = staff[Role.SERVICE_OFFICER]
    for kwargs in ({}, {"starts_at": at(11)}):  # the same time, or one inside the block
        with pytest.raises(DomainError) as err:
            await operations.approve(officer, booking.id, settings, **kwargs)
        assert err.value.code == ErrorCode.ROOM_BLOCKED
    await operations.approve(officer, booking.id, settings, starts_at=at(12))
    await booking.refresh_from_db()
    assert (booking.status, booking.starts_at) == (S.APPROVED, at(12))


async def test_an_accepted_slot_must_be_free_and_suggestion_shaped(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room, other = await create_room(), await create_room()
    booking = await create_booking(requester, room=room, when=slot(hour=10))
    await create_booking(requester, room=room, when=slot(hour=14))
    await leadership.create_block(
        staff[Role.SERVICE_HEAD], block_draft([room], at(10), at(12)), settings=settings
    )
    cases = [
        (room.id, at(14), ErrorCode.ROOM_UNAVAILABLE),  # taken meanwhile
        (room.id, at(11), ErrorCode.ROOM_BLOCKED),
        (room.id, at(10, days=4), ErrorCode.VALIDATION),  # another day
        (other.id, at(13), ErrorCode.VALIDATION),  # another room at another time
        (room.id, at(17), ErrorCode.RULE_VIOLATED),  # 17-19 after closing
    ]
    for room_id, start, code in cases:
        with pytest.raises(DomainError) as err:
            await leadership.accept_suggestion(requester, booking.id, room_id, start, settings)
        assert err.value.code == code, (room_id, start)
    stranger = await create_user(Role.REQUESTER)
    with pytest.raises(DomainError) as err:
        await leadership.accept_suggestion(stranger, booking.id, room.id, at(16), settings)
    assert err.value.code == ErrorCode.NOT_FOUND
    assert await status_of(booking) == S.RESCHEDULE_REQUIRED


# -- concurrency ------------------------------------------------------------------------------


async def test_no_booking_slips_into_a_block_created_during_submissions(
    create_user, create_room, create_booking, staff, settings
):
    """32 clients submit into the same hours (each its own room and time) while the head blocks
    two of the rooms; afterwards no booking still in the workflow overlaps the block."""
    rooms = [await create_room() for _ in range(4)]
    requesters = [await create_user(Role.REQUESTER) for _ in range(32)]
    wanted = [
        (requesters[i], rooms[i % 4], slot(days=6, hour=8 + i // 4, minutes=60)) for i in range(32)
    ]
    start, end = slot(days=6, hour=10, minutes=180)  # 10:00-13:00
    blocked_rooms = rooms[:2]
    draft = block_draft(blocked_rooms, start, end)
    results = await asyncio.gather(
        *(create_booking(r, room=room, when=when) for r, room, when in wanted),
        leadership.create_block(staff[Role.SERVICE_HEAD], draft, settings=settings),
        return_exceptions=True,
    )
    errors = [r for r in results if isinstance(r, BaseException)]
    assert all(isinstance(e, DomainError) and e.code == ErrorCode.ROOM_BLOCKED for e in errors)
    assert isinstance(results[-1], leadership.BlockResult)
    inside = [
        b
        for b in await Booking.filter(room_id__in=[r.id for r in blocked_rooms])
        if b.starts_at < end and b.ends_at > start
    ]
    assert all(b.status == S.RESCHEDULE_REQUIRED for b in inside)
    assert len(inside) + len(errors) == 6  # 3 hours x 2 rooms: each either displaced or refused
    outside = await Booking.filter(status=S.SUBMITTED).count()
    assert outside == 32 - 6


async def test_rescheduling_while_a_block_is_created_never_deadlocks(
    create_user, create_room, create_booking, staff, settings
):
    """Approvals with a new time lock rooms before the booking, as a block does: the two never
    wait on each other in opposite orders (PostgreSQL would abort one with a deadlock)."""
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    bookings = []
    for hour in range(8, 16):
        booking = await create_booking(requester, room=room, when=slot(hour=hour, minutes=30))
        await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
        await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)
        bookings.append(booking)
    officer = staff[Role.SERVICE_OFFICER]
    results = await asyncio.gather(
        *(
            operations.approve(
                officer, b.id, settings, starts_at=b.starts_at + timedelta(minutes=30)
            )
            for b in bookings
        ),
        leadership.create_block(
            staff[Role.SERVICE_HEAD], block_draft([room], at(11), at(14)), settings=settings
        ),
        return_exceptions=True,
    )
    errors = [r for r in results if isinstance(r, BaseException)]
    assert all(isinstance(e, DomainError) for e in errors), errors
    for b in await Booking.filter(room_id=room.id):
        if b.starts_at < at(14) and b.ends_at > at(11):
            assert b.status == S.RESCHEDULE_REQUIRED


async def test_a_block_publishes_the_availability_of_its_room_days(
    create_user, create_room, create_booking, staff, settings
):
    from booking import events
    from live.hub import Hub
    from live.publisher import EventPublisher

    batches: list[list[events.Event]] = []

    class Recorder:
        async def publish(self, batch):
            batches.append(list(batch))

    recorder = Recorder()
    events.add_publisher(recorder)
    try:
        requester = await create_user(Role.REQUESTER)
        room, annex = await create_room(), await create_room()
        booking = await create_booking(requester, room=room, when=slot(hour=9))
        batches.clear()
        end = at(9, days=4)  # over two office days
        await leadership.create_block(
            staff[Role.SERVICE_HEAD], block_draft([room, annex], at(8), end), settings=settings
        )
    finally:
        events.remove_publisher(recorder)
    [batch] = batches
    [changed] = [e for e in batch if isinstance(e, events.AvailabilityChanged)]
    first, second = at(8).date(), end.date()
    assert set(changed.room_days) == {
        (room.id, first),
        (room.id, second),
        (annex.id, first),
        (annex.id, second),
    }
    assert booking.id in {e.booking_id for e in batch if isinstance(e, events.BookingChanged)}
    hub = Hub("epesan")
    channels = {c for c, _ in EventPublisher(hub).messages([changed])}
    assert channels == {hub.room_channel(r, d) for r, d in changed.room_days}
