"""Exports of the utilisation report and of a filtered booking list as CSV (UTF-8 with a BOM, so
Excel opens it) or XLSX (openpyxl, write-only), produced row by row (bookings are read in pages
of :data:`PAGE` by start and id, never all at once); Indonesian headers unless English is asked
for. On PostgreSQL the booking list's CSV is written by the database itself, the same bytes
(:func:`csv_stream`, booking/export_copy.py).

A client asks for an export with a GraphQL mutation (``createExport``) and is given a short-lived
signed link (:func:`sign`, :func:`read`): a GET of it streams the file without a Bearer header, so a
phone can hand it to its browser or downloader. The link names the user; the user's roles and
agency are checked again when it is opened."""

from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import io
import tempfile
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import IO, Any
from zoneinfo import ZoneInfo

import orjson
from openpyxl import Workbook
from tortoise.expressions import Q

from booking import export_copy, reports
from booking.clock import now
from booking.enums import BookingStatus
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, User, booking_reference
from booking.permissions import can_view_all_bookings
from booking.settings import Settings
from booking.workflow import STATES

PAGE = 2000
LINK_SECONDS = 300


class ExportKind(StrEnum):
    UTILISATION = "UTILISATION"
    BOOKINGS = "BOOKINGS"


class ExportFormat(StrEnum):
    CSV = "CSV"
    XLSX = "XLSX"


@dataclass(frozen=True)
class ExportSpec:
    """What to export; dates are office-local days, both included."""

    kind: ExportKind
    format: ExportFormat
    first: date
    last: date
    lang: str = "id"
    group_by: reports.GroupBy = reports.GroupBy.ROOM
    statuses: tuple[BookingStatus, ...] = ()
    room_id: int | None = None
    agency_id: int | None = None
    filename: str = field(default="", compare=False)

    @property
    def name(self) -> str:
        what = "utilisasi" if self.kind == ExportKind.UTILISATION else "pemesanan"
        return f"{what}-{self.first:%Y%m%d}-{self.last:%Y%m%d}.{self.format.value.lower()}"

    @property
    def media_type(self) -> str:
        if self.format == ExportFormat.CSV:
            return "text/csv; charset=utf-8"
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def check(user: User, spec: ExportSpec) -> ExportSpec:
    """Who may export what: the utilisation report as the report itself; the booking list for the
    reports' readers (every agency) or a requester (their agency's only)."""
    reports.Period(spec.first, spec.last).check()
    if spec.kind == ExportKind.UTILISATION and not reports.can_read_reports(user):
        raise DomainError(ErrorCode.FORBIDDEN)
    if spec.kind == ExportKind.BOOKINGS and not (
        reports.can_read_reports(user) or user.agency_id is not None
    ):
        raise DomainError(ErrorCode.FORBIDDEN)
    return spec


# -- signed links -------------------------------------------------------------------------------


