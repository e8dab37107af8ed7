"""Each hand-over notifies the next actor(s) in the same transaction as the change (outbox)."""

from __future__ import annotations

import pytest

from api.context import Context
from api.schema import build_schema
from booking import operations
from booking.enums import BookingStatus as S
from booking.enums import Channel, DeliveryStatus, Language, Role
from booking.errors import DomainError
from booking.models import Notification, NotificationDelivery
from booking.notifications import render
from booking.settings import Settings
from tests.conftest import slot


async def kinds_for(user) -> list[str]:
    return [n.kind for n in await Notification.filter(user_id=user.id).order_by("id")]


async def test_the_sop_hand_overs_reach_the_next_actor(
    create_user, create_booking, create_equipment, staff, settings
):
    item = await create_equipment(stock=5)
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester, equipment={item.id: 2})
    assert await kinds_for(staff[Role.SERVICE_OFFICER]) == ["booking.submitted"]
    assert await kinds_for(requester) == []  # the actor is not told about their own act

    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    assert await kinds_for(staff[Role.EQUIPMENT_HEAD]) == ["booking.equipment_review"]
    await operations.review_equipment(
        staff[Role.EQUIPMENT_HEAD], booking.id, {item.id: 1}, settings=settings
    )
    assert await kinds_for(requester) == ["booking.awaiting_requester"]
    await operations.decide_equipment_shortfall(
        requester, booking.id, proceed=True, settings=settings
    )
    assert await kinds_for(staff[Role.SERVICE_HEAD]) == ["booking.validation"]
    await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)
    assert (await kinds_for(staff[Role.SERVICE_OFFICER]))[-1] == "booking.scheduling"
    await operations.approve(staff[Role.SERVICE_OFFICER], booking.id, settings)
    assert (await kinds_for(requester))[-1] == "booking.approved"
    await operations.cancel(requester, booking.id, "Acara ditunda", settings=settings)
    assert (await kinds_for(staff[Role.SERVICE_OFFICER]))[-1] == "booking.cancelled"
    # LEADERSHIP and ADMIN are not part of the hand-overs
    assert (
        await kinds_for(staff[Role.LEADERSHIP]) == [] and await kinds_for(staff[Role.ADMIN]) == []
    )


async def test_notifications_carry_their_email_outbox_rows(create_user, create_booking, staff):
    requester = await create_user(Role.REQUESTER)
    await create_booking(requester)
    [notification] = await Notification.filter(user_id=staff[Role.SERVICE_OFFICER].id)
    [delivery] = await NotificationDelivery.filter(notification_id=notification.id)
    assert (delivery.channel, delivery.status, delivery.attempts) == (
        Channel.EMAIL,
        DeliveryStatus.PENDING,
        0,
    )


async def test_a_refused_change_leaves_no_notification(
    create_user, create_booking, create_room, staff
):
    requester = await create_user(Role.REQUESTER)
    room = await create_room()
    await create_booking(requester, room=room, when=slot(hour=9))
    before = await Notification.all().count()
    with pytest.raises(DomainError):
        await create_booking(requester, room=room, when=slot(hour=10))  # overlaps: rolled back
    assert await Notification.all().count() == before


async def test_texts_in_both_languages(create_user, create_booking, staff):
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester)
    [notification] = await Notification.filter(user_id=staff[Role.SERVICE_OFFICER].id)
    title_id, body_id = render(notification, Language.ID)
    title_en, body_en = render(notification, Language.EN)
    assert title_id == f"Permohonan baru {booking.reference}" and "Mohon diverifikasi" in body_id
    assert title_en == f"New request {booking.reference}" and "Please verify" in body_en


INBOX = "{ unreadNotificationCount notifications { totalCount edges { node { id title booking { reference } } } } }"
MARK = "mutation($ids: [ID!]) { markNotificationsRead(input: {ids: $ids}) { unreadCount errors { code } } }"
DELIVERIES = (
    "{ notificationDeliveries { totalCount edges { node { channel status recipientNrk } } } }"
)


async def test_inbox_through_graphql(create_user, create_booking, staff, settings, store):
    schema = build_schema(Settings())
    officer = staff[Role.SERVICE_OFFICER]
    requester = await create_user(Role.REQUESTER)
    first = await create_booking(requester, when=slot(hour=9))
    await create_booking(requester, when=slot(hour=13))

    def ctx(user):
        return Context(settings=settings, store=store, user=user)

    inbox = (await schema.execute(INBOX, context_value=ctx(officer))).data
    assert inbox["unreadNotificationCount"] == 2 and inbox["notifications"]["totalCount"] == 2
    newest, oldest = (e["node"] for e in inbox["notifications"]["edges"])
    assert oldest["booking"]["reference"] == first.reference
    marked = await schema.execute(MARK, {"ids": [oldest["id"]]}, context_value=ctx(officer))
    assert marked.data["markNotificationsRead"] == {"unreadCount": 1, "errors": []}
    # someone else's notification ids are ignored, not marked
    other = await schema.execute(MARK, {"ids": [newest["id"]]}, context_value=ctx(requester))
    assert other.data["markNotificationsRead"]["unreadCount"] == 0
    assert (await schema.execute(INBOX, context_value=ctx(officer))).data[
        "unreadNotificationCount"
    ] == 1
    all_read = await schema.execute(MARK, {"ids": None}, context_value=ctx(officer))
    assert all_read.data["markNotificationsRead"]["unreadCount"] == 0

    admin = await schema.execute(DELIVERIES, context_value=ctx(staff[Role.ADMIN]))
    assert admin.data["notificationDeliveries"]["totalCount"] == 2
    assert {e["node"]["status"] for e in admin.data["notificationDeliveries"]["edges"]} == {
        "PENDING"
    }
    refused = await schema.execute(DELIVERIES, context_value=ctx(officer))
    assert refused.errors and refused.errors[0].extensions["code"] == "FORBIDDEN"


