"""A JPEG's largest rendition resized band by band while the decoder is still filling the rows
below (storage/images.py uses it for every single-scan JPEG).

libjpeg decodes top to bottom, one scanline after another, and Pillow's decoder releases the GIL.
So while this thread feeds the decoder, a second thread resizes each band of output rows as soon
as the source rows it reads (the band's box plus the filter's reach) are decoded, turns it upright
and pastes it into the result. Decoding (the entropy decoding no scale avoids) and resampling then
overlap instead of following each other; each band is an ordinary ``resize`` with a ``box``, so
the picture is the one a single resize gives, up to the rounding of a band's own passes.

How far the decoder has got: Pillow stores an RGB pixel in four bytes and its unpacker sets the
fourth to 255, while a new image's memory is zero. A row whose last pixel has 255 there is
decoded. This is checked between two ``decode`` calls, in the decoding thread, so nothing reads
a row while it is being written. If a new image's padding does not read 0 (another Pillow), the
caller gets ``None`` and loads the usual way.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from concurrent.futures import Executor, wait

from PIL import Image, ImageFile

#: Output rows per band: about 12 bands for 1200 rows (fewer rows per band start the second thread
#: earlier and leave it a shorter last band; more bands cost more calls).
BAND_ROWS = 100
#: Compressed bytes per ``decode`` call (about half a millisecond of decoding).
CHUNK = 32 * 1024
#: The filter's reach in source rows per unit of scale (Pillow: bicubic 2.0) and a margin.
FILTER_SUPPORT = 2.0
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
    size: tuple[int, int],
    upright: Image.Transpose | None,
    resample: Image.Resampling,
    pool: Executor,
) -> Image.Image | None:
    """``opened`` (after ``draft``, not loaded) decoded from ``data`` and resized to ``size``,
    turned by ``upright``; ``None`` where this does not apply (the caller then loads as usual).

    Raises what Pillow's ``load`` raises for the same bytes (``OSError`` for a truncated or
    broken stream)."""
    if len(opened.tile) != 1 or opened.mode != "RGB" or size[1] < 2 * BAND_ROWS:
        return None
    tile = opened.tile[0]
    width, height = opened.size
    if tile.codec_name != "jpeg" or tile.extents != (0, 0, width, height):
        return None
    shrinks = width / 2 < size[0] <= width and height / 2 < size[1] <= height
    if not shrinks or size == opened.size:
        return None  # draft leaves less than 2x to shrink; anything else goes the usual way
    opened.load_prepare()  # the (zeroed) image the decoder fills
    opened.tile = []  # from here on, Pillow treats the image as loaded
    if _decoded(opened, height - 1):
        opened.tile = [tile]
        return None
    bands = _Bands(opened, size, upright, resample)
    worker = pool.submit(bands.work, True)
    try:
        _decode(opened, tile, data, bands)
    except BaseException:
        bands.stop()
        wait([worker])  # its own error, if any, is not the one to report
        raise
    bands.decoded()
    bands.work(False)  # this thread takes the bands left, beside the worker
    worker.result()
    return bands.out


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
    finally:
        decoder.cleanup()
    if error < 0:
        raise OSError(Image.core.getcodecstatus(error))


def _decoded(im: Image.Image, row: int) -> bool:
    """Whether ``row`` of an RGB image being decoded is filled (see the module's docstring)."""
    return im.crop((im.width - 1, row, im.width, row + 1)).tobytes("raw", "RGBX")[3] == 255


class _Bands:
    """The output's bands, handed out in order to whichever thread asks once their rows are in."""

    def __init__(
        self,
        source: Image.Image,
        size: tuple[int, int],
        upright: Image.Transpose | None,
        resample: Image.Resampling,
    ) -> None:
        self.source, self.size, self.upright, self.resample = source, size, upright, resample
        count = max(2, round(size[1] / BAND_ROWS))
        self.edges = [round(size[1] * i / count) for i in range(count + 1)]
        scale = source.height / size[1]
        self.needs = [
            min(source.height, math.ceil((bottom + FILTER_SUPPORT) * scale) + MARGIN_ROWS)
            for bottom in self.edges[1:]
        ]
        turned = (size[1], size[0]) if upright in TURNS else size
        self.out = Image.new(source.mode, turned)
        self.ready = 0  # bands whose source rows are decoded
        self.taken = 0
        self.stopped = False
        self.lock = threading.Condition()

    def check(self, decoded: Callable[[int], bool]) -> None:
        """Called by the decoding thread between chunks: hands out the bands whose rows are in."""
        ready = self.ready
        while ready < len(self.needs) and decoded(self.needs[ready] - 1):
            ready += 1
        if ready != self.ready:
            with self.lock:
                self.ready = ready
                self.lock.notify()

    def decoded(self) -> None:
        with self.lock:
            self.ready = len(self.needs)
            self.lock.notify()

    def stop(self) -> None:
        with self.lock:
            self.stopped = True
            self.lock.notify()

    def _next(self, wait: bool) -> int | None:
        with self.lock:
            while not self.stopped:
                if self.taken < self.ready:
                    self.taken += 1
                    return self.taken - 1
                if self.ready == len(self.needs) or not wait:
                    return None
                self.lock.wait()
            return None

    def work(self, wait: bool) -> None:
        """Resize, turn and paste bands until none is left (or, with ``wait``, until the decoder
        is done and none is left)."""
        width, height = self.source.size
        scale = height / self.size[1]
        while (i := self._next(wait)) is not None:
            top, bottom = self.edges[i], self.edges[i + 1]
            box = (0.0, top * scale, float(width), bottom * scale)
            band = self.source.resize((self.size[0], bottom - top), self.resample, box)
            if self.upright is not None:
                band = band.transpose(self.upright)
            self.out.paste(band, _place(self.upright, self.size[1], top, bottom))
