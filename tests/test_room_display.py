"""A room's door display: what it shows at a given moment, and who may make and revoke links."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from booking import leadership, operations, room_display
from booking.enums import Role
from booking.errors import DomainError, ErrorCode
from booking.room_display import EntryKind
from booking.settings import Settings
from tests.conftest import JAKARTA, slot


def at(day_of: tuple[datetime, datetime], hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day_of[0].date(), time(hour, minute), tzinfo=JAKARTA)


async def test_the_door_shows_now_next_and_free_until(
    create_user, create_room, create_booking, staff, settings: Settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room(code="PINTU1", name="Ruang Pola")
    morning = slot(days=3, hour=9, minutes=120)
    approved = await create_booking(requester, room, morning)
    await operations.verify(staff[Role.SERVICE_OFFICER], approved.id, settings=settings)
    await operations.validate(staff[Role.SERVICE_HEAD], approved.id, settings=settings)
    await operations.approve(staff[Role.SERVICE_HEAD], approved.id, settings)
    await create_booking(requester, room, slot(days=3, hour=13, minutes=60))  # tentative
    event = slot(days=3, hour=15, minutes=60)
    await leadership.create_block(
        staff[Role.SERVICE_HEAD],
        leadership.BlockDraft([room.id], event[0], event[1], "Rapat pimpinan mendadak"),
        settings=settings,
    )
    made = await room_display.create_link(staff[Role.ADMIN], room.id, "Pintu utara")
    link = await room_display.link_for_token(made.token)

    during = await room_display.display(link, settings.tz, at(morning, 10))
    assert during.is_open and during.free_until is None
    assert during.current is not None
    assert during.current.title == "Rapat Koordinasi" and during.current.agency_name == "Dinas Uji"
    assert during.current.ends_at == morning[1]
    tentative, block = during.upcoming
    assert tentative.confirmed is False and tentative.title is None  # not approved: no title
    assert tentative.agency_name == "Dinas Uji"
    assert block.kind is EntryKind.LEADERSHIP_EVENT and block.title is None  # no reason shown
    assert len(during.schedule) == 3

    between = await room_display.display(link, settings.tz, at(morning, 11, 30))
    assert between.current is None and between.free_until == at(morning, 13)
    evening = await room_display.display(link, settings.tz, at(morning, 16, 30))
    assert evening.free_until == at(morning, 18)  # the room's bookable hours end at 18:00
    closed = await room_display.display(link, settings.tz, at(morning, 19))
    assert not closed.is_open and closed.free_until is None


async def test_a_displaced_booking_is_not_on_the_door(
    create_user, create_room, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    when = slot(days=4, hour=10)
    await create_booking(requester, room, when)
    await leadership.create_block(
        staff[Role.SERVICE_HEAD],
        leadership.BlockDraft([room.id], *when, "Kunjungan"),
        settings=settings,
    )
    link = (await room_display.create_link(staff[Role.ADMIN], room.id)).link
    shown = await room_display.display(link, JAKARTA, when[0] + timedelta(minutes=5))
    assert [e.kind for e in shown.schedule] == [EntryKind.LEADERSHIP_EVENT]


@pytest.mark.parametrize(
    "role",
    [Role.REQUESTER, Role.SERVICE_OFFICER, Role.SERVICE_HEAD, Role.EQUIPMENT_HEAD, Role.LEADERSHIP],
)
async def test_only_admin_makes_lists_and_revokes_links(create_user, create_room, staff, role):
    room = await create_room()
    user = await create_user(role)
    made = await room_display.create_link(staff[Role.ADMIN], room.id)
    for attempt in (
        room_display.create_link(user, room.id),
        room_display.links_of_room(user, room.id),
        room_display.revoke_link(user, made.link.id),
    ):
        with pytest.raises(DomainError) as refused:
            await attempt
        assert refused.value.code is ErrorCode.FORBIDDEN
    await room_display.link_for_token(made.token)  # still alive


async def test_a_revoked_or_unknown_token_is_refused_with_its_code(create_room, staff):
    room = await create_room()
    made = await room_display.create_link(staff[Role.ADMIN], room.id)
    other = await room_display.create_link(staff[Role.ADMIN], room.id, "Pintu selatan")
    revoked = await room_display.revoke_link(staff[Role.ADMIN], made.link.id)
    assert revoked.revoked_at is not None and revoked.revoked_by_id == staff[Role.ADMIN].id
    again = await room_display.revoke_link(staff[Role.ADMIN], made.link.id)
    assert again.revoked_at == revoked.revoked_at  # revoking twice changes nothing
    with pytest.raises(DomainError) as refused:
        await room_display.link_for_token(made.token)
    assert refused.value.code is ErrorCode.DISPLAY_LINK_REVOKED
    for token in ("", "x" * 500, made.token[:-1]):
        with pytest.raises(DomainError) as unknown:
            await room_display.link_for_token(token)
        assert unknown.value.code is ErrorCode.NOT_FOUND
    assert (await room_display.link_for_token(other.token)).id == other.link.id
    listed = await room_display.links_of_room(staff[Role.ADMIN], room.id)
    assert [x.id for x in listed] == [other.link.id, made.link.id]


async def test_bad_input_is_typed(create_room, staff):
    room = await create_room()
    for room_id, label, code in (
        (room.id, "x" * 101, ErrorCode.VALIDATION),
        (999999, "", ErrorCode.NOT_FOUND),
    ):
        with pytest.raises(DomainError) as refused:
            await room_display.create_link(staff[Role.ADMIN], room_id, label)
        assert refused.value.code is code
    with pytest.raises(DomainError) as missing:
        await room_display.revoke_link(staff[Role.ADMIN], 999999)
    assert missing.value.code is ErrorCode.NOT_FOUND
