"""Live updates (subscriptions over graphql-transport-ws) through real uvicorn processes: a change
made through one process reaches a subscriber of another over Redis; authorization as in queries;
no channel is left behind; a Redis restart re-syncs the subscribers."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import redis
import websockets
from gql import Client, gql
from gql.transport.exceptions import (
    TransportClosed,
    TransportConnectionFailed,
    TransportQueryError,
    TransportServerError,
)
from gql.transport.websockets import WebsocketsTransport
from websockets.typing import Subprotocol

from api.subscriptions.live_views import SharedRenders
from booking import operations
from booking.enums import Role
from booking.models import Booking
from booking.settings import Settings
from live.publisher import EventPublisher
from live.redis import RedisHub, RedisPublisher
from tests.conftest import slot
from tests.mail_server import free_port
from tests.server import execute, run_server
from tests.test_api import SUBMIT, gid, login, submit_input, verb

REDIS = "redis://127.0.0.1:6379/12"
REFUSED = (TransportClosed, TransportConnectionFailed)  # closed with 4403 after connection_init

AVAILABILITY = """subscription($date: Date!, $rooms: [ID!]) {
  availabilityChanged(date: $date, roomIds: $rooms) {
    room { code }
    busy { status agencyName booking { id status } }
  }
}"""
BOOKING = "subscription($id: ID!) { bookingChanged(id: $id) { id status startsAt } }"
NOTIFICATIONS = "subscription { notificationReceived { kind title booking { id } } }"


def require_redis() -> None:
    try:
        redis.Redis.from_url(REDIS, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        pytest.fail(f"Redis is not reachable at {REDIS} ({exc})", pytrace=False)


def server_env(settings: Settings, prefix: str, url: str = REDIS) -> dict[str, str]:
    return {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(settings.storage_dir),
        "EPESAN_MAX_LETTER_BYTES": str(settings.max_letter_bytes),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0.01",
        "EPESAN_EMBEDDED_WORKER": "false",
        "EPESAN_LIVE_REDIS_URL": url,
        "EPESAN_LIVE_CHANNEL_PREFIX": prefix,
        "EPESAN_WS_INIT_TIMEOUT_SECONDS": "2",
    }


@pytest.fixture(scope="module")
def prefix() -> str:
    """Pub/sub channels are not per database index: a prefix of its own keeps the count exact."""
    return f"epesan:test{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="module")
def servers(
    database: str, settings: Settings, prefix: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """Two API processes sharing the database and Redis, like two replicas behind a balancer."""
    require_redis()
    logs = tmp_path_factory.mktemp("live-logs")
    env = server_env(settings, prefix)
    with run_server(env, logs / "one.log") as one, run_server(env, logs / "two.log") as two:
        yield one, two


TRANSPORT_WS = WebsocketsTransport.GRAPHQLWS_SUBPROTOCOL  # graphql-transport-ws
LEGACY_WS = WebsocketsTransport.APOLLO_SUBPROTOCOL  # the legacy graphql-ws


def ws_client(
    base: str,
    init_payload: dict[str, Any],
    origin: str | None = None,
    protocol: str = TRANSPORT_WS,
) -> Client:
    transport = WebsocketsTransport(
        url=base.replace("http://", "ws://") + "/graphql",
        init_payload=init_payload,
        subprotocols=[Subprotocol(protocol)],
        connect_args={"origin": origin} if origin else None,
    )
    return Client(transport=transport, fetch_schema_from_transport=False)


@asynccontextmanager
async def subscription(
    base: str,
    token: str,
    query: str,
    variables: dict[str, Any] | None = None,
    language: str | None = None,
    protocol: str = TRANSPORT_WS,
) -> AsyncIterator[asyncio.Queue[dict[str, Any] | BaseException]]:
    """Results arrive on a queue; the block's end completes the subscription and disconnects."""
    results: asyncio.Queue[dict[str, Any] | BaseException] = asyncio.Queue()

    async def run() -> None:
        try:
            request = gql(query)
            if variables is not None:
                request.variable_values = variables
            payload = {"authorization": f"Bearer {token}"}
            if language:
                payload["acceptLanguage"] = language
            async with ws_client(base, payload, protocol=protocol) as session:
                async for result in session.subscribe(request):
                    await results.put(result)
        except Exception as exc:
            await results.put(exc)

    task = asyncio.create_task(run())
    try:
        yield results
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def next_result(results: asyncio.Queue[Any], within: float = 15.0) -> dict[str, Any]:
    item = await asyncio.wait_for(results.get(), within)
    if isinstance(item, BaseException):
        raise item
    return item


