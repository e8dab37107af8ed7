"""Event photos (SOP step 10): upload, confirm, process, and who may see them.

Two ways in: a direct upload through the API (``add_photo``), or a presigned form upload straight
to storage (``create_upload`` then ``confirm_upload``, for phones on slow networks). Either way the
photo row is the outbox of the processing work: ``PROCESSING`` rows are claimed with a lease by
whichever worker runs (Celery's photo queue, or the embedded worker), so a broker outage delays
processing and never loses it. Processing is idempotent: the same input gives the same objects
under the same keys.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from booking import report_documents
from booking.clock import now
from booking.documents import SIGNATURES
from booking.enums import PhotoStatus, Role
from booking.errors import DomainError, ErrorCode
from booking.locks import lock_booking
from booking.models import Booking, Photo, User
from booking.permissions import can_view_booking
from booking.ports import DocumentStore, PresignedPost
from booking.settings import Settings
from booking.workflow import REPORTABLE

log = logging.getLogger("epesan.photos")

#: Accepted upload types and the extension of their original object.
CONTENT_TYPES = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}
#: Booking states in which photos may be added (once the event has started).
#: Rows that count against the per-booking cap.
COUNTED = (PhotoStatus.UPLOADING, PhotoStatus.PROCESSING, PhotoStatus.READY)
LEASE = timedelta(minutes=2)
#: The renderer: bytes in, renditions out; raises BadPhoto for unusable bytes.
Renderer = Callable[[bytes], "RenderResult"]


class BadPhoto(Exception):
    """Raised by a renderer for bytes that are not a usable photo; ``reason`` is a code word."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail

    def __reduce__(self) -> tuple[type[BadPhoto], tuple[str, str]]:
        return BadPhoto, (self.reason, self.detail)  # raised in a rendering child process too


@dataclass(frozen=True)
class RenderedImage:
    name: str
    format: str
    content_type: str
    width: int
    height: int
    data: bytes


@dataclass(frozen=True)
class RenderResult:
    width: int
    height: int
    renditions: list[RenderedImage]


def sniff_photo(head: bytes) -> str | None:
    """The image type the first bytes prove (JPEG, PNG or WebP), or None."""
    for magic, content_type, _ in SIGNATURES:  # the letters' signatures, images only
        if content_type in CONTENT_TYPES and head.startswith(magic):
            return content_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def can_add_photos(user: User, booking: Booking) -> bool:
    if user.has_role(Role.SERVICE_OFFICER):
        return True
    return user.has_role(Role.REQUESTER) and booking.agency_id == user.agency_id


def original_key(booking_id: int, uid: str, content_type: str) -> str:
    return f"photos/{booking_id}/{uid}/original.{CONTENT_TYPES[content_type]}"


def slot_key(booking_id: int, uid: str, content_type: str) -> str:
    """Where a presigned form writes. Confirming moves the object to :func:`original_key`, a key
    no form can write: the form stays valid until it expires, but whatever it sends after the
    confirmation lands here, is never read, and is deleted once the form has expired."""
    return f"photos/{booking_id}/{uid}/upload.{CONTENT_TYPES[content_type]}"


def rendition_key(photo: Photo, name: str, fmt: str) -> str:
    ext = "jpg" if fmt == "jpeg" else fmt
    return f"photos/{photo.booking_id}/{photo.uid}/{name}.{ext}"


def _check_booking(user: User, booking: Booking | None) -> Booking:
    if booking is None or not can_view_booking(user, booking):
        raise DomainError(ErrorCode.NOT_FOUND, field="bookingId")
    if not can_add_photos(user, booking):
        raise DomainError(ErrorCode.FORBIDDEN)
    if booking.status not in REPORTABLE:
        raise DomainError(
            ErrorCode.INVALID_TRANSITION, action="UPLOAD_PHOTO", status=booking.status.value
        )
    if booking.starts_at > now():
        raise DomainError(ErrorCode.EVENT_NOT_STARTED, field="bookingId")
    return booking


def _check_size(size: int, settings: Settings) -> None:
    if size <= 0:
        raise DomainError(ErrorCode.BAD_FILE, "bad_photo", field="photo")
    if size > settings.max_photo_bytes:
        raise DomainError(
            ErrorCode.FILE_TOO_LARGE,
            field="photo",
            max_mb=round(settings.max_photo_bytes / 1024 / 1024, 1),
        )


