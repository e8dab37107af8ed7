"""Room-day states sealed in the committing transaction (booking/live_state.py) and applied in
order by subscribers (api/live_views.DayState): every change is shown as it left the day, even when
changes commit back to back, concurrently, or their messages arrive out of order."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Sequence
from datetime import date, datetime

from api.subscriptions.live_views import DayState, numbered_read
from booking import availability, events, leadership, live_state, operations, rules
from booking.enums import BookingStatus, Role
from booking.events import RoomDayState
from live.hub import RESYNC, Hub, Subscription
from live.publisher import EventPublisher
from tests.conftest import JAKARTA, slot


def shown(state: RoomDayState) -> list[tuple[int, BookingStatus]]:
    assert state.state is not None
    day = live_state.decode_room_day(state.day, state.state)
    return [(b.id, b.status) for b in day.busy]


async def test_each_change_carries_the_day_as_it_left_it(
    published, create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    first = await create_booking(requester, room, slot(days=5, hour=8, minutes=60))
    second = await create_booking(requester, room, slot(days=5, hour=10, minutes=60))
    await operations.verify(staff[Role.SERVICE_OFFICER], first.id, settings=settings)
    await operations.cancel(requester, second.id, "Ditunda", settings=settings)

    states = published.states(room.id)
    assert [s.day for s in states] == [slot(days=5)[0].date()] * 4
    assert [s.seq for s in states] == sorted({s.seq for s in states})  # increasing, no repeat
    assert [shown(s) for s in states] == [
        [(first.id, BookingStatus.SUBMITTED)],
        [(first.id, BookingStatus.SUBMITTED), (second.id, BookingStatus.SUBMITTED)],
        [(first.id, BookingStatus.VALIDATION), (second.id, BookingStatus.SUBMITTED)],
        [(first.id, BookingStatus.VALIDATION)],  # cancelled: no longer holds its slot
    ]
    # the state decodes to what a read of the day finds now
    [now] = await availability.room_days(states[-1].day, JAKARTA, [room.id])
    decoded = live_state.decode_room_day(states[-1].day, states[-1].state or {})
    assert [(b.id, b.status, b.starts_at) for b in decoded.busy] == [
        (b.id, b.status, b.starts_at) for b in now.busy
    ]
    assert decoded.free == now.free and decoded.window == now.window
    assert decoded.agency_names == {requester.agency_id: now.agency_names[requester.agency_id]}
    assert decoded.room.live_seq == states[-1].seq == now.room.live_seq


async def test_concurrent_changes_to_one_room_are_numbered_in_commit_order(
    published, create_user, create_room, create_booking
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    made = await asyncio.gather(
        *(create_booking(requester, room, slot(days=6, hour=8 + k, minutes=60)) for k in range(8))
    )
    states = sorted(published.states(room.id), key=lambda s: s.seq)
    assert len({s.seq for s in states}) == 8
    # each state shows exactly the bookings committed before it: one more each time
    seen = [{booking_id for booking_id, _ in shown(s)} for s in states]
    assert [len(s) for s in seen] == list(range(1, 9))
    assert all(a < b for a, b in itertools.pairwise(seen))
    assert seen[-1] == {b.id for b in made}


async def test_a_leadership_block_carries_its_blocked_time(published, create_room, staff, settings):
    room = await create_room()
    start, end = slot(days=7, hour=13, minutes=90)
    await leadership.create_block(
        staff[Role.SERVICE_HEAD],
        leadership.BlockDraft([room.id], start, end, "Rapat pimpinan"),
        settings=settings,
    )
    [state] = published.states(room.id)
    assert state.state is not None
    day = live_state.decode_room_day(state.day, state.state)
    assert [(b.starts_at, b.ends_at, b.reason) for b in day.blocks] == [
        (start, end, "Rapat pimpinan")
    ]
    assert all(not (s < end and e > start) for s, e in day.free)


async def test_a_change_of_too_many_room_days_sends_their_numbers_only(
    published, create_room, staff, settings
):
    rooms = [await create_room() for _ in range(live_state.MAX_STATES + 1)]
    start, end = slot(days=8, hour=9, minutes=60)
    await leadership.create_block(
        staff[Role.SERVICE_HEAD],
        leadership.BlockDraft([r.id for r in rooms], start, end, "Upacara"),
        settings=settings,
    )
    states = [s for r in rooms for s in published.states(r.id)]
    assert len(states) == len(rooms)
    assert all(s.state is None and s.seq == 1 for s in states)


# -- a subscriber's day state -------------------------------------------------------------------


def message(state: RoomDayState) -> dict[str, object]:
    hub = Hub("epesan")
    [(_, out)] = EventPublisher(hub).messages([state])
    return out


async def test_a_subscriber_applies_states_by_number_not_by_arrival(
    published, create_user, create_room, create_booking, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    when = slot(days=9, hour=8, minutes=60)
    day = when[0].date()
    before = await numbered_read(day, JAKARTA, [room.id])
    view = DayState(before)
    assert view.days()[0].busy == []
    first = await create_booking(requester, room, when)
    second = await create_booking(requester, room, slot(days=9, hour=10, minutes=60))
    one, two = (message(s) for s in published.states(room.id))

    assert view.apply(two) is True  # arrives first
    assert [b.id for b in view.days()[0].busy] == [first.id, second.id]
    generation = view.generation()
    assert view.apply(one) is False  # older: would take the day back
    assert view.apply(two) is False  # the same change again
    assert [b.id for b in view.days()[0].busy] == [first.id, second.id]
    assert view.generation() == generation

    # no state to apply (a re-sync, a numbers-only change): the subscriber must read again
    assert view.apply(RESYNC) is None
    assert view.apply({**two, "seq": two["seq"] + 1, "state": None}) is None  # type: ignore[operator]
    # numbers only for a room it does not show (inactive when it subscribed): nothing to do
    assert view.apply({**two, "room_id": room.id + 1000, "state": None}) is False
    # a read older than the state shown does not replace it; a newer one does
    view.load(before)
    assert [b.id for b in view.days()[0].busy] == [first.id, second.id]
    await operations.cancel(requester, first.id, "Ditunda", settings=settings)
    view.load(await numbered_read(day, JAKARTA, [room.id]))
    assert [b.id for b in view.days()[0].busy] == [second.id]


async def test_subscribers_share_a_generation_only_when_they_show_the_same(
    published, create_user, create_room, create_booking
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    when = slot(days=10, hour=8, minutes=60)
    day = when[0].date()
    read = await numbered_read(day, JAKARTA, [room.id])
    a, b = DayState(read), DayState(read)
    assert a.generation() == b.generation()
    await create_booking(requester, room, when)
    [state] = published.states(room.id)
    a.apply(message(state))
    assert a.generation() != b.generation()
    b.apply(message(state))
    assert a.generation() == b.generation()
    # a read with no change committed meanwhile is exactly that change's state: shared too
    c = DayState(await numbered_read(day, JAKARTA, [room.id]))
    assert c.generation() == a.generation()


async def test_two_reads_of_different_content_never_share_a_generation(
    published, create_user, create_room, create_booking
):
    """A subscribes; a change to room 1 commits (its message still on its way); B subscribes;
    a change to room 2 reaches both first. They show different room-1 days: a render of one must
    never be sent to the other (found in review: every first read was numbered 0)."""
    requester = await create_user(Role.REQUESTER)
    one, two = await create_room(), await create_room()
    day = slot(days=12)[0].date()
    ids = [one.id, two.id]
    a = DayState(await numbered_read(day, JAKARTA, ids))
    await create_booking(requester, one, slot(days=12, hour=8, minutes=60))
    b = DayState(await numbered_read(day, JAKARTA, ids))
    await create_booking(requester, two, slot(days=12, hour=10, minutes=60))
    [to_two] = published.states(two.id)
    assert a.apply(message(to_two)) is True and b.apply(message(to_two)) is True

    def busy(view: DayState) -> dict[int, int]:
        return {d.room.id: len(d.busy) for d in view.days()}

    assert busy(a) == {one.id: 0, two.id: 1} and busy(b) == {one.id: 1, two.id: 1}
    assert a.generation() != b.generation()
    [to_one] = published.states(one.id)
    assert a.apply(message(to_one)) is True  # now A shows room 1's change too
    assert a.generation() == b.generation()


async def test_a_read_that_a_change_overtakes_is_not_taken_for_its_number(
    published, monkeypatch, create_user, create_room, create_booking
):
    """A change that commits while the day is read may or may not be in what was read: such a
    read is tagged as itself, never as the number it started from."""
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    when = slot(days=13, hour=8, minutes=60)
    day = when[0].date()
    read_day = availability.room_days

    async def overtaken(*args: object, **kwargs: object) -> list[availability.RoomDay]:
        monkeypatch.setattr(availability, "room_days", read_day)  # once (the change reads too)
        found = await read_day(*args, **kwargs)  # type: ignore[arg-type]
        await create_booking(requester, room, when)  # commits before the read ends
        return found

    monkeypatch.setattr(availability, "room_days", overtaken)
    number, days, exact = await numbered_read(day, JAKARTA, [room.id])
    assert exact == frozenset()
    view = DayState((number, days, exact))
    [state] = published.states(room.id)
    assert view.generation() != ((room.id, days[0].room.live_seq),)
    assert view.apply(message(state)) is True  # the change's own state still comes


def test_a_full_queue_is_replaced_by_one_resync():
    subscription = Subscription(["epesan:room:1:2026-12-02"], maxsize=3)
    for k in range(3):
        subscription.deliver({"seq": k})
    assert subscription.queue.qsize() == 3  # a subscriber a few changes behind gets them all
    subscription.deliver({"seq": 3})  # too far behind: read the latest instead
    assert subscription.queue.qsize() == 1
    assert subscription.queue.get_nowait() == RESYNC


async def test_a_render_made_at_once_is_shared_without_rendering_again():
    from api.subscriptions.live_views import SharedRenders

    renders = SharedRenders()
    calls: list[int] = []

    def render() -> str:
        calls.append(1)
        return '{"data":1}'

    with renders.sharing() as a, renders.sharing() as b:
        a.use("class")
        b.use("class")
        got = await asyncio.gather(*(renders.get("class", (1,), render) for _ in range(20)))
        assert got == ['{"data":1}'] * 20
        assert calls == [1]
        assert await renders.get("class", (2,), render) == '{"data":1}'
        assert calls == [1, 1]  # a new generation: rendered again


async def test_new_bookable_hours_reach_the_subscribers_of_the_rooms_days(
    published, create_room, staff, settings
):
    room = await create_room()
    day = slot(days=3)[0].date()
    view = DayState(await numbered_read(day, JAKARTA, [room.id]))
    hours = [[8 * 60, 12 * 60]] * 7
    await rules.set_room_rules(
        staff[Role.ADMIN], room.id, rules.RulesChange(weekday_hours=hours), settings
    )
    states = published.states(room.id)
    days = [s.day for s in states]
    assert (
        days[0] == datetime.now(JAKARTA).date() and len(days) == len(set(days)) > 30
    )  # the booking horizon
    assert {s.seq for s in states} == {1}  # one change of the room
    [on_day] = [s for s in states if s.day == day]
    assert view.apply(message(on_day)) is None  # numbers only: read the day again
    view.load(await numbered_read(day, JAKARTA, [room.id]))
    [shown] = view.days()
    assert [t.astimezone(JAKARTA).hour for t in shown.window] == [8, 12]


class WatchingNothing:
    """Records what is published and listens to nothing itself (unlike ``published``, which
    counts as listening to everything)."""

    def __init__(self) -> None:
        self.batches: list[list[events.Event]] = []

    async def publish(self, batch: Sequence[events.Event]) -> None:
        self.batches.append(list(batch))

    async def watched(self, room_days: Sequence[tuple[int, date]]) -> set[tuple[int, date]]:
        return set()

    def states(self, room_id: int) -> list[RoomDayState]:
        return [
            e
            for b in self.batches
            for e in b
            if isinstance(e, RoomDayState) and e.room_id == room_id
        ]


async def test_only_the_room_days_someone_listens_to_are_read_in_the_transaction(
    create_user, create_room, create_booking
):
    hub = Hub()
    seen = WatchingNothing()
    publishers = [EventPublisher(hub), seen]
    for publisher in publishers:
        events.add_publisher(publisher)
    try:
        requester = await create_user(Role.REQUESTER)
        room = await create_room()
        day = slot(days=5)[0].astimezone(JAKARTA).date()
        first = await create_booking(requester, room, slot(days=5, hour=8, minutes=60))
        [unwatched] = seen.states(room.id)
        assert unwatched.state is None and unwatched.seq > 0  # numbered, not read: nobody listens

        async with hub.subscribe([hub.room_channel(room.id, day)], maxsize=10) as listening:
            second = await create_booking(requester, room, slot(days=5, hour=10, minutes=60))
            await create_booking(requester, room, slot(days=6, hour=10, minutes=60))
            message = listening.queue.get_nowait()
        _, watched, other_day = seen.states(room.id)
        assert shown(watched) == [
            (first.id, BookingStatus.SUBMITTED),
            (second.id, BookingStatus.SUBMITTED),
        ]
        assert (message["seq"], message["state"]) == (watched.seq, watched.state)
        assert other_day.state is None and other_day.seq > watched.seq
    finally:
        for publisher in publishers:
            events.remove_publisher(publisher)


class CannotTell(WatchingNothing):
    async def watched(self, room_days: Sequence[tuple[int, date]]) -> set[tuple[int, date]]:
        raise TimeoutError


async def test_when_nobody_can_tell_who_listens_every_state_is_read(
    create_user, create_room, create_booking
):
    seen = CannotTell()
    events.add_publisher(seen)
    try:
        requester = await create_user(Role.REQUESTER)
        room = await create_room()
        booking = await create_booking(requester, room, slot(days=5, hour=8, minutes=60))
        [state] = seen.states(room.id)
        assert shown(state) == [(booking.id, BookingStatus.SUBMITTED)]
    finally:
        events.remove_publisher(seen)
