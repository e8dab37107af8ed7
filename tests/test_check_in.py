"""Check-in and the no-show release (booking.check_in): who may check in and when, the release
of a booking nobody checked in to (recorded, slot freed, waitlist promoted, requester told,
room-day sealed), exactly once with several scans and workers at once."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest

from booking import check_in, operations, waitlist
from booking.clock import now
from booking.enums import BookingStatus as S
from booking.enums import Role, WaitlistStatus
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, BookingEvent, Notification, Room, User, WaitlistEntry
from booking.settings import Settings
from tests.conftest import PDF


@pytest.fixture
def booked(
    approved_booking: Callable[..., Awaitable[Booking]],
) -> Callable[..., Awaitable[Booking]]:
    """An approved booking that started ``started`` minutes ago (negative: starts later)."""

    async def make(
        requester: User, started: float = 20, minutes: int = 120, grace: int | None = 15
    ) -> Booking:
        booking = await approved_booking(requester, started=False)
        start = (now() - timedelta(minutes=started)).replace(second=0, microsecond=0)
        await Booking.filter(id=booking.id).update(
            starts_at=start, ends_at=start + timedelta(minutes=minutes)
        )
        # open round the clock: the tests run at any hour
        await Room.filter(id=booking.room_id).update(
            no_show_grace_minutes=grace, opens_minute=0, closes_minute=24 * 60
        )
        await booking.refresh_from_db()
        return booking

    return make


async def _error(call: Awaitable[object]) -> DomainError:
    with pytest.raises(DomainError) as caught:
        await call
    return caught.value


async def test_the_requester_checks_in_from_15_minutes_before_the_start(
    create_user, booked, settings
):
    requester = await create_user(Role.REQUESTER)
    early = await booked(requester, started=-20)
    error = await _error(check_in.check_in(requester, early.id, settings=settings))
    assert error.code == ErrorCode.CHECK_IN_NOT_OPEN and error.params["minutes"] == 15

    booking = await booked(requester, started=-10)
    checked = await check_in.check_in(requester, booking.id, settings=settings)
    assert checked.status == S.APPROVED and checked.checked_in_at is not None
    [event] = await BookingEvent.filter(booking_id=booking.id, action="CHECK_IN")
    assert (event.actor_id, event.from_status, event.to_status) == (
        requester.id,
        S.APPROVED,
        S.APPROVED,
    )
    # nobody is told of a check-in
    assert not await Notification.filter(booking_id=booking.id, created_at__gte=event.at).exists()

    twice = await _error(check_in.check_in(requester, booking.id, settings=settings))
    assert twice.code == ErrorCode.ALREADY_CHECKED_IN


async def test_an_officer_checks_in_other_roles_and_agencies_may_not(
    create_user, booked, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    booking = await booked(requester)
    stranger = await create_user(Role.REQUESTER)  # may not even see it
    assert (
        await _error(check_in.check_in(stranger, booking.id, settings=settings))
    ).code == ErrorCode.NOT_FOUND
    for user in (staff[Role.EQUIPMENT_HEAD], staff[Role.LEADERSHIP], staff[Role.ADMIN]):
        assert (
            await _error(check_in.check_in(user, booking.id, settings=settings))
        ).code == ErrorCode.FORBIDDEN
    await check_in.check_in(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    assert await check_in.release_no_shows(settings=settings) == []  # checked in: kept


async def test_check_in_needs_an_approved_booking_that_is_not_over(
    create_user, create_booking, booked, settings
):
    requester = await create_user(Role.REQUESTER)
    submitted = await create_booking(requester)
    error = await _error(check_in.check_in(requester, submitted.id, settings=settings))
    assert error.code == ErrorCode.INVALID_TRANSITION
    over = await booked(requester, started=60, minutes=30, grace=None)
    error = await _error(check_in.check_in(requester, over.id, settings=settings))
    assert (error.code, error.message_key) == (ErrorCode.VALIDATION, "event_over")


async def test_the_code_on_the_display_checks_in_a_forged_one_does_not(
    create_user, booked, settings
):
    requester = await create_user(Role.REQUESTER)
    booking = await booked(requester, started=-5)
    code = check_in.check_in_code(booking.id, settings=settings)
    other = await booked(requester, started=-5)
    forged = f"{other.id}-{code.split('-')[1]}"
    for bad in (forged, "", "abc", f"{booking.id}-", "1" * 40 + "-AAAAAAAA"):
        error = await _error(check_in.check_in_by_code(requester, bad, settings=settings))
        assert (error.code, error.message_key) == (ErrorCode.NOT_FOUND, "bad_check_in_code")
    stranger = await create_user(Role.REQUESTER)
    assert (
        await _error(check_in.check_in_by_code(stranger, code, settings=settings))
    ).code == ErrorCode.NOT_FOUND
    checked = await check_in.check_in_by_code(requester, code.lower(), settings=settings)
    assert checked.checked_in_at is not None
    [event] = await BookingEvent.filter(booking_id=booking.id, action="CHECK_IN")
    assert event.note == "Check-in dengan kode layar ruangan"


def midday_office(settings: Settings) -> Settings:
    """The settings with an office time zone where it is about noon now: a slot of a few hours
    around now then never crosses the office's midnight (a request must fit in one office day),
    whatever hour the test runs at."""
    offset = 12 - now().hour  # hours east of UTC, -11..12
    return settings.model_copy(update={"office_timezone": f"Etc/GMT{-offset:+d}"})


async def test_nobody_checked_in_the_booking_is_released_as_a_no_show(
    create_user, booked, published, settings: Settings, store
):
    settings = midday_office(settings)
    requester = await create_user(Role.REQUESTER)
    booking = await booked(requester, started=20, minutes=120)
    # another agency waits for the last hour of the slot
    waiting = await create_user(Role.REQUESTER)
    rest = (booking.ends_at - timedelta(minutes=60), booking.ends_at)
    joined = await waitlist.join(
        waiting,
        operations.BookingDraft(
            room_id=booking.room_id,
            starts_at=rest[0],
            ends_at=rest[1],
            title="Rapat Susulan",
            purpose="Koordinasi",
            participants=10,
        ),
        letter=PDF,
        idempotency_key=uuid.uuid4().hex,
        store=store,
        settings=settings,
    )

    assert await check_in.release_no_shows(settings=settings) == [booking.id]
    await booking.refresh_from_db()
    assert booking.status == S.NO_SHOW
    [event] = await BookingEvent.filter(booking_id=booking.id, action="RELEASE_NO_SHOW")
    assert (event.actor_id, event.from_status) == (None, S.APPROVED)
    told = await Notification.filter(booking_id=booking.id, kind="booking.no_show")
    assert requester.id in {n.user_id for n in told}
    # the rest of the slot went to the waitlist at once, and live subscribers were sent the day
    entry = await WaitlistEntry.get(id=joined.entry.id)
    assert entry.status == WaitlistStatus.PROMOTED
    promoted = await Booking.get(id=entry.booking_id)
    assert (promoted.status, promoted.starts_at) == (S.SUBMITTED, rest[0])
    assert booking.id in {c.booking_id for c in published.changed()}
    assert published.states(booking.room_id)
    # released once; a check-in afterwards is refused
    assert await check_in.release_no_shows(settings=settings) == []
    error = await _error(check_in.check_in(requester, booking.id, settings=settings))
    assert error.code == ErrorCode.INVALID_TRANSITION


@pytest.mark.parametrize(
    ("started", "minutes", "grace"),
    [
        (10, 120, 15),  # still within the grace period
        (20, 120, None),  # the room asks for no check-in
        (20, 120, 0),
        (5, 15, 15),  # not longer than the grace period: nothing to free
    ],
)
async def test_not_released(create_user, booked, started, minutes, grace, settings):
    requester = await create_user(Role.REQUESTER)
    booking = await booked(requester, started=started, minutes=minutes, grace=grace)
    assert await check_in.release_no_shows(settings=settings) == []
    assert (await Booking.get(id=booking.id)).status == S.APPROVED


async def test_no_shows_count_in_the_agency_record(create_user, booked, settings):
    requester = await create_user(Role.REQUESTER)
    for _ in range(2):
        await booked(requester)
    await booked(await create_user(Role.REQUESTER))
    released = await check_in.release_no_shows(settings=settings)
    assert len(released) == 3
    counts = await check_in.no_show_counts([requester.agency_id])
    assert counts == {requester.agency_id: 2}


WORKER = (  # a worker process: its settings from its environment, read once at its start
    "from booking.settings import Settings\n"
    "from tasks import runner, work\n"
    "settings = Settings()\n"
    "runner.configure(settings)\n"
    "print(runner.run(work.release_no_shows(settings)))\n"
    "runner.shutdown()\n"
)


async def test_released_exactly_once_with_scans_workers_and_check_ins_at_once(
    create_user, booked, settings: Settings
):
    """Three worker processes and four scans in this process release eight bookings while their
    requesters try to check in: each booking ends either checked in or released, once."""
    requesters = [await create_user(Role.REQUESTER) for _ in range(8)]
    bookings = [await booked(r) for r in requesters]
    env = {
        **os.environ,
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(settings.storage_dir),
        "EPESAN_EMBEDDED_WORKER": "false",
    }

    def worker() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", WORKER], env=env, capture_output=True, text=True, timeout=120
        )

    async def attempt(user: User, booking: Booking) -> object:
        try:
            return await check_in.check_in(user, booking.id, settings=settings)
        except DomainError as error:
            return error

    results = await asyncio.gather(
        *(asyncio.to_thread(worker) for _ in range(3)),
        *(check_in.release_no_shows(settings=settings) for _ in range(4)),
        *(attempt(u, b) for u, b in zip(requesters, bookings, strict=True)),
    )
    for done in results[:3]:
        assert done.returncode == 0, done.stderr
    for booking, outcome in zip(bookings, results[7:], strict=True):
        await booking.refresh_from_db()
        releases = await BookingEvent.filter(booking_id=booking.id, action="RELEASE_NO_SHOW")
        check_ins = await BookingEvent.filter(booking_id=booking.id, action="CHECK_IN")
        told = await Notification.filter(booking_id=booking.id, kind="booking.no_show")
        if booking.status == S.NO_SHOW:
            assert len(releases) == 1 and not check_ins and booking.checked_in_at is None
            assert len({n.user_id for n in told}) == len(told)  # each told once
            assert isinstance(outcome, DomainError)
            assert outcome.code == ErrorCode.INVALID_TRANSITION
        else:
            assert booking.status == S.APPROVED and booking.checked_in_at is not None
            assert len(check_ins) == 1 and not releases and not told
            assert isinstance(outcome, Booking)
    assert {b.status for b in bookings} <= {S.NO_SHOW, S.APPROVED}
