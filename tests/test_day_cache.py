"""The day view from kept room-days (api/day_cache.py) equals the day view read afresh, after every
step of randomized histories of changes (bookings submitted, moved along, cancelled; leadership
blocks made and lifted; room rules; rooms and agencies renamed), for every viewer class and
language, and for selections that are kept and ones that are not."""

from __future__ import annotations

import random
from datetime import date

import pytest

from api import day_cache
from api.context import Context
from api.schema import build_schema
from booking import leadership, operations, rules
from booking.admin import agencies, rooms
from booking.enums import Language, Role
from booking.errors import DomainError
from booking.models import Booking, Room, User
from booking.settings import Settings
from tests.conftest import slot

BENCH = """query Day($date: Date!) { availability(date: $date) {
  room { id code }
  busy { startsAt endsAt status agencyName booking { id reference } }
  free { startsAt endsAt } } }"""

RICH = """query Day($date: Date!, $withFree: Boolean!) { availability(date: $date) {
  __typename date opensAt closesAt
  room { ...R }
  busy { startsAt endsAt status agencyName booking { __typename id reference status title
    purpose participants startsAt endsAt checkedInAt checkInCode step { number name } } }
  free @include(if: $withFree) { startsAt endsAt }
  blocked { startsAt endsAt reason } } }
fragment R on Room { id code name building floor capacity isActive opensAt closesAt }"""

#: Not kept (a booking's room goes through a loader): the ordinary path, every time.
NOT_KEPT = """query Day($date: Date!) { availability(date: $date) {
  room { code } busy { booking { reference room { name } agency { name } } } } }"""

QUERIES = [
    (Language.ID, BENCH, {}),
    (Language.ID, RICH, {"withFree": True}),
    (Language.EN, RICH, {"withFree": True}),  # step names in English
    (Language.ID, RICH, {"withFree": False}),
    (Language.ID, NOT_KEPT, {}),
]


STEPS = ("submit", "submit", "submit", "advance", "advance", "cancel", "block", "unblock", "rules")
STEPS += ("rename_room", "rename_agency")


class World:
    def __init__(self, rng: random.Random, settings: Settings, store, users, rooms_) -> None:
        self.rng, self.settings, self.store = rng, settings, store
        self.users: dict[str, User] = users
        self.rooms: list[Room] = rooms_
        self.days = [slot(days=d)[0].date() for d in (3, 4)]
        self.names = 0

    def requester(self) -> User:
        return self.users[self.rng.choice(["req_a", "req_b"])]

    def plan(self, extra: int) -> list[str]:
        """Each kind of change at least once (after two submissions), and ``extra`` more."""
        kinds = sorted(set(STEPS)) + [self.rng.choice(STEPS) for _ in range(extra)]
        self.rng.shuffle(kinds)
        return ["submit", "submit", *kinds]

    async def step(self, kind: str, create_booking) -> str:
        try:
            await getattr(self, kind)(create_booking)
        except DomainError as error:  # a refused change (a taken slot, a wrong state): no change
            return f"{kind}: refused {error.code}"
        return kind

    async def submit(self, create_booking) -> None:
        day = self.rng.choice([3, 4])
        when = slot(days=day, hour=self.rng.randrange(7, 17), minutes=self.rng.choice([30, 60]))
        await create_booking(self.requester(), self.rng.choice(self.rooms), when)

    async def _pick(self, *statuses: str) -> Booking | None:
        found = await Booking.filter(status__in=list(statuses)).order_by("id")
        return self.rng.choice(found) if found else None

    async def advance(self, _) -> None:
        booking = await self._pick("SUBMITTED", "VALIDATION", "SCHEDULING")
        if booking is None:
            return
        head, officer = self.users["head"], self.users["officer"]
        if booking.status == "SUBMITTED":
            await operations.verify(officer, booking.id, settings=self.settings)
        elif booking.status == "VALIDATION":
            await operations.validate(head, booking.id, settings=self.settings)
        else:
            await operations.approve(head, booking.id, self.settings)

    async def cancel(self, _) -> None:
        booking = await self._pick("SUBMITTED", "VALIDATION", "SCHEDULING", "APPROVED")
        if booking is not None:
            owner = next(u for u in self.users.values() if u.id == booking.requester_id)
            await operations.cancel(owner, booking.id, "Acara ditunda", settings=self.settings)

    async def block(self, _) -> None:
        start, end = slot(days=self.rng.choice([3, 4]), hour=self.rng.randrange(8, 16), minutes=90)
        rooms_ = self.rng.sample(self.rooms, self.rng.randint(1, 2))
        draft = leadership.BlockDraft([r.id for r in rooms_], start, end, "Rapat pimpinan")
        await leadership.create_block(self.users["head"], draft, self.settings)

    async def unblock(self, _) -> None:
        from booking.models import LeadershipBlock

        found = await LeadershipBlock.filter(cancelled_at__isnull=True).order_by("id")
        if found:
            block = self.rng.choice(found)
            await leadership.cancel_block(self.users["head"], block.id, "Batal", self.settings)

    async def rules(self, _) -> None:
        opens = self.rng.choice([6 * 60, 7 * 60, 8 * 60])
        hours = [(opens, 17 * 60)] * 5 + [None, None]
        change = rules.RulesChange(weekday_hours=self.rng.choice([hours, None]))
        room = self.rng.choice(self.rooms)
        await rules.set_room_rules(self.users["admin"], room.id, change, self.settings)

    async def rename_room(self, _) -> None:
        room = await Room.get(id=self.rng.choice(self.rooms).id)
        self.names += 1
        draft = rooms.RoomDraft(
            code=room.code, name=f"Ruang {self.names}", building=room.building, floor=room.floor,
            capacity=room.capacity,
        )  # fmt: skip
        await rooms.edit_room(self.users["admin"], room.id, draft, self.settings)

    async def rename_agency(self, _) -> None:
        user = self.requester()
        self.names += 1
        await agencies.rename_agency(
            self.users["admin"], user.agency_id, f"Dinas {self.names}", self.settings
        )