async def _insert(
    user: User, booking_id: int, settings: Settings, **values: object
) -> tuple[Photo, Booking]:
    """A new photo row, under the booking's lock so the per-booking cap holds under races."""
    await _expire_uploads(booking_id)
    async with in_transaction() as conn:
        booking = _check_booking(user, await lock_booking(conn, booking_id))
        taken = await Photo.filter(booking_id=booking_id, status__in=COUNTED).using_db(conn).count()
        if taken >= settings.max_photos_per_booking:
            raise DomainError(
                ErrorCode.TOO_MANY_PHOTOS, field="bookingId", max=settings.max_photos_per_booking
            )
        photo = await Photo.create(
            using_db=conn, booking_id=booking_id, uploaded_by=user, created_at=now(), **values
        )
    return photo, booking


async def _expire_uploads(booking_id: int | None = None) -> int:
    """Presigned uploads never confirmed in time stop counting against the cap."""
    query = Photo.filter(status=PhotoStatus.UPLOADING, upload_expires_at__lt=now())
    if booking_id is not None:
        query = query.filter(booking_id=booking_id)
    return await query.update(status=PhotoStatus.FAILED, failure_reason="UPLOAD_EXPIRED")


async def add_photo(
    user: User, booking_id: int, data: bytes, store: DocumentStore, settings: Settings
) -> Photo:
    """A photo uploaded through the API: checked, stored, then queued for processing."""
    booking = await Booking.get_or_none(id=booking_id)
    _check_booking(user, booking)
    _check_size(len(data), settings)
    content_type = sniff_photo(data[:16])
    if content_type is None:
        raise DomainError(ErrorCode.BAD_FILE, "bad_photo", field="photo")
    uid = uuid.uuid4().hex
    key = original_key(booking_id, uid, content_type)
    await store.put(key, data, content_type)
    try:
        photo, _ = await _insert(
            user,
            booking_id,
            settings,
            uid=uid,
            status=PhotoStatus.PROCESSING,
            original_key=key,
            content_type=content_type,
            size=len(data),
            next_attempt_at=now(),
        )
    except BaseException:
        await store.delete(key)  # no orphan object for a refused row
        raise
    return photo


async def create_upload(
    user: User,
    booking_id: int,
    content_type: str,
    size: int,
    store: DocumentStore,
    settings: Settings,
) -> tuple[Photo, PresignedPost]:
    """A presigned form upload of at most ``size`` bytes of ``content_type``, for minutes."""
    if content_type not in CONTENT_TYPES:
        raise DomainError(ErrorCode.BAD_FILE, "bad_photo", field="contentType")
    _check_size(size, settings)
    uid = uuid.uuid4().hex
    key = slot_key(booking_id, uid, content_type)
    post = store.presigned_post(key, content_type, size, settings.upload_url_seconds)
    photo, _ = await _insert(
        user,
        booking_id,
        settings,
        uid=uid,
        status=PhotoStatus.UPLOADING,
        original_key=key,
        content_type=content_type,
        size=size,
        upload_expires_at=post.expires_at,
    )
    return photo, post


async def confirm_upload(
    user: User, photo_id: int, store: DocumentStore, settings: Settings
) -> Photo:
    """The client says its presigned upload is done: re-check the object (it exists, its size is
    within the cap, its first bytes are the declared image type) and queue it."""
    photo = await Photo.get_or_none(id=photo_id)
    booking = await Booking.get_or_none(id=photo.booking_id) if photo else None
    if photo is None or booking is None or not can_view_booking(user, booking):
        raise DomainError(ErrorCode.NOT_FOUND, field="photoId")
    if not can_add_photos(user, booking):
        raise DomainError(ErrorCode.FORBIDDEN)
    if photo.status != PhotoStatus.UPLOADING:
        if photo.status in (PhotoStatus.PROCESSING, PhotoStatus.READY):
            return photo  # a retried confirmation
        raise DomainError(ErrorCode.BAD_FILE, "photo_upload_failed", field="photoId")
    # The object leaves the form's key before it is checked: what is checked is what is kept,
    # and a second POST of the same form (it stays valid until it expires) changes nothing.
    kept = original_key(photo.booking_id, photo.uid, photo.content_type)
    moved = photo.original_key != kept and await store.move(photo.original_key, kept)
    info = await store.head(kept)
    if info is None:
        if not moved and photo.upload_expires_at is not None and photo.upload_expires_at < now():
            await _fail(photo, "UPLOAD_EXPIRED")
            raise DomainError(ErrorCode.BAD_FILE, "photo_upload_failed", field="photoId")
        raise DomainError(ErrorCode.UPLOAD_MISSING, field="photoId")
    reason = None
    if info.size > min(photo.size or 0, settings.max_photo_bytes):
        reason = "TOO_LARGE"
    elif sniff_photo(await store.read_head(kept, 16)) != photo.content_type:
        reason = "NOT_AN_IMAGE"
    if reason is not None:
        await store.delete(kept)
        await _fail(photo, reason)
        raise DomainError(ErrorCode.BAD_FILE, "bad_photo", field="photoId")
    updated = await Photo.filter(id=photo.id, status=PhotoStatus.UPLOADING).update(
        status=PhotoStatus.PROCESSING, original_key=kept, size=info.size, next_attempt_at=now()
    )
    await photo.refresh_from_db()
    if not updated and photo.status not in (PhotoStatus.PROCESSING, PhotoStatus.READY):
        raise DomainError(ErrorCode.BAD_FILE, "photo_upload_failed", field="photoId")
    return photo


