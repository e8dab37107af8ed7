"""Interfaces the domain needs from the outside, implemented in ``storage/``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class ObjectInfo:
    size: int
    content_type: str | None


@dataclass(frozen=True)
class PresignedPost:
    """A browser-style form upload: POST ``fields`` plus the file (last, as ``file``) to ``url``.
    The store refuses another content type, a bigger body or a late upload."""

    url: str
    fields: dict[str, str]
    expires_at: datetime


class DocumentStore(Protocol):
    """Private objects under server-generated keys; clients get short-lived URLs."""

    async def put(self, key: str, data: bytes, content_type: str) -> None: ...

    async def get(self, key: str) -> bytes: ...

    async def read_head(self, key: str, length: int) -> bytes:
        """The first ``length`` bytes (fewer if the object is shorter)."""
        ...

    async def head(self, key: str) -> ObjectInfo | None:
        """Size and content type, or None when there is no such object."""
        ...

    async def delete(self, key: str) -> None: ...

    async def move(self, source: str, target: str) -> bool:
        """The object at ``source`` now at ``target`` (replacing it), ``source`` gone. False when
        there is no object at ``source``."""
        ...

    def download_url(
        self, key: str, content_type: str, seconds: int, filename: str | None = None
    ) -> str:
        """A URL that serves the object to anyone holding it for ``seconds``."""
        ...

    def presigned_post(
        self, key: str, content_type: str, max_bytes: int, seconds: int
    ) -> PresignedPost: ...


class Dispatcher(Protocol):
    """Woken after a change commits, to deliver its outbox rows now (the embedded worker, or the
    Celery relay); the rows are delivered later anyway when it is not."""

    def kick(self) -> None: ...


class NoDispatcher:
    def kick(self) -> None:
        return None
