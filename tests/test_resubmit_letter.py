"""Resubmitting after a revision request may replace the request letter (the officer often asks
for a signed one): the new file is checked like a new request's, the booking then serves it, the
old object is gone from storage; a refused file or a refused resubmission changes nothing."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from gql import FileVar

from api.ids import decode_id
from booking.enums import Role
from booking.models import Booking
from booking.settings import Settings
from tests.conftest import PDF, slot
from tests.letter_files import png_letter
from tests.server import execute, run_server
from tests.test_api import SUBMIT, get, login, submit_input, verb

RESUBMIT = """mutation($input: ResubmitBookingInput!) {
  resubmitBooking(input: $input) { booking { id status } errors { code message field } }
}"""
LETTER = "query($id: ID!) { node(id: $id) { ... on Booking { letter { url contentType size } } } }"


@pytest.fixture(scope="module")
async def served(
    database: str, settings: Settings, tmp_path_factory
) -> AsyncIterator[tuple[str, Path]]:
    """A server of this module, and the folder it stores letters in."""
    files = tmp_path_factory.mktemp("resubmit-files")
    env = {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(files),
        "EPESAN_MAX_LETTER_BYTES": str(settings.max_letter_bytes),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0.01",
        "EPESAN_EMBEDDED_WORKER": "false",
    }
    with run_server(env, tmp_path_factory.mktemp("resubmit-logs") / "uvicorn.log") as base:
        yield base, files


def file(data: bytes, name: str, content_type: str) -> FileVar:
    return FileVar(io.BytesIO(data), filename=name, content_type=content_type)


def stored_files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


async def revision_requested(
    server: str, create_user, create_room, nrk: str
) -> tuple[str, str, str]:
    await create_user(Role.REQUESTER, nrk=nrk)
    await create_user(Role.SERVICE_OFFICER, nrk=f"{nrk[:-1]}9")
    requester, officer = await login(server, nrk), await login(server, f"{nrk[:-1]}9")
    room = await create_room()
    submitted = await execute(
        server, SUBMIT, {"input": submit_input(room.id, slot(days=8))}, token=requester, upload=True
    )
    booking_id = submitted["submitBooking"]["booking"]["id"]
    asked = await verb(server, officer, "requestRevision", {"bookingId": booking_id, "note": "TTD"})
    assert asked["errors"] == []
    return requester, officer, booking_id


async def test_resubmission_replaces_the_letter(served, create_user, create_room):
    server, files = served
    requester, _, booking_id = await revision_requested(server, create_user, create_room, "610001")
    old_key = (await Booking.get(id=decode_id(booking_id, "Booking"))).letter_key
    assert old_key
    signed = png_letter()
    result = await execute(
        server,
        RESUBMIT,
        {
            "input": {
                "bookingId": booking_id,
                "note": "Surat bertanda tangan",
                "letter": file(signed, "ttd.png", "image/png"),
            }
        },
        token=requester,
        upload=True,
    )
    assert result["resubmitBooking"]["errors"] == []
    assert result["resubmitBooking"]["booking"]["status"] == "SUBMITTED"
    letter = (await execute(server, LETTER, {"id": booking_id}, token=requester))["node"]["letter"]
    assert letter["contentType"] == "image/png" and letter["size"] == len(signed)
    served = await get(server + letter["url"], headers={"Authorization": f"Bearer {requester}"})
    assert served.status_code == 200 and served.content == signed
    # the replaced letter is no longer stored
    assert old_key != (await Booking.get(id=decode_id(booking_id, "Booking"))).letter_key
    assert not any(p.as_posix().endswith(old_key) for p in stored_files(files))


async def test_a_refused_letter_or_resubmission_changes_nothing(served, create_user, create_room):
    server, files = served
    requester, officer, booking_id = await revision_requested(
        server, create_user, create_room, "620001"
    )
    files_before = stored_files(files)
    bad = await execute(
        server,
        RESUBMIT,
        {
            "input": {
                "bookingId": booking_id,
                "letter": file(b"bukan surat", "x.pdf", "application/pdf"),
            }
        },
        token=requester,
        upload=True,
    )
    assert bad["resubmitBooking"]["booking"] is None
    assert [(e["code"], e["field"]) for e in bad["resubmitBooking"]["errors"]] == [
        ("BAD_FILE", "letter")
    ]
    # the wrong role: the officer may not resubmit; the letter it sent is not kept
    wrong = await execute(
        server,
        RESUBMIT,
        {"input": {"bookingId": booking_id, "letter": file(png_letter(), "ttd.png", "image/png")}},
        token=officer,
        upload=True,
    )
    assert wrong["resubmitBooking"]["booking"] is None
    assert wrong["resubmitBooking"]["errors"][0]["code"] in {
        "FORBIDDEN",
        "NOT_FOUND",
        "INVALID_TRANSITION",
    }
    assert stored_files(files) == files_before
    letter = (await execute(server, LETTER, {"id": booking_id}, token=requester))["node"]["letter"]
    assert letter["contentType"] == "application/pdf" and letter["size"] == len(PDF)
    # without a letter, the resubmission keeps the first one
    kept = await execute(
        server, RESUBMIT, {"input": {"bookingId": booking_id}}, token=requester, upload=True
    )
    assert kept["resubmitBooking"]["errors"] == []
    letter = (await execute(server, LETTER, {"id": booking_id}, token=requester))["node"]["letter"]
    assert letter["contentType"] == "application/pdf" and letter["size"] == len(PDF)