def channels(prefix: str, url: str = REDIS) -> list[str]:
    """The channels with a subscriber, but the resync and sessions channels every API process
    listens to."""
    client = redis.Redis.from_url(url, decode_responses=True)
    always = {f"{prefix}:resync", f"{prefix}:sessions"}
    try:
        return sorted(c for c in client.pubsub_channels(f"{prefix}:*") if c not in always)
    finally:
        client.close()


async def wait_until(condition: Any, within: float = 15.0) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.1)


async def submit(base: str, token: str, room_id: int, when: Any) -> dict[str, Any]:
    result = await execute(
        base, SUBMIT, {"input": submit_input(room_id, when)}, token=token, upload=True
    )
    payload = result["submitBooking"]
    assert payload["errors"] == []
    return payload["booking"]


async def test_availability_changed_through_another_process_reaches_the_subscriber(
    servers, create_user, create_room, create_agency
):
    one, two = servers
    mine = await create_agency(name="Dinas Komunikasi")
    await create_user(Role.REQUESTER, agency=mine, nrk="510001")
    await create_user(Role.REQUESTER, nrk="510002")  # another agency
    await create_user(Role.SERVICE_OFFICER, nrk="510003")
    room = await create_room(code="LIVE1")
    requester, other, officer = [await login(two, n) for n in ("510001", "510002", "510003")]
    when = slot(days=4, hour=9)
    variables = {"date": when[0].date().isoformat(), "rooms": [gid("Room", room.id)]}

    async with (
        subscription(one, other, AVAILABILITY, variables) as theirs,
        subscription(one, requester, AVAILABILITY, variables) as ours,
    ):
        for results in (theirs, ours):
            first = await next_result(results)
            assert first["availabilityChanged"] == [{"room": {"code": "LIVE1"}, "busy": []}]

        booking = await submit(two, requester, room.id, when)  # through process 2
        [seen_by_other] = (await next_result(theirs))["availabilityChanged"]
        assert seen_by_other["busy"] == [
            {"status": "SUBMITTED", "agencyName": "Dinas Komunikasi", "booking": None}
        ]
        [seen_by_us] = (await next_result(ours))["availabilityChanged"]
        assert seen_by_us["busy"][0]["booking"] == {"id": booking["id"], "status": "SUBMITTED"}

        # a status change, then a cancellation, each a new day view
        done = await verb(two, officer, "verifyBooking", {"bookingId": booking["id"]})
        assert done["errors"] == []
        [after_verify] = (await next_result(ours))["availabilityChanged"]
        assert after_verify["busy"][0]["booking"]["status"] == "VALIDATION"
        done = await verb(
            two, requester, "cancelBooking", {"bookingId": booking["id"], "reason": "Ditunda"}
        )
        assert done["errors"] == []
        [after_cancel] = (await next_result(ours))["availabilityChanged"]
        assert after_cancel["busy"] == []


async def test_booking_changed_and_notifications_follow_the_booking(
    servers, create_user, create_room
):
    one, two = servers
    await create_user(Role.REQUESTER, nrk="520001")
    await create_user(Role.SERVICE_OFFICER, nrk="520002")
    room = await create_room(code="LIVE2")
    requester = await login(two, "520001")
    officer = await login(two, "520002")

    async with subscription(one, officer, NOTIFICATIONS) as inbox:
        await asyncio.sleep(0.5)  # the subscription is listening (no first result to wait for)
        booking = await submit(two, requester, room.id, slot(days=5, hour=10))
        told = (await next_result(inbox))["notificationReceived"]
        assert told["kind"] == "booking.submitted" and told["booking"] == {"id": booking["id"]}
        assert told["title"].startswith("Permohonan baru")

    async with subscription(one, officer, NOTIFICATIONS, language="en") as inbox:
        await asyncio.sleep(0.5)
        await submit(two, requester, room.id, slot(days=5, hour=13))
        told = (await next_result(inbox))["notificationReceived"]
        assert told["title"].startswith("New request")

    async with subscription(one, requester, BOOKING, {"id": booking["id"]}) as changes:
        assert (await next_result(changes))["bookingChanged"]["status"] == "SUBMITTED"
        done = await verb(
            two, officer, "requestRevision", {"bookingId": booking["id"], "note": "Lengkapi"}
        )
        assert done["errors"] == []
        assert (await next_result(changes))["bookingChanged"]["status"] == "REVISION_REQUESTED"


