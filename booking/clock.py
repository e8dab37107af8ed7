"""The one place the domain reads the time (always UTC)."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


def to_utc(value: datetime) -> datetime:
    """Aware datetimes are converted; naive ones are refused by the adapters before this point."""
    return value.astimezone(UTC)
