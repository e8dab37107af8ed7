"""Real databases: SQLite (file) by default, PostgreSQL with EPESAN_TEST_DB=postgres.

One database per test session, migrated with the project's migrations (so the exclusion constraint
and triggers are the real ones); every test starts from empty tables.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from tortoise import Tortoise, connections

from booking import events, locks, operations
from booking.auth import hash_password
from booking.clock import now
from booking.db import close_db, init_db, migrate_db
from booking.enums import BookingStatus, Role
from booking.models import Agency, Booking, EquipmentItem, Room, User
from booking.settings import Settings
from storage.local import LocalFolderStore
from storage.s3 import S3Store
from tests.letter_files import plain_pdf
from tests.s3_server import S3Server, seaweedfs

JAKARTA = Settings().tz
BACKEND = os.environ.get("EPESAN_TEST_DB", "sqlite")
PG_SERVER = os.environ.get("EPESAN_TEST_PG", "postgres://postgres@127.0.0.1:5432")
PASSWORD = "rahasia-sekali-123"
PDF = plain_pdf()  # a letter must parse and have a page
TABLES = [
    "webhook_attempt",
    "webhook_delivery",
    "webhook_endpoint",
    "room_display_link",
    "audit_entry",
    "office_closure",
    "report_document",
    "event_report",
    "photo",
    "calendar_feed",
    "waitlist_event",
    "waitlist_entry",
    "leadership_block_event",
    "leadership_block_room",
    "leadership_block",
    "room_rules",
    "step_record",
    "push_subscription",
    "notification_delivery",
    "notification",
    "idempotency_record",
    "booking_event",
    "booking_equipment",
    "booking",
    "booking_series",
    "password_reset_link",
    "user_session",
    "login_throttle",
    "app_user",
    "equipment_item",
    "room",
    "agency",
]


async def _pg_admin(sql: str) -> None:
    import asyncpg

    try:
        conn = await asyncpg.connect(f"{PG_SERVER}/postgres", timeout=5)
    except (OSError, asyncpg.PostgresError) as exc:
        pytest.fail(
            f"PostgreSQL is not reachable at {PG_SERVER} ({exc}). Start it with: "
            "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
            pytrace=False,
        )
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    if BACKEND == "postgres":
        return f"{PG_SERVER}/epesan_test_{os.getpid()}"
    return f"sqlite://{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


@pytest.fixture(scope="session")
def settings(db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        database_url=db_url,
        storage_dir=tmp_path_factory.mktemp("files"),
        login_delay_step_seconds=0.01,
        login_delay_max_seconds=0.02,
        max_letter_bytes=256 * 1024,
    )


@pytest.fixture(scope="session")
async def database(settings: Settings) -> AsyncIterator[str]:
    name = settings.database_url.rsplit("/", 1)[1]
    if BACKEND == "postgres":
        await _pg_admin(f'DROP DATABASE IF EXISTS "{name}"')
        await _pg_admin(f'CREATE DATABASE "{name}"')
    await migrate_db(settings)
    await init_db(settings)
    yield settings.database_url
    await close_db()
    if BACKEND == "postgres":
        await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(autouse=True)
async def clean_tables(database: str) -> None:
    conn = connections.get("default")
    if BACKEND == "postgres":
        # A transaction an earlier test left open would hold the tables until the TRUNCATE's
        # statement timeout, test after test: end it, and say so here once.
        left = await conn.execute_query_dict(
            "SELECT pg_terminate_backend(pid) AS ended, query FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND state LIKE 'idle in transaction%'"
        )
        if left:
            pytest.fail(f"an earlier test left transactions open: {[r['query'] for r in left]}")
        await conn.execute_script(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")
    else:
        for table in TABLES:
            await conn.execute_script(f"DELETE FROM {table}")
        await conn.execute_script("DELETE FROM sqlite_sequence")


class Recorder:
    """What the domain published, batch by batch (the ``published`` fixture)."""

    def __init__(self) -> None:
        self.batches: list[list[events.Event]] = []

    async def publish(self, batch: Sequence[events.Event]) -> None:
        self.batches.append(list(batch))

    def changed(self) -> list[events.BookingChanged]:
        return [e for b in self.batches for e in b if isinstance(e, events.BookingChanged)]

    def told(self) -> list[events.NotificationCreated]:
        return [e for b in self.batches for e in b if isinstance(e, events.NotificationCreated)]

    def states(self, room_id: int) -> list[events.RoomDayState]:
        return [
            e
            for b in self.batches
            for e in b
            if isinstance(e, events.RoomDayState) and e.room_id == room_id
        ]


@pytest.fixture
def published() -> Iterator[Recorder]:
    recorder = Recorder()
    events.add_publisher(recorder)
    yield recorder
    events.remove_publisher(recorder)


class SealCheck:
    """Every batch the domain publishes carries the state of each room-day it touched
    (booking.live_state.seal ran in its transaction): a writer that forgets it is caught by
    whichever test drives it."""

    def __init__(self) -> None:
        self.unsealed: list[set[tuple[int, date]]] = []

    async def watched(self, room_days: Sequence[tuple[int, date]]) -> set[tuple[int, date]]:
        return set()  # the numbers are enough here: only the tests that listen need the states

    async def publish(self, batch: Sequence[events.Event]) -> None:
        touched = {
            room_day
            for e in batch
            if isinstance(e, events.BookingChanged | events.AvailabilityChanged)
            for room_day in e.room_days
        }
        sealed = {(e.room_id, e.day) for e in batch if isinstance(e, events.RoomDayState)}
        if touched - sealed:
            self.unsealed.append(touched - sealed)


@pytest.fixture(autouse=True)
def every_change_is_sealed() -> Iterator[None]:
    check = SealCheck()
    events.add_publisher(check)
    yield
    events.remove_publisher(check)
    assert not check.unsealed, f"published without their room-day states: {check.unsealed}"


@pytest.fixture
def store(tmp_path: Path) -> LocalFolderStore:
    return LocalFolderStore(tmp_path / "files")


def slot(
    days: int = 3, hour: int = 9, minutes: int = 120, minute: int = 0
) -> tuple[datetime, datetime]:
    """An office-time interval ``days`` from today at ``hour:minute``."""
    day = date.today() + timedelta(days=days)
    start = datetime.combine(day, time(hour, minute), tzinfo=JAKARTA)
    return start, start + timedelta(minutes=minutes)


# -- factories ---------------------------------------------------------------------------------


@pytest.fixture
def create_agency() -> Callable[..., Awaitable[Agency]]:
    async def make(code: str | None = None, name: str = "Dinas Uji") -> Agency:
        return await Agency.create(code=code or uuid.uuid4().hex[:8], name=name)

    return make


_HASH: dict[str, str] = {}


def password_hash() -> str:
    if "h" not in _HASH:
        _HASH["h"] = hash_password(PASSWORD)
    return _HASH["h"]


@pytest.fixture
def create_user(create_agency: Callable[..., Awaitable[Agency]]) -> Callable[..., Awaitable[User]]:
    async def make(*roles: Role, agency: Agency | None = None, nrk: str | None = None) -> User:
        agency = agency or await create_agency()
        return await User.create(
            nrk=nrk or str(uuid.uuid4().int)[:10],  # 6 digits collided once in a run
            name=f"Pegawai {'/'.join(roles)}",
            email="pegawai@example.test",
            roles=[r.value for r in roles],
            agency=agency,
            password_hash=password_hash(),
        )

    return make


@pytest.fixture
def create_room() -> Callable[..., Awaitable[Room]]:
    async def make(code: str | None = None, capacity: int = 50, **kw: Any) -> Room:
        return await Room.create(
            code=code or uuid.uuid4().hex[:8],
            name=kw.pop("name", "Ruang Rapat Uji"),
            building=kw.pop("building", "Blok G"),
            floor=kw.pop("floor", "3"),
            capacity=capacity,
            opens_minute=kw.pop("opens_minute", 7 * 60),
            closes_minute=kw.pop("closes_minute", 18 * 60),
            **kw,
        )

    return make


@pytest.fixture
def create_equipment() -> Callable[..., Awaitable[EquipmentItem]]:
    async def make(name: str = "Proyektor", stock: int = 5) -> EquipmentItem:
        return await EquipmentItem.create(
            code=uuid.uuid4().hex[:8], name=name, unit="unit", stock=stock
        )

    return make


@pytest.fixture
def create_booking(
    settings: Settings, store: LocalFolderStore, create_room: Callable[..., Awaitable[Room]]
) -> Callable[..., Awaitable[Booking]]:
    """Submit a request as ``requester`` (SOP step 2) through the domain operation."""

    async def make(
        requester: User,
        room: Room | None = None,
        when: tuple[datetime, datetime] | None = None,
        equipment: dict[int, int] | None = None,
        participants: int = 20,
        settings: Settings = settings,  # another Settings object for this test (not the env)
    ) -> Booking:
        room = room or await create_room()
        start, end = when or slot()
        draft = operations.BookingDraft(
            room_id=room.id,
            starts_at=start,
            ends_at=end,
            title="Rapat Koordinasi",
            purpose="Koordinasi program kerja",
            participants=participants,
            equipment=tuple(
                operations.EquipmentRequest(i, q) for i, q in (equipment or {}).items()
            ),
        )
        result = await operations.submit(
            requester,
            draft,
            letter=PDF,
            idempotency_key=uuid.uuid4().hex,
            store=store,
            settings=settings,
        )
        return result.booking

    return make


@pytest.fixture
async def staff(create_user: Callable[..., Awaitable[User]]) -> dict[Role, User]:
    """One City Hall user per officer role."""
    return {
        role: await create_user(role)
        for role in (
            Role.SERVICE_OFFICER,
            Role.SERVICE_HEAD,
            Role.EQUIPMENT_HEAD,
            Role.LEADERSHIP,
            Role.ADMIN,
        )
    }


@pytest.fixture
def approved_booking(
    create_booking: Callable[..., Awaitable[Booking]], staff: dict[Role, User], settings: Settings
) -> Callable[..., Awaitable[Booking]]:
    """A booking taken through steps 2-8, then (as if time passed) running since an hour (or since
    the office's midnight), its people checked in at the start (else the no-show release would
    free it)."""

    async def make(requester: User, started: bool = True) -> Booking:
        booking = await create_booking(requester)
        await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
        await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)
        await operations.approve(staff[Role.SERVICE_HEAD], booking.id, settings)
        if started:  # within the office's day, as every booking (near midnight: less than 2 h)
            tz = settings.tz
            today = datetime.combine(now().astimezone(tz).date(), time(0), tzinfo=tz)
            start = max(now() - timedelta(hours=1), today)
            end = min(start + timedelta(hours=2), today + timedelta(days=1))
            await Booking.filter(id=booking.id).update(
                starts_at=start, ends_at=end, checked_in_at=start
            )
        await booking.refresh_from_db()
        return booking

    return make


async def status_of(booking: Booking) -> BookingStatus:
    await booking.refresh_from_db()
    return booking.status


def utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


__all__ = ["PASSWORD", "PDF", "Tortoise", "asyncio", "slot", "status_of", "utc"]


# -- S3-compatible storage (SeaweedFS), started once per session when a test asks for it --------


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    try:
        with seaweedfs(tmp_path_factory.mktemp("seaweedfs")) as server:
            yield server
    except RuntimeError as exc:
        pytest.fail(f"the S3 test server could not start: {exc}", pytrace=False)


@pytest.fixture
def s3_store(s3_server: S3Server) -> S3Store:
    return S3Store(
        s3_server.bucket,
        endpoint_url=s3_server.endpoint,
        access_key_id=s3_server.access_key,
        secret_access_key=s3_server.secret_key,
    )


def move_before_first_booking_lock(
    monkeypatch: pytest.MonkeyPatch, booking_id: int, room_id: int
) -> list[tuple[str, int]]:
    """Records every room and booking lock ``booking.locks`` takes, in order, and moves booking
    ``booking_id`` to room ``room_id`` just before the first booking lock: what another
    transaction does between a verb's read of the rooms and its locks."""
    taken: list[tuple[str, int]] = []
    lock_room, lock_booking = locks.lock_room, locks.lock_booking

    async def room(conn: Any, locked_id: int) -> None:
        taken.append(("room", locked_id))
        await lock_room(conn, locked_id)

    async def moved_meanwhile(conn: Any, locked_id: int) -> Any:
        if not any(kind == "booking" for kind, _ in taken):
            await Booking.filter(id=booking_id).using_db(conn).update(room_id=room_id)
        taken.append(("booking", locked_id))
        return await lock_booking(conn, locked_id)

    monkeypatch.setattr(locks, "lock_room", room)
    monkeypatch.setattr(locks, "lock_booking", moved_meanwhile)
    return taken