async def views(schema, world: World, *, cached: bool) -> list[object]:
    """Every day view: each viewer, language, query and day (cached: each executed twice, so the
    second is served from what the first kept)."""
    settings = world.settings if cached else replace_settings(world.settings)
    out = []
    for name, user in sorted(world.users.items()):
        for language, query, extra in QUERIES:
            for day in world.days:
                variables = {"date": day.isoformat(), **extra}
                for _ in range(2 if cached else 1):
                    context = Context(
                        settings=settings, store=world.store, user=user, language=language
                    )
                    result = await schema.execute(
                        query, variable_values=variables, context_value=context
                    )
                    assert result.errors is None, result.errors
                out.append((name, language, query[:40], day, result.data))
    return out


def replace_settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"day_cache": False})


@pytest.mark.parametrize("seed", [1, 2])
async def test_kept_day_views_equal_fresh_ones_over_random_histories(
    seed, create_user, create_agency, create_room, create_booking, staff, settings, store
):
    rng = random.Random(seed)
    agency_a, agency_b = await create_agency(name="Dinas A"), await create_agency(name="Dinas B")
    users = {
        "req_a": await create_user(Role.REQUESTER, agency=agency_a),
        "req_b": await create_user(Role.REQUESTER, agency=agency_b),
        "req_a2": await create_user(Role.REQUESTER, agency=agency_a),  # same class as req_a
        "officer": staff[Role.SERVICE_OFFICER],
        "head": staff[Role.SERVICE_HEAD],
        "equipment": staff[Role.EQUIPMENT_HEAD],  # sees all, no check-in codes (as LEADERSHIP)
        "admin": staff[Role.ADMIN],
        "no_agency_requester": await create_user(Role.REQUESTER),
    }
    users["no_agency_requester"].agency_id = None  # as the viewer: sees no booking in detail
    made = [await create_room(capacity=30, building="Blok G", floor=str(k)) for k in range(3)]
    world = World(rng, settings, store, users, made)
    schema = build_schema(Settings())
    day_cache.cache.clear()
    done = []
    for kind in world.plan(extra=2):
        done.append(await world.step(kind, create_booking))
        kept = await views(schema, world, cached=True)
        fresh = await views(schema, world, cached=False)
        for got, want in zip(kept, fresh, strict=True):
            assert got == want, f"after {done}: {got[:4]}"
    assert day_cache.cache.hits > 0


async def test_requesters_of_two_agencies_never_share_a_kept_day(
    create_user, create_agency, create_room, create_booking, settings, store
):
    a, b = await create_agency(name="Dinas A"), await create_agency(name="Dinas B")
    req_a = await create_user(Role.REQUESTER, agency=a)
    req_b = await create_user(Role.REQUESTER, agency=b)
    room = await create_room()
    when = slot(days=3, hour=9)
    booking = await create_booking(req_a, room, when)
    schema = build_schema(Settings())
    day_cache.cache.clear()

    async def busy(user: User) -> dict:
        context = Context(settings=settings, store=store, user=user)
        result = await schema.execute(
            BENCH, variable_values={"date": when[0].date().isoformat()}, context_value=context
        )
        assert result.errors is None
        [day] = result.data["availability"]
        return day["busy"][0]

    assert (await busy(req_a))["booking"]["reference"] == booking.reference
    assert (await busy(req_b))["booking"] is None  # A's render kept: B's class differs
    assert (await busy(req_a))["booking"]["reference"] == booking.reference
    assert day_cache.cache.hits == 1


async def test_a_kept_day_is_not_served_after_a_change_and_costs_one_query(
    create_user, create_room, create_booking, staff, settings, store
):
    from tests.test_availability import count_queries

    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    day: date = slot(days=3)[0].date()
    schema = build_schema(Settings())
    day_cache.cache.clear()
    context = Context(settings=settings, store=store, user=staff[Role.SERVICE_OFFICER])

    async def statuses() -> list[str]:
        result = await schema.execute(
            BENCH, variable_values={"date": day.isoformat()}, context_value=context
        )
        assert result.errors is None
        return [b["status"] for b in result.data["availability"][0]["busy"]]

    assert await statuses() == []
    booking = await create_booking(requester, room, slot(days=3, hour=9))
    assert await statuses() == ["SUBMITTED"]
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    assert await statuses() == ["VALIDATION"]
    found: list[list[str]] = []

    async def again() -> None:
        found.append(await statuses())

    assert await count_queries(again) == 1  # kept: only the rooms' change numbers are read
    assert found == [["VALIDATION"]]