async def test_another_agencys_booking_is_not_streamed(servers, create_user, create_room):
    one, two = servers
    await create_user(Role.REQUESTER, nrk="530001")
    await create_user(Role.REQUESTER, nrk="530002")  # another agency
    room = await create_room(code="LIVE3")
    owner = await login(two, "530001")
    stranger = await login(one, "530002")
    booking = await submit(two, owner, room.id, slot(days=6, hour=9))

    async with subscription(one, stranger, BOOKING, {"id": booking["id"]}) as changes:
        with pytest.raises(TransportQueryError) as refused:
            await next_result(changes)
    assert refused.value.errors[0]["extensions"]["code"] == "NOT_FOUND"
    assert refused.value.data is None


@pytest.mark.parametrize(
    "payload",
    [{}, {"authorization": "Bearer not-a-session"}, {"token": "not-a-session"}],
    ids=["no token", "bad bearer", "bad token"],
)
async def test_a_connection_without_a_valid_session_is_refused(servers, payload):
    one, _ = servers
    with pytest.raises(REFUSED):
        async with ws_client(one, payload) as session:
            async for _ in session.subscribe(gql(NOTIFICATIONS)):
                pass


async def test_a_cross_origin_handshake_is_refused_unless_allowed(servers, create_user):
    one, _ = servers
    await create_user(Role.REQUESTER, nrk="570001")
    token = await login(one, "570001")
    async with ws_client(one, {"token": token}, origin="http://localhost:3000") as session:
        assert session is not None  # in EPESAN_ALLOWED_ORIGINS
    with pytest.raises(TransportConnectionFailed):  # the handshake is answered 403
        async with ws_client(one, {"token": token}, origin="https://evil.example"):
            pass


async def test_without_redis_the_process_streams_its_own_changes(
    database, settings, tmp_path, create_user, create_room
):
    """The embedded default: no broker, no Redis, the in-process hub."""
    env = server_env(settings, "epesan")
    del env["EPESAN_LIVE_REDIS_URL"]
    await create_user(Role.REQUESTER, nrk="580001")
    room = await create_room(code="LIVE8")
    when = slot(days=8, hour=9)
    variables = {"date": when[0].date().isoformat(), "rooms": [gid("Room", room.id)]}
    with run_server(env, tmp_path / "alone.log") as alone:
        token = await login(alone, "580001")
        async with subscription(alone, token, AVAILABILITY, variables) as results:
            assert (await next_result(results))["availabilityChanged"][0]["busy"] == []
            booking = await submit(alone, token, room.id, when)
            [day] = (await next_result(results))["availabilityChanged"]
            assert day["busy"][0]["booking"]["id"] == booking["id"]


async def test_a_logged_out_session_is_refused(servers, create_user):
    one, _ = servers
    await create_user(Role.REQUESTER, nrk="540001")
    token = await login(one, "540001")
    async with ws_client(one, {"token": token}) as session:  # accepted while valid
        assert session is not None
    await execute(one, "mutation { logout { ok } }", token=token)
    with pytest.raises(REFUSED):
        async with ws_client(one, {"token": token}) as session:
            async for _ in session.subscribe(gql(NOTIFICATIONS)):
                pass


async def test_many_connects_and_disconnects_leave_no_channel_behind(
    servers, prefix, create_user, create_room
):
    one, two = servers
    await create_user(Role.REQUESTER, nrk="550001")
    rooms = [await create_room(code=f"LIVE5{i}") for i in range(3)]
    token = await login(one, "550001")
    before = channels(prefix)
    variables = {
        "date": slot(days=3)[0].date().isoformat(),
        "rooms": [gid("Room", r.id) for r in rooms],
    }
    for i in range(52):
        base = (one, two)[i % 2]
        if i % 3 == 2:
            # vanish without completing: the task is cancelled with the socket open
            async with subscription(base, token, NOTIFICATIONS):
                await asyncio.sleep(0.05)
        else:
            async with subscription(base, token, AVAILABILITY, variables) as results:
                await next_result(results)
                assert len(channels(prefix)) >= 3
    await wait_until(lambda: channels(prefix) == before)


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    """A Redis server of this test's own, which it can stop and start again on the same port."""
    port = free_port()

    def start() -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            cwd=tmp_path,
        )
        url = f"redis://127.0.0.1:{port}/0"
        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(url, socket_connect_timeout=1).ping()
                return proc
            except redis.RedisError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    procs = [start()]

    def restart() -> None:
        procs[-1].terminate()
        procs[-1].wait(10)
        time.sleep(1.0)
        procs.append(start())

    yield f"redis://127.0.0.1:{port}/0", restart
    procs[-1].terminate()
    procs[-1].wait(10)


