"""DataLoaders, one per relation: ``<Things>By<Key>Loader``. One query per batch."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import TypeVar

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from booking.admin.users import locks_by_nrk
from booking.check_in import no_show_counts
from booking.core import displacements
from booking.displaced import displaced_by_block
from booking.models import (
    Agency,
    Booking,
    BookingEquipment,
    BookingEvent,
    BookingSeries,
    EquipmentItem,
    EventReport,
    LeadershipBlockEvent,
    LeadershipBlockRoom,
    Photo,
    Room,
    RoomRules,
    User,
    WaitlistEvent,
)

M = TypeVar("M", bound=Model)


def _by_id(model: type[M]) -> DataLoader[int, M | None]:
    async def load(ids: Sequence[int]) -> list[M | None]:
        rows = {row.pk: row for row in await model.filter(id__in=list(set(ids)))}
        return [rows.get(i) for i in ids]

    return DataLoader(load_fn=load)


def _children(model: type[M], key: str, order: str) -> DataLoader[int, list[M]]:
    async def load(ids: Sequence[int]) -> list[list[M]]:
        grouped: dict[int, list[M]] = defaultdict(list)
        for row in await model.filter(**{f"{key}__in": list(set(ids))}).order_by(order):
            grouped[getattr(row, key)].append(row)
        return [grouped.get(i, []) for i in ids]

    return DataLoader(load_fn=load)


def _one_by(model: type[M], key: str) -> DataLoader[int, M | None]:
    async def load(ids: Sequence[int]) -> list[M | None]:
        rows = {getattr(r, key): r for r in await model.filter(**{f"{key}__in": list(set(ids))})}
        return [rows.get(i) for i in ids]

    return DataLoader(load_fn=load)


class Loaders:
    """Fresh per request, so nothing is cached across users. Each loader is made on first use: a
    WebSocket connection holds a context (and a subscription renews its loaders before each
    update) whether or not its fields load anything."""

    @functools.cached_property
    def no_shows_by_agency_id(self) -> DataLoader[int, int]:
        async def load(ids: Sequence[int]) -> list[int]:
            counts = await no_show_counts(list(set(ids)))
            return [counts.get(i, 0) for i in ids]

        return DataLoader(load_fn=load)

    @functools.cached_property
    def login_locks_by_nrk(self) -> DataLoader[str, datetime | None]:
        async def load(nrks: Sequence[str]) -> list[datetime | None]:
            locks = await locks_by_nrk(nrks)
            return [locks.get(n) for n in nrks]

        return DataLoader(load_fn=load)

    @functools.cached_property
    def rooms_by_id(self) -> DataLoader[int, Room | None]:
        return _by_id(Room)

    @functools.cached_property
    def agencies_by_id(self) -> DataLoader[int, Agency | None]:
        return _by_id(Agency)

    @functools.cached_property
    def users_by_id(self) -> DataLoader[int, User | None]:
        return _by_id(User)

    @functools.cached_property
    def equipment_items_by_id(self) -> DataLoader[int, EquipmentItem | None]:
        return _by_id(EquipmentItem)

    @functools.cached_property
    def equipment_lines_by_booking_id(self) -> DataLoader[int, list[BookingEquipment]]:
        return _children(BookingEquipment, "booking_id", "id")

    @functools.cached_property
    def history_by_booking_id(self) -> DataLoader[int, list[BookingEvent]]:
        return _children(BookingEvent, "booking_id", "id")

    @functools.cached_property
    def last_displacement_by_booking_id(self) -> DataLoader[int, BookingEvent | None]:
        """Each booking's last DISPLACE (the APPROVE guard's fact, for ``availableActions``)."""

        async def load(ids: Sequence[int]) -> list[BookingEvent | None]:
            last = {e.booking_id: e for e in await displacements(list(set(ids))).order_by("id")}
            return [last.get(i) for i in ids]

        return DataLoader(load_fn=load)

    @functools.cached_property
    def displaced_bookings_by_block_id(self) -> DataLoader[int, list[Booking]]:
        """The bookings each leadership block displaced that still wait to be rescheduled."""

        async def load(ids: Sequence[int]) -> list[list[Booking]]:
            found = await displaced_by_block(list(set(ids)))
            return [found.get(i, []) for i in ids]

        return DataLoader(load_fn=load)

    @functools.cached_property
    def series_by_id(self) -> DataLoader[int, BookingSeries | None]:
        return _by_id(BookingSeries)

    @functools.cached_property
    def photos_by_booking_id(self) -> DataLoader[int, list[Photo]]:
        return _children(Photo, "booking_id", "id")

    @functools.cached_property
    def reports_by_booking_id(self) -> DataLoader[int, EventReport | None]:
        return _one_by(EventReport, "booking_id")

    @functools.cached_property
    def bookings_by_id(self) -> DataLoader[int, Booking | None]:
        return _by_id(Booking)

    @functools.cached_property
    def waitlist_history_by_entry_id(self) -> DataLoader[int, list[WaitlistEvent]]:
        return _children(WaitlistEvent, "entry_id", "id")

    @functools.cached_property
    def block_rooms_by_block_id(self) -> DataLoader[int, list[LeadershipBlockRoom]]:
        return _children(LeadershipBlockRoom, "block_id", "room_id")

    @functools.cached_property
    def block_history_by_block_id(self) -> DataLoader[int, list[LeadershipBlockEvent]]:
        return _children(LeadershipBlockEvent, "block_id", "id")

    @functools.cached_property
    def room_rules_by_room_id(self) -> DataLoader[int, list[RoomRules]]:
        return _children(RoomRules, "room_id", "id")
