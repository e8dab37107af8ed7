"""Tortoise configuration and start-up, shared by the API, the CLI, workers and tests."""

from __future__ import annotations

from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.config_generator import expand_db_url

from booking.settings import Settings

MODELS = ["booking.models"]


def with_sqlite_pragmas(url: str) -> str:
    """SQLite across processes: wait for the write lock instead of failing at once."""
    if not url.startswith("sqlite") or "busy_timeout" in url:
        return url
    return url + ("&" if "?" in url else "?") + "busy_timeout=10000"


async def _keep_session_state(connection: Any) -> None:
    """asyncpg's default pool reset sends ``SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *;
    RESET ALL`` on every release: one extra round trip per query. We use no session-level advisory
    locks, cursors, LISTEN or SET, so there is nothing to reset."""


def connection_config(url: str, statement_timeout: float = 0) -> str | dict[str, Any]:
    """``statement_timeout`` (seconds, 0: none): a statement running longer fails (PostgreSQL's
    ``statement_timeout``; on SQLite, booking/sqlite_client.py)."""
    if url.startswith("sqlite"):
        url = with_sqlite_pragmas(url)
        if not statement_timeout:
            return url
        config = expand_db_url(url)
        config["engine"] = "booking.sqlite_client"
        config["credentials"]["statement_timeout"] = statement_timeout
        return config
    if url.startswith(("postgres", "asyncpg")):
        config = expand_db_url(url)
        credentials = config["credentials"]
        credentials.setdefault("maxsize", 20)
        credentials["reset"] = _keep_session_state
        if statement_timeout:
            settings = credentials.setdefault("server_settings", {})
            settings["statement_timeout"] = str(round(statement_timeout * 1000))
        return config
    return url


def tortoise_config(
    settings: Settings | None = None, url: str | None = None, statement_timeout: float = 0
) -> dict[str, Any]:
    """The ORM's configuration for ``url``, else the settings' database."""
    url = url or (settings.database_url if settings is not None else None)
    if url is None:
        raise ValueError("tortoise_config needs the settings or a database URL")
    return {
        "connections": {"default": connection_config(url, statement_timeout)},
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


async def init_db(settings: Settings, url: str | None = None) -> None:
    """Process-wide ORM state: request tasks do not inherit the lifespan task's context."""
    config = tortoise_config(settings, url, settings.db_statement_timeout_seconds)
    await Tortoise.init(config=config, _enable_global_fallback=True)


async def migrate_db(settings: Settings, url: str | None = None) -> None:
    from tortoise.migrations.api import migrate

    await migrate(config=tortoise_config(settings, url))
    await Tortoise.close_connections()


async def close_db() -> None:
    await Tortoise.close_connections()
