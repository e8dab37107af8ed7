"""The photo pipeline (storage/images.py) on camera-like and hostile files."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable

import pytest
from PIL import Image, ImageChops, ImageCms, ImageFile, ImageStat

from booking.photos import BadPhoto
from storage import banded
from storage.banded import BAND_ROWS
from storage.images import FILTER, UPRIGHT, render, resized
from tests.photo_files import (
    camera_jpeg,
    jpeg_zip_polyglot,
    png_bomb,
    png_with_alpha,
    text_named_jpg,
    truncated_jpeg,
)


def opened(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def test_a_12_megapixel_photo_gives_two_sizes_in_webp_and_jpeg() -> None:
    result = render(camera_jpeg(4000, 3000))

    shapes = [(r.name, r.format, r.content_type, r.width, r.height) for r in result.renditions]
    assert shapes == [
        ("display", "webp", "image/webp", 1600, 1200),
        ("display", "jpeg", "image/jpeg", 1600, 1200),
        ("thumb", "webp", "image/webp", 320, 240),
        ("thumb", "jpeg", "image/jpeg", 320, 240),
    ]
    for r in result.renditions:
        im = opened(r.data)
        assert im.format == r.format.upper()
        assert im.size == (r.width, r.height)
    assert (result.width, result.height) == (4000, 3000)


def test_orientation_is_applied_to_the_pixels() -> None:
    """A portrait taken with the phone turned (EXIF orientation 6) comes out upright."""
    result = render(camera_jpeg(4000, 3000, orientation=6))

    display = next(r for r in result.renditions if r.name == "display" and r.format == "jpeg")
    assert (display.width, display.height) == (1200, 1600)
    assert opened(display.data).size == (1200, 1600)
    assert (result.width, result.height) == (3000, 4000)


def test_every_metadata_block_is_gone_from_every_rendition() -> None:
    original = camera_jpeg(2000, 1500, orientation=3)
    assert b"Kamera Uji" in original and b"xmpmeta" in original  # the test file carries them

    for r in render(original).renditions:
        im = opened(r.data)
        assert dict(im.getexif()) == {}, r
        assert not {"exif", "xmp", "icc_profile", "comment", "XML:com.adobe.xmp"} & set(im.info)
        assert b"Exif" not in r.data and b"Kamera Uji" not in r.data and b"xmpmeta" not in r.data


def single_resize(data: bytes, size: tuple[int, int], orientation: int = 1) -> Image.Image:
    """What one ``resize`` of the draft-decoded file gives, turned upright: the reference."""
    with Image.open(io.BytesIO(data)) as decoded:
        decoded.draft("RGB", max(size, (1600, 1200)))
        whole = decoded.resize(size, FILTER, reducing_gap=2.0)
    upright = UPRIGHT.get(orientation)
    return whole.transpose(upright) if upright is not None else whole


def assert_same_picture(got: Image.Image, expected: Image.Image, rows: list[int]) -> None:
    """Equal up to rounding (Pillow orders a band's two 8-bit passes by cost), everywhere and at
    each of ``rows`` (band edges): a band shifted or misplaced differs by tens of levels here."""
    assert got.size == expected.size
    diff = ImageChops.difference(got, expected)
    assert max(high for _, high in diff.getextrema()) <= 8
    assert max(ImageStat.Stat(diff).mean) < 0.5
    for row in rows:
        assert max(ImageStat.Stat(diff.crop((0, row - 3, diff.width, row + 3))).mean) < 0.5, row


def test_the_renditions_have_no_seam_where_their_bands_were_resized() -> None:
    """Both renditions are resized in bands of rows, on two threads, while the file decodes: the
    pictures are the ones a single resize gives."""
    data = camera_jpeg(4000, 3000, texture="textured")

    _, [(_, display), (_, thumb)] = resized(data)

    edges = range(BAND_ROWS, 1200, BAND_ROWS)
    assert_same_picture(display, single_resize(data, (1600, 1200)), list(edges))
    assert_same_picture(thumb, single_resize(data, (320, 240)), [120])


def test_bands_are_resized_while_the_rest_of_the_file_decodes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The point of the bands: the decoder hands them out one after another as it goes down the
    picture, not all at the end."""
    handed_out: list[int] = []
    check = banded._Bands.check

    def spy(self: banded._Bands, decoded: Callable[[int], bool]) -> None:
        check(self, decoded)
        handed_out.append(self.ready)

    monkeypatch.setattr(banded._Bands, "check", spy)
    data = camera_jpeg(4000, 3000, texture="photo")

    _, [(_, display), _] = resized(data)

    bands = round(1200 / BAND_ROWS) + round(240 / BAND_ROWS)
    assert handed_out == sorted(handed_out)
    assert len({ready for ready in handed_out if 0 < ready < bands}) >= bands // 2
    assert_same_picture(display, single_resize(data, (1600, 1200)), [])


@pytest.mark.parametrize(
    ("decoded_size", "sizes"),
    [
        ((2000, 1500), [(1600, 1200), (320, 240)]),
        ((1500, 2000), [(1200, 1600), (240, 320)]),
        ((2400, 1800), [(1600, 1200), (320, 240)]),
    ],
)
def test_a_band_reads_no_row_below_the_ones_it_waits_for(
    decoded_size: tuple[int, int], sizes: list[tuple[int, int]]
) -> None:
    """A band starts once the rows it waits for are decoded; the rows below may still be empty.
    Blanking them must not change a single pixel of the band."""
    with Image.open(io.BytesIO(camera_jpeg(*decoded_size, texture="textured"))) as im:
        source = im.convert("RGB")
    bands = banded._Bands(source, sizes, None, FILTER)

    assert {band.out for band in bands.bands} == {0, 1}
    for band in bands.bands:
        blanked = source.copy()
        blanked.paste((0, 0, 0), (0, band.need, source.width, source.height))
        on_blanked = banded._Bands(blanked, sizes, None, FILTER).resized(band)
        assert on_blanked.tobytes() == bands.resized(band).tobytes(), band


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_orientation_turns_each_band_into_its_place(orientation: int) -> None:
    data = camera_jpeg(2400, 1800, orientation=orientation, texture="textured")

    shown, [(_, display), (_, thumb)] = resized(data)

    turned = orientation >= 5
    assert shown == ((1800, 2400) if turned else (2400, 1800))
    assert_same_picture(display, single_resize(data, (1600, 1200), orientation), [])
    assert_same_picture(thumb, single_resize(data, (320, 240), orientation), [])


def test_a_png_is_resized_in_the_same_bands_once_decoded() -> None:
    with Image.open(io.BytesIO(camera_jpeg(2400, 1800, texture="textured"))) as im:
        picture = im.convert("RGB")
        out = io.BytesIO()
        picture.save(out, "PNG")

    _, [(_, display), (_, thumb)] = resized(out.getvalue())

    edges = list(range(BAND_ROWS, 1200, BAND_ROWS))
    assert_same_picture(display, picture.resize((1600, 1200), FILTER), edges)
    expected_thumb = display.resize((320, 240), FILTER, reducing_gap=2.0)
    assert thumb.tobytes() == expected_thumb.tobytes()


def test_a_progressive_jpeg_is_resized_once_all_of_it_is_decoded() -> None:
    """A progressive file has no finished row before its last scan: every band waits, and the
    picture is still right."""
    with Image.open(io.BytesIO(camera_jpeg(2400, 1800, texture="textured"))) as im:
        out = io.BytesIO()
        im.save(out, "JPEG", quality=90, progressive=True)
    data = out.getvalue()

    _, [(_, display), _] = resized(data)

    assert_same_picture(display, single_resize(data, (1600, 1200)), [])


def test_a_photo_cut_off_halfway_through_the_bands_is_refused_and_leaves_no_thread_behind() -> None:
    data = camera_jpeg(2400, 1800)
    before = threading.active_count()

    with pytest.raises(BadPhoto) as refused:
        render(data[: len(data) * 2 // 3])

    assert refused.value.reason == "CORRUPT"
    assert "truncated" in str(refused.value.detail)
    assert threading.active_count() == before
    assert len(render(data).renditions) == 4  # and the next photo renders


@pytest.mark.parametrize("failing", ["decoding thread", "band thread"])
def test_a_band_that_fails_stops_both_threads_and_its_error_is_reported(
    monkeypatch, failing: str
) -> None:  # type: ignore[no-untyped-def]
    """Neither thread goes on with the photo once the other has failed."""
    resized_band, check = banded._Bands.resized, banded._Bands.check
    main = threading.main_thread()
    failed: list[str] = []
    after: list[str] = []

    def band(self: banded._Bands, band: banded._Band) -> Image.Image:
        here = "decoding thread" if threading.current_thread() is main else "band thread"
        if failed:
            after.append(f"band on the {here}")
        if here == failing and not failed:
            failed.append(here)
            raise MemoryError(f"band on the {here}")
        return resized_band(self, band)

    def checked(self: banded._Bands, decoded: Callable[[int], bool]) -> None:
        if failed:
            after.append("decoding")
        check(self, decoded)

    monkeypatch.setattr(banded._Bands, "resized", band)
    monkeypatch.setattr(banded._Bands, "check", checked)

    with pytest.raises(BadPhoto) as refused:
        render(camera_jpeg(2400, 1800, texture="textured"))

    assert refused.value.reason == "CORRUPT"
    assert str(refused.value.detail) == f"MemoryError: band on the {failing}"
    assert len(after) <= 1, after  # at most what the other thread had already begun


def test_corrupt_data_is_reported_as_pillow_reports_it() -> None:
    data = bytearray(camera_jpeg(2400, 1800))
    scan = data.index(b"\xff\xda")
    at = scan + (len(data) - scan) * 4 // 10
    data[at : at + 2000] = bytes((i * 37) % 256 for i in range(2000))

    with pytest.raises(BadPhoto) as refused:
        render(bytes(data))

    assert refused.value.reason == "CORRUPT"
    with pytest.raises(OSError) as plain:
        opened(bytes(data))
    assert str(refused.value.detail) == f"OSError: {plain.value}"


def test_pillows_setting_for_cut_off_files_is_honoured(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Should anything in the process set ImageFile.LOAD_TRUNCATED_IMAGES, a cut-off JPEG is
    completed as Pillow's own load completes it, as every other file is."""
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    data = camera_jpeg(2400, 1800)[:-5000]

    _, [(_, display), _] = resized(data)

    assert_same_picture(display, single_resize(data, (1600, 1200)), [])


def test_without_a_way_to_see_decoded_rows_the_photo_is_decoded_first(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """If a new image's padding bytes did not read as zero (another Pillow), rows could not be
    told apart: the whole file is then decoded before resizing, with the same result."""
    monkeypatch.setattr(banded, "_decoded", lambda im, row: True)
    handed_out: list[int] = []
    monkeypatch.setattr(banded._Bands, "check", lambda self, decoded: handed_out.append(1))
    data = camera_jpeg(2400, 1800, orientation=6, texture="textured")

    _, [(_, display), _] = resized(data)

    assert handed_out == []
    assert_same_picture(display, single_resize(data, (1600, 1200), 6), [])


def test_an_embedded_colour_profile_is_applied_and_dropped() -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    im = Image.new("RGB", (2400, 1800), (200, 120, 40))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=90, icc_profile=srgb)

    for r in render(out.getvalue()).renditions:
        rendition = opened(r.data)
        assert "icc_profile" not in rendition.info
        assert all(
            abs(a - b) <= 3
            for a, b in zip(rendition.getpixel((10, 10)), (200, 120, 40), strict=True)
        )


def test_a_small_photo_is_not_enlarged() -> None:
    result = render(camera_jpeg(300, 200))

    assert {(r.name, r.width, r.height) for r in result.renditions} == {
        ("display", 300, 200),
        ("thumb", 300, 200),
    }


def test_transparency_is_flattened_on_white() -> None:
    result = render(png_with_alpha())

    thumb = next(r for r in result.renditions if r.format == "jpeg" and r.name == "thumb")
    assert opened(thumb.data).convert("RGB").getpixel((10, 10)) == pytest.approx(
        (255, 255, 255), abs=3
    )


def test_rendering_twice_gives_the_same_bytes() -> None:
    data = camera_jpeg(1600, 1200, orientation=8)

    assert [r.data for r in render(data).renditions] == [r.data for r in render(data).renditions]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (truncated_jpeg, "CORRUPT"),
        (png_bomb, "TOO_MANY_PIXELS"),
        (text_named_jpg, "NOT_AN_IMAGE"),
        (jpeg_zip_polyglot, "POLYGLOT"),
        (lambda: b"", "NOT_AN_IMAGE"),
        (lambda: b"\xff\xd8\xff\xe0" + b"\x00" * 64, "NOT_AN_IMAGE"),
        (lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "NOT_AN_IMAGE"),
    ],
    ids=["truncated", "png-bomb", "text", "polyglot", "empty", "jpeg-header-only", "png-header"],
)
def test_hostile_files_are_refused_with_a_reason(make, reason: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadPhoto) as refused:
        render(make())

    assert refused.value.reason == reason


def test_the_pixel_cap_is_configurable() -> None:
    with pytest.raises(BadPhoto) as refused:
        render(camera_jpeg(1000, 1000), max_pixels=999_999)

    assert refused.value.reason == "TOO_MANY_PIXELS"
