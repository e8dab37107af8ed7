"""Session checks shared per process for a moment.

Every request and every live update checks its bearer token (logout or expiry ends access). The
database check is reused for ``RECHECK_SECONDS`` by every request and stream of the same token in
this process; a logout in this process forgets it at once, a logout in another process takes effect
within that time. Without it the check was the largest cost of a small request and of a fan-out."""

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