async def clear_used_slots(store: DocumentStore, limit: int = 100) -> int:
    """Delete what expired presigned forms left behind: a second POST after the confirmation, or
    an upload never confirmed. A photo's form key is cleared once (``upload_expires_at`` is set
    back to None); an UPLOADING photo is closed by :func:`_expire_uploads` first."""
    await _expire_uploads()
    done: list[Photo] = (
        await Photo.filter(upload_expires_at__lt=now())
        .exclude(status=PhotoStatus.UPLOADING)
        .order_by("id")
        .limit(limit)
    )
    for photo in done:
        await store.delete(slot_key(photo.booking_id, photo.uid, photo.content_type))
        await Photo.filter(id=photo.id).update(upload_expires_at=None)
    return len(done)


async def _fail(photo: Photo, reason: str) -> None:
    await Photo.filter(id=photo.id).update(
        status=PhotoStatus.FAILED, failure_reason=reason, processed_at=now()
    )
    photo.status, photo.failure_reason = PhotoStatus.FAILED, reason


async def claim_due(limit: int = 100) -> list[int]:
    """Photos waiting for processing, each leased to the caller for a while (a dead worker's
    photos come back after the lease). Expired presigned uploads are closed on the way."""
    await _expire_uploads()
    moment = now()
    ids: list[int] = await (  # type: ignore[assignment]
        Photo.filter(status=PhotoStatus.PROCESSING)
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=moment))
        .order_by("id")
        .limit(limit)
        .values_list("id", flat=True)
    )
    claimed = []
    for photo_id in ids:
        taken = (
            await Photo.filter(id=photo_id, status=PhotoStatus.PROCESSING)
            .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=moment))
            .update(next_attempt_at=moment + LEASE, attempts=F("attempts") + 1)
        )
        if taken:
            claimed.append(photo_id)
    return claimed


async def process(photo_id: int, store: DocumentStore, render: Renderer, settings: Settings) -> str:
    """Make the renditions of one photo. Returns the photo's status afterwards.

    Idempotent: a READY or FAILED photo is left alone; a second run over a PROCESSING photo writes
    the same bytes to the same keys. Bad bytes mark the photo FAILED with the renderer's reason;
    anything else (storage down) is left for a retry until ``photo_max_attempts``."""
    photo = await Photo.get_or_none(id=photo_id)
    if photo is None:
        return "GONE"
    if photo.status != PhotoStatus.PROCESSING:
        return photo.status.value
    try:
        data = await store.get(photo.original_key)
        result = await asyncio.to_thread(render, data)
        renditions = []
        for image in result.renditions:
            key = rendition_key(photo, image.name, image.format)
            await store.put(key, image.data, image.content_type)
            renditions.append(
                {
                    "name": image.name,
                    "format": image.format,
                    "contentType": image.content_type,
                    "width": image.width,
                    "height": image.height,
                    "bytes": len(image.data),
                    "key": key,
                }
            )
    except BadPhoto as exc:
        await store.delete(photo.original_key)  # hostile or broken bytes are not kept
        await Photo.filter(id=photo.id, status=PhotoStatus.PROCESSING).update(
            status=PhotoStatus.FAILED, failure_reason=exc.reason, processed_at=now()
        )
        log.info("photo %s failed: %s", photo.id, exc.reason)
        return PhotoStatus.FAILED.value
    except Exception:
        log.exception("photo %s: processing error (attempt %s)", photo.id, photo.attempts)
        if photo.attempts >= settings.photo_max_attempts:
            await Photo.filter(id=photo.id, status=PhotoStatus.PROCESSING).update(
                status=PhotoStatus.FAILED, failure_reason="PROCESSING_ERROR", processed_at=now()
            )
            return PhotoStatus.FAILED.value
        await Photo.filter(id=photo.id, status=PhotoStatus.PROCESSING).update(
            next_attempt_at=now() + timedelta(seconds=10 * 2 ** max(0, photo.attempts - 1))
        )
        return PhotoStatus.PROCESSING.value
    await Photo.filter(id=photo.id, status=PhotoStatus.PROCESSING).update(
        status=PhotoStatus.READY,
        renditions=renditions,
        width=result.width,
        height=result.height,
        processed_at=now(),
    )
    await report_documents.request_for_booking(photo.booking_id)  # a report's document shows it
    return PhotoStatus.READY.value
