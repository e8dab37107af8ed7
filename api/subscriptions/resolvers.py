"""Live updates over graphql-transport-ws (or the legacy graphql-ws). Each subscription listens on
the hub first, then sends the current state, then the state again after each change (or after a
re-sync, when messages may have been lost). Leaving the ``async with`` (complete, disconnect, error)
unsubscribes. Availability updates show each change's own state, in order (the messages carry it),
and are rendered once per viewer class and shared (``api/live_views.py``)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import AsyncGenerator
from typing import Annotated

import strawberry

from api import sessions
from api.base import Connection
from api.bookings.queries import my_tasks_connection
from api.bookings.types import Booking, RoomAvailability, Task
from api.context import Info
from api.day_cache import kept_items
from api.day_cache import render as day_view
from api.displays.resolvers import RoomDisplaySubscription
from api.ids import decode_id
from api.loaders import Loaders
from api.notifications.resolvers import Notification
from api.subscriptions.live_views import (
    DayState,
    Rendered,
    numbered_read,
    render_payload,
    renders,
    shared_key,
    shared_room_days,
    viewer_class,
)
from api.subscriptions.websockets import Delivery, current_delivery
from booking import availability, models
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.permissions import can_view_booking

#: At most this many rooms in one availability subscription (one channel per room-day).
MAX_ROOMS = 100
CHANGED_ONLY = (
    "After the first state (every room), only the rooms whose day changed since the last update, "
    "in the first state's order; the client keeps the others. For day views of many rooms."
)
#: Changes an availability subscriber may be behind before it is told to re-read (drop to latest).
AVAILABILITY_QUEUE = 8


async def _fresh(info: Info) -> models.User:
    """Before each update: the session must still be valid (logout or expiry ends the stream), and
    the connection-wide loaders must not serve what they cached for an earlier update."""
    found = await sessions.check(info.context.token, info.context.settings)
    if found is None:
        raise DomainError(ErrorCode.UNAUTHENTICATED)
    info.context.user, info.context.session = found
    info.context.loaders = Loaders()
    return found[0]


def _render_day(
    info: Info, delivery: Delivery, user: models.User, days: list[availability.RoomDay]
) -> Rendered:
    """The update of an availability subscription as its ``next`` payload, for its viewer class."""
    return render_payload(info.schema, delivery, info.context, day_view(user, days))


@strawberry.type
class Subscription(RoomDisplaySubscription):
    @strawberry.subscription(
        description="The day view of these rooms (all active rooms if none): now, then after "
        "each booking change on that day."
    )
    async def availability_changed(
        self,
        info: Info,
        date: dt.date,
        room_ids: list[strawberry.ID] | None = None,
        changed_only: Annotated[bool, strawberry.argument(description=CHANGED_ONLY)] = False,
    ) -> AsyncGenerator[list[RoomAvailability], None]:
        info.context.require_user()
        if room_ids:
            ids = list(dict.fromkeys(decode_id(i, "Room", "roomIds") for i in room_ids))
        else:
            ids = await models.Room.filter(is_active=True).values_list("id", flat=True)  # type: ignore[assignment]
        if len(ids) > MAX_ROOMS:
            raise DomainError(
                ErrorCode.VALIDATION, "too_many_rooms", field="roomIds", max=MAX_ROOMS
            )
        hub = info.context.hub
        tz = info.context.settings.tz
        channels = [hub.room_channel(i, date) for i in ids]
        delivery = current_delivery()
        async with hub.subscribe(channels, maxsize=AVAILABILITY_QUEUE) as changes:
            user = await _fresh(info)
            # Read after listening: a change committed from now on is in the queue.
            state = DayState(await numbered_read(date, tz, ids))
            yield kept_items(info, user, state.rooms.values())  # type: ignore[misc]
            shown = state.generation()
            operation = shared_key(delivery, date, tuple(ids)) if delivery else None
            with renders.sharing() as share:
                async for message in changes:
                    applied = state.apply(message)
                    if applied is None:  # nothing to apply: read the day again
                        state.load(await shared_room_days(hub, date, ids, tz, channels))
                    elif not applied:
                        continue  # a change this subscriber already shows
                    days, generation = state.update(shown if changed_only else None)
                    shown = state.generation()
                    if changed_only and not days:
                        continue  # a re-read that found what this subscriber shows
                    user = await _fresh(info)
                    if delivery is None or operation is None:  # not under our WebSocket handlers
                        yield day_view(user, days)
                        continue
                    key = share.use((operation, viewer_class(user, info.context.language)))
                    render = functools.partial(_render_day, info, delivery, user, days)
                    payload = await renders.get(key, generation, render)
                    if payload is None:  # errors: Strawberry formats them, as for any update
                        yield day_view(user, days)
                    else:
                        await delivery.send(payload)

    @strawberry.subscription(
        description="A booking I may see: now, then after each change (status, schedule, room)."
    )
    async def booking_changed(self, info: Info, id: strawberry.ID) -> AsyncGenerator[Booking, None]:
        user = info.context.require_user()
        booking_id = decode_id(id, "Booking", "id")
        row = await models.Booking.get_or_none(id=booking_id)
        if row is None or not can_view_booking(user, row):
            raise DomainError(ErrorCode.NOT_FOUND, field="id")
        hub = info.context.hub
        async with hub.subscribe([hub.booking_channel(booking_id)]) as changes:
            while True:
                user = await _fresh(info)
                row = await models.Booking.get_or_none(id=booking_id)
                if row is None or not can_view_booking(user, row):
                    raise DomainError(ErrorCode.NOT_FOUND, field="id")
                yield Booking.from_model(row)
                await anext(changes)

    @strawberry.subscription(
        description="My work list (as myTasks): now, then after each change that may touch it."
    )
    async def my_tasks_changed(
        self, info: Info, first: int | None = None
    ) -> AsyncGenerator[Connection[Task], None]:
        user = info.context.require_user()
        hub = info.context.hub
        channels = []
        if any(r != Role.REQUESTER for r in user.roles):
            channels.append(hub.staff_tasks_channel())
        if user.has_role(Role.REQUESTER) and user.agency_id:
            channels.append(hub.agency_tasks_channel(user.agency_id))
        async with hub.subscribe(channels) as changes:
            while True:
                user = await _fresh(info)
                yield await my_tasks_connection(info, user, first, None)
                await anext(changes)

    @strawberry.subscription(description="My new in-app notifications, as they are written.")
    async def notification_received(self, info: Info) -> AsyncGenerator[Notification, None]:
        user = info.context.require_user()
        hub = info.context.hub
        async with hub.subscribe([hub.user_channel(user.id)], maxsize=1) as changes:
            # Listening first, then the high-water mark: nothing written after it is missed.
            last = await models.Notification.filter(user_id=user.id).order_by("-id").first()
            seen = last.id if last else 0
            async for _ in changes:  # a new row, or a re-sync: either way, read what is new
                user = await _fresh(info)
                rows = await models.Notification.filter(user_id=user.id, id__gt=seen).order_by("id")
                for row in rows:
                    seen = row.id
                    yield Notification.from_model(row, info)
