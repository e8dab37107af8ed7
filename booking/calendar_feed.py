"""iCalendar (RFC 5545) feeds of a room's or an agency's bookings, at a secret, rotatable link.

Who sees what: a feed link works for anyone who has it (calendar apps cannot log in), so

* a **room** feed shows each booking as "Terpakai / Booked" with the agency's name and the status
  only (the same as the availability view shows to everyone): no title, purpose or reference;
* an **agency** feed shows its own bookings in full (title, purpose, room, status, reference).

Events: UID ``booking-<id>@epesanruangan.jakarta.go.id`` (stable for the booking's life),
DTSTART/DTEND in Asia/Jakarta with its VTIMEZONE, SEQUENCE = ``Booking.sequence`` (bumped by every
change of status, room or time), STATUS TENTATIVE until approved, CONFIRMED once approved, and
CANCELLED for cancelled/rejected bookings (kept ``calendar_cancelled_days`` after their end so
subscribed calendars remove them). Window: ``calendar_past_days`` back to ``calendar_ahead_days``
ahead.

Tokens: ``secrets.token_urlsafe(32)`` (256 bits), shown once at rotation; only their SHA-256 is
stored, looked up by that hash (an index lookup on a hash of a random secret leaks nothing useful
through timing) and compared again with ``hmac.compare_digest``. Rotating replaces the hash: the
old link answers 404 at once. The row keeps who rotated it last and when, and how many times.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from icalendar import Calendar, Event
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from booking.clock import now
from booking.enums import BookingStatus
from booking.errors import DomainError, ErrorCode
from booking.models import Agency, Booking, CalendarFeed, Room, User
from booking.permissions import can_rotate_agency_calendar, can_rotate_room_calendar
from booking.settings import Settings
from booking.workflow import RELEASED_STATUSES, STATES

DOMAIN = "epesanruangan.jakarta.go.id"
PRODID = "-//Balai Kota DKI Jakarta//ePesanRuangan//ID"


@dataclass(frozen=True)
class Rotation:
    feed: CalendarFeed
    token: str  # shown once; only its hash is kept

    def url(self, base_url: str) -> str:
        """The feed's address under ``base_url`` (how the client reaches the API)."""
        return f"{base_url.rstrip('/')}/calendar/{self.token}.ics"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def rotate(
    user: User, *, room_id: int | None = None, agency_id: int | None = None
) -> Rotation:
    """Create the feed link of a room (ADMIN, SERVICE_HEAD, SERVICE_OFFICER) or an agency (its
    requesters, officers), or replace it: the previous link stops working."""
    if (room_id is None) == (agency_id is None):
        raise DomainError(ErrorCode.VALIDATION, "calendar_scope", field="roomId")
    if room_id is not None:
        if not can_rotate_room_calendar(user):
            raise DomainError(ErrorCode.FORBIDDEN)
        if not await Room.exists(id=room_id):
            raise DomainError(ErrorCode.NOT_FOUND, field="roomId")
        scope = {"room_id": room_id}
    else:
        assert agency_id is not None
        if not can_rotate_agency_calendar(user, agency_id):
            raise DomainError(ErrorCode.FORBIDDEN)
        if not await Agency.exists(id=agency_id):
            raise DomainError(ErrorCode.NOT_FOUND, field="agencyId")
        scope = {"agency_id": agency_id}
    token = secrets.token_urlsafe(32)
    at = now()
    async with in_transaction() as conn:
        feed = await CalendarFeed.filter(**scope).using_db(conn).select_for_update().first()
        if feed is None:
            feed = await CalendarFeed.create(
                using_db=conn, token_hash=_hash(token), rotated_at=at, rotated_by=user, **scope
            )
        else:
            feed.token_hash, feed.rotated_at, feed.rotated_by_id = _hash(token), at, user.id
            feed.rotations += 1
            await feed.save(
                using_db=conn,
                update_fields=["token_hash", "rotated_at", "rotated_by_id", "rotations"],
            )
    return Rotation(feed, token)


