"""Room display links: a tablet beside a room's door shows what the room is doing, with no login.

ADMIN makes a link per room (as many as there are doors), lists a room's links and revokes them.
The token (``secrets.token_urlsafe(32)``, 256 bits) is shown once; only its SHA-256 is stored and
looked up, then compared again with ``hmac.compare_digest``. A revoked link keeps its row (who
revoked it, when) and answers ``DISPLAY_LINK_REVOKED``; an unknown one ``NOT_FOUND``.

What a display shows is what a door sign shows, nothing more: the room's name and code, the
current and next events of today (title and agency of approved bookings; a request not yet
approved shows as "tentative" with its agency only, as the day view shows it to every agency;
a leadership event shows without its reason), when the room is free until, and today's schedule;
and the check-in code of the booking in progress (or the next one, once its check-in has opened)
while nobody has checked in, for a phone to scan (:mod:`booking.check_in`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from booking import availability
from booking.clock import now
from booking.enums import BookingStatus
from booking.errors import DomainError, ErrorCode
from booking.models import Room, RoomDisplayLink, User
from booking.permissions import can_manage_room_displays
from booking.workflow import CHECK_IN_OPENS

MAX_LABEL = 100
MAX_TOKEN = 128
#: Bookings a display names (title and agency): the schedule is set (SOP step 8) or done.
CONFIRMED = frozenset({BookingStatus.APPROVED, BookingStatus.COMPLETED, BookingStatus.REPORTED})
#: Displaced by a leadership event: the block is what happens in the room, not the booking.
NOT_SHOWN = frozenset({BookingStatus.RESCHEDULE_REQUIRED})
#: Upcoming entries of today a display lists after the current one.
NEXT_COUNT = 3


class EntryKind(StrEnum):
    BOOKING = "BOOKING"
    LEADERSHIP_EVENT = "LEADERSHIP_EVENT"


@dataclass(frozen=True)
class Created:
    link: RoomDisplayLink
    token: str  # shown once; only its hash is kept

    def path(self) -> str:
        """The web app's page for this link (under the address clients reach the service at)."""
        return f"/display/{self.token}"


@dataclass(frozen=True)
class Entry:
    """One thing on a room's schedule, as a door sign shows it."""

    kind: EntryKind
    starts_at: datetime
    ends_at: datetime
    confirmed: bool
    title: str | None  # approved bookings only
    agency_name: str | None  # bookings only
    booking_id: int | None = None  # not shown: the check-in code is made from it
    # an approved booking nobody checked in to yet: its code is shown while check-in is open
    awaits_check_in: bool = False


@dataclass(frozen=True)
class Display:
    room: Room
    day: date
    at: datetime
    opens_at: datetime  # bookable hours of the day
    closes_at: datetime
    schedule: list[Entry]

    @property
    def is_open(self) -> bool:
        return self.opens_at <= self.at < self.closes_at

    @property
    def current(self) -> Entry | None:
        return next((e for e in self.schedule if e.starts_at <= self.at < e.ends_at), None)

    @property
    def upcoming(self) -> list[Entry]:
        return [e for e in self.schedule if e.starts_at > self.at][:NEXT_COUNT]

    @property
    def check_in_entry(self) -> Entry | None:
        """The booking whose check-in code the display shows: the one in progress, else the next
        whose check-in has opened (15 minutes before its start), if nobody checked in yet."""
        current = self.current
        candidates = [current] if current is not None else []
        candidates += [e for e in self.upcoming[:1] if e.starts_at - CHECK_IN_OPENS <= self.at]
        return next((e for e in candidates if e.awaits_check_in and e.booking_id), None)

    @property
    def free_until(self) -> datetime | None:
        """Free now: until the next entry or the end of today's bookable hours. Busy or closed:
        None."""
        if self.current is not None or not self.is_open:
            return None
        following = self.upcoming
        return min(following[0].starts_at, self.closes_at) if following else self.closes_at


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _require_admin(user: User) -> None:
    if not can_manage_room_displays(user):
        raise DomainError(ErrorCode.FORBIDDEN)


async def create_link(user: User, room_id: int, label: str = "") -> Created:
    _require_admin(user)
    label = label.strip()
    if len(label) > MAX_LABEL:
        raise DomainError(ErrorCode.VALIDATION, "display_label", field="label", max=MAX_LABEL)
    if not await Room.exists(id=room_id):
        raise DomainError(ErrorCode.NOT_FOUND, field="roomId")
    token = secrets.token_urlsafe(32)
    link = await RoomDisplayLink.create(
        room_id=room_id, token_hash=_hash(token), label=label, created_at=now(), created_by=user
    )
    return Created(link, token)


async def links_of_room(user: User, room_id: int) -> list[RoomDisplayLink]:
    """A room's links, newest first, revoked ones included (their audit)."""
    _require_admin(user)
    return await RoomDisplayLink.filter(room_id=room_id).order_by("-created_at", "-id")


async def revoke_link(user: User, link_id: int) -> RoomDisplayLink:
    """Kill a link at once (revoking twice changes nothing)."""
    _require_admin(user)
    link = await RoomDisplayLink.get_or_none(id=link_id)
    if link is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="linkId")
    if link.revoked_at is None:
        updated = await RoomDisplayLink.filter(id=link_id, revoked_at__isnull=True).update(
            revoked_at=now(), revoked_by_id=user.id
        )
        if updated:
            await link.refresh_from_db()
    return link


async def link_for_token(token: str) -> RoomDisplayLink:
    """The live link of a token, or a typed error (unknown: NOT_FOUND; revoked)."""
    digest = _hash(token) if token and len(token) <= MAX_TOKEN else ""
    link = await RoomDisplayLink.get_or_none(token_hash=digest) if digest else None
    if link is None or not hmac.compare_digest(link.token_hash, digest):
        raise DomainError(ErrorCode.NOT_FOUND, "display_link_unknown", field="token")
    if link.revoked_at is not None:
        raise DomainError(ErrorCode.DISPLAY_LINK_REVOKED, field="token")
    return link


async def display(link: RoomDisplayLink, tz: ZoneInfo, at: datetime | None = None) -> Display:
    """What the room's door sign shows at ``at`` (now): today's schedule in office time."""
    at = at or now()
    day = at.astimezone(tz).date()
    found = await availability.room_days(day, tz, [link.room_id])
    if not found:  # the room was deactivated: an empty, closed day
        room = await Room.get(id=link.room_id)
        return Display(room, day, at, at, at, [])
    [room_day] = found
    entries = [
        Entry(
            EntryKind.BOOKING,
            b.starts_at,
            b.ends_at,
            confirmed=b.status in CONFIRMED,
            title=b.title if b.status in CONFIRMED else None,
            agency_name=room_day.agency_names.get(b.agency_id),
            booking_id=b.id,
            awaits_check_in=b.status == BookingStatus.APPROVED and b.checked_in_at is None,
        )
        for b in room_day.busy
        if b.status not in NOT_SHOWN
    ] + [
        Entry(EntryKind.LEADERSHIP_EVENT, k.starts_at, k.ends_at, True, None, None)
        for k in room_day.blocks
    ]
    entries.sort(key=lambda e: (e.starts_at, e.ends_at))
    opens, closes = room_day.window
    return Display(room_day.room, day, at, opens, closes, entries)
