"""Web Push delivery from the outbox against a push service on loopback that checks VAPID and
decrypts the message like a browser: delivered, fanned out, pruned, retried, failed; registering
subscriptions through GraphQL."""

from __future__ import annotations

import asyncio
import functools
import json
import time
import uuid

import pytest

from api.context import Context
from booking import push
from booking.clock import now
from booking.delivery import compose_push, deliver_push
from booking.enums import Channel, DeliveryStatus, Language, Role
from booking.models import Notification, NotificationDelivery, PushSubscription, User
from booking.settings import Settings
from storage.local import LocalFolderStore
from tasks import work
from tasks.embedded import EmbeddedWorker
from tasks.push import WebPushSender, make_push_sender
from tests.mail_server import free_port
from tests.push_service import Browser, PushService, b64url, push_service, vapid_key_pair


@pytest.fixture(scope="module")
def vapid() -> tuple[str, str]:
    return vapid_key_pair()


@pytest.fixture
def push_settings(settings: Settings, vapid: tuple[str, str]) -> Settings:
    private, public = vapid
    return settings.model_copy(
        update={
            "vapid_private_key": private,
            "vapid_public_key": public,
            "delivery_backoff_seconds": 0.0,
        }
    )


@pytest.fixture
async def service(vapid):
    async with push_service(vapid[1]) as running:
        yield running


@pytest.fixture
def sender(push_settings) -> WebPushSender:
    made = make_push_sender(push_settings)
    assert made is not None
    return made


async def push_row(create_user, create_booking, language: Language = Language.ID):
    """A booking submitted by a requester notifies the officer; the officer's PUSH delivery."""
    requester = await create_user(Role.REQUESTER)
    officer = await create_user(Role.SERVICE_OFFICER)
    if language != Language.ID:
        officer.language = language
        await officer.save(update_fields=["language"])
    booking = await create_booking(requester)
    notification = await Notification.get(user_id=officer.id, booking_id=booking.id)
    row = await NotificationDelivery.get_or_none(notification=notification, channel=Channel.PUSH)
    if row is None:  # until notification time writes PUSH rows itself
        row = await NotificationDelivery.create(
            notification=notification, channel=Channel.PUSH, next_attempt_at=now()
        )
    return row, officer, booking


async def subscribe(service: PushService, user: User, settings: Settings) -> Browser:
    browser = service.new_browser()
    await push.register_subscription(user, browser.endpoint, browser.p256dh, browser.auth, settings)
    return browser


async def test_a_push_is_delivered_encrypted_in_bahasa_indonesia(
    create_user, create_booking, service, sender, push_settings
):
    row, officer, booking = await push_row(create_user, create_booking)
    browser = await subscribe(service, officer, push_settings)
    assert await deliver_push(row.id, sender, push_settings) == "sent"
    assert await deliver_push(row.id, sender, push_settings) == "skipped"  # a retried task

    [message] = browser.received
    assert message["title"] == f"Permohonan baru {booking.reference}"
    assert "Ruang Rapat Uji" in message["body"] and "Mohon diverifikasi" in message["body"]
    assert message["reference"] == booking.reference
    assert message["url"] == f"/bookings/{booking.id}"
    assert message["tag"] == f"epesan-notification-{row.notification_id}"
    [request] = service.requests
    assert request.problem is None and request.status == 201
    assert request.claims is not None and request.claims["aud"] == service.origin
    assert request.claims["sub"] == push_settings.vapid_subject
    assert request.headers["TTL"] == "3600" and request.headers["Content-Encoding"] == "aes128gcm"
    await row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == (DeliveryStatus.SENT, 1, None)
    assert row.sent_at is not None


async def test_the_recipients_language_is_used(
    create_user, create_booking, service, sender, push_settings
):
    row, officer, booking = await push_row(create_user, create_booking, Language.EN)
    browser = await subscribe(service, officer, push_settings)
    assert await deliver_push(row.id, sender, push_settings) == "sent"
    [message] = browser.received
    assert message["title"] == f"New request {booking.reference}"
    assert "Please verify" in message["body"]


