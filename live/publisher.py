"""Domain events to hub channels: per room-day, per booking, per user, and work lists.

A room-day's message carries its state and number when the transaction sealed it
(:mod:`booking.live_state`); otherwise it only says "look again"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from booking.events import (
    AvailabilityChanged,
    BookingChanged,
    Event,
    NotificationCreated,
    RoomDayState,
    SessionsEnded,
)
from live.hub import Hub, Message


class Sink(Protocol):
    async def publish_many(self, messages: Sequence[tuple[str, Message]]) -> None: ...

    async def listened(self, channels: Sequence[str]) -> set[str]:
        """The channels among ``channels`` that some process may be listening to."""
        ...


class EventPublisher:
    """Registered with :func:`booking.events.add_publisher` by the API's lifespan and the worker."""

    def __init__(self, hub: Hub, sink: Sink | None = None) -> None:
        self.hub = hub
        self.sink: Sink = sink or hub

    async def publish(self, events: Sequence[Event]) -> None:
        await self.sink.publish_many(self.messages(events))

    async def watched(self, room_days: Sequence[tuple[int, date]]) -> set[tuple[int, date]]:
        channels = {
            self.hub.room_channel(room_id, day): (room_id, day) for room_id, day in room_days
        }
        return {channels[c] for c in await self.sink.listened(list(channels))}

    def messages(self, events: Sequence[Event]) -> list[tuple[str, Message]]:
        out: dict[str, Message] = {}  # one message per channel and batch
        for event in events:
            if isinstance(event, BookingChanged):
                message: Message = {"booking_id": event.booking_id}
                for room_id, day in event.room_days:
                    out[self.hub.room_channel(room_id, day)] = message
                out[self.hub.booking_channel(event.booking_id)] = message
                out[self.hub.staff_tasks_channel()] = message
                if event.agency_id is not None:
                    out[self.hub.agency_tasks_channel(event.agency_id)] = message
            elif isinstance(event, AvailabilityChanged):
                for room_id, day in event.room_days:
                    out.setdefault(self.hub.room_channel(room_id, day), {"blocked": True})
            elif isinstance(event, RoomDayState):  # sealed last: replaces the plain messages
                out[self.hub.room_channel(event.room_id, event.day)] = {
                    "room_id": event.room_id,
                    "day": event.day.isoformat(),
                    "seq": event.seq,
                    "state": event.state,
                }
            elif isinstance(event, SessionsEnded):
                out[self.hub.sessions_channel()] = {"user_id": event.user_id}
            elif isinstance(event, NotificationCreated):
                out[self.hub.user_channel(event.user_id)] = {
                    "notification_id": event.notification_id
                }
        return list(out.items())
