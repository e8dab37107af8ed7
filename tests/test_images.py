"""The photo pipeline (storage/images.py) on camera-like and hostile files."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops, ImageCms, ImageStat

from booking.photos import BadPhoto
from storage.images import FILTER, render, resized
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


def test_the_display_rendition_has_no_seam_where_its_halves_were_resized() -> None:
    """The 1600 px resize runs in two bands of rows (two threads): the picture is the one a single
    resize gives, up to rounding (Pillow orders its two 8-bit passes by cost; a shifted band would
    differ by tens of levels on this texture)."""
    data = camera_jpeg(4000, 3000, texture="textured")
    with Image.open(io.BytesIO(data)) as decoded:
        decoded.draft("RGB", (1600, 1200))
        whole = decoded.resize((1600, 1200), FILTER)

    _, [(_, display), _] = resized(data)

    diff = ImageChops.difference(display, whole)
    assert max(high for _, high in diff.getextrema()) <= 8
    for box in ((0, 0, 1600, 1200), (0, 596, 1600, 604)):  # all of it; the rows at the seam
        assert max(ImageStat.Stat(diff.crop(box)).mean) < 0.5


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