async def test_every_subscription_of_the_recipient_receives_it(
    create_user, create_booking, service, sender, push_settings
):
    row, officer, _ = await push_row(create_user, create_booking)
    laptop = await subscribe(service, officer, push_settings)
    phone = await subscribe(service, officer, push_settings)
    someone_else = await subscribe(service, await create_user(Role.REQUESTER), push_settings)
    assert await deliver_push(row.id, sender, push_settings) == "sent"
    assert len(laptop.received) == len(phone.received) == 1
    assert laptop.received == phone.received
    assert someone_else.received == []


async def test_a_gone_subscription_is_pruned(
    create_user, create_booking, service, sender, push_settings
):
    row, officer, _ = await push_row(create_user, create_booking)
    old = await subscribe(service, officer, push_settings)
    current = await subscribe(service, officer, push_settings)
    service.answer(old, 410)
    assert await deliver_push(row.id, sender, push_settings) == "sent"
    assert old.received == [] and len(current.received) == 1
    assert [s.endpoint for s in await PushSubscription.filter(user_id=officer.id)] == [
        current.endpoint
    ]
    await row.refresh_from_db()
    assert row.status == DeliveryStatus.SENT and row.last_error is None  # gone is no failure


async def test_with_no_subscription_left_the_delivery_fails_visibly(
    create_user, create_booking, service, sender, push_settings
):
    row, officer, _ = await push_row(create_user, create_booking)
    only = await subscribe(service, officer, push_settings)
    service.answer(only, 404)
    assert await deliver_push(row.id, sender, push_settings) == "failed"
    assert await PushSubscription.filter(user_id=officer.id).count() == 0
    await row.refresh_from_db()
    assert (row.status, row.last_error) == (DeliveryStatus.FAILED, "no subscriptions")

    row2, _, _ = await push_row(create_user, create_booking)  # never subscribed
    assert await deliver_push(row2.id, sender, push_settings) == "failed"
    await row2.refresh_from_db()
    assert (row2.status, row2.last_error) == (DeliveryStatus.FAILED, "no subscriptions")


async def test_429_and_500_are_retried_then_delivered(
    create_user, create_booking, service, sender, push_settings
):
    row, officer, _ = await push_row(create_user, create_booking)
    browser = await subscribe(service, officer, push_settings)
    service.answer(browser, 429, 500)
    assert await deliver_push(row.id, sender, push_settings) == "retry"
    await row.refresh_from_db()
    assert (row.status, row.attempts) == (DeliveryStatus.PENDING, 1)
    assert "429" in (row.last_error or "") and "127.0.0.1" in (row.last_error or "")
    assert browser.endpoint not in (row.last_error or "")  # the endpoint is a secret
    assert await deliver_push(row.id, sender, push_settings) == "retry"
    await row.refresh_from_db()
    assert row.attempts == 2 and "500" in (row.last_error or "")
    assert await deliver_push(row.id, sender, push_settings) == "sent"
    assert len(browser.received) == 1
    await row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == (DeliveryStatus.SENT, 3, None)
    assert await PushSubscription.filter(user_id=officer.id).count() == 1  # not pruned


async def test_temporary_failures_stop_at_the_maximum(
    create_user, create_booking, service, sender, push_settings
):
    limited = push_settings.model_copy(update={"delivery_max_attempts": 3})
    row, officer, _ = await push_row(create_user, create_booking)
    browser = await subscribe(service, officer, push_settings)
    service.answer(browser, *[503] * 5)
    outcomes = [await deliver_push(row.id, sender, limited) for _ in range(4)]
    assert outcomes == ["retry", "retry", "failed", "skipped"]
    await row.refresh_from_db()
    assert row.status == DeliveryStatus.FAILED and "503" in (row.last_error or "")


