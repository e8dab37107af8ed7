"""Photo pipeline benchmark: 12-megapixel camera JPEGs into all renditions (1600 px and 320 px,
WebP and JPEG), beside a plain full-decode Pillow resize to the same sizes, in the same run.

    python bench/bench_photos.py              # 20 photos per variant (~2.5 min)
    python bench/bench_photos.py --runs 5     # quicker

Inputs (tests/photo_files.camera_jpeg, 4000x3000, EXIF orientation 6 and GPS): "noisy" (pixel
noise, the slowest to decode), "textured" (coarse grain) and "photo" (smooth areas, edges and
sensor noise, the size of a phone photo). Each variant runs in its own fresh process over the same
bytes (peak RSS is that process's VmHWM); times are per photo, median and p95 over ``--runs``, after
one warm-up run.

Variants:
- ``pipeline``: storage.images.render, what the worker runs (draft decode at 1/2^k scale; both
  sizes resized band by band, with reducing_gap, on a second thread while the file still decodes,
  each band turned upright (storage/banded.py); metadata dropped; WebP and JPEG of each size, the
  WebP encodes on a second thread).
- ``baseline``: Image.open + full load() + exif_transpose, a resize of the full image to each size
  with the same filter, the same four encodes, all in one thread.
- ``pipeline-resize`` / ``baseline-resize``: the same without encoding: the part draft,
  reducing_gap and the bands change (the encodes are the same work in both).
Wall time is what one photo waits; CPU time (time.process_time, all threads) is what it costs. The
pipeline's threads use the second core, so its wall time is below its CPU time and the wall
speed-up is above the CPU one; with every core busy (two worker processes on two cores) the CPU
figures are the ones that count. Photos per second for one worker process = 1 / median wall time;
per CPU-second = 1 / median CPU time. Then, with every core busy: as many processes as cores render
``--runs`` photos each at once (pipeline, then baseline), photos per second in total.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES = (1600, 320)
#: tests/photo_files.camera_jpeg textures: pixel noise (the slowest to decode), coarse grain, and a
#: phone-photo-like picture (smooth areas, edges, sensor noise; ~3.2 MB).
TEXTURES = ("noisy", "textured", "photo")


def baseline_resize(data: bytes) -> list[object]:
    from PIL import Image, ImageOps

    from storage.images import FILTER

    with Image.open(io.BytesIO(data)) as opened:
        opened.load()
        im = ImageOps.exif_transpose(opened).convert("RGB")
    out = []
    for longest in SIZES:
        scale = min(1.0, longest / max(im.size))
        target = (max(1, round(im.width * scale)), max(1, round(im.height * scale)))
        out.append(im.resize(target, FILTER))
    return out


def baseline_render(data: bytes) -> list[bytes]:
    from storage.images import _encode

    return [_encode(im, fmt) for im in baseline_resize(data) for fmt in ("WEBP", "JPEG")]  # type: ignore[arg-type]


def pipeline_resize(data: bytes) -> object:
    from storage.images import resized

    return resized(data)


def pipeline_render(data: bytes) -> object:
    from storage.images import render

    return render(data)


VARIANTS = {
    "pipeline": pipeline_render,
    "baseline": baseline_render,
    "pipeline-resize": pipeline_resize,
    "baseline-resize": baseline_resize,
}


def peak_rss_kb() -> int:
    """This process's peak RSS. Linux's VmHWM starts anew at exec; ru_maxrss does not (a child
    reports at least its parent's peak at fork, here the parent's while it made the photos)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(variant: str, photo: str, runs: int) -> None:
    """One variant in this (fresh) process; prints JSON."""
    import PIL.Image  # noqa: F401  (imported before the RSS floor is read)

    from storage import images  # noqa: F401

    data = Path(photo).read_bytes()
    floor_kb = peak_rss_kb()
    fn = VARIANTS[variant]
    fn(data)  # warm-up
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn(data)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    peak_kb = peak_rss_kb()
    print(
        json.dumps(
            {"times": times, "cpu": cpu, "peak_mb": peak_kb / 1024, "floor_mb": floor_kb / 1024}
        )
    )


def child_command(variant: str, photo: Path, runs: int) -> list[str]:
    return [
        sys.executable,
        __file__,
        "--child",
        variant,
        "--photo",
        str(photo),
        "--runs",
        str(runs),
    ]


