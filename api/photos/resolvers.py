"""SOP step 10 over GraphQL: event photos (two upload paths), the report, leadership's list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Annotated

import strawberry
from strawberry.file_uploads import Upload

from api.base import Connection, UserError, local
from api.common import paginate, typed
from api.context import Info
from api.ids import decode_id
from api.inputs import read_upload
from api.photos.types import BookingRef, EventReport, LeadershipDocument, Photo
from booking import models, operations, report_documents
from booking import photos as domain
from booking.errors import DomainError, ErrorCode
from booking.permissions import can_read_event_reports


@strawberry.type(description="Where and how to upload the photo: a form POST straight to storage.")
class PhotoUploadForm:
    url: str
    fields: list[FormField] = strawberry.field(
        description="Send these form fields in this order, then the file as the last field `file`."
    )
    expires_at: datetime
    max_bytes: int


@strawberry.type
class FormField:
    name: str
    value: str


@strawberry.type
class PhotoPayload:
    photo: Photo | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class CreatePhotoUploadPayload:
    photo: Photo | None = None
    upload: PhotoUploadForm | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class EventReportPayload:
    report: EventReport | None = None
    booking: BookingRef | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input(description="SOP step 10, from the web app: the photo itself (multipart).")
class UploadEventPhotoInput:
    booking_id: strawberry.ID
    photo: Upload = strawberry.field(description="JPEG, PNG or WebP.")


@strawberry.input(description="SOP step 10, from a phone: ask for a presigned upload form.")
class CreatePhotoUploadInput:
    booking_id: strawberry.ID
    content_type: str = strawberry.field(description="image/jpeg, image/png or image/webp.")
    size: int = strawberry.field(description="The file's size in bytes (the upload's upper bound).")


@strawberry.input(description="The presigned upload is done: check it and process the photo.")
class ConfirmPhotoUploadInput:
    photo_id: strawberry.ID


@strawberry.input(description="SOP step 10: the usage report, once the event has started.")
class SubmitEventReportInput:
    booking_id: strawberry.ID
    narrative: str = strawberry.field(description="A short account of the event.")


@strawberry.input(description="A month's summary for leadership (events held, service levels).")
class RequestMonthlySummaryInput:
    month: str = strawberry.field(description="YYYY-MM, in office time (Asia/Jakarta).")


@strawberry.type
class MonthlySummaryPayload:
    document: LeadershipDocument | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


def _month(text: str) -> tuple[int, int]:
    year, _, month = text.strip().partition("-")
    if not (len(year) == 4 and year.isdigit() and len(month) == 2 and month.isdigit()):
        raise DomainError(ErrorCode.VALIDATION, "bad_month", field="month")
    return int(year), int(month)


async def _monthly(info: Info, month: str, refresh: bool) -> LeadershipDocument:
    year, number = _month(month)
    state = await report_documents.monthly_document(
        info.context.require_user(),
        year,
        number,
        info.context.store,
        info.context.settings,
        refresh=refresh,
    )
    if refresh and state.status == report_documents.PENDING:
        info.context.dispatcher.kick()
    return LeadershipDocument(status=state.status, url=state.url)


@strawberry.type
class PhotoMutation:
    @strawberry.mutation(
        description="LEADERSHIP, SERVICE_HEAD, ADMIN: the month's summary PDF. Served from the "
        "cache while the month's figures are unchanged; otherwise a worker renders it (status "
        "PENDING: ask `monthlySummary` again in a moment)."
    )
    async def request_monthly_summary(
        self, info: Info, input: RequestMonthlySummaryInput
    ) -> MonthlySummaryPayload:
        async def action() -> MonthlySummaryPayload:
            return MonthlySummaryPayload(document=await _monthly(info, input.month, True))

        return await typed(info, action, lambda errors: MonthlySummaryPayload(errors=errors))

    @strawberry.mutation(description="SOP step 10: upload an event photo (multipart request).")
    async def upload_event_photo(self, info: Info, input: UploadEventPhotoInput) -> PhotoPayload:
        async def action() -> PhotoPayload:
            user = info.context.require_user()
            settings = info.context.settings
            data = await read_upload(input.photo, settings.max_photo_bytes)
            photo = await domain.add_photo(
                user,
                decode_id(input.booking_id, "Booking", "bookingId"),
                data,
                info.context.store,
                settings,
            )
            info.context.dispatcher.kick()  # committed: process it now
            return PhotoPayload(photo=Photo.from_model(photo))

        return await typed(info, action, lambda errors: PhotoPayload(errors=errors))

    @strawberry.mutation(description="SOP step 10: a presigned form upload for one photo.")
    async def create_photo_upload(
        self, info: Info, input: CreatePhotoUploadInput
    ) -> CreatePhotoUploadPayload:
        async def action() -> CreatePhotoUploadPayload:
            photo, post = await domain.create_upload(
                info.context.require_user(),
                decode_id(input.booking_id, "Booking", "bookingId"),
                input.content_type,
                input.size,
                info.context.store,
                info.context.settings,
            )
            form = PhotoUploadForm(
                url=post.url,
                fields=[FormField(name=k, value=v) for k, v in post.fields.items()],
                expires_at=local(post.expires_at),
                max_bytes=input.size,
            )
            return CreatePhotoUploadPayload(photo=Photo.from_model(photo), upload=form)

        return await typed(info, action, lambda errors: CreatePhotoUploadPayload(errors=errors))

    @strawberry.mutation(description="Confirm a presigned upload; the server re-checks the file.")
    async def confirm_photo_upload(
        self, info: Info, input: ConfirmPhotoUploadInput
    ) -> PhotoPayload:
        async def action() -> PhotoPayload:
            photo = await domain.confirm_upload(
                info.context.require_user(),
                decode_id(input.photo_id, "Photo", "photoId"),
                info.context.store,
                info.context.settings,
            )
            info.context.dispatcher.kick()
            return PhotoPayload(photo=Photo.from_model(photo))

        return await typed(info, action, lambda errors: PhotoPayload(errors=errors))

    @strawberry.mutation(description="SOP step 10: send the event report to leadership.")
    async def submit_event_report(
        self, info: Info, input: SubmitEventReportInput
    ) -> EventReportPayload:
        from api.bookings.types import Booking

        async def action() -> EventReportPayload:
            booking = await operations.report(
                info.context.require_user(),
                decode_id(input.booking_id, "Booking", "bookingId"),
                input.narrative,
                settings=info.context.settings,
            )
            info.context.dispatcher.kick()
            report = await models.EventReport.get(booking_id=booking.id)
            return EventReportPayload(
                report=EventReport.from_model(report), booking=Booking.from_model(booking)
            )

        return await typed(info, action, lambda errors: EventReportPayload(errors=errors))


@strawberry.type
class PhotoQuery:
    @strawberry.field(
        description="LEADERSHIP, SERVICE_HEAD, ADMIN: the month's summary PDF as last rendered "
        "(`requestMonthlySummary` renders it)."
    )
    async def monthly_summary(self, info: Info, month: str) -> LeadershipDocument:
        return await _monthly(info, month, False)

    @strawberry.field(
        description="Event reports for leadership and City Hall staff, newest event first. "
        "`from`/`to`: event dates (office time), inclusive."
    )
    async def event_reports(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        from_date: Annotated[date | None, strawberry.argument(name="from")] = None,
        to_date: Annotated[date | None, strawberry.argument(name="to")] = None,
        room_id: strawberry.ID | None = None,
    ) -> Connection[EventReport]:
        user = info.context.require_user()
        if not can_read_event_reports(user):
            raise DomainError(ErrorCode.FORBIDDEN)
        tz = info.context.settings.tz
        qs = models.EventReport.all()
        if from_date is not None:
            qs = qs.filter(booking__starts_at__gte=datetime.combine(from_date, time(), tz))
        if to_date is not None:
            end = datetime.combine(to_date + timedelta(days=1), time(), tz)
            qs = qs.filter(booking__starts_at__lt=end)
        if room_id is not None:
            qs = qs.filter(booking__room_id=decode_id(room_id, "Room", "roomId"))
        qs = qs.order_by("-booking__starts_at", "-id")

        def convert(rows: Sequence[models.EventReport]) -> list[EventReport]:
            return [EventReport.from_model(r) for r in rows]

        return await paginate(qs, info, first, after, convert)
