"""SOP step 10 in the domain: event photos into S3 (SeaweedFS), their processing, the report."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import httpx
import pytest
from PIL import Image

from booking import operations, photos
from booking.clock import now
from booking.enums import BookingStatus as S
from booking.enums import PhotoStatus, Role
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, BookingEvent, EventReport, Notification, Photo
from tasks import work
from tests.photo_files import (
    camera_jpeg,
    jpeg_zip_polyglot,
    png_bomb,
    text_named_jpg,
    truncated_jpeg,
)

JPEG = camera_jpeg(1200, 900, orientation=6)


@pytest.fixture
async def requester(create_user):
    return await create_user(Role.REQUESTER)


async def refused(code: ErrorCode, call) -> DomainError:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught:
        await call
    assert caught.value.code == code, caught.value
    return caught.value


async def test_a_photo_becomes_renditions_in_s3_without_its_metadata(
    requester, approved_booking, s3_store, settings
):
    booking = await approved_booking(requester)

    photo = await photos.add_photo(requester, booking.id, JPEG, s3_store, settings)
    assert photo.status == PhotoStatus.PROCESSING
    assert photo.original_key.startswith(f"photos/{booking.id}/") and photo.original_key.endswith(
        ".jpg"
    )
    assert await work.process_due_photos(s3_store, settings) == {"READY": 1}

    await photo.refresh_from_db()
    assert photo.status == PhotoStatus.READY and (photo.width, photo.height) == (900, 1200)
    sizes = {(r["name"], r["format"]): (r["width"], r["height"]) for r in photo.renditions}
    assert sizes == {
        ("display", "webp"): (900, 1200),
        ("display", "jpeg"): (900, 1200),
        ("thumb", "webp"): (240, 320),
        ("thumb", "jpeg"): (240, 320),
    }
    for rendition in photo.renditions:
        info = await s3_store.head(str(rendition["key"]))
        assert info is not None and info.content_type == rendition["contentType"]
        data = await s3_store.get(str(rendition["key"]))
        assert info.size == len(data) == rendition["bytes"]
        im = Image.open(io.BytesIO(data))
        assert dict(im.getexif()) == {} and b"Exif" not in data
    original = await s3_store.get(photo.original_key)
    assert original == JPEG  # the original is kept, private


async def test_processing_twice_writes_the_same_objects(
    requester, approved_booking, s3_store, settings
):
    booking = await approved_booking(requester)
    photo = await photos.add_photo(requester, booking.id, JPEG, s3_store, settings)
    await work.process_photo(photo.id, s3_store, settings)
    await photo.refresh_from_db()
    first = {str(r["key"]): await s3_store.get(str(r["key"])) for r in photo.renditions}

    # a redelivered task: the photo is READY and is left alone ...
    assert await work.process_photo(photo.id, s3_store, settings) == "READY"
    # ... and a run that crashed before marking it READY makes the same bytes again
    await Photo.filter(id=photo.id).update(status=PhotoStatus.PROCESSING)
    assert await work.process_photo(photo.id, s3_store, settings) == "READY"
    await photo.refresh_from_db()
    assert {str(r["key"]): await s3_store.get(str(r["key"])) for r in photo.renditions} == first


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (truncated_jpeg, "CORRUPT"),
        (png_bomb, "TOO_MANY_PIXELS"),
        (jpeg_zip_polyglot, "POLYGLOT"),
    ],
    ids=["truncated-jpeg", "png-bomb", "jpeg-zip-polyglot"],
)
async def test_a_hostile_photo_fails_and_the_next_one_is_processed(
    requester, approved_booking, s3_store, settings, make, reason
):
    booking = await approved_booking(requester)
    bad = await photos.add_photo(requester, booking.id, make(), s3_store, settings)
    good = await photos.add_photo(requester, booking.id, JPEG, s3_store, settings)

    assert await work.process_due_photos(s3_store, settings) == {"FAILED": 1, "READY": 1}

    await bad.refresh_from_db()
    await good.refresh_from_db()
    assert (bad.status, bad.failure_reason, bad.renditions) == (PhotoStatus.FAILED, reason, [])
    assert await s3_store.head(bad.original_key) is None  # hostile bytes are not kept
    assert good.status == PhotoStatus.READY


async def test_text_named_jpg_is_refused_at_upload(requester, approved_booking, s3_store, settings):
    booking = await approved_booking(requester)

    await refused(
        ErrorCode.BAD_FILE,
        photos.add_photo(requester, booking.id, text_named_jpg(), s3_store, settings),
    )
    assert await Photo.filter(booking_id=booking.id).count() == 0


async def test_storage_down_keeps_the_photo_for_a_retry_then_fails_it(
    requester, approved_booking, store, settings
):
    booking = await approved_booking(requester)
    photo = await photos.add_photo(requester, booking.id, JPEG, store, settings)
    await store.delete(photo.original_key)  # as if the storage lost it / were unreachable

    assert await work.process_due_photos(store, settings) == {"PROCESSING": 1}
    await photo.refresh_from_db()
    assert photo.status == PhotoStatus.PROCESSING and photo.next_attempt_at > now()
    assert await work.process_due_photos(store, settings) == {}  # not due yet

    await Photo.filter(id=photo.id).update(
        attempts=settings.photo_max_attempts, next_attempt_at=now()
    )
    assert await work.process_due_photos(store, settings) == {"FAILED": 1}
    await photo.refresh_from_db()
    assert photo.failure_reason == "PROCESSING_ERROR"


async def test_a_presigned_upload_is_checked_at_confirmation(
    requester, approved_booking, s3_store, settings
):
    booking = await approved_booking(requester)
    photo, post = await photos.create_upload(
        requester, booking.id, "image/jpeg", len(JPEG), s3_store, settings
    )
    assert photo.status == PhotoStatus.UPLOADING
    assert post.expires_at <= now() + timedelta(seconds=settings.upload_url_seconds + 1)

    await refused(
        ErrorCode.UPLOAD_MISSING, photos.confirm_upload(requester, photo.id, s3_store, settings)
    )
    async with httpx.AsyncClient() as http:
        files: Any = {"file": ("x.jpg", JPEG, "image/jpeg")}
        response = await http.post(post.url, data=post.fields, files=files)
    assert response.status_code == 204, response.text

    confirmed = await photos.confirm_upload(requester, photo.id, s3_store, settings)
    assert confirmed.status == PhotoStatus.PROCESSING and confirmed.size == len(JPEG)
    again = await photos.confirm_upload(requester, photo.id, s3_store, settings)  # a retry
    assert again.status == PhotoStatus.PROCESSING
    assert await work.process_due_photos(s3_store, settings) == {"READY": 1}


async def test_bytes_that_are_not_an_image_are_refused_at_confirmation(
    requester, approved_booking, s3_store, settings
):
    booking = await approved_booking(requester)
    body = text_named_jpg()
    photo, post = await photos.create_upload(
        requester, booking.id, "image/jpeg", len(body), s3_store, settings
    )
    async with httpx.AsyncClient() as http:  # the declared type, other bytes
        files: Any = {"file": ("x.jpg", body, "image/jpeg")}
        assert (await http.post(post.url, data=post.fields, files=files)).status_code == 204

    await refused(
        ErrorCode.BAD_FILE, photos.confirm_upload(requester, photo.id, s3_store, settings)
    )
    await photo.refresh_from_db()
    assert (photo.status, photo.failure_reason) == (PhotoStatus.FAILED, "NOT_AN_IMAGE")
    assert await s3_store.head(photo.original_key) is None


@pytest.mark.parametrize(
    ("content_type", "size", "code"),
    [
        ("image/gif", 100, ErrorCode.BAD_FILE),
        ("text/html", 100, ErrorCode.BAD_FILE),
        ("image/jpeg", 0, ErrorCode.BAD_FILE),
        ("image/jpeg", 10**12, ErrorCode.FILE_TOO_LARGE),
    ],
)
async def test_presigned_uploads_only_for_photos_within_the_cap(
    requester, approved_booking, s3_store, settings, content_type, size, code
):
    booking = await approved_booking(requester)

    await refused(
        code, photos.create_upload(requester, booking.id, content_type, size, s3_store, settings)
    )


async def test_photos_per_booking_are_capped(requester, approved_booking, store, settings):
    booking = await approved_booking(requester)
    capped = settings.model_copy(update={"max_photos_per_booking": 2})
    await photos.add_photo(requester, booking.id, JPEG, store, capped)
    await photos.create_upload(requester, booking.id, "image/png", 1000, store, capped)

    error = await refused(
        ErrorCode.TOO_MANY_PHOTOS, photos.add_photo(requester, booking.id, JPEG, store, capped)
    )
    assert error.params["max"] == 2

    # an upload never confirmed in time stops counting
    await Photo.filter(status=PhotoStatus.UPLOADING).update(
        upload_expires_at=now() - timedelta(seconds=1)
    )
    await photos.add_photo(requester, booking.id, JPEG, store, capped)
    assert (
        await Photo.filter(status=PhotoStatus.FAILED, failure_reason="UPLOAD_EXPIRED").count() == 1
    )


async def test_who_may_add_photos(requester, approved_booking, create_user, staff, store, settings):
    booking = await approved_booking(requester)
    other_agency = await create_user(Role.REQUESTER)

    await refused(
        ErrorCode.NOT_FOUND, photos.add_photo(other_agency, booking.id, JPEG, store, settings)
    )
    for role in (Role.EQUIPMENT_HEAD, Role.LEADERSHIP, Role.ADMIN, Role.SERVICE_HEAD):
        await refused(
            ErrorCode.FORBIDDEN, photos.add_photo(staff[role], booking.id, JPEG, store, settings)
        )
    officer_photo = await photos.add_photo(
        staff[Role.SERVICE_OFFICER], booking.id, JPEG, store, settings
    )
    assert officer_photo.uploaded_by_id == staff[Role.SERVICE_OFFICER].id


async def test_no_photos_before_the_event_starts(
    requester, approved_booking, create_booking, store, settings
):
    future = await approved_booking(requester, started=False)
    pending = await create_booking(requester)

    await refused(
        ErrorCode.EVENT_NOT_STARTED, photos.add_photo(requester, future.id, JPEG, store, settings)
    )
    await refused(
        ErrorCode.INVALID_TRANSITION,
        photos.add_photo(requester, pending.id, JPEG, store, settings),
    )


async def test_the_report_completes_step_10_and_reaches_leadership(
    requester, approved_booking, staff, store, settings
):
    booking = await approved_booking(requester)
    await refused(
        ErrorCode.REPORT_NEEDS_PHOTOS,
        operations.report(requester, booking.id, "Rapat berjalan.", settings=settings),
    )
    await refused(
        ErrorCode.VALIDATION, operations.report(requester, booking.id, "   ", settings=settings)
    )
    await photos.add_photo(requester, booking.id, JPEG, store, settings)

    reported = await operations.report(
        requester, booking.id, "Rapat berjalan lancar, 25 peserta.", settings=settings
    )

    assert reported.status == S.REPORTED
    report = await EventReport.get(booking_id=booking.id)
    assert (report.narrative, report.reported_by_id) == (
        "Rapat berjalan lancar, 25 peserta.",
        requester.id,
    )
    last = await BookingEvent.filter(booking_id=booking.id).order_by("-id").first()
    assert last is not None and (last.from_status, last.to_status, last.actor_role) == (
        S.APPROVED,
        S.REPORTED,
        "REQUESTER",
    )
    told = await Notification.filter(booking_id=booking.id, kind="booking.reported")
    assert [n.user_id for n in told] == [staff[Role.LEADERSHIP].id]
    await refused(
        ErrorCode.INVALID_TRANSITION,
        operations.report(requester, booking.id, "lagi", settings=settings),
    )


async def test_the_report_waits_for_the_event(requester, approved_booking, staff, store, settings):
    booking = await approved_booking(requester, started=False)

    await refused(
        ErrorCode.EVENT_NOT_STARTED,
        operations.report(requester, booking.id, "awal", settings=settings),
    )
    await refused(
        ErrorCode.FORBIDDEN,
        operations.report(
            staff[Role.LEADERSHIP], booking.id, "pimpinan tidak melapor", settings=settings
        ),
    )


async def test_a_completed_event_can_be_reported_by_an_officer(
    requester, approved_booking, staff, store, settings
):
    booking = await approved_booking(requester)
    await Booking.filter(id=booking.id).update(ends_at=now() - timedelta(minutes=1))
    assert await operations.complete_finished(settings=settings) == [booking.id]
    await photos.add_photo(staff[Role.SERVICE_OFFICER], booking.id, JPEG, store, settings)

    reported = await operations.report(
        staff[Role.SERVICE_OFFICER], booking.id, "Selesai.", settings=settings
    )

    assert reported.status == S.REPORTED
