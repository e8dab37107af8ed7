"""Leadership documents (SOP step 10): the event report and the month's summary as real PDFs, read
back (text with pypdf, pages rasterised with pdfium, images counted), through real S3 (SeaweedFS),
the embedded worker's path, the API and a real Celery worker."""

from __future__ import annotations

import io
import uuid
from datetime import timedelta

import httpx
import pypdf
import pypdfium2
import pytest
from celery import Celery
from PIL import ImageStat

from booking import operations, photos, report_documents
from booking.clock import now
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, EventReport, ReportDocument
from tasks import work
from tests.photo_files import camera_jpeg
from tests.server import execute
from tests.test_api import gid, login
from tests.test_photos_api import photo_server, s3_env  # noqa: F401  (a fixture, shared)
from tests.test_workers import REDIS, celery_worker, child_pids, require_redis, wait_for

NARRATIVE = "Rapat koordinasi berjalan lancar; peserta menyepakati jadwal kerja bakti."


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def image_count(data: bytes) -> int:
    """Image XObjects placed on the pages."""
    return sum(len(page.images) for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def blank_pages(data: bytes) -> list[int]:
    """Pages that rasterise to a single colour."""
    document = pypdfium2.PdfDocument(data)
    blank = []
    for number in range(len(document)):
        image = document[number].render(scale=0.5).to_pil().convert("L")
        if max(ImageStat.Stat(image).stddev) < 1.0:
            blank.append(number)
    return blank


async def reported_booking(requester, approved_booking, s3_store, settings, count=2):  # type: ignore[no-untyped-def]
    booking = await approved_booking(requester)
    for _ in range(count):
        await photos.add_photo(requester, booking.id, camera_jpeg(640, 480), s3_store, settings)
    assert await work.process_due_photos(s3_store, settings) == {"READY": count}
    await operations.report(requester, booking.id, NARRATIVE, settings=settings)
    return booking


@pytest.fixture
async def requester(create_user, create_agency):  # type: ignore[no-untyped-def]
    agency = await create_agency(name="Dinas Sumber Daya Air")
    return await create_user(Role.REQUESTER, agency=agency)


async def test_a_submitted_report_becomes_a_pdf_with_its_fields_photos_and_history(
    requester, approved_booking, s3_store, settings
):
    booking = await reported_booking(requester, approved_booking, s3_store, settings, count=3)
    report = await EventReport.get(booking_id=booking.id)
    document = await ReportDocument.get(subject=f"event-report:{report.id}")
    assert document.status == "PENDING"  # written with the report

    assert await work.render_due_documents(s3_store, settings) == {"READY": 1}
    await document.refresh_from_db()
    assert document.status == "READY" and document.key and document.renders == 1
    data = await s3_store.get(document.key)
    assert data.startswith(b"%PDF-")

    text = pdf_text(data)
    start = booking.starts_at.astimezone(settings.tz)
    for expected in (
        "LAPORAN PENGGUNAAN RUANGAN",
        booking.reference,
        booking.title,
        "Dinas Sumber Daya Air",
        f"{start:%H:%M}-",
        "WIB",
        f"{booking.participants} orang",
        "Dokumentasi (3 foto)",
        "Riwayat pemesanan",
        "Disetujui",  # the booking's history: the approval, in Indonesian
    ):
        assert expected in text, expected
    assert "Rapat koordinasi berjalan lancar" in text.replace("\n", " ")
    assert image_count(data) == 3  # the renditions, each embedded
    assert blank_pages(data) == []
    # the rendition, not the original (640x480 camera JPEG → 640x480 display rendition)
    reader = pypdf.PdfReader(io.BytesIO(data))
    sizes = {img.image.size for page in reader.pages for img in page.images}
    assert sizes == {(640, 480)}


async def test_rendering_is_idempotent_and_follows_the_reports_changes(
    requester, approved_booking, s3_store, settings
):
    booking = await reported_booking(requester, approved_booking, s3_store, settings)
    assert await work.render_due_documents(s3_store, settings) == {"READY": 1}
    document = await ReportDocument.get(subject__startswith="event-report:")
    first_key = document.key

    # a retried task, and a re-request with the same content: no second rendering
    assert await work.render_document(document.id, s3_store, settings) == "READY"
    await report_documents.request(document.subject)
    assert await work.render_due_documents(s3_store, settings) == {"READY": 1}
    await document.refresh_from_db()
    assert (document.renders, document.key) == (1, first_key)

    # a photo added after the report: the document is rendered again, with it
    await photos.add_photo(requester, booking.id, camera_jpeg(480, 640), s3_store, settings)
    assert await work.process_due_photos(s3_store, settings) == {"READY": 1}
    await document.refresh_from_db()
    assert document.status == "PENDING"
    assert await work.render_due_documents(s3_store, settings) == {"READY": 1}
    await document.refresh_from_db()
    assert document.renders == 2 and document.key != first_key
    assert document.key is not None
    assert image_count(await s3_store.get(document.key)) == 3


async def test_the_monthly_summary_for_leadership(
    requester, approved_booking, s3_store, settings, staff, create_user
):
    booking = await reported_booking(requester, approved_booking, s3_store, settings)
    assert await work.render_due_documents(s3_store, settings) == {"READY": 1}  # the report's
    start = booking.starts_at.astimezone(settings.tz)
    leader = await create_user(Role.LEADERSHIP)

    with pytest.raises(DomainError) as refused:
        await report_documents.monthly_document(
            requester, start.year, start.month, s3_store, settings, refresh=True
        )
    assert refused.value.code == ErrorCode.FORBIDDEN

    state = await report_documents.monthly_document(
        leader, start.year, start.month, s3_store, settings, refresh=True
    )
    assert (state.status, state.url) == ("PENDING", None)
    assert await work.render_due_documents(s3_store, settings) == {"READY": 1}
    state = await report_documents.monthly_document(
        leader, start.year, start.month, s3_store, settings, refresh=True
    )
    assert state.status == "READY" and state.url  # cached: the month's figures are unchanged
    async with httpx.AsyncClient() as http:
        data = (await http.get(state.url)).content
    text = pdf_text(data)
    month = report_documents.MONTHS_ID[start.month - 1]
    for expected in (
        f"RINGKASAN PENGGUNAAN RUANGAN - {month.upper()}",
        "Dinas Sumber Daya Air",
        "Jumlah kegiatan terlaksana: 1",
        "Tingkat layanan",
        "Verifikasi",  # step 2's name, in the service levels
    ):
        assert expected in text, expected
    assert blank_pages(data) == []

    # another event held that month: a new rendering on the next request
    other = await reported_booking(requester, approved_booking, s3_store, settings)
    await Booking.filter(id=other.id).update(starts_at=booking.starts_at + timedelta(minutes=5))
    state = await report_documents.monthly_document(
        leader, start.year, start.month, s3_store, settings, refresh=True
    )
    assert state.status == "PENDING" and state.url  # the previous version meanwhile
    await work.render_due_documents(s3_store, settings)
    document = await ReportDocument.get(
        subject=report_documents.monthly_subject(start.year, start.month)
    )
    assert document.key is not None
    assert "Jumlah kegiatan terlaksana: 2" in pdf_text(await s3_store.get(document.key))


async def test_a_celery_worker_renders_the_document_once(
    settings, s3_server, s3_store, approved_booking, requester, tmp_path
):
    """(Before the API test: its server's embedded worker would render it too.)"""
    require_redis()
    suffix = uuid.uuid4().hex[:8]
    env = {
        **s3_env(settings, s3_server),
        "EPESAN_BROKER_URL": REDIS,
        "EPESAN_TASK_QUEUE": f"epesan-test-{suffix}",
        "EPESAN_PHOTO_QUEUE": f"epesan-photos-{suffix}",
    }
    await reported_booking(requester, approved_booking, s3_store, settings)
    document = await ReportDocument.get(subject__startswith="event-report:")
    log = tmp_path / "worker.log"
    queues = f"{env['EPESAN_TASK_QUEUE']},{env['EPESAN_PHOTO_QUEUE']}"
    with celery_worker(env, log, queues=queues) as worker:

        async def started() -> bool:
            return b" ready." in log.read_bytes() and bool(child_pids(worker.pid))

        await wait_for(started, within=30)
        client = Celery(broker=REDIS)
        for _ in range(2):  # the relay twice: the lease keeps it to one rendering
            client.send_task("tasks.jobs.relay_outbox", queue=env["EPESAN_TASK_QUEUE"])
        # and the task itself, again, as a redelivery would
        client.send_task(
            "tasks.jobs.render_document", (document.id,), queue=env["EPESAN_PHOTO_QUEUE"]
        )

        async def rendered() -> bool:
            await document.refresh_from_db()
            return document.status == "READY"

        await wait_for(rendered, within=60)
    await document.refresh_from_db()
    assert document.renders == 1 and document.key is not None
    assert image_count(await s3_store.get(document.key)) == 2
    assert "tasks.jobs.render_document" in log.read_text()
    assert document.requested_at <= now()


DOCUMENT = (
    """query ($id: ID!) { node(id: $id) { ... on EventReport { document { status url } } } }"""
)
MONTHLY = """mutation ($input: RequestMonthlySummaryInput!) { requestMonthlySummary(input: $input) {
  document { status url } errors { code message field } } }"""


async def test_the_document_through_the_api_for_those_who_may_see_the_report(
    photo_server,  # noqa: F811
    requester,
    approved_booking,
    s3_store,
    settings,
    create_user,
):
    """The API process's embedded worker renders it after the report is committed."""
    await create_user(Role.LEADERSHIP, nrk="530001")
    await create_user(Role.REQUESTER, nrk="530002")  # another agency
    booking = await reported_booking(requester, approved_booking, s3_store, settings)
    report = await EventReport.get(booking_id=booking.id)
    leader = await login(photo_server, "530001")
    report_id = gid("EventReport", report.id)

    async def ready() -> bool:
        await work.render_due_documents(s3_store, settings)  # as the worker would, meanwhile
        answer = await execute(photo_server, DOCUMENT, {"id": report_id}, token=leader)
        return answer["node"]["document"]["status"] == "READY"

    await wait_for(ready, within=30)
    answer = await execute(photo_server, DOCUMENT, {"id": report_id}, token=leader)
    url = answer["node"]["document"]["url"]
    async with httpx.AsyncClient() as http:
        response = await http.get(url)
    assert response.status_code == 200 and response.content.startswith(b"%PDF-")
    assert booking.reference in pdf_text(response.content)

    stranger = await login(photo_server, "530002")
    assert (await execute(photo_server, DOCUMENT, {"id": report_id}, token=stranger))[
        "node"
    ] is None

    bad = await execute(photo_server, MONTHLY, {"input": {"month": "2026-13"}}, token=leader)
    assert [e["code"] for e in bad["requestMonthlySummary"]["errors"]] == ["VALIDATION"]
    start = booking.starts_at.astimezone(settings.tz)
    asked = await execute(
        photo_server, MONTHLY, {"input": {"month": f"{start:%Y-%m}"}}, token=stranger
    )
    assert [e["code"] for e in asked["requestMonthlySummary"]["errors"]] == ["FORBIDDEN"]
    asked = await execute(
        photo_server, MONTHLY, {"input": {"month": f"{start:%Y-%m}"}}, token=leader
    )
    assert asked["requestMonthlySummary"]["document"]["status"] == "PENDING"
