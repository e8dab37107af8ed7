"""The checks of a request before anything is written: its text, equipment and room (a draft), and
its times (shape, the past, one office day, the room's booking rules). Used by single bookings,
series, the waitlist and leadership blocks."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient

from booking import dialect_sql, rules
from booking.clock import now, to_utc
from booking.errors import DomainError, ErrorCode
from booking.models import EquipmentItem, Room
from booking.settings import Settings

MAX_TITLE = 200
MAX_TEXT = 4000


@dataclass(frozen=True)
class EquipmentRequest:
    equipment_id: int
    quantity: int


@dataclass(frozen=True)
class BookingDraft:
    room_id: int
    starts_at: datetime
    ends_at: datetime
    title: str
    purpose: str
    participants: int
    equipment: Sequence[EquipmentRequest] = field(default_factory=tuple)

    def fingerprint(self, letter: bytes | None) -> str:
        data = asdict(self)
        data["starts_at"] = self.starts_at.isoformat()
        data["ends_at"] = self.ends_at.isoformat()
        data["letter"] = hashlib.sha256(letter).hexdigest() if letter is not None else None
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def require_text(value: str, name: str, max_len: int) -> str:
    value = value.strip()
    if not value:
        raise DomainError(ErrorCode.VALIDATION, "required", field=name)
    if len(value) > max_len:
        raise DomainError(ErrorCode.VALIDATION, "too_long", field=name, max=max_len)
    return value


def check_time_shape(start: datetime, end: datetime) -> None:
    """Times with a zone, whole minutes, the end after the start (bookings, waitlist, blocks)."""
    if start.tzinfo is None or end.tzinfo is None:
        raise DomainError(ErrorCode.VALIDATION, field="startsAt")
    if start.second or start.microsecond or end.second or end.microsecond:
        raise DomainError(ErrorCode.VALIDATION, "time_minutes", field="startsAt")
    if end <= start:
        raise DomainError(ErrorCode.VALIDATION, "time_order", field="endsAt")


async def check_times(
    room: Room,
    start: datetime,
    end: datetime,
    settings: Settings,
    participants: int = 0,
    conn: BaseDBAsyncClient | None = None,
) -> rules.Rules:
    """The shape of the times, then the room's booking rules (booking.rules.check); the rules in
    force for the room, for :func:`booking.rules.check_locked` under the room lock."""
    check_time_shape(start, end)
    if start <= now():
        raise DomainError(ErrorCode.VALIDATION, "time_past", field="startsAt")
    if (
        start.astimezone(settings.tz).date()
        != (end - timedelta(microseconds=1)).astimezone(settings.tz).date()
    ):
        raise DomainError(ErrorCode.VALIDATION, "one_day", field="endsAt")
    in_force = await rules.rules_for(room, settings, conn)
    rules.check(in_force, room, start, end, participants, settings.tz, now())
    return in_force


async def bookable_room(room_id: int, conn: BaseDBAsyncClient | None = None) -> Room:
    found = await dialect_sql.instances(Room, "SELECT * FROM room WHERE id = $1", [room_id], conn)
    room = found[0] if found else None
    if room is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="roomId")
    if not room.is_active:
        raise DomainError(ErrorCode.VALIDATION, "room_inactive", field="roomId")
    return room


async def check_draft(draft: BookingDraft, settings: Settings) -> tuple[Room, BookingDraft]:
    title = require_text(draft.title, "title", MAX_TITLE)
    purpose = require_text(draft.purpose, "purpose", MAX_TEXT)
    if draft.participants <= 0:
        raise DomainError(ErrorCode.VALIDATION, "positive", field="participants")
    ids = [line.equipment_id for line in draft.equipment]
    if len(set(ids)) != len(ids):
        raise DomainError(ErrorCode.VALIDATION, "duplicate_equipment", field="equipment")
    if any(line.quantity <= 0 for line in draft.equipment):
        raise DomainError(ErrorCode.VALIDATION, "positive", field="equipment")
    items = {item.id: item for item in await EquipmentItem.filter(id__in=ids)} if ids else {}
    if len(items) != len(ids):
        raise DomainError(ErrorCode.NOT_FOUND, field="equipment")
    for line in draft.equipment:
        item = items[line.equipment_id]
        if line.quantity > item.stock:  # could never be met, not even by the whole stock
            raise DomainError(
                ErrorCode.VALIDATION,
                "quantity_exceeds_stock",
                field="equipment",
                name=item.name,
                stock=item.stock,
                unit=item.unit,
            )
    room = await bookable_room(draft.room_id)
    await check_times(room, draft.starts_at, draft.ends_at, settings, draft.participants)
    clean = BookingDraft(
        room_id=room.id,
        starts_at=to_utc(draft.starts_at),
        ends_at=to_utc(draft.ends_at),
        title=title,
        purpose=purpose,
        participants=draft.participants,
        equipment=tuple(draft.equipment),
    )
    return room, clean


def clean_note(text: str | None, *, required: bool = False) -> str | None:
    text = (text or "").strip()
    if required and not text:
        raise DomainError(ErrorCode.VALIDATION, "reason_required", field="reason")
    if len(text) > MAX_TEXT:
        raise DomainError(ErrorCode.VALIDATION, "too_long", field="reason", max=MAX_TEXT)
    return text or None
