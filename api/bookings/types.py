"""GraphQL types of bookings and series, their parts (equipment lines, history, the letter),
availability and tasks."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Protocol

import strawberry
from strawberry import relay

from api.admin.types import Agency, EquipmentItem, Room, User, user_by_id
from api.base import (
    BookingAction,
    BookingStatus,
    Connection,
    ErrorCode,
    Frequency,
    OccurrenceOutcome,
    Role,
    Weekday,
    local,
    schema_type,
    visible_nodes,
)
from api.context import Info
from api.ids import encode_id
from booking import check_in, leadership, models, operations
from booking.documents import letter_filename
from booking.enums import BookingStatus as _BookingStatus
from booking.enums import Role as _Role
from booking.messages import render
from booking.permissions import (
    available_actions,
    can_see_check_in_code,
    can_view_booking,
    can_view_series,
)
from booking.series import Occurrence
from booking.workflow import STEPS, WAITING_STEP
from booking.workflow import Action as _Action

if TYPE_CHECKING:
    from api.photos.types import EventReport, Photo


@strawberry.type(description="A step of the SOP with its time standard.")
class Step:
    number: int
    name: str
    standard_minutes: int
    responsible_roles: list[Role]

    @classmethod
    def of(cls, number: int, info: Info) -> Step:
        step = STEPS[number]
        english = info.context.language == "en"
        return cls(
            number=step.number,
            name=step.name_en if english else step.name_id,
            standard_minutes=step.standard_minutes,
            responsible_roles=sorted(step.roles, key=list(_Role).index),
        )


async def equipment_item(info: Info, equipment_id: int) -> EquipmentItem:
    """An equipment line's item, through the request's loader."""
    row = await info.context.loaders.equipment_items_by_id.load(equipment_id)
    assert row is not None
    return EquipmentItem.from_model(row)


@strawberry.type
class EquipmentLine:
    requested_quantity: int
    approved_quantity: int | None
    equipment_id: strawberry.Private[int]

    @strawberry.field
    async def equipment(self, info: Info) -> EquipmentItem:
        return await equipment_item(info, self.equipment_id)


@strawberry.type(description="SOP step 4, computed: need against what is free at the time.")
class EquipmentCheck:
    equipment: EquipmentItem
    requested_quantity: int
    free_quantity: int
    shortfall: int


@strawberry.type(description="One transition in a booking's history.")
class HistoryEntry:
    action: BookingAction
    from_status: BookingStatus | None
    to_status: BookingStatus
    actor_role: Role | None
    note: str | None
    at: datetime
    actor_id: strawberry.Private[int | None]

    @strawberry.field
    async def actor(self, info: Info) -> User | None:
        return await user_by_id(info, self.actor_id)


@strawberry.type(description="The request letter (surat permohonan).")
class Document:
    content_type: str
    size: int
    url: str = strawberry.field(description="Download path; send the same Bearer token.")
    download_url: str = strawberry.field(
        description="A link that works without a token for a few minutes (e.g. for <a href>)."
    )


class HasParties(Protocol):
    room_id: int
    agency_id: int
    requester_id: int


@strawberry.type
class Parties:
    """Room, agency and requester of a booking, a series or a waitlist entry (batched loads)."""

    model: strawberry.Private[HasParties]

    @strawberry.field
    async def room(self, info: Info) -> Room:
        row = await info.context.loaders.rooms_by_id.load(self.model.room_id)
        assert row is not None
        return Room.from_model(row)

    @strawberry.field
    async def agency(self, info: Info) -> Agency:
        row = await info.context.loaders.agencies_by_id.load(self.model.agency_id)
        assert row is not None
        return Agency.from_model(row)

    @strawberry.field
    async def requester(self, info: Info) -> User:
        row = await info.context.loaders.users_by_id.load(self.model.requester_id)
        assert row is not None
        return User.from_model(row)


@strawberry.type
class Booking(Parties, relay.Node):
    id: relay.NodeID[int]
    reference: str
    status: BookingStatus
    title: str
    purpose: str
    participants: int
    starts_at: datetime
    ends_at: datetime
    created_at: datetime
    status_changed_at: datetime
    checked_in_at: datetime | None = strawberry.field(
        description="When someone checked in (from 15 minutes before the start); null: nobody."
    )
    no_show_release: bool = strawberry.field(
        description="False: never released as a no-show, whatever the room's grace period "
        "(set by a service officer or ADMIN with setNoShowRelease)."
    )
    model: strawberry.Private[models.Booking]

    @classmethod
    def from_model(cls, m: models.Booking) -> Booking:
        return cls(
            id=m.id,
            reference=m.reference,
            status=m.status,
            title=m.title,
            purpose=m.purpose,
            participants=m.participants,
            starts_at=local(m.starts_at),
            ends_at=local(m.ends_at),
            created_at=local(m.created_at),
            status_changed_at=local(m.status_changed_at),
            checked_in_at=local(m.checked_in_at) if m.checked_in_at else None,
            no_show_release=m.no_show_release,
            model=m,
        )

    @strawberry.field(
        description="The code the room's display page shows for this booking: scanned, it checks "
        "the booking in (checkInByCode). Shown to service officers, the service head and admins; "
        "null for others."
    )
    def check_in_code(self, info: Info) -> str | None:
        user = info.context.user
        if user is None or not can_see_check_in_code(user):
            return None
        return check_in.check_in_code(self.model.id)

    @strawberry.field(description="The SOP step the booking waits on, if any.")
    def step(self, info: Info) -> Step | None:
        number = WAITING_STEP.get(self.model.status)
        return Step.of(number, info) if number else None

    @strawberry.field(description="Workflow verbs the caller may use on this booking now.")
    async def available_actions(self, info: Info) -> list[BookingAction]:
        user = info.context.user
        if user is None:
            return []
        last = None
        if self.model.status == _BookingStatus.RESCHEDULE_REQUIRED:
            last = await info.context.loaders.last_displacement_by_booking_id.load(self.model.id)
        return available_actions(user, self.model, operations.listing_facts(self.model, last))

    @strawberry.field
    async def equipment(self, info: Info) -> list[EquipmentLine]:
        rows = await info.context.loaders.equipment_lines_by_booking_id.load(self.model.id)
        return [
            EquipmentLine(
                requested_quantity=r.requested_quantity,
                approved_quantity=r.approved_quantity,
                equipment_id=r.equipment_id,
            )
            for r in rows
        ]

    @strawberry.field(description="SOP step 4: each line's request against free stock now.")
    async def equipment_check(self, info: Info) -> list[EquipmentCheck]:
        checks = await operations.equipment_check(self.model)
        return [
            EquipmentCheck(
                equipment=EquipmentItem.from_model(c.item),
                requested_quantity=c.line.requested_quantity,
                free_quantity=c.free,
                shortfall=c.shortfall,
            )
            for c in checks
        ]

    @strawberry.field(description="Event photos (SOP step 10), oldest first.")
    async def photos(
        self, info: Info
    ) -> list[Annotated[Photo, strawberry.lazy("api.photos.types")]]:
        photo = schema_type(info, "Photo")  # api.photos.types builds on this module
        rows = await info.context.loaders.photos_by_booking_id.load(self.model.id)
        return [photo.from_model(p) for p in rows]

    @strawberry.field(description="The event report to leadership, once sent (SOP step 10).")
    async def report(
        self, info: Info
    ) -> Annotated[EventReport, strawberry.lazy("api.photos.types")] | None:
        report = schema_type(info, "EventReport")  # api.photos.types builds on this module
        row = await info.context.loaders.reports_by_booking_id.load(self.model.id)
        return report.from_model(row) if row else None

    @strawberry.field
    async def history(self, info: Info) -> list[HistoryEntry]:
        rows = await info.context.loaders.history_by_booking_id.load(self.model.id)
        return [
            HistoryEntry(
                action=_Action(r.action),
                from_status=r.from_status,
                to_status=r.to_status,
                actor_role=_Role(r.actor_role) if r.actor_role else None,
                note=r.note,
                at=local(r.at),
                actor_id=r.actor_id,
            )
            for r in rows
        ]

    @strawberry.field(description="The recurring series this booking is an occurrence of.")
    async def series(self, info: Info) -> BookingSeries | None:
        if self.model.series_id is None:
            return None
        row = await info.context.loaders.series_by_id.load(self.model.series_id)
        return BookingSeries.from_model(row) if row else None

    @strawberry.field(
        description="While RESCHEDULE_REQUIRED: free slots of the same duration (same room that "
        "day, or other rooms at the original time), as of now."
    )
    async def reschedule_suggestions(self, info: Info) -> list[RescheduleSuggestion]:
        found = await leadership.suggestions(self.model, info.context.settings)
        return [
            RescheduleSuggestion(
                room=Room.from_model(s.room),
                starts_at=local(s.starts_at),
                ends_at=local(s.ends_at),
                same_room=s.same_room,
            )
            for s in found
        ]

    @strawberry.field
    def letter(self, info: Info) -> Document | None:
        m = self.model
        if not m.letter_key:
            return None
        content_type = m.letter_content_type or "application/octet-stream"
        return Document(
            content_type=content_type,
            size=m.letter_size or 0,
            url=f"/bookings/{encode_id('Booking', m.id)}/letter",
            download_url=info.context.store.download_url(
                m.letter_key,
                content_type,
                info.context.settings.download_url_seconds,
                letter_filename(m.reference, m.letter_content_type),
            ),
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Booking | None]:
        async def rows(ids: list[int]) -> list[models.Booking]:
            return await models.Booking.filter(id__in=ids)

        return await visible_nodes(info, node_ids, rows, can_view_booking, cls.from_model)


@strawberry.type(description="One date of a series: its times, calendar flags and outcome.")
class SeriesOccurrence:
    date: date
    starts_at: datetime
    ends_at: datetime
    holiday: bool = strawberry.field(
        description="A public holiday or closure day of the working calendar (flagged, still "
        "booked unless skipHolidays)."
    )
    working_day: bool = strawberry.field(description="A working day of the working calendar.")
    outcome: OccurrenceOutcome
    code: ErrorCode | None = strawberry.field(description="Why it cannot be booked or moved.")
    reason: str | None = strawberry.field(
        description="Stable detail of the code, e.g. outside_hours, too_far_ahead, time_past."
    )
    message: str | None

    @classmethod
    def of(cls, o: Occurrence, info: Info) -> SeriesOccurrence:
        error = o.error
        if error is not None:
            outcome = OccurrenceOutcome.CONFLICT
        elif o.skipped_holiday:
            outcome = OccurrenceOutcome.HOLIDAY_SKIPPED
        else:
            outcome = OccurrenceOutcome.BOOKABLE
        return cls(
            date=o.day,
            starts_at=local(o.starts_at),
            ends_at=local(o.ends_at),
            holiday=o.holiday,
            working_day=o.working_day,
            outcome=outcome,
            code=error.code if error else None,
            reason=error.message_key if error else None,
            message=render(error, info.context.language) if error else None,
        )


@strawberry.type(description="A recurring request; its occurrences are ordinary bookings.")
class BookingSeries(Parties, relay.Node):
    id: relay.NodeID[int]
    reference: str
    frequency: Frequency
    interval: int
    weekdays: list[Weekday]
    until: date | None
    count: int | None
    starts_at: datetime = strawberry.field(description="The first occurrence as requested.")
    ends_at: datetime
    skip_holidays: bool
    created_at: datetime
    model: strawberry.Private[models.BookingSeries]

    @classmethod
    def from_model(cls, m: models.BookingSeries) -> BookingSeries:
        return cls(
            id=m.id,
            reference=m.reference,
            frequency=m.frequency,
            interval=m.interval,
            weekdays=[Weekday(d) for d in m.weekdays],
            until=m.until,
            count=m.count,
            starts_at=local(m.starts_at),
            ends_at=local(m.ends_at),
            skip_holidays=m.skip_holidays,
            created_at=local(m.created_at),
            model=m,
        )

    @strawberry.field(description="Occurrences not booked at submission, with the reason.")
    def skipped(self, info: Info) -> list[SeriesOccurrence]:
        return [SeriesOccurrence.of(Occurrence.from_json(o), info) for o in self.model.skipped]

    @strawberry.field(description="The series' bookings in time order (cancelled ones included).")
    async def occurrences(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Booking]:
        from api.common import paginate  # api.common imports this module

        qs = models.Booking.filter(series_id=self.model.id).order_by("starts_at", "id")
        return await paginate(
            qs, info, first, after, lambda rows: [Booking.from_model(r) for r in rows]
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[BookingSeries | None]:
        user = info.context.require_user()
        rows = await info.context.loaders.series_by_id.load_many([int(i) for i in node_ids])
        return [cls.from_model(r) if r and can_view_series(user, r) else None for r in rows]


@strawberry.type(description="A slot a displaced booking may take (acceptRescheduleSuggestion).")
class RescheduleSuggestion:
    room: Room
    starts_at: datetime
    ends_at: datetime
    same_room: bool


@strawberry.type(description="A stretch of time.")
class TimeRange:
    starts_at: datetime
    ends_at: datetime


@strawberry.type(description="A busy stretch; details only for those allowed to see the booking.")
class BusySlot:
    starts_at: datetime
    ends_at: datetime
    status: BookingStatus
    agency_name: str
    booking: Booking | None


@strawberry.type(description="A leadership event blocking the room; its reason only for staff.")
class BlockedSlot:
    starts_at: datetime
    ends_at: datetime
    reason: str | None


@strawberry.type
class RoomAvailability:
    room: Room
    date: date
    opens_at: datetime
    closes_at: datetime
    busy: list[BusySlot]
    free: list[TimeRange]
    blocked: list[BlockedSlot] = strawberry.field(default_factory=list)

    @strawberry.field(
        description="This room on this day, the same in the query and in availabilityChanged: "
        "client caches (Relay, Apollo) update it in place. Not a Node (`node` does not fetch it)."
    )
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_day_id(self.room.id, self.date))


def encode_day_id(room_id: int, day: date) -> str:
    return base64.b64encode(f"RoomAvailability:{room_id}:{day.isoformat()}".encode()).decode()


@strawberry.type
class EquipmentAvailability:
    equipment: EquipmentItem
    stock: int
    peak_allocated: int
    free_quantity: int


@strawberry.type(description="A booking waiting on the caller's role.")
class Task:
    booking: Booking
    step: Step
    entered_at: datetime
    due_at: datetime = strawberry.field(
        description="When the step's time standard runs out, in working minutes."
    )
    breached: bool = strawberry.field(description="The time standard has run out.")
