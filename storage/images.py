"""Event photos into web renditions: pure functions, no I/O (SOP step 10).

Every rendition is re-encoded from pixels, so no metadata block of the original survives (EXIF with
GPS, XMP, IPTC, comments, ICC profiles, trailing data). The orientation is applied to each
rendition. JPEGs are decoded at a reduced scale (``draft``) when the largest rendition allows it,
and the resize uses ``reducing_gap``; both keep a 12-megapixel photo far below a full decode in time
and memory. A JPEG's renditions are resized band by band on a second thread while the file is still
decoding (storage/banded.py), and the WebP encodes run on a second thread (see ``THREADS``).

Hostile input (not an image, a truncated file, a decompression bomb, a ZIP hidden behind a JPEG)
raises :class:`booking.photos.BadPhoto` with a reason; nothing else escapes for bad bytes.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass

from PIL import Image, ImageCms, UnidentifiedImageError

from booking.photos import BadPhoto, RenderedImage, RenderResult, sniff_photo
from storage import webp_scaled
from storage.banded import decode_resized, resize

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
#: Threads per render: Pillow decodes, resamples and libwebp encodes without the GIL. They shorten
#: one photo's wall time when a core is free; they add no throughput when every core is busy.
THREADS = 2
Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow warns above this; render() makes the warning an error
_SRGB = ImageCms.createProfile("sRGB")


def _fit(size: tuple[int, int], longest: int) -> tuple[int, int]:
    width, height = size
    scale = min(1.0, longest / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _opaque_rgb(im: Image.Image) -> Image.Image:
    """RGB pixels, transparency flattened on white."""
    if im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        im = Image.new("RGB", rgba.size, (255, 255, 255))
        im.paste(rgba, mask=rgba.getchannel("A"))
    elif im.mode != "RGB":
        im = im.convert("RGB")
    return im


def _to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """The embedded colour profile applied (the profile itself is not kept, like every other
    metadata block). Done on the largest rendition rather than the decoded image: fewer pixels."""
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(im, source, _SRGB, outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError):
            converted = None  # a broken profile: keep the pixels as they are
        if converted is not None:
            return converted
    return im


def _encode(im: Image.Image, pil_format: str) -> bytes:
    out = io.BytesIO()
    if pil_format == "JPEG":
        # Optimised Huffman tables, not progressive: the same pixels, at most 5 % more bytes
        # than progressive at 1600 px (bench/profile_photos.py), less than half the encode time.
        im.save(out, "JPEG", quality=82, optimize=True)
    else:
        im.save(out, "WEBP", quality=80, method=2)  # 3x faster than the default 4
    return out.getvalue()


class OverBudget(Exception):
    """The picture would be decoded at more than ``decode_budget`` pixels in this process (a big
    PNG, a progressive JPEG, an animated WebP): render it somewhere memory is given back
    (storage/render_guard.py)."""


def render(
    data: bytes,
    specs: tuple[RenditionSpec, ...] = SPECS,
    max_pixels: int = MAX_PIXELS,
    decode_budget: int | None = None,
) -> RenderResult:
    """All renditions of ``data``, largest first, each in WebP and JPEG. With ``decode_budget``,
    raises :class:`OverBudget` rather than decode more pixels than that at once."""
    if sniff_photo(data[:16]) is None:
        raise BadPhoto("NOT_AN_IMAGE")
    if zipfile.is_zipfile(io.BytesIO(data)):
        raise BadPhoto("POLYGLOT", "a ZIP archive is hidden in the image")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return _render(data, specs, max_pixels, decode_budget)
        except (BadPhoto, OverBudget):
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise BadPhoto("TOO_MANY_PIXELS", str(exc)) from exc
        except UnidentifiedImageError as exc:
            raise BadPhoto("NOT_AN_IMAGE", str(exc)) from exc
        except Exception as exc:
            # Pillow reports truncated and corrupt streams as OSError, SyntaxError, ValueError,
            # and odd files as anything else: whatever it is, these bytes are not a usable photo.
            raise BadPhoto("CORRUPT", f"{type(exc).__name__}: {exc}") from exc


def _render(
    data: bytes, specs: tuple[RenditionSpec, ...], max_pixels: int, decode_budget: int | None
) -> RenderResult:
    with ThreadPoolExecutor(THREADS) as pool:
        shown, sized = _resized(data, specs, max_pixels, pool, decode_budget)
        # libwebp encodes without the GIL: each WebP encode goes to the pool as soon as its image
        # exists (the next resize, also without the GIL, lets it start) while this thread goes on.
        # Pillow's JPEG encoder keeps the GIL, so the JPEG encodes come last, in this thread.
        # Each WebP encode gets its own Image object: ``save`` keeps its options on the object.
        made = [(spec, im, pool.submit(_encode, im.copy(), "WEBP")) for spec, im in sized]
        jpegs = [_encode(im, "JPEG") for _, im, _ in made]
        renditions = []
        for (spec, im, webp), jpeg in zip(made, jpegs, strict=True):
            encoded = {"WEBP": webp.result(), "JPEG": jpeg}
            renditions += [
                RenderedImage(spec.name, name, type_, im.width, im.height, encoded[pil_format])
                for name, pil_format, type_ in ENCODINGS
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
    Returns the upright original size and each spec's upright image, largest first."""
    with ThreadPoolExecutor(THREADS) as pool:
        shown, sized = _resized(data, specs, max_pixels, pool)
        return shown, list(sized)