async def test_rejection_and_revision_tell_the_requester_why(
    create_user, create_booking, staff, settings
):
    requester = await create_user(Role.REQUESTER)
    one = await create_booking(requester, when=slot(hour=9))
    two = await create_booking(requester, when=slot(hour=13))
    await operations.request_revision(
        staff[Role.SERVICE_OFFICER], one.id, "Lampirkan surat resmi", settings=settings
    )
    await operations.reject(
        staff[Role.SERVICE_HEAD], two.id, "Ruangan direnovasi", settings=settings
    )
    notes = {
        n.kind: render(n, Language.ID)[1] for n in await Notification.filter(user_id=requester.id)
    }
    assert notes["booking.revision_requested"] == "Catatan petugas: Lampirkan surat resmi"
    assert notes["booking.rejected"] == "Alasan: Ruangan direnovasi"
    assert (await one.refresh_from_db()) is None and one.status == S.REVISION_REQUESTED


@pytest.fixture
def push_configured(settings: Settings) -> Settings:
    """Push rows are written only when Web Push (VAPID) is configured: the tests' settings with
    a VAPID key (a Settings object built here: no environment variable, no cache to clear)."""
    return settings.model_copy(update={"vapid_public_key": "test-public-key"})


async def test_no_push_rows_while_push_is_not_configured(create_user, create_booking, staff):
    from booking.models import PushSubscription

    officer = staff[Role.SERVICE_OFFICER]
    await PushSubscription.create(
        user=officer, endpoint="https://push.example.test/x", p256dh="k", auth="a"
    )
    await create_booking(await create_user(Role.REQUESTER))
    channels = await NotificationDelivery.filter(notification__user_id=officer.id).values_list(
        "channel", flat=True
    )
    assert set(channels) == {Channel.EMAIL}


async def test_push_rows_only_for_users_with_a_subscription(
    create_user, create_booking, staff, push_configured
):
    from booking.models import PushSubscription

    subscribed = staff[Role.SERVICE_OFFICER]
    unsubscribed = await create_user(Role.SERVICE_OFFICER)
    await PushSubscription.create(
        user=subscribed, endpoint="https://push.example.test/abc", p256dh="k", auth="a"
    )
    requester = await create_user(Role.REQUESTER)
    await create_booking(requester, settings=push_configured)

    async def channels(user) -> set[Channel]:
        rows = await NotificationDelivery.filter(notification__user_id=user.id).values_list(
            "channel", flat=True
        )
        return set(rows)

    assert await channels(subscribed) == {Channel.EMAIL, Channel.PUSH}
    assert await channels(unsubscribed) == {Channel.EMAIL}


RETRY = "mutation($ids: [ID!]) { retryNotificationDeliveries(input: {ids: $ids}) { requeued errors { code } } }"


async def test_admin_puts_failed_deliveries_back(
    create_user, create_booking, staff, settings, store
):
    schema = build_schema(Settings())
    await create_booking(await create_user(Role.REQUESTER))
    [row] = await NotificationDelivery.filter(channel=Channel.EMAIL)
    await NotificationDelivery.filter(id=row.id).update(status=DeliveryStatus.FAILED, attempts=30)
    listed = await schema.execute(
        "{ notificationDeliveries(status: FAILED) { edges { node { id nextAttemptAt } } } }",
        context_value=Context(settings=settings, store=store, user=staff[Role.ADMIN]),
    )
    [edge] = listed.data["notificationDeliveries"]["edges"]
    assert edge["node"]["nextAttemptAt"] is None  # only pending rows have one
    refused = await schema.execute(
        RETRY,
        {"ids": [edge["node"]["id"]]},
        context_value=Context(settings=settings, store=store, user=staff[Role.SERVICE_HEAD]),
    )
    assert refused.data["retryNotificationDeliveries"]["errors"] == [{"code": "FORBIDDEN"}]
    done = await schema.execute(
        RETRY,
        {"ids": [edge["node"]["id"]]},
        context_value=Context(settings=settings, store=store, user=staff[Role.ADMIN]),
    )
    assert done.data["retryNotificationDeliveries"] == {"requeued": 1, "errors": []}
    await row.refresh_from_db()
    assert (row.status, row.attempts) == (DeliveryStatus.PENDING, 0)


async def test_shortfall_and_resubmission_notices_say_what_changed(
    create_user, create_booking, create_equipment, staff, settings
):
    projector = await create_equipment("Proyektor", stock=5)
    requester = await create_user(Role.REQUESTER)
    booking = await create_booking(requester, equipment={projector.id: 2})
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    await operations.review_equipment(
        staff[Role.EQUIPMENT_HEAD], booking.id, {projector.id: 1}, settings=settings
    )
    [shortfall] = await Notification.filter(user_id=requester.id, kind="booking.awaiting_requester")
    assert render(shortfall, Language.ID)[1].startswith("Disetujui: Proyektor 1/2 unit.")

    other = await create_booking(requester, when=slot(hour=14))
    await operations.request_revision(
        staff[Role.SERVICE_OFFICER], other.id, "Lengkapi surat", settings=settings
    )
    await operations.resubmit(
        requester, other.id, operations.Revision(), "Surat sudah dilengkapi", settings
    )
    [revised] = await Notification.filter(
        user_id=staff[Role.SERVICE_OFFICER].id, kind="booking.resubmitted"
    )
    title, body = render(revised, Language.EN)
    assert title == f"Request {other.reference} was revised" and "Surat sudah dilengkapi" in body
