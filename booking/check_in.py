"""Check-in and the no-show release.

An approved booking is checked in from 15 minutes before its start until its end: by the
requester's agency (web app, phone), by an officer, or by the code the room's display page shows
(:func:`check_in_by_code`). A room may ask for it: ``Room.no_show_grace_minutes`` (default 15;
None: never). A booking nobody checked in to within that grace period after its start is released
as NO_SHOW by the periodic job (:func:`release_no_shows`, ``tasks.work.PERIODIC``): a recorded
system transition that frees the rest of the slot at once (the room-day sealed for live
subscribers, the waitlist promoted) and tells the requester. Leadership blocks are not bookings
and are never released; a booking not longer than the grace period needs no check-in (nothing
would be left to free).

The check-in code (:func:`check_in_code`) is per booking and needs no storage: the booking's id
and an HMAC of it under the service's secret key, e.g. ``123-K7QH2M4A``. The API shows it to the
officers (``Booking.checkInCode``) and the room's display page shows the code of the booking in
progress or next; scanning it checks in as the logged-in user, whose role and agency are
checked as for any check-in: the code proves presence in the room, not permission.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import datetime, timedelta

from tortoise.functions import Count
from tortoise.transactions import in_transaction

from booking import steps
from booking.admin import audit
from booking.clock import now
from booking.core import fire, fire_system
from booking.enums import BookingStatus
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, Room, User
from booking.permissions import can_set_no_show_release
from booking.settings import get_settings
from booking.workflow import HOLDING_STATUSES, Action

CODE_SIGNATURE_CHARS = 8


def grace_period(booking: Booking, room: Room) -> timedelta | None:
    """How long after its start a booking may stay unchecked-in; None: it needs no check-in (the
    room asks for none, an officer turned the release off for this booking, or the booking does
    not outlast the grace period)."""
    minutes = room.no_show_grace_minutes
    if minutes is None or minutes <= 0 or not booking.no_show_release:
        return None
    grace = timedelta(minutes=minutes)
    return grace if booking.ends_at - booking.starts_at > grace else None


def no_show_due(booking: Booking, room: Room, at: datetime) -> bool:
    """Nobody checked in, the grace period is over and some of the slot is left to free."""
    grace = grace_period(booking, room)
    return (
        grace is not None
        and booking.checked_in_at is None
        and booking.starts_at + grace <= at < booking.ends_at
    )


def _signature(booking_id: int, secret: str) -> str:
    digest = hmac.new(secret.encode(), f"check-in:{booking_id}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest).decode()[:CODE_SIGNATURE_CHARS]


def check_in_code(booking_id: int) -> str:
    """The code the room's display shows for this booking (stable, unguessable without the key)."""
    return f"{booking_id}-{_signature(booking_id, get_settings().secret_key)}"


def booking_of_code(code: str) -> int:
    """The booking a check-in code names; NOT_FOUND for anything else (malformed, forged)."""
    number, _, signature = (code or "").strip().upper().partition("-")
    if not number.isdigit() or len(number) > 9 or len(signature) != CODE_SIGNATURE_CHARS:
        raise DomainError(ErrorCode.NOT_FOUND, "bad_check_in_code", field="code")
    booking_id = int(number)
    expected = _signature(booking_id, get_settings().secret_key)
    if not hmac.compare_digest(signature, expected):
        raise DomainError(ErrorCode.NOT_FOUND, "bad_check_in_code", field="code")
    return booking_id


async def check_in(user: User, booking_id: int) -> Booking:
    return await fire(user, booking_id, steps.checking_in())


async def check_in_by_code(user: User, code: str) -> Booking:
    return await fire(user, booking_of_code(code), steps.checking_in(by_code=True))


async def release_no_shows(limit: int = 500) -> list[int]:
    """System: release every approved booking nobody checked in to within its room's grace
    period. Idempotent, and safe with several workers at once (each booking is released once)."""
    at = now()
    candidates = (
        await Booking.filter(
            status=BookingStatus.APPROVED,
            checked_in_at__isnull=True,
            no_show_release=True,
            starts_at__lte=at,
            ends_at__gt=at,
            room__no_show_grace_minutes__isnull=False,
        )
        .order_by("starts_at")
        .limit(limit)
        .select_related("room")
    )
    due = [b.id for b in candidates if no_show_due(b, b.room, at)]
    return [i for i in due if await fire_system(i, Action.RELEASE_NO_SHOW, _due_now)]


def _due_now(booking: Booking, room: Room) -> bool:
    return no_show_due(booking, room, now())


async def no_show_counts(agency_ids: list[int]) -> dict[int, int]:
    """How many bookings of each agency were released as no-shows (agencies with none left out)."""
    if not agency_ids:
        return {}
    rows = (
        await Booking.filter(agency_id__in=agency_ids, status=BookingStatus.NO_SHOW)
        .annotate(count=Count("id"))
        .group_by("agency_id")
        .values_list("agency_id", "count")
    )
    return {agency_id: count for agency_id, count in rows}


async def set_no_show_release(user: User, booking_id: int, release: bool) -> Booking:
    """Turn the no-show release of one booking off (or on again): SERVICE_OFFICER or ADMIN, on a
    booking that still holds its slot and has not ended. Audited (entity BOOKING)."""
    if not can_set_no_show_release(user):
        raise DomainError(ErrorCode.FORBIDDEN)
    async with in_transaction() as conn:
        booking = await Booking.filter(id=booking_id).using_db(conn).select_for_update().first()
        if booking is None:
            raise DomainError(ErrorCode.NOT_FOUND, field="bookingId")
        if booking.status not in HOLDING_STATUSES or booking.ends_at <= now():
            raise DomainError(
                ErrorCode.INVALID_TRANSITION, action="SET_NO_SHOW_RELEASE", status=booking.status
            )
        if booking.no_show_release == release:
            raise DomainError(ErrorCode.CONFLICT, "unchanged", field="release")
        booking.no_show_release = release
        await booking.save(using_db=conn, update_fields=["no_show_release"])
        await audit.record(
            conn,
            user,
            "BOOKING_NO_SHOW_RELEASE",
            "BOOKING",
            booking.id,
            {"no_show_release": not release},
            {"no_show_release": release},
        )
    return booking
