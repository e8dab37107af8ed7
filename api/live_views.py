"""Reads shared by the subscribers of one process that woke up for the same change.

A change to a busy room-day wakes every subscriber of it at once; instead of each reading the day
again, the first one reads and the others (same channels, same hub generation) await its read. Only
reads in flight are shared: nothing is cached once its last reader has it."""

from __future__ import annotations

import asyncio
import weakref
from datetime import date
from zoneinfo import ZoneInfo

from booking import availability
from live.hub import Hub

_Key = tuple[date, tuple[int, ...], tuple[int, ...]]
_reads: weakref.WeakValueDictionary[_Key, asyncio.Future[list[availability.RoomDay]]] = (
    weakref.WeakValueDictionary()
)
_running: set[asyncio.Future[list[availability.RoomDay]]] = set()


def _done(read: asyncio.Future[list[availability.RoomDay]]) -> None:
    _running.discard(read)
    if not read.cancelled():
        read.exception()  # retrieved: a reader that left does not leave it unobserved


async def shared_room_days(
    hub: Hub, day: date, room_ids: list[int], tz: ZoneInfo, channels: list[str]
) -> list[availability.RoomDay]:
    key = (day, tuple(room_ids), hub.generation(channels))
    read = _reads.get(key)
    if read is None:
        read = asyncio.ensure_future(availability.room_days(day, tz, room_ids))
        _reads[key] = read
        _running.add(read)  # a task must be referenced until it ends, even if its readers left
        read.add_done_callback(_done)
    return await asyncio.shield(read)
