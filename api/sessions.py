"""Session checks shared per process for a moment.

Every request and every live update checks its bearer token (logout or expiry ends access). The
database check is reused for ``RECHECK_SECONDS`` by every request and stream of the same token in
this process; a logout in this process forgets it at once, a logout in another process takes effect
within that time. Without it the check was the largest cost of a small request and of a fan-out."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import time
import weakref
from typing import Any

from booking import auth
from booking.models import Session, User
from booking.settings import Settings
from live.hub import Hub

RECHECK_SECONDS = 2.0
Found = tuple[User, Session] | None
_checked: dict[str, tuple[float, tuple[User, Session]]] = {}
_checking: dict[str, asyncio.Future[Found]] = {}  # one database check in flight per token


async def check(token: str | None, settings: Settings) -> Found:
    if not token:
        return None
    cached = _checked.get(token)
    if cached is not None and time.monotonic() - cached[0] < RECHECK_SECONDS:
        return cached[1]
    # A change wakes every stream of a token at once when its check has just run out: one of
    # them asks the database, the others wait for that answer.
    checking = _checking.get(token)
    if checking is None:
        checking = asyncio.ensure_future(auth.authenticate(token, settings))
        _checking[token] = checking
        checking.add_done_callback(functools.partial(_settle, token, time.monotonic()))
    return await asyncio.shield(checking)


def _settle(token: str, started: float, checking: asyncio.Future[Found]) -> None:
    if _checking.get(token) is not checking:
        return  # forgotten (logged out) while the check ran: keep nothing
    del _checking[token]
    found = None if checking.cancelled() or checking.exception() else checking.result()
    if found is None:
        _checked.pop(token, None)
        return
    if len(_checked) > 10_000:  # bounded: drop the stale ones
        now = time.monotonic()
        for key in [k for k, (at, _) in _checked.items() if now - at >= RECHECK_SECONDS]:
            del _checked[key]
    _checked[token] = (started, found)


def forget(token: str | None) -> None:
    if token:
        _checked.pop(token, None)
        _checking.pop(token, None)


def forget_user(user_id: int) -> None:
    """Forget every cached check of the user's sessions (their sessions ended, or their flags
    changed); the next request or live update asks the database."""
    for token, (_, (user, _session)) in list(_checked.items()):
        if user.id == user_id:
            _checked.pop(token, None)


#: Open websockets per user id, closed when all their sessions end (weak: a closed one goes).
_sockets: dict[int, weakref.WeakSet[Any]] = {}


def track_socket(user_id: int, websocket: Any) -> None:
    _sockets.setdefault(user_id, weakref.WeakSet()).add(websocket)


async def end_user(user_id: int) -> None:
    """The user's sessions ended: forget them here and close their websockets (4401)."""
    forget_user(user_id)
    for websocket in list(_sockets.pop(user_id, ())):
        with contextlib.suppress(Exception):
            await websocket.close(code=4401, reason="Session ended")


async def watch(hub: Hub) -> None:
    """Every API process runs this for its lifetime: ``SessionsEnded`` from any process (through
    the hub's Redis when configured) ends the user's cached sessions and websockets here. A
    re-sync (messages may have been lost) forgets every cached check."""
    async with hub.subscribe([hub.sessions_channel()], maxsize=1000) as messages:
        async for message in messages:
            user_id = message.get("user_id")
            if isinstance(user_id, int):
                await end_user(user_id)
            else:
                _checked.clear()
