"""Work shared by the subscribers of one process that woke up for the same change.

A change to a busy room-day wakes every subscriber of it at once. Its message carries the room-day
as the committing transaction left it, numbered per room (:mod:`booking.live_state`): each
subscriber applies it to its :class:`DayState` (decoded once per process), so every change is shown
as it was, in order, however late the subscriber wakes. Where a message has no state (a re-sync, a
change too big to carry them all, a full queue), the day is read again: the first subscriber reads
and the others (same channels, same hub generation) await its read. And instead of each executing
and serialising its subscription over the new day view, subscribers with the same document,
variables, viewer class and states share one rendered ``next`` payload (:class:`SharedRenders`),
sent as text by :class:`api.websockets.Delivery`."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import itertools
import weakref
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Iterator
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

import orjson
from graphql import DocumentNode, ExecutionResult, execute_subscription_event, parse, print_ast
from strawberry import Schema

from api.subscriptions.websockets import Delivery
from booking import availability, live_state, models
from live.hub import Hub, Message

#: A read of a day: its own number, what it found, and the rooms it found exactly as their change
#: number left them (no change committed to them while it read).
Read = tuple[int, list[availability.RoomDay], frozenset[int]]
_Key = tuple[date, tuple[int, ...], tuple[int, ...]]
_reads: weakref.WeakValueDictionary[_Key, asyncio.Future[Read]] = weakref.WeakValueDictionary()
_running: set[asyncio.Future[Read]] = set()
_read_numbers = itertools.count(1)


def _done(read: asyncio.Future[Any]) -> None:
    _running.discard(read)
    if not read.cancelled():
        read.exception()  # retrieved: a reader that left does not leave it unobserved


async def numbered_read(day: date, tz: ZoneInfo, room_ids: list[int]) -> Read:
    """Read the day. The rooms (and their change numbers) are read first; a room whose number has
    not moved by the end of the read had no change commit meanwhile (every change bumps it), so
    what was read is exactly the state of that number: subscribers that read it, and those sent
    that number's state by a message, show the same thing and may share a render."""
    number = next(_read_numbers)
    days = await availability.room_days(day, tz, room_ids)
    after: dict[int, int] = (
        dict(
            await models.Room.filter(id__in=[d.room.id for d in days]).values_list("id", "live_seq")
        )
        if days
        else {}
    )
    exact = frozenset(d.room.id for d in days if after.get(d.room.id) == d.room.live_seq)
    return number, days, exact


async def shared_room_days(
    hub: Hub, day: date, room_ids: list[int], tz: ZoneInfo, channels: list[str]
) -> Read:
    key = (day, tuple(room_ids), hub.generation(channels))
    read = _reads.get(key)
    if read is None:
        read = asyncio.ensure_future(numbered_read(day, tz, room_ids))
        _reads[key] = read
        _running.add(read)  # a task must be referenced until it ends, even if its readers left
        read.add_done_callback(_done)
    return await asyncio.shield(read)


# A subscription's rooms on its day, kept up to date from the states in the messages.

_DECODED = "_decoded"  # where a message keeps its decoded state, in this process only


def decoded_state(message: Message) -> availability.RoomDay:
    """The room-day a message carries, decoded once per process: the hub hands the same message
    object to every local subscriber, so it keeps the decoded day for the others."""
    found: availability.RoomDay | None = message.get(_DECODED)
    if found is None:
        found = live_state.decode_room_day(date.fromisoformat(message["day"]), message["state"])
        message[_DECODED] = found
    return found


class DayState:
    """Per room: the day as last shown, its change number, and a tag naming exactly that content
    (the number, for a state a change carried or an exact read; else the read's own number, for a
    read that may show a later change than its number). Subscribers with the same tags show the
    same thing. Rooms keep the order of the first read (the database's, as the HTTP query)."""

    def __init__(self, read: Read) -> None:
        self.rooms: dict[int, tuple[int, Hashable, availability.RoomDay]] = {}
        self.load(read)

    def load(self, read: Read) -> None:
        """A read of the day: taken for every room it is not older than (a state already applied
        may be newer than the read's room row)."""
        number, days, exact = read
        for room_day in days:
            room_id, seq = room_day.room.id, room_day.room.live_seq
            held = self.rooms.get(room_id)
            if held is None or seq >= held[0]:
                tag = seq if room_id in exact else ("read", number)
                self.rooms[room_id] = (seq, tag, room_day)

    def apply(self, message: Message) -> bool | None:
        """True: the message's state is newer and now shown. False: nothing new (an older or the
        same change, or numbers only for a room this subscription does not show: inactive when it
        started). None: the message carries no state to apply: read the day again."""
        room_id, seq = message.get("room_id"), message.get("seq")
        if not isinstance(seq, int) or not isinstance(room_id, int):
            return None
        held = self.rooms.get(room_id)
        if held is not None and seq <= held[0]:
            return False
        if message.get("state") is None:
            return None if held is not None else False
        self.rooms[room_id] = (seq, seq, decoded_state(message))
        return True

    def days(self) -> list[availability.RoomDay]:
        return [room_day for _, _, room_day in self.rooms.values()]

    def generation(self) -> tuple[Hashable, ...]:
        return tuple((room_id, tag) for room_id, (_, tag, _) in self.rooms.items())

    def update(
        self, shown: tuple[Hashable, ...] | None
    ) -> tuple[list[availability.RoomDay], tuple[Hashable, ...]]:
        """What to send now and the generation naming it: every room when ``shown`` is None, else
        only the rooms whose tag is not in ``shown`` (the generation last sent)."""
        if shown is None:
            return self.days(), self.generation()
        before = set(shown)
        changed = [
            (room_id, tag, room_day)
            for room_id, (_, tag, room_day) in self.rooms.items()
            if (room_id, tag) not in before
        ]
        return [d for _, _, d in changed], ("changed", *((r, t) for r, t, _ in changed))


