"""Writing a change of a booking: the transaction (constraint violations as typed errors), the
history row, the step clock, the notifications and the events to publish once it commits.

A booking's status changes only in :func:`apply`, along a transition of :mod:`booking.workflow`,
after :func:`booking.permissions.authorize` allowed it; it is created only by
:func:`insert_booking` (single bookings, series occurrences, waitlist promotions)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError, OperationalError
from tortoise.transactions import in_transaction

from booking import dialect_sql, events, webhooks
from booking.checks import BookingDraft
from booking.clock import now
from booking.enums import BookingStatus, Role
from booking.errors import DomainError, ErrorCode
from booking.models import (
    Booking,
    BookingEquipment,
    BookingSeries,
    Notification,
    Room,
    User,
)
from booking.notifications import notify
from booking.service_levels import record_step_change
from booking.settings import Settings
from booking.workflow import Action, Transition


def is_overlap(exc: Exception) -> bool:
    return "booking_no_overlap" in str(exc)


@asynccontextmanager
async def write() -> AsyncIterator[BaseDBAsyncClient]:
    """A transaction whose constraint violations come back as typed errors."""
    try:
        async with in_transaction() as conn:
            yield conn
    except (IntegrityError, OperationalError) as exc:
        if is_overlap(exc):
            raise DomainError(ErrorCode.ROOM_UNAVAILABLE, field="startsAt") from exc
        if "booking_time_order" in str(exc) or "booking_within_a_day" in str(exc):
            raise DomainError(ErrorCode.VALIDATION, "time_order", field="endsAt") from exc
        raise


@dataclass(frozen=True)
class StoredLetter:
    key: str
    content_type: str
    size: int


#: A :class:`booking.models.BookingEvent` (the history row of a change).
NEW_EVENT = (
    'INSERT INTO booking_event (booking_id, "action", from_status, to_status, actor_id,'
    ' actor_role, note, "at") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)'
)


async def record(
    conn: BaseDBAsyncClient,
    booking: Booking,
    action: Action,
    from_status: BookingStatus | None,
    actor: User | None,
    role: Role | None,
    note: str | None,
) -> None:
    values = [booking.id, action.value, from_status.value if from_status else None]
    values += [booking.status.value, actor.id if actor else None, role.value if role else None]
    await dialect_sql.execute(conn, NEW_EVENT, [*values, note, booking.status_changed_at])


async def apply(
    conn: BaseDBAsyncClient,
    booking: Booking,
    transition: Transition,
    actor: User | None,
    role: Role | None,
    note: str | None,
    extra_fields: Sequence[str] = (),
    before: Sequence[tuple[int, date]] = (),
    *,
    settings: Settings,
    tell: bool = True,
    moved: bool = False,
) -> list[events.Event]:
    """Move the booking along ``transition``; the events to publish once the caller commits.

    ``before``: the room-days the booking held before this call changed its room or time.
    ``tell=False``: the caller writes the notifications (a series step tells once for all).
    ``moved``: the caller gave the booking a new room or time (for the webhooks' messages).

    Every call changes the status (or, with ``extra_fields``, also the room or time), so it bumps
    ``Booking.sequence``, the iCalendar SEQUENCE of the booking's event in the calendar feeds."""
    from_status = booking.status
    booking.status = transition.target or from_status
    booking.status_changed_at = now()
    booking.sequence += 1
    await booking.save(
        using_db=conn,
        update_fields=["status", "status_changed_at", "sequence", *extra_fields],
    )
    await record(conn, booking, transition.action, from_status, actor, role, note)
    await record_step_change(conn, booking, actor, role, booking.status_changed_at, settings)
    await webhooks.booking_changed(
        conn, booking, transition.action, from_status, moved=moved, role=role, note=note
    )
    if not tell:
        return [events.booking_changed(booking, settings.tz, before)]
    told = await notify(
        conn,
        booking,
        actor,
        booking.status_changed_at,
        note,
        resubmitted=transition.action == Action.RESUBMIT,
        settings=settings,
    )
    return [
        events.booking_changed(booking, settings.tz, before),
        *events.notifications_created(told),
    ]


def request_fields(
    requester: User, room: Room, draft: BookingDraft, letter: StoredLetter
) -> dict[str, object]:
    """The columns a request shares as a booking and as a waitlist entry."""
    return {
        "requester": requester,
        "agency_id": requester.agency_id,
        "room": room,
        "starts_at": draft.starts_at,
        "ends_at": draft.ends_at,
        "title": draft.title,
        "purpose": draft.purpose,
        "participants": draft.participants,
        "letter_key": letter.key,
        "letter_content_type": letter.content_type,
        "letter_size": letter.size,
    }


async def insert_booking(
    conn: BaseDBAsyncClient,
    requester: User,
    room: Room,
    draft: BookingDraft,
    letter: StoredLetter,
    at: datetime,
    note: str | None = None,
    *,
    settings: Settings,
    series: BookingSeries | None = None,
    tell: bool = True,
) -> tuple[Booking, Sequence[Notification]]:
    """The shared submission path (SOP step 2) inside the caller's transaction, which holds the
    room lock: the SUBMITTED booking (the database refuses an overlap), its equipment lines, the
    history row, the step-3 clock starting at ``at`` and the officers' notifications.

    Used by :func:`submit`, by the waitlist's promotion (``note`` says where it came from) and for
    each occurrence of a series (``tell=False``: the series tells once for all)."""
    booking = await Booking.create(
        using_db=conn,
        series=series,
        **request_fields(requester, room, draft, letter),
        status=BookingStatus.SUBMITTED,
        status_changed_at=at,
        created_at=at,
    )
    if draft.equipment:
        await BookingEquipment.bulk_create(
            [
                BookingEquipment(
                    booking_id=booking.id,
                    equipment_id=line.equipment_id,
                    requested_quantity=line.quantity,
                )
                for line in draft.equipment
            ],
            using_db=conn,
        )
    await record(conn, booking, Action.SUBMIT, None, requester, Role.REQUESTER, note)
    await record_step_change(conn, booking, requester, Role.REQUESTER, at, settings, new=True)
    await webhooks.booking_changed(conn, booking, Action.SUBMIT, None, role=Role.REQUESTER)
    told = await notify(conn, booking, requester, at, room=room, settings=settings) if tell else []
    return booking, told
