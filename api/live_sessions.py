"""Session checks for live updates, shared per process for a moment.

Every update re-checks the subscriber's session (logout or expiry ends the stream). Checking the
database once per subscriber per update is the largest cost of a fan-out, so a check is reused by
every stream of the same token for ``RECHECK_SECONDS``; a logout in this process forgets it at once,
a logout in another process ends the stream within that time."""

from __future__ import annotations

import time

from booking import auth
from booking.models import Session, User
from booking.settings import Settings

RECHECK_SECONDS = 2.0
_checked: dict[str, tuple[float, tuple[User, Session]]] = {}


async def check(token: str | None, settings: Settings) -> tuple[User, Session] | None:
    if not token:
        return None
    now = time.monotonic()
    cached = _checked.get(token)
    if cached is not None and now - cached[0] < RECHECK_SECONDS:
        return cached[1]
    found = await auth.authenticate(token, settings)
    if found is None:
        _checked.pop(token, None)
        return None
    if len(_checked) > 10_000:  # bounded: drop the stale ones
        for key in [k for k, (at, _) in _checked.items() if now - at >= RECHECK_SECONDS]:
            del _checked[key]
    _checked[token] = (now, found)
    return found


def forget(token: str | None) -> None:
    if token:
        _checked.pop(token, None)