async def test_renames_show_on_kept_days_without_bookings_and_in_the_past(
    create_user, create_agency, create_room, create_booking, staff, settings, store
):
    """A room renamed with no booking, an agency renamed whose booking is past: days kept before
    show the new names (the renames give the rooms a new change number)."""
    agency = await create_agency(name="Dinas Lama")
    requester = await create_user(Role.REQUESTER, agency=agency)
    empty, used = await create_room(name="Ruang Lama"), await create_room()
    booking = await create_booking(requester, used, slot(days=3, hour=9))
    yesterday = slot(days=-1, hour=9)
    await Booking.filter(id=booking.id).update(starts_at=yesterday[0], ends_at=yesterday[1])
    schema = build_schema(Settings())
    day_cache.cache.clear()
    officer, admin = staff[Role.SERVICE_OFFICER], staff[Role.ADMIN]

    async def day_of(when: date) -> str:
        context = Context(settings=settings, store=store, user=officer)
        query = "query($d: Date!) { availability(date: $d) { room { name } busy { agencyName } } }"
        result = await schema.execute(
            query, variable_values={"d": when.isoformat()}, context_value=context
        )
        assert result.errors is None
        return str(result.data)

    today = slot(days=0)[0].date()
    before_room = await day_of(today)
    before_agency = await day_of(yesterday[0].date())
    assert "Ruang Lama" in str(before_room) and "Dinas Lama" in str(before_agency)
    draft = rooms.RoomDraft(
        code=empty.code, name="Ruang Baru", building=empty.building, floor=empty.floor,
        capacity=empty.capacity,
    )  # fmt: skip
    await rooms.edit_room(admin, empty.id, draft, settings)
    await agencies.rename_agency(admin, agency.id, "Dinas Baru", settings)
    after_room = await day_of(today)
    after_agency = await day_of(yesterday[0].date())
    assert "Ruang Baru" in str(after_room) and "Ruang Lama" not in str(after_room)
    assert "Dinas Baru" in str(after_agency) and "Dinas Lama" not in str(after_agency)
    assert day_cache.cache.hits == 0  # both read again, nothing stale served


async def test_checks_kept_per_request_text_still_refuse_bad_values_every_time(
    create_user, settings, store
):
    """The argument and cost checks are done once per distinct document and variables
    (api/memo.py): a value refused once is refused again, an allowed one stays allowed."""
    user = await create_user(Role.SERVICE_OFFICER)
    schema = build_schema(Settings())
    query = "query($d: Date!) { availability(date: $d) { room { code } } }"

    async def codes(day: str) -> list[str]:
        context = Context(settings=settings, store=store, user=user)
        result = await schema.execute(query, variable_values={"d": day}, context_value=context)
        return [e.extensions["code"] for e in result.errors or []]

    good, bad = slot()[0].date().isoformat(), "0001-01-01"
    for _ in range(3):
        assert await codes(good) == []
        assert await codes(bad) == ["VALIDATION"]


FREE_ROOMS = """query Free($s: DateTime!, $e: DateTime!) { freeRooms(startsAt: $s, endsAt: $e) {
  __typename id code name building floor capacity facilities isActive opensAt closesAt } }"""


async def test_free_rooms_from_kept_rooms_follow_every_room_edit(
    create_user, create_room, create_booking, staff, settings, store
):
    made = [await create_room(capacity=30, building="Blok G", floor=str(k)) for k in range(3)]
    schema = build_schema(Settings())
    day_cache.cache.clear()
    start, end = slot(days=3, hour=9, minutes=60)
    variables = {"s": start.isoformat(), "e": end.isoformat()}

    async def free(*, cached: bool = True, language: Language = Language.ID) -> list[dict]:
        context = Context(
            settings=settings if cached else replace_settings(settings),
            store=store,
            user=staff[Role.SERVICE_OFFICER],
            language=language,
        )
        result = await schema.execute(FREE_ROOMS, variable_values=variables, context_value=context)
        assert result.errors is None, result.errors
        return result.data["freeRooms"]

    first = await free()
    assert await free() == first == await free(cached=False)
    assert day_cache.cache.hits == 3  # the second search: each room's kept value
    room = made[1]
    draft = rooms.RoomDraft(
        code="G-99", name="Ruang Baru", building="Blok H", floor="9", capacity=45
    )  # fmt: skip
    await rooms.edit_room(staff[Role.ADMIN], room.id, draft, settings)
    await create_booking(await create_user(Role.REQUESTER), made[0], (start, end))
    after = await free()
    assert after == await free(cached=False) == await free(language=Language.EN)
    assert [r["code"] for r in after] == [made[2].code, "G-99"]  # by capacity; made[0] taken
    assert after[1]["capacity"] == 45 and after[1]["building"] == "Blok H"
