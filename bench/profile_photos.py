"""Photo pipeline, stage by stage, and how close its renditions are to a high-quality reference.

    python bench/profile_photos.py            # 9 runs per stage (~1 min)
    python bench/profile_photos.py --runs 5

For each bench input (tests/photo_files.camera_jpeg: noisy, textured, photo; 4000x3000, EXIF
orientation 6) it times each stage of storage/images.py in this process (CPU ms, median), with the
floor (decoding at 1/8 scale: about the cost of the entropy decoding that no scale avoids), and the
baseline's stages (bench/bench_photos.py) beside them.

Quality: each way of making the 1600 px and 320 px renditions is compared with a full decode resized
with Lanczos (mean absolute difference on 0-255 RGB and PSNR), raw and after the WebP encode.
"""

from __future__ import annotations

import argparse
import io
import math
import statistics
import sys
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageChops, ImageCms, ImageOps, ImageStat  # noqa: E402

from booking.photos import sniff_photo  # noqa: E402
from storage import banded, images  # noqa: E402
from tests.photo_files import camera_jpeg  # noqa: E402

TEXTURES = ("noisy", "textured", "photo")
Rs = Image.Resampling


def cpu_ms(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


def wall_ms(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def decoded(data: bytes, size: tuple[int, int] | None) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    if size:
        im.draft("RGB", size)
    im.load()
    return im


def encoded(im: Image.Image, fmt: str) -> Image.Image:
    return Image.open(io.BytesIO(images._encode(im, fmt))).convert("RGB")


def difference(a: Image.Image, b: Image.Image) -> tuple[float, float]:
    """Mean absolute difference (0-255, over R, G, B) and PSNR in dB."""
    stat = ImageStat.Stat(ImageChops.difference(a, b))
    mse = statistics.mean(rms * rms for rms in stat.rms)
    return statistics.mean(stat.mean), 10 * math.log10(255 * 255 / mse) if mse else 99.0


def banded_display(data: bytes, pool: Executor) -> Image.Image | None:
    """What the pipeline does first: decode while resizing bands to 1600 px and turning them."""
    with Image.open(io.BytesIO(data)) as im:
        im.draft("RGB", (1600, 1200))
        turn = Image.Transpose.ROTATE_270
        return banded.decode_resized(im, data, (1600, 1200), turn, images.FILTER, pool)


def profile(data: bytes, runs: int) -> list[tuple[str, float]]:
    half = decoded(data, (1600, 1200))
    display = half.resize((1600, 1200), images.FILTER)
    turned = display.transpose(Image.Transpose.ROTATE_270)
    thumb = display.resize((320, 240), images.FILTER, reducing_gap=banded.REDUCING_GAP)
    thumb_turned = thumb.transpose(Image.Transpose.ROTATE_270)
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    full = decoded(data, None)
    upright = ImageOps.exif_transpose(full)
    rows: list[tuple[str, float]] = []

    def stage(name: str, fn: Callable[[], object]) -> None:
        rows.append((name, cpu_ms(fn, runs)))

    with ThreadPoolExecutor(images.THREADS) as pool:
        stage(
            "sniff + zipfile check",
            lambda: (sniff_photo(data[:16]), zipfile.is_zipfile(io.BytesIO(data))),
        )
        stage("open + getexif", lambda: Image.open(io.BytesIO(data)).getexif().get(0x0112))
        stage("decode 1/2 (draft: pipeline)", lambda: decoded(data, (1600, 1200)))
        stage("decode 1/8 (floor: entropy decoding)", lambda: decoded(data, (500, 375)))
        stage("ICC -> sRGB at 1600x1200 (if a profile)", lambda: images._to_srgb(display, icc))
        stage("ICC -> sRGB at 2000x1500 (before)", lambda: images._to_srgb(half, icc))
        stage("copy 2000x1500 (before)", half.copy)
        stage("decode 1/2 + 1600 px in bands, turned (CPU)", lambda: banded_display(data, pool))
        rows.append(
            (
                "decode 1/2 + 1600 px in bands, turned (wall)",
                wall_ms(lambda: banded_display(data, pool), runs),
            )
        )
        stage("resize 2000->1600, one call", lambda: half.resize((1600, 1200), images.FILTER))
        stage(
            "resize 2000->1600, in bands, decoded (CPU)",
            lambda: banded.resize(half, (1600, 1200), images.FILTER, pool),
        )
        rows.append(
            (
                "resize 2000->1600, in bands, decoded (wall)",
                wall_ms(lambda: banded.resize(half, (1600, 1200), images.FILTER, pool), runs),
            )
        )
        stage(
            "resize 1600->320 (reducing_gap 2)",
            lambda: banded.resize(display, (320, 240), images.FILTER, pool),
        )
        stage("transpose 1600", lambda: display.transpose(Image.Transpose.ROTATE_270))
        stage("transpose 320", lambda: thumb.transpose(Image.Transpose.ROTATE_270))
        stage("encode WebP 1600", lambda: images._encode(turned, "WEBP"))
        stage("encode JPEG 1600", lambda: images._encode(turned, "JPEG"))
        stage("encode WebP 320", lambda: images._encode(thumb_turned, "WEBP"))
        stage("encode JPEG 320", lambda: images._encode(thumb_turned, "JPEG"))
    stage("pipeline: resized() (CPU)", lambda: images.resized(data))
    rows.append(("pipeline: resized() (wall)", wall_ms(lambda: images.resized(data), runs)))
    stage("pipeline: render() (CPU)", lambda: images.render(data))
    rows.append(("pipeline: render() (wall)", wall_ms(lambda: images.render(data), runs)))
    stage("baseline: full decode", lambda: decoded(data, None))
    stage("baseline: exif_transpose 4000x3000", lambda: ImageOps.exif_transpose(full))
    stage("baseline: resize 4000->1600", lambda: upright.resize((1200, 1600), images.FILTER))
    stage("baseline: resize 4000->320", lambda: upright.resize((240, 320), images.FILTER))
    return rows


def encoder_options(data: bytes, runs: int) -> list[tuple[str, float, float]]:
    """The 1600 px rendition with other encoder settings: CPU ms and KB (pixels are the same for
    the JPEG ones: only the entropy coding differs)."""
    display = decoded(data, (1600, 1200)).resize((1600, 1200), images.FILTER)
    options: list[tuple[str, str, dict[str, int | bool]]] = [
        ("JPEG q82 optimize (pipeline)", "JPEG", {"quality": 82, "optimize": True}),
        ("JPEG q82 progressive (before)", "JPEG", {"quality": 82, "progressive": True}),
        ("JPEG q82 plain", "JPEG", {"quality": 82}),
        ("WebP q80 method 2 (pipeline)", "WEBP", {"quality": 80, "method": 2}),
        ("WebP q80 method 0", "WEBP", {"quality": 80, "method": 0}),
    ]
    out = []
    for name, fmt, params in options:

        def save(fmt: str = fmt, params: dict[str, int | bool] = params) -> bytes:
            buffer = io.BytesIO()
            display.save(buffer, fmt, **params)
            return buffer.getvalue()

        out.append((name, cpu_ms(save, runs), len(save()) / 1024))
    return out


def quality(data: bytes) -> list[tuple[str, float, float, float, float]]:
    full = decoded(data, None).convert("RGB")
    half = decoded(data, (1600, 1200))
    ref_display, ref_thumb = (
        full.resize((1600, 1200), Rs.LANCZOS),
        full.resize((320, 240), Rs.LANCZOS),
    )
    # The pipeline's renditions are upright (orientation 6): turned back to compare.
    _, [(_, upright_display), (_, upright_thumb)] = images.resized(data)
    back = Image.Transpose.ROTATE_90
    display = half.resize((1600, 1200), images.FILTER)
    with ThreadPoolExecutor(images.THREADS) as pool:
        candidates = [
            (
                "display: baseline (full decode, bicubic)",
                full.resize((1600, 1200), images.FILTER),
                ref_display,
            ),
            (
                "display: pipeline (1/2 decode, bicubic, bands)",
                upright_display.transpose(back),
                ref_display,
            ),
            ("display: 1/2 decode, bicubic, one call", display, ref_display),
            (
                "display: 1/2 decode, bilinear (not used)",
                half.resize((1600, 1200), Rs.BILINEAR),
                ref_display,
            ),
            (
                "thumb: baseline (full decode, bicubic)",
                full.resize((320, 240), images.FILTER),
                ref_thumb,
            ),
            (
                "thumb: pipeline (from display, reducing_gap 2)",
                upright_thumb.transpose(back),
                ref_thumb,
            ),
            (
                "thumb: from display before turning it",
                banded.resize(display, (320, 240), images.FILTER, pool),
                ref_thumb,
            ),
            ("thumb: from display, reduce(5) (not used)", display.reduce(5), ref_thumb),
        ]
    out = []
    for name, im, ref in candidates:
        out.append((name, *difference(im, ref), *difference(encoded(im, "WEBP"), ref)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    for texture in TEXTURES:
        data = camera_jpeg(4000, 3000, orientation=6, texture=texture)
        print(f"\n{texture}: 4000x3000, {len(data) / 1024 / 1024:.1f} MB")
        for name, ms in profile(data, args.runs):
            print(f"  {name:<46}{ms:7.1f} ms")
        for name, ms, kb in encoder_options(data, args.runs):
            print(f"  1600 px, {name:<37}{ms:7.1f} ms {kb:7.0f} KB")
        print(f"  {'vs full decode + Lanczos':<50}{'MAD':>6}{'PSNR':>7}{'WebP MAD':>10}{'PSNR':>7}")
        for name, mad, psnr, mad_webp, psnr_webp in quality(data):
            print(f"  {name:<50}{mad:6.2f}{psnr:7.1f}{mad_webp:10.2f}{psnr_webp:7.1f}")


if __name__ == "__main__":
    main()
