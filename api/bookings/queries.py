"""Read side: the caller, resources, bookings, tasks, availability. Thin resolvers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Annotated

import strawberry
from strawberry import relay
from tortoise.expressions import Q

from api import day_cache
from api.admin.queries import AdminQuery
from api.admin.service_levels import ServiceLevelQuery
from api.admin.types import Agency, EquipmentItem, Room, User
from api.base import BookingStatus, Connection, local
from api.bookings.types import (
    Booking,
    EquipmentAvailability,
    RoomAvailability,
    Step,
    Task,
    TimeRange,
)
from api.common import aware, paginate
from api.context import Info
from api.displays.resolvers import RoomDisplayQuery
from api.ids import decode_id, parse_global_id
from api.leadership.resolvers import LeadershipQuery
from api.nodes import NODE_TYPES
from api.notifications.push import PushQuery
from api.notifications.resolvers import NotificationQuery
from api.photos.resolvers import PhotoQuery
from api.photos.upload_options import UploadOptionsQuery
from api.reports.resolvers import ReportQuery
from api.series.resolvers import SeriesQuery
from api.waitlist.resolvers import WaitlistQuery
from api.webhooks.resolvers import WebhookQuery
from booking import availability, models
from booking.clock import now
from booking.closures import office_calendar
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.permissions import (
    can_view_all_bookings,
    can_view_booking,
)
from booking.service_levels import breached, due_at
from booking.workflow import STEPS, WAITING_STEP, responsible_states

MAX_RANGE_DAYS = 31


@strawberry.input
class BookingFilter:
    status: list[BookingStatus] | None = None
    room_id: strawberry.ID | None = None
    agency_id: strawberry.ID | None = None
    starts_after: datetime | None = strawberry.field(
        default=None, description="Bookings ending after this instant."
    )
    ends_before: datetime | None = strawberry.field(
        default=None, description="Bookings starting before this instant."
    )


@strawberry.input
class EquipmentNeed:
    equipment_id: strawberry.ID
    quantity: int


def _range(start: datetime, end: datetime, info: Info) -> tuple[datetime, datetime]:
    start, end = aware(start, info), aware(end, info)
    if end <= start:
        raise DomainError(ErrorCode.VALIDATION, "time_order", field="endsAt")
    if end - start > timedelta(days=MAX_RANGE_DAYS):
        raise DomainError(
            ErrorCode.VALIDATION, "range_too_long", field="endsAt", days=MAX_RANGE_DAYS
        )
    return start, end


async def my_tasks_connection(
    info: Info, user: models.User, first: int | None, after: str | None
) -> Connection[Task]:
    """Bookings waiting on one of the user's roles (requesters: their agency's), oldest first."""
    officer_roles = [r for r in user.roles if r != Role.REQUESTER]
    condition = Q(status__in=responsible_states(officer_roles)) if officer_roles else Q(id=0)
    if user.has_role(Role.REQUESTER) and user.agency_id:
        mine = responsible_states([Role.REQUESTER])
        condition |= Q(status__in=mine, agency_id=user.agency_id)
    qs = models.Booking.filter(condition).order_by("status_changed_at", "id")
    calendar = await office_calendar(info.context.settings)
    at = now()

    def task(b: models.Booking) -> Task:
        due = due_at(b, calendar)
        assert due is not None  # every task waits on a step
        return Task(
            booking=Booking.from_model(b),
            step=Step.of(WAITING_STEP[b.status], info),
            entered_at=local(b.status_changed_at),
            due_at=local(due),
            breached=breached(b, calendar, at),
        )

    def tasks(rows: Sequence[models.Booking]) -> list[Task]:
        return [task(b) for b in rows]

    return await paginate(qs, info, first, after, tasks)


@strawberry.type
class Query(
    ReportQuery,
    NotificationQuery,
    ServiceLevelQuery,
    PushQuery,
    PhotoQuery,
    SeriesQuery,
    WaitlistQuery,
    LeadershipQuery,
    RoomDisplayQuery,
    UploadOptionsQuery,
    AdminQuery,
    WebhookQuery,
):
    @strawberry.field(description="Relay: any object by its global id (null if not visible).")
    async def node(self, info: Info, id: strawberry.ID) -> relay.Node | None:
        type_name, pk = parse_global_id(id)
        node_type = NODE_TYPES.get(type_name)
        if node_type is None:
            raise DomainError(ErrorCode.VALIDATION, "bad_id", field="id")
        [found] = await node_type.resolve_nodes(info=info, node_ids=[str(pk)])  # type: ignore[misc]
        return found

    @strawberry.field(description="The logged-in user, or null.")
    def me(self, info: Info) -> User | None:
        user = info.context.user
        return User.from_model(user) if user else None

    @strawberry.field
    async def rooms(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        min_capacity: int | None = None,
    ) -> Connection[Room]:
        info.context.require_user()
        qs = models.Room.filter(is_active=True).order_by("building", "floor", "code")
        if min_capacity:
            qs = qs.filter(capacity__gte=min_capacity)
        return await paginate(
            qs, info, first, after, lambda rows: [Room.from_model(r) for r in rows]
        )

    @strawberry.field
    async def equipment_items(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[EquipmentItem]:
        info.context.require_user()
        qs = models.EquipmentItem.all().order_by("name")
        return await paginate(
            qs, info, first, after, lambda rows: [EquipmentItem.from_model(r) for r in rows]
        )

    @strawberry.field
    async def agencies(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Agency]:
        info.context.require_user()
        qs = models.Agency.all().order_by("name")
        return await paginate(
            qs, info, first, after, lambda rows: [Agency.from_model(r) for r in rows]
        )

    @strawberry.field(description="Bookings; requesters see their own agency's only.")
    async def bookings(
        self,
        info: Info,
        filter: BookingFilter | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Booking]:
        user = info.context.require_user()
        qs = models.Booking.all().order_by("starts_at", "id")
        if not can_view_all_bookings(user):
            qs = qs.filter(agency_id=user.agency_id or 0)
        if filter:
            if filter.status:
                qs = qs.filter(status__in=list(filter.status))
            if filter.room_id:
                qs = qs.filter(room_id=decode_id(filter.room_id, "Room", "roomId"))
            if filter.agency_id:
                qs = qs.filter(agency_id=decode_id(filter.agency_id, "Agency", "agencyId"))
            if filter.starts_after:
                qs = qs.filter(ends_at__gt=aware(filter.starts_after, info))
            if filter.ends_before:
                qs = qs.filter(starts_at__lt=aware(filter.ends_before, info))
        return await paginate(
            qs, info, first, after, lambda rows: [Booking.from_model(r) for r in rows]
        )

    @strawberry.field(description="A booking by its reference number, e.g. EPR-2026-000123.")
    async def booking_by_reference(self, info: Info, reference: str) -> Booking | None:
        user = info.context.require_user()
        row = await models.Booking.by_reference(reference)
        return Booking.from_model(row) if row and can_view_booking(user, row) else None

    @strawberry.field(description="Bookings waiting on one of my roles, oldest first.")
    async def my_tasks(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Task]:
        return await my_tasks_connection(info, info.context.require_user(), first, after)

    @strawberry.field(
        description="The working hours of the service-level clock from `from` to `to` (office "
        "dates, inclusive, at most 31 days): a time standard runs only inside them (closed days, "
        "holidays and nights are left out)."
    )
    def working_periods(
        self,
        info: Info,
        from_: Annotated[date, strawberry.argument(name="from")],
        to: date | None = None,
    ) -> list[TimeRange]:
        info.context.require_user()
        last = to or from_
        if last < from_:
            raise DomainError(ErrorCode.VALIDATION, "time_order", field="to")
        if (last - from_).days > MAX_RANGE_DAYS:
            raise DomainError(
                ErrorCode.VALIDATION, "range_too_long", field="to", days=MAX_RANGE_DAYS
            )
        calendar = info.context.settings.working_calendar()
        return [
            TimeRange(starts_at=local(a), ends_at=local(b))
            for a, b in calendar.periods(from_, last)
        ]

    @strawberry.field(description="The SOP's steps with their time standards.")
    def sop_steps(self, info: Info) -> list[Step]:
        return [Step.of(n, info) for n in sorted(STEPS)]

    @strawberry.field(description="Per room: busy and free intervals of one office-local day.")
    async def availability(
        self, info: Info, date: date, room_ids: list[strawberry.ID] | None = None
    ) -> list[RoomAvailability]:
        user = info.context.require_user()
        ids = [decode_id(i, "Room", "roomIds") for i in room_ids] if room_ids else None
        return await day_cache.day_view(info, user, date, ids)  # type: ignore[return-value]

    @strawberry.field(
        description="Rooms free over the whole interval, with capacity and equipment."
    )
    async def free_rooms(
        self,
        info: Info,
        starts_at: datetime,
        ends_at: datetime,
        min_capacity: int = 0,
        equipment: list[EquipmentNeed] | None = None,
    ) -> list[Room]:
        info.context.require_user()
        start, end = _range(starts_at, ends_at, info)
        needs = {
            decode_id(e.equipment_id, "EquipmentItem", "equipment"): e.quantity
            for e in equipment or []
        }
        rooms = await availability.free_room_rows(
            start, end, min_capacity, info.context.settings.tz, needs
        )
        return day_cache.kept_rooms(info, rooms)  # type: ignore[return-value]

    @strawberry.field(description="Free quantity = stock - peak concurrent allocation.")
    async def equipment_availability(
        self, info: Info, starts_at: datetime, ends_at: datetime
    ) -> list[EquipmentAvailability]:
        info.context.require_user()
        start, end = _range(starts_at, ends_at, info)
        free = await availability.equipment_free(start, end)
        return [
            EquipmentAvailability(
                equipment=EquipmentItem.from_model(f.item),
                stock=f.item.stock,
                peak_allocated=f.peak_allocated,
                free_quantity=f.free,
            )
            for f in free.values()
        ]
