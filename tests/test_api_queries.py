"""List fields resolve their relations with DataLoaders: the query count does not grow with rows."""

from __future__ import annotations

from api.context import Context
from api.schema import build_schema
from booking.enums import Role
from booking.settings import Settings
from tests.conftest import slot
from tests.test_availability import count_queries

BOOKINGS = """{ bookings(first: 100) { totalCount edges { node {
  reference status room { name } agency { name } requester { name }
  equipment { requestedQuantity equipment { name } } history { toStatus actor { name } }
} } } }"""

DAY_VIEW = """query($d: Date!) { availability(date: $d) {
  room { code } busy { status agencyName booking { reference room { name } } } free { startsAt }
} }"""


async def run(query: str, user, settings: Settings, store, variables=None) -> int:
    schema = build_schema(Settings())
    context = Context(settings=settings, store=store, user=user)
    errors: list = []

    async def execute() -> None:
        result = await schema.execute(query, variable_values=variables, context_value=context)
        errors.extend(result.errors or [])

    count = await count_queries(execute)
    assert not errors, errors
    return count


async def test_bookings_list_query_count_is_constant(
    create_user, create_room, create_booking, create_equipment, staff, settings, store
):
    officer = staff[Role.SERVICE_OFFICER]
    item = await create_equipment()
    counts = []
    for round_ in range(3):
        for i in range(4):
            requester = await create_user(Role.REQUESTER)
            await create_booking(
                requester,
                room=await create_room(),
                when=slot(days=3 + round_, hour=8 + i),
                equipment={item.id: 1},
            )
        counts.append(await run(BOOKINGS, officer, settings, store))
    assert counts[0] == counts[1] == counts[2]
    assert counts[0] <= 9  # session-less context: page, count, 5 loaders (+ nested actors, items)


async def test_day_view_query_count_is_constant(
    create_user, create_room, create_booking, staff, settings, store
):
    officer = staff[Role.SERVICE_OFFICER]
    requester = await create_user(Role.REQUESTER)
    day = slot()[0].date().isoformat()
    counts = []
    for _ in range(3):
        for _ in range(5):
            await create_booking(requester, room=await create_room(), when=slot(hour=10))
        counts.append(await run(DAY_VIEW, officer, settings, store, {"d": day}))
    assert counts[0] == counts[1] == counts[2] <= 6  # + blocks, per-weekday hours


TASKS = "{ myTasks { edges { node { booking { reference } step { number } enteredAt dueAt breached } } } }"


async def test_my_tasks_show_due_time_and_breach(
    create_user, create_booking, staff, settings, store
):
    from datetime import datetime, timedelta

    from booking.models import Booking

    always = settings.model_copy(update={"work_always_open": True})
    requester = await create_user(Role.REQUESTER)
    fresh = await create_booking(requester, when=slot(hour=9))
    late = await create_booking(requester, when=slot(hour=13))
    await Booking.filter(id=late.id).update(
        status_changed_at=late.status_changed_at - timedelta(minutes=20)
    )

    schema = build_schema(Settings())
    context = Context(settings=always, store=store, user=staff[Role.SERVICE_OFFICER])
    result = await schema.execute(TASKS, context_value=context)
    assert not result.errors, result.errors
    nodes = [e["node"] for e in result.data["myTasks"]["edges"]]
    assert [n["booking"]["reference"] for n in nodes] == [
        late.reference,
        fresh.reference,
    ]  # oldest first
    for node in nodes:
        entered, due = (
            datetime.fromisoformat(node["enteredAt"]),
            datetime.fromisoformat(node["dueAt"]),
        )
        assert due - entered == timedelta(minutes=15)  # step 3, 24/7 calendar
        assert node["step"]["number"] == 3
    assert [n["breached"] for n in nodes] == [True, False]


ACTIONS = "{ bookings(first: 100) { edges { node { reference availableActions } } } }"


async def test_available_actions_follow_the_guards_in_constant_queries(
    create_user, create_room, create_booking, staff, settings, store
):
    """Displaced bookings: APPROVE only for those approved before; one batch for all of them."""
    from booking import leadership, operations
    from tests.test_leadership import at, block_draft

    officer, head = staff[Role.SERVICE_OFFICER], staff[Role.SERVICE_HEAD]
    requester = await create_user(Role.REQUESTER)
    was_approved, request = set(), set()
    counts = []
    for round_ in range(3):
        room = await create_room()
        for hour in (8, 10):
            booking = await create_booking(requester, room=room, when=slot(hour=hour, minutes=60))
            if hour == 8:
                await operations.verify(officer, booking.id, settings=settings)
                await operations.validate(head, booking.id, settings=settings)
                await operations.approve(officer, booking.id, settings)
                was_approved.add(booking.reference)
            else:
                request.add(booking.reference)
        await leadership.create_block(head, block_draft([room], at(8), at(12)), settings=settings)
        await create_booking(requester, room=await create_room(), when=slot(hour=8 + round_))
        counts.append(await run(ACTIONS, officer, settings, store))
    assert counts[0] == counts[1] == counts[2] <= 3  # page, count, the displacements

    schema = build_schema(Settings())
    result = await schema.execute(
        ACTIONS, context_value=Context(settings=settings, store=store, user=officer)
    )
    assert not result.errors, result.errors
    offered = {
        e["node"]["reference"]: e["node"]["availableActions"]
        for e in result.data["bookings"]["edges"]
    }
    assert all(offered[r] == ["APPROVE", "CANCEL", "ACCEPT_SUGGESTION"] for r in was_approved)
    assert all(offered[r] == ["CANCEL", "ACCEPT_SUGGESTION"] for r in request)
    assert sum(o[:1] == ["VERIFY"] for o in offered.values()) == 3  # the requests still at step 3


