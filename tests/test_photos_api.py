"""SOP step 10 through the API with a real client (gql), real S3 (SeaweedFS), and the photo queue
on a real Celery worker."""

from __future__ import annotations

import asyncio
import io
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from celery import Celery
from gql import FileVar
from gql.transport.exceptions import TransportQueryError
from PIL import Image

from booking import photos
from booking.enums import PhotoStatus, Role
from booking.models import Photo
from tests.photo_files import camera_jpeg, png_bomb, text_named_jpg
from tests.server import execute, run_server
from tests.test_api import gid, login
from tests.test_workers import REDIS, celery_worker, child_pids, require_redis, wait_for

JPEG = camera_jpeg(1600, 1200, orientation=6)


def s3_env(settings, s3_server) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_BACKEND": "s3",
        "EPESAN_S3_ENDPOINT_URL": s3_server.endpoint,
        "EPESAN_S3_BUCKET": s3_server.bucket,
        "EPESAN_S3_ACCESS_KEY_ID": s3_server.access_key,
        "EPESAN_S3_SECRET_ACCESS_KEY": s3_server.secret_key,
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0.01",
    }


@pytest.fixture(scope="module")
async def photo_server(database, settings, s3_server, tmp_path_factory) -> AsyncIterator[str]:  # type: ignore[no-untyped-def]
    """Embedded worker on: photos are processed in the API process after each upload."""
    env = s3_env(settings, s3_server)
    with run_server(env, tmp_path_factory.mktemp("logs") / "photo-api.log") as base:
        yield base


UPLOAD = """mutation($input: UploadEventPhotoInput!) {
  uploadEventPhoto(input: $input) { photo { id status } errors { code message field } }
}"""
CREATE = """mutation($input: CreatePhotoUploadInput!) {
  createPhotoUpload(input: $input) {
    photo { id status }
    upload { url fields { name value } expiresAt maxBytes }
    errors { code message field }
  }
}"""
CONFIRM = """mutation($input: ConfirmPhotoUploadInput!) {
  confirmPhotoUpload(input: $input) { photo { id status } errors { code message field } }
}"""
PHOTO = """query($id: ID!) { node(id: $id) { ... on Photo { id status failureReason width height
  renditions { name format contentType width height bytes url } } } }"""
REPORT = """mutation($input: SubmitEventReportInput!) {
  submitEventReport(input: $input) {
    report { id narrative } booking { status } errors { code message field }
  }
}"""
REPORTS = """{ eventReports(first: 10) { totalCount edges { node { id narrative reportedAt
  room { code } agency { name } reportedBy { nrk } booking { reference startsAt }
  photos { status renditions { name format width height url } } } } } }"""


