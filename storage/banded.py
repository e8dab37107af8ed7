"""A JPEG's renditions resized band by band while the decoder is still filling the rows below
(storage/images.py uses it for JPEGs whose largest rendition is less than half their decoded size
away).

libjpeg decodes top to bottom, one scanline after another, and Pillow's decoder releases the GIL.
So while this thread feeds the decoder, a second thread resizes each band of output rows as soon
as the source rows it reads (the band's box plus the filter's reach) are decoded, turns it upright
and pastes it into its rendition. Decoding (the entropy decoding no scale avoids) and resampling
then overlap instead of following each other; once the decoder is done, this thread takes bands
too. Each band is an ordinary ``resize`` with a ``box`` (after ``reduce`` for the smaller
renditions, as ``reducing_gap`` does), so the picture is the one a single resize gives, up to the
rounding of a band's own passes.

How far the decoder has got: Pillow stores an RGB pixel in four bytes and its unpacker sets the
fourth to 255, while a new image's memory is zero. A row whose last pixel has 255 there is
decoded. This is checked between two ``decode`` calls, in the decoding thread, so nothing reads
a row while it is being written. If a new image's padding does not read 0 (another Pillow), the
caller gets ``None`` and loads the usual way.
"""

from __future__ import annotations

import itertools
import math
import threading
from collections.abc import Callable
from concurrent.futures import Executor, wait
from dataclasses import dataclass

from PIL import Image, ImageFile

#: Output rows per band: 12 bands for 1200 rows, 2 for a 240-row thumbnail (fewer rows per band
#: start the second thread earlier and leave a shorter last band; more bands cost more calls).
BAND_ROWS = 100
#: As Pillow's ``reducing_gap``: a box reduction first, leaving at least this factor to the filter.
REDUCING_GAP = 2.0
#: Compressed bytes per ``decode`` call (about half a millisecond of decoding).
CHUNK = 32 * 1024
#: Each filter's reach in source rows per unit of scale (Pillow's Resample.c), and a margin.
SUPPORT = {
    Image.Resampling.BOX: 0.5,
    Image.Resampling.BILINEAR: 1.0,
    Image.Resampling.HAMMING: 1.0,
    Image.Resampling.BICUBIC: 2.0,
    Image.Resampling.LANCZOS: 3.0,
}
MARGIN_ROWS = 2

T = Image.Transpose
#: Transposes that swap width and height.
TURNS = {T.ROTATE_90, T.ROTATE_270, T.TRANSPOSE, T.TRANSVERSE}


def _place(upright: Image.Transpose | None, height: int, top: int, bottom: int) -> tuple[int, int]:
    """Where the band of rows [top, bottom) of an image ``height`` rows high lands once turned."""
    if upright in (None, T.FLIP_LEFT_RIGHT):
        return 0, top
    if upright in (T.FLIP_TOP_BOTTOM, T.ROTATE_180):
        return 0, height - bottom
    if upright in (T.ROTATE_90, T.TRANSPOSE):
        return top, 0
    return height - bottom, 0  # ROTATE_270, TRANSVERSE


def decode_resized(
    opened: ImageFile.ImageFile,
    data: bytes,
    sizes: list[tuple[int, int]],
    upright: Image.Transpose | None,
    resample: Image.Resampling,
    pool: Executor,
) -> list[Image.Image] | None:
    """``opened`` (after ``draft``, not loaded) decoded from ``data`` and resized to each of
    ``sizes`` (largest first), turned by ``upright``; ``None`` where this does not apply (the
    caller then loads as usual).

    Raises what Pillow's ``load`` raises for the same bytes (``OSError`` for a truncated or
    broken stream)."""
    if len(opened.tile) != 1 or opened.mode != "RGB" or sizes[0][1] < 2 * BAND_ROWS:
        return None
    if ImageFile.LOAD_TRUNCATED_IMAGES:
        return None  # Pillow's own load completes cut-off files then; this does not
    tile = opened.tile[0]
    width, height = opened.size
    if tile.codec_name != "jpeg" or tile.extents != (0, 0, width, height):
        return None
    largest = sizes[0]
    if not (width / 2 < largest[0] <= width and height / 2 < largest[1] <= height):
        return None  # draft leaves less than 2x to shrink; anything else goes the usual way
    if largest == opened.size or any(w > largest[0] or h > largest[1] for w, h in sizes):
        return None
    opened.load_prepare()  # the (zeroed) image the decoder fills
    opened.tile = []  # from here on, Pillow treats the image as loaded
    if _decoded(opened, height - 1):
        opened.tile = [tile]
        return None
    bands = _Bands(opened, sizes, upright, resample)
    return _run(bands, pool, lambda: _decode(opened, tile, data, bands))


def resize(
    source: Image.Image, size: tuple[int, int], resample: Image.Resampling, pool: Executor
) -> Image.Image:
    """``source.resize(size, resample, reducing_gap=REDUCING_GAP)`` of a picture already in
    memory, in bands on this thread and one of ``pool``'s."""
    if source.size == size:
        return source.copy()
    return _run(_Bands(source, [size], None, resample), pool, lambda: None)[0]


def _run(bands: _Bands, pool: Executor, decode: Callable[[], None]) -> list[Image.Image]:
    """``bands`` made by a worker of ``pool`` as ``decode`` (this thread) makes their rows
    ready, then by both."""
    worker = pool.submit(bands.work, True)
    try:
        decode()
        bands.decoded()
        bands.work(False)  # this thread takes the bands left, beside the worker
    except BaseException:
        bands.stop()
        wait([worker])  # its own error, if any, is not the one to report
        raise
    worker.result()  # raises the worker's error, if it had one (it stopped the decoding)
    return bands.outs


