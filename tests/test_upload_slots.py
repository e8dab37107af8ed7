"""A presigned photo form is single-use: once the upload is confirmed, a second POST of the same
form (valid until it expires) cannot replace what was checked and kept. Real SeaweedFS S3 and the
local-folder store with its own /uploads route."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from api.files import file_routes
from booking import photos
from booking.clock import now
from booking.enums import PhotoStatus, Role
from booking.models import Photo
from booking.ports import DocumentStore, PresignedPost
from tasks import work
from tests.photo_files import camera_jpeg, jpeg_zip_polyglot

JPEG = camera_jpeg(1200, 900)
POLYGLOT = jpeg_zip_polyglot()


@pytest.fixture(params=["s3", "local"])
async def backend(
    request: pytest.FixtureRequest, store: DocumentStore, settings: Any
) -> AsyncIterator[tuple[DocumentStore, httpx.AsyncClient]]:
    """A store, and an HTTP client that reaches where its forms are posted."""
    if request.param == "s3":
        s3 = request.getfixturevalue("s3_store")
        async with httpx.AsyncClient() as http:
            yield s3, http
        return
    app = Starlette(routes=file_routes(store, settings.max_photo_bytes))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http:
        yield store, http


async def post_form(http: httpx.AsyncClient, post: PresignedPost, body: bytes) -> int:
    files: Any = {"file": ("x.jpg", body, "image/jpeg")}
    return (await http.post(post.url, data=post.fields, files=files)).status_code


async def test_a_confirmed_photo_cannot_be_replaced_through_its_form(
    create_user, approved_booking, backend, settings
):
    store, http = backend
    requester = await create_user(Role.REQUESTER)
    booking = await approved_booking(requester)
    photo, post = await photos.create_upload(
        requester, booking.id, "image/jpeg", max(len(JPEG), len(POLYGLOT)), store, settings
    )
    assert await post_form(http, post, JPEG) == 204
    confirmed = await photos.confirm_upload(requester, photo.id, store, settings)
    assert confirmed.status == PhotoStatus.PROCESSING

    # the same form again, before and after processing: whatever the store answers, the photo's
    # original stays the bytes that were checked, and a retried confirmation changes nothing
    await post_form(http, post, POLYGLOT)
    assert await store.get(confirmed.original_key) == JPEG
    assert await work.process_due_photos(store, settings) == {"READY": 1}
    await post_form(http, post, POLYGLOT)
    again = await photos.confirm_upload(requester, photo.id, store, settings)
    assert again.status == PhotoStatus.READY and again.original_key == confirmed.original_key
    assert await store.get(confirmed.original_key) == JPEG

    # once the form has expired, what it left behind is deleted, once
    await Photo.filter(id=photo.id).update(upload_expires_at=now() - timedelta(seconds=1))
    slot = photos.slot_key(booking.id, photo.uid, "image/jpeg")
    assert await store.head(slot) is not None
    assert await photos.clear_used_slots(store) == 1
    assert await store.head(slot) is None
    assert await photos.clear_used_slots(store) == 0
    assert await store.get(confirmed.original_key) == JPEG


async def test_an_upload_never_confirmed_is_deleted_after_its_form_expires(
    create_user, approved_booking, backend, settings
):
    store, http = backend
    requester = await create_user(Role.REQUESTER)
    booking = await approved_booking(requester)
    photo, post = await photos.create_upload(
        requester, booking.id, "image/jpeg", len(JPEG), store, settings
    )
    assert await post_form(http, post, JPEG) == 204
    await Photo.filter(id=photo.id).update(upload_expires_at=now() - timedelta(seconds=1))

    assert await photos.clear_used_slots(store) == 1
    await photo.refresh_from_db()
    assert (photo.status, photo.failure_reason) == (PhotoStatus.FAILED, "UPLOAD_EXPIRED")
    assert await store.head(photos.slot_key(booking.id, photo.uid, "image/jpeg")) is None
