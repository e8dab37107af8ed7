"""SOP step 2: a request letter is checked whole before it is stored, not by its first bytes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import ImageFile

from booking import operations
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.models import Booking
from tests import letter_files as files
from tests.conftest import slot
from tests.photo_files import camera_jpeg
from tests.server import execute
from tests.test_api import SUBMIT, login, server, submit_input  # noqa: F401 (the server fixture)


async def submit(requester, create_room, store, settings, letter: bytes):  # type: ignore[no-untyped-def]
    room = await create_room()
    start, end = slot(days=9)
    draft = operations.BookingDraft(
        room_id=room.id,
        starts_at=start,
        ends_at=end,
        title="Rapat Koordinasi",
        purpose="Koordinasi program kerja",
        participants=20,
        equipment=(),
    )
    return await operations.submit(
        requester,
        draft,
        letter=letter,
        idempotency_key=uuid.uuid4().hex,
        store=store,
        settings=settings,
    )


def stored_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


HOSTILE: list[tuple[Callable[[], bytes], ErrorCode, str]] = [
    (files.pdf_with_javascript, ErrorCode.UNSAFE_FILE, "ACTIVE_CONTENT"),
    (files.pdf_with_open_action_script, ErrorCode.UNSAFE_FILE, "ACTIVE_CONTENT"),
    (files.pdf_with_launch_action, ErrorCode.UNSAFE_FILE, "ACTIVE_CONTENT"),
    (files.pdf_with_attachment, ErrorCode.UNSAFE_FILE, "ACTIVE_CONTENT"),
    (files.pdf_zip_polyglot, ErrorCode.UNSAFE_FILE, "POLYGLOT"),
    (files.pdf_html_polyglot, ErrorCode.UNSAFE_FILE, "POLYGLOT"),
    (files.html_behind_pdf_header, ErrorCode.UNSAFE_FILE, "POLYGLOT"),
    (files.png_with_trailing_html, ErrorCode.UNSAFE_FILE, "POLYGLOT"),
    (files.jpeg_with_pdf_inside, ErrorCode.UNSAFE_FILE, "POLYGLOT"),
    (files.pdf_without_pages, ErrorCode.BAD_FILE, "NO_PAGES"),
    (lambda: b"%PDF-1.7\n" + b"0" * 1000, ErrorCode.BAD_FILE, "CORRUPT"),
    (files.corrupt_png, ErrorCode.BAD_FILE, "CORRUPT"),
    (files.png_too_many_pixels, ErrorCode.TOO_MANY_PIXELS, "TOO_MANY_PIXELS"),
]


@pytest.mark.parametrize(
    ("make", "code", "reason"),
    HOSTILE,
    ids=[make.__name__ if make.__name__ != "<lambda>" else "pdf_garbage" for make, _, _ in HOSTILE],
)
async def test_a_hostile_letter_is_refused_with_its_reason_and_not_stored(
    create_user, create_room, store, settings, make, code, reason
):
    requester = await create_user(Role.REQUESTER)
    with pytest.raises(DomainError) as caught:
        await submit(requester, create_room, store, settings, make())
    assert (caught.value.code, caught.value.params["reason"]) == (code, reason)
    assert caught.value.field == "letter"
    assert await Booking.all().count() == 0
    assert stored_files(store.root) == []


@pytest.mark.parametrize(
    "make",
    [files.plain_pdf, files.png_letter, lambda: camera_jpeg(400, 300)],
    ids=["pdf", "png", "jpeg"],
)
async def test_plain_letters_are_stored(create_user, create_room, store, settings, make):
    requester = await create_user(Role.REQUESTER)
    letter = make()
    result = await submit(requester, create_room, store, settings, letter)
    assert result.booking.letter_key is not None
    assert await store.get(result.booking.letter_key) == letter


async def test_an_image_over_the_pixel_cap_is_refused_before_its_pixels_are_decoded(
    create_user, create_room, store, settings, monkeypatch
):
    requester = await create_user(Role.REQUESTER)

    def no_decoding(self: ImageFile.ImageFile) -> None:
        raise AssertionError("the pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    capped = settings.model_copy(update={"max_letter_pixels": 1000 * 1000})
    with pytest.raises(DomainError) as caught:
        await submit(requester, create_room, store, capped, files.png_letter(1001, 1000))
    assert caught.value.code == ErrorCode.TOO_MANY_PIXELS
    assert caught.value.params["max_mp"] == 1


async def test_the_api_answers_a_hostile_letter_with_a_typed_error(
    server,  # noqa: F811
    create_user,
    create_room,
):
    await create_user(Role.REQUESTER, nrk="160001")
    token = await login(server, "160001")
    room = await create_room()
    result = await execute(
        server,
        SUBMIT,
        {"input": submit_input(room.id, slot(days=9), letter=files.pdf_zip_polyglot())},
        token=token,
        upload=True,
    )
    payload = result["submitBooking"]
    assert payload["booking"] is None
    error = payload["errors"][0]
    assert (error["code"], error["field"]) == ("UNSAFE_FILE", "letter")
    assert "ZIP" in error["message"]
