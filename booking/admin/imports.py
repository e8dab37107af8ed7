"""Import agencies and users from HR's CSV list: a dry run that reports every row, then an
idempotent apply in one transaction.

The form (docs/administration.md): a header row, then one user per row. Columns, Indonesian or
English names, any order, comma or semicolon separated, UTF-8 (a BOM is fine)::

    nrk;nama;email;kode_instansi;nama_instansi;peran
    198001;Siti Aminah;siti@jakarta.go.id;DISKOMINFOTIK;Dinas Kominfotik;REQUESTER

``peran``/``roles``: role names separated by ``|`` or ``,`` inside the cell (REQUESTER,
SERVICE_OFFICER, ...). ``kode_instansi`` may be empty for City Hall staff without an agency; with
it, ``nama_instansi`` names the agency (created if new, renamed if it differs).

Each row is CREATED, UPDATED, UNCHANGED or REFUSED (with the reason's code, field and message
key). The apply writes nothing unless every row passes (all or nothing: fix the file and run it
again); it runs the same checks inside the transaction, so an apply after a dry run that someone
else's change made stale still cannot half-apply. A second apply of the same file changes nothing
(every row UNCHANGED). New users get a temporary password, shown once in the apply's report."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from tortoise.backends.base.client import BaseDBAsyncClient

from booking import auth, events
from booking.admin import audit
from booking.admin.fields import clean_code, clean_text, reseal_held
from booking.admin.users import clean_email, clean_nrk
from booking.admin.users import snapshot as user_snapshot
from booking.changes import write
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.models import Agency, User
from booking.settings import Settings

MAX_BYTES = 1024 * 1024
MAX_ROWS = 5000
COLUMNS = {
    "nrk": "nrk",
    "nama": "name",
    "name": "name",
    "email": "email",
    "e-mail": "email",
    "kode_instansi": "agency_code",
    "agency_code": "agency_code",
    "nama_instansi": "agency_name",
    "agency_name": "agency_name",
    "peran": "roles",
    "roles": "roles",
}
REQUIRED = ("nrk", "name", "roles")


class Outcome(StrEnum):
    CREATED = "CREATED"
    UPDATED = "UPDATED"
    UNCHANGED = "UNCHANGED"
    REFUSED = "REFUSED"


@dataclass
class RowReport:
    line: int  # in the file (the header is line 1)
    nrk: str
    outcome: Outcome = Outcome.UNCHANGED
    agency_outcome: Outcome | None = None  # the row's agency, the first time the file names it
    error: DomainError | None = None
    changes: list[str] = field(default_factory=list)  # the fields an update changes
    temporary_password: str | None = None  # apply, CREATED: shown once
    user_id: int | None = None


@dataclass
class Row:
    line: int
    nrk: str
    name: str
    email: str | None
    agency_code: str | None
    agency_name: str | None
    roles: list[str]


def _header(names: Sequence[str]) -> list[str]:
    columns = [COLUMNS.get(n.strip().lower(), "") for n in names]
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise DomainError(ErrorCode.VALIDATION, "csv_columns", field="file", missing=missing)
    return columns


def parse(data: bytes) -> list[Row | RowReport]:
    """The file's rows, checked one by one (a row that fails is its REFUSED report)."""
    if len(data) > MAX_BYTES:
        raise DomainError(ErrorCode.FILE_TOO_LARGE, field="file", max_mb=1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(ErrorCode.VALIDATION, "csv_encoding", field="file") from None
    first = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text), delimiter=";" if ";" in first else ",")
    header = next(reader, None)
    if header is None:
        raise DomainError(ErrorCode.VALIDATION, "csv_columns", field="file", missing=REQUIRED)
    columns = _header(header)
    rows: list[Row | RowReport] = []
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(rows) >= MAX_ROWS:
            raise DomainError(ErrorCode.VALIDATION, "csv_rows", field="file", max=MAX_ROWS)
        values = {c: v.strip() for c, v in zip(columns, cells, strict=False) if c}
        rows.append(_row(number, values))
    return rows


