"""Where the features meet: leadership blocks against the waitlist and recurring series."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from booking import leadership, operations, rules, series, waitlist
from booking.enums import BookingStatus as S
from booking.enums import Frequency, OnConflict, Role, WaitlistStatus
from booking.errors import ErrorCode
from booking.leadership import BlockDraft
from booking.models import WaitlistEntry
from booking.recurrence import Recurrence
from tests.conftest import JAKARTA, PDF, slot, status_of


def request(room_id: int, start: datetime, end: datetime) -> operations.BookingDraft:
    return operations.BookingDraft(
        room_id=room_id,
        starts_at=start,
        ends_at=end,
        title="Rapat Evaluasi",
        purpose="Evaluasi program triwulan",
        participants=20,
    )


async def test_a_waitlisted_request_is_not_promoted_into_a_leadership_block(
    create_user, create_room, create_booking, staff, settings, store
):
    room = await create_room()
    first, second = await create_user(Role.REQUESTER), await create_user(Role.REQUESTER)
    taken = await create_booking(first, room, slot(hour=9))
    joined = await waitlist.join(
        second,
        request(room.id, *slot(hour=9, minutes=60)),
        letter=PDF,
        idempotency_key=uuid.uuid4().hex,
        store=store,
        settings=settings,
    )
    start, end = slot(hour=9, minute=30, minutes=60)
    await leadership.create_block(
        staff[Role.SERVICE_HEAD],
        BlockDraft(room_ids=[room.id], starts_at=start, ends_at=end, reason="Rapat Gubernur"),
        settings=settings,
    )
    assert await status_of(taken) == S.RESCHEDULE_REQUIRED

    await operations.cancel(
        first, taken.id, "Acara dipindah", settings=settings
    )  # frees 09:00-11:00

    entry = await WaitlistEntry.get(id=joined.entry.id)
    assert entry.status == WaitlistStatus.WAITING  # 09:00-10:00 is blocked from 09:30
    assert entry.booking_id is None


async def test_series_occurrences_in_a_leadership_block_are_reported_one_by_one(
    create_user, create_room, staff, settings, store
):
    room = await create_room()
    requester = await create_user(Role.REQUESTER)
    first_day = date.today() + timedelta(days=7)
    start = datetime.combine(first_day, time(9), tzinfo=JAKARTA)
    blocked_day = datetime.combine(first_day + timedelta(days=1), time(8), tzinfo=JAKARTA)
    await leadership.create_block(
        staff[Role.SERVICE_HEAD],
        BlockDraft(
            room_ids=[room.id],
            starts_at=blocked_day,
            ends_at=blocked_day + timedelta(hours=4),
            reason="Kunjungan kerja",
        ),
        settings=settings,
    )
    draft = series.SeriesDraft(
        request(room.id, start, start + timedelta(hours=2)),
        Recurrence(Frequency.DAILY, count=3),
        on_conflict=OnConflict.SKIP_CONFLICTS,
    )

    preview = await series.preview_series(requester, draft, settings)
    result = await series.submit_series(
        requester,
        draft,
        letter=PDF,
        idempotency_key=uuid.uuid4().hex,
        store=store,
        settings=settings,
    )

    assert [(o.day, o.error.code if o.error else None) for o in preview] == [
        (first_day, None),
        (first_day + timedelta(days=1), ErrorCode.ROOM_BLOCKED),
        (first_day + timedelta(days=2), None),
    ]
    assert [b.starts_at.astimezone(JAKARTA).date() for b in result.bookings] == [
        first_day,
        first_day + timedelta(days=2),
    ]
    assert [o.day for o in result.skipped] == [first_day + timedelta(days=1)]


async def test_series_occurrences_keep_the_rooms_buffer(
    create_user, create_room, create_booking, staff, settings
):
    room = await create_room()
    requester = await create_user(Role.REQUESTER)
    await rules.set_room_rules(
        staff[Role.ADMIN], room.id, rules.RulesChange(buffer_minutes=30), settings
    )
    first_day = date.today() + timedelta(days=7)
    second = datetime.combine(first_day + timedelta(days=1), time(11), tzinfo=JAKARTA)
    await create_booking(requester, room, (second, second + timedelta(hours=1)))
    start = datetime.combine(first_day, time(9), tzinfo=JAKARTA)
    draft = series.SeriesDraft(
        request(room.id, start, start + timedelta(minutes=105)),  # ends 10:45, 15 min before 11:00
        Recurrence(Frequency.DAILY, count=3),
    )

    preview = await series.preview_series(requester, draft, settings)

    assert [(o.error.code, o.error.params.get("rule")) if o.error else None for o in preview] == [
        None,
        (ErrorCode.RULE_VIOLATED, rules.BookingRule.BUFFER),
        None,
    ]
