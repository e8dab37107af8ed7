"""GraphQL types of SOP step 10: event photos and the report."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Annotated, TypeVar

import strawberry
from strawberry import relay

from api.admin.types import Agency, Room, User, user_by_id
from api.base import local
from api.bookings.types import Booking
from api.context import Info
from booking import models, report_documents
from booking.enums import PhotoStatus
from booking.permissions import can_view_photos

BookingRef = Annotated["Booking", strawberry.lazy("api.bookings.types")]
RoomRef = Annotated["Room", strawberry.lazy("api.admin.types")]
AgencyRef = Annotated["Agency", strawberry.lazy("api.admin.types")]
UserRef = Annotated["User", strawberry.lazy("api.admin.types")]


R = TypeVar("R", models.Photo, models.EventReport)


async def _visible(info: Info, rows: Sequence[R]) -> dict[int, R]:
    """The rows (photos or reports) whose booking the caller may see, by id."""
    user = info.context.require_user()
    bookings = {b.id: b for b in await models.Booking.filter(id__in=[r.booking_id for r in rows])}
    return {r.id: r for r in rows if can_view_photos(user, bookings[r.booking_id])}


@strawberry.type(description="A web rendition of a photo; the URL works for a few minutes.")
class PhotoRendition:
    name: str = strawberry.field(description="`display` (1600 px) or `thumb` (320 px).")
    format: str = strawberry.field(description="`webp` or `jpeg`.")
    content_type: str
    width: int
    height: int
    bytes: int
    url: str


@strawberry.type(description="An event photo (SOP step 10).")
class Photo(relay.Node):
    id: relay.NodeID[int]
    status: PhotoStatus
    failure_reason: str | None = strawberry.field(
        description="Why the photo was refused: NOT_AN_IMAGE, CORRUPT, TOO_MANY_PIXELS, "
        "POLYGLOT, TOO_LARGE, UPLOAD_EXPIRED or PROCESSING_ERROR."
    )
    content_type: str
    width: int | None
    height: int | None
    created_at: datetime
    model: strawberry.Private[models.Photo]

    @classmethod
    def from_model(cls, m: models.Photo) -> Photo:
        return cls(
            id=m.id,
            status=m.status,
            failure_reason=m.failure_reason,
            content_type=m.content_type,
            width=m.width,
            height=m.height,
            created_at=local(m.created_at),
            model=m,
        )

    @strawberry.field(description="Renditions, largest first; empty until the photo is READY.")
    def renditions(self, info: Info) -> list[PhotoRendition]:
        store, seconds = info.context.store, info.context.settings.download_url_seconds
        return [
            PhotoRendition(
                name=str(r["name"]),
                format=str(r["format"]),
                content_type=str(r["contentType"]),
                width=int(str(r["width"])),
                height=int(str(r["height"])),
                bytes=int(str(r["bytes"])),
                url=store.download_url(str(r["key"]), str(r["contentType"]), seconds),
            )
            for r in self.model.renditions
        ]

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Photo | None]:
        ids = [int(i) for i in node_ids]
        rows = await _visible(info, await models.Photo.filter(id__in=ids))
        return [cls.from_model(rows[i]) if i in rows else None for i in ids]


@strawberry.type(
    description="A PDF for leadership, rendered by a worker. `status`: PENDING (being rendered), "
    "READY, FAILED or NONE (never asked for); `url` (a few minutes) serves the latest rendered "
    "version, also while a newer one is PENDING."
)
class LeadershipDocument:
    status: str
    url: str | None

    @classmethod
    def from_state(cls, state: report_documents.DocumentState | None) -> LeadershipDocument | None:
        return cls(status=state.status, url=state.url) if state is not None else None


@strawberry.type(description="The usage report of an event to leadership (SOP step 10).")
class EventReport(relay.Node):
    id: relay.NodeID[int]
    narrative: str
    reported_at: datetime
    model: strawberry.Private[models.EventReport]

    @classmethod
    def from_model(cls, m: models.EventReport) -> EventReport:
        return cls(id=m.id, narrative=m.narrative, reported_at=local(m.reported_at), model=m)

    async def _booking(self, info: Info) -> models.Booking:
        row = await info.context.loaders.bookings_by_id.load(self.model.booking_id)
        assert row is not None
        return row

    @strawberry.field
    async def booking(self, info: Info) -> BookingRef:
        return Booking.from_model(await self._booking(info))

    @strawberry.field
    async def room(self, info: Info) -> RoomRef:
        booking = await self._booking(info)
        row = await info.context.loaders.rooms_by_id.load(booking.room_id)
        assert row is not None
        return Room.from_model(row)

    @strawberry.field
    async def agency(self, info: Info) -> AgencyRef:
        booking = await self._booking(info)
        row = await info.context.loaders.agencies_by_id.load(booking.agency_id)
        assert row is not None
        return Agency.from_model(row)

    @strawberry.field
    async def reported_by(self, info: Info) -> UserRef | None:
        return await user_by_id(info, self.model.reported_by_id)

    @strawberry.field(description="The event's photos that are READY, oldest first.")
    async def photos(self, info: Info) -> list[Photo]:
        rows = await info.context.loaders.photos_by_booking_id.load(self.model.booking_id)
        return [Photo.from_model(p) for p in rows if p.status == PhotoStatus.READY]

    @strawberry.field(
        description="The report as a PDF (Indonesian): the event, its photos and the booking's "
        "history. Rendered again when the report's content changes."
    )
    async def document(self, info: Info) -> LeadershipDocument | None:
        state = await report_documents.event_document(
            info.context.require_user(), self.model, info.context.store, info.context.settings
        )
        return LeadershipDocument.from_state(state)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[EventReport | None]:
        ids = [int(i) for i in node_ids]
        rows = await _visible(info, await models.EventReport.filter(id__in=ids))
        return [cls.from_model(rows[i]) if i in rows else None for i in ids]
