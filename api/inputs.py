"""Input decoding shared by mutations: a booking request's fields, uploads, approved quantities."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol

from strawberry.file_uploads import Upload

from api.common import aware
from api.context import Info
from api.ids import decode_id
from booking import operations
from booking.errors import DomainError, ErrorCode


class EquipmentLine(Protocol):
    @property
    def equipment_id(self) -> str: ...
    @property
    def quantity(self) -> int: ...


class ApprovedLine(Protocol):
    @property
    def equipment_id(self) -> str: ...
    @property
    def approved_quantity(self) -> int: ...


class BookingRequest(Protocol):
    """What submitBooking, joinWaitlist and the series inputs share (read-only)."""

    @property
    def room_id(self) -> str: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def ends_at(self) -> datetime: ...
    @property
    def title(self) -> str: ...
    @property
    def purpose(self) -> str: ...
    @property
    def participants(self) -> int: ...
    @property
    def equipment(self) -> Sequence[EquipmentLine]: ...


def booking_draft(input: BookingRequest, info: Info) -> operations.BookingDraft:
    return operations.BookingDraft(
        room_id=decode_id(input.room_id, "Room", "roomId"),
        starts_at=aware(input.starts_at, info),
        ends_at=aware(input.ends_at, info),
        title=input.title,
        purpose=input.purpose,
        participants=input.participants,
        equipment=tuple(
            operations.EquipmentRequest(
                decode_id(e.equipment_id, "EquipmentItem", "equipment"), e.quantity
            )
            for e in input.equipment
        ),
    )


def approved_quantities(lines: Iterable[ApprovedLine]) -> dict[int, int]:
    """SOP step 5 input: equipment id -> approved quantity, each line once."""
    approved: dict[int, int] = {}
    for line in lines:
        item = decode_id(line.equipment_id, "EquipmentItem", "lines")
        if item in approved:
            raise DomainError(ErrorCode.VALIDATION, "duplicate_equipment", field="lines")
        approved[item] = line.approved_quantity
    return approved


async def read_upload(upload: Upload, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes: enough for the domain to refuse an oversized file."""
    data = await upload.read(max_bytes + 1)  # type: ignore[attr-defined]
    return bytes(data)
