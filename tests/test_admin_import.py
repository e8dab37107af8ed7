"""HR's CSV import of agencies and users: each row's outcome in a dry run that writes nothing, an
apply in one transaction (all or nothing), a second apply that changes nothing."""

from __future__ import annotations

import pytest

from booking.admin import imports
from booking.admin.imports import Outcome
from booking.enums import Role
from booking.errors import DomainError
from booking.models import Agency, AuditEntry, User

FILE = (
    "\ufeffnrk;nama;email;kode_instansi;nama_instansi;peran\n"
    "198001;Siti Aminah;siti@jakarta.go.id;DISKOMINFOTIK;Dinas Kominfotik;REQUESTER\n"
    "198002;Budi Santoso;;DISKOMINFOTIK;Dinas Kominfotik;REQUESTER|SERVICE_OFFICER\n"
    "198003;Rina Wati;rina@jakarta.go.id;;;SERVICE_HEAD\n"
)


async def test_dry_run_reports_each_row_and_writes_nothing(staff):
    reports = await imports.dry_run(staff[Role.ADMIN], FILE.encode())
    assert [(r.line, r.nrk, r.outcome) for r in reports] == [
        (2, "198001", Outcome.CREATED),
        (3, "198002", Outcome.CREATED),
        (4, "198003", Outcome.CREATED),
    ]
    assert reports[0].agency_outcome == Outcome.CREATED and reports[1].agency_outcome is None
    assert not await User.filter(nrk__in=["198001", "198002", "198003"]).exists()
    assert not await Agency.exists(code="DISKOMINFOTIK")
    assert await AuditEntry.all().count() == 0


async def test_apply_writes_every_row_then_a_second_apply_changes_nothing(staff, settings):
    admin = staff[Role.ADMIN]
    reports = await imports.apply(admin, FILE.encode(), settings=settings)
    assert {r.outcome for r in reports} == {Outcome.CREATED}
    assert all(r.temporary_password for r in reports)
    budi = await User.get(nrk="198002")
    assert budi.roles == ["REQUESTER", "SERVICE_OFFICER"] and budi.must_change_password
    assert (await Agency.get(code="DISKOMINFOTIK")).name == "Dinas Kominfotik"
    assert (await User.get(nrk="198003")).agency_id is None
    assert await AuditEntry.all().count() == 4  # one agency, three users

    again = await imports.apply(admin, FILE.encode(), settings=settings)
    assert {r.outcome for r in again} == {Outcome.UNCHANGED}
    assert all(r.temporary_password is None for r in again)
    assert await AuditEntry.all().count() == 4

    changed = FILE.replace("Dinas Kominfotik", "Dinas Komunikasi").replace("Rina Wati", "Rina W.")
    dry = await imports.dry_run(admin, changed.encode())
    assert [r.outcome for r in dry] == [Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UPDATED]
    assert dry[0].agency_outcome == Outcome.UPDATED and dry[2].changes == ["name"]
    await imports.apply(admin, changed.encode(), settings=settings)
    assert (await Agency.get(code="DISKOMINFOTIK")).name == "Dinas Komunikasi"
    assert (await User.get(nrk="198003")).name == "Rina W."


@pytest.mark.parametrize(
    ("line", "field", "key"),
    [
        ("19800x;Nama;;A1;Dinas A;REQUESTER", "nrk", "bad_nrk"),
        ("198009;;;A1;Dinas A;REQUESTER", "name", "required"),
        ("198009;Nama;bukan;A1;Dinas A;REQUESTER", "email", "bad_email"),
        ("198009;Nama;;A1;Dinas A;KEPALA", "roles", "csv_roles"),
        ("198009;Nama;;;;REQUESTER", "agency_code", "requester_agency"),
        ("198009;Nama;;A 1;Dinas A;REQUESTER", "agency_code", "bad_code"),
        ("198001;Siti Lagi;;A1;Dinas A;REQUESTER", "nrk", "csv_duplicate_nrk"),
        ("198009;Nama;;DISKOMINFOTIK;Dinas Lain;REQUESTER", "agency_name", "csv_agency_name"),
    ],
)
async def test_a_bad_row_is_refused_with_why_and_apply_writes_nothing(
    staff, line, field, key, settings
):
    admin = staff[Role.ADMIN]
    data = (FILE + line + "\n").encode()
    reports = await imports.dry_run(admin, data)
    refused = [r for r in reports if r.outcome == Outcome.REFUSED]
    assert len(refused) == 1 and refused[0].line == 5
    assert refused[0].error is not None
    assert (refused[0].error.field, refused[0].error.message_key) == (field, key)
    with pytest.raises(DomainError) as raised:
        await imports.apply(admin, data, settings=settings)
    assert raised.value.message_key == "csv_refused_rows"
    assert await User.filter(nrk__startswith="1980").count() == 0
    assert await AuditEntry.all().count() == 0


async def test_inactive_users_and_agencies_are_refused(staff, create_agency, create_user):
    admin = staff[Role.ADMIN]
    agency = await create_agency(code="DISKOMINFOTIK", name="Dinas Kominfotik")
    agency.is_active = False
    await agency.save()
    reports = await imports.dry_run(admin, FILE.encode())
    assert [r.outcome for r in reports][:2] == [Outcome.REFUSED, Outcome.REFUSED]
    assert reports[0].error is not None and reports[0].error.code == "CONFLICT"


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (b"nama;email\nSiti;x@y.id\n", "csv_columns"),
        (b"", "csv_columns"),
        (b"\xff\xfe\x00n", "csv_encoding"),
    ],
)
async def test_a_file_that_is_not_the_form_is_refused(staff, data, key):
    with pytest.raises(DomainError) as raised:
        await imports.dry_run(staff[Role.ADMIN], data)
    assert raised.value.message_key == key


@pytest.mark.parametrize(
    "role", [Role.REQUESTER, Role.SERVICE_OFFICER, Role.SERVICE_HEAD, Role.LEADERSHIP]
)
@pytest.mark.parametrize("apply", [False, True], ids=["dry_run", "apply"])
async def test_only_admins_import(create_user, role, apply, settings):
    user = await create_user(role)
    with pytest.raises(DomainError) as raised:
        if apply:
            await imports.apply(user, FILE.encode(), settings)
        else:
            await imports.dry_run(user, FILE.encode())
    assert raised.value.code == "FORBIDDEN"
    assert not await User.exists(nrk="198001")