async def test_a_redis_restart_resyncs_then_streams_new_changes(
    database, settings, private_redis, tmp_path, create_user, create_room
):
    url, restart = private_redis
    prefix = "epesan"
    await create_user(Role.REQUESTER, nrk="560001")
    room = await create_room(code="LIVE6")
    when = slot(days=7, hour=13)
    variables = {"date": when[0].date().isoformat(), "rooms": [gid("Room", room.id)]}
    env = server_env(settings, prefix, url)
    with run_server(env, tmp_path / "one.log") as one, run_server(env, tmp_path / "two.log") as two:
        token = await login(two, "560001")
        async with subscription(one, token, AVAILABILITY, variables) as results:
            assert (await next_result(results))["availabilityChanged"][0]["busy"] == []
            first = await submit(two, token, room.id, when)
            assert len((await next_result(results))["availabilityChanged"][0]["busy"]) == 1

            restart()
            # the re-sync: the current state again, at once after the reconnect
            resync = (await next_result(results, within=20))["availabilityChanged"][0]["busy"]
            assert [b["booking"]["id"] for b in resync] == [first["id"]]
            await wait_until(lambda: len(channels(prefix, url)) == 1)

            # and new changes flow again
            await submit(two, token, room.id, slot(days=7, hour=15))
            latest = await next_result(results)
            while len(latest["availabilityChanged"][0]["busy"]) < 2:
                latest = await next_result(results)  # process 2 may still be reconnecting
        await wait_until(lambda: channels(prefix, url) == [])


async def test_local_subscribers_share_one_redis_subscription(database):
    require_redis()
    prefix = f"epesan:test{uuid.uuid4().hex[:8]}"
    hub = RedisHub(REDIS, prefix)
    await hub.start()
    try:
        await asyncio.wait_for(hub.connected.wait(), 10)
        channel = hub.room_channel(1, "2026-12-02")
        async with hub.subscribe([channel]) as first:
            async with hub.subscribe([channel]) as second:
                assert channels(prefix) == [channel]
                await hub.publish(channel, {"booking_id": 1})
                assert await asyncio.wait_for(anext(first), 5) == {"booking_id": 1}
                assert await asyncio.wait_for(anext(second), 5) == {"booking_id": 1}
            # the second left: the first still hears the channel
            await hub.publish(channel, {"booking_id": 2})
            assert await asyncio.wait_for(anext(first), 5) == {"booking_id": 2}
            assert channels(prefix) == [channel]
        await wait_until(lambda: channels(prefix) == [])
    finally:
        await hub.stop()


WORKER_ROUND = (  # a worker process: its settings from its environment, read once at its start
    "from booking.settings import Settings\n"
    "from tasks import runner, work\n"
    "settings = Settings()\n"
    "runner.configure(settings)\n"
    "print(runner.run(work.close_finished_events(settings)))\n"
    "runner.shutdown()\n"
)


async def test_a_change_made_by_a_worker_process_reaches_the_subscriber(
    servers, settings, prefix, staff, create_user, create_booking
):
    one, _ = servers
    requester = await create_user(Role.REQUESTER, nrk="590001")
    booking = await create_booking(requester)
    await operations.verify(staff[Role.SERVICE_OFFICER], booking.id, settings=settings)
    await operations.validate(staff[Role.SERVICE_HEAD], booking.id, settings=settings)
    await operations.approve(staff[Role.SERVICE_HEAD], booking.id, settings)
    await Booking.filter(id=booking.id).update(
        starts_at=booking.starts_at - timedelta(days=10),
        ends_at=booking.ends_at - timedelta(days=10),
    )
    token = await login(one, "590001")
    async with subscription(one, token, BOOKING, {"id": gid("Booking", booking.id)}) as changes:
        assert (await next_result(changes))["bookingChanged"]["status"] == "APPROVED"
        # what a Celery task runs: the worker's event loop, publishing to Redis after commit
        done = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-c", WORKER_ROUND],
            env={**os.environ, **server_env(settings, prefix)},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert (await next_result(changes))["bookingChanged"]["status"] == "COMPLETED"


