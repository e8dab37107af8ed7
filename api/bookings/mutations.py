"""Write side: input objects in, payloads out, expected failures as ``errors``. Thin resolvers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

import strawberry
from strawberry.file_uploads import Upload

from api import sessions
from api.admin.accounts import AccountMutation
from api.admin.imports import ImportMutation
from api.admin.resources import ResourceMutation
from api.admin.types import User
from api.admin.users import UserMutation
from api.base import UserError, local
from api.bookings.types import Booking
from api.common import aware, typed
from api.context import Info
from api.displays.resolvers import RoomDisplayMutation
from api.ids import decode_id
from api.inputs import approved_quantities, booking_draft, read_upload
from api.leadership.resolvers import LeadershipMutation
from api.notifications.push import PushMutation
from api.notifications.resolvers import NotificationMutation
from api.photos.resolvers import PhotoMutation
from api.reports.resolvers import ReportMutation
from api.series.resolvers import SeriesMutation
from api.waitlist.resolvers import CalendarFeedMutation, WaitlistMutation
from api.webhooks.resolvers import WebhookMutation
from booking import auth, check_in, models, operations


@strawberry.type
class BookingPayload:
    booking: Booking | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class SubmitBookingPayload:
    booking: Booking | None = None
    replayed: bool = strawberry.field(
        default=False, description="True when this idempotency key already created the booking."
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class LoginPayload:
    token: str | None = None
    expires_at: datetime | None = None
    user: User | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class LogoutPayload:
    ok: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class LoginInput:
    nrk: str
    password: str


@strawberry.input
class EquipmentRequestInput:
    equipment_id: strawberry.ID
    quantity: int


@strawberry.input
class SubmitBookingInput:
    idempotency_key: str = strawberry.field(
        description="8-128 characters, client-generated, unique per intended booking (e.g. a UUID); a retry with the same key returns the first result."
    )
    room_id: strawberry.ID
    starts_at: datetime
    ends_at: datetime
    title: str
    purpose: str
    participants: int
    letter: Upload = strawberry.field(description="Request letter: PDF, JPEG or PNG.")
    equipment: list[EquipmentRequestInput] = strawberry.field(default_factory=list)


@strawberry.input
class BookingNoteInput:
    booking_id: strawberry.ID
    note: str | None = None


@strawberry.input
class BookingReasonInput:
    booking_id: strawberry.ID
    reason: str


@strawberry.input(description="SOP step 3.")
class VerifyBookingInput(BookingNoteInput):
    pass


@strawberry.input(description="SOP step 3: what the requester must fix (note required).")
class RequestRevisionInput(BookingNoteInput):
    pass


@strawberry.input(description="SOP step 7.")
class ValidateBookingInput(BookingNoteInput):
    pass


@strawberry.input
class RejectBookingInput(BookingReasonInput):
    pass


@strawberry.input(description="SOP step 9.")
class CancelBookingInput(BookingReasonInput):
    pass


@strawberry.input(description="Check in to an approved booking (from 15 minutes before its start).")
class CheckInInput:
    booking_id: strawberry.ID


@strawberry.input
class SetNoShowReleaseInput:
    booking_id: strawberry.ID
    release: bool = strawberry.field(
        description="False: never release this booking as a no-show; true: as the room says."
    )


@strawberry.input(description="Check in with the code shown on the room's display page.")
class CheckInByCodeInput:
    code: str


@strawberry.input
class ResubmitBookingInput:
    booking_id: strawberry.ID
    room_id: strawberry.ID | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    title: str | None = None
    purpose: str | None = None
    participants: int | None = None
    note: str | None = None
    letter: Upload | None = strawberry.field(
        default=None,
        description="Another request letter (PDF, JPEG or PNG) in place of the booking's; "
        "null keeps it. Multipart, as at submission.",
    )


@strawberry.input
class ApprovedQuantityInput:
    equipment_id: strawberry.ID
    approved_quantity: int


@strawberry.input
class ReviewEquipmentInput:
    booking_id: strawberry.ID
    lines: list[ApprovedQuantityInput]
    note: str | None = None


@strawberry.input
class DecideEquipmentShortfallInput:
    booking_id: strawberry.ID
    proceed: bool = strawberry.field(
        description="true: continue with what is available; false: withdraw."
    )
    note: str | None = None


@strawberry.input
class ApproveBookingInput:
    booking_id: strawberry.ID
    room_id: strawberry.ID | None = strawberry.field(default=None, description="Move to this room.")
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    note: str | None = None


def _booking_id(value: strawberry.ID) -> int:
    return decode_id(value, "Booking", "bookingId")


def _maybe(value: datetime | None, info: Info) -> datetime | None:
    return aware(value, info) if value is not None else None


async def _verb(
    info: Info, run: Callable[[models.User], Awaitable[models.Booking]]
) -> BookingPayload:
    async def action() -> BookingPayload:
        booking = await run(info.context.require_user())
        info.context.dispatcher.kick()  # committed: deliver its notifications now
        return BookingPayload(booking=Booking.from_model(booking))

    return await typed(info, action, lambda errors: BookingPayload(errors=errors))


@strawberry.type
class Mutation(
    ReportMutation,
    NotificationMutation,
    PushMutation,
    PhotoMutation,
    SeriesMutation,
    WaitlistMutation,
    CalendarFeedMutation,
    LeadershipMutation,
    RoomDisplayMutation,
    ResourceMutation,
    UserMutation,
    ImportMutation,
    AccountMutation,
    WebhookMutation,
):
    @strawberry.mutation(description="SOP step 1: log in with NRK and password.")
    async def login(self, info: Info, input: LoginInput) -> LoginPayload:
        async def action() -> LoginPayload:
            result = await auth.login(input.nrk, input.password, info.context.settings)
            return LoginPayload(
                token=result.token,
                expires_at=local(result.session.expires_at),
                user=User.from_model(result.user),
            )

        return await typed(info, action, lambda errors: LoginPayload(errors=errors))

    @strawberry.mutation(description="End this session.")
    async def logout(self, info: Info) -> LogoutPayload:
        async def action() -> LogoutPayload:
            info.context.require_user(before_password_change=True)
            assert info.context.session is not None
            await auth.logout(info.context.session)
            sessions.forget(info.context.token)  # this process forgets the token at once
            return LogoutPayload(ok=True)

        return await typed(info, action, lambda errors: LogoutPayload(errors=errors))

    @strawberry.mutation(description="SOP step 2: request a room (and equipment) with the letter.")
    async def submit_booking(self, info: Info, input: SubmitBookingInput) -> SubmitBookingPayload:
        async def action() -> SubmitBookingPayload:
            user = info.context.require_user()
            settings = info.context.settings
            draft = booking_draft(input, info)
            result = await operations.submit(
                user,
                draft,
                letter=await read_upload(input.letter, settings.max_letter_bytes),
                idempotency_key=input.idempotency_key,
                store=info.context.store,
                settings=settings,
            )
            if not result.replayed:
                info.context.dispatcher.kick()
            return SubmitBookingPayload(
                booking=Booking.from_model(result.booking), replayed=result.replayed
            )

        return await typed(info, action, lambda errors: SubmitBookingPayload(errors=errors))

    @strawberry.mutation(description="SOP step 3: the request is complete and possible.")
    async def verify_booking(self, info: Info, input: VerifyBookingInput) -> BookingPayload:
        return await _verb(
            info, lambda u: operations.verify(u, _booking_id(input.booking_id), input.note)
        )

    @strawberry.mutation(description="SOP step 3: send the request back to the requester.")
    async def request_revision(self, info: Info, input: RequestRevisionInput) -> BookingPayload:
        return await _verb(
            info,
            lambda u: operations.request_revision(u, _booking_id(input.booking_id), input.note),
        )

    @strawberry.mutation(description="The requester answers a revision request.")
    async def resubmit_booking(self, info: Info, input: ResubmitBookingInput) -> BookingPayload:
        async def run(user: models.User) -> models.Booking:
            settings = info.context.settings
            letter = (
                operations.NewLetter(
                    await read_upload(input.letter, settings.max_letter_bytes), info.context.store
                )
                if input.letter is not None
                else None
            )
            revision = operations.Revision(
                room_id=decode_id(input.room_id, "Room", "roomId") if input.room_id else None,
                starts_at=_maybe(input.starts_at, info),
                ends_at=_maybe(input.ends_at, info),
                title=input.title,
                purpose=input.purpose,
                participants=input.participants,
            )
            return await operations.resubmit(
                user, _booking_id(input.booking_id), revision, input.note, settings, letter
            )

        return await _verb(info, run)

    @strawberry.mutation(description="Refuse the request, with a reason.")
    async def reject_booking(self, info: Info, input: RejectBookingInput) -> BookingPayload:
        return await _verb(
            info, lambda u: operations.reject(u, _booking_id(input.booking_id), input.reason)
        )

    @strawberry.mutation(description="SOP step 5: approved quantity for every equipment line.")
    async def review_equipment(self, info: Info, input: ReviewEquipmentInput) -> BookingPayload:
        def run(user: models.User) -> Awaitable[models.Booking]:
            approved = approved_quantities(input.lines)
            return operations.review_equipment(
                user, _booking_id(input.booking_id), approved, input.note
            )

        return await _verb(info, run)

    @strawberry.mutation(
        description="SOP step 6: continue with the available equipment, or withdraw."
    )
    async def decide_equipment_shortfall(
        self, info: Info, input: DecideEquipmentShortfallInput
    ) -> BookingPayload:
        return await _verb(
            info,
            lambda u: operations.decide_equipment_shortfall(
                u, _booking_id(input.booking_id), input.proceed, input.note
            ),
        )

    @strawberry.mutation(description="SOP step 7: validate the room and equipment booking.")
    async def validate_booking(self, info: Info, input: ValidateBookingInput) -> BookingPayload:
        return await _verb(
            info, lambda u: operations.validate(u, _booking_id(input.booking_id), input.note)
        )

    @strawberry.mutation(
        description="SOP step 8: set the schedule (optionally another free room/time)."
    )
    async def approve_booking(self, info: Info, input: ApproveBookingInput) -> BookingPayload:
        def run(user: models.User) -> Awaitable[models.Booking]:
            return operations.approve(
                user,
                _booking_id(input.booking_id),
                info.context.settings,
                room_id=decode_id(input.room_id, "Room", "roomId") if input.room_id else None,
                starts_at=_maybe(input.starts_at, info),
                ends_at=_maybe(input.ends_at, info),
                note=input.note,
            )

        return await _verb(info, run)

    @strawberry.mutation(description="SOP step 9: cancel, with a reason.")
    async def cancel_booking(self, info: Info, input: CancelBookingInput) -> BookingPayload:
        return await _verb(
            info, lambda u: operations.cancel(u, _booking_id(input.booking_id), input.reason)
        )

    @strawberry.mutation(
        description="Check in (the requester's agency or a service officer), from 15 minutes "
        "before the start; without a check-in within the room's grace period the booking is "
        "released as NO_SHOW."
    )
    async def check_in(self, info: Info, input: CheckInInput) -> BookingPayload:
        return await _verb(info, lambda u: check_in.check_in(u, _booking_id(input.booking_id)))

    @strawberry.mutation(
        description="Check in with the code the room's display page shows (Booking.checkInCode); "
        "the caller must be allowed to check the booking in."
    )
    async def check_in_by_code(self, info: Info, input: CheckInByCodeInput) -> BookingPayload:
        return await _verb(info, lambda u: check_in.check_in_by_code(u, input.code))

    @strawberry.mutation(
        description="SERVICE_OFFICER or ADMIN: turn a booking's no-show release off (or on "
        "again), e.g. for guests known to arrive late. Audited."
    )
    async def set_no_show_release(self, info: Info, input: SetNoShowReleaseInput) -> BookingPayload:
        return await _verb(
            info,
            lambda u: check_in.set_no_show_release(u, _booking_id(input.booking_id), input.release),
        )
