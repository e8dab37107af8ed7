"""Interfaces the domain needs from the outside, implemented in ``storage/``."""

from __future__ import annotations

from typing import Protocol


class DocumentStore(Protocol):
    async def put(self, key: str, data: bytes, content_type: str) -> None: ...

    async def get(self, key: str) -> bytes: ...

    async def delete(self, key: str) -> None: ...
