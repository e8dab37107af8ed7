"""What changed, told to live subscribers after the change commits.

The domain collects events while it writes (the operations return or record them per call), seals
them as the last step of the transaction (:func:`booking.live_state.seal`: the state of every
room-day they touched, numbered per room) and publishes them after the transaction block: Tortoise
has no on-commit hook. The publishers are
adapters (an in-process hub, Redis pub/sub) that the API and the worker configure here; with none
configured, publishing does nothing. Publishing never fails an operation that has committed: live
updates are a convenience, the database stays the record.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from booking.models import Booking, Notification

log = logging.getLogger("epesan.events")


@dataclass(frozen=True)
class BookingChanged:
    """A booking was submitted, moved along the workflow, rescheduled or cancelled.

    ``room_days`` are the (room id, office-local date) pairs whose availability it touched: the old
    and the new place and day when it moved."""

    booking_id: int
    agency_id: int | None
    room_days: tuple[tuple[int, date], ...]


@dataclass(frozen=True)
class NotificationCreated:
    user_id: int
    notification_id: int


@dataclass(frozen=True)
class AvailabilityChanged:
    """Rooms' availability changed without a booking changing (a leadership block)."""

    room_days: tuple[tuple[int, date], ...]


@dataclass(frozen=True)
class RoomDayState:
    """A room-day as the transaction that changed it left it (:func:`booking.live_state.seal`).

    ``seq`` is the room's change number (``Room.live_seq``): states of one room are applied in its
    order, whatever order their messages arrive in. ``state`` is JSON-ready
    (:func:`booking.live_state.encode_room_day`); None when the transaction changed too many
    room-days to carry them all (subscribers then read the day again)."""

    room_id: int
    day: date
    seq: int
    state: dict[str, object] | None


@dataclass(frozen=True)
class SessionsEnded:
    """Every session of a user ended (deactivated, password reset): API processes forget their
    cached checks and close the user's websockets."""

    user_id: int


Event = BookingChanged | NotificationCreated | AvailabilityChanged | RoomDayState | SessionsEnded


class Publisher(Protocol):
    async def publish(self, events: Sequence[Event]) -> None: ...


class Watcher(Protocol):
    """A publisher that can tell which room-days anybody listens to (``live.EventPublisher``)."""

    async def watched(self, room_days: Sequence[tuple[int, date]]) -> set[tuple[int, date]]: ...


_publishers: list[Publisher] = []


def add_publisher(publisher: Publisher) -> None:
    _publishers.append(publisher)


def remove_publisher(publisher: Publisher) -> None:
    if publisher in _publishers:
        _publishers.remove(publisher)


async def publish(events: Sequence[Event]) -> None:
    """Call after the transaction that produced ``events`` committed."""
    if not events:
        return
    for publisher in list(_publishers):
        try:
            await publisher.publish(events)
        except Exception:  # the change is committed; a lost live update is re-synced later
            log.exception("could not publish %d event(s)", len(events))


async def watched(room_days: Sequence[tuple[int, date]]) -> set[tuple[int, date]]:
    """The room-days among ``room_days`` that someone may be listening to: the only ones whose
    states are worth reading in a writing transaction (:func:`booking.live_state.seal`). A
    publisher that cannot tell, or fails to, counts as listening to all of them; with no
    publisher, nobody listens. A subscriber that starts listening after this answer reads its
    first state after it too, so a change it was sent without a state is one it reads itself."""
    found: set[tuple[int, date]] = set()
    for publisher in list(_publishers):
        ask = getattr(publisher, "watched", None)
        if ask is None:
            return set(room_days)
        try:
            found |= await ask(room_days)
        except Exception as exc:  # a slow or unreachable Redis: read every state, as before
            log.warning("could not tell which room-days are watched (%s)", exc)
            return set(room_days)
    return found


def room_day(room_id: int, starts_at: datetime, tz: ZoneInfo) -> tuple[int, date]:
    """The availability a booking starting then in that room belongs to (bookings last one day)."""
    return room_id, starts_at.astimezone(tz).date()


def booking_changed(
    booking: Booking, tz: ZoneInfo, before: Iterable[tuple[int, date]] = ()
) -> BookingChanged:
    days = dict.fromkeys([*before, room_day(booking.room_id, booking.starts_at, tz)])
    return BookingChanged(booking.id, booking.agency_id, tuple(days))


def notifications_created(notifications: Iterable[Notification]) -> list[NotificationCreated]:
    return [NotificationCreated(n.user_id, n.id) for n in notifications]
