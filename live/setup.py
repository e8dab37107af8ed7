"""Choosing the hub from the settings."""

from __future__ import annotations

from booking.settings import Settings
from live.hub import Hub
from live.redis import RedisHub


def live_url(settings: Settings) -> str | None:
    """``EPESAN_LIVE_REDIS_URL``, else the broker when it is Redis; None: in-process only."""
    url = settings.live_redis_url or settings.broker_url
    return url if url and url.startswith(("redis://", "rediss://", "unix://")) else None


def make_hub(settings: Settings) -> Hub:
    url = live_url(settings)
    if url is None:
        return Hub(settings.live_channel_prefix)
    return RedisHub(url, settings.live_channel_prefix)
