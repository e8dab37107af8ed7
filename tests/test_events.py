"""Domain events: what each change tells live subscribers, and only once it has committed."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import date, timedelta

import pytest

from booking import events, operations
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.events import BookingChanged, NotificationCreated
from booking.models import Booking, Notification
from live.hub import Hub
from live.publisher import EventPublisher
from tests.conftest import JAKARTA, slot


async def test_a_submission_tells_its_room_day_and_the_officers(
    published, staff, create_user, create_booking
):
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester, when=slot(days=3, hour=9))
    [changed] = published.changed()
    day = booking.starts_at.astimezone(JAKARTA).date()
    assert changed == BookingChanged(booking.id, requester.agency_id, ((booking.room_id, day),))
    rows = await Notification.filter(booking_id=booking.id)
    assert {(n.user_id, n.id) for n in rows} == {
        (e.user_id, e.notification_id) for e in published.told()
    }
    assert staff[Role.SERVICE_OFFICER].id in {e.user_id for e in published.told()}


async def test_a_reschedule_tells_the_old_and_the_new_room_day(
    published, settings, staff, create_user, create_room, create_booking
):
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester, when=slot(days=3, hour=9))
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)
    other = await create_room()
    start, end = slot(days=4, hour=13)
    await operations.approve(
        staff[Role.SERVICE_HEAD],
        booking.id,
        settings,
        room_id=other.id,
        starts_at=start,
        ends_at=end,
    )
    last = published.changed()[-1]
    assert last.room_days == (
        (booking.room_id, booking.starts_at.astimezone(JAKARTA).date()),
        (other.id, start.date()),
    )


async def test_a_failed_change_publishes_nothing(
    published, create_user, create_room, create_booking
):
    room = await create_room()
    when = slot(days=3, hour=9)
    await create_booking(await create_user(Role.REQUESTER), room=room, when=when)
    published.batches.clear()
    with pytest.raises(DomainError) as taken:
        await create_booking(await create_user(Role.REQUESTER), room=room, when=when)
    assert taken.value.code == ErrorCode.ROOM_UNAVAILABLE
    assert published.batches == []


async def test_closing_finished_events_is_published_too(
    published, settings, staff, create_user, create_booking
):
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester)
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)
    await operations.approve(staff[Role.SERVICE_HEAD], booking.id, settings)
    await Booking.filter(id=booking.id).update(
        starts_at=booking.starts_at - timedelta(days=10),
        ends_at=booking.ends_at - timedelta(days=10),
    )
    published.batches.clear()
    assert await operations.complete_finished(settings=settings) == [booking.id]
    [changed] = published.changed()
    assert changed.booking_id == booking.id
    assert requester.id in {e.user_id for e in published.told()}


async def test_a_publisher_that_fails_does_not_fail_the_change(create_user, create_booking):
    class Broken:
        async def publish(self, batch: Sequence[events.Event]) -> None:
            raise ConnectionError("Redis is down")

    broken = Broken()
    events.add_publisher(broken)
    try:
        booking = await create_booking(await create_user(Role.REQUESTER))
    finally:
        events.remove_publisher(broken)
    assert await Booking.exists(id=booking.id)


async def test_the_hub_fans_out_one_message_per_channel_and_cleans_up():
    hub = Hub("epesan")
    publisher = EventPublisher(hub)
    day = date(2026, 12, 2)
    async with (
        hub.subscribe([hub.room_channel(7, day)]) as room,
        hub.subscribe([hub.user_channel(3)], maxsize=2) as user,
    ):
        await publisher.publish(
            [BookingChanged(1, 2, ((7, day),)), BookingChanged(2, 2, ((7, day),))]
            + [NotificationCreated(3, n) for n in (10, 11, 12)]
        )
        assert room.queue.qsize() == 1  # one message per channel and batch
        assert await anext(room) == {"booking_id": 2}
        assert user.queue.qsize() == 1
        assert await anext(user) == {"notification_id": 12}
        assert hub.local_channels == ["epesan:room:7:2026-12-02", "epesan:user:3"]
    assert hub.local_channels == [] and hub.subscription_count() == 0


async def test_subscribers_woken_by_one_change_share_one_read(monkeypatch):
    from api.subscriptions import live_views

    reads: list[int] = []

    async def room_days(day, tz, room_ids):
        reads.append(1)
        await asyncio.sleep(0.05)
        return []

    monkeypatch.setattr(live_views.availability, "room_days", room_days)
    hub = Hub("epesan")
    day = date(2026, 12, 2)
    channel = hub.room_channel(7, day)
    async with hub.subscribe([channel]):
        hub.fan_out(channel, {"booking_id": 1})

        async def read() -> list:
            return (await live_views.shared_room_days(hub, day, [7], JAKARTA, [channel]))[1]

        await asyncio.gather(*(read() for _ in range(50)))
        assert len(reads) == 1
        hub.fan_out(channel, {"booking_id": 2})  # a new change: a new read
        await asyncio.gather(*(read() for _ in range(50)))
        assert len(reads) == 2
