"""The booking list's CSV: on PostgreSQL the database writes it (booking/export_copy.py, COPY), and
the file is byte for byte the generic path's (Tortoise rows formatted in Python) for the same
bookings: commas, quotes and line breaks in titles, Indonesian text beyond ASCII, an empty
building, a booking never checked in, times around the office's midnight, a reference created
on the last second of a UTC year, an id of seven digits, an office zone with summer time; and
every filter (period bounds, a requester's own agency, statuses, room, agency) applies the same.
On SQLite the export takes the generic path. The download's COPY stops when the client leaves."""

from __future__ import annotations

import asyncio
import csv
import io
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import httpx
import pytest
from tortoise import connections

from booking import export_copy, exports
from booking.enums import BookingStatus as S
from booking.enums import Role
from booking.models import Booking, Room, User
from booking.settings import Settings
from tests.conftest import BACKEND, JAKARTA
from tests.test_api import server  # noqa: F401 (the session's server fixture)

FIRST, LAST = date(2026, 3, 27), date(2026, 4, 2)


def at(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute, second), tzinfo=JAKARTA)


async def _book(
    user: User, room: Room, start: datetime, title: str, status: S = S.APPROVED, **kw
) -> Booking:
    return await Booking.create(
        requester=user,
        agency_id=user.agency_id,
        room=room,
        starts_at=start,
        ends_at=kw.pop("ends_at", start + timedelta(minutes=29)),
        title=title,
        purpose="Rapat",
        participants=kw.pop("participants", 12),
        status=status,
        status_changed_at=start,
        created_at=kw.pop("created_at", start - timedelta(days=2)),
        **kw,
    )


@pytest.fixture
async def tricky(create_user, create_agency, create_room):
    kominfo = await create_agency(name='Dinas Komunikasi, Informatika dan "Statistik"')
    bappeda = await create_agency(name="Badan Perencanaan Pembangunan Daerah")
    a = await create_user(Role.REQUESTER, agency=kominfo)
    b = await create_user(Role.REQUESTER, agency=bappeda)
    balai = await create_room(code="BA", name="Balai Agung — Lantai 2", building="")
    rapat = await create_room(code="RP", name="Ruang Rapat Wakil Gubernur", building="Blok G")
    day = date(2026, 3, 30)
    checked = at(day, 8, 50, 59)
    made = {
        "first": await _book(a, balai, at(FIRST, 0), "Awal periode"),
        "late": await _book(a, balai, at(day, 23, 30), 'Rapat "Koordinasi", tahap 1'),
        "lines": await _book(a, rapat, at(day, 23, 30), "Baris satu\nBaris dua\r\nBaris tiga"),
        "midnight": await _book(
            b, balai, at(day + timedelta(days=1), 0), "Peringatan Hari Jadi ke-499 — ‘Jakarta’"
        ),
        "checked": await _book(
            b, rapat, at(day, 9), "Sosialisasi", S.COMPLETED, checked_in_at=checked
        ),
        "empty": await _book(b, rapat, at(day, 13), "", S.CANCELLED, participants=0),
        "new_year": await _book(
            a,
            rapat,
            at(day, 15),
            '"Kutip" di awal, dan "',
            S.SUBMITTED,
            created_at=datetime(2025, 12, 31, 23, 59, 59, tzinfo=UTC),  # 2026 in Jakarta
        ),
        "after": await _book(a, balai, at(LAST + timedelta(days=1), 0), "Sesudah periode"),
        "before": await _book(a, rapat, at(FIRST, 0) - timedelta(minutes=30), "Sebelum periode"),
    }
    made["big_id"] = await _book(a, balai, at(day, 10), "Nomor panjang", S.REJECTED, id=1234567)
    return a, b, made


async def _both(user: User, spec: exports.ExportSpec, settings: Settings) -> list[list[str]]:
    """The export through csv_stream (PostgreSQL: COPY) and through the generic rows: the same
    bytes. Returns the parsed table."""
    chunks = [chunk async for chunk in exports.csv_stream(user, spec, settings)]
    assert all(type(chunk) is bytes for chunk in chunks)  # what Starlette's response sends
    fast = b"".join(chunks)
    generic = b"".join(
        [chunk async for chunk in exports.csv_chunks(exports.table(user, spec, settings))]
    )
    assert fast == generic
    assert fast.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(fast.decode("utf-8-sig"), newline="")))


def _spec(**kw) -> exports.ExportSpec:
    return exports.ExportSpec(
        exports.ExportKind.BOOKINGS, exports.ExportFormat.CSV, FIRST, LAST, **kw
    )


