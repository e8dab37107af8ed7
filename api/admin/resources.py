"""ADMIN: rooms, equipment, agencies and office closures. Input objects in, payloads with
``errors`` out; the rules are in :mod:`booking.admin`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime

import strawberry

from api.admin.types import Agency, EquipmentItem, Room
from api.base import UserError, local
from api.bookings.types import Booking
from api.common import acting
from api.context import Info
from api.ids import decode_id
from booking import models
from booking.admin import agencies, closures, equipment, rooms
from booking.errors import DomainError, ErrorCode

FutureBookings = rooms.FutureBookings  # the domain's enum is the schema's enum


@strawberry.type(description="A day the office is closed beside public holidays (cuti bersama).")
class OfficeClosure:
    id: strawberry.ID
    day: date
    reason: str

    @classmethod
    def from_model(cls, m: models.OfficeClosure) -> OfficeClosure:
        return cls(id=strawberry.ID(str(m.id)), day=m.day, reason=m.reason)


@strawberry.input
class RoomInput:
    code: str
    name: str
    building: str
    floor: str
    capacity: int
    facilities: list[str] = strawberry.field(default_factory=list)
    description: str | None = None
    no_show_grace_minutes: int | None = strawberry.field(
        default=strawberry.UNSET,
        description="Minutes after the start without a check-in before a booking is released as "
        "a no-show (1..240); null: no check-in needed in this room. Left out: 15 for a new room, "
        "unchanged on an edit.",
    )

    def draft(self) -> rooms.RoomDraft:
        grace = self.no_show_grace_minutes
        keep = grace is strawberry.UNSET
        return rooms.RoomDraft(
            no_show_grace_minutes=rooms.DEFAULT_GRACE if keep else grace,
            keep_grace=keep,
            code=self.code,
            name=self.name,
            building=self.building,
            floor=self.floor,
            capacity=self.capacity,
            facilities=tuple(self.facilities),
            description=self.description,
        )


@strawberry.input
class CreateRoomInput:
    room: RoomInput


@strawberry.input
class EditRoomInput:
    room_id: strawberry.ID
    room: RoomInput = strawberry.field(description="Every field, as the room should be.")


@strawberry.input
class DeactivateRoomInput:
    room_id: strawberry.ID
    future_bookings: FutureBookings = strawberry.field(
        default=rooms.FutureBookings.REFUSE,
        description="REFUSE (default): with future bookings nothing changes and they are listed; "
        "RESCHEDULE: they move to RESCHEDULE_REQUIRED with the reason, their requesters are told.",
    )
    reason: str | None = strawberry.field(default=None, description="Required with RESCHEDULE.")


@strawberry.input
class RoomIdInput:
    room_id: strawberry.ID


@strawberry.type
class RoomPayload:
    room: Room | None = None
    rescheduled: list[Booking] = strawberry.field(
        default_factory=list, description="Deactivation: bookings moved to RESCHEDULE_REQUIRED."
    )
    future_bookings: list[Booking] = strawberry.field(
        default_factory=list,
        description="With ROOM_IN_USE: the future bookings that stopped the deactivation.",
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class EquipmentInput:
    code: str
    name: str
    unit: str

    def draft(self) -> equipment.EquipmentDraft:
        return equipment.EquipmentDraft(code=self.code, name=self.name, unit=self.unit)


@strawberry.input
class CreateEquipmentInput:
    equipment: EquipmentInput
    stock: int


@strawberry.input
class EditEquipmentInput:
    equipment_id: strawberry.ID
    equipment: EquipmentInput


@strawberry.input
class ChangeStockInput:
    equipment_id: strawberry.ID
    stock: int


@strawberry.type
class EquipmentPayload:
    equipment_item: EquipmentItem | None = None
    peak_quantity: int | None = strawberry.field(
        default=None, description="With EQUIPMENT_IN_USE: the largest future allocation."
    )
    peak_at: datetime | None = strawberry.field(default=None, description="When it starts.")
    holding_bookings: list[Booking] = strawberry.field(
        default_factory=list, description="With EQUIPMENT_IN_USE: the bookings holding it then."
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class CreateAgencyInput:
    code: str
    name: str


@strawberry.input
class RenameAgencyInput:
    agency_id: strawberry.ID
    name: str


@strawberry.input
class AgencyIdInput:
    agency_id: strawberry.ID


@strawberry.type
class AgencyPayload:
    agency: Agency | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class AddClosureInput:
    day: date
    reason: str


@strawberry.input
class EditClosureInput:
    closure_id: strawberry.ID
    reason: str


@strawberry.input
class ClosureIdInput:
    closure_id: strawberry.ID


@strawberry.type
class ClosurePayload:
    closure: OfficeClosure | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


async def _bookings(ids: object) -> list[Booking]:
    rows = await models.Booking.filter(id__in=list(ids or [])).order_by("starts_at", "id")  # type: ignore[call-overload]
    return [Booking.from_model(b) for b in rows]


def _closure_id(value: strawberry.ID) -> int:
    try:
        return int(value)
    except ValueError:
        raise DomainError(ErrorCode.VALIDATION, "bad_id", field="closureId") from None


async def _room_failure(info: Info, error: DomainError) -> RoomPayload:
    listed = await _bookings(error.params.get("booking_ids"))
    return RoomPayload(errors=[UserError.from_domain(error, info)], future_bookings=listed)


async def _equipment_failure(info: Info, error: DomainError) -> EquipmentPayload:
    at = error.params.get("at")
    return EquipmentPayload(
        errors=[UserError.from_domain(error, info)],
        peak_quantity=error.params.get("peak"),
        peak_at=local(at) if isinstance(at, datetime) else None,
        holding_bookings=await _bookings(error.params.get("booking_ids")),
    )


def _room(
    info: Info, run: Callable[[models.User], Awaitable[models.Room]]
) -> Awaitable[RoomPayload]:
    return acting(
        info, run, lambda r: RoomPayload(room=Room.from_model(r)), lambda e: RoomPayload(errors=e)
    )


def _item(
    info: Info, run: Callable[[models.User], Awaitable[models.EquipmentItem]]
) -> Awaitable[EquipmentPayload]:
    return acting(
        info,
        run,
        lambda r: EquipmentPayload(equipment_item=EquipmentItem.from_model(r)),
        lambda e: EquipmentPayload(errors=e),
    )


def _agency(
    info: Info, run: Callable[[models.User], Awaitable[models.Agency]]
) -> Awaitable[AgencyPayload]:
    return acting(
        info,
        run,
        lambda r: AgencyPayload(agency=Agency.from_model(r)),
        lambda e: AgencyPayload(errors=e),
    )


def _closure(
    info: Info, run: Callable[[models.User], Awaitable[models.OfficeClosure]]
) -> Awaitable[ClosurePayload]:
    return acting(
        info,
        run,
        lambda r: ClosurePayload(closure=OfficeClosure.from_model(r)),
        lambda e: ClosurePayload(errors=e),
    )


def _room_id(value: strawberry.ID) -> int:
    return decode_id(value, "Room", "roomId")


def _equipment_id(value: strawberry.ID) -> int:
    return decode_id(value, "EquipmentItem", "equipmentId")


def _agency_id(value: strawberry.ID) -> int:
    return decode_id(value, "Agency", "agencyId")


@strawberry.type
class ResourceMutation:
    @strawberry.mutation(description="ADMIN: a new room.")
    async def create_room(self, info: Info, input: CreateRoomInput) -> RoomPayload:
        return await _room(info, lambda u: rooms.create_room(u, input.room.draft()))

    @strawberry.mutation(description="ADMIN: a room's name, code, place, capacity, facilities.")
    async def edit_room(self, info: Info, input: EditRoomInput) -> RoomPayload:
        return await _room(
            info, lambda u: rooms.edit_room(u, _room_id(input.room_id), input.room.draft())
        )

    @strawberry.mutation(
        description="ADMIN: take a room out of service. With future bookings the choice is "
        "explicit: REFUSE lists them (ROOM_IN_USE), RESCHEDULE moves them."
    )
    async def deactivate_room(self, info: Info, input: DeactivateRoomInput) -> RoomPayload:
        try:
            done = await rooms.deactivate_room(
                info.context.require_user(),
                _room_id(input.room_id),
                input.future_bookings,
                input.reason,
            )
        except DomainError as error:
            return await _room_failure(info, error)
        info.context.dispatcher.kick()  # the requesters' notifications
        moved = [Booking.from_model(b) for b in done.rescheduled]
        return RoomPayload(room=Room.from_model(done.room), rescheduled=moved)

    @strawberry.mutation(description="ADMIN: put a room back in service.")
    async def reactivate_room(self, info: Info, input: RoomIdInput) -> RoomPayload:
        return await _room(info, lambda u: rooms.reactivate_room(u, _room_id(input.room_id)))

    @strawberry.mutation(description="ADMIN: a new equipment item with its stock.")
    async def create_equipment(self, info: Info, input: CreateEquipmentInput) -> EquipmentPayload:
        return await _item(
            info, lambda u: equipment.create_equipment(u, input.equipment.draft(), input.stock)
        )

    @strawberry.mutation(description="ADMIN: an item's code, name and unit.")
    async def edit_equipment(self, info: Info, input: EditEquipmentInput) -> EquipmentPayload:
        return await _item(
            info,
            lambda u: equipment.edit_equipment(
                u, _equipment_id(input.equipment_id), input.equipment.draft()
            ),
        )

    @strawberry.mutation(
        description="ADMIN: set an item's stock. Below what approved bookings hold at one future "
        "moment it is refused (EQUIPMENT_IN_USE) with the peak, its time and those bookings."
    )
    async def change_equipment_stock(self, info: Info, input: ChangeStockInput) -> EquipmentPayload:
        try:
            user = info.context.require_user()
            item_id = _equipment_id(input.equipment_id)
            item = await equipment.change_stock(user, item_id, input.stock)
        except DomainError as error:
            return await _equipment_failure(info, error)
        return EquipmentPayload(equipment_item=EquipmentItem.from_model(item))

    @strawberry.mutation(description="ADMIN: a new agency (SKPD/UKPD).")
    async def create_agency(self, info: Info, input: CreateAgencyInput) -> AgencyPayload:
        return await _agency(info, lambda u: agencies.create_agency(u, input.code, input.name))

    @strawberry.mutation(
        description="ADMIN: rename an agency; day views and calendar feeds show the new name."
    )
    async def rename_agency(self, info: Info, input: RenameAgencyInput) -> AgencyPayload:
        return await _agency(
            info, lambda u: agencies.rename_agency(u, _agency_id(input.agency_id), input.name)
        )

    @strawberry.mutation(
        description="ADMIN: no new users or requests for the agency (AGENCY_INACTIVE); its "
        "users, requests under way and bookings stay."
    )
    async def deactivate_agency(self, info: Info, input: AgencyIdInput) -> AgencyPayload:
        return await _agency(
            info, lambda u: agencies.deactivate_agency(u, _agency_id(input.agency_id))
        )

    @strawberry.mutation(description="ADMIN: close the office on a day (counts at once).")
    async def add_office_closure(self, info: Info, input: AddClosureInput) -> ClosurePayload:
        return await _closure(info, lambda u: closures.add_closure(u, input.day, input.reason))

    @strawberry.mutation(description="ADMIN: change the reason of a closure.")
    async def edit_office_closure(self, info: Info, input: EditClosureInput) -> ClosurePayload:
        return await _closure(
            info, lambda u: closures.edit_closure(u, _closure_id(input.closure_id), input.reason)
        )

    @strawberry.mutation(description="ADMIN: the office opens again that day.")
    async def remove_office_closure(self, info: Info, input: ClosureIdInput) -> ClosurePayload:
        return await _closure(
            info, lambda u: closures.remove_closure(u, _closure_id(input.closure_id))
        )
