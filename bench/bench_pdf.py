"""Event report PDF benchmark: the time storage.pdf.render takes for a report with 30 photos.

    python bench/bench_pdf.py              # 5 runs after one warm-up, each printed as it ends
    python bench/bench_pdf.py --photos 30 --runs 10

The photos are 30 different 1600x1200 JPEGs (tests/photo_files.camera_jpeg, "textured" texture,
re-encoded as the worker's `display` JPEG rendition is), the history has 12 lines, the narrative a
few paragraphs. Only the rendering is timed (what the worker runs in its thread; the store's reads
and write are not): wall time and CPU time (time.process_time) per document, median and max, in
one process on one thread. Target: under 5 s on one core.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image

from booking.report_documents import EventReportContent, HistoryLine, PhotoRef
from storage import pdf
from tests.photo_files import camera_jpeg


def rendition(seed: int) -> bytes:
    im = Image.open(io.BytesIO(camera_jpeg(1600, 1200, texture="textured")))
    im = im.rotate(seed * 7)  # a different picture each
    out = io.BytesIO()
    im.convert("RGB").save(out, "JPEG", quality=82)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    say(f"making {args.photos} photos ...")
    images = {f"photos/1/{i}/display.jpg": rendition(i) for i in range(args.photos)}
    content = EventReportContent(
        kind="event",
        language="id",
        reference="BK-2026-000123",
        title="Rapat Koordinasi Penanganan Banjir Jakarta Utara",
        room="Ruang Rapat Pimpinan",
        building="Blok G",
        agency="Dinas Sumber Daya Air",
        date="3 Desember 2026",
        time="09:00-11:00 WIB",
        participants=40,
        narrative=("Rapat berjalan lancar dan dihadiri seluruh undangan. " * 20 + "\n") * 3,
        reported_by="Budi Santoso",
        reported_at="03-12-2026 12:00 WIB",
        photos=tuple(PhotoRef(key, 1600, 1200) for key in images),
        history=tuple(
            HistoryLine(f"0{i % 9 + 1}-12-2026 08:00", "Menunggu verifikasi", "Petugas", "-")
            for i in range(12)
        ),
    )
    # Each line is printed (and flushed) as soon as it is known: a run cut short by a time limit
    # still shows the runs it finished (the last version printed only at the end, and a limited
    # run on a busy machine printed nothing).
    say(f"python {platform.python_version()}, {os.cpu_count()} cores (shared), one thread")
    say(
        f"{args.photos} photos of 1600x1200 ({sum(map(len, images.values())) / 1e6:.1f} MB of "
        f"JPEG), {args.runs} runs after a warm-up"
    )
    data = pdf.render(content, images)  # warm-up (fonts registered once per process)
    say(f"PDF {len(data) / 1e6:.1f} MB")
    walls, cpus = [], []
    for run in range(args.runs):
        wall, cpu = time.perf_counter(), time.process_time()
        data = pdf.render(content, images)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        say(f"run {run + 1}: wall {walls[-1]:.2f} s, CPU {cpus[-1]:.2f} s")
    say(
        f"wall: median {statistics.median(walls):.2f} s, max {max(walls):.2f} s; "
        f"CPU: median {statistics.median(cpus):.2f} s, max {max(cpus):.2f} s (target < 5 s on "
        "one core: CPU time is that figure; wall time is longer when other processes share the "
        "cores)"
    )


def say(text: str) -> None:
    print(text, flush=True)


if __name__ == "__main__":
    main()
