"""The bookings a leadership block displaced that still wait to be rescheduled: those in its rooms
and time whose status is RESCHEDULE_REQUIRED. For many blocks at once (a list page): three
queries, whatever the number of blocks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from booking.enums import BookingStatus
from booking.models import Booking, LeadershipBlock, LeadershipBlockRoom


async def displaced_by_block(block_ids: Sequence[int]) -> dict[int, list[Booking]]:
    blocks = await LeadershipBlock.filter(id__in=list(block_ids))
    if not blocks:
        return {}
    rooms: dict[int, set[int]] = defaultdict(set)
    for block_id, room_id in await LeadershipBlockRoom.filter(
        block_id__in=[b.id for b in blocks]
    ).values_list("block_id", "room_id"):
        rooms[block_id].add(room_id)
    all_rooms = set().union(*rooms.values()) if rooms else set()
    if not all_rooms:
        return {}
    waiting = await Booking.filter(
        status=BookingStatus.RESCHEDULE_REQUIRED,
        room_id__in=list(all_rooms),
        starts_at__lt=max(b.ends_at for b in blocks),
        ends_at__gt=min(b.starts_at for b in blocks),
    ).order_by("starts_at", "id")
    return {
        block.id: [
            b
            for b in waiting
            if b.room_id in rooms[block.id]
            and b.starts_at < block.ends_at
            and b.ends_at > block.starts_at
        ]
        for block in blocks
    }
