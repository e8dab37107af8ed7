"""Administration through the schema (in-process): each action's happy path, the wrong role, the
conflicting state and bad input; the audit trail every change writes; office closures in the
working calendar."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from api.context import Context
from api.ids import encode_id
from api.schema import build_schema
from booking import operations
from booking.closures import office_calendar
from booking.enums import BookingStatus, Role
from booking.models import AuditEntry, BookingEquipment, LoginThrottle, Session, User
from booking.settings import Settings
from tests.conftest import slot, status_of

NOT_ADMIN = [
    Role.REQUESTER,
    Role.SERVICE_OFFICER,
    Role.SERVICE_HEAD,
    Role.EQUIPMENT_HEAD,
    Role.LEADERSHIP,
]


async def run(settings: Settings, store, user: User | None, query: str, **variables: Any) -> dict:
    schema = build_schema(settings)
    context = Context(settings=settings, store=store, user=user)
    result = await schema.execute(query, variable_values=variables, context_value=context)
    assert not result.errors, result.errors
    assert result.data is not None
    return result.data


def payload(data: dict) -> dict:
    [value] = data.values()
    return value


def codes(data: dict) -> list[tuple[str, str | None]]:
    return [(e["code"], e["field"]) for e in payload(data)["errors"]]


ROOM = {"code": "R-301", "name": "Ruang Rapat 301", "building": "Blok G", "floor": "3",
        "capacity": 30, "facilities": ["Proyektor", "AC"], "description": "Lantai 3"}  # fmt: skip

MUTATIONS = {
    "createRoom": "mutation($input: CreateRoomInput!) { createRoom(input: $input) "
    "{ room { id code name isActive facilities description } "
    "futureBookings { id } rescheduled { id } errors { code message field } } }",
    "editRoom": "mutation($input: EditRoomInput!) { editRoom(input: $input) "
    "{ room { code name capacity } errors { code message field } } }",
    "deactivateRoom": "mutation($input: DeactivateRoomInput!) { deactivateRoom(input: $input) "
    "{ room { isActive } rescheduled { id status } futureBookings { id } "
    "errors { code message field } } }",
    "reactivateRoom": "mutation($input: RoomIdInput!) { reactivateRoom(input: $input) "
    "{ room { isActive } errors { code message field } } }",
    "createEquipment": "mutation($input: CreateEquipmentInput!) { createEquipment(input: $input) "
    "{ equipmentItem { id code stock } errors { code message field } } }",
    "editEquipment": "mutation($input: EditEquipmentInput!) { editEquipment(input: $input) "
    "{ equipmentItem { code name unit } errors { code message field } } }",
    "changeEquipmentStock": "mutation($input: ChangeStockInput!) { changeEquipmentStock("
    "input: $input) { equipmentItem { stock } peakQuantity peakAt holdingBookings { id } "
    "errors { code message field } } }",
    "createAgency": "mutation($input: CreateAgencyInput!) { createAgency(input: $input) "
    "{ agency { id code name isActive } errors { code message field } } }",
    "renameAgency": "mutation($input: RenameAgencyInput!) { renameAgency(input: $input) "
    "{ agency { name } errors { code message field } } }",
    "deactivateAgency": "mutation($input: AgencyIdInput!) { deactivateAgency(input: $input) "
    "{ agency { isActive } errors { code message field } } }",
    "createUser": "mutation($input: CreateUserInput!) { createUser(input: $input) "
    "{ user { id nrk roles mustChangePassword agency { code } } temporaryPassword "
    "errors { code message field } } }",
    "changeUserAccess": "mutation($input: ChangeUserAccessInput!) { changeUserAccess("
    "input: $input) { user { roles agency { code } } errors { code message field } } }",
    "deactivateUser": "mutation($input: UserIdInput!) { deactivateUser(input: $input) "
    "{ user { isActive } errors { code message field } } }",
    "unlockUser": "mutation($input: UserIdInput!) { unlockUser(input: $input) "
    "{ user { nrk } errors { code message field } } }",
    "resetUserPassword": "mutation($input: UserIdInput!) { resetUserPassword(input: $input) "
    "{ user { mustChangePassword } temporaryPassword errors { code message field } } }",
    "addOfficeClosure": "mutation($input: AddClosureInput!) { addOfficeClosure(input: $input) "
    "{ closure { id day reason } errors { code message field } } }",
    "editOfficeClosure": "mutation($input: EditClosureInput!) { editOfficeClosure(input: $input) "
    "{ closure { reason } errors { code message field } } }",
    "removeOfficeClosure": "mutation($input: ClosureIdInput!) { removeOfficeClosure("
    "input: $input) { closure { day } errors { code message field } } }",
}


async def mutate(settings, store, user, name: str, input: dict) -> dict:
    return payload(await run(settings, store, user, MUTATIONS[name], input=input))


@pytest.fixture
async def world(create_user, create_room, create_equipment, create_agency) -> dict[str, Any]:
    """One of each thing the actions act on, as the inputs name them."""
    room = await create_room()
    item = await create_equipment()
    agency = await create_agency()
    target = await create_user(Role.REQUESTER)
    return {
        "room": encode_id("Room", room.id),
        "item": encode_id("EquipmentItem", item.id),
        "agency": encode_id("Agency", agency.id),
        "user": encode_id("User", target.id),
    }


INPUTS = {
    "createRoom": lambda w: {"room": ROOM},
    "editRoom": lambda w: {"roomId": w["room"], "room": ROOM},
    "deactivateRoom": lambda w: {"roomId": w["room"]},
    "reactivateRoom": lambda w: {"roomId": w["room"]},
    "createEquipment": lambda w: {
        "equipment": {"code": "MIC", "name": "Mikrofon", "unit": "buah"},
        "stock": 4,
    },
    "editEquipment": lambda w: {
        "equipmentId": w["item"],
        "equipment": {"code": "MIC", "name": "Mikrofon", "unit": "buah"},
    },
    "changeEquipmentStock": lambda w: {"equipmentId": w["item"], "stock": 9},
    "createAgency": lambda w: {"code": "DISKOMINFOTIK", "name": "Dinas Kominfotik"},
    "renameAgency": lambda w: {"agencyId": w["agency"], "name": "Dinas Baru"},
    "deactivateAgency": lambda w: {"agencyId": w["agency"]},
    "createUser": lambda w: {
        "nrk": "198001",
        "name": "Siti Aminah",
        "agencyId": w["agency"],
        "roles": ["REQUESTER"],
    },
    "changeUserAccess": lambda w: {"userId": w["user"], "roles": ["SERVICE_OFFICER"]},
    "deactivateUser": lambda w: {"userId": w["user"]},
    "unlockUser": lambda w: {"userId": w["user"]},
    "resetUserPassword": lambda w: {"userId": w["user"]},
    "addOfficeClosure": lambda w: {"day": "2026-12-24", "reason": "Cuti bersama Natal"},
    "editOfficeClosure": lambda w: {"closureId": "1", "reason": "Cuti bersama"},
    "removeOfficeClosure": lambda w: {"closureId": "1"},
}


@pytest.mark.parametrize("role", NOT_ADMIN)
@pytest.mark.parametrize("name", sorted(MUTATIONS))
async def test_only_admins_administer_and_nothing_is_written(
    settings, store, create_user, world, role, name
):
    user = await create_user(role)
    result = await mutate(settings, store, user, name, INPUTS[name](world))
    assert [e["code"] for e in result["errors"]] == ["FORBIDDEN"]
    assert await AuditEntry.all().count() == 0


@pytest.mark.parametrize(
    ("field", "value", "code", "error_field"),
    [
        ("code", "", "VALIDATION", "code"),
        ("code", "no spaces", "VALIDATION", "code"),
        ("name", "   ", "VALIDATION", "name"),
        ("capacity", 0, "VALIDATION", "capacity"),
        ("capacity", 10_001, "VALIDATION", "capacity"),
        ("floor", "x" * 17, "VALIDATION", "floor"),
    ],
)
async def test_room_bad_input_is_a_typed_error(
    settings, store, staff, field, value, code, error_field
):
    result = await mutate(
        settings, store, staff[Role.ADMIN], "createRoom", {"room": {**ROOM, field: value}}
    )
    assert [(e["code"], e["field"]) for e in result["errors"]] == [(code, error_field)]
    assert await AuditEntry.all().count() == 0


async def test_room_create_edit_deactivate_reactivate_are_audited(settings, store, staff):
    admin = staff[Role.ADMIN]
    made = await mutate(settings, store, admin, "createRoom", {"room": ROOM})
    assert made["errors"] == []
    room = made["room"]
    assert (
        room["code"] == "R-301" and room["isActive"] and room["facilities"] == ["Proyektor", "AC"]
    )
    again = await mutate(settings, store, admin, "createRoom", {"room": ROOM})
    assert [(e["code"], e["field"]) for e in again["errors"]] == [("CONFLICT", "code")]

    edited = await mutate(
        settings, store, admin, "editRoom",
        {"roomId": room["id"], "room": {**ROOM, "name": "Ruang Anggrek", "capacity": 40}},
    )  # fmt: skip
    assert edited["room"] == {"code": "R-301", "name": "Ruang Anggrek", "capacity": 40}
    off = await mutate(settings, store, admin, "deactivateRoom", {"roomId": room["id"]})
    assert off["room"] == {"isActive": False} and off["errors"] == []
    twice = await mutate(settings, store, admin, "deactivateRoom", {"roomId": room["id"]})
    assert [e["code"] for e in twice["errors"]] == ["CONFLICT"]
    on = await mutate(settings, store, admin, "reactivateRoom", {"roomId": room["id"]})
    assert on["room"] == {"isActive": True}

    entries = await AuditEntry.all().order_by("id")
    assert [e.action for e in entries] == [
        "ROOM_CREATE",
        "ROOM_EDIT",
        "ROOM_DEACTIVATE",
        "ROOM_REACTIVATE",
    ]
    assert all(e.actor_id == admin.id and e.entity_type == "ROOM" for e in entries)
    assert entries[1].before["name"] == "Ruang Rapat 301"  # type: ignore[index]
    assert entries[1].after["name"] == "Ruang Anggrek"  # type: ignore[index]


async def test_deactivating_a_room_with_future_bookings_needs_a_choice(
    settings, store, staff, create_user, create_room, create_booking, published
):
    admin = staff[Role.ADMIN]
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    first = await create_booking(requester, room, slot(days=3))
    second = await create_booking(requester, room, slot(days=4))
    await operations.verify(staff[Role.SERVICE_OFFICER], second.id)
    room_id = encode_id("Room", room.id)

    refused = await mutate(settings, store, admin, "deactivateRoom", {"roomId": room_id})
    assert [e["code"] for e in refused["errors"]] == ["ROOM_IN_USE"]
    assert "2" in refused["errors"][0]["message"]
    assert [b["id"] for b in refused["futureBookings"]] == [
        encode_id("Booking", first.id),
        encode_id("Booking", second.id),
    ]
    await room.refresh_from_db()
    assert room.is_active and await status_of(first) == BookingStatus.SUBMITTED

    no_reason = await mutate(
        settings,
        store,
        admin,
        "deactivateRoom",
        {"roomId": room_id, "futureBookings": "RESCHEDULE"},
    )
    assert [(e["code"], e["field"]) for e in no_reason["errors"]] == [("VALIDATION", "reason")]

    moved = await mutate(
        settings, store, admin, "deactivateRoom",
        {"roomId": room_id, "futureBookings": "RESCHEDULE", "reason": "Renovasi atap"},
    )  # fmt: skip
    assert moved["errors"] == [] and moved["room"] == {"isActive": False}
    assert {b["status"] for b in moved["rescheduled"]} == {"RESCHEDULE_REQUIRED"}
    assert await status_of(first) == await status_of(second) == BookingStatus.RESCHEDULE_REQUIRED
    history = await first.history.all().order_by("-id").first()
    assert history is not None and "Renovasi atap" in (history.note or "")
    told = {n.user_id for n in await first.notifications.all()}
    assert requester.id in told
    entry = await AuditEntry.get(action="ROOM_DEACTIVATE")
    assert entry.after["rescheduled"] == [first.id, second.id]  # type: ignore[index]


async def _approved_with(staff, create_user, create_booking, item, quantity, when):
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester, when=when, equipment={item.id: quantity})
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id)
    await operations.review_equipment(staff[Role.EQUIPMENT_HEAD], booking.id, {item.id: quantity})
    return booking


async def test_stock_below_the_future_peak_is_refused_with_the_bookings(
    settings, store, staff, create_user, create_booking, create_equipment
):
    admin = staff[Role.ADMIN]
    item = await create_equipment(stock=10)
    a = await _approved_with(staff, create_user, create_booking, item, 3, slot(days=3, hour=9))
    b = await _approved_with(staff, create_user, create_booking, item, 4, slot(days=3, hour=10))
    await _approved_with(staff, create_user, create_booking, item, 2, slot(days=5, hour=9))
    assert await BookingEquipment.filter(approved_quantity__gt=0).count() == 3
    item_id = encode_id("EquipmentItem", item.id)

    refused = await mutate(
        settings, store, admin, "changeEquipmentStock", {"equipmentId": item_id, "stock": 6}
    )
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [("EQUIPMENT_IN_USE", "stock")]
    assert refused["peakQuantity"] == 7
    assert {x["id"] for x in refused["holdingBookings"]} == {
        encode_id("Booking", a.id),
        encode_id("Booking", b.id),
    }
    assert refused["peakAt"].startswith(slot(days=3, hour=10)[0].date().isoformat() + "T10:00")
    await item.refresh_from_db()
    assert item.stock == 10

    ok = await mutate(
        settings, store, admin, "changeEquipmentStock", {"equipmentId": item_id, "stock": 7}
    )
    assert ok["errors"] == [] and ok["equipmentItem"] == {"stock": 7}
    bad = await mutate(
        settings, store, admin, "changeEquipmentStock", {"equipmentId": item_id, "stock": -1}
    )
    assert [(e["code"], e["field"]) for e in bad["errors"]] == [("VALIDATION", "stock")]
    entry = await AuditEntry.get(action="EQUIPMENT_STOCK")
    assert (entry.before["stock"], entry.after["stock"]) == (10, 7)  # type: ignore[index]


async def test_equipment_create_and_edit(settings, store, staff):
    admin = staff[Role.ADMIN]
    made = await mutate(settings, store, admin, "createEquipment", INPUTS["createEquipment"]({}))
    assert made["equipmentItem"]["code"] == "MIC" and made["equipmentItem"]["stock"] == 4
    edited = await mutate(
        settings, store, admin, "editEquipment",
        {"equipmentId": made["equipmentItem"]["id"],
         "equipment": {"code": "mic-2", "name": "Mikrofon nirkabel", "unit": "set"}},
    )  # fmt: skip
    assert edited["equipmentItem"] == {"code": "MIC-2", "name": "Mikrofon nirkabel", "unit": "set"}
    bad = await mutate(
        settings, store, admin, "createEquipment",
        {"equipment": {"code": "X", "name": "", "unit": "set"}, "stock": 1},
    )  # fmt: skip
    assert [(e["code"], e["field"]) for e in bad["errors"]] == [("VALIDATION", "name")]


async def test_agency_rename_reseals_the_day_views_and_deactivate(
    settings, store, staff, create_user, create_agency, create_booking, published
):
    admin = staff[Role.ADMIN]
    agency = await create_agency(name="Dinas Lama")
    requester = await create_user(Role.REQUESTER, agency=agency)
    booking = await create_booking(requester)
    published.batches.clear()
    agency_id = encode_id("Agency", agency.id)

    renamed = await mutate(
        settings, store, admin, "renameAgency", {"agencyId": agency_id, "name": "Dinas Baru"}
    )
    assert renamed == {"agency": {"name": "Dinas Baru"}, "errors": []}
    [state] = published.states(booking.room_id)
    assert state.state is not None and state.state["agencies"] == {str(agency.id): "Dinas Baru"}
    same = await mutate(
        settings, store, admin, "renameAgency", {"agencyId": agency_id, "name": "Dinas Baru"}
    )
    assert [e["code"] for e in same["errors"]] == ["CONFLICT"]

    off = await mutate(settings, store, admin, "deactivateAgency", {"agencyId": agency_id})
    assert off["agency"] == {"isActive": False}
    again = await mutate(settings, store, admin, "deactivateAgency", {"agencyId": agency_id})
    assert [e["code"] for e in again["errors"]] == ["CONFLICT"]
    # no new users for it
    user = await mutate(
        settings, store, admin, "createUser", INPUTS["createUser"]({"agency": agency_id})
    )
    assert [(e["code"], e["field"]) for e in user["errors"]] == [("CONFLICT", "agencyId")]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"nrk": "12a45"}, "nrk"),
        ({"nrk": ""}, "nrk"),
        ({"name": " "}, "name"),
        ({"email": "bukan-email"}, "email"),
        ({"roles": []}, "roles"),
        ({"agencyId": None}, "agencyId"),  # a requester needs an agency
        ({"agencyId": "QWdlbmN5Ojk5OTk="}, "agencyId"),  # Agency:9999
    ],
)
async def test_create_user_bad_input(settings, store, staff, world, change, field):
    result = await mutate(
        settings, store, staff[Role.ADMIN], "createUser", {**INPUTS["createUser"](world), **change}
    )
    assert [e["field"] for e in result["errors"]] == [field]
    assert not await User.filter(name="Siti Aminah").exists()


async def test_user_create_access_unlock_reset_deactivate(
    settings, store, staff, world, create_agency
):
    admin = staff[Role.ADMIN]
    made = await mutate(settings, store, admin, "createUser", INPUTS["createUser"](world))
    assert made["user"]["nrk"] == "198001" and made["user"]["mustChangePassword"]
    assert len(made["temporaryPassword"]) >= 12
    dup = await mutate(settings, store, admin, "createUser", INPUTS["createUser"](world))
    assert [(e["code"], e["field"]) for e in dup["errors"]] == [("CONFLICT", "nrk")]
    user_id = made["user"]["id"]

    other = await create_agency(code="BPKD")
    access = await mutate(
        settings, store, admin, "changeUserAccess",
        {"userId": user_id, "roles": ["REQUESTER", "SERVICE_OFFICER"],
         "agencyId": encode_id("Agency", other.id)},
    )  # fmt: skip
    assert access["user"] == {"roles": ["REQUESTER", "SERVICE_OFFICER"], "agency": {"code": "BPKD"}}
    nothing = await mutate(
        settings, store, admin, "changeUserAccess",
        {"userId": user_id, "roles": ["REQUESTER", "SERVICE_OFFICER"]},
    )  # fmt: skip
    assert [e["code"] for e in nothing["errors"]] == ["CONFLICT"]
    own = await mutate(
        settings, store, admin, "changeUserAccess",
        {"userId": encode_id("User", admin.id), "roles": ["SERVICE_OFFICER"]},
    )  # fmt: skip
    assert [e["code"] for e in own["errors"]] == ["CONFLICT"]

    not_locked = await mutate(settings, store, admin, "unlockUser", {"userId": user_id})
    assert [e["code"] for e in not_locked["errors"]] == ["CONFLICT"]
    from booking.clock import now

    await LoginThrottle.create(nrk="198001", failures=0, locked_until=now() + timedelta(minutes=9))
    unlocked = await mutate(settings, store, admin, "unlockUser", {"userId": user_id})
    assert unlocked["errors"] == [] and not await LoginThrottle.exists(nrk="198001")

    reset = await mutate(settings, store, admin, "resetUserPassword", {"userId": user_id})
    assert reset["user"]["mustChangePassword"] and reset["temporaryPassword"]
    assert reset["temporaryPassword"] != made["temporaryPassword"]

    off = await mutate(settings, store, admin, "deactivateUser", {"userId": user_id})
    assert off["user"] == {"isActive": False}
    again = await mutate(settings, store, admin, "deactivateUser", {"userId": user_id})
    assert [e["code"] for e in again["errors"]] == ["CONFLICT"]
    self_off = await mutate(
        settings, store, admin, "deactivateUser", {"userId": encode_id("User", admin.id)}
    )
    assert [e["code"] for e in self_off["errors"]] == ["CONFLICT"]
    actions = [e.action for e in await AuditEntry.filter(entity_type="USER").order_by("id")]
    assert actions == [
        "USER_CREATE",
        "USER_ACCESS",
        "USER_UNLOCK",
        "USER_PASSWORD_RESET",
        "USER_DEACTIVATE",
    ]
    assert all("password_hash" not in str(e.after) for e in await AuditEntry.all())


async def test_deactivating_a_user_ends_every_session(settings, store, staff, create_user):
    from booking import auth

    user = await create_user(Role.REQUESTER, nrk="5551")
    first = await auth.login("5551", "rahasia-sekali-123", settings)
    await auth.login("5551", "rahasia-sekali-123", settings)
    await mutate(
        settings, store, staff[Role.ADMIN], "deactivateUser", {"userId": encode_id("User", user.id)}
    )
    assert await Session.filter(user_id=user.id, revoked_at=None).count() == 0
    assert await auth.authenticate(first.token, settings) is None


async def test_office_closures_count_in_the_working_calendar_at_once(settings, store, staff):
    admin = staff[Role.ADMIN]
    day = date(2026, 12, 24)  # a Thursday
    assert (await office_calendar(settings)).is_working_day(day)
    added = await mutate(settings, store, admin, "addOfficeClosure", INPUTS["addOfficeClosure"]({}))
    assert added["closure"]["day"] == "2026-12-24"
    assert not (await office_calendar(settings)).is_working_day(day)
    dup = await mutate(settings, store, admin, "addOfficeClosure", INPUTS["addOfficeClosure"]({}))
    assert [(e["code"], e["field"]) for e in dup["errors"]] == [("CONFLICT", "day")]
    closure_id = added["closure"]["id"]
    edited = await mutate(
        settings, store, admin, "editOfficeClosure", {"closureId": closure_id, "reason": "Natal"}
    )
    assert edited["closure"] == {"reason": "Natal"}
    gone = await mutate(settings, store, admin, "removeOfficeClosure", {"closureId": closure_id})
    assert gone["errors"] == []
    assert (await office_calendar(settings)).is_working_day(day)
    missing = await mutate(settings, store, admin, "removeOfficeClosure", {"closureId": "x"})
    assert [(e["code"], e["field"]) for e in missing["errors"]] == [("VALIDATION", "closureId")]


AUDIT = """query($filter: AuditFilter, $first: Int, $after: String) {
  auditTrail(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id action entityType entityId before after actor { nrk } at } }
  }
}"""


async def test_audit_trail_filters_and_pages_admins_only(settings, store, staff, create_user):
    admin = staff[Role.ADMIN]
    other = await create_user(Role.ADMIN)
    for i in range(3):
        await mutate(
            settings, store, admin, "createAgency", {"code": f"A{i}", "name": f"Dinas {i}"}
        )
    await mutate(settings, store, other, "createRoom", {"room": ROOM})
    everything = (await run(settings, store, admin, AUDIT))["auditTrail"]
    assert everything["totalCount"] == 4
    assert everything["edges"][0]["node"]["action"] == "ROOM_CREATE"  # newest first

    by_actor = (
        await run(settings, store, admin, AUDIT, filter={"actorId": encode_id("User", admin.id)},
                  first=2)
    )["auditTrail"]  # fmt: skip
    assert by_actor["totalCount"] == 3 and by_actor["pageInfo"]["hasNextPage"]
    rest = (
        await run(settings, store, admin, AUDIT, filter={"actorId": encode_id("User", admin.id)},
                  first=2, after=by_actor["pageInfo"]["endCursor"])
    )["auditTrail"]  # fmt: skip
    assert len(rest["edges"]) == 1 and not rest["pageInfo"]["hasNextPage"]
    rooms = (await run(settings, store, admin, AUDIT, filter={"entityType": "ROOM"}))["auditTrail"]
    node = rooms["edges"][0]["node"]
    assert node["after"]["code"] == "R-301" and node["before"] is None
    future = (
        await run(settings, store, admin, AUDIT, filter={"since": "2099-01-01T00:00:00+07:00"})
    )["auditTrail"]
    assert future["totalCount"] == 0

    schema = build_schema(settings)
    for role in NOT_ADMIN:
        user = await create_user(role)
        result = await schema.execute(
            AUDIT, context_value=Context(settings=settings, store=store, user=user)
        )
        assert result.errors and result.errors[0].extensions["code"] == "FORBIDDEN"
    bad = await schema.execute(
        AUDIT,
        variable_values={"filter": {"entityType": "PHOTO"}},
        context_value=Context(settings=settings, store=store, user=admin),
    )
    assert bad.errors and bad.errors[0].extensions["code"] == "VALIDATION"
    # nothing in the schema writes the audit trail
    assert not [f for f in schema.as_str().split() if "audit" in f.lower() and "(" in f
                and f.lower().startswith(("delete", "update", "edit"))]  # fmt: skip


async def test_a_change_and_its_audit_entry_commit_together(
    settings, store, staff, create_room, monkeypatch
):
    """The entry is written in the change's transaction: when it fails, the change is undone."""
    admin = staff[Role.ADMIN]
    room = await create_room(name="Ruang Lama")

    async def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("audit store down")

    monkeypatch.setattr(AuditEntry, "create", broken)
    with pytest.raises(RuntimeError):
        from booking.admin import rooms

        draft = rooms.RoomDraft(
            code=room.code, name="Ruang Baru", building="Blok G", floor="3", capacity=10
        )
        await rooms.edit_room(admin, room.id, draft)
    await room.refresh_from_db()
    assert room.name == "Ruang Lama"