def _row(line: int, values: dict[str, str]) -> Row | RowReport:
    try:
        roles = [r.strip().upper() for r in values.get("roles", "").replace("|", ",").split(",")]
        roles = [r for r in dict.fromkeys(roles) if r]
        if not roles or any(r not in Role.__members__ for r in roles):
            raise DomainError(ErrorCode.VALIDATION, "csv_roles", field="roles")
        code = values.get("agency_code") or None
        return Row(
            line=line,
            nrk=clean_nrk(values.get("nrk", "")),
            name=clean_text(values.get("name", ""), "name", 200),
            email=clean_email(values.get("email")),
            agency_code=clean_code(code) if code else None,
            agency_name=clean_text(values.get("agency_name", ""), "agency_name", 200)
            if code
            else None,
            roles=roles,
        )
    except DomainError as error:
        if error.field == "code":
            error.field = "agency_code"
        return RowReport(line, values.get("nrk", ""), Outcome.REFUSED, error=error)


@dataclass
class Plan:
    """What the file would do, against the database as it is now."""

    reports: list[RowReport]
    agencies: dict[str, tuple[Agency | None, str]]  # code -> (existing or None, name in file)

    @property
    def refused(self) -> bool:
        return any(r.outcome == Outcome.REFUSED for r in self.reports)


async def plan(data: bytes, conn: BaseDBAsyncClient | None = None) -> tuple[Plan, list[Row]]:
    parsed = parse(data)
    rows = [r for r in parsed if isinstance(r, Row)]
    codes = {r.agency_code for r in rows if r.agency_code}
    nrks = [r.nrk for r in rows]
    found = {a.code: a for a in await Agency.filter(code__in=list(codes)).using_db(conn)}
    users = {u.nrk: u for u in await User.filter(nrk__in=nrks).using_db(conn)}
    agencies: dict[str, tuple[Agency | None, str]] = {}
    reports: list[RowReport] = []
    seen: set[str] = set()
    for item in parsed:
        if isinstance(item, RowReport):
            reports.append(item)
            continue
        report = _judge(item, users.get(item.nrk), found, agencies, seen)
        reports.append(report)
    return Plan(reports, agencies), rows


def _judge(
    row: Row,
    user: User | None,
    found: dict[str, Agency],
    agencies: dict[str, tuple[Agency | None, str]],
    seen: set[str],
) -> RowReport:
    report = RowReport(row.line, row.nrk, user_id=user.id if user else None)
    if row.nrk in seen:
        report.outcome, report.error = Outcome.REFUSED, _refusal("csv_duplicate_nrk", "nrk")
        return report
    seen.add(row.nrk)
    if row.agency_code is None and Role.REQUESTER.value in row.roles:
        report.outcome, report.error = Outcome.REFUSED, _refusal("requester_agency", "agency_code")
        return report
    if row.agency_code is not None:
        agency = found.get(row.agency_code)
        if agency is not None and not agency.is_active:
            report.outcome, report.error = (
                Outcome.REFUSED,
                _refusal("agency_inactive", "agency_code"),
            )
            return report
        known = agencies.get(row.agency_code)
        if known is not None and known[1] != row.agency_name:
            report.outcome, report.error = (
                Outcome.REFUSED,
                _refusal("csv_agency_name", "agency_name"),
            )
            return report
        if known is None:
            assert row.agency_name is not None
            agencies[row.agency_code] = (agency, row.agency_name)
            report.agency_outcome = (
                Outcome.CREATED
                if agency is None
                else Outcome.UNCHANGED
                if agency.name == row.agency_name
                else Outcome.UPDATED
            )
    if user is None:
        report.outcome = Outcome.CREATED
        return report
    if not user.is_active:
        report.outcome, report.error = Outcome.REFUSED, _refusal("user_inactive", "nrk")
        return report
    agency_id = found[row.agency_code].id if row.agency_code in found else None
    wanted = {"name": row.name, "email": row.email, "roles": row.roles}
    report.changes = [k for k, v in wanted.items() if getattr(user, k) != v]
    if (row.agency_code is None and user.agency_id is not None) or (
        row.agency_code is not None and (agency_id is None or agency_id != user.agency_id)
    ):
        report.changes.append("agency")
    report.outcome = Outcome.UPDATED if report.changes else Outcome.UNCHANGED
    return report