async def test_a_refused_vapid_signature_is_a_permanent_failure(
    create_user, create_booking, service, push_settings
):
    """The push service answers 403: the subscription was made for another server key."""
    private, public = vapid_key_pair()
    other = push_settings.model_copy(
        update={"vapid_private_key": private, "vapid_public_key": public}
    )
    row, officer, _ = await push_row(create_user, create_booking)
    browser = await subscribe(service, officer, push_settings)
    assert await deliver_push(row.id, WebPushSender(other), other) == "failed"
    assert browser.received == [] and service.requests[0].status == 403
    await row.refresh_from_db()
    assert row.status == DeliveryStatus.FAILED and "403" in (row.last_error or "")
    assert await PushSubscription.filter(user_id=officer.id).count() == 1  # kept: our mistake


async def test_one_device_failing_does_not_hold_back_the_others(
    create_user, create_booking, service, sender, push_settings
):
    row, officer, _ = await push_row(create_user, create_booking)
    laptop = await subscribe(service, officer, push_settings)
    phone = await subscribe(service, officer, push_settings)
    service.answer(laptop, 500)
    assert await deliver_push(row.id, sender, push_settings) == "sent"
    assert laptop.received == [] and len(phone.received) == 1
    await row.refresh_from_db()
    assert row.status == DeliveryStatus.SENT and "500" in (row.last_error or "")  # noted


async def test_push_service_down_is_a_temporary_failure(
    create_user, create_booking, sender, push_settings
):
    row, officer, _ = await push_row(create_user, create_booking)
    await PushSubscription.create(
        user=officer,
        endpoint=f"http://127.0.0.1:{free_port()}/wpush/v2/nobody",
        p256dh=Browser(endpoint="x").p256dh,
        auth=b64url(b"0123456789abcdef"),
    )
    assert await deliver_push(row.id, sender, push_settings) == "retry"
    await row.refresh_from_db()
    assert row.status == DeliveryStatus.PENDING and "ConnectionError" in (row.last_error or "")
    assert "nobody" not in (row.last_error or "")  # the endpoint is a secret
    assert await PushSubscription.filter(user_id=officer.id).count() == 1


async def test_concurrent_senders_send_once(
    create_user, create_booking, service, sender, push_settings
):
    row, officer, _ = await push_row(create_user, create_booking)
    browser = await subscribe(service, officer, push_settings)
    outcomes = await asyncio.gather(
        *(deliver_push(row.id, sender, push_settings) for _ in range(6))
    )
    assert outcomes.count("sent") == 1
    assert len(browser.received) == 1


async def test_an_email_row_is_not_sent_as_push(create_user, create_booking, sender, push_settings):
    requester = await create_user(Role.REQUESTER)
    await create_user(Role.SERVICE_OFFICER)
    booking = await create_booking(requester)
    email = await NotificationDelivery.get(
        channel=Channel.EMAIL, notification__booking_id=booking.id
    )
    assert await deliver_push(email.id, sender, push_settings) == "skipped"


async def test_a_long_note_is_shortened_to_fit_a_push(create_user, create_booking):
    row, _, _ = await push_row(create_user, create_booking)
    await row.fetch_related("notification__user")
    row.notification.kind = "booking.rejected"
    row.notification.params = {**row.notification.params, "note": "Alasan panjang. " * 500}
    data = compose_push(row, None)
    message = json.loads(data)
    assert len(data) <= 3000 and message["body"].startswith("Alasan: Alasan panjang.")
    assert message["body"].endswith("…") and message["title"].startswith("Pemesanan EPR-")


def test_push_needs_both_vapid_keys(settings, push_settings):
    assert make_push_sender(settings) is None
    assert make_push_sender(push_settings.model_copy(update={"vapid_public_key": None})) is None
    with pytest.raises(ValueError, match="does not belong"):
        make_push_sender(push_settings.model_copy(update={"vapid_public_key": vapid_key_pair()[1]}))


