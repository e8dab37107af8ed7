"""Utilisation report (read side) and the export link mutation; the link's route is
:func:`export_endpoint`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date, datetime
from typing import Annotated

import strawberry
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response, StreamingResponse

from api.base import BookingStatus, UserError, local
from api.common import typed
from api.context import Info
from api.ids import decode_id
from booking import exports, reports
from booking.errors import DomainError, ErrorCode
from booking.messages import render
from booking.settings import Settings

ReportGroup = strawberry.enum(reports.GroupBy, name="ReportGroup")
ExportKind = strawberry.enum(exports.ExportKind, name="ExportKind")
ExportFormat = strawberry.enum(exports.ExportFormat, name="ExportFormat")


@strawberry.type(description="A request outcome: how many requests of the period are in a status.")
class OutcomeCount:
    status: BookingStatus
    count: int


@strawberry.type(
    description="Utilisation of a room, building or agency over a period. Booked: approved "
    "(APPROVED, COMPLETED, REPORTED) or released as NO_SHOW; used: checked in."
)
class UtilisationRow:
    key: str = strawberry.field(description="Room code, building or agency code; '*': total.")
    name: str
    bookable_hours: float | None = strawberry.field(
        description="The rooms' bookable hours on the working days (null per agency)."
    )
    booked_hours: float
    used_hours: float
    utilisation: float | None = strawberry.field(description="Booked / bookable hours (0..1).")
    requests: int
    booked: int
    no_shows: int
    no_show_rate: float | None = strawberry.field(description="No-shows / booked (0..1).")
    cancellations: int
    cancellation_rate: float | None = strawberry.field(description="Cancelled / requests (0..1).")
    mean_lead_hours: float | None = strawberry.field(
        description="Mean hours between the request and the start."
    )
    outcomes: list[OutcomeCount]

    @classmethod
    def of(cls, r: reports.UtilisationRow) -> UtilisationRow:
        return cls(
            key=r.key,
            name=r.name,
            bookable_hours=r.bookable_hours,
            booked_hours=r.booked_hours,
            used_hours=r.used_hours,
            utilisation=r.utilisation,
            requests=r.requests,
            booked=r.booked,
            no_shows=r.no_shows,
            no_show_rate=r.no_show_rate,
            cancellations=r.cancellations,
            cancellation_rate=r.cancellation_rate,
            mean_lead_hours=r.mean_lead_hours,
            outcomes=[OutcomeCount(status=s, count=n) for s, n in sorted(r.outcomes.items())],
        )


@strawberry.type
class UtilisationReport:
    rows: list[UtilisationRow]
    total: UtilisationRow


@strawberry.type
class ReportQuery:
    @strawberry.field(
        description="SERVICE_HEAD, LEADERSHIP, ADMIN: utilisation per room, building or agency "
        "over the office-local days from..to (both included, at most 366). The service-level "
        "report of the same period is serviceLevelReport."
    )
    async def utilisation_report(
        self,
        info: Info,
        from_: Annotated[date, strawberry.argument(name="from")],
        to: date,
        group_by: ReportGroup = reports.GroupBy.ROOM,  # type: ignore[valid-type]
    ) -> UtilisationReport:
        user = info.context.require_user()
        if not reports.can_read_reports(user):
            raise DomainError(ErrorCode.FORBIDDEN)
        period = reports.Period(from_, to)
        rows = await reports.utilisation(period, group_by, info.context.settings)
        return UtilisationReport(
            rows=[UtilisationRow.of(r) for r in rows], total=UtilisationRow.of(reports.totals(rows))
        )


@strawberry.input(
    description="An export: the utilisation report (groupBy) or the booking list (statuses, "
    "roomId, agencyId) of the office-local days from..to."
)
class ExportInput:
    kind: ExportKind  # type: ignore[valid-type]
    format: ExportFormat  # type: ignore[valid-type]
    from_: date = strawberry.field(name="from")
    to: date
    group_by: ReportGroup = reports.GroupBy.ROOM  # type: ignore[valid-type]
    statuses: list[BookingStatus] = strawberry.field(default_factory=list)
    room_id: strawberry.ID | None = None
    agency_id: strawberry.ID | None = None
    lang: str | None = strawberry.field(
        default=None, description="'id' or 'en' headers; default: the request's language."
    )


@strawberry.type
class ExportPayload:
    url: str | None = strawberry.field(
        default=None,
        description="GET it within expiresAt, without a Bearer header (it names you): the file "
        "is streamed. For browsers and mobile downloaders.",
    )
    expires_at: datetime | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ReportMutation:
    @strawberry.mutation(description="A short-lived signed download link of an export.")
    async def create_export(self, info: Info, input: ExportInput) -> ExportPayload:
        async def action() -> ExportPayload:
            user = info.context.require_user()
            lang = input.lang or info.context.language
            if lang not in ("id", "en"):
                raise DomainError(ErrorCode.VALIDATION, field="lang")
            spec = exports.ExportSpec(
                kind=input.kind,
                format=input.format,
                first=input.from_,
                last=input.to,
                lang=lang,
                group_by=input.group_by,
                statuses=tuple(input.statuses),
                room_id=decode_id(input.room_id, "Room", "roomId") if input.room_id else None,
                agency_id=(
                    decode_id(input.agency_id, "Agency", "agencyId") if input.agency_id else None
                ),
            )
            token, expires = exports.sign(user, exports.check(user, spec), info.context.settings)
            url = f"{info.context.base_url}/exports/{token}"
            return ExportPayload(url=url, expires_at=local(expires))

        return await typed(info, action, lambda errors: ExportPayload(errors=errors))


def export_endpoint(settings: Settings) -> Callable[[Request], Awaitable[Response]]:
    async def export(request: Request) -> Response:
        """Stream the export a signed link names (404 when forged, expired or no longer allowed)."""
        try:
            user, spec = await exports.read(request.path_params["token"], settings)
        except DomainError as error:
            text = " / ".join(render(error, lang) for lang in ("id", "en"))
            return PlainTextResponse(text, status_code=404)
        headers = {
            "Content-Disposition": f'attachment; filename="{spec.name}"',
            "Cache-Control": "private, no-store",
            "Referrer-Policy": "no-referrer",
        }
        if spec.format == exports.ExportFormat.CSV:
            return StreamingResponse(
                exports.csv_stream(user, spec, settings),
                media_type=spec.media_type,
                headers=headers,
            )
        out = await exports.xlsx_file(exports.table(user, spec, settings))

        async def chunks() -> AsyncIterator[bytes]:
            while chunk := out.read(64 * 1024):
                yield chunk

        return StreamingResponse(
            chunks(),
            media_type=spec.media_type,
            headers=headers,
            background=BackgroundTask(out.close),
        )

    return export
