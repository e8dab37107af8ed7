"""Agencies (SKPD/UKPD): create, rename, deactivate.

A rename reseals the live state of every room-day where the agency still holds a booking, so day
views (live subscribers included) show the new name at once; calendar feeds read the name when
they are fetched."""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from booking import events
from booking.admin import audit
from booking.admin.fields import clean_code, clean_text, reseal_held, unique
from booking.changes import write
from booking.enums import BookingStatus
from booking.errors import DomainError, ErrorCode
from booking.locks import take_sqlite_write_lock
from booking.models import Agency, Booking, User


def snapshot(agency: Agency) -> dict[str, object]:
    return {"code": agency.code, "name": agency.name, "is_active": agency.is_active}


async def create_agency(user: User, code: str, name: str) -> Agency:
    audit.require_admin(user)
    values = {"code": clean_code(code), "name": clean_text(name, "name", 200)}
    async with write() as conn:
        await unique(Agency, "code", values["code"], conn)
        agency = await Agency.create(using_db=conn, **values)
        after = snapshot(agency)
        await audit.record(conn, user, "AGENCY_CREATE", "AGENCY", agency.id, after=after)
    return agency


async def _locked(conn: BaseDBAsyncClient, agency_id: int) -> Agency:
    await take_sqlite_write_lock(conn, "agency", agency_id)
    agency = await Agency.filter(id=agency_id).using_db(conn).select_for_update().first()
    if agency is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="agencyId")
    return agency


async def rename_agency(user: User, agency_id: int, name: str) -> Agency:
    audit.require_admin(user)
    new_name = clean_text(name, "name", 200)
    async with write() as conn:
        agency = await _locked(conn, agency_id)
        if agency.name == new_name:
            raise DomainError(ErrorCode.CONFLICT, "unchanged", field="name")
        before = snapshot(agency)
        agency.name = new_name
        await agency.save(using_db=conn, update_fields=["name"])
        after = snapshot(agency)
        await audit.record(conn, user, "AGENCY_RENAME", "AGENCY", agency_id, before, after)
        changes = await reseal_held(conn, agency_id=agency_id)
    await events.publish(changes)
    return agency


#: A request still under way (not yet approved, nor final): decided by the officers as usual.
UNDER_WAY = [
    BookingStatus.SUBMITTED,
    BookingStatus.REVISION_REQUESTED,
    BookingStatus.EQUIPMENT_REVIEW,
    BookingStatus.AWAITING_REQUESTER,
    BookingStatus.VALIDATION,
    BookingStatus.SCHEDULING,
    BookingStatus.RESCHEDULE_REQUIRED,
]


async def deactivate_agency(user: User, agency_id: int) -> Agency:
    """No new users or requests for it (``AGENCY_INACTIVE``); its users, its requests under way
    and its bookings stay as they are (the officers decide the requests as usual; the audit entry
    lists them). Its waiting waitlist entries are not promoted."""
    audit.require_admin(user)
    async with write() as conn:
        agency = await _locked(conn, agency_id)
        if not agency.is_active:
            raise DomainError(ErrorCode.CONFLICT, "agency_inactive", field="agencyId")
        before = snapshot(agency)
        agency.is_active = False
        await agency.save(using_db=conn, update_fields=["is_active"])
        under_way = await (
            Booking.filter(agency_id=agency_id, status__in=UNDER_WAY)
            .using_db(conn)
            .order_by("id")
            .values_list("id", flat=True)
        )
        after = {**snapshot(agency), "requests_under_way": list(under_way)}
        await audit.record(conn, user, "AGENCY_DEACTIVATE", "AGENCY", agency_id, before, after)
    return agency


async def reactivate_agency(user: User, agency_id: int) -> Agency:
    """Back in service: new users and requests again; waiting waitlist entries can be promoted."""
    audit.require_admin(user)
    async with write() as conn:
        agency = await _locked(conn, agency_id)
        if agency.is_active:
            raise DomainError(ErrorCode.CONFLICT, "agency_active", field="agencyId")
        before = snapshot(agency)
        agency.is_active = True
        await agency.save(using_db=conn, update_fields=["is_active"])
        after = snapshot(agency)
        await audit.record(conn, user, "AGENCY_REACTIVATE", "AGENCY", agency_id, before, after)
    return agency