def _refusal(key: str, field: str) -> DomainError:
    code = (
        ErrorCode.CONFLICT if key in ("agency_inactive", "user_inactive") else ErrorCode.VALIDATION
    )
    return DomainError(code, key, field=field)


async def dry_run(admin: User, data: bytes) -> list[RowReport]:
    audit.require_admin(admin)
    found, _ = await plan(data)
    return found.reports


async def apply(admin: User, data: bytes, settings: Settings) -> list[RowReport]:
    """Every row, or nothing (IMPORT_REFUSED when a row is refused)."""
    audit.require_admin(admin)
    async with write() as conn:
        found, rows = await plan(data, conn)
        if found.refused:
            raise DomainError(ErrorCode.VALIDATION, "csv_refused_rows", field="file")
        pairs = list(zip(rows, found.reports, strict=True))  # nothing refused: one report a row
        new = [row.nrk for row, report in pairs if report.outcome == Outcome.CREATED]
        passwords = await _passwords(new)
        ids = await _write_agencies(conn, admin, found.agencies)
        changes: list[events.Event] = []
        for code, (agency, name) in found.agencies.items():
            if agency is not None and agency.name != name:
                changes += await reseal_held(conn, settings, agency_id=ids[code])
        for row, report in pairs:
            await _write_user(conn, admin, row, report, ids, passwords)
    await events.publish(changes)
    return found.reports


async def _passwords(nrks: Sequence[str]) -> dict[str, tuple[str, str]]:
    out = {}
    for nrk in nrks:
        password = auth.temporary_password()
        out[nrk] = (password, await asyncio.to_thread(auth.hash_password, password))
    return out


async def _write_agencies(
    conn: BaseDBAsyncClient, admin: User, agencies: dict[str, tuple[Agency | None, str]]
) -> dict[str, int]:
    ids: dict[str, int] = {}
    for code, (agency, name) in agencies.items():
        if agency is None:
            made = await Agency.create(using_db=conn, code=code, name=name)
            after = {"code": code, "name": name, "is_active": True}
            await audit.record(conn, admin, "AGENCY_IMPORT_CREATE", "AGENCY", made.id, None, after)
            ids[code] = made.id
            continue
        ids[code] = agency.id
        if agency.name != name:
            before = {"code": code, "name": agency.name, "is_active": agency.is_active}
            await Agency.filter(id=agency.id).using_db(conn).update(name=name)
            after = {**before, "name": name}
            await audit.record(
                conn, admin, "AGENCY_IMPORT_RENAME", "AGENCY", agency.id, before, after
            )
    return ids


async def _write_user(
    conn: BaseDBAsyncClient,
    admin: User,
    row: Row,
    report: RowReport,
    agency_ids: dict[str, int],
    passwords: dict[str, tuple[str, str]],
) -> None:
    values = {
        "name": row.name,
        "email": row.email,
        "roles": row.roles,
        "agency_id": agency_ids[row.agency_code] if row.agency_code else None,
    }
    if report.outcome == Outcome.CREATED:
        password, hashed = passwords[row.nrk]
        user = await User.create(
            using_db=conn, nrk=row.nrk, password_hash=hashed, must_change_password=True, **values
        )
        report.user_id, report.temporary_password = user.id, password
        after = user_snapshot(user)
        await audit.record(conn, admin, "USER_IMPORT_CREATE", "USER", user.id, None, after)
    elif report.outcome == Outcome.UPDATED:
        user = await User.get(nrk=row.nrk, using_db=conn)
        before = user_snapshot(user)
        user.update_from_dict(values)
        await user.save(using_db=conn, update_fields=list(values))
        await audit.record(
            conn, admin, "USER_IMPORT_UPDATE", "USER", user.id, before, user_snapshot(user)
        )
