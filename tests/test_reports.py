"""Utilisation reports (booking.reports) and their exports (booking.exports, the signed link's
route through a real server): exact figures per room, building and agency on both databases;
who may read them; CSV with a BOM and Indonesian headers, English on request, XLSX that opens;
a forged or expired link is a 404; a requester's booking list holds their agency's only."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta

import httpx
import pytest
from openpyxl import load_workbook

from booking import exports, reports
from booking.enums import BookingStatus as S
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, Room, User
from booking.settings import Settings
from tests.conftest import JAKARTA
from tests.server import execute
from tests.test_api import gid, login, server  # noqa: F401 (the session's server fixture)

MONDAY = date(2026, 12, 7)  # a working week without public holidays
FRIDAY = date(2026, 12, 11)


async def _book(user: User, room: Room, day: date, hour: int, hours: int, status: S, **kw) -> None:
    start = datetime.combine(day, time(hour), tzinfo=JAKARTA)
    await Booking.create(
        requester=user,
        agency_id=user.agency_id,
        room=room,
        starts_at=start,
        ends_at=start + timedelta(hours=hours),
        title="Rapat",
        purpose="Rapat",
        participants=10,
        status=status,
        status_changed_at=start,
        created_at=start - timedelta(hours=48),
        **kw,
    )


@pytest.fixture
async def week(create_user, create_room):
    """Blok G: rooms G1 (4 requests) and G2 (2); Blok H: H1 (none). Agency a books G1, b G2."""
    g1 = await create_room(code="G1", building="Blok G")  # 07:00-18:00: 11 h a day
    g2 = await create_room(code="G2", building="Blok G")
    await create_room(code="H1", building="Blok H")
    a, b = await create_user(Role.REQUESTER), await create_user(Role.REQUESTER)
    checked = datetime.combine(MONDAY, time(8, 50), tzinfo=JAKARTA)
    await _book(a, g1, MONDAY, 9, 2, S.APPROVED, checked_in_at=checked)
    await _book(a, g1, MONDAY, 13, 1, S.COMPLETED)
    await _book(a, g1, FRIDAY, 9, 2, S.NO_SHOW)
    await _book(a, g1, FRIDAY, 9, 1, S.CANCELLED)
    await _book(b, g2, MONDAY, 9, 3, S.REPORTED, checked_in_at=checked)
    await _book(b, g2, FRIDAY, 9, 1, S.SUBMITTED)
    await _book(b, g2, FRIDAY + timedelta(days=3), 9, 1, S.APPROVED)  # after the period
    return a, b


async def test_utilisation_per_room_building_and_agency(week, settings: Settings):
    a, b = week
    period = reports.Period(MONDAY, FRIDAY)
    rows = {r.key: r for r in await reports.utilisation(period, reports.GroupBy.ROOM, settings)}
    g1 = rows["G1"]
    assert (g1.bookable_hours, g1.booked_hours, g1.used_hours) == (55.0, 5.0, 2.0)
    assert (g1.requests, g1.booked, g1.no_shows, g1.cancellations) == (4, 3, 1, 1)
    assert g1.no_show_rate == pytest.approx(1 / 3) and g1.cancellation_rate == 0.25
    assert g1.mean_lead_hours == pytest.approx(48.0)
    assert g1.utilisation == pytest.approx(5 / 55)
    assert g1.outcomes == {S.APPROVED: 1, S.COMPLETED: 1, S.NO_SHOW: 1, S.CANCELLED: 1}
    assert rows["H1"].requests == 0 and rows["H1"].bookable_hours == 55.0

    buildings = {
        r.key: r for r in await reports.utilisation(period, reports.GroupBy.BUILDING, settings)
    }
    assert set(buildings) >= {"Blok G", "Blok H"}
    g = buildings["Blok G"]
    assert (g.bookable_hours, g.booked_hours, g.used_hours, g.requests) == (110.0, 8.0, 5.0, 6)

    agencies = await reports.utilisation(period, reports.GroupBy.AGENCY, settings)
    by_agency = {r.key: r for r in agencies}
    assert len(agencies) == 2 and all(r.bookable_hours is None for r in agencies)
    assert by_agency[(await a.agency).code].booked_hours == 5.0
    assert by_agency[(await b.agency).code].requests == 2
    total = reports.totals(agencies)
    assert (total.requests, total.booked_hours, total.bookable_hours) == (6, 8.0, None)


async def test_a_period_must_be_in_order_and_at_most_a_year(settings: Settings):
    for first, last in ((FRIDAY, MONDAY), (MONDAY, MONDAY + timedelta(days=400))):
        with pytest.raises(DomainError) as caught:
            await reports.utilisation(reports.Period(first, last), reports.GroupBy.ROOM, settings)
        assert caught.value.code == ErrorCode.VALIDATION


REPORT = """query($from: Date!, $to: Date!, $by: ReportGroup!) {
  utilisationReport(from: $from, to: $to, groupBy: $by) {
    rows { key bookableHours bookedHours usedHours noShows noShowRate outcomes { status count } }
    total { requests bookedHours }
  } }"""
EXPORT = """mutation($input: ExportInput!) { createExport(input: $input) {
  url expiresAt errors { code message field } } }"""


async def _download(url: str) -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.get(url)


async def test_report_and_exports_through_the_api(server, week, create_user):  # noqa: F811
    await create_user(Role.SERVICE_HEAD, nrk="720001")
    await create_user(Role.EQUIPMENT_HEAD, nrk="720002")
    head = await login(server, "720001")
    variables = {"from": MONDAY.isoformat(), "to": FRIDAY.isoformat(), "by": "BUILDING"}
    result = await execute(server, REPORT, variables, token=head)
    rows = {r["key"]: r for r in result["utilisationReport"]["rows"]}
    assert rows["Blok G"]["bookedHours"] == 8.0 and rows["Blok G"]["noShows"] == 1
    assert result["utilisationReport"]["total"]["requests"] == 6

    other = await login(server, "720002")
    with pytest.raises(Exception, match=r"FORBIDDEN|tidak berwenang"):
        await execute(server, REPORT, variables, token=other)
    refused = await execute(
        server,
        EXPORT,
        {
            "input": {
                "kind": "UTILISATION",
                "format": "CSV",
                "from": "2026-12-07",
                "to": "2026-12-11",
            }
        },
        token=other,
    )
    assert refused["createExport"]["errors"][0]["code"] == "FORBIDDEN"

    spec = {"kind": "UTILISATION", "format": "CSV", "from": "2026-12-07", "to": "2026-12-11"}
    made = await execute(server, EXPORT, {"input": {**spec, "groupBy": "ROOM"}}, token=head)
    assert made["createExport"]["errors"] == []
    response = await _download(made["createExport"]["url"])  # no Bearer header
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert table[0][:4] == ["Kode", "Nama", "Jam tersedia", "Jam dipesan"]
    g1 = next(r for r in table if r[0] == "G1")
    assert (g1[2], g1[3], g1[4]) == ("55.0", "5.0", "2.0")
    assert table[-1][0] == "*"

    english = await execute(
        server, EXPORT, {"input": {**spec, "format": "XLSX"}}, token=head, language="en"
    )
    response = await _download(english["createExport"]["url"])
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).active
    values = list(sheet.values)
    assert values[0][:3] == ("Key", "Name", "Bookable hours")
    assert any(row[0] == "G1" and row[3] == 5.0 for row in values)

    bad = await execute(server, EXPORT, {"input": {**spec, "to": "2026-12-01"}}, token=head)
    assert bad["createExport"]["errors"][0]["code"] == "VALIDATION"
    url = made["createExport"]["url"]
    forged = url[:-3] + ("AAA" if not url.endswith("AAA") else "BBB")
    assert (await _download(forged)).status_code == 404
    assert (await _download(url.rsplit("/", 1)[0] + "/nonsense")).status_code == 404


async def test_a_requester_exports_their_agency_bookings_only(server, week, create_user):  # noqa: F811
    a, _ = week
    await User.filter(id=a.id).update(nrk="720003")
    token = await login(server, "720003")
    spec = {"kind": "BOOKINGS", "format": "CSV", "from": "2026-12-07", "to": "2026-12-31"}
    made = await execute(server, EXPORT, {"input": spec}, token=token)
    response = await _download(made["createExport"]["url"])
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert table[0][:3] == ["Nomor", "Judul", "Instansi"]
    assert len(table) == 1 + 4  # agency a's four, not b's
    assert {r[8] for r in table[1:]} == {"Disetujui", "Selesai", "Tidak hadir", "Dibatalkan"}
    refused = await execute(server, EXPORT, {"input": {**spec, "kind": "UTILISATION"}}, token=token)
    assert refused["createExport"]["errors"][0]["code"] == "FORBIDDEN"


async def test_an_expired_link_is_refused(week, settings: Settings, create_user, monkeypatch):
    head = await create_user(Role.SERVICE_HEAD)
    spec = exports.ExportSpec(
        exports.ExportKind.UTILISATION, exports.ExportFormat.CSV, MONDAY, FRIDAY
    )
    token, _ = exports.sign(head, spec, settings)
    assert (await exports.read(token, settings))[1] == spec
    later = datetime.now(JAKARTA) + timedelta(seconds=exports.LINK_SECONDS + 1)
    monkeypatch.setattr(exports, "now", lambda: later)
    with pytest.raises(DomainError) as caught:
        await exports.read(token, settings)
    assert caught.value.code == ErrorCode.NOT_FOUND


async def test_the_booking_list_pages_through_every_booking_once(
    week, settings: Settings, create_user, monkeypatch
):
    """Pages of 2 over 7 bookings, two of them starting at the same instant (Friday 09:00)."""
    monkeypatch.setattr(exports, "PAGE", 2)
    head = await create_user(Role.SERVICE_HEAD)
    spec = exports.ExportSpec(
        exports.ExportKind.BOOKINGS, exports.ExportFormat.CSV, MONDAY, FRIDAY + timedelta(days=7)
    )
    rows = [row async for row in exports.booking_table(head, spec, settings)][1:]
    assert len(rows) == 7 and len({r[0] for r in rows}) == 7
    assert [r[5] for r in rows] == sorted(r[5] for r in rows)