async def test_send_due_pushes_and_the_embedded_worker(
    create_user, create_booking, service, sender, push_settings
):
    # Notifications get push rows automatically only when push is configured: the requests are
    # submitted with the push settings.
    create_booking = functools.partial(create_booking, settings=push_settings)
    _, officer, _ = await push_row(create_user, create_booking)
    browser = await subscribe(service, officer, push_settings)
    assert await work.send_due_pushes(None, push_settings) == {}  # not configured: rows wait
    assert await work.send_due_pushes(sender, push_settings) == {"sent": 1}
    assert len(browser.received) == 1

    _, other_officer, _ = await push_row(create_user, create_booking)
    phone = await subscribe(service, other_officer, push_settings)
    worker = EmbeddedWorker(
        push_settings, LocalFolderStore(push_settings.storage_dir), poll_seconds=30
    )
    assert worker.push_sender is not None
    worker.start()
    try:
        worker.kick()
        for _ in range(100):
            if phone.received:
                break
            await asyncio.sleep(0.05)
    finally:
        await worker.stop()
    assert len(phone.received) == 1
    # The first officer is subscribed now, so the second request's notification was written with a
    # push row for them too (booking.notifications.write_notifications) and the worker sent it.
    for _ in range(100):
        if len(browser.received) == 2:
            break
        await asyncio.sleep(0.05)
    assert [m["reference"] for m in browser.received][-1] == phone.received[0]["reference"]


async def test_a_celery_worker_relays_and_sends_pushes(
    database, create_user, create_booking, service, push_settings, tmp_path
):
    """relay_outbox enqueues due PUSH rows; deliver_push runs in a real worker process."""
    from tests.test_workers import REDIS, celery_worker, require_redis, send_relay, wait_for

    require_redis()
    row, officer, _ = await push_row(create_user, create_booking)
    browser = await subscribe(service, officer, push_settings)
    env = {
        "EPESAN_DATABASE_URL": push_settings.database_url,
        "EPESAN_STORAGE_DIR": str(push_settings.storage_dir),
        "EPESAN_VAPID_PRIVATE_KEY": push_settings.vapid_private_key or "",
        "EPESAN_VAPID_PUBLIC_KEY": push_settings.vapid_public_key or "",
        "EPESAN_BROKER_URL": REDIS,
        "EPESAN_TASK_QUEUE": f"epesan-test-{uuid.uuid4().hex[:8]}",
    }
    with celery_worker(env, tmp_path / "worker.log"):
        send_relay(env)

        async def sent() -> bool:
            await row.refresh_from_db()
            return row.status == DeliveryStatus.SENT

        await wait_for(sent, within=30)
    assert len(browser.received) == 1 and browser.received[0]["reference"]


def test_the_stand_in_push_service_refuses_bad_vapid(vapid):
    """The checks the tests rely on are real: a wrong audience or a forged signature fails."""
    from py_vapid import Vapid

    from tests.push_service import VapidRefused

    service = PushService(vapid[1])
    service.origin = "http://127.0.0.1:1234"
    signer = Vapid.from_string(private_key=vapid[0])
    claims = {"sub": "mailto:a@example.com", "exp": int(time.time()) + 600}
    good = signer.sign({**claims, "aud": service.origin})["Authorization"]
    assert service.verify_vapid(good)["aud"] == service.origin
    with pytest.raises(VapidRefused, match="aud"):
        service.verify_vapid(signer.sign({**claims, "aud": "http://127.0.0.1:9"})["Authorization"])
    token = good.split("t=")[1].split(",")[0]
    head, payload, _ = token.split(".")
    forged_payload = b64url(json.dumps({**claims, "aud": service.origin, "x": 1}).encode())
    with pytest.raises(VapidRefused, match="signature"):
        service.verify_vapid(good.replace(f"{head}.{payload}", f"{head}.{forged_payload}"))
    with pytest.raises(VapidRefused, match="exp"):
        late = {**claims, "exp": int(time.time()) + 48 * 3600, "aud": service.origin}
        service.verify_vapid(signer.sign(late)["Authorization"])


# -- registering subscriptions through GraphQL ------------------------------------------------