# Rendered once: the `next` payload of a subscription, shared by the subscribers it is the same for.

ViewerClass = tuple[tuple[str, ...], int | None, str]


def viewer_class(user: models.User, language: str) -> ViewerClass:
    """Everything about the viewer that a day view's output depends on: their roles (what they may
    see and do), their agency (requesters see its bookings) and their language (step names).
    Subscribers of one class get the same bytes; another agency's never does."""
    return (tuple(sorted(user.roles)), user.agency_id, str(language))


def shared_key(delivery: Delivery, *parts: Hashable) -> tuple[Hashable, ...]:
    """What a rendered payload depends on besides the viewer: the operation and its arguments."""
    _, text = normalised(delivery.query)
    variables = orjson.dumps(delivery.variables, option=orjson.OPT_SORT_KEYS).decode()
    return (text, delivery.operation_name, variables, *parts)


@functools.lru_cache(maxsize=256)
def normalised(query: str) -> tuple[DocumentNode, str]:
    """The parsed document and its canonical text (whitespace and commas do not split a class)."""
    document = parse(query)
    return document, print_ast(document)


#: A rendered ``next`` payload: now, or once its asynchronous resolvers are done.
Rendered = str | None | Awaitable[str | None]


class SharedRenders:
    """The latest rendered payloads per sharing key (document, variables, rooms, day and viewer
    class), by generation (what the day showed). Kept while a subscriber uses the key; the last
    few generations, so subscribers a change or two behind the others still find theirs."""

    KEPT = 8

    def __init__(self) -> None:
        self._latest: dict[Hashable, OrderedDict[Hashable, asyncio.Future[str | None]]] = {}
        self._users: dict[Hashable, int] = {}

    @contextlib.contextmanager
    def sharing(self) -> Iterator[Share]:
        share = Share(self)
        try:
            yield share
        finally:
            self._leave(share.key)

    def _join(self, key: Hashable) -> None:
        self._users[key] = self._users.get(key, 0) + 1

    def _leave(self, key: Hashable) -> None:
        if key is None:
            return  # never joined
        left = self._users.pop(key, 0) - 1
        if left > 0:
            self._users[key] = left
        else:
            self._latest.pop(key, None)

    async def get(
        self, key: Hashable, generation: Hashable, render: Callable[[], Rendered]
    ) -> str | None:
        kept = self._latest.get(key)
        future = kept.get(generation) if kept is not None else None
        if future is None:
            rendered = render()
            if inspect.isawaitable(rendered):
                future = asyncio.ensure_future(rendered)
                future.add_done_callback(_done)
            else:  # rendered at once: the others of this wake-up take it without waiting
                future = asyncio.get_running_loop().create_future()
                future.set_result(rendered)
            if key in self._users:
                if kept is None:
                    kept = self._latest[key] = OrderedDict()
                kept[generation] = future
                if len(kept) > self.KEPT:
                    kept.popitem(last=False)
        if future.done():  # most subscribers of a busy room-day: no waiting, no new future
            return future.result()
        return await asyncio.shield(future)

    def __len__(self) -> int:
        return len(self._latest)


class Share:
    """One subscriber's use of a sharing key (which moves if the viewer's class changes)."""

    __slots__ = ("_renders", "key")

    def __init__(self, renders: SharedRenders) -> None:
        self._renders = renders
        self.key: Hashable = None

    def use(self, key: Hashable) -> Hashable:
        if key != self.key:
            self._renders._leave(self.key)
            self._renders._join(key)
            self.key = key
        return key


renders = SharedRenders()


def render_payload(schema: Schema, delivery: Delivery, context: object, value: object) -> Rendered:
    """Execute the subscription's selection over ``value`` as Strawberry does for each event, and
    give the ``next`` payload as JSON text; None when the result has errors (the subscriber then
    yields ``value`` itself, so errors are formatted and masked as usual). At once when the
    selection has no asynchronous resolver; else an awaitable of it."""
    document, _ = normalised(delivery.query)
    executor = schema.execution_context_class.build(
        schema._schema,
        document,
        None,
        context,
        delivery.variables,
        delivery.operation_name,
    )
    if isinstance(executor, list):
        return None
    result = execute_subscription_event(executor.build_per_event_executor(value))
    if inspect.isawaitable(result):
        return _serialised(result)
    return _serialise(result)


def _serialise(result: ExecutionResult) -> str | None:
    return None if result.errors else orjson.dumps({"data": result.data}).decode()


async def _serialised(result: Awaitable[ExecutionResult]) -> str | None:
    return _serialise(await result)
