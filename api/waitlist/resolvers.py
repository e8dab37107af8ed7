"""The waitlist and calendar-feed links over GraphQL. Thin resolvers over booking.waitlist and
booking.calendar_feed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

import strawberry
from strawberry import relay

from api.admin.types import EquipmentItem, User, user_by_id
from api.base import Connection, Role, UserError, local, visible_nodes
from api.bookings.types import Booking, Parties, equipment_item
from api.common import paginate, typed
from api.context import Info
from api.ids import decode_id
from api.inputs import RequestInput, submit_request
from booking import calendar_feed, models, waitlist
from booking.enums import WaitlistStatus as _WaitlistStatus
from booking.permissions import can_view_waitlist_entry

WaitlistStatus = _WaitlistStatus


@strawberry.type(description="An equipment line of a waitlist request.")
class WaitlistEquipment:
    quantity: int
    equipment_id: strawberry.Private[int]

    @strawberry.field
    async def equipment(self, info: Info) -> EquipmentItem:
        return await equipment_item(info, self.equipment_id)


@strawberry.type(description="One event of a waitlist entry: JOIN, LEAVE, PROMOTE or EXPIRE.")
class WaitlistHistoryEntry:
    action: str
    actor_role: Role | None
    note: str | None
    at: datetime
    actor_id: strawberry.Private[int | None]

    @strawberry.field
    async def actor(self, info: Info) -> User | None:
        return await user_by_id(info, self.actor_id)


@strawberry.type(
    description="A request waiting for a taken slot; promoted to a booking when it frees."
)
class WaitlistEntry(Parties, relay.Node):
    id: relay.NodeID[int]
    status: WaitlistStatus
    starts_at: datetime
    ends_at: datetime
    title: str
    purpose: str
    participants: int
    joined_at: datetime
    closed_at: datetime | None
    model: strawberry.Private[models.WaitlistEntry]

    @classmethod
    def from_model(cls, m: models.WaitlistEntry) -> WaitlistEntry:
        return cls(
            id=m.id,
            status=m.status,
            starts_at=local(m.starts_at),
            ends_at=local(m.ends_at),
            title=m.title,
            purpose=m.purpose,
            participants=m.participants,
            joined_at=local(m.joined_at),
            closed_at=local(m.closed_at) if m.closed_at else None,
            model=m,
        )

    @strawberry.field
    def equipment(self) -> list[WaitlistEquipment]:
        return [WaitlistEquipment(quantity=q, equipment_id=i) for i, q in self.model.equipment]

    @strawberry.field(description="The booking it became (status PROMOTED).")
    async def booking(self, info: Info) -> Booking | None:
        if self.model.booking_id is None:
            return None
        row = await info.context.loaders.bookings_by_id.load(self.model.booking_id)
        return Booking.from_model(row) if row else None

    @strawberry.field(description="Joined, left, promoted, expired: who, as which role, when, why.")
    async def history(self, info: Info) -> list[WaitlistHistoryEntry]:
        rows = await info.context.loaders.waitlist_history_by_entry_id.load(self.model.id)
        return [
            WaitlistHistoryEntry(
                action=r.action,
                actor_role=Role(r.actor_role) if r.actor_role else None,
                note=r.note,
                at=local(r.at),
                actor_id=r.actor_id,
            )
            for r in rows
        ]

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[WaitlistEntry | None]:
        async def rows(ids: list[int]) -> list[models.WaitlistEntry]:
            return await models.WaitlistEntry.filter(id__in=ids)

        return await visible_nodes(info, node_ids, rows, can_view_waitlist_entry, cls.from_model)


@strawberry.input
class WaitlistEquipmentInput:
    equipment_id: strawberry.ID
    quantity: int


@strawberry.input(description="The same request as submitBooking, for a slot that is taken.")
class JoinWaitlistInput(RequestInput):
    idempotency_key: str = strawberry.field(
        description="8-128 characters, client-generated; a retry with the same key returns the first entry."
    )
    equipment: list[WaitlistEquipmentInput] = strawberry.field(default_factory=list)


@strawberry.input
class LeaveWaitlistInput:
    entry_id: strawberry.ID
    reason: str | None = strawberry.field(default=None, description="Required for officers.")


@strawberry.input(
    description="Exactly one of roomId (officers, ADMIN) or agencyId (its requesters, officers)."
)
class RotateCalendarTokenInput:
    room_id: strawberry.ID | None = None
    agency_id: strawberry.ID | None = None


@strawberry.type
class WaitlistEntryPayload:
    entry: WaitlistEntry | None = None
    replayed: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RotateCalendarTokenPayload:
    url: str | None = strawberry.field(
        default=None,
        description="The feed's new secret link, shown only now; the old one stops working.",
    )
    rotated_at: datetime | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class WaitlistQuery:
    @strawberry.field(
        description="Waitlist entries, oldest first: my agency's (requesters) or all (officers)."
    )
    async def waitlist(
        self,
        info: Info,
        status: list[WaitlistStatus] | None = None,
        room_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[WaitlistEntry]:
        qs = waitlist.visible_entries(info.context.require_user()).order_by("joined_at", "id")
        if status:
            qs = qs.filter(status__in=list(status))
        if room_id:
            qs = qs.filter(room_id=decode_id(room_id, "Room", "roomId"))

        def convert(rows: Sequence[models.WaitlistEntry]) -> list[WaitlistEntry]:
            return [WaitlistEntry.from_model(r) for r in rows]

        return await paginate(qs, info, first, after, convert)


@strawberry.type
class WaitlistMutation:
    @strawberry.mutation(
        description="Wait for a taken slot (after submitBooking said ROOM_UNAVAILABLE)."
    )
    async def join_waitlist(self, info: Info, input: JoinWaitlistInput) -> WaitlistEntryPayload:
        async def action() -> WaitlistEntryPayload:
            result = await submit_request(info, input, waitlist.join)
            return WaitlistEntryPayload(
                entry=WaitlistEntry.from_model(result.entry), replayed=result.replayed
            )

        return await typed(info, action, lambda errors: WaitlistEntryPayload(errors=errors))

    @strawberry.mutation(description="Take a waiting request off the waitlist.")
    async def leave_waitlist(self, info: Info, input: LeaveWaitlistInput) -> WaitlistEntryPayload:
        async def action() -> WaitlistEntryPayload:
            entry_id = decode_id(input.entry_id, "WaitlistEntry", "entryId")
            entry = await waitlist.leave(info.context.require_user(), entry_id, input.reason)
            return WaitlistEntryPayload(entry=WaitlistEntry.from_model(entry))

        return await typed(info, action, lambda errors: WaitlistEntryPayload(errors=errors))


@strawberry.type
class CalendarFeedMutation:
    @strawberry.mutation(
        description="Create or replace the secret iCalendar feed link of a room or an agency."
    )
    async def rotate_calendar_token(
        self, info: Info, input: RotateCalendarTokenInput
    ) -> RotateCalendarTokenPayload:
        async def action() -> RotateCalendarTokenPayload:
            rotation = await calendar_feed.rotate(
                info.context.require_user(),
                room_id=decode_id(input.room_id, "Room", "roomId") if input.room_id else None,
                agency_id=(
                    decode_id(input.agency_id, "Agency", "agencyId") if input.agency_id else None
                ),
            )
            return RotateCalendarTokenPayload(
                url=rotation.url(info.context.base_url), rotated_at=local(rotation.feed.rotated_at)
            )

        return await typed(info, action, lambda errors: RotateCalendarTokenPayload(errors=errors))