REPORTS = """{ eventReports(first: 50) { totalCount edges { node {
  narrative booking { reference } room { name } agency { name } reportedBy { name }
  photos { status renditions { name url } }
} } } }"""


async def test_event_reports_query_count_is_constant(
    create_user, approved_booking, staff, settings, store
):
    from booking import operations, photos
    from tests.photo_files import camera_jpeg

    jpeg = camera_jpeg(64, 48)
    counts = []
    for _ in range(3):
        for _ in range(3):
            requester = await create_user(Role.REQUESTER)
            booking = await approved_booking(requester)
            await photos.add_photo(requester, booking.id, jpeg, store, settings)
            await operations.report(
                requester, booking.id, "Rapat berjalan lancar.", settings=settings
            )
        counts.append(await run(REPORTS, staff[Role.LEADERSHIP], settings, store))
    assert counts[0] == counts[1] == counts[2]


WORKING_PERIODS = (
    """query($f: Date!, $t: Date) { workingPeriods(from: $f, to: $t) { startsAt endsAt } }"""
)


async def test_working_periods_give_the_clock_of_the_time_standards(create_user, settings, store):
    """The web app counts a task's time standard down inside these periods only."""
    user = await create_user(Role.SERVICE_OFFICER)
    schema = build_schema(Settings())
    context = Context(settings=settings, store=store, user=user)
    result = await schema.execute(
        WORKING_PERIODS,
        variable_values={"f": "2026-12-04", "t": "2026-12-07"},
        context_value=context,
    )
    assert not result.errors, result.errors
    # Friday and Monday; the weekend has no working hours. Office time with its offset.
    assert result.data["workingPeriods"] == [
        {"startsAt": "2026-12-04T07:30:00+07:00", "endsAt": "2026-12-04T16:00:00+07:00"},
        {"startsAt": "2026-12-07T07:30:00+07:00", "endsAt": "2026-12-07T16:00:00+07:00"},
    ]
    too_long = await schema.execute(
        WORKING_PERIODS,
        variable_values={"f": "2026-01-01", "t": "2026-12-31"},
        context_value=context,
    )
    assert too_long.errors and too_long.errors[0].extensions["code"] == "VALIDATION"
    anonymous = await schema.execute(
        WORKING_PERIODS,
        variable_values={"f": "2026-12-04"},
        context_value=Context(settings=settings, store=store),
    )
    assert anonymous.errors and anonymous.errors[0].extensions["code"] == "UNAUTHENTICATED"


async def test_links_follow_the_address_each_client_used(settings, store):
    """The base of links (and the store making them) is kept per address, never another's."""
    from starlette.requests import Request

    from api.app import GraphQLApp

    app = GraphQLApp(settings, store)

    def request(host: str, scheme: str = "http") -> Request:
        headers = [(b"host", host.encode()), (b"accept-language", b"en")]
        scope = {"type": "http", "scheme": scheme, "server": ("127.0.0.1", 8000), "path": "/graphql",
                 "root_path": "", "query_string": b"", "headers": headers, "method": "POST"}  # fmt: skip
        return Request(scope)

    first = await app.get_context(request("ruang.example:8080"), None)
    other = await app.get_context(request("10.0.0.5"), None)
    secure = await app.get_context(request("ruang.example:8080", "https"), None)
    again = await app.get_context(request("ruang.example:8080"), None)
    assert first.base_url == again.base_url == "http://ruang.example:8080"
    assert other.base_url == "http://10.0.0.5" and secure.base_url == "https://ruang.example:8080"
    assert [c.store.base_url for c in (first, other, secure)] == [  # type: ignore[attr-defined]
        "http://ruang.example:8080",
        "http://10.0.0.5",
        "https://ruang.example:8080",
    ]
    assert again.store is first.store  # kept, not rebuilt
    public = GraphQLApp(settings.model_copy(update={"public_url": "https://epr.example/"}), store)
    found = await public.get_context(request("10.0.0.5"), None)
    assert found.base_url == "https://epr.example" == found.store.base_url  # type: ignore[attr-defined]
