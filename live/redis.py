"""The hub over Redis pub/sub: one pub/sub connection per process, fanned out locally.

Channels are subscribed on Redis while at least one local subscription listens to them and
unsubscribed (by a background reconciler, never from a cancelled subscriber) when the last one
leaves. When the connection drops, the reader reconnects with backoff, subscribes every channel that
still has local listeners and tells every local subscriber to re-sync: messages published meanwhile
are lost, the current state is not. A process that could not publish while it was cut off says so on
``<prefix>:resync`` once it is back, and every process re-syncs its subscribers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence

import orjson
from redis.asyncio import Redis
from redis.asyncio.client import PubSub
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff, NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from live.hub import Hub, Message

log = logging.getLogger("epesan.live")

RETRY_ON = [RedisConnectionError, RedisTimeoutError, ConnectionResetError, OSError]


def publishing_client(url: str) -> Redis:
    """For PUBLISH: a few quick retries (``from_url`` retries 0 times unless told)."""
    return Redis.from_url(
        url,
        retry=Retry(ExponentialBackoff(cap=0.5, base=0.05), retries=3),
        retry_on_error=RETRY_ON,
        socket_connect_timeout=1,
        socket_timeout=2,
        decode_responses=True,
    )


def subscribing_client(url: str) -> Redis:
    """For the pub/sub connection: no silent retries, so the reader sees every drop and re-syncs."""
    return Redis.from_url(
        url,
        retry=Retry(NoBackoff(), retries=0),
        retry_on_error=[],
        socket_connect_timeout=2,
        socket_keepalive=True,
        health_check_interval=10,
        decode_responses=True,
    )


def _names(channels: object) -> set[str]:
    assert isinstance(channels, dict | set)
    return {c.decode() if isinstance(c, bytes) else str(c) for c in channels}


#: A change's messages go to Redis within this, or are given up (the change itself is committed).
PUBLISH_TIMEOUT = 2.0


async def publish_all(client: Redis, messages: Sequence[tuple[str, Message]]) -> None:
    """One round trip for all the messages of a change."""
    if not messages:
        return
    async with client.pipeline(transaction=False) as pipe:
        for channel, message in messages:
            pipe.publish(channel, orjson.dumps(message))
        await asyncio.wait_for(pipe.execute(), PUBLISH_TIMEOUT)


#: How long a writing transaction waits to learn which channels are listened to (it holds its rooms'
#: locks meanwhile); past it, every state is read as if all were.
LISTENED_TIMEOUT = 0.25


async def listened_on(client: Redis, channels: Sequence[str]) -> set[str]:
    """``PUBSUB NUMSUB``: the channels with a subscriber in some process, in one round trip."""
    if not channels:
        return set()
    counts = await asyncio.wait_for(client.pubsub_numsub(*channels), LISTENED_TIMEOUT)
    return {c.decode() if isinstance(c, bytes) else c for c, n in counts if n}


#: How long each step of :meth:`RedisHub.stop` may take before the process goes on without it.
STOP_SECONDS = 2.0


async def _within(tasks: Sequence[asyncio.Task[None]], what: str) -> None:
    """Wait for ``tasks`` (up to :data:`STOP_SECONDS`), not for the cancellation of a late one:
    ``asyncio.wait_for`` would wait for that too."""
    if not tasks:
        return
    done, pending = await asyncio.wait(tasks, timeout=STOP_SECONDS)
    for task in done:
        if not task.cancelled() and task.exception() is not None:
            log.warning("live: %s failed on stop (%s)", what, task.exception())
    if pending:
        log.warning("live: %s did not end within %.0f s; stopping without it", what, STOP_SECONDS)
        for task in pending:
            task.cancel()


class RedisPublisher:
    """PUBLISH only (the Celery worker's side)."""

    def __init__(self, url: str, prefix: str = "epesan") -> None:
        self.hub = Hub(prefix)  # for the channel names
        self.client = publishing_client(url)

    async def publish_many(self, messages: Sequence[tuple[str, Message]]) -> None:
        await publish_all(self.client, messages)

    async def listened(self, channels: Sequence[str]) -> set[str]:
        return await listened_on(self.client, channels)

    async def close(self) -> None:
        await self.client.aclose()


class RedisHub(Hub):
    def __init__(
        self,
        url: str,
        prefix: str = "epesan",
        *,
        max_backoff: float = 2.0,
    ) -> None:
        super().__init__(prefix)
        self.url = url
        self.max_backoff = max_backoff
        self.connected = asyncio.Event()
        self._publisher = publishing_client(url)
        self._subscriber = subscribing_client(url)
        self._pubsub: PubSub | None = None
        self._lock = asyncio.Lock()  # SUBSCRIBE / UNSUBSCRIBE on the one connection, in order
        self._stale: set[str] = set()
        self._stale_event = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._ever_connected = False
        self._missed = False  # a publish was skipped while cut off from Redis
        self.resync_channel = f"{prefix}:resync"
        self._stopping = False

    async def start(self) -> None:
        self._tasks = [
            asyncio.create_task(self._read(), name="epesan-live-reader"),
            asyncio.create_task(self._reconcile(), name="epesan-live-unsubscriber"),
        ]

    async def stop(self) -> None:
        """Within :data:`STOP_SECONDS` for each step: an UNSUBSCRIBE in flight on a connection
        the reader's cancellation left half-closed was seen never to end, and the process then
        waited for its SIGKILL (10 s per server in the tests) instead of ending."""
        self._stopping = True
        for task in self._tasks:
            task.cancel()
        await _within(self._tasks, "its reader and unsubscriber")
        await _within([asyncio.create_task(self._drop_connection())], "closing pub/sub")
        await _within(
            [
                asyncio.create_task(self._publisher.aclose()),
                asyncio.create_task(self._subscriber.aclose()),
            ],
            "closing its Redis clients",
        )

    async def publish(self, channel: str, message: Message) -> None:
        await self.publish_many([(channel, message)])

    async def publish_many(self, messages: Sequence[tuple[str, Message]]) -> None:
        if not self.connected.is_set():
            # Cut off from Redis: everyone re-syncs when this process is back (see _connect).
            self._missed = True
            return
        await publish_all(self._publisher, messages)

    async def listened(self, channels: Sequence[str]) -> set[str]:
        if not self.connected.is_set():
            return set()  # nothing is published meanwhile; every subscriber re-syncs on reconnect
        return await listened_on(self._publisher, channels)

    async def _listen(self, channels: Sequence[str]) -> None:
        async with self._lock:
            self._stale.difference_update(channels)
            pubsub = self._pubsub
            if pubsub is None:
                return  # not connected: the reader subscribes every local channel on connect
            # Already subscribed (by an earlier local subscriber, under this lock) and not on its
            # way out: nothing to send.
            listening = _names(pubsub.channels) - _names(pubsub.pending_unsubscribe_channels)
            missing = [c for c in channels if c not in listening]
            if not missing:
                return
            try:
                await pubsub.subscribe(*missing)
            except (RedisError, OSError) as exc:
                log.warning("live: subscribe failed (%s); reconnecting", exc)
                await self._drop_connection()

    def _unlisten(self, channels: Sequence[str]) -> None:
        self._stale.update(channels)
        self._stale_event.set()

    async def _reconcile(self) -> None:
        while not self._stopping:
            await self._stale_event.wait()
            self._stale_event.clear()
            async with self._lock:
                gone = [c for c in self._stale if c not in self._local]
                self._stale.clear()
                if gone and self._pubsub is not None:
                    try:
                        await self._pubsub.unsubscribe(*gone)
                    except (RedisError, OSError) as exc:
                        log.warning("live: unsubscribe failed (%s); reconnecting", exc)
                        await self._drop_connection()

    async def _drop_connection(self) -> None:
        pubsub, self._pubsub = self._pubsub, None
        self.connected.clear()
        if pubsub is not None:
            with contextlib.suppress(Exception):
                await pubsub.aclose()

    async def _connect(self) -> PubSub:
        pubsub = self._subscriber.pubsub()
        async with self._lock:
            channels = self.local_channels
            try:
                await pubsub.subscribe(self.resync_channel, *channels)
            except BaseException:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()
                raise
            self._stale.clear()
            self._pubsub = pubsub
        self.connected.set()
        if self._ever_connected:
            log.info("live: reconnected to Redis; %d channel(s) re-subscribed", len(channels))
            self.resync_all()
        self._ever_connected = True
        if self._missed:
            self._missed = False
            with contextlib.suppress(RedisError, OSError):
                await self._publisher.publish(self.resync_channel, b"{}")
        return pubsub

    async def _read(self) -> None:
        backoff = 0.1
        while not self._stopping:
            try:
                pubsub = self._pubsub or await self._connect()
                backoff = 0.1
                while pubsub is self._pubsub:  # always subscribed: at least the resync channel
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                    if message is not None and message.get("type") == "message":
                        self._dispatch(message["channel"], message["data"])
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if self.connected.is_set():
                    log.warning("live: Redis pub/sub connection lost (%s)", exc)
                else:
                    log.debug("live: Redis not reachable (%s)", exc)
                async with self._lock:
                    await self._drop_connection()
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, self.max_backoff)

    def _dispatch(self, channel: str, data: str | bytes) -> None:
        if channel == self.resync_channel:
            self.resync_all()
            return
        try:
            message = orjson.loads(data)
        except orjson.JSONDecodeError:
            log.warning("live: ignored a message that is not JSON on %s", channel)
            return
        if isinstance(message, dict):
            self.fan_out(channel, message)
