"""DataLoaders, one per relation: ``<Things>By<Key>Loader``. One query per batch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TypeVar

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from booking.models import (
    Agency,
    BookingEquipment,
    BookingEvent,
    EquipmentItem,
    LeadershipBlockRoom,
    Room,
    RoomRules,
    User,
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


class Loaders:
    """Fresh per request, so nothing is cached across users."""

    def __init__(self) -> None:
        self.rooms_by_id = _by_id(Room)
        self.agencies_by_id = _by_id(Agency)
        self.users_by_id = _by_id(User)
        self.equipment_items_by_id = _by_id(EquipmentItem)
        self.equipment_lines_by_booking_id = _children(BookingEquipment, "booking_id", "id")
        self.history_by_booking_id = _children(BookingEvent, "booking_id", "id")
        self.block_rooms_by_block_id = _children(LeadershipBlockRoom, "block_id", "room_id")
        self.room_rules_by_room_id = _children(RoomRules, "room_id", "id")
