"""Documents for leadership (SOP step 10): the event report as a PDF, and a month's summary.

An event report's document is requested in the transaction that writes the report (and again when
one of its photos becomes ready afterwards): a PENDING :class:`ReportDocument` row, the outbox of
the rendering. Whichever worker runs (Celery's relay, or the embedded worker) claims it with a
lease and renders it. Rendering is idempotent: the content is gathered first and hashed; the same
content as last time is not rendered again, and the object key carries the hash, so a retried task
writes the same bytes to the same key at most.

The month's summary is rendered on demand and cached the same way (by the hash of its content).
The renderer (``storage/pdf.py``) is given plain content and the photos' bytes; the domain never
imports it.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F, Q

from booking.clock import now, to_utc
from booking.enums import BookingStatus, PhotoStatus, Role
from booking.errors import DomainError, ErrorCode
from booking.models import (
    Agency,
    Booking,
    BookingEvent,
    EventReport,
    Photo,
    ReportDocument,
    Room,
    User,
)
from booking.permissions import can_view_photos
from booking.ports import DocumentStore
from booking.service_levels import service_level_report
from booking.settings import Settings
from booking.workflow import STATES, STEPS

log = logging.getLogger("epesan.documents")

PENDING, READY, FAILED = "PENDING", "READY", "FAILED"
LEASE = timedelta(minutes=2)
PDF = "application/pdf"
#: The rendition of a photo placed in the document (a JPEG: every PDF reader shows it).
PHOTO_RENDITION = ("display", "jpeg")


@dataclass(frozen=True)
class PhotoRef:
    key: str
    width: int
    height: int


@dataclass(frozen=True)
class HistoryLine:
    at: str
    step: str
    actor: str
    note: str


@dataclass(frozen=True)
class EventReportContent:
    """Everything printed in an event report's document (texts already in its language)."""

    kind: Literal["event"]
    language: str
    reference: str
    title: str
    room: str
    building: str
    agency: str
    date: str
    time: str
    participants: int
    narrative: str
    reported_by: str
    reported_at: str
    photos: tuple[PhotoRef, ...] = ()
    history: tuple[HistoryLine, ...] = ()


@dataclass(frozen=True)
class AgencyLine:
    agency: str
    events: int
    reported: int
    participants: int


@dataclass(frozen=True)
class ServiceLine:
    step: int
    name: str
    count: int
    median_minutes: float
    p90_minutes: float
    within_share: float
    standard_minutes: int


@dataclass(frozen=True)
class MonthlyContent:
    kind: Literal["monthly"]
    language: str
    month: str  # e.g. "November 2026"
    events: int
    agencies: tuple[AgencyLine, ...] = ()
    service: tuple[ServiceLine, ...] = field(default_factory=tuple)


Content = EventReportContent | MonthlyContent
#: Content and the photos' bytes (by key) in, PDF bytes out. Runs in a thread.
PdfRenderer = Callable[[Content, Mapping[str, bytes]], bytes]

MONTHS_ID = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def content_hash(content: Content) -> str:
    text = json.dumps(asdict(content), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def event_subject(report_id: int) -> str:
    return f"event-report:{report_id}"


def monthly_subject(year: int, month: int) -> str:
    return f"monthly:{year:04d}-{month:02d}"


def object_key(subject: str, digest: str) -> str:
    kind, _, name = subject.partition(":")
    return f"documents/{kind}/{name}/{digest[:32]}.pdf"


# ---------------------------------------------------------------------------------------------
# the outbox of renderings


async def request(subject: str, conn: BaseDBAsyncClient | None = None) -> None:
    """(Re)render ``subject``'s document soon; on ``conn``, in the caller's transaction."""
    at = now()
    updated = (
        await ReportDocument.filter(subject=subject)
        .using_db(conn)
        .update(status=PENDING, next_attempt_at=at, attempts=0, requested_at=at)
    )
    if not updated:
        await ReportDocument.create(
            using_db=conn, subject=subject, status=PENDING, next_attempt_at=at, requested_at=at
        )


async def request_for_booking(booking_id: int) -> bool:
    """A photo of a reported booking became ready: its document is rendered again."""
    report = await EventReport.get_or_none(booking_id=booking_id)
    if report is None:
        return False
    await request(event_subject(report.id))
    return True


async def claim_due(limit: int = 50) -> list[int]:
    """Documents waiting to be rendered, each leased to the caller for a while."""
    moment = now()
    due = Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=moment)
    ids: list[int] = await (  # type: ignore[assignment]
        ReportDocument.filter(status=PENDING)
        .filter(due)
        .order_by("id")
        .limit(limit)
        .values_list("id", flat=True)
    )
    claimed = []
    for document_id in ids:
        taken = (
            await ReportDocument.filter(id=document_id, status=PENDING)
            .filter(due)
            .update(next_attempt_at=moment + LEASE, attempts=F("attempts") + 1)
        )
        if taken:
            claimed.append(document_id)
    return claimed