REGISTER = """mutation($input: RegisterPushSubscriptionInput!) {
  registerPushSubscription(input: $input) { ok errors { code field message } } }"""
UNREGISTER = """mutation($endpoint: String!) {
  unregisterPushSubscription(input: {endpoint: $endpoint}) { ok errors { code field } } }"""
KEY = "{ vapidPublicKey }"


@pytest.fixture
def schema(monkeypatch):
    """The real schema; PushQuery/PushMutation are merged in here until api.schema wires them."""
    import strawberry

    import api.schema as schema_module
    from api.notifications.push import PushMutation, PushQuery

    built = schema_module.build_schema(Settings())
    if "registerPushSubscription" not in built.as_str():

        @strawberry.type(name="Query")
        class QueryWithPush(schema_module.Query, PushQuery):  # type: ignore[misc, valid-type]
            pass

        @strawberry.type(name="Mutation")
        class MutationWithPush(schema_module.Mutation, PushMutation):  # type: ignore[misc, valid-type]
            pass

        monkeypatch.setattr(schema_module, "Query", QueryWithPush)
        monkeypatch.setattr(schema_module, "Mutation", MutationWithPush)
        built = schema_module.build_schema(Settings())
    return built


def subscription_input(browser: Browser, **overrides: str) -> dict[str, str]:
    return {
        "endpoint": browser.endpoint,
        "p256dh": browser.p256dh,
        "auth": browser.auth,
        **overrides,
    }


async def test_register_and_unregister_through_graphql(
    schema, create_user, service, push_settings, store, settings
):
    alice = await create_user(Role.REQUESTER)
    bob = await create_user(Role.REQUESTER)

    async def run(query, variables, user, settings=push_settings):
        ctx = Context(settings=settings, store=store, user=user)
        result = await schema.execute(query, variables, context_value=ctx)
        assert result.errors is None, result.errors
        return result.data

    browser = service.new_browser()
    # A padded key is accepted and stored unpadded.
    padded = subscription_input(browser, p256dh=browser.p256dh + "=", auth=browser.auth + "==")
    done = (await run(REGISTER, {"input": padded}, alice))["registerPushSubscription"]
    assert done == {"ok": True, "errors": []}
    saved = await PushSubscription.get(endpoint=browser.endpoint)
    assert (saved.user_id, saved.p256dh, saved.auth) == (alice.id, browser.p256dh, browser.auth)

    # The same browser, now used by Bob: one row, moved to Bob, new keys.
    fresh = Browser(endpoint=browser.endpoint)
    again = (await run(REGISTER, {"input": subscription_input(fresh)}, bob))[
        "registerPushSubscription"
    ]
    assert again["ok"] is True
    [row] = await PushSubscription.filter(endpoint=browser.endpoint)
    assert (row.user_id, row.p256dh, row.auth) == (bob.id, fresh.p256dh, fresh.auth)

    # Alice cannot remove Bob's subscription; Bob can, twice without error.
    gone = await run(UNREGISTER, {"endpoint": browser.endpoint}, alice)
    assert gone["unregisterPushSubscription"] == {"ok": True, "errors": []}
    assert await PushSubscription.filter(endpoint=browser.endpoint).count() == 1
    for _ in range(2):
        gone = await run(UNREGISTER, {"endpoint": browser.endpoint}, bob)
        assert gone["unregisterPushSubscription"] == {"ok": True, "errors": []}
    assert await PushSubscription.filter(endpoint=browser.endpoint).count() == 0

    # Logged-in users only.
    anonymous = (await run(REGISTER, {"input": subscription_input(browser)}, None))[
        "registerPushSubscription"
    ]
    assert anonymous["ok"] is False and anonymous["errors"][0]["code"] == "UNAUTHENTICATED"
    anonymous = (await run(UNREGISTER, {"endpoint": browser.endpoint}, None))[
        "unregisterPushSubscription"
    ]
    assert anonymous["errors"][0]["code"] == "UNAUTHENTICATED"
    assert await PushSubscription.all().count() == 0

    assert (await run(KEY, None, None))["vapidPublicKey"] == push_settings.vapid_public_key
    unconfigured = push_settings.model_copy(update={"vapid_private_key": None})
    assert (await run(KEY, None, None, unconfigured))["vapidPublicKey"] is None


