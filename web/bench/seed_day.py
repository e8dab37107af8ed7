"""Seed a day view for bench_web.mjs: rooms up to 50 and 369 approved bookings on one date, written
straight into the server's database (the bench measures the page, not the submission path)."""

from __future__ import annotations

import asyncio
import sys
from datetime import date, datetime, time, timedelta

from booking.db import close_db, init_db
from booking.enums import BookingStatus
from booking.models import Room, User
from booking.settings import Settings


async def main(url: str, day: date, rooms_wanted: int, bookings_wanted: int) -> None:
    await init_db(Settings(database_url=url))
    try:
        have = await Room.filter(is_active=True).count()
        for i in range(have, rooms_wanted):
            await Room.create(
                code=f"BENCH{i:02d}",
                name=f"Ruang Bench {i:02d}",
                building="Blok Bench",
                floor="1",
                capacity=20,
                opens_minute=7 * 60,
                closes_minute=21 * 60,
            )
        rooms = await Room.filter(is_active=True).order_by("id").limit(rooms_wanted)
        requester = await User.get(nrk="100001")
        tz = Settings().tz
        from booking.models import Booking

        made, hour = 0, 7
        while made < bookings_wanted:
            for room in rooms:
                if made == bookings_wanted:
                    break
                start = datetime.combine(day, time(hour, 0), tzinfo=tz)
                at = datetime.now(tz)
                await Booking.create(
                    requester=requester,
                    agency_id=requester.agency_id,
                    room=room,
                    starts_at=start,
                    ends_at=start + timedelta(minutes=50),
                    title=f"Rapat bench {made + 1}",
                    purpose="Bench",
                    participants=10,
                    status=BookingStatus.APPROVED,
                    status_changed_at=at,
                    created_at=at,
                )
                made += 1
            hour += 1
        print(f"seeded {len(rooms)} rooms, {made} bookings on {day}")
    finally:
        await close_db()


if __name__ == "__main__":
    asyncio.run(
        main(sys.argv[1], date.fromisoformat(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    )
