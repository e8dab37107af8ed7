"""Availability: free intervals, peak (not summed) equipment use, constant query counts."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from booking import availability, operations
from booking.enums import Role
from tests.conftest import JAKARTA, slot


def t(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, 1, hour, minute, tzinfo=JAKARTA)


def test_subtract_busy_from_the_window():
    free = availability.subtract((t(7), t(18)), [(t(9), t(10)), (t(9, 30), t(11)), (t(17), t(19))])
    assert free == [(t(7), t(9)), (t(11), t(17))]


def test_peak_concurrent_is_not_the_sum_of_overlaps():
    allocations = [(t(8), t(9), 3), (t(9), t(10), 3), (t(8, 30), t(9, 30), 1)]
    assert availability.peak_concurrent(allocations, (t(7), t(12))) == 4
    assert availability.peak_concurrent(allocations, (t(9, 30), t(12))) == 3
    assert availability.peak_concurrent([], (t(7), t(12))) == 0


class QueryCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


async def count_queries(coro_factory) -> int:
    logger = logging.getLogger("tortoise.db_client")
    handler, level = QueryCounter(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        await coro_factory()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return handler.count


async def test_day_view_query_count_does_not_grow_with_rooms(
    create_user, create_room, create_booking, settings
):
    requester = await create_user(Role.REQUESTER)
    day = slot()[0].astimezone(JAKARTA).date()

    async def view() -> None:
        await availability.room_days(day, settings.tz)

    counts = []
    for _ in range(3):
        for _ in range(5):
            room = await create_room()
            await create_booking(requester, room=room, when=slot(hour=9))
            await create_booking(requester, room=room, when=slot(hour=13))
        counts.append(await count_queries(view))
    assert counts[0] == counts[1] == counts[2] <= 5  # rooms, bookings, agencies, blocks, hours
    days = await availability.room_days(day, settings.tz)
    assert len(days) == 15 and all(len(d.busy) == 2 and len(d.free) == 3 for d in days)


async def test_free_rooms_respects_bookings_capacity_and_hours(
    create_user, create_room, create_booking, settings
):
    requester = await create_user(Role.REQUESTER)
    small = await create_room(capacity=10)
    big_taken = await create_room(capacity=100)
    big_free = await create_room(capacity=100)
    await create_booking(requester, room=big_taken, when=slot(hour=9))
    start, end = slot(hour=10, minutes=60)
    rooms = await availability.free_rooms(start, end, min_capacity=50, tz=settings.tz)
    assert [r.id for r in rooms] == [big_free.id]
    late = await availability.free_rooms(
        *slot(hour=17, minutes=120), min_capacity=0, tz=settings.tz
    )
    assert late == []  # rooms close at 18:00
    assert small.id in [r.id for r in await availability.free_rooms(start, end, 5, settings.tz)]
    count = await count_queries(lambda: availability.free_rooms(start, end, 50, settings.tz))
    assert count == 1  # the rooms with their per-weekday hours (booking.rules), in one statement


async def test_free_rooms_needs_the_equipment_free_too(
    create_user, create_room, create_booking, create_equipment, staff, settings
):
    vc = await create_equipment("Perangkat video conference", stock=1)
    room = await create_room()
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester, when=slot(hour=9), equipment={vc.id: 1})
    start, end = slot(hour=10, minutes=60)
    assert [
        r.id for r in await availability.free_rooms(start, end, 0, settings.tz, {vc.id: 1})
    ] == [room.id]
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    await operations.review_equipment(
        staff[Role.EQUIPMENT_HEAD], booking.id, {vc.id: 1}, settings=settings
    )
    assert await availability.free_rooms(start, end, 0, settings.tz, {vc.id: 1}) == []
    assert await availability.free_rooms(start, end, 0, settings.tz, {999999: 1}) == []


async def test_equipment_free_counts_only_approved_holding_allocations(
    create_user, create_booking, create_equipment, staff, settings
):
    item = await create_equipment(stock=10)
    requester = await create_user(Role.REQUESTER)
    pending = await create_booking(requester, when=slot(hour=9), equipment={item.id: 4})
    start, end = slot(hour=8, minutes=240)
    free = await availability.equipment_free(start, end, [item.id])
    assert free[item.id].free == 10  # a request is not an allocation until step 5
    await operations.verify(staff[Role.SERVICE_OFFICER], pending.id, settings=settings)
    await operations.review_equipment(
        staff[Role.EQUIPMENT_HEAD], pending.id, {item.id: 4}, settings=settings
    )
    assert (await availability.equipment_free(start, end, [item.id]))[item.id].free == 6
    await operations.cancel(requester, pending.id, "batal", settings=settings)
    assert (await availability.equipment_free(start, end, [item.id]))[item.id].free == 10
    assert end - start == timedelta(hours=4)