async def process(
    document_id: int, store: DocumentStore, render: PdfRenderer, settings: Settings
) -> str:
    """Render one PENDING document; the status afterwards (READY, PENDING for a retry, FAILED).
    A READY document is left alone: a retried task does nothing."""
    document = await ReportDocument.get_or_none(id=document_id)
    if document is None:
        return "GONE"
    if document.status != PENDING:
        return document.status
    try:
        content = await _content_of(document.subject, settings)
        if content is None:
            await ReportDocument.filter(id=document.id).update(
                status=FAILED, last_error="subject gone"
            )
            return FAILED
        await _render_and_store(document, content, store, render)
    except Exception as exc:
        log.exception("document %s: rendering failed (attempt %s)", document.id, document.attempts)
        final = document.attempts >= settings.photo_max_attempts
        await ReportDocument.filter(id=document.id, status=PENDING).update(
            status=FAILED if final else PENDING,
            last_error=str(exc)[:1000],
            next_attempt_at=now() + timedelta(seconds=10 * 2 ** max(0, document.attempts - 1)),
        )
        return FAILED if final else PENDING
    return READY


async def _render_and_store(
    document: ReportDocument, content: Content, store: DocumentStore, render: PdfRenderer
) -> bool:
    """Render ``content`` unless the stored document already has it; True when it rendered."""
    digest = content_hash(content)
    if document.content_hash == digest and document.key and await store.head(document.key):
        await ReportDocument.filter(id=document.id).update(status=READY, last_error=None)
        document.status = READY
        return False
    images = {}
    for photo in content.photos if isinstance(content, EventReportContent) else ():
        images[photo.key] = await store.get(photo.key)
    data = await asyncio.to_thread(render, content, images)
    key = object_key(document.subject, digest)
    await store.put(key, data, PDF)
    values = dict(status=READY, content_hash=digest, key=key, size=len(data), rendered_at=now())
    # Counted once per content even when two workers raced on it (same key, same bytes).
    counted = (
        await ReportDocument.filter(id=document.id)
        .filter(Q(content_hash__isnull=True) | ~Q(content_hash=digest))
        .update(**values, last_error=None, renders=F("renders") + 1)
    )
    if not counted:
        await ReportDocument.filter(id=document.id).update(status=READY, last_error=None)
    await document.refresh_from_db()
    return True


async def _content_of(subject: str, settings: Settings) -> Content | None:
    kind, _, name = subject.partition(":")
    if kind == "event-report":
        report = await EventReport.get_or_none(id=int(name))
        return await event_content(report, settings) if report else None
    if kind == "monthly":
        year, month = (int(part) for part in name.split("-"))
        return await monthly_content(year, month, settings)
    return None


# ---------------------------------------------------------------------------------------------
# the event report


def _name(user: User | None) -> str:
    return user.name if user is not None else "Sistem"


async def event_content(report: EventReport, settings: Settings) -> EventReportContent:
    tz = settings.tz
    booking = await Booking.get(id=report.booking_id)
    room = await Room.get(id=booking.room_id)
    agency = await Agency.get(id=booking.agency_id)
    photos = await Photo.filter(booking_id=booking.id, status=PhotoStatus.READY).order_by("id")
    refs = []
    for photo in photos:
        for rendition in photo.renditions:
            if (rendition["name"], rendition["format"]) == PHOTO_RENDITION:
                refs.append(
                    PhotoRef(
                        str(rendition["key"]),
                        int(rendition["width"]),  # type: ignore[call-overload]
                        int(rendition["height"]),  # type: ignore[call-overload]
                    )
                )
    events = await BookingEvent.filter(booking_id=booking.id).order_by("at", "id")
    actors = {u.id: u for u in await User.filter(id__in={e.actor_id for e in events if e.actor_id})}
    history = tuple(
        HistoryLine(
            at=f"{e.at.astimezone(tz):%d-%m-%Y %H:%M}",
            step=STATES[e.to_status].progress_id,
            actor=_name(actors.get(e.actor_id or 0)),
            note=e.note or "",
        )
        for e in events
    )
    reporter = await User.get_or_none(id=report.reported_by_id) if report.reported_by_id else None
    start, end = booking.starts_at.astimezone(tz), booking.ends_at.astimezone(tz)
    return EventReportContent(
        kind="event",
        language="id",
        reference=booking.reference,
        title=booking.title,
        room=room.name,
        building=room.building,
        agency=agency.name,
        date=f"{start.day} {MONTHS_ID[start.month - 1]} {start.year}",
        time=f"{start:%H:%M}-{end:%H:%M} WIB",
        participants=booking.participants,
        narrative=report.narrative,
        reported_by=_name(reporter),
        reported_at=f"{report.reported_at.astimezone(tz):%d-%m-%Y %H:%M} WIB",
        photos=tuple(refs),
        history=history,
    )