async def feed_for_token(token: str) -> CalendarFeed | None:
    if not token or len(token) > 128:
        return None
    digest = _hash(token)
    feed = await CalendarFeed.get_or_none(token_hash=digest)
    if feed is None or not hmac.compare_digest(feed.token_hash, digest):
        return None
    return feed


async def render_for_token(token: str, settings: Settings) -> bytes | None:
    """The feed a link names, as iCalendar bytes, or None (unknown or rotated link)."""
    feed = await feed_for_token(token)
    if feed is None:
        return None
    return await render(feed, settings)


def _window(settings: Settings, at: datetime) -> Q:
    ahead = at + timedelta(days=settings.calendar_ahead_days)
    holding = Q(
        status__not_in=list(RELEASED_STATUSES),
        ends_at__gte=at - timedelta(days=settings.calendar_past_days),
    )
    released = Q(
        status__in=list(RELEASED_STATUSES),
        ends_at__gte=at - timedelta(days=settings.calendar_cancelled_days),
    )
    return Q(holding | released, starts_at__lte=ahead)


async def render(feed: CalendarFeed, settings: Settings, at: datetime | None = None) -> bytes:
    at = at or now()
    qs = Booking.filter(_window(settings, at)).order_by("starts_at", "id")
    if feed.room_id is not None:
        room = await Room.get(id=feed.room_id)
        bookings = list(await qs.filter(room_id=room.id))
        rooms = {room.id: room}
        name = f"ePesanRuangan: {room.name}"
        scope = f"room-{room.id}"
    else:
        agency = await Agency.get(id=feed.agency_id)
        bookings = list(await qs.filter(agency_id=agency.id))
        rooms = {r.id: r for r in await Room.filter(id__in={b.room_id for b in bookings})}
        name = f"ePesanRuangan: {agency.name}"
        scope = f"agency-{agency.id}"
    agencies = {a.id: a for a in await Agency.filter(id__in={b.agency_id for b in bookings})}
    calendar = Calendar.new(
        prodid=PRODID,
        name=name,
        uid=f"calendar-{scope}@{DOMAIN}",
        refresh_interval=timedelta(minutes=15),
    )
    for booking in bookings:
        room = rooms[booking.room_id]
        agency_name = agencies[booking.agency_id].name
        calendar.add_component(
            _event(booking, room, agency_name, settings, full=feed.agency_id is not None)
        )
    calendar.add_missing_timezones(
        first_date=(at - timedelta(days=settings.calendar_past_days + 1)).date(),
        last_date=(at + timedelta(days=settings.calendar_ahead_days + 1)).date(),
    )
    return bytes(calendar.to_ical())


def ics_status(status: BookingStatus) -> str:
    return STATES[status].calendar_status


def _event(
    booking: Booking, room: Room, agency_name: str, settings: Settings, *, full: bool
) -> Event:
    tz = settings.tz
    location = f"{room.name}, {room.building} lt. {room.floor}, Balai Kota DKI Jakarta"
    status_text = STATES[booking.status].calendar_text
    if full:
        summary = booking.title
        description = "\n".join(
            (
                booking.purpose,
                "",
                f"Instansi / Agency: {agency_name}",
                f"Status: {status_text}",
                f"Peserta / Participants: {booking.participants}",
                f"Nomor / Reference: {booking.reference}",
            )
        )
    else:
        summary = f"Terpakai / Booked: {agency_name}"
        description = f"Instansi / Agency: {agency_name}\nStatus: {status_text}"
    event = Event.new(
        uid=f"booking-{booking.id}@{DOMAIN}",
        summary=summary,
        description=description,
        location=location,
        start=booking.starts_at.astimezone(tz),
        end=booking.ends_at.astimezone(tz),
        stamp=booking.status_changed_at,
        created=booking.created_at,
        last_modified=booking.status_changed_at,
        sequence=booking.sequence,
    )
    event.add("status", ics_status(booking.status))
    return event