def test_postgresql_writes_the_booking_list_itself():
    assert export_copy.available() == (BACKEND == "postgres")


async def test_both_paths_write_the_same_file(tricky, create_user, settings: Settings):
    _, _, made = tricky
    head = await create_user(Role.SERVICE_HEAD)
    table = await _both(head, _spec(), settings)
    assert table[0] == ["Nomor", "Judul", "Instansi", "Ruangan", "Gedung", "Mulai", "Selesai",
                        "Peserta", "Status", "Diajukan", "Check-in"]  # fmt: skip
    rows = {r[0]: r for r in table[1:]}
    ref = {name: booking.reference for name, booking in made.items()}
    assert len(table) == 1 + 8, table
    assert ref["after"] not in rows and ref["before"] not in rows
    assert [r[0] for r in table[1:]] == [
        ref[n] for n in ("first", "checked", "big_id", "empty", "new_year", "late", "lines")
    ] + [ref["midnight"]]  # by start, then id (late and lines start together)
    assert ref["big_id"] == "EPR-2026-1234567" and ref["new_year"].startswith("EPR-2025-")
    late = rows[ref["late"]]
    assert late[1:6] == [
        'Rapat "Koordinasi", tahap 1',
        'Dinas Komunikasi, Informatika dan "Statistik"',
        "Balai Agung — Lantai 2",
        "",
        "2026-03-30 23:30",
    ]
    assert late[6] == "2026-03-30 23:59" and late[8] == "Disetujui" and late[10] == ""
    assert rows[ref["lines"]][1] == "Baris satu\nBaris dua\r\nBaris tiga"
    assert rows[ref["midnight"]][5] == "2026-03-31 00:00"
    assert rows[ref["checked"]][8:] == ["Selesai", "2026-03-28 09:00", "2026-03-30 08:50"]
    assert rows[ref["empty"]][1] == "" and rows[ref["empty"]][7] == "0"
    assert rows[ref["new_year"]][9] == "2026-01-01 06:59"


async def test_an_office_with_summer_time(tricky, create_user, settings: Settings):
    """Berlin: 29 March 2026 02:00 CET -> 03:00 CEST; the period's days are Berlin's."""
    a, _, _ = tricky
    room = await Room.get(code="BA")
    spring = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # 01:30 CET
    jumped = await _book(a, room, spring, "Jam musim panas", ends_at=spring + timedelta(hours=1))
    head = await create_user(Role.SERVICE_HEAD)
    berlin = settings.model_copy(update={"office_timezone": "Europe/Berlin"})
    table = await _both(head, _spec(lang="en"), berlin)
    row = next(r for r in table if r[0] == jumped.reference)
    assert row[5:9] == ["2026-03-29 01:30", "2026-03-29 03:30", "12", "Approved"]
    # Jakarta's first midnight is 18:00 the day before in Berlin: outside Berlin's period
    assert len(table) == 1 + 9


@pytest.mark.parametrize(
    "who, filters, expected",
    [
        ("head", {"statuses": (S.COMPLETED, S.CANCELLED)}, {"checked", "empty"}),
        ("head", {"room": "RP"}, {"checked", "empty", "new_year", "lines"}),
        ("head", {"agency": "b"}, {"midnight", "checked", "empty"}),
        ("a", {}, {"first", "late", "lines", "new_year", "big_id"}),
        ("a", {"agency": "b"}, set()),  # a requester sees their own agency's only
        ("b", {"statuses": (S.APPROVED,)}, {"midnight"}),
    ],
)
async def test_the_filters_apply_on_both_paths(
    tricky, create_user, settings: Settings, who, filters, expected
):
    a, b, made = tricky
    user = {"a": a, "b": b, "head": await create_user(Role.SERVICE_HEAD)}[who]
    room = await Room.get(code=filters["room"]) if "room" in filters else None
    agency = {"a": a, "b": b}[filters["agency"]].agency_id if "agency" in filters else None
    spec = _spec(
        statuses=filters.get("statuses", ()),
        room_id=room.id if room else None,
        agency_id=agency,
    )
    table = await _both(user, spec, settings)
    assert {r[0] for r in table[1:]} == {made[name].reference for name in expected}


def test_row_ends_become_crlf_outside_quotes_only():
    rows = export_copy.CrlfRows()
    whole = b'a,"b\nc ""d\n"\ne,f\n"g\n'
    pieces = [rows(whole[i : i + 3]) for i in range(0, len(whole), 3)]
    assert b"".join(pieces) == b'a,"b\nc ""d\n"\r\ne,f\r\n"g\n'


