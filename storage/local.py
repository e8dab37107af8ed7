"""Local-folder object store (embedded default). Keys are server-generated, never user names."""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path, PurePosixPath


class LocalFolderStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()
        self._folders: set[Path] = set()  # created already: no mkdir per upload

    def _path(self, key: str) -> Path:
        relative = PurePosixPath(key)
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            raise ValueError(f"bad object key: {key!r}")
        return self.root.joinpath(*relative.parts)

    def _write(self, path: Path, data: bytes) -> None:
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)  # readers never see half a file
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        await asyncio.to_thread(self._write, self._path(key), data)

    async def get(self, key: str) -> bytes:
        return await asyncio.to_thread(self._path(key).read_bytes)

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self._path(key).unlink, True)

    async def exists(self, key: str) -> bool:
        return await asyncio.to_thread(self._path(key).exists)