B = Browser(endpoint="https://fcm.googleapis.com/fcm/send/abc")
NOT_ON_CURVE = b64url(b"\x04" + b"\x01" * 64)


@pytest.mark.parametrize(
    ("overrides", "field", "production"),
    [
        ({"endpoint": ""}, "endpoint", False),
        ({"endpoint": "fcm.googleapis.com/fcm/send/abc"}, "endpoint", False),
        ({"endpoint": "ftp://fcm.googleapis.com/x"}, "endpoint", False),
        ({"endpoint": "http://push.example.com/x"}, "endpoint", False),  # http: loopback only
        ({"endpoint": "https://user:pw@push.example.com/x"}, "endpoint", False),
        ({"endpoint": "https://push.example.com/a b"}, "endpoint", False),
        ({"endpoint": "https://push.example.com:99999/x"}, "endpoint", False),
        ({"endpoint": "https://push.example.com/" + "x" * 1000}, "endpoint", False),
        ({"endpoint": "http://127.0.0.1:8080/wpush"}, "endpoint", True),  # tests only
        ({"endpoint": "https://localhost/wpush"}, "endpoint", True),
        ({"endpoint": "https://10.0.0.5/wpush"}, "endpoint", True),
        ({"endpoint": "https://[::1]/wpush"}, "endpoint", True),
        ({"p256dh": ""}, "p256dh", False),
        ({"p256dh": B.p256dh[:-4]}, "p256dh", False),  # too short
        ({"p256dh": b64url(b"\x02" + b"\x01" * 64)}, "p256dh", False),  # not uncompressed
        ({"p256dh": NOT_ON_CURVE}, "p256dh", False),
        ({"p256dh": B.p256dh.replace("-", "+").replace("_", "/") + "!"}, "p256dh", False),
        ({"auth": b64url(b"x" * 15)}, "auth", False),
        ({"auth": b64url(b"x" * 32)}, "auth", False),
        ({"auth": "not base64url!"}, "auth", False),
    ],
)
async def test_invalid_subscriptions_are_typed_validation_errors(
    schema, create_user, push_settings, store, overrides, field, production
):
    user = await create_user(Role.REQUESTER)
    settings = push_settings.model_copy(update={"production": production})
    ctx = Context(settings=settings, store=store, user=user)
    variables = {"input": subscription_input(B, **overrides)}
    result = await schema.execute(REGISTER, variables, context_value=ctx)
    assert result.errors is None, result.errors
    payload = result.data["registerPushSubscription"]
    assert payload["ok"] is False
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("VALIDATION", field)
    assert error["message"]
    assert await PushSubscription.all().count() == 0


async def test_valid_endpoints(push_settings):
    production = push_settings.model_copy(update={"production": True})
    for endpoint in (
        "https://fcm.googleapis.com/fcm/send/abc:def",
        "https://updates.push.services.mozilla.com/wpush/v2/gAAAA",
        "https://web.push.apple.com/QGuQyavXutnMH",
        "https://wns2-by3p.notify.windows.com/w/?token=BQYAAA",
    ):
        assert push.validate_endpoint(endpoint, production) == endpoint
    assert push.validate_endpoint(" http://localhost:9/x ", push_settings) == "http://localhost:9/x"


async def test_a_user_keeps_at_most_the_newest_subscriptions(create_user, service, push_settings):
    user = await create_user(Role.REQUESTER)
    browsers = [await subscribe(service, user, push_settings) for _ in range(22)]
    kept = {s.endpoint for s in await PushSubscription.filter(user_id=user.id)}
    assert kept == {b.endpoint for b in browsers[-push.MAX_SUBSCRIPTIONS_PER_USER :]}
