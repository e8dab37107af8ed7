"""Who may see and do what. Adapters call these predicates; they never repeat the checks."""

from __future__ import annotations

from dataclasses import dataclass

from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, BookingSeries, User, WaitlistEntry
from booking.workflow import (
    Action,
    Facts,
    Transition,
    acting_role,
    find_transition,
    roles_for,
)

#: Roles that see every booking in detail.
SEE_ALL = (
    Role.SERVICE_OFFICER,
    Role.SERVICE_HEAD,
    Role.EQUIPMENT_HEAD,
    Role.LEADERSHIP,
    Role.ADMIN,
)


def can_view_all_bookings(user: User) -> bool:
    return user.has_role(*SEE_ALL)


def can_view_booking(user: User, booking: Booking) -> bool:
    if can_view_all_bookings(user):
        return True
    return user.has_role(Role.REQUESTER) and booking.agency_id == user.agency_id


@dataclass(frozen=True)
class DayViewer:
    """Everything a day view shows differently from one viewer to another, from the rules here:
    viewers with equal values see the same day view (the API shares its rendering between them).
    Computed once per request instead of per busy slot."""

    sees_all: bool  # every booking in detail (can_view_all_bookings)
    agency_id: int | None  # else: a requester sees this agency's bookings in detail
    sees_block_reasons: bool  # can_view_leadership_blocks
    sees_check_in_codes: bool  # can_see_check_in_code

    def can_view(self, booking_agency_id: int) -> bool:
        """As :func:`can_view_booking` for a booking of that agency."""
        return self.sees_all or (self.agency_id is not None and booking_agency_id == self.agency_id)


def day_viewer(user: User) -> DayViewer:
    sees_all = can_view_all_bookings(user)
    requester = not sees_all and user.has_role(Role.REQUESTER) and user.agency_id is not None
    return DayViewer(
        sees_all=sees_all,
        agency_id=user.agency_id if requester else None,
        sees_block_reasons=can_view_leadership_blocks(user),
        sees_check_in_codes=can_see_check_in_code(user),
    )


def can_view_series(user: User, series: BookingSeries) -> bool:
    if can_view_all_bookings(user):
        return True
    return user.has_role(Role.REQUESTER) and series.agency_id == user.agency_id


#: Roles that run the room calendar: they may rotate a room's calendar feed link.
ROOM_CALENDAR_ROLES = (Role.SERVICE_OFFICER, Role.SERVICE_HEAD, Role.ADMIN)
#: Officers that act on requests (and so on waitlist entries of every agency).
OFFICERS = (Role.SERVICE_OFFICER, Role.SERVICE_HEAD)


def can_view_waitlist_entry(user: User, entry: WaitlistEntry) -> bool:
    """Officers (and every role that sees all bookings) see every entry; requesters their agency's."""
    if can_view_all_bookings(user):
        return True
    return user.has_role(Role.REQUESTER) and entry.agency_id == user.agency_id


def can_leave_waitlist(user: User, entry: WaitlistEntry) -> bool:
    """The requester's agency takes its entry off the list; an officer may too (with a reason)."""
    if user.has_role(*OFFICERS):
        return True
    return user.has_role(Role.REQUESTER) and entry.agency_id == user.agency_id


def can_rotate_room_calendar(user: User) -> bool:
    return user.has_role(*ROOM_CALENDAR_ROLES)


def can_rotate_agency_calendar(user: User, agency_id: int) -> bool:
    if user.has_role(*OFFICERS):
        return True
    return user.has_role(Role.REQUESTER) and user.agency_id == agency_id


#: Roles shown a booking's check-in code (they set up the rooms' display pages).
CHECK_IN_CODE_ROLES = (Role.SERVICE_OFFICER, Role.SERVICE_HEAD, Role.ADMIN)


def can_see_check_in_code(user: User) -> bool:
    return user.has_role(*CHECK_IN_CODE_ROLES)


def can_set_no_show_release(user: User) -> bool:
    """Turning a booking's no-show release off (or on): the service officers and ADMIN."""
    return user.has_role(Role.SERVICE_OFFICER, Role.ADMIN)


def can_submit(user: User) -> bool:
    return user.has_role(Role.REQUESTER) and user.agency_id is not None


def can_manage_resources(user: User) -> bool:
    return user.has_role(Role.ADMIN)


def can_manage_leadership_blocks(user: User) -> bool:
    """Sudden leadership events: the head of service blocks rooms."""
    return user.has_role(Role.SERVICE_HEAD)


def can_view_leadership_blocks(user: User) -> bool:
    """Blocks with their reasons; others see a blocked interval without its reason."""
    return can_view_all_bookings(user)


def can_set_room_rules(user: User) -> bool:
    return user.has_role(Role.ADMIN)


def can_fire(user: User, action: Action, booking: Booking, facts: Facts | None = None) -> bool:
    try:
        authorize(user, action, booking, facts)
    except DomainError:
        return False
    return True


def available_actions(user: User, booking: Booking, facts: Facts | None) -> list[Action]:
    """The verbs ``user`` may use on ``booking`` now; guards are evaluated when ``facts`` is
    given (see :func:`booking.core.listing_facts`), ignored otherwise."""
    actions = []
    for a in Action:
        transition = find_transition(a, booking.status, facts)
        if transition and not transition.series_only and can_fire(user, a, booking, facts):
            actions.append(a)
    return actions


def authorize(
    user: User, action: Action, booking: Booking, facts: Facts | None = None
) -> tuple[Transition, Role | None]:
    """The transition ``user`` fires with ``action`` on ``booking``, or a typed error.

    Order of checks: can the user see it (NOT_FOUND), may any of their roles fire the action at all
    (FORBIDDEN), does the booking's state allow it (INVALID_TRANSITION), and is the acting role
    scoped to the booking's agency (FORBIDDEN).
    """
    if not can_view_booking(user, booking):
        raise DomainError(ErrorCode.NOT_FOUND)
    if not (roles_for(action) & set(user.roles)):
        raise DomainError(ErrorCode.FORBIDDEN)
    transition = find_transition(action, booking.status, facts)
    if transition is None:
        raise DomainError(
            ErrorCode.INVALID_TRANSITION, action=action.value, status=booking.status.value
        )
    role = acting_role(transition, user.roles)
    if role is None:
        raise DomainError(ErrorCode.FORBIDDEN)
    if role == Role.REQUESTER and booking.agency_id != user.agency_id:
        raise DomainError(ErrorCode.FORBIDDEN)
    return transition, role


def can_manage_room_displays(user: User) -> bool:
    """Door-display links of rooms are made and revoked by ADMIN only."""
    return user.has_role(Role.ADMIN)


def can_read_event_reports(user: User) -> bool:
    """Event reports (step 10) and their photos are read by leadership and City Hall staff (the
    utilisation reports: :func:`booking.reports.can_read_reports`)."""
    return user.has_role(
        Role.LEADERSHIP, Role.SERVICE_HEAD, Role.SERVICE_OFFICER, Role.ADMIN, Role.EQUIPMENT_HEAD
    )


def can_view_photos(user: User, booking: Booking) -> bool:
    return can_view_booking(user, booking) or can_read_event_reports(user)
