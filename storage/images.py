"""Event photos into web renditions: pure functions, no I/O (SOP step 10).

Every rendition is re-encoded from pixels, so no metadata block of the original survives (EXIF with
GPS, XMP, IPTC, comments, ICC profiles, trailing data). The orientation is applied first. JPEGs are
decoded at a reduced scale (``draft``) when the largest rendition allows it, and the resize uses
``reducing_gap``; both keep a 12-megapixel photo far below a full decode in time and memory.

Hostile input (not an image, a truncated file, a decompression bomb, a ZIP hidden behind a JPEG)
raises :class:`booking.photos.BadPhoto` with a reason; nothing else escapes for bad bytes.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from dataclasses import dataclass

from PIL import Image, ImageCms, UnidentifiedImageError

from booking.photos import BadPhoto, RenderedImage, RenderResult, sniff_photo

#: Formats Pillow may even try to open: what phones and cameras send.
OPEN_FORMATS = ("JPEG", "PNG", "WEBP")  # multi-picture JPEGs open as JPEG


@dataclass(frozen=True)
class RenditionSpec:
    name: str
    longest_side: int


SPECS = (RenditionSpec("display", 1600), RenditionSpec("thumb", 320))
ENCODINGS = (("webp", "WEBP", "image/webp"), ("jpeg", "JPEG", "image/jpeg"))
MAX_PIXELS = 50_000_000
#: Downscaling filter. Bicubic costs ~20 % less than Lanczos here and is as sharp to the eye.
FILTER = Image.Resampling.BICUBIC
Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow warns above this; render() makes the warning an error
_SRGB = ImageCms.createProfile("sRGB")


def _fit(size: tuple[int, int], longest: int) -> tuple[int, int]:
    width, height = size
    scale = min(1.0, longest / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _to_srgb_rgb(im: Image.Image) -> Image.Image:
    """Opaque sRGB pixels: transparency flattened on white, an embedded colour profile applied
    (the profile itself is not kept, like every other metadata block)."""
    icc = im.info.get("icc_profile")
    if im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        im = Image.new("RGB", rgba.size, (255, 255, 255))
        im.paste(rgba, mask=rgba.getchannel("A"))
    elif im.mode != "RGB":
        im = im.convert("RGB")
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(im, source, _SRGB, outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError):
            converted = None  # a broken profile: keep the pixels as they are
        if converted is not None:
            im = converted
    return im


def _encode(im: Image.Image, pil_format: str) -> bytes:
    out = io.BytesIO()
    if pil_format == "JPEG":
        im.save(out, "JPEG", quality=82, progressive=True)
    else:
        im.save(out, "WEBP", quality=80, method=2)  # 3x faster than the default 4
    return out.getvalue()


def render(
    data: bytes, specs: tuple[RenditionSpec, ...] = SPECS, max_pixels: int = MAX_PIXELS
) -> RenderResult:
    """All renditions of ``data``, largest first, each in WebP and JPEG."""
    if sniff_photo(data[:16]) is None:
        raise BadPhoto("NOT_AN_IMAGE")
    if zipfile.is_zipfile(io.BytesIO(data)):
        raise BadPhoto("POLYGLOT", "a ZIP archive is hidden in the image")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return _render(data, specs, max_pixels)
        except BadPhoto:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise BadPhoto("TOO_MANY_PIXELS", str(exc)) from exc
        except UnidentifiedImageError as exc:
            raise BadPhoto("NOT_AN_IMAGE", str(exc)) from exc
        except Exception as exc:
            # Pillow reports truncated and corrupt streams as OSError, SyntaxError, ValueError,
            # and odd files as anything else: whatever it is, these bytes are not a usable photo.
            raise BadPhoto("CORRUPT", f"{type(exc).__name__}: {exc}") from exc


def _render(data: bytes, specs: tuple[RenditionSpec, ...], max_pixels: int) -> RenderResult:
    shown, sized = resized(data, specs, max_pixels)
    renditions = [
        RenderedImage(spec.name, name, content_type, im.width, im.height, _encode(im, pil_format))
        for spec, im in sized
        for name, pil_format, content_type in ENCODINGS
    ]
    return RenderResult(shown[0], shown[1], renditions)


#: EXIF orientation -> the transpose that shows the picture upright (as ImageOps.exif_transpose).
UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def resized(
    data: bytes, specs: tuple[RenditionSpec, ...] = SPECS, max_pixels: int = MAX_PIXELS
) -> tuple[tuple[int, int], list[tuple[RenditionSpec, Image.Image]]]:
    """Decode, resize and orient (no checks of the bytes beyond Pillow's: call :func:`render`).
    Returns the upright original size and each spec's upright image, largest first.

    The orientation is applied to each rendition after resizing: turning 1600 px costs less than
    turning the decoded original."""
    with Image.open(io.BytesIO(data), formats=OPEN_FORMATS) as opened:
        width, height = opened.size
        if width * height > max_pixels:
            raise BadPhoto("TOO_MANY_PIXELS", f"{width}x{height}")
        orientation = opened.getexif().get(0x0112, 1)
        upright = UPRIGHT.get(orientation) if isinstance(orientation, int) else None
        turned = orientation in (5, 6, 7, 8)
        largest = _fit((width, height), max(spec.longest_side for spec in specs))
        if opened.format == "JPEG":
            # Decode at the smallest 1/2^k scale still at least as big as the largest rendition.
            opened.draft("RGB", largest)
        opened.load()
        im = _to_srgb_rgb(opened)
        if im is opened:
            im = opened.copy()
    # Encoders read comments, EXIF, XMP and profiles from ``info``: start from nothing.
    im.info = {}
    out: list[tuple[RenditionSpec, Image.Image]] = []
    source = im
    for spec in sorted(specs, key=lambda s: -s.longest_side):
        target = _fit((width, height), spec.longest_side)
        if source.size != target:
            # From the previous (larger) rendition, not the original: less work, same quality.
            # reducing_gap: a cheap integer box reduction first, then the filter over the last
            # factor of at most 2 (Pillow's own speed/quality trade, visually the same).
            source = source.resize(target, FILTER, reducing_gap=2.0)
        out.append((spec, source.transpose(upright) if upright is not None else source))
    shown = (height, width) if turned else (width, height)
    return shown, out