@dataclass(frozen=True)
class DocumentState:
    status: str
    url: str | None


def _state(
    document: ReportDocument | None, store: DocumentStore, settings: Settings, filename: str
) -> DocumentState | None:
    if document is None:
        return None
    url = None
    if document.key:  # while a new version renders, the previous one stays downloadable
        url = store.download_url(document.key, PDF, settings.download_url_seconds, filename)
    return DocumentState(document.status, url)


async def event_document(
    user: User, report: EventReport, store: DocumentStore, settings: Settings
) -> DocumentState | None:
    """The report's document for someone who may see the report: its status and, once rendered,
    a short-lived URL."""
    booking = await Booking.get(id=report.booking_id)
    if not can_view_photos(user, booking):
        raise DomainError(ErrorCode.NOT_FOUND, field="reportId")
    document = await ReportDocument.get_or_none(subject=event_subject(report.id))
    return _state(document, store, settings, f"laporan-{booking.reference}.pdf")


# ---------------------------------------------------------------------------------------------
# the month's summary

HELD = (BookingStatus.COMPLETED, BookingStatus.REPORTED)


def month_range(year: int, month: int, settings: Settings) -> tuple[datetime, datetime]:
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise DomainError(ErrorCode.VALIDATION, "bad_month", field="month")
    start = datetime(year, month, 1, tzinfo=settings.tz)
    end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=settings.tz)
    return start, end


async def monthly_content(year: int, month: int, settings: Settings) -> MonthlyContent:
    """Events held in the month (Asia/Jakarta), per agency, and the service levels of the steps
    completed in it."""
    start, end = month_range(year, month, settings)
    rows = await Booking.filter(
        status__in=HELD, starts_at__gte=to_utc(start), starts_at__lt=to_utc(end)
    ).values_list("agency_id", "status", "participants")
    events: Counter[int] = Counter()
    reported: Counter[int] = Counter()
    people: defaultdict[int, int] = defaultdict(int)
    for agency_id, status, participants in rows:
        events[agency_id] += 1
        reported[agency_id] += status == BookingStatus.REPORTED
        people[agency_id] += participants
    names = {a.id: a.name for a in await Agency.filter(id__in=list(events))}
    agencies = tuple(
        AgencyLine(names[a], events[a], reported[a], people[a])
        for a in sorted(events, key=lambda a: (-events[a], names[a]))
    )
    service = tuple(
        ServiceLine(
            s.step,
            STEPS[s.step].name_id,
            s.count,
            round(s.median_working_minutes, 1),
            round(s.p90_working_minutes, 1),
            round(s.within_standard_share, 3),
            s.standard_minutes,
        )
        for s in await service_level_report(start, end)
        if s.all_officers
    )
    return MonthlyContent(
        kind="monthly",
        language="id",
        month=f"{MONTHS_ID[month - 1]} {year}",
        events=len(rows),
        agencies=agencies,
        service=service,
    )


def can_read_monthly(user: User) -> bool:
    return user.has_role(Role.LEADERSHIP, Role.SERVICE_HEAD, Role.ADMIN)


async def monthly_document(
    user: User, year: int, month: int, store: DocumentStore, settings: Settings, refresh: bool
) -> DocumentState:
    """The month's summary: the cached document while its content is unchanged; otherwise (with
    ``refresh``) a new rendering is requested from the worker, and the previous version, if any,
    stays downloadable meanwhile."""
    if not can_read_monthly(user):
        raise DomainError(ErrorCode.FORBIDDEN)
    subject = monthly_subject(year, month)
    content = await monthly_content(year, month, settings)
    document = await ReportDocument.get_or_none(subject=subject)
    current = document is not None and document.content_hash == content_hash(content)
    if refresh and not current and (document is None or document.status != PENDING):
        await request(subject)
        document = await ReportDocument.get(subject=subject)
    state = _state(document, store, settings, f"ringkasan-{year:04d}-{month:02d}.pdf")
    return state or DocumentState("NONE", None)
