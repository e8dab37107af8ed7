"""The SOP's verbs as changes (:class:`booking.core.Change`): what each verb checks, changes and
notes, defined once for a single booking (:mod:`booking.operations`) and for the occurrences of a
series (:mod:`booking.series`)."""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.backends.base.client import BaseDBAsyncClient

from booking.checks import clean_note
from booking.clock import now
from booking.core import Change, FactsLoader, Mutation, allocate
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, BookingEquipment
from booking.settings import Settings
from booking.workflow import CHECK_IN_OPENS, Action, Facts


async def equipment_facts(conn: BaseDBAsyncClient, booking: Booking) -> Facts:
    count = await BookingEquipment.filter(booking_id=booking.id).using_db(conn).count()
    return Facts(has_equipment=count > 0)


def equipment_review(approved: dict[int, int]) -> tuple[Mutation, FactsLoader]:
    """Step 5 on one booking: set the approved quantities under the equipment lock, then the facts
    that pick the transition (a shortfall goes to the requester)."""
    state: dict[int, bool] = {}

    async def set_quantities(conn: BaseDBAsyncClient, booking: Booking) -> Sequence[str]:
        lines = await BookingEquipment.filter(booking_id=booking.id).using_db(conn)
        if {line.equipment_id for line in lines} != set(approved):
            raise DomainError(ErrorCode.VALIDATION, "equipment_lines_mismatch", field="lines")
        for line in lines:
            qty = approved[line.equipment_id]
            if qty < 0:
                raise DomainError(ErrorCode.VALIDATION, "positive", field="lines")
            if qty > line.requested_quantity:
                raise DomainError(ErrorCode.VALIDATION, "approved_exceeds_requested", field="lines")
            line.approved_quantity = qty
        await allocate(conn, booking, lines, booking.starts_at, booking.ends_at)
        for line in lines:
            await line.save(using_db=conn, update_fields=["approved_quantity"])
        state[booking.id] = any(
            (line.approved_quantity or 0) < line.requested_quantity for line in lines
        )
        return ()

    async def facts(conn: BaseDBAsyncClient, booking: Booking) -> Facts:
        return Facts(has_equipment=True, has_shortfall=state[booking.id])

    return set_quantities, facts


async def not_over(conn: BaseDBAsyncClient, booking: Booking) -> Sequence[str]:
    """An event that has ended can no longer be cancelled."""
    if booking.ends_at <= now():
        raise DomainError(ErrorCode.VALIDATION, "event_over", field="bookingId")
    return ()


async def still_ahead(conn: BaseDBAsyncClient, booking: Booking) -> Sequence[str]:
    """A booking whose start has passed cannot be resubmitted as it is."""
    if booking.starts_at <= now():
        raise DomainError(ErrorCode.VALIDATION, "time_past", field="startsAt")
    return ()


def verifying(note: str | None) -> Change:
    """SOP step 3: with equipment to steps 4-5, without to validation."""
    return Change(Action.VERIFY, clean_note(note), facts=equipment_facts)


def requesting_revision(note: str | None) -> Change:
    return Change(Action.REQUEST_REVISION, clean_note(note, required=True))


def rejecting(reason: str | None) -> Change:
    return Change(Action.REJECT, clean_note(reason, required=True))


def reviewing_equipment(approved: dict[int, int], note: str | None) -> Change:
    """SOP step 5: approved quantity per equipment id; any shortfall goes to the requester."""
    set_quantities, facts = equipment_review(approved)
    return Change(Action.REVIEW_EQUIPMENT, clean_note(note), facts=facts, mutate=set_quantities)


def deciding_shortfall(proceed: bool, note: str | None) -> Change:
    """SOP step 6: continue with what is available, or withdraw the request."""
    action = Action.PROCEED_WITH_SHORTFALL if proceed else Action.WITHDRAW
    return Change(action, clean_note(note))


def validating(note: str | None) -> Change:
    return Change(Action.VALIDATE, clean_note(note))


def cancelling(reason: str | None) -> Change:
    """SOP step 9, before the event has ended."""
    return Change(Action.CANCEL, clean_note(reason, required=True), mutate=not_over)


async def mark_checked_in(
    conn: BaseDBAsyncClient, booking: Booking, settings: Settings
) -> Sequence[str]:
    """Check-in opens 15 minutes before the start and closes at the end; once per booking."""
    at, tz = now(), settings.tz
    if booking.checked_in_at is not None:
        when = f"{booking.checked_in_at.astimezone(tz):%d-%m-%Y %H:%M} WIB"
        raise DomainError(ErrorCode.ALREADY_CHECKED_IN, field="bookingId", at=when)
    opens = booking.starts_at - CHECK_IN_OPENS
    if at < opens:
        minutes = int(CHECK_IN_OPENS.total_seconds() // 60)
        when = f"{opens.astimezone(tz):%d-%m-%Y %H:%M} WIB"
        raise DomainError(
            ErrorCode.CHECK_IN_NOT_OPEN, field="bookingId", minutes=minutes, opens=when
        )
    if booking.ends_at <= at:
        raise DomainError(ErrorCode.VALIDATION, "event_over", field="bookingId")
    booking.checked_in_at = at
    return ["checked_in_at"]


def checking_in(settings: Settings, by_code: bool = False) -> Change:
    """Someone is in the room: recorded in the history, nobody told; the booking keeps its state
    and is no longer released as a no-show."""
    note = "Check-in dengan kode layar ruangan" if by_code else "Check-in"

    async def mark(conn: BaseDBAsyncClient, booking: Booking) -> Sequence[str]:
        return await mark_checked_in(conn, booking, settings)

    return Change(Action.CHECK_IN, note, mutate=mark, tell=False)
