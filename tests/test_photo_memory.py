"""Photo rendering memory is bounded by what is decoded, not by file size: WebPs are decoded
straight to the rendition size, bigger full-size decodes run in a child process, renders in a
process are limited. (bench/bench_photo_memory.py measures the API process's RSS.)"""

from __future__ import annotations

import io
import threading
import time

import pytest
from PIL import Image, ImageFile, WebPImagePlugin

from booking import photos
from booking.enums import PhotoStatus, Role
from booking.photos import BadPhoto, RenderResult
from storage import images, render_guard
from tasks import work


def webp(
    width: int, height: int, alpha: bool = False, exif_orientation: int | None = None
) -> bytes:
    im = Image.new("RGBA" if alpha else "RGB", (width, height), (200, 30, 30, 255))
    im.paste((20, 40, 220, 255) if alpha else (20, 40, 220), (0, 0, width // 2, height))
    out = io.BytesIO()
    kwargs = {}
    if exif_orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = exif_orientation
        kwargs["exif"] = exif.tobytes()
    im.save(out, "WEBP", quality=90, **kwargs)
    return out.getvalue()


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 200, 10)).save(out, "PNG")
    return out.getvalue()


def sizes(result: RenderResult) -> dict[tuple[str, str], tuple[int, int]]:
    return {(r.name, r.format): (r.width, r.height) for r in result.renditions}


@pytest.fixture
def no_full_webp_decode(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pillow's WebP plugin allocates the whole canvas when it opens a file: never here."""

    def refuse(self: object) -> None:
        raise AssertionError("the WebP was opened at full size")

    monkeypatch.setattr(WebPImagePlugin.WebPImageFile, "_open", refuse)


@pytest.mark.usefixtures("no_full_webp_decode")
def test_a_big_webp_is_decoded_straight_to_the_rendition_size() -> None:
    result = images.render(webp(4000, 3000), decode_budget=1_000_000)

    assert (result.width, result.height) == (4000, 3000)
    assert sizes(result)[("display", "webp")] == (1600, 1200)
    assert sizes(result)[("thumb", "jpeg")] == (320, 240)
    display = Image.open(io.BytesIO(result.renditions[1].data))  # display JPEG
    assert display.getpixel((200, 600))[2] > 180 and display.getpixel((1400, 600))[0] > 160


@pytest.mark.usefixtures("no_full_webp_decode")
def test_a_webp_keeps_its_transparency_flattened_and_its_orientation() -> None:
    result = images.render(webp(1000, 2000, alpha=True, exif_orientation=6))
    assert (result.width, result.height) == (2000, 1000)  # turned upright
    assert sizes(result)[("display", "jpeg")] == (1600, 800)


def test_a_decode_over_the_budget_runs_in_a_child_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: ImageFile.ImageFile) -> None:
        raise AssertionError("decoded in the API process")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)  # this process only
    result = render_guard.render(
        png(1500, 1000), max_pixels=50_000_000, decode_budget=1_000_000, in_flight=1
    )
    assert sizes(result)[("display", "webp")] == (1500, 1000)


def test_a_bad_photo_from_the_child_process_keeps_its_reason() -> None:
    data = png(1500, 1000)
    with pytest.raises(BadPhoto) as caught:
        render_guard.render(
            data[: len(data) // 2], max_pixels=50_000_000, decode_budget=1_000_000, in_flight=1
        )
    assert caught.value.reason == "CORRUPT"


def test_renders_in_flight_are_limited_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    running, most = 0, 0
    lock = threading.Lock()

    def slow_render(data: bytes, **_: object) -> RenderResult:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.05)
        with lock:
            running -= 1
        return RenderResult(1, 1, [])

    monkeypatch.setattr(images, "render", slow_render)
    threads = [
        threading.Thread(
            target=render_guard.render,
            args=(b"",),
            kwargs={"max_pixels": 1, "decode_budget": 1_000_000, "in_flight": 2},
        )
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most == 2


async def test_the_worker_renders_an_over_budget_photo_in_a_child(
    create_user, approved_booking, store, settings
):
    requester = await create_user(Role.REQUESTER)
    booking = await approved_booking(requester)
    small_budget = settings.model_copy(update={"photo_decode_pixels": 1_000_000})
    photo = await photos.add_photo(requester, booking.id, png(1500, 1000), store, small_budget)
    broken = png(1500, 1000)
    bad = await photos.add_photo(
        requester, booking.id, broken[: len(broken) // 2], store, small_budget
    )

    assert await work.process_due_photos(store, small_budget) == {"READY": 1, "FAILED": 1}
    await photo.refresh_from_db()
    await bad.refresh_from_db()
    assert (photo.status, photo.width, photo.height) == (PhotoStatus.READY, 1500, 1000)
    assert (bad.status, bad.failure_reason) == (PhotoStatus.FAILED, "CORRUPT")
