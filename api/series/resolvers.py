"""Recurring bookings over GraphQL: preview, submit, series steps, "this and following". Thin."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import date, datetime, time

import strawberry
from strawberry.file_uploads import Upload

from api.base import Frequency, OnConflict, UserError, Weekday
from api.bookings.types import Booking, BookingSeries, SeriesOccurrence
from api.common import Caller, as_caller, booking_id
from api.context import Info
from api.ids import decode_id
from api.inputs import approved_quantities, booking_draft
from booking import models, series
from booking.errors import DomainError
from booking.recurrence import Recurrence
from booking.settings import Settings


@strawberry.input(description="How a series repeats: give either until or count (at most 100).")
class RecurrenceInput:
    frequency: Frequency
    interval: int = strawberry.field(default=1, description="Every n days/weeks/months.")
    weekdays: list[Weekday] | None = strawberry.field(
        default=None, description="WEEKLY only; default: the first date's weekday."
    )
    until: date | None = strawberry.field(default=None, description="Last date (inclusive).")
    count: int | None = None


@strawberry.input
class SeriesEquipmentInput:
    equipment_id: strawberry.ID
    quantity: int


@strawberry.input(description="The first occurrence (as submitBooking) and how it repeats.")
class PreviewSeriesInput:
    room_id: strawberry.ID
    starts_at: datetime
    ends_at: datetime
    title: str
    purpose: str
    participants: int
    recurrence: RecurrenceInput
    equipment: list[SeriesEquipmentInput] = strawberry.field(default_factory=list)
    skip_holidays: bool = strawberry.field(
        default=False, description="Leave out public holidays and closure days (flagged anyway)."
    )


@strawberry.input
class SubmitSeriesInput(PreviewSeriesInput):
    idempotency_key: str = strawberry.field(
        description="8-128 characters, unique per intended series; a retry returns the first result."
    )
    letter: Upload = strawberry.field(description="Request letter, shared by every occurrence.")
    on_conflict: OnConflict = strawberry.field(
        default=OnConflict.ABORT,
        description="ABORT: any conflict books nothing; SKIP_CONFLICTS: book the others.",
    )


@strawberry.type
class SubmitSeriesPayload:
    series: BookingSeries | None = None
    bookings: list[Booking] = strawberry.field(default_factory=list)
    skipped: list[SeriesOccurrence] = strawberry.field(
        default_factory=list, description="Occurrences not booked, with the reason."
    )
    conflicts: list[SeriesOccurrence] = strawberry.field(
        default_factory=list, description="With SERIES_CONFLICT: every conflicting occurrence."
    )
    replayed: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class BookingSeriesPayload:
    series: BookingSeries | None = None
    changed: list[Booking] = strawberry.field(
        default_factory=list, description="The occurrences this step changed, in time order."
    )
    conflicts: list[SeriesOccurrence] = strawberry.field(
        default_factory=list, description="With SERIES_CONFLICT: every conflicting occurrence."
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class SeriesNoteInput:
    series_id: strawberry.ID
    note: str | None = None


@strawberry.input(description="SOP step 3 for every SUBMITTED occurrence.")
class VerifySeriesInput(SeriesNoteInput):
    pass


@strawberry.input(description="SOP step 7 for every occurrence waiting on validation.")
class ValidateSeriesInput(SeriesNoteInput):
    pass


@strawberry.input(description="SOP step 8 at the occurrences' current times.")
class ApproveSeriesInput(SeriesNoteInput):
    pass


@strawberry.input(description="SOP step 3: send every SUBMITTED occurrence back (note required).")
class RequestSeriesRevisionInput(SeriesNoteInput):
    pass


@strawberry.input(description="The requester answers a revision request for every occurrence.")
class ResubmitSeriesInput(SeriesNoteInput):
    pass


@strawberry.input
class RejectSeriesInput:
    series_id: strawberry.ID
    reason: str


@strawberry.input
class SeriesApprovedQuantityInput:
    equipment_id: strawberry.ID
    approved_quantity: int


@strawberry.input(description="SOP step 5, the same quantities for every occurrence.")
class ReviewSeriesEquipmentInput:
    series_id: strawberry.ID
    lines: list[SeriesApprovedQuantityInput]
    note: str | None = None


@strawberry.input(description="SOP step 6 for every occurrence waiting on the requester.")
class DecideSeriesEquipmentShortfallInput:
    series_id: strawberry.ID
    proceed: bool
    note: str | None = None


@strawberry.input(description="SOP step 9: this occurrence and every later one of its series.")
class CancelSeriesFromInput:
    booking_id: strawberry.ID
    reason: str


@strawberry.input(description="Re-time this occurrence and every later one (office time).")
class MoveSeriesFromInput:
    booking_id: strawberry.ID
    start_time: time = strawberry.field(description="New start, office time (e.g. 13:00:00).")
    duration_minutes: int | None = strawberry.field(
        default=None, description="New length; default: each occurrence keeps its own."
    )
    note: str | None = None


def _draft(
    input: PreviewSeriesInput, info: Info, on_conflict: OnConflict = OnConflict.ABORT
) -> series.SeriesDraft:
    r = input.recurrence
    first = booking_draft(input, info)
    pattern = Recurrence(
        frequency=r.frequency,
        interval=r.interval,
        weekdays=tuple(d.value for d in r.weekdays or ()),
        until=r.until,
        count=r.count,
    )
    return series.SeriesDraft(first, pattern, input.skip_holidays, on_conflict)


def series_id(value: str) -> int:
    return decode_id(value, "BookingSeries", "seriesId")


def _conflicts(error: DomainError, info: Info) -> list[SeriesOccurrence]:
    if not isinstance(error, series.SeriesConflict):
        return []
    return [SeriesOccurrence.of(o, info) for o in error.occurrences if o.error is not None]


async def _step(info: Info, run: Caller[series.SeriesStep]) -> BookingSeriesPayload:
    try:
        step = await run(info.context.require_user(), info.context.settings)
    except DomainError as error:
        return BookingSeriesPayload(
            errors=[UserError.from_domain(error, info)], conflicts=_conflicts(error, info)
        )
    info.context.dispatcher.kick()  # committed: deliver its notifications now
    return BookingSeriesPayload(
        series=BookingSeries.from_model(step.series),
        changed=[Booking.from_model(b) for b in step.changed],
    )


@strawberry.type
class SeriesQuery:
    @strawberry.field(
        description="The occurrences a series request would make, with holiday flags and conflicts."
    )
    async def preview_series(self, info: Info, input: PreviewSeriesInput) -> list[SeriesOccurrence]:
        user = info.context.require_user()
        occurrences = await series.preview_series(user, _draft(input, info), info.context.settings)
        return [SeriesOccurrence.of(o, info) for o in occurrences]


@strawberry.type
class SeriesMutation:
    @strawberry.mutation(description="SOP step 2 for a recurring request (one letter for all).")
    async def submit_series(self, info: Info, input: SubmitSeriesInput) -> SubmitSeriesPayload:
        try:
            user = info.context.require_user()
            settings = info.context.settings
            data = await input.letter.read(settings.max_letter_bytes + 1)  # type: ignore[attr-defined]
            result = await series.submit_series(
                user,
                _draft(input, info, input.on_conflict),
                letter=bytes(data),
                idempotency_key=input.idempotency_key,
                store=info.context.store,
                settings=settings,
            )
        except DomainError as error:
            return SubmitSeriesPayload(
                errors=[UserError.from_domain(error, info)], conflicts=_conflicts(error, info)
            )
        if not result.replayed:
            info.context.dispatcher.kick()
        return SubmitSeriesPayload(
            series=BookingSeries.from_model(result.series),
            bookings=[Booking.from_model(b) for b in result.bookings],
            skipped=[SeriesOccurrence.of(o, info) for o in result.skipped],
            replayed=result.replayed,
        )

    @strawberry.mutation(description="SOP step 3 for every SUBMITTED occurrence of the series.")
    async def verify_series(self, info: Info, input: VerifySeriesInput) -> BookingSeriesPayload:
        return await _step(
            info, as_caller(series.verify_series, series_id, input.series_id, input.note)
        )

    @strawberry.mutation(description="SOP step 3: send every SUBMITTED occurrence back.")
    async def request_series_revision(
        self, info: Info, input: RequestSeriesRevisionInput
    ) -> BookingSeriesPayload:
        revise = series.request_series_revision
        return await _step(info, as_caller(revise, series_id, input.series_id, input.note))

    @strawberry.mutation(description="The requester resubmits every occurrence sent back.")
    async def resubmit_series(self, info: Info, input: ResubmitSeriesInput) -> BookingSeriesPayload:
        resubmit = series.resubmit_series
        return await _step(info, as_caller(resubmit, series_id, input.series_id, input.note))

    @strawberry.mutation(description="Refuse every occurrence still open to rejection.")
    async def reject_series(self, info: Info, input: RejectSeriesInput) -> BookingSeriesPayload:
        return await _step(
            info, as_caller(series.reject_series, series_id, input.series_id, input.reason)
        )

    @strawberry.mutation(description="SOP step 5 for every occurrence in EQUIPMENT_REVIEW.")
    async def review_series_equipment(
        self, info: Info, input: ReviewSeriesEquipmentInput
    ) -> BookingSeriesPayload:
        def run(user: models.User, settings: Settings) -> Awaitable[series.SeriesStep]:
            approved = approved_quantities(input.lines)  # a bad line is a typed error too
            return series.review_series_equipment(
                user, series_id(input.series_id), approved, input.note, settings=settings
            )

        return await _step(info, run)

    @strawberry.mutation(description="SOP step 6 for every occurrence waiting on the requester.")
    async def decide_series_equipment_shortfall(
        self, info: Info, input: DecideSeriesEquipmentShortfallInput
    ) -> BookingSeriesPayload:
        decide = series.decide_series_equipment_shortfall
        return await _step(
            info, as_caller(decide, series_id, input.series_id, input.proceed, input.note)
        )

    @strawberry.mutation(description="SOP step 7 for every occurrence waiting on validation.")
    async def validate_series(self, info: Info, input: ValidateSeriesInput) -> BookingSeriesPayload:
        validate = series.validate_series
        return await _step(info, as_caller(validate, series_id, input.series_id, input.note))

    @strawberry.mutation(description="SOP step 8 for every occurrence waiting on its schedule.")
    async def approve_series(self, info: Info, input: ApproveSeriesInput) -> BookingSeriesPayload:
        approve = series.approve_series
        return await _step(info, as_caller(approve, series_id, input.series_id, input.note))

    @strawberry.mutation(description="SOP step 9 for this occurrence and every later one.")
    async def cancel_series_from(
        self, info: Info, input: CancelSeriesFromInput
    ) -> BookingSeriesPayload:
        cancel = series.cancel_series_from
        return await _step(info, as_caller(cancel, booking_id, input.booking_id, input.reason))

    @strawberry.mutation(
        description="Re-time this occurrence and every later one; any conflict moves none."
    )
    async def move_series_from(
        self, info: Info, input: MoveSeriesFromInput
    ) -> BookingSeriesPayload:
        def run(user: models.User, settings: Settings) -> Awaitable[series.SeriesStep]:
            return series.move_series_from(
                user,
                booking_id(input.booking_id),
                input.start_time,
                settings,
                duration_minutes=input.duration_minutes,
                note=input.note,
            )

        return await _step(info, run)