VERIFY_ALL = (
    "import sys\n"
    "from booking import operations\n"
    "from booking.models import User\n"
    "from booking.settings import Settings\n"
    "from tasks import runner\n"
    "settings = Settings()\n"
    "runner.configure(settings)\n"
    "async def verify_all():\n"
    "    officer = await User.get(nrk=sys.argv[1])\n"
    "    for booking_id in sys.argv[2:]:\n"
    "        await operations.verify(officer, int(booking_id), settings=settings)\n"
    "runner.run(verify_all())\n"
    "runner.shutdown()\n"
)


async def test_changes_back_to_back_reach_the_subscriber_each_as_it_was(
    servers, settings, prefix, create_user, create_room, create_booking
):
    """Twelve changes committed one right after the other (a worker process, through Redis): the
    subscriber is shown each of them, in order, not only the day after the last one."""
    one, _ = servers
    requester = await create_user(Role.REQUESTER, nrk="591001")
    await create_user(Role.SERVICE_OFFICER, nrk="591002")
    room = await create_room(code="LIVE12")
    bookings = [
        await create_booking(
            requester, room, slot(days=11, hour=7 + k * 45 // 60, minute=k * 45 % 60, minutes=45)
        )
        for k in range(12)
    ]
    token = await login(one, "591001")
    day = slot(days=11)[0].date().isoformat()
    variables = {"date": day, "rooms": [gid("Room", room.id)]}
    async with subscription(one, token, AVAILABILITY, variables) as results:
        [first] = (await next_result(results))["availabilityChanged"]
        assert [b["status"] for b in first["busy"]] == ["SUBMITTED"] * 12
        done = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-c", VERIFY_ALL, "591002", *(str(b.id) for b in bookings)],
            env={**os.environ, **server_env(settings, prefix)},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        shown = []
        for _ in bookings:
            [day_view] = (await next_result(results))["availabilityChanged"]
            shown.append([b["status"] for b in day_view["busy"]])
        assert shown == [["VALIDATION"] * k + ["SUBMITTED"] * (12 - k) for k in range(1, 13)]
        assert results.empty()


async def test_logging_out_ends_the_streams_of_that_session(servers, create_user, create_room):
    one, two = servers
    await create_user(Role.REQUESTER, nrk="591001")
    await create_user(Role.SERVICE_OFFICER, nrk="591002")
    room = await create_room(code="LIVE9")
    token = await login(one, "591001")
    officer = await login(two, "591002")
    booking = await submit(two, token, room.id, slot(days=9, hour=9))
    async with subscription(one, token, BOOKING, {"id": booking["id"]}) as changes:
        assert (await next_result(changes))["bookingChanged"]["status"] == "SUBMITTED"
        await execute(one, "mutation { logout { ok } }", token=token)
        await verb(two, officer, "verifyBooking", {"bookingId": booking["id"]})
        with pytest.raises(TransportQueryError) as ended:
            await next_result(changes)
    assert ended.value.errors[0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_connection_carries_at_most_20_subscriptions(servers, create_user):
    one, _ = servers
    await create_user(Role.REQUESTER, nrk="592001")
    token = await login(one, "592001")
    async with ws_client(one, {"token": token}) as session:
        received: asyncio.Queue[BaseException | None] = asyncio.Queue()

        async def listen() -> None:
            try:
                async for _ in session.subscribe(gql(NOTIFICATIONS)):
                    pass
            except Exception as exc:
                await received.put(exc)

        tasks = [asyncio.create_task(listen()) for _ in range(21)]
        try:
            refused = await asyncio.wait_for(received.get(), 10)
            assert isinstance(refused, TransportQueryError)
            assert "Subscription limit reached" in str(refused)
            await asyncio.sleep(0.3)
            assert received.empty()  # the other 20 still run
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)


async def test_a_connection_that_never_initialises_is_closed(servers):
    one, _ = servers
    url = one.replace("http://", "ws://") + "/graphql"
    async with websockets.connect(url, subprotocols=[Subprotocol("graphql-transport-ws")]) as ws:
        with pytest.raises(websockets.ConnectionClosed):
            await asyncio.wait_for(ws.recv(), 10)
    assert ws.close_code == 4408  # "Connection initialisation timeout"


async def test_queries_and_mutations_go_over_http_not_the_websocket(servers, create_user):
    one, _ = servers
    await create_user(Role.REQUESTER, nrk="593001")
    token = await login(one, "593001")
    async with ws_client(one, {"token": token}) as session:
        for operation in ("{ me { nrk } }", "mutation { logout { ok } }"):
            with pytest.raises(TransportQueryError) as refused:
                await session.execute(gql(operation))
            [error] = refused.value.errors
            assert error["message"].startswith("Lewat WebSocket hanya subscription")
            assert error["extensions"]["code"] == "VALIDATION"
    me = await execute(one, "{ me { nrk } }", token=token)
    assert me["me"] == {"nrk": "593001"}  # the logout above did not run


VANISHING_CLIENT = """
import asyncio, sys, time
from gql import Client, gql
from gql.transport.websockets import WebsocketsTransport

async def main():
    url, token, date, room = sys.argv[1:]
    transport = WebsocketsTransport(
        url=url, init_payload={"token": token},
        subprotocols=[WebsocketsTransport.GRAPHQLWS_SUBPROTOCOL],
    )
    async with Client(transport=transport) as session:
        request = gql("subscription($d: Date!, $r: [ID!]) { availabilityChanged(date: $d, roomIds: $r) { room { code } } }")
        request.variable_values = {"d": date, "r": [room]}
        async for _ in session.subscribe(request):
            print("ready", flush=True)
            time.sleep(600)  # the process hangs here until it is killed

asyncio.run(main())
"""


async def test_a_client_killed_mid_stream_leaves_no_channel_behind(
    servers, prefix, create_user, create_room
):
    one, _ = servers
    await create_user(Role.REQUESTER, nrk="594001")
    room = await create_room(code="LIVEK")
    token = await login(one, "594001")
    before = channels(prefix)
    client = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        VANISHING_CLIENT,
        one.replace("http://", "ws://") + "/graphql",
        token,
        slot(days=3)[0].date().isoformat(),
        gid("Room", room.id),
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert client.stdout is not None
        line = await asyncio.wait_for(client.stdout.readline(), 20)
        assert line.strip() == b"ready"
        assert len(channels(prefix)) == len(before) + 1
    finally:
        client.kill()  # SIGKILL: no complete, no close frame
        await client.wait()
    await wait_until(lambda: channels(prefix) == before)


TASKS = "subscription { myTasksChanged { totalCount edges { node { booking { id } step { number } } } } }"


async def test_work_lists_follow_the_workflow_across_processes(
    servers, create_user, create_room, create_agency
):
    """The officer's list gains a request submitted through the other process and loses it once
    verified; a requester of another agency is not woken by it."""
    one, two = servers
    await create_user(Role.REQUESTER, nrk="595001")
    await create_user(Role.SERVICE_OFFICER, nrk="595002")
    await create_user(Role.REQUESTER, nrk="595003", agency=await create_agency())
    room = await create_room(code="LIVE-T")
    requester, officer, stranger = (
        await login(one, "595001"),
        await login(two, "595002"),
        await login(one, "595003"),
    )
    async with (
        subscription(one, officer, TASKS) as tasks,
        subscription(one, stranger, TASKS) as other,
    ):
        assert (await next_result(tasks))["myTasksChanged"]["totalCount"] == 0
        assert (await next_result(other))["myTasksChanged"]["totalCount"] == 0
        booking = await submit(two, requester, room.id, slot(days=15, hour=9))
        listed = (await next_result(tasks))["myTasksChanged"]
        assert [e["node"]["booking"]["id"] for e in listed["edges"]] == [booking["id"]]
        assert listed["edges"][0]["node"]["step"]["number"] == 3
        await verb(two, officer, "verifyBooking", {"bookingId": booking["id"]})
        assert (await next_result(tasks))["myTasksChanged"]["totalCount"] == 0
        assert other.empty()  # another agency's requester was not woken


SLOTS = """subscription($date: Date!, $rooms: [ID!]) {
  availabilityChanged(date: $date, roomIds: $rooms) { busy { startsAt booking { reference } } }
}"""


async def test_a_shared_update_differs_by_agency_and_selection_but_not_within_a_class(
    servers, create_user, create_room, create_agency
):
    """Subscribers of one room-day on one process share one rendered update per viewer class:
    two requesters of the booking's agency get the same details, another agency's requester the
    busy slot without them, an officer (over the legacy protocol) everything, and another
    selection its own shape."""
    one, two = servers
    mine = await create_agency(name="Dinas Perhubungan")
    await create_user(Role.REQUESTER, agency=mine, nrk="596001")
    await create_user(Role.REQUESTER, agency=mine, nrk="596002")
    await create_user(Role.REQUESTER, nrk="596003")  # another agency
    await create_user(Role.SERVICE_OFFICER, nrk="596004")
    room = await create_room(code="LIVE-S")
    first, second, stranger, officer = [
        await login(two, n) for n in ("596001", "596002", "596003", "596004")
    ]
    when = slot(days=16, hour=9)
    variables = {"date": when[0].date().isoformat(), "rooms": [gid("Room", room.id)]}

    async with (
        subscription(one, first, AVAILABILITY, variables) as ours,
        subscription(one, second, AVAILABILITY, variables) as colleague,
        subscription(one, second, SLOTS, variables) as slots,
        subscription(one, stranger, AVAILABILITY, variables) as theirs,
        subscription(one, officer, AVAILABILITY, variables, protocol=LEGACY_WS) as staff,
    ):
        everyone = (ours, colleague, slots, theirs, staff)
        for results in everyone:
            await next_result(results)  # the current state
        booking = await submit(two, first, room.id, when)
        seen = [(await next_result(results))["availabilityChanged"] for results in everyone]

        details = {"id": booking["id"], "status": "SUBMITTED"}
        mine_busy = [{"status": "SUBMITTED", "agencyName": "Dinas Perhubungan", "booking": details}]
        assert seen[0] == seen[1] == [{"room": {"code": "LIVE-S"}, "busy": mine_busy}]
        assert seen[2] == [
            {
                "busy": [
                    {
                        "startsAt": booking["startsAt"],
                        "booking": {"reference": booking["reference"]},
                    }
                ]
            }
        ]
        assert seen[3][0]["busy"] == [
            {"status": "SUBMITTED", "agencyName": "Dinas Perhubungan", "booking": None}
        ]
        assert seen[4] == seen[0]

        # the next change reaches every class again
        done = await verb(
            two, first, "cancelBooking", {"bookingId": booking["id"], "reason": "Batal"}
        )
        assert done["errors"] == []
        for results in everyone:
            assert (await next_result(results))["availabilityChanged"][0]["busy"] == []


async def test_concurrent_updates_of_one_key_are_rendered_once():
    renders = SharedRenders()
    calls: list[str] = []

    def render(name: str) -> Any:
        async def run() -> str:
            calls.append(name)
            await asyncio.sleep(0.01)
            return f'{{"data":"{name}"}}'

        return run

    with renders.sharing() as a, renders.sharing() as b, renders.sharing() as c:
        a.use("agency-1")
        b.use("agency-1")
        c.use("agency-2")
        got = await asyncio.gather(
            renders.get("agency-1", 1, render("a")),
            renders.get("agency-1", 1, render("b")),
            renders.get("agency-2", 1, render("c")),
        )
        assert got == ['{"data":"a"}', '{"data":"a"}', '{"data":"c"}']
        assert calls == ["a", "c"]
        # woken late for the same generation: the render is still there
        assert await renders.get("agency-1", 1, render("late")) == '{"data":"a"}'
        # the next change is rendered again
        assert await renders.get("agency-1", 2, render("next")) == '{"data":"next"}'
        assert calls == ["a", "c", "next"]
        c.use("agency-1")  # the viewer's class changed: no longer holds agency-2's render
        assert len(renders) == 1
    assert len(renders) == 0  # the last subscriber left: nothing kept


async def test_the_legacy_graphql_ws_protocol_is_served_with_the_same_rules(
    servers, create_user, create_room
):
    one, two = servers
    await create_user(Role.REQUESTER, nrk="597001")
    room = await create_room(code="LIVE-L")
    token = await login(two, "597001")
    when = slot(days=17, hour=10)
    variables = {"date": when[0].date().isoformat(), "rooms": [gid("Room", room.id)]}
    async with subscription(one, token, AVAILABILITY, variables, protocol=LEGACY_WS) as results:
        assert (await next_result(results))["availabilityChanged"][0]["busy"] == []
        booking = await submit(two, token, room.id, when)
        [day] = (await next_result(results))["availabilityChanged"]
        assert day["busy"][0]["booking"]["id"] == booking["id"]

    with pytest.raises((*REFUSED, TransportServerError)):
        async with ws_client(one, {"token": "not-a-session"}, protocol=LEGACY_WS) as session:
            async for _ in session.subscribe(gql(NOTIFICATIONS)):
                pass

    url = one.replace("http://", "ws://") + "/graphql"
    async with websockets.connect(url, subprotocols=[Subprotocol(LEGACY_WS)]) as ws:
        with pytest.raises(websockets.ConnectionClosed):
            await asyncio.wait_for(ws.recv(), 10)  # never initialised
    assert ws.close_code == 4408


CHANGED_ONLY = """subscription($date: Date!, $rooms: [ID!]) {
  availabilityChanged(date: $date, roomIds: $rooms, changedOnly: true) {
    id
    room { code }
    busy { status booking { id } }
  }
}"""


async def test_changed_only_sends_every_room_first_then_only_the_room_that_changed(
    servers, create_user, create_room
):
    """A day view of many rooms asks for the changed rooms only: the first state has them all,
    each update only the room a change touched (the full subscription still gets every room)."""
    one, two = servers
    await create_user(Role.REQUESTER, nrk="597001")
    await create_user(Role.SERVICE_OFFICER, nrk="597002")
    first_room = await create_room(code="LIVEC1")
    second_room = await create_room(code="LIVEC2")
    requester, officer = [await login(two, n) for n in ("597001", "597002")]
    when = slot(days=4, hour=10)
    rooms = [gid("Room", first_room.id), gid("Room", second_room.id)]
    variables = {"date": when[0].date().isoformat(), "rooms": rooms}

    async with (
        subscription(one, officer, CHANGED_ONLY, variables) as delta,
        subscription(one, officer, AVAILABILITY, variables) as full,
    ):
        first = (await next_result(delta))["availabilityChanged"]
        assert [d["room"]["code"] for d in first] == ["LIVEC1", "LIVEC2"]
        # each room-day has its own id, the same as in the query (caches update it in place)
        ids = [d["id"] for d in first]
        day_view = await execute(
            two,
            "query($d: Date!) { availability(date: $d) { id room { code } } }",
            {"d": variables["date"]},
            token=officer,
        )
        queried = {d["room"]["code"]: d["id"] for d in day_view["availability"]}
        assert [queried["LIVEC1"], queried["LIVEC2"]] == ids and ids[0] != ids[1]
        assert len((await next_result(full))["availabilityChanged"]) == 2

        booking = await submit(two, requester, second_room.id, when)
        [changed] = (await next_result(delta))["availabilityChanged"]
        assert changed == {
            "id": ids[1],
            "room": {"code": "LIVEC2"},
            "busy": [{"status": "SUBMITTED", "booking": {"id": booking["id"]}}],
        }
        everything = (await next_result(full))["availabilityChanged"]
        assert [d["room"]["code"] for d in everything] == ["LIVEC1", "LIVEC2"]

        await submit(two, requester, first_room.id, when)
        [changed] = (await next_result(delta))["availabilityChanged"]
        assert changed["room"] == {"code": "LIVEC1"} and len(changed["busy"]) == 1


async def test_redis_tells_which_room_days_another_process_listens_to(database):
    require_redis()
    prefix = f"epesan:test{uuid.uuid4().hex[:8]}"
    listening, other = RedisHub(REDIS, prefix), RedisHub(REDIS, prefix)
    worker = RedisPublisher(REDIS, prefix)
    await listening.start()
    try:
        await asyncio.wait_for(listening.connected.wait(), 10)
        day = date(2026, 12, 2)
        async with listening.subscribe([listening.room_channel(1, day)]):
            assert await EventPublisher(worker.hub, worker).watched([(1, day), (2, day)]) == {
                (1, day)
            }
            # an API process not yet connected publishes nothing: no state is worth reading
            assert await EventPublisher(other, other).watched([(1, day)]) == set()
            await other.start()
            await asyncio.wait_for(other.connected.wait(), 10)
            assert await EventPublisher(other, other).watched([(1, day), (2, day)]) == {(1, day)}
        await wait_until(lambda: channels(prefix) == [])
        assert await EventPublisher(worker.hub, worker).watched([(1, day)]) == set()
    finally:
        await listening.stop()
        await other.stop()
        await worker.close()
