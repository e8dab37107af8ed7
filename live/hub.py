"""Fan-out of live messages to this process's subscriptions.

A :class:`Hub` keeps, per channel, the local subscriptions listening to it. Each subscription owns
one bounded queue. ``{"resync": true}`` tells a subscriber that messages may have been lost: it
re-reads the current state. A Redis reconnect sends it to every subscriber; a full queue (a client
too slow to take what it is sent) is emptied and left with that message alone: drop to latest.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

Message = dict[str, Any]
RESYNC: Message = {"resync": True}


def _nothing() -> None:
    pass


class Subscription:
    def __init__(
        self, channels: Sequence[str], maxsize: int, on_drop: Callable[[], None] = _nothing
    ) -> None:
        self.channels = tuple(dict.fromkeys(channels))
        self.queue: asyncio.Queue[Message] = asyncio.Queue(maxsize=maxsize)
        self.on_drop = on_drop

    def deliver(self, message: Message) -> None:
        """Never blocks the hub: a subscriber too slow to keep up is told to re-read instead."""
        if self.queue.full():
            while not self.queue.empty():
                self.queue.get_nowait()
                self.on_drop()
            message = RESYNC
        self.queue.put_nowait(message)

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> Message:
        return await self.queue.get()


class Hub:
    """Local fan-out. The in-process hub is this class; :class:`live.redis.RedisHub` adds Redis."""

    def __init__(self, prefix: str = "epesan") -> None:
        self.prefix = prefix
        #: Called for each message dropped for a slow subscriber (the metrics' counter).
        self.on_drop: Callable[[], None] = _nothing
        self._local: dict[str, set[Subscription]] = {}
        self._delivered: dict[str, int] = {}  # messages fanned out per channel, while listened to
        self._resyncs = 0

    # channel names ------------------------------------------------------------------------------

    def room_channel(self, room_id: int, day: object) -> str:
        return f"{self.prefix}:room:{room_id}:{day}"  # day: a date, yyyy-mm-dd

    def user_channel(self, user_id: int) -> str:
        return f"{self.prefix}:user:{user_id}"

    def sessions_channel(self) -> str:
        """Users whose sessions all ended: every API process listens (api.sessions.watch)."""
        return f"{self.prefix}:sessions"

    def booking_channel(self, booking_id: int) -> str:
        return f"{self.prefix}:booking:{booking_id}"

    def staff_tasks_channel(self) -> str:
        """Any booking changed: City Hall staff's work lists may have changed."""
        return f"{self.prefix}:tasks:staff"

    def agency_tasks_channel(self, agency_id: int) -> str:
        """A booking of this agency changed: its requesters' work lists may have changed."""
        return f"{self.prefix}:tasks:agency:{agency_id}"

    # subscribing --------------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def subscribe(
        self, channels: Sequence[str], maxsize: int = 1
    ) -> AsyncIterator[Subscription]:
        """Listen to ``channels`` until the block exits (complete, disconnect or error)."""
        subscription = Subscription(channels, maxsize, self.on_drop)
        for channel in subscription.channels:
            self._local.setdefault(channel, set()).add(subscription)
        try:
            await self._listen(subscription.channels)  # returns once the transport listens
            yield subscription
        finally:
            gone = []
            for channel in subscription.channels:
                listeners = self._local.get(channel)
                if listeners is not None:
                    listeners.discard(subscription)
                    if not listeners:
                        del self._local[channel]
                        self._delivered.pop(channel, None)
                        gone.append(channel)
            if gone:
                self._unlisten(gone)

    @property
    def local_channels(self) -> list[str]:
        return list(self._local)

    def subscription_count(self) -> int:
        return len({s for subs in self._local.values() for s in subs})

    def generation(self, channels: Sequence[str]) -> tuple[int, ...]:
        """Grows with every message on these channels (and every re-sync): subscribers that woke up
        at the same generation can share one read of the current state."""
        return (self._resyncs, *(self._delivered.get(c, 0) for c in channels))

    def fan_out(self, channel: str, message: Message) -> None:
        listeners = self._local.get(channel)
        if not listeners:
            return
        self._delivered[channel] = self._delivered.get(channel, 0) + 1
        for subscription in list(listeners):
            subscription.deliver(message)

    def resync_all(self) -> None:
        self._resyncs += 1
        for subscription in {s for subs in self._local.values() for s in subs}:
            subscription.deliver(RESYNC)

    # transport (overridden by the Redis hub) ----------------------------------------------------

    async def publish(self, channel: str, message: Message) -> None:
        self.fan_out(channel, message)

    async def publish_many(self, messages: Sequence[tuple[str, Message]]) -> None:
        for channel, message in messages:
            await self.publish(channel, message)

    async def listened(self, channels: Sequence[str]) -> set[str]:
        """The channels a subscription of this process listens to (the Redis hub: of any)."""
        return {c for c in channels if c in self._local}

    async def _listen(self, channels: Sequence[str]) -> None:
        """Make sure the transport listens to ``channels`` (some may be listened to already)."""
        return None

    def _unlisten(self, channels: Sequence[str]) -> None:
        """Must not block: called from ``finally`` blocks of cancelled subscriptions."""
        return None

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None
