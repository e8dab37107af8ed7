"""The object store the settings name."""

from __future__ import annotations

from booking.ports import DocumentStore
from booking.settings import Settings
from storage import make_store as _storage_store


def make_store(settings: Settings) -> DocumentStore:
    """The object store the settings name (S3, or the local folder)."""
    return _storage_store(settings)
