"""Tortoise configuration and start-up, shared by the API, the CLI, workers and tests."""

from __future__ import annotations

from typing import Any

from tortoise import Tortoise

from booking.settings import Settings, get_settings

MODELS = ["booking.models"]


def with_sqlite_pragmas(url: str) -> str:
    """SQLite across processes: wait for the write lock instead of failing at once."""
    if not url.startswith("sqlite") or "busy_timeout" in url:
        return url
    return url + ("&" if "?" in url else "?") + "busy_timeout=10000"


def tortoise_config(settings: Settings | None = None, url: str | None = None) -> dict[str, Any]:
    settings = settings or get_settings()
    return {
        "connections": {"default": with_sqlite_pragmas(url or settings.database_url)},
        "apps": {
            "booking": {
                "models": MODELS,
                "default_connection": "default",
                "migrations": "booking.migrations",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


#: For ``tortoise makemigrations --config booking.db.TORTOISE_ORM``.
TORTOISE_ORM = tortoise_config(url="sqlite://:memory:")


async def init_db(settings: Settings | None = None, url: str | None = None) -> None:
    """Process-wide ORM state: request tasks do not inherit the lifespan task's context."""
    await Tortoise.init(config=tortoise_config(settings, url), _enable_global_fallback=True)


async def migrate_db(settings: Settings | None = None, url: str | None = None) -> None:
    from tortoise.migrations.api import migrate

    await migrate(config=tortoise_config(settings, url))
    await Tortoise.close_connections()


async def close_db() -> None:
    await Tortoise.close_connections()