def _mac(payload: bytes, secret: str) -> str:
    digest = hmac.new(secret.encode(), b"export:" + payload, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def sign(user: User, spec: ExportSpec, settings: Settings) -> tuple[str, datetime]:
    expires = now() + timedelta(seconds=LINK_SECONDS)
    body = {**asdict(spec), "user": user.id, "exp": int(expires.timestamp())}
    payload = base64.urlsafe_b64encode(orjson.dumps(body)).decode().rstrip("=")
    return f"{payload}.{_mac(payload.encode(), settings.secret_key)}", expires


async def read(token: str, settings: Settings) -> tuple[User, ExportSpec]:
    """The user and the export a link names; NOT_FOUND when forged, malformed or expired."""
    payload, _, mac = token.partition(".")
    if not payload or not hmac.compare_digest(mac, _mac(payload.encode(), settings.secret_key)):
        raise DomainError(ErrorCode.NOT_FOUND, "export_link")
    body = orjson.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    if body["exp"] < now().timestamp():
        raise DomainError(ErrorCode.NOT_FOUND, "export_link")
    user = await User.get_or_none(id=body["user"], is_active=True)
    if user is None:
        raise DomainError(ErrorCode.NOT_FOUND, "export_link")
    spec = ExportSpec(
        kind=ExportKind(body["kind"]),
        format=ExportFormat(body["format"]),
        first=date.fromisoformat(body["first"]),
        last=date.fromisoformat(body["last"]),
        lang=body["lang"],
        group_by=reports.GroupBy(body["group_by"]),
        statuses=tuple(BookingStatus(s) for s in body["statuses"]),
        room_id=body["room_id"],
        agency_id=body["agency_id"],
    )
    return user, check(user, spec)


# -- tables ---------------------------------------------------------------------------------------

UTILISATION_HEADERS = (
    ("Kode", "Key"),
    ("Nama", "Name"),
    ("Jam tersedia", "Bookable hours"),
    ("Jam dipesan", "Booked hours"),
    ("Jam dipakai", "Used hours"),
    ("Utilisasi (%)", "Utilisation (%)"),
    ("Permohonan", "Requests"),
    ("Dipesan", "Booked"),
    ("Tidak hadir", "No-shows"),
    ("Tingkat tidak hadir (%)", "No-show rate (%)"),
    ("Dibatalkan", "Cancelled"),
    ("Tingkat pembatalan (%)", "Cancellation rate (%)"),
    ("Rata-rata jeda pemesanan (jam)", "Mean lead time (hours)"),
)
BOOKING_HEADERS = (
    ("Nomor", "Reference"),
    ("Judul", "Title"),
    ("Instansi", "Agency"),
    ("Ruangan", "Room"),
    ("Gedung", "Building"),
    ("Mulai", "Starts"),
    ("Selesai", "Ends"),
    ("Peserta", "Participants"),
    ("Status", "Status"),
    ("Diajukan", "Requested"),
    ("Check-in", "Checked in"),
)


def headers(columns: Sequence[tuple[str, str]], lang: str, extra: Iterable[str] = ()) -> list[str]:
    english = lang == "en"
    return [en if english else id_ for id_, en in columns] + list(extra)


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def status_name(status: BookingStatus, lang: str) -> str:
    state = STATES[status]
    return state.name_en if lang == "en" else state.name_id


async def utilisation_table(spec: ExportSpec, settings: Settings) -> AsyncIterator[list[Any]]:
    rows = await reports.utilisation(reports.Period(spec.first, spec.last), spec.group_by, settings)
    statuses = list(STATES)
    yield headers(UTILISATION_HEADERS, spec.lang, (status_name(s, spec.lang) for s in statuses))
    for row in [*rows, reports.totals(rows)]:
        yield [
            row.key,
            row.name,
            _round(row.bookable_hours),
            _round(row.booked_hours),
            _round(row.used_hours),
            _pct(row.utilisation),
            row.requests,
            row.booked,
            row.no_shows,
            _pct(row.no_show_rate),
            row.cancellations,
            _pct(row.cancellation_rate),
            _round(row.mean_lead_hours),
            *(row.outcomes.get(s, 0) for s in statuses),
        ]


BOOKING_COLUMNS = (
    "id",
    "created_at",
    "title",
    "agency__name",
    "room__name",
    "room__building",
    "starts_at",
    "ends_at",
    "participants",
    "status",
    "checked_in_at",
)


@dataclass(frozen=True)
class BookingFilter:
    """Which bookings the booking list holds: starting within ``start``..``end`` (the period's
    bounds, end excluded), of one agency when ``agency_only`` is set (a requester's own), of the
    statuses (none: all), of the room and of the agency asked for (None: any)."""

    start: datetime
    end: datetime
    agency_only: int | None
    statuses: tuple[BookingStatus, ...]
    room_id: int | None
    agency_id: int | None

    @classmethod
    def of(cls, user: User, spec: ExportSpec, settings: Settings) -> BookingFilter:
        start, end = reports.Period(spec.first, spec.last).bounds(settings)
        return cls(
            # in UTC: SQLite compares the stored UTC texts with the bound's text as given
            start=start.astimezone(UTC),
            end=end.astimezone(UTC),
            agency_only=None if can_view_all_bookings(user) else (user.agency_id or 0),
            statuses=spec.statuses,
            room_id=spec.room_id or None,
            agency_id=spec.agency_id or None,
        )


async def booking_table(
    user: User, spec: ExportSpec, settings: Settings
) -> AsyncIterator[list[Any]]:
    """The booking list, by start then id, within the period (any database; on PostgreSQL
    :func:`csv_stream` has the database write the CSV itself: booking/export_copy.py)."""
    which = BookingFilter.of(user, spec, settings)
    qs = Booking.filter(starts_at__gte=which.start, starts_at__lt=which.end)
    if which.agency_only is not None:
        qs = qs.filter(agency_id=which.agency_only)
    if which.statuses:
        qs = qs.filter(status__in=list(which.statuses))
    if which.room_id:
        qs = qs.filter(room_id=which.room_id)
    if which.agency_id:
        qs = qs.filter(agency_id=which.agency_id)
    tz = settings.tz
    yield headers(BOOKING_HEADERS, spec.lang)
    after: Q | None = None
    while True:
        # keyset pages in (starts_at, id) order: each page is an index range scan of PAGE rows,
        # not a scan of the whole period (an id cursor over a time range re-reads it every page)
        page_qs = qs.filter(after) if after is not None else qs
        page = await page_qs.order_by("starts_at", "id").limit(PAGE).values_list(*BOOKING_COLUMNS)
        for row in page:
            yield _booking_row(row, spec.lang, tz)
        if len(page) < PAGE:
            return
        last_id, last_start = page[-1][0], page[-1][6]
        after = Q(starts_at__gt=last_start) | Q(starts_at=last_start, id__gt=last_id)


def _booking_row(row: tuple[Any, ...], lang: str, tz: ZoneInfo) -> list[Any]:
    created, checked = row[1], row[10]
    return [
        booking_reference(row[0], created),
        row[2],
        row[3],
        row[4],
        row[5],
        f"{row[6].astimezone(tz):%Y-%m-%d %H:%M}",
        f"{row[7].astimezone(tz):%Y-%m-%d %H:%M}",
        row[8],
        status_name(BookingStatus(row[9]), lang),
        f"{created.astimezone(tz):%Y-%m-%d %H:%M}",
        f"{checked.astimezone(tz):%Y-%m-%d %H:%M}" if checked else "",
    ]


def status_names(lang: str) -> dict[str, str]:
    """Every status's name in ``lang``, by its stored value."""
    return {status.value: status_name(status, lang) for status in STATES}


def table(user: User, spec: ExportSpec, settings: Settings) -> AsyncIterator[list[Any]]:
    if spec.kind == ExportKind.UTILISATION:
        return utilisation_table(spec, settings)
    return booking_table(user, spec, settings)


# -- encodings ------------------------------------------------------------------------------------


async def csv_chunks(
    rows: AsyncIterator[list[Any]], rows_per_chunk: int = 500
) -> AsyncIterator[bytes]:
    """UTF-8 with a BOM, CRLF line ends (RFC 4180), a chunk every ``rows_per_chunk`` rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    yield "\ufeff".encode()
    count = 0
    async for row in rows:
        writer.writerow("" if v is None else v for v in row)
        count += 1
        if count % rows_per_chunk == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


def csv_stream(
    user: User, spec: ExportSpec, settings: Settings, fast: bool = True
) -> AsyncIterator[bytes]:
    """The export as CSV chunks. The booking list on PostgreSQL is written by the database
    (booking/export_copy.py, the same bytes); otherwise rows from :func:`table`.
    ``fast=False``: always the generic path."""
    if fast and spec.kind == ExportKind.BOOKINGS and export_copy.available():
        return _copied_booking_csv(user, spec, settings)
    return csv_chunks(table(user, spec, settings))


async def _copied_booking_csv(
    user: User, spec: ExportSpec, settings: Settings
) -> AsyncIterator[bytes]:
    query, args = export_copy.booking_list_query(
        BookingFilter.of(user, spec, settings), status_names(spec.lang), settings.office_timezone
    )
    buffer = io.StringIO()
    csv.writer(buffer).writerow(headers(BOOKING_HEADERS, spec.lang))
    yield "\ufeff".encode() + buffer.getvalue().encode()
    async for chunk in export_copy.copy_csv(query, args, settings.export_statement_timeout_seconds):
        yield chunk


async def xlsx_file(rows: AsyncIterator[list[Any]]) -> IO[bytes]:
    """A write-only workbook (rows go to a temporary file as they come), rewound for reading."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    async for row in rows:
        sheet.append(row)
    out = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 (the caller closes it)
    workbook.save(out)
    out.seek(0)
    return out
