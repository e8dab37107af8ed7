"""Equipment items: create, edit, change the stock.

A stock below what approved bookings already hold at some future moment is refused
(``EQUIPMENT_IN_USE``) with those bookings and the moment of the peak: the peak-concurrency rule
of :func:`booking.availability.peak_concurrent`. Lowering it first needs those bookings'
quantities reduced or the bookings moved (no shortfall is pushed onto requesters silently)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from booking.admin import audit
from booking.admin.fields import clean_code, clean_text, unique
from booking.changes import write
from booking.clock import now
from booking.errors import DomainError, ErrorCode
from booking.locks import lock_equipment
from booking.models import BookingEquipment, EquipmentItem, User
from booking.workflow import HOLDING_STATUSES

MAX_STOCK = 1_000_000


@dataclass(frozen=True)
class EquipmentDraft:
    code: str
    name: str
    unit: str


def snapshot(item: EquipmentItem) -> dict[str, object]:
    return {"code": item.code, "name": item.name, "unit": item.unit, "stock": item.stock}


def _clean(draft: EquipmentDraft) -> dict[str, object]:
    return {
        "code": clean_code(draft.code),
        "name": clean_text(draft.name, "name", 200),
        "unit": clean_text(draft.unit, "unit", 32),
    }


def _check_stock(stock: int) -> int:
    if not 0 <= stock <= MAX_STOCK:
        raise DomainError(ErrorCode.VALIDATION, "stock_range", field="stock", max=MAX_STOCK)
    return stock


async def create_equipment(user: User, draft: EquipmentDraft, stock: int) -> EquipmentItem:
    audit.require_admin(user)
    values = {**_clean(draft), "stock": _check_stock(stock)}
    async with write() as conn:
        await unique(EquipmentItem, "code", values["code"], conn)
        item = await EquipmentItem.create(using_db=conn, **values)
        after = snapshot(item)
        await audit.record(conn, user, "EQUIPMENT_CREATE", "EQUIPMENT", item.id, after=after)
    return item


async def _get(item_id: int, conn: BaseDBAsyncClient) -> EquipmentItem:
    item = await EquipmentItem.get_or_none(id=item_id, using_db=conn)
    if item is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="equipmentId")
    return item


async def edit_equipment(user: User, item_id: int, draft: EquipmentDraft) -> EquipmentItem:
    audit.require_admin(user)
    values = _clean(draft)
    async with write() as conn:
        item = await _get(item_id, conn)
        await unique(EquipmentItem, "code", values["code"], conn, exclude=item_id)
        before = snapshot(item)
        item.update_from_dict(values)
        await item.save(using_db=conn, update_fields=list(values))
        after = snapshot(item)
        await audit.record(conn, user, "EQUIPMENT_EDIT", "EQUIPMENT", item_id, before, after)
    return item


@dataclass(frozen=True)
class Peak:
    """The largest future allocation of an item: how much, from when, by which bookings."""

    quantity: int
    at: datetime | None
    booking_ids: tuple[int, ...]


async def future_peak(item_id: int, conn: BaseDBAsyncClient | None = None) -> Peak:
    """The largest quantity approved bookings hold at one moment from now on (half-open)."""
    rows = await (
        BookingEquipment.filter(
            equipment_id=item_id,
            approved_quantity__gt=0,
            booking__status__in=list(HOLDING_STATUSES),
            booking__ends_at__gt=now(),
        )
        .using_db(conn)
        .values_list("booking_id", "booking__starts_at", "booking__ends_at", "approved_quantity")
    )
    start = now()
    points: list[tuple[datetime, int, int]] = []
    for booking_id, b_start, b_end, qty in rows:
        points += [(max(b_start, start), qty, booking_id), (b_end, -qty, booking_id)]
    points.sort(key=lambda p: (p[0], p[1]))  # releases first at the same instant
    peak = Peak(0, None, ())
    current = 0
    active: set[int] = set()
    for at, delta, booking_id in points:
        current += delta
        (active.add if delta > 0 else active.discard)(booking_id)
        if current > peak.quantity:
            peak = Peak(current, at, tuple(sorted(active)))
    return peak


async def change_stock(user: User, item_id: int, stock: int) -> EquipmentItem:
    """Set the stock; refused below the future peak allocation (EQUIPMENT_IN_USE)."""
    audit.require_admin(user)
    _check_stock(stock)
    async with write() as conn:
        await lock_equipment(conn, [item_id])  # no allocation of the item meanwhile
        item = await _get(item_id, conn)
        peak = await future_peak(item_id, conn)
        if stock < peak.quantity:
            raise DomainError(
                ErrorCode.EQUIPMENT_IN_USE,
                field="stock",
                name=item.name,
                peak=peak.quantity,
                unit=item.unit,
                booking_ids=list(peak.booking_ids),
                at=peak.at,
            )
        before = snapshot(item)
        item.stock = stock
        await item.save(using_db=conn, update_fields=["stock"])
        after = snapshot(item)
        await audit.record(conn, user, "EQUIPMENT_STOCK", "EQUIPMENT", item_id, before, after)
    return item
