"""No double booking, enforced by the database itself; equipment never over-allocated."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from tortoise import connections
from tortoise.exceptions import IntegrityError, OperationalError

from booking import operations
from booking.clock import now
from booking.enums import BookingStatus as S
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, BookingEquipment
from tests.conftest import BACKEND, move_before_first_booking_lock, slot


async def test_the_constraint_exists_in_the_database(database):
    conn = connections.get("default")
    if BACKEND == "postgres":
        rows = await conn.execute_query_dict(
            "SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'booking_no_overlap'"
        )
        assert len(rows) == 1
        definition = rows[0]["def"]
        assert definition.startswith("EXCLUDE USING gist (room_id WITH =, tstzrange(")
        assert "REJECTED" in definition and "CANCELLED" in definition
    else:
        rows = await conn.execute_query_dict(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'booking_no_overlap%'"
        )
        assert {r["name"] for r in rows} == {
            "booking_no_overlap_insert",
            "booking_no_overlap_update",
        }


async def test_a_raw_overlapping_insert_is_refused_by_the_database(
    create_user, create_booking, create_room
):
    """Even code that skips the domain cannot double-book."""
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    first = await create_booking(requester, room=room, when=slot(hour=9, minutes=120))
    with pytest.raises((IntegrityError, OperationalError)):
        await Booking.create(
            requester=requester,
            agency_id=requester.agency_id,
            room=room,
            starts_at=first.starts_at + timedelta(minutes=30),
            ends_at=first.ends_at + timedelta(minutes=30),
            title="Sela",
            purpose="Menyelip",
            participants=3,
            status=S.APPROVED,
            status_changed_at=now(),
            created_at=now(),
        )
    # Moving another booking onto it is refused too.
    other = await create_booking(requester, room=room, when=slot(hour=13))
    with pytest.raises((IntegrityError, OperationalError)):
        await Booking.filter(id=other.id).update(starts_at=first.starts_at, ends_at=first.ends_at)


async def test_back_to_back_bookings_do_not_overlap(create_user, create_booking, create_room):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    await create_booking(requester, room=room, when=slot(hour=9, minutes=60))
    second = await create_booking(requester, room=room, when=slot(hour=10, minutes=60))
    assert second.status == S.SUBMITTED


async def test_overlap_is_a_typed_error_and_leaves_no_row(
    create_user, create_booking, create_room, store
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    await create_booking(requester, room=room, when=slot(hour=9))
    files_before = sorted(p.name for p in store.root.rglob("*") if p.is_file())
    with pytest.raises(DomainError) as err:
        await create_booking(requester, room=room, when=slot(hour=10))
    assert err.value.code == ErrorCode.ROOM_UNAVAILABLE
    assert await Booking.filter(room_id=room.id).count() == 1
    # the stored letter of the refused request was removed again
    assert sorted(p.name for p in store.root.rglob("*") if p.is_file()) == files_before


async def test_cancelled_and_rejected_release_the_slot(
    create_user, create_booking, create_room, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    first = await create_booking(requester, room=room)
    await operations.cancel(requester, first.id, "batal", settings=settings)
    second = await create_booking(requester, room=room)
    await operations.reject(
        staff[Role.SERVICE_OFFICER], second.id, "tidak lengkap", settings=settings
    )
    third = await create_booking(requester, room=room)
    assert third.status == S.SUBMITTED


async def test_concurrent_requests_for_one_slot_one_wins(
    create_user, create_booking, create_room, create_agency
):
    room = await create_room()
    requesters = [await create_user(Role.REQUESTER) for _ in range(16)]
    results = await asyncio.gather(
        *(create_booking(r, room=room, when=slot(days=6, hour=10)) for r in requesters),
        return_exceptions=True,
    )
    won = [r for r in results if isinstance(r, Booking)]
    lost = [r for r in results if isinstance(r, DomainError)]
    assert len(won) == 1
    assert len(lost) == 15 and {e.code for e in lost} == {ErrorCode.ROOM_UNAVAILABLE}


async def _to_equipment_review(requester, create_booking, item_id, qty, when, staff, settings):
    booking = await create_booking(requester, when=when, equipment={item_id: qty})
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    return booking


async def test_equipment_is_never_over_allocated_under_concurrency(
    create_user, create_booking, create_equipment, staff, settings
):
    """12 overlapping bookings each ask for 2 of 5 projectors; approvals race. At most 2 fit."""
    projector = await create_equipment(stock=5)
    requester = await create_user(Role.REQUESTER)
    bookings = [
        await _to_equipment_review(
            requester,
            create_booking,
            projector.id,
            2,
            slot(days=4, hour=9 + (i % 3), minutes=90),
            staff,
            settings,
        )
        for i in range(12)
    ]
    head = staff[Role.EQUIPMENT_HEAD]
    results = await asyncio.gather(
        *(
            operations.review_equipment(head, b.id, {projector.id: 2}, settings=settings)
            for b in bookings
        ),
        return_exceptions=True,
    )
    errors = [r for r in results if isinstance(r, Exception)]
    assert all(
        isinstance(e, DomainError) and e.code == ErrorCode.EQUIPMENT_SHORTAGE for e in errors
    )
    # Check every instant: approved quantities of overlapping holding bookings never exceed stock.
    lines = await BookingEquipment.filter(approved_quantity__gt=0).select_related("booking")
    for line in lines:
        at = line.booking.starts_at
        in_use = sum(
            o.approved_quantity or 0
            for o in lines
            if o.booking.starts_at <= at < o.booking.ends_at
            and o.booking.status not in (S.CANCELLED, S.REJECTED)
        )
        assert in_use <= projector.stock
    assert len(lines) >= 2  # something was allocated


async def test_peak_not_sum_frees_sequential_equipment(
    create_user, create_booking, create_equipment, staff, settings
):
    """Two 2-unit allocations at 09-10 and 10-11 leave 1 of 3 free over 09-11, not -1."""
    from booking.availability import equipment_free

    item = await create_equipment(stock=3)
    requester = await create_user(Role.REQUESTER)
    for hour in (9, 10):
        booking = await _to_equipment_review(
            requester,
            create_booking,
            item.id,
            2,
            slot(days=4, hour=hour, minutes=60),
            staff,
            settings,
        )
        await operations.review_equipment(
            staff[Role.EQUIPMENT_HEAD], booking.id, {item.id: 2}, settings=settings
        )
    start, _ = slot(days=4, hour=9)
    free = await equipment_free(start, start + timedelta(hours=2), [item.id])
    assert (free[item.id].peak_allocated, free[item.id].free) == (2, 1)


async def test_a_booking_longer_than_a_day_is_refused_by_the_database(create_user, create_room):
    """Availability queries bound their index scans by it (booking.availability.MAX_SPAN)."""
    requester = await create_user(Role.REQUESTER)
    start, _ = slot(days=5)
    with pytest.raises((IntegrityError, OperationalError)):
        await Booking.create(
            requester=requester,
            agency_id=requester.agency_id,
            room=await create_room(),
            starts_at=start,
            ends_at=start + timedelta(days=1, minutes=1),
            title="Maraton",
            purpose="Terlalu panjang",
            participants=3,
            status=S.SUBMITTED,
            status_changed_at=now(),
            created_at=now(),
        )


async def test_a_verb_on_a_booking_moved_meanwhile_locks_its_new_room_before_it(
    monkeypatch, create_user, create_room, create_booking, settings
):
    """Rooms are locked before bookings everywhere (the other order can deadlock on PostgreSQL).
    A verb reads the booking's room, locks it, then locks the booking: if another transaction
    moved the booking to another room in between, the verb starts again with that room."""
    requester = await create_user(Role.REQUESTER)
    old, new = await create_room(), await create_room()
    booking = await create_booking(requester, old)
    taken = move_before_first_booking_lock(monkeypatch, booking.id, new.id)
    done = await operations.cancel(requester, booking.id, "Ditunda", settings=settings)

    assert done.status == S.CANCELLED and done.room_id == new.id
    last = max(i for i, step in enumerate(taken) if step[0] == "booking")
    assert ("room", new.id) in taken[:last]  # the new room, before the booking it holds
    assert taken[:2] == [("room", old.id), ("booking", booking.id)]  # the first try gave up