async def wait_ready(base: str, token: str, photo_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 30
    while True:
        node = (await execute(base, PHOTO, {"id": photo_id}, token=token))["node"]
        if node["status"] != "PROCESSING":
            return node
        assert time.monotonic() < deadline, "the photo was not processed in time"
        await asyncio.sleep(0.2)


async def test_step_10_from_web_and_phone_to_leadership(
    photo_server, approved_booking, create_user, staff, create_agency
):
    agency = await create_agency(name="Dinas Komunikasi")
    requester = await create_user(Role.REQUESTER, agency=agency, nrk="510001")
    booking = await approved_booking(requester)
    token = await login(photo_server, "510001")
    booking_id = gid("Booking", booking.id)

    # the web app: a multipart upload
    web = await execute(
        photo_server,
        UPLOAD,
        {"input": {"bookingId": booking_id, "photo": FileVar(io.BytesIO(JPEG), filename="a.jpg")}},
        token=token,
        upload=True,
    )
    assert web["uploadEventPhoto"]["errors"] == []
    assert web["uploadEventPhoto"]["photo"]["status"] == "PROCESSING"

    # the phone: a presigned form straight to S3, then a confirmation
    created = (
        await execute(
            photo_server,
            CREATE,
            {"input": {"bookingId": booking_id, "contentType": "image/jpeg", "size": len(JPEG)}},
            token=token,
        )
    )["createPhotoUpload"]
    assert created["errors"] == [] and created["photo"]["status"] == "UPLOADING"
    form = created["upload"]
    assert form["maxBytes"] == len(JPEG)
    async with httpx.AsyncClient() as http:
        fields = {f["name"]: f["value"] for f in form["fields"]}
        files: Any = {"file": ("b.jpg", JPEG, "image/jpeg")}
        assert (await http.post(form["url"], data=fields, files=files)).status_code == 204
    confirmed = await execute(
        photo_server, CONFIRM, {"input": {"photoId": created["photo"]["id"]}}, token=token
    )
    assert confirmed["confirmPhotoUpload"]["photo"]["status"] == "PROCESSING"

    for photo_id in (web["uploadEventPhoto"]["photo"]["id"], created["photo"]["id"]):
        photo = await wait_ready(photo_server, token, photo_id)
        assert photo["status"] == "READY" and (photo["width"], photo["height"]) == (1200, 1600)
        display = next(
            r for r in photo["renditions"] if r["name"] == "display" and r["format"] == "jpeg"
        )
        assert (display["width"], display["height"]) == (1200, 1600)
        async with httpx.AsyncClient() as http:  # the short-lived URL, no token
            got = await http.get(display["url"])
        assert got.status_code == 200 and got.headers["content-type"] == "image/jpeg"
        assert Image.open(io.BytesIO(got.content)).size == (1200, 1600)
        assert b"Exif" not in got.content

    reported = await execute(
        photo_server,
        REPORT,
        {"input": {"bookingId": booking_id, "narrative": "Rapat koordinasi berjalan lancar."}},
        token=token,
    )
    assert reported["submitEventReport"]["errors"] == []
    assert reported["submitEventReport"]["booking"]["status"] == "REPORTED"

    leadership = await create_user(Role.LEADERSHIP, nrk="510009")
    assert leadership.id != staff[Role.LEADERSHIP].id
    listed = (await execute(photo_server, REPORTS, token=await login(photo_server, "510009")))[
        "eventReports"
    ]
    assert listed["totalCount"] == 1
    node = listed["edges"][0]["node"]
    assert node["narrative"] == "Rapat koordinasi berjalan lancar."
    assert node["agency"]["name"] == "Dinas Komunikasi"
    assert node["reportedBy"]["nrk"] == "510001"
    assert node["booking"]["reference"] == booking.reference
    assert len(node["photos"]) == 2
    assert {(r["name"], r["format"]) for r in node["photos"][0]["renditions"]} == {
        ("display", "webp"),
        ("display", "jpeg"),
        ("thumb", "webp"),
        ("thumb", "jpeg"),
    }


async def test_bad_photos_get_typed_errors_not_server_errors(
    photo_server, approved_booking, create_user, create_agency
):
    requester = await create_user(Role.REQUESTER, nrk="520001")
    booking = await approved_booking(requester)
    token = await login(photo_server, "520001")
    booking_id = gid("Booking", booking.id)

    text = await execute(
        photo_server,
        UPLOAD,
        {
            "input": {
                "bookingId": booking_id,
                "photo": FileVar(io.BytesIO(text_named_jpg()), filename="foto.jpg"),
            }
        },
        token=token,
        upload=True,
    )
    assert [e["code"] for e in text["uploadEventPhoto"]["errors"]] == ["BAD_FILE"]

    other = await create_user(Role.REQUESTER, nrk="520002")
    assert other.agency_id != requester.agency_id
    stranger = await execute(
        photo_server,
        CREATE,
        {"input": {"bookingId": booking_id, "contentType": "image/jpeg", "size": 1000}},
        token=await login(photo_server, "520002"),
    )
    assert [e["code"] for e in stranger["createPhotoUpload"]["errors"]] == ["NOT_FOUND"]

    too_early = await execute(
        photo_server,
        REPORT,
        {"input": {"bookingId": booking_id, "narrative": "Belum ada foto."}},
        token=token,
    )
    assert [e["code"] for e in too_early["submitEventReport"]["errors"]] == ["REPORT_NEEDS_PHOTOS"]
    with pytest.raises(TransportQueryError) as forbidden:
        await execute(photo_server, REPORTS, token=token)
    assert forbidden.value.errors is not None
    assert forbidden.value.errors[0]["extensions"]["code"] == "FORBIDDEN"


async def test_the_photo_queue_on_a_celery_worker_survives_hostile_files(
    settings, s3_server, s3_store, approved_booking, create_user, tmp_path
):
    """Photos go to their own queue; a decompression bomb fails, the worker process lives on and
    makes the next photo."""
    require_redis()
    suffix = uuid.uuid4().hex[:8]
    env = {
        **s3_env(settings, s3_server),
        "EPESAN_BROKER_URL": REDIS,
        "EPESAN_TASK_QUEUE": f"epesan-test-{suffix}",
        "EPESAN_PHOTO_QUEUE": f"epesan-photos-{suffix}",
    }
    requester = await create_user(Role.REQUESTER)
    booking = await approved_booking(requester)
    bomb = await photos.add_photo(requester, booking.id, png_bomb(), s3_store, settings)
    good = await photos.add_photo(requester, booking.id, JPEG, s3_store, settings)

    queues = f"{env['EPESAN_TASK_QUEUE']},{env['EPESAN_PHOTO_QUEUE']}"
    log = tmp_path / "worker.log"
    with celery_worker(env, log, queues=queues) as worker:
        # Its pool's child, once it is ready: while it starts, short-lived helper processes
        # (library look-ups) can be its children too.
        async def ready() -> bool:
            return b" ready." in log.read_bytes() and bool(child_pids(worker.pid))

        await wait_for(ready, within=30)
        first_child = child_pids(worker.pid)
        Celery(broker=REDIS).send_task("tasks.jobs.relay_outbox", queue=env["EPESAN_TASK_QUEUE"])

        async def both_done() -> bool:
            rows = await Photo.filter(id__in=[bomb.id, good.id]).values_list("status", flat=True)
            return PhotoStatus.PROCESSING not in rows

        await wait_for(both_done, within=60)
        assert worker.poll() is None
        assert child_pids(worker.pid) == first_child  # the same process served both
        assert b"exited with" not in log.read_bytes()  # as Celery says when a child dies

    await bomb.refresh_from_db()
    await good.refresh_from_db()
    assert (bomb.status, bomb.failure_reason) == (PhotoStatus.FAILED, "TOO_MANY_PIXELS")
    assert good.status == PhotoStatus.READY
    assert "tasks.jobs.process_photo" in log.read_text()


async def test_the_embedded_default_serves_both_upload_paths_itself(
    database, settings, approved_booking, create_user, tmp_path
):
    """Local folder storage: the API signs and serves /uploads and /files/<token> like S3."""
    env = {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(tmp_path / "files"),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0.01",
    }
    requester = await create_user(Role.REQUESTER, nrk="530001")
    booking = await approved_booking(requester)
    with run_server(env, tmp_path / "api.log") as base:
        token = await login(base, "530001")
        created = (
            await execute(
                base,
                CREATE,
                {
                    "input": {
                        "bookingId": gid("Booking", booking.id),
                        "contentType": "image/jpeg",
                        "size": len(JPEG),
                    }
                },
                token=token,
            )
        )["createPhotoUpload"]
        form = created["upload"]
        assert form["url"] == f"{base}/uploads"
        fields = {f["name"]: f["value"] for f in form["fields"]}
        async with httpx.AsyncClient() as http:
            too_big: Any = {"file": ("b.jpg", JPEG + b"0", "image/jpeg")}
            refused = await http.post(form["url"], data=fields, files=too_big)
            assert refused.status_code == 400 and "EntityTooLarge" in refused.text
            files: Any = {"file": ("b.jpg", JPEG, "image/jpeg")}
            assert (await http.post(form["url"], data=fields, files=files)).status_code == 204
        await execute(base, CONFIRM, {"input": {"photoId": created["photo"]["id"]}}, token=token)

        photo = await wait_ready(base, token, created["photo"]["id"])
        assert photo["status"] == "READY"
        thumb = next(
            r for r in photo["renditions"] if r["name"] == "thumb" and r["format"] == "webp"
        )
        assert thumb["url"].startswith(f"{base}/files/")
        async with httpx.AsyncClient() as http:
            got = await http.get(thumb["url"])
        assert got.status_code == 200 and got.headers["content-type"] == "image/webp"
        assert Image.open(io.BytesIO(got.content)).size == (240, 320)

        await create_user(Role.REQUESTER, nrk="530002")  # another agency
        stranger = await login(base, "530002")
        hidden = await execute(base, PHOTO, {"id": created["photo"]["id"]}, token=stranger)
        assert hidden["node"] is None
