"""Work shared by the subscribers of one process that woke up for the same change.

A change to a busy room-day wakes every subscriber of it at once. Instead of each reading the day
again, the first one reads and the others (same channels, same hub generation) await its read; only
reads in flight are shared. And instead of each executing and serialising its subscription over the
new day view, subscribers with the same document, variables and viewer class share one rendered
``next`` payload (:class:`SharedRenders`), sent as text by :class:`api.websockets.Delivery`."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import weakref
from collections.abc import Awaitable, Callable, Hashable, Iterator
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

import orjson
from graphql import DocumentNode, execute_subscription_event, parse, print_ast
from strawberry import Schema

from api.websockets import Delivery
from booking import availability, models
from live.hub import Hub

_Key = tuple[date, tuple[int, ...], tuple[int, ...]]
_reads: weakref.WeakValueDictionary[_Key, asyncio.Future[list[availability.RoomDay]]] = (
    weakref.WeakValueDictionary()
)
_running: set[asyncio.Future[list[availability.RoomDay]]] = set()


def _done(read: asyncio.Future[Any]) -> None:
    _running.discard(read)
    if not read.cancelled():
        read.exception()  # retrieved: a reader that left does not leave it unobserved


async def shared_room_days(
    hub: Hub, day: date, room_ids: list[int], tz: ZoneInfo, channels: list[str]
) -> list[availability.RoomDay]:
    key = (day, tuple(room_ids), hub.generation(channels))
    read = _reads.get(key)
    if read is None:
        read = asyncio.ensure_future(availability.room_days(day, tz, room_ids))
        _reads[key] = read
        _running.add(read)  # a task must be referenced until it ends, even if its readers left
        read.add_done_callback(_done)
    return await asyncio.shield(read)


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


class SharedRenders:
    """The latest rendered payload per sharing key (document, variables, rooms, day and viewer
    class). An entry is kept while a subscriber uses its key and replaced when the hub generation
    of its channels moves on, so a subscriber that wakes late still finds the latest render."""

    def __init__(self) -> None:
        self._latest: dict[Hashable, tuple[Hashable, asyncio.Future[str | None]]] = {}
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
        self, key: Hashable, generation: Hashable, render: Callable[[], Awaitable[str | None]]
    ) -> str | None:
        entry = self._latest.get(key)
        if entry is None or entry[0] != generation:
            rendering = asyncio.ensure_future(render())
            rendering.add_done_callback(_done)
            entry = (generation, rendering)
            if key in self._users:
                self._latest[key] = entry
        future = entry[1]
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


async def render_payload(
    schema: Schema, delivery: Delivery, context: object, value: object
) -> str | None:
    """Execute the subscription's selection over ``value`` as Strawberry does for each event, and
    give the ``next`` payload as JSON text; None when the result has errors (the subscriber then
    yields ``value`` itself, so errors are formatted and masked as usual)."""
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
        result = await result
    if result.errors:
        return None
    return orjson.dumps({"data": result.data}).decode()
