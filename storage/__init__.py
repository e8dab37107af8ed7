"""Object storage behind a small interface. The embedded default is a local folder."""

from __future__ import annotations

from booking.ports import DocumentStore
from booking.settings import Settings
from storage.local import LocalFolderStore


def make_store(settings: Settings) -> DocumentStore:
    return LocalFolderStore(settings.storage_dir)


__all__ = ["LocalFolderStore", "make_store"]
