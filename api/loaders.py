"""DataLoaders, one per relation: ``<Things>By<Key>Loader``. One query per batch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TypeVar

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from booking.models import (
    Agency,
    Booking,
    BookingEquipment,
    BookingEvent,
    BookingSeries,
    EquipmentItem,
    EventReport,
    Photo,
    Room,
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
    """Fresh per request, so nothing is cached across users."""

    def __init__(self) -> None:
        self.rooms_by_id = _by_id(Room)
        self.agencies_by_id = _by_id(Agency)
        self.users_by_id = _by_id(User)
        self.equipment_items_by_id = _by_id(EquipmentItem)
        self.equipment_lines_by_booking_id = _children(BookingEquipment, "booking_id", "id")
        self.series_by_id = _by_id(BookingSeries)
        self.history_by_booking_id = _children(BookingEvent, "booking_id", "id")
        self.photos_by_booking_id = _children(Photo, "booking_id", "id")
        self.reports_by_booking_id = _one_by(EventReport, "booking_id")
        self.bookings_by_id = _by_id(Booking)
        self.waitlist_history_by_entry_id = _children(WaitlistEvent, "entry_id", "id")
