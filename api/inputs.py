"""Input decoding shared by mutations: a booking request's fields, uploads, approved quantities."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import datetime
from typing import Protocol, TypeVar

import strawberry
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


@strawberry.input
class RequestInput:
    """The fields submitBooking and joinWaitlist share, in the schema's order (each declares its
    own idempotency key description and equipment line type again: a field declared again keeps
    its place). Not a type of the schema."""

    idempotency_key: str
    room_id: strawberry.ID
    starts_at: datetime
    ends_at: datetime
    title: str
    purpose: str
    participants: int
    letter: Upload = strawberry.field(description="Request letter: PDF, JPEG or PNG.")


R = TypeVar("R")


class SubmittedRequest(BookingRequest, Protocol):
    """A request with its idempotency key and letter (submitBooking, joinWaitlist)."""

    @property
    def idempotency_key(self) -> str: ...
    @property
    def letter(self) -> Upload: ...


async def submit_request(
    info: Info, input: SubmittedRequest, submit: Callable[..., Awaitable[R]]
) -> R:
    """``submit`` (a booking, a waitlist entry) as the caller: the draft, the letter read up to
    its limit, the idempotency key, the store and the settings."""
    settings = info.context.settings
    return await submit(
        info.context.require_user(),
        booking_draft(input, info),
        letter=await read_upload(input.letter, settings.max_letter_bytes),
        idempotency_key=input.idempotency_key,
        store=info.context.store,
        settings=settings,
    )


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