def _resized(
    data: bytes,
    specs: tuple[RenditionSpec, ...],
    max_pixels: int,
    pool: Executor,
    decode_budget: int | None = None,
) -> tuple[tuple[int, int], Iterator[tuple[RenditionSpec, Image.Image]]]:
    """Decodes and makes the largest rendition now, upright; the smaller ones from it as the
    iterator is read, unless they were made with it: a JPEG is resized to every size band by band
    while it decodes (storage/banded.py); a still WebP is decoded by libwebp straight to the
    largest size (storage/webp_scaled.py). Anything else decodes at full size: more than
    ``decode_budget`` pixels raise :class:`OverBudget` first.

    The orientation is applied after resizing: turning 1600 px costs less than turning the decoded
    original."""
    ordered = sorted(specs, key=lambda s: -s.longest_side)
    scaled = _webp_resized(data, ordered, max_pixels, decode_budget)
    if scaled is not None:
        return scaled[0], _smaller(scaled[1], scaled[0], ordered, pool)
    with Image.open(io.BytesIO(data), formats=OPEN_FORMATS) as opened:
        width, height = opened.size
        if width * height > max_pixels:
            raise BadPhoto("TOO_MANY_PIXELS", f"{width}x{height}")
        targets = [_fit((width, height), spec.longest_side) for spec in ordered]
        if opened.format == "JPEG":
            # Decode at the smallest 1/2^k scale still at least as big as the largest rendition.
            opened.draft("RGB", targets[0])
        if decode_budget is not None:  # before getexif, which decodes a PNG to find its EXIF
            # a progressive JPEG keeps every coefficient of the full-size picture while decoding
            progressive = opened.format == "JPEG" and "progression" in opened.info
            decoded = (width, height) if progressive else opened.size
            if decoded[0] * decoded[1] > decode_budget:
                raise OverBudget(f"{width}x{height} {opened.format}")
        orientation = opened.getexif().get(0x0112, 1)
        upright = UPRIGHT.get(orientation) if isinstance(orientation, int) else None
        shown = (height, width) if orientation in (5, 6, 7, 8) else (width, height)
        made = None
        if opened.format == "JPEG":
            made = decode_resized(opened, data, targets, upright, FILTER, pool)
        if made is None:
            opened.load()
            # The first resize reads the decoded pixels before the file is closed (``resize``
            # copies when the size already fits), so the decoded image itself is never copied.
            first = resize(_opaque_rgb(opened), targets[0], FILTER, pool)
            made = [first.transpose(upright) if upright is not None else first]
        icc = opened.info.get("icc_profile")
        made = [_to_srgb(im, icc) for im in made]
    return shown, _smaller(made, shown, ordered, pool)


def _smaller(
    made: list[Image.Image],
    shown: tuple[int, int],
    ordered: list[RenditionSpec],
    pool: Executor,
) -> Iterator[tuple[RenditionSpec, Image.Image]]:
    """Each spec's image: those ``made`` already, the others resized from the previous one."""
    for im in made:
        im.info = {}  # encoders read comments, EXIF, XMP and profiles from ``info``

    def each() -> Iterator[tuple[RenditionSpec, Image.Image]]:
        source = made[0]
        for i, spec in enumerate(ordered):
            if i < len(made):
                source = made[i]
            elif source.size != (target := _fit(shown, spec.longest_side)):
                # From the previous (larger) rendition, not the original: less work, same quality.
                source = resize(source, target, FILTER, pool)
            yield spec, source

    return each()


def _webp_resized(
    data: bytes, ordered: list[RenditionSpec], max_pixels: int, decode_budget: int | None
) -> tuple[tuple[int, int], list[Image.Image]] | None:
    """A still WebP decoded by libwebp straight to the largest rendition's size (memory: that
    size, not the file's; see storage/webp_scaled.py), upright and in sRGB; None where this does
    not apply (not a WebP, animated) and the caller decodes with Pillow. Pillow allocates a
    WebP's whole canvas when it opens the file, so the budget is checked here, before."""
    if sniff_photo(data[:16]) != "image/webp":
        return None
    if not webp_scaled.available():  # the size is unknown until Pillow has allocated it
        if decode_budget is not None:
            raise OverBudget("WebP without libwebp")
        return None
    found = webp_scaled.features(data)
    if found is None:
        raise BadPhoto("CORRUPT", "not a WebP bitstream")
    width, height = found.width, found.height
    if width * height > max_pixels:
        raise BadPhoto("TOO_MANY_PIXELS", f"{width}x{height}")
    if found.has_animation:
        if decode_budget is not None and width * height > decode_budget:
            raise OverBudget(f"{width}x{height} animated WebP")
        return None
    chunks = webp_scaled.chunks(data)
    exif = Image.Exif()
    if b"EXIF" in chunks:
        exif.load(chunks[b"EXIF"])
    orientation = exif.get(0x0112, 1)
    upright = UPRIGHT.get(orientation) if isinstance(orientation, int) else None
    shown = (height, width) if orientation in (5, 6, 7, 8) else (width, height)
    decoded = webp_scaled.decode_scaled(data, _fit((width, height), ordered[0].longest_side))
    if decoded is None:
        return None
    first = _opaque_rgb(decoded)
    first = first.transpose(upright) if upright is not None else first
    return shown, [_to_srgb(first, chunks.get(b"ICCP"))]