def _decode(opened: ImageFile.ImageFile, tile: ImageFile._Tile, data: bytes, bands: _Bands) -> None:
    """ImageFile.load for one JPEG tile, in chunks, telling ``bands`` after each chunk."""
    decoder = Image._getdecoder(opened.mode, tile.codec_name, tile.args, opened.decoderconfig)
    view = memoryview(data)
    start = end = tile.offset
    try:
        decoder.setimage(opened.im, tile.extents)
        while True:
            if end >= len(data):
                raise OSError(f"image file is truncated ({end - start} bytes not processed)")
            end = min(len(data), end + CHUNK)
            consumed, error = decoder.decode(view[start:end])
            if consumed < 0:
                break
            start += consumed
            bands.check(lambda row: _decoded(opened, row))
            if bands.stopped:
                return  # a band failed: its error is the one to report
    finally:
        decoder.cleanup()
    if error < 0:  # as ImageFile.load reports it
        status = Image.core.getcodecstatus(error) or f"decoder error {error}"
        raise OSError(f"{status} when reading image file")


def _decoded(im: Image.Image, row: int) -> bool:
    """Whether ``row`` of an RGB image being decoded is filled (see the module's docstring)."""
    return im.crop((im.width - 1, row, im.width, row + 1)).tobytes("raw", "RGBX")[3] == 255


@dataclass(frozen=True)
class _Band:
    out: int  # which of the sizes
    top: int  # its output rows [top, bottom), before turning
    bottom: int
    factor: tuple[int, int]  # the box reduction before the filter, as Pillow's reducing_gap
    first: int  # the first row of the reduced picture its filter reads
    need: int  # source rows [0, need) it reads


class _Bands:
    """The bands of every size, in the order of the source rows they need, handed out to whichever
    thread asks once their rows are in."""

    def __init__(
        self,
        source: Image.Image,
        sizes: list[tuple[int, int]],
        upright: Image.Transpose | None,
        resample: Image.Resampling,
    ) -> None:
        self.source, self.sizes, self.upright, self.resample = source, sizes, upright, resample
        self.bands = sorted(
            (band for out in range(len(sizes)) for band in self._split(out)), key=lambda b: b.need
        )
        self.outs = [
            Image.new(source.mode, (h, w) if upright in TURNS else (w, h)) for w, h in sizes
        ]
        self.ready = 0  # bands whose source rows are decoded
        self.taken = 0
        self.stopped = False
        self.lock = threading.Condition()

    def _split(self, out: int) -> list[_Band]:
        """The bands of one size. A band of a size less than half the source's reduces only the
        rows its filter reads, on the same grid as a reduction of the whole picture, so it is
        that picture's band (Pillow's own ``box`` with ``reducing_gap`` would shift the grid)."""
        (width, rows), (source_width, source_height) = self.sizes[out], self.source.size
        factor = (
            int(source_width / width / REDUCING_GAP) or 1,
            int(source_height / rows / REDUCING_GAP) or 1,
        )
        scale = source_height / factor[1] / rows  # rows of the reduced picture per output row
        reach = SUPPORT.get(self.resample, 3.0) * max(scale, 1.0) + MARGIN_ROWS
        reduced_height = math.ceil(source_height / factor[1])
        count = max(1, round(rows / BAND_ROWS))
        edges = [round(rows * i / count) for i in range(count + 1)]
        bands = []
        for top, bottom in itertools.pairwise(edges):
            first = max(0, math.floor(top * scale - reach))
            last = min(reduced_height, math.ceil(bottom * scale + reach))
            need = min(source_height, last * factor[1])
            bands.append(_Band(out, top, bottom, factor, first, need))
        return bands

    def resized(self, band: _Band) -> Image.Image:
        """One band, resized (not turned)."""
        width, rows = self.sizes[band.out]
        scale = self.source.height / band.factor[1] / rows
        if band.factor == (1, 1):
            source, first = self.source, 0
        else:
            first = band.first
            box = (0, first * band.factor[1], self.source.width, band.need)
            source = self.source.reduce(band.factor, box)
        right = self.source.width / band.factor[0]  # as Pillow's reducing_gap: not rounded up
        box_f = (0.0, band.top * scale - first, right, band.bottom * scale - first)
        return source.resize((width, band.bottom - band.top), self.resample, box_f)

    def check(self, decoded: Callable[[int], bool]) -> None:
        """Called by the decoding thread between chunks: hands out the bands whose rows are in."""
        ready = self.ready
        while ready < len(self.bands) and decoded(self.bands[ready].need - 1):
            ready += 1
        if ready != self.ready:
            with self.lock:
                self.ready = ready
                self.lock.notify()

    def decoded(self) -> None:
        with self.lock:
            self.ready = len(self.bands)
            self.lock.notify()

    def stop(self) -> None:
        with self.lock:
            self.stopped = True
            self.lock.notify()

    def _next(self, wait: bool) -> _Band | None:
        with self.lock:
            while not self.stopped:
                if self.taken < self.ready:
                    self.taken += 1
                    return self.bands[self.taken - 1]
                if self.ready == len(self.bands) or not wait:
                    return None
                self.lock.wait()
            return None

    def work(self, wait: bool) -> None:
        """Resize, turn and paste bands until none is left (or, with ``wait``, until the decoder
        is done and none is left). A failure stops the other thread too."""
        try:
            while (band := self._next(wait)) is not None:
                image = self.resized(band)
                if self.upright is not None:
                    image = image.transpose(self.upright)
                rows = self.sizes[band.out][1]
                self.outs[band.out].paste(image, _place(self.upright, rows, band.top, band.bottom))
        except BaseException:
            self.stop()
            raise
