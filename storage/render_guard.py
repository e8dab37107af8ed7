"""Photo rendering memory, bounded by what a process decodes rather than by file size.

- **Renders in flight**: at most ``in_flight`` renders run at once in a process (a semaphore
  shared by every thread: the embedded worker, ``asyncio.to_thread`` callers, Celery threads).
- **Pixels per render**: :func:`storage.images.render` decodes JPEGs at a reduced scale and still
  WebPs straight to the rendition size; what would still be decoded at more than
  ``decode_budget`` pixels (a huge PNG, a progressive JPEG, an animated WebP) is rendered in a
  short-lived child process instead, whose memory goes back to the system when it exits.
- **Memory returned**: after each render, glibc's ``malloc_trim(0)`` hands the freed heap back
  (the decoders' big buffers are freed into per-thread malloc arenas, which keep them
  otherwise). Elsewhere than glibc this is a no-op.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import lru_cache

from booking.photos import RenderResult
from storage import images

_lock = threading.Lock()
_slots: dict[int, threading.BoundedSemaphore] = {}


def _semaphore(in_flight: int) -> threading.BoundedSemaphore:
    with _lock:
        if in_flight not in _slots:
            _slots[in_flight] = threading.BoundedSemaphore(max(1, in_flight))
        return _slots[in_flight]


@lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        if libc is None or not hasattr(libc, "malloc_trim"):
            return None
    except OSError:
        return None
    libc.malloc_trim.argtypes = [ctypes.c_size_t]
    libc.malloc_trim.restype = ctypes.c_int
    return libc


def trim() -> None:
    """Give freed heap memory back to the system (glibc); nothing elsewhere."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


@contextmanager
def render_slot(in_flight: int) -> Iterator[None]:
    with _semaphore(in_flight):
        try:
            yield
        finally:
            trim()


def render(data: bytes, *, max_pixels: int, decode_budget: int, in_flight: int) -> RenderResult:
    """:func:`storage.images.render` within the process's bounds (see the module's text)."""
    with render_slot(in_flight):
        try:
            return images.render(data, max_pixels=max_pixels, decode_budget=decode_budget)
        except images.OverBudget:
            pass
    # outside the slot: the child's memory is not this process's
    return render_in_child(data, max_pixels)


def render_in_child(data: bytes, max_pixels: int) -> RenderResult:
    """The renditions made by a fresh process (spawned: nothing of this one's threads or
    connections is copied) that exits afterwards. A bad photo raises its BadPhoto here."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        return pool.submit(images.render, data, max_pixels=max_pixels).result()
