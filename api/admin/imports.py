"""ADMIN: import agencies and users from HR's CSV (GraphQL multipart upload, as letters are)."""

from __future__ import annotations

import strawberry
from strawberry.file_uploads import Upload

from api.admin.types import User, user_by_id
from api.base import UserError
from api.common import typed
from api.context import Info
from api.inputs import read_upload
from booking.admin import imports

ImportOutcome = imports.Outcome  # the domain's enum is the schema's enum


@strawberry.type(description="What one row of the file does (or did, after apply).")
class ImportRow:
    line: int = strawberry.field(description="The line in the file; the header is line 1.")
    nrk: str
    outcome: ImportOutcome
    agency_outcome: ImportOutcome | None = strawberry.field(
        description="The row's agency, on the first row that names it."
    )
    changes: list[str] = strawberry.field(description="UPDATED: the fields that change.")
    error: UserError | None = strawberry.field(description="REFUSED: why.")
    temporary_password: str | None = strawberry.field(
        description="After apply, CREATED: shown once; changed at the first login."
    )
    user_id: strawberry.Private[int | None]

    @strawberry.field
    async def user(self, info: Info) -> User | None:
        return await user_by_id(info, self.user_id)

    @classmethod
    def of(cls, report: imports.RowReport, info: Info) -> ImportRow:
        return cls(
            line=report.line,
            nrk=report.nrk,
            outcome=report.outcome,
            agency_outcome=report.agency_outcome,
            changes=report.changes,
            error=UserError.from_domain(report.error, info) if report.error else None,
            temporary_password=report.temporary_password,
            user_id=report.user_id,
        )


@strawberry.input
class ImportDirectoryInput:
    file: Upload = strawberry.field(
        description="CSV: nrk, nama, email, kode_instansi, nama_instansi, peran (docs)."
    )
    apply: bool = strawberry.field(
        default=False,
        description="false: dry run, nothing is written. true: every row in one transaction, "
        "or nothing when a row is refused.",
    )


@strawberry.type
class ImportDirectoryPayload:
    applied: bool = False
    rows: list[ImportRow] = strawberry.field(default_factory=list)
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ImportMutation:
    @strawberry.mutation(
        description="ADMIN: agencies and users from HR's CSV. Dry run first (each row: CREATED, "
        "UPDATED, UNCHANGED or REFUSED and why), then apply: idempotent, all or nothing."
    )
    async def import_directory(
        self, info: Info, input: ImportDirectoryInput
    ) -> ImportDirectoryPayload:
        async def action() -> ImportDirectoryPayload:
            user = info.context.require_user()
            data = await read_upload(input.file, imports.MAX_BYTES)
            if input.apply:
                reports = await imports.apply(user, data, info.context.settings)
            else:
                reports = await imports.dry_run(user, data)
            rows = [ImportRow.of(r, info) for r in reports]
            return ImportDirectoryPayload(applied=input.apply, rows=rows)

        return await typed(info, action, lambda errors: ImportDirectoryPayload(errors=errors))