@pytest.fixture
async def many(create_user, create_room) -> tuple[User, exports.ExportSpec]:
    """100,000 bookings of 2026 (~13 MB of CSV, more than the sockets between the database, the
    app and the client buffer) and a head who exports them."""
    user = await create_user(Role.SERVICE_HEAD)
    room = await create_room(code="BIG")
    await connections.get("default").execute_query(
        """INSERT INTO booking (requester_id, agency_id, room_id, starts_at, ends_at, title,
             purpose, participants, status, status_changed_at, created_at, sequence)
           SELECT $1, $2, $3, t, t + interval '50 minutes', 'Rapat ' || i, 'x', 5, 'CANCELLED',
             t, t, 0
           FROM generate_series(1, 100000) AS i,
             LATERAL (SELECT timestamptz '2026-01-01 00:00+07' + i * interval '1 minute') AS s(t)
        """,
        [user.id, user.agency_id, room.id],
    )
    spec = exports.ExportSpec(
        exports.ExportKind.BOOKINGS, exports.ExportFormat.CSV, date(2026, 1, 1), date(2026, 12, 31)
    )
    return user, spec


async def _copying() -> list[str | None]:
    """The wait events of the export COPY statements still running in the test database."""
    rows = await connections.get("default").execute_query_dict(
        "SELECT wait_event FROM pg_stat_activity WHERE datname = current_database() "
        "AND state <> 'idle' AND query LIKE 'COPY (SELECT%'"
    )
    return [r["wait_event"] for r in rows]


async def _until_waiting() -> list[str | None]:
    """The COPY's wait events once it waits for its reader (or after 10 s): a COPY without
    back-pressure would have ended by then (its 100,000 rows take about half a second here)."""
    for _ in range(100):
        if (running := await _copying()) == ["ClientWrite"]:
            break
        await asyncio.sleep(0.1)
    return running


async def _until_no_copy() -> list[str | None]:
    for _ in range(100):
        if not (running := await _copying()):
            break
        await asyncio.sleep(0.1)
    return running


@pytest.mark.skipif(BACKEND != "postgres", reason="the COPY path is PostgreSQL's")
async def test_a_download_left_early_stops_the_copy(many, settings: Settings, monkeypatch):
    """The client reads one chunk: the COPY waits for it meanwhile (back-pressure), and a download
    beyond the COPYs allowed at once takes the generic path; the client goes: the COPY is
    cancelled and the pool's connections work."""
    user, spec = many
    stream = exports.csv_stream(user, spec, settings)
    try:
        await anext(stream)  # the header
        assert len(await anext(stream)) > 0
        assert await _until_waiting() == ["ClientWrite"]  # the server waits for the reader

        monkeypatch.setattr(export_copy, "MAX_RUNNING", 1)
        assert not export_copy.available()
        one_day = replace(spec, last=spec.first)
        other = b"".join([chunk async for chunk in exports.csv_stream(user, one_day, settings)])
        assert other.count(b"\r\n") == 1 + 24 * 60 - 1  # from 00:01 (i = 1), a booking a minute
        assert await _copying() == ["ClientWrite"]  # the first only
    finally:  # else its open transaction would hold the tables the next tests truncate
        await stream.aclose()
    assert await _until_no_copy() == [] and export_copy.running == 0
    assert await Booking.filter(title__startswith="Rapat ").count() == 100000


@pytest.mark.skipif(BACKEND != "postgres", reason="the COPY path is PostgreSQL's")
async def test_a_client_that_disconnects_stops_the_copy(server, many, settings: Settings):  # noqa: F811
    """Through the real server: a phone that drops the download mid-way leaves no COPY behind."""
    user, spec = many
    token, _ = exports.sign(user, spec, settings)
    async with httpx.AsyncClient() as http, http.stream("GET", f"{server}/exports/{token}") as got:
        assert got.status_code == 200
        chunks = got.aiter_raw()
        assert (await anext(chunks)).startswith(b"\xef\xbb\xbf")
        assert await _until_waiting() == ["ClientWrite"]
    assert await _until_no_copy() == []
    whole = await _download_size(server, exports.sign(user, spec, settings)[0])
    assert whole > 10_000_000  # and the next download is whole


async def _download_size(base: str, token: str) -> int:
    async with httpx.AsyncClient(timeout=60) as http:
        response = await http.get(f"{base}/exports/{token}")
    assert response.status_code == 200
    return len(response.content)
