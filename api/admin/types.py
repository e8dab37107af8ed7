"""GraphQL types of the City Hall's resources: agencies, rooms (and their rules), equipment,
users."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import strawberry
from strawberry import relay

from api.base import Role, local, node_rows
from api.context import Info
from booking import models, rules
from booking.enums import Role as _Role
from booking.permissions import can_manage_resources, can_view_all_bookings


@strawberry.type
class Agency(relay.Node):
    id: relay.NodeID[int]
    code: str
    name: str
    is_active: bool

    @classmethod
    def from_model(cls, m: models.Agency) -> Agency:
        return cls(id=m.id, code=m.code, name=m.name, is_active=m.is_active)

    @strawberry.field(
        description="Bookings of the agency released because nobody checked in (the officers' "
        "record at verification); null for requesters."
    )
    async def no_show_count(self, info: Info) -> int | None:
        user = info.context.user
        if user is None or not can_view_all_bookings(user):
            return None
        return await info.context.loaders.no_shows_by_agency_id.load(self.id)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Agency | None]:
        return await node_rows(info, info.context.loaders.agencies_by_id, node_ids, cls.from_model)


@strawberry.type
class Room(relay.Node):
    id: relay.NodeID[int]
    code: str
    name: str
    building: str
    floor: str
    capacity: int
    facilities: list[str]
    description: str | None
    is_active: bool
    opens_at: str = strawberry.field(description="Bookable from (office time, HH:MM).")
    closes_at: str = strawberry.field(description="Bookable until (office time, HH:MM).")
    no_show_grace_minutes: int | None = strawberry.field(
        description="A booking nobody checked in to this long after its start is released as a "
        "no-show; null: no check-in needed in this room."
    )
    model: strawberry.Private[models.Room]

    @strawberry.field(description="The booking rules in force: the room's overrides or defaults.")
    async def rules(self, info: Info) -> RoomRules:
        overrides = await info.context.loaders.room_rules_by_room_id.load(self.id)
        override = overrides[0] if overrides else None
        found = rules.effective(self.model, override, info.context.settings)
        return RoomRules.of(found)

    @classmethod
    def from_model(cls, m: models.Room) -> Room:
        return cls(
            id=m.id,
            code=m.code,
            name=m.name,
            building=m.building,
            floor=m.floor,
            capacity=m.capacity,
            facilities=list(m.facilities or []),
            description=m.description,
            is_active=m.is_active,
            opens_at=m.opens_at.strftime("%H:%M"),
            closes_at=m.closes_at.strftime("%H:%M"),
            no_show_grace_minutes=m.no_show_grace_minutes,
            model=m,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Room | None]:
        return await node_rows(info, info.context.loaders.rooms_by_id, node_ids, cls.from_model)


def _hhmm(minute: int) -> str:
    return "24:00" if minute >= 24 * 60 else f"{minute // 60:02d}:{minute % 60:02d}"


@strawberry.type(description="Bookable hours of one weekday (office time).")
class WeekdayHours:
    weekday: int = strawberry.field(description="ISO weekday: 1 Monday ... 7 Sunday.")
    opens_at: str = strawberry.field(description="HH:MM")
    closes_at: str = strawberry.field(description="HH:MM (24:00: midnight)")


@strawberry.type(description="Booking rules of a room; a weekday missing from the hours is closed.")
class RoomRules:
    bookable_hours: list[WeekdayHours]
    min_lead_minutes: int
    max_advance_days: int
    max_duration_minutes: int
    buffer_minutes: int = strawberry.field(
        description="Free minutes required between two bookings of the room."
    )

    @classmethod
    def of(cls, r: rules.Rules) -> RoomRules:
        return cls(
            bookable_hours=[
                WeekdayHours(weekday=i + 1, opens_at=_hhmm(h[0]), closes_at=_hhmm(h[1]))
                for i, h in enumerate(r.weekday_hours)
                if h is not None
            ],
            min_lead_minutes=r.min_lead_minutes,
            max_advance_days=r.max_advance_days,
            max_duration_minutes=r.max_duration_minutes,
            buffer_minutes=r.buffer_minutes,
        )


@strawberry.type
class EquipmentItem(relay.Node):
    id: relay.NodeID[int]
    code: str
    name: str
    unit: str
    stock: int

    @classmethod
    def from_model(cls, m: models.EquipmentItem) -> EquipmentItem:
        return cls(id=m.id, code=m.code, name=m.name, unit=m.unit, stock=m.stock)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[EquipmentItem | None]:
        return await node_rows(
            info, info.context.loaders.equipment_items_by_id, node_ids, cls.from_model
        )


@strawberry.type
class User(relay.Node):
    id: relay.NodeID[int]
    nrk: str
    name: str
    email: str | None
    phone: str | None
    roles: list[Role]
    language: str
    is_active: bool
    must_change_password: bool = strawberry.field(
        description="After a password reset: only changePassword and logout are served until then."
    )
    agency_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, m: models.User) -> User:
        return cls(
            id=m.id,
            nrk=m.nrk,
            name=m.name,
            email=m.email,
            phone=m.phone,
            roles=[_Role(r) for r in m.roles],
            language=m.language.value,
            is_active=m.is_active,
            must_change_password=m.must_change_password,
            agency_id=m.agency_id,
        )

    @strawberry.field(
        description="ADMIN: until when the account is locked after too many failed logins "
        "(unlockUser lifts it); null when it is not locked, and for everybody else."
    )
    async def locked_until(self, info: Info) -> datetime | None:
        if not can_manage_resources(info.context.require_user()):
            return None
        until = await info.context.loaders.login_locks_by_nrk.load(self.nrk)
        return local(until) if until else None

    @strawberry.field
    async def agency(self, info: Info) -> Agency | None:
        if self.agency_id is None:
            return None
        row = await info.context.loaders.agencies_by_id.load(self.agency_id)
        return Agency.from_model(row) if row else None

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[User | None]:
        me = info.context.require_user()
        ids = [int(i) for i in node_ids]
        rows = await info.context.loaders.users_by_id.load_many(ids)
        # Officers see people; anyone sees themselves.
        return [
            cls.from_model(r) if r and (r.id == me.id or can_view_all_bookings(me)) else None
            for r in rows
        ]


async def user_by_id(info: Info, user_id: int | None) -> User | None:
    """A user by id through the batched loader (the actor of a history row, a report's author)."""
    if user_id is None:
        return None
    row = await info.context.loaders.users_by_id.load(user_id)
    return User.from_model(row) if row else None
