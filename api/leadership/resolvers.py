"""Sudden leadership events and per-room booking rules: types, inputs, payloads, thin resolvers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

import strawberry
from strawberry import relay

from api.admin.types import Room, RoomRules, User, user_by_id
from api.base import Connection, Role, UserError, local
from api.bookings.types import Booking
from api.common import aware, paginate, typed
from api.context import Info
from api.ids import decode_id
from booking import leadership, models, rules
from booking.clock import now
from booking.enums import BlockAction as _BlockAction
from booking.errors import DomainError, ErrorCode
from booking.permissions import can_view_leadership_blocks

BlockAction = _BlockAction


@strawberry.type(description="A leadership block's rooms, time range and reason at one moment.")
class LeadershipBlockState:
    starts_at: datetime
    ends_at: datetime
    reason: str
    room_ids: strawberry.Private[list[int]]

    @classmethod
    def of(cls, saved: dict[str, object] | None) -> LeadershipBlockState | None:
        if saved is None:
            return None
        room_ids = saved["room_ids"]
        assert isinstance(room_ids, list)
        return cls(
            starts_at=local(datetime.fromisoformat(str(saved["starts_at"]))),
            ends_at=local(datetime.fromisoformat(str(saved["ends_at"]))),
            reason=str(saved["reason"]),
            room_ids=[int(r) for r in room_ids],
        )

    @strawberry.field
    async def rooms(self, info: Info) -> list[Room]:
        found = await info.context.loaders.rooms_by_id.load_many(self.room_ids)
        return [Room.from_model(r) for r in found if r]


@strawberry.type(description="One change of a leadership block: who, as which role, when, why.")
class LeadershipBlockHistoryEntry:
    action: BlockAction
    actor_role: Role | None
    note: str | None
    at: datetime
    before: LeadershipBlockState | None = strawberry.field(description="UPDATE: the block before.")
    after: LeadershipBlockState | None = strawberry.field(
        description="CREATE and UPDATE: the block after."
    )
    actor_id: strawberry.Private[int | None]

    @strawberry.field
    async def actor(self, info: Info) -> User | None:
        return await user_by_id(info, self.actor_id)


@strawberry.type(description="A sudden leadership event (Jadwal Pimpinan Mendadak) blocking rooms.")
class LeadershipBlock(relay.Node):
    id: relay.NodeID[int]
    starts_at: datetime
    ends_at: datetime
    reason: str
    created_at: datetime
    updated_at: datetime | None
    cancelled_at: datetime | None
    cancel_reason: str | None
    is_active: bool
    model: strawberry.Private[models.LeadershipBlock]

    @classmethod
    def from_model(cls, m: models.LeadershipBlock) -> LeadershipBlock:
        return cls(
            id=m.id,
            starts_at=local(m.starts_at),
            ends_at=local(m.ends_at),
            reason=m.reason,
            created_at=local(m.created_at),
            updated_at=local(m.updated_at) if m.updated_at else None,
            cancelled_at=local(m.cancelled_at) if m.cancelled_at else None,
            cancel_reason=m.cancel_reason,
            is_active=m.is_active,
            model=m,
        )

    @strawberry.field(
        description="The bookings it displaced that still wait to be rescheduled (in its rooms "
        "and time, RESCHEDULE_REQUIRED)."
    )
    async def displaced_bookings(self, info: Info) -> list[Booking]:
        rows = await info.context.loaders.displaced_bookings_by_block_id.load(self.id)
        return [Booking.from_model(b) for b in rows]

    @strawberry.field
    async def rooms(self, info: Info) -> list[Room]:
        links = await info.context.loaders.block_rooms_by_block_id.load(self.id)
        found = await info.context.loaders.rooms_by_id.load_many([r.room_id for r in links])
        return [Room.from_model(r) for r in found if r]

    async def _user(self, info: Info, user_id: int | None) -> User | None:
        if user_id is None:
            return None
        row = await info.context.loaders.users_by_id.load(user_id)
        return User.from_model(row) if row else None

    @strawberry.field
    async def created_by(self, info: Info) -> User | None:
        return await self._user(info, self.model.created_by_id)

    @strawberry.field
    async def updated_by(self, info: Info) -> User | None:
        return await self._user(info, self.model.updated_by_id)

    @strawberry.field
    async def cancelled_by(self, info: Info) -> User | None:
        return await self._user(info, self.model.cancelled_by_id)

    @strawberry.field(description="Staff: every create, edit and cancel, oldest first.")
    async def history(self, info: Info) -> list[LeadershipBlockHistoryEntry]:
        if not can_view_leadership_blocks(info.context.require_user()):
            raise DomainError(ErrorCode.FORBIDDEN)
        rows = await info.context.loaders.block_history_by_block_id.load(self.id)
        return [
            LeadershipBlockHistoryEntry(
                action=BlockAction(r.action),
                actor_role=Role(r.actor_role) if r.actor_role else None,
                note=r.note,
                at=local(r.at),
                before=LeadershipBlockState.of(r.before),
                after=LeadershipBlockState.of(r.after),
                actor_id=r.actor_id,
            )
            for r in rows
        ]

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[LeadershipBlock | None]:
        user = info.context.require_user()
        ids = [int(i) for i in node_ids]
        if not can_view_leadership_blocks(user):
            return [None for _ in ids]
        rows = {b.id: b for b in await models.LeadershipBlock.filter(id__in=ids)}
        return [cls.from_model(rows[i]) if i in rows else None for i in ids]


@strawberry.input
class CreateLeadershipBlockInput:
    room_ids: list[strawberry.ID]
    starts_at: datetime
    ends_at: datetime
    reason: str


@strawberry.input
class UpdateLeadershipBlockInput:
    block_id: strawberry.ID
    room_ids: list[strawberry.ID]
    starts_at: datetime
    ends_at: datetime
    reason: str


@strawberry.input
class CancelLeadershipBlockInput:
    block_id: strawberry.ID
    reason: str


@strawberry.type
class LeadershipBlockPayload:
    block: LeadershipBlock | None = None
    affected_bookings: list[Booking] = strawberry.field(
        default_factory=list,
        description="Create/update: the bookings moved to RESCHEDULE_REQUIRED now. Cancel: the "
        "displaced bookings whose requesters were told (they stay RESCHEDULE_REQUIRED).",
    )
    released_bookings: list[Booking] = strawberry.field(
        default_factory=list,
        description="Update: displaced bookings the block no longer covers; they stay "
        "RESCHEDULE_REQUIRED and their requesters were told.",
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input(description="Take a suggested slot; the end keeps the booking's duration.")
class AcceptRescheduleSuggestionInput:
    booking_id: strawberry.ID
    room_id: strawberry.ID
    starts_at: datetime


@strawberry.type
class AcceptRescheduleSuggestionPayload:
    booking: Booking | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class WeekdayHoursInput:
    weekday: int = strawberry.field(description="ISO weekday: 1 Monday ... 7 Sunday.")
    opens_at: str = strawberry.field(description="HH:MM")
    closes_at: str = strawberry.field(description="HH:MM (24:00: midnight)")


@strawberry.input(
    description="ADMIN: replace a room's rule overrides; null returns a rule to the default."
)
class SetRoomRulesInput:
    room_id: strawberry.ID
    bookable_hours: list[WeekdayHoursInput] | None = strawberry.field(
        default=None,
        description="Weekdays missing are closed; null: the room's opening hours every day.",
    )
    min_lead_minutes: int | None = None
    max_advance_days: int | None = None
    max_duration_minutes: int | None = None
    buffer_minutes: int | None = None


@strawberry.type
class SetRoomRulesPayload:
    room: Room | None = None
    rules: RoomRules | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


def _minute(text: str) -> int:
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise DomainError(ErrorCode.VALIDATION, "bad_hours", field="bookableHours")
    value = int(hours) * 60 + int(minutes)
    if int(minutes) >= 60 or value > 24 * 60:
        raise DomainError(ErrorCode.VALIDATION, "bad_hours", field="bookableHours")
    return value


def _weekday_hours(hours: Sequence[WeekdayHoursInput] | None) -> list[rules.Hours | None] | None:
    if hours is None:
        return None
    week: list[rules.Hours | None] = [None] * rules.DAYS
    for h in hours:
        if not 1 <= h.weekday <= rules.DAYS or week[h.weekday - 1] is not None:
            raise DomainError(ErrorCode.VALIDATION, "bad_hours", field="bookableHours")
        week[h.weekday - 1] = (_minute(h.opens_at), _minute(h.closes_at))
    return week


def _block_draft(
    info: Info, room_ids: list[strawberry.ID], start: datetime, end: datetime, reason: str
) -> leadership.BlockDraft:
    return leadership.BlockDraft(
        room_ids=[decode_id(r, "Room", "roomIds") for r in room_ids],
        starts_at=aware(start, info),
        ends_at=aware(end, info),
        reason=reason,
    )


def _block_payload(info: Info, result: leadership.BlockResult) -> LeadershipBlockPayload:
    info.context.dispatcher.kick()  # committed: deliver its notifications now
    return LeadershipBlockPayload(
        block=LeadershipBlock.from_model(result.block),
        affected_bookings=[Booking.from_model(b) for b in result.displaced],
        released_bookings=[Booking.from_model(b) for b in result.released],
    )


@strawberry.type
class LeadershipQuery:
    @strawberry.field(description="Staff: leadership blocks, soonest first.")
    async def leadership_blocks(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        include_past: bool = False,
        include_cancelled: bool = False,
    ) -> Connection[LeadershipBlock]:
        user = info.context.require_user()
        if not can_view_leadership_blocks(user):
            raise DomainError(ErrorCode.FORBIDDEN)
        qs = models.LeadershipBlock.all().order_by("starts_at", "id")
        if not include_past:
            qs = qs.filter(ends_at__gt=now())
        if not include_cancelled:
            qs = qs.filter(cancelled_at__isnull=True)
        return await paginate(
            qs, info, first, after, lambda rows: [LeadershipBlock.from_model(r) for r in rows]
        )


@strawberry.type
class LeadershipMutation:
    @strawberry.mutation(
        description="SERVICE_HEAD: block rooms for a leadership event; overlapping bookings must "
        "be rescheduled and their requesters are told."
    )
    async def create_leadership_block(
        self, info: Info, input: CreateLeadershipBlockInput
    ) -> LeadershipBlockPayload:
        async def action() -> LeadershipBlockPayload:
            draft = _block_draft(info, input.room_ids, input.starts_at, input.ends_at, input.reason)
            result = await leadership.create_block(
                info.context.require_user(), draft, settings=info.context.settings
            )
            return _block_payload(info, result)

        return await typed(info, action, lambda errors: LeadershipBlockPayload(errors=errors))

    @strawberry.mutation(
        description="SERVICE_HEAD: change a block; newly overlapping bookings move."
    )
    async def update_leadership_block(
        self, info: Info, input: UpdateLeadershipBlockInput
    ) -> LeadershipBlockPayload:
        async def action() -> LeadershipBlockPayload:
            block_id = decode_id(input.block_id, "LeadershipBlock", "blockId")
            draft = _block_draft(info, input.room_ids, input.starts_at, input.ends_at, input.reason)
            result = await leadership.update_block(
                info.context.require_user(), block_id, draft, settings=info.context.settings
            )
            return _block_payload(info, result)

        return await typed(info, action, lambda errors: LeadershipBlockPayload(errors=errors))

    @strawberry.mutation(
        description="SERVICE_HEAD: lift a block. Nothing is restored; the requesters are told."
    )
    async def cancel_leadership_block(
        self, info: Info, input: CancelLeadershipBlockInput
    ) -> LeadershipBlockPayload:
        async def action() -> LeadershipBlockPayload:
            block_id = decode_id(input.block_id, "LeadershipBlock", "blockId")
            user = info.context.require_user()
            result = await leadership.cancel_block(
                user, block_id, input.reason, settings=info.context.settings
            )
            return _block_payload(info, result)

        return await typed(info, action, lambda errors: LeadershipBlockPayload(errors=errors))

    @strawberry.mutation(
        description="A displaced booking takes a slot: the same room that day, or another room "
        "at the original time."
    )
    async def accept_reschedule_suggestion(
        self, info: Info, input: AcceptRescheduleSuggestionInput
    ) -> AcceptRescheduleSuggestionPayload:
        async def action() -> AcceptRescheduleSuggestionPayload:
            booking = await leadership.accept_suggestion(
                info.context.require_user(),
                decode_id(input.booking_id, "Booking", "bookingId"),
                decode_id(input.room_id, "Room", "roomId"),
                aware(input.starts_at, info),
                info.context.settings,
            )
            info.context.dispatcher.kick()
            return AcceptRescheduleSuggestionPayload(booking=Booking.from_model(booking))

        return await typed(
            info, action, lambda errors: AcceptRescheduleSuggestionPayload(errors=errors)
        )

    @strawberry.mutation(description="ADMIN: set a room's booking rules.")
    async def set_room_rules(self, info: Info, input: SetRoomRulesInput) -> SetRoomRulesPayload:
        async def action() -> SetRoomRulesPayload:
            change = rules.RulesChange(
                weekday_hours=_weekday_hours(input.bookable_hours),
                min_lead_minutes=input.min_lead_minutes,
                max_advance_days=input.max_advance_days,
                max_duration_minutes=input.max_duration_minutes,
                buffer_minutes=input.buffer_minutes,
            )
            room, in_force = await rules.set_room_rules(
                info.context.require_user(),
                decode_id(input.room_id, "Room", "roomId"),
                change,
                info.context.settings,
            )
            return SetRoomRulesPayload(room=Room.from_model(room), rules=RoomRules.of(in_force))

        return await typed(info, action, lambda errors: SetRoomRulesPayload(errors=errors))