def busy_throughput(variant: str, photo: Path, runs: int, processes: int) -> float:
    """Photos per second of ``processes`` worker processes running ``variant`` at once (every
    core busy): each process's photos over the time it took them, summed."""
    children = [
        subprocess.Popen(child_command(variant, photo, runs), stdout=subprocess.PIPE, cwd=ROOT)
        for _ in range(processes)
    ]
    total = 0.0
    for proc in children:
        out, _ = proc.communicate()
        if proc.returncode:
            raise SystemExit(f"{variant} child failed")
        times = json.loads(out.decode().strip().splitlines()[-1])["times"]
        total += len(times) / sum(times)
    return total


def run_variant(variant: str, photo: Path, runs: int) -> dict[str, float]:
    out = subprocess.run(
        child_command(variant, photo, runs), check=True, capture_output=True, text=True, cwd=ROOT
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    times = sorted(result["times"])
    return {
        "cpu": statistics.median(result["cpu"]),
        "median": statistics.median(times),
        "p95": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))],
        "peak_mb": result["peak_mb"],
        "floor_mb": result["floor_mb"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--child")
    parser.add_argument("--photo")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.photo, args.runs)
        return

    from tests.photo_files import camera_jpeg

    cores = os.cpu_count() or 1

    lines = [
        "Photo pipeline benchmark (bench/bench_photos.py)",
        f"outputs: {SIZES[0]} px and {SIZES[1]} px, WebP q80 + JPEG q82 each",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"{args.runs} timed runs per variant after 1 warm-up, each variant in a fresh process",
        f"load average at start: {os.getloadavg()[0]:.2f}",
    ]
    for texture in TEXTURES:
        with tempfile.TemporaryDirectory() as tmp:
            photo = Path(tmp) / "12mp.jpg"
            photo.write_bytes(camera_jpeg(4000, 3000, orientation=6, texture=texture))
            size_mb = photo.stat().st_size / 1024 / 1024
            results = {v: run_variant(v, photo, args.runs) for v in VARIANTS}
            busy = {
                v: busy_throughput(v, photo, args.runs, cores) for v in ("pipeline", "baseline")
            }
        lines += [
            "",
            f"input: 4000x3000 JPEG (12.0 MP), {texture}, {size_mb:.1f} MB, EXIF orientation 6 + GPS "
            "(tests/photo_files.camera_jpeg)",
            f"{'variant':<18}{'CPU ms':>8}{'median ms':>11}{'p95 ms':>9}{'peak RSS MB':>13}"
            f"{'(interpreter)':>15}",
        ]
        for name, r in results.items():
            lines.append(
                f"{name:<18}{r['cpu'] * 1000:>8.0f}{r['median'] * 1000:>11.0f}"
                f"{r['p95'] * 1000:>9.0f}{r['peak_mb']:>13.0f}{r['floor_mb']:>15.0f}"
            )
        full = results["baseline"]["median"] / results["pipeline"]["median"]
        resize = results["baseline-resize"]["median"] / results["pipeline-resize"]["median"]
        full_cpu = results["baseline"]["cpu"] / results["pipeline"]["cpu"]
        resize_cpu = results["baseline-resize"]["cpu"] / results["pipeline-resize"]["cpu"]
        lines += [
            "speed-up, decode+resize only (baseline-resize / pipeline-resize): "
            f"{resize:.1f}x wall, {resize_cpu:.1f}x CPU",
            "speed-up, all renditions incl. encoding (baseline / pipeline):     "
            f"{full:.1f}x wall, {full_cpu:.1f}x CPU",
            f"pipeline peak RSS: {results['pipeline']['peak_mb']:.0f} MB "
            f"(baseline {results['baseline']['peak_mb']:.0f} MB)",
            f"photos per second, one worker process: {1 / results['pipeline']['median']:.1f} "
            f"(per CPU-second: {1 / results['pipeline']['cpu']:.1f})",
            f"photos per second, {cores} worker processes at once (every core busy): "
            f"{busy['pipeline']:.1f}, baseline {busy['baseline']:.1f} "
            f"({busy['pipeline'] / busy['baseline']:.1f}x)",
        ]
    text = "\n".join(lines)
    print(text)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "photos-latest.txt").write_text(text + "\n")


if __name__ == "__main__":
    main()
