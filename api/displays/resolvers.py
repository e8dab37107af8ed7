"""Room display links over GraphQL: ADMIN makes, lists and revokes them; the door tablet reads the
room by its token with no login (query, and a subscription for live updates). Thin resolvers over
booking.room_display."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator
from datetime import date, datetime
from enum import Enum

import strawberry

from api.admin.types import Room, User, user_by_id
from api.base import UserError, local
from api.common import typed
from api.context import Info
from api.ids import decode_id, encode_id
from booking import check_in, models, room_display
from booking.clock import now
from live.hub import Hub


@strawberry.enum(description="What occupies a room on its display.")
class DisplayEntryKind(Enum):
    BOOKING = "BOOKING"
    LEADERSHIP_EVENT = "LEADERSHIP_EVENT"


@strawberry.type(description="One event on a room's door display.")
class DisplayEntry:
    kind: DisplayEntryKind
    starts_at: datetime
    ends_at: datetime
    confirmed: bool = strawberry.field(
        description="False for a request whose schedule is not set yet (tentative)."
    )
    title: str | None = strawberry.field(description="Approved bookings only.")
    agency_name: str | None = strawberry.field(description="Bookings only.")

    @classmethod
    def of(cls, entry: room_display.Entry) -> DisplayEntry:
        return cls(
            kind=DisplayEntryKind(entry.kind.value),
            starts_at=local(entry.starts_at),
            ends_at=local(entry.ends_at),
            confirmed=entry.confirmed,
            title=entry.title,
            agency_name=entry.agency_name,
        )


@strawberry.type(description="A room's public facts, as its door sign shows them.")
class DisplayRoom:
    code: str
    name: str
    building: str
    floor: str
    capacity: int


@strawberry.type(description="What the tablet beside a room's door shows (no login).")
class RoomDisplay:
    room: DisplayRoom
    date: date
    now: datetime = strawberry.field(description="When this was read (office time).")
    is_open: bool = strawberry.field(description="Inside today's bookable hours.")
    opens_at: datetime
    closes_at: datetime
    current: DisplayEntry | None
    next: list[DisplayEntry] = strawberry.field(description="Up to 3 events later today.")
    free_until: datetime | None = strawberry.field(
        description="Free now: until then (the next event or closing). Busy or closed: null."
    )
    schedule: list[DisplayEntry] = strawberry.field(description="Today, in order.")
    check_in_code: str | None = strawberry.field(
        description="The check-in code of the booking in progress (or the next one, from 15 "
        "minutes before its start) while nobody has checked in: shown as a QR code of "
        "<web app>/check-in?code=..., scanned by a logged-in phone (checkInByCode). Null: none."
    )

    @classmethod
    def of(cls, d: room_display.Display) -> RoomDisplay:
        r = d.room
        return cls(
            room=DisplayRoom(
                code=r.code, name=r.name, building=r.building, floor=r.floor, capacity=r.capacity
            ),
            date=d.day,
            now=local(d.at),
            is_open=d.is_open,
            opens_at=local(d.opens_at),
            closes_at=local(d.closes_at),
            current=DisplayEntry.of(d.current) if d.current else None,
            next=[DisplayEntry.of(e) for e in d.upcoming],
            free_until=local(d.free_until) if d.free_until else None,
            schedule=[DisplayEntry.of(e) for e in d.schedule],
            check_in_code=_code(d.check_in_entry),
        )


def _code(entry: room_display.Entry | None) -> str | None:
    if entry is None or entry.booking_id is None:
        return None
    return check_in.check_in_code(entry.booking_id)


@strawberry.type(description="A door-display link of a room (ADMIN).")
class RoomDisplayLink:
    id: strawberry.ID
    label: str
    created_at: datetime
    revoked_at: datetime | None
    active: bool
    model: strawberry.Private[models.RoomDisplayLink]

    @classmethod
    def of(cls, m: models.RoomDisplayLink) -> RoomDisplayLink:
        return cls(
            id=strawberry.ID(encode_id("RoomDisplayLink", m.id)),
            label=m.label,
            created_at=local(m.created_at),
            revoked_at=local(m.revoked_at) if m.revoked_at else None,
            active=m.revoked_at is None,
            model=m,
        )

    @strawberry.field
    async def room(self, info: Info) -> Room:
        return Room.from_model(await models.Room.get(id=self.model.room_id))

    @strawberry.field
    async def created_by(self, info: Info) -> User | None:
        return await user_by_id(info, self.model.created_by_id)

    @strawberry.field
    async def revoked_by(self, info: Info) -> User | None:
        return await user_by_id(info, self.model.revoked_by_id)


@strawberry.input
class CreateRoomDisplayLinkInput:
    room_id: strawberry.ID
    label: str = strawberry.field(default="", description="Where the tablet hangs (≤ 100).")


@strawberry.input
class RevokeRoomDisplayLinkInput:
    link_id: strawberry.ID


@strawberry.type
class CreateRoomDisplayLinkPayload:
    link: RoomDisplayLink | None = None
    url: str | None = strawberry.field(
        default=None, description="The display page's secret address, shown only now."
    )
    token: str | None = strawberry.field(default=None, description="Its token, shown only now.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RevokeRoomDisplayLinkPayload:
    link: RoomDisplayLink | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


def display_channel(hub: Hub, link_id: int) -> str:
    """Told when the link is revoked: its open displays end at once."""
    return f"{hub.prefix}:display:{link_id}"


async def _read(info: Info, token: str) -> RoomDisplay:
    link = await room_display.link_for_token(token)
    return RoomDisplay.of(await room_display.display(link, info.context.settings.tz))


@strawberry.type
class RoomDisplayQuery:
    @strawberry.field(
        description="A room's door display by its link's token: no login. Unknown token: "
        "NOT_FOUND; revoked: DISPLAY_LINK_REVOKED."
    )
    async def room_display(self, info: Info, token: str) -> RoomDisplay:
        return await _read(info, token)

    @strawberry.field(description="A room's display links, newest first, revoked ones too (ADMIN).")
    async def room_display_links(self, info: Info, room_id: strawberry.ID) -> list[RoomDisplayLink]:
        rows = await room_display.links_of_room(
            info.context.require_user(), decode_id(room_id, "Room", "roomId")
        )
        return [RoomDisplayLink.of(r) for r in rows]


@strawberry.type
class RoomDisplayMutation:
    @strawberry.mutation(description="Make a door-display link for a room (ADMIN).")
    async def create_room_display_link(
        self, info: Info, input: CreateRoomDisplayLinkInput
    ) -> CreateRoomDisplayLinkPayload:
        async def action() -> CreateRoomDisplayLinkPayload:
            created = await room_display.create_link(
                info.context.require_user(), decode_id(input.room_id, "Room", "roomId"), input.label
            )
            return CreateRoomDisplayLinkPayload(
                link=RoomDisplayLink.of(created.link),
                url=info.context.base_url + created.path(),
                token=created.token,
            )

        return await typed(info, action, lambda e: CreateRoomDisplayLinkPayload(errors=e))

    @strawberry.mutation(description="Revoke a door-display link at once (ADMIN).")
    async def revoke_room_display_link(
        self, info: Info, input: RevokeRoomDisplayLinkInput
    ) -> RevokeRoomDisplayLinkPayload:
        async def action() -> RevokeRoomDisplayLinkPayload:
            link = await room_display.revoke_link(
                info.context.require_user(), decode_id(input.link_id, "RoomDisplayLink", "linkId")
            )
            hub = info.context.hub  # its displays look again now, and stop
            await hub.publish(display_channel(hub, link.id), {"revoked": True})
            return RevokeRoomDisplayLinkPayload(link=RoomDisplayLink.of(link))

        return await typed(info, action, lambda e: RevokeRoomDisplayLinkPayload(errors=e))


@strawberry.type
class RoomDisplaySubscription:
    @strawberry.subscription(
        description="A room's door display (no login: connect with {displayToken} in the "
        "connection_init payload): now, after each change in the room today, and every "
        "EPESAN_DISPLAY_REFRESH_SECONDS (30 s: the current event ends, the next starts). "
        "Ends with DISPLAY_LINK_REVOKED once the link is revoked."
    )
    async def room_display_changed(
        self, info: Info, token: str
    ) -> AsyncGenerator[RoomDisplay, None]:
        hub = info.context.hub
        tz = info.context.settings.tz
        refresh = info.context.settings.display_refresh_seconds
        link = await room_display.link_for_token(token)
        while True:
            day = now().astimezone(tz).date()
            channels = [hub.room_channel(link.room_id, day), display_channel(hub, link.id)]
            async with hub.subscribe(channels) as changes:
                while now().astimezone(tz).date() == day:
                    yield await _read(info, token)  # checks the link again
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(anext(changes), refresh)
