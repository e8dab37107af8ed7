"""Local-folder object store (embedded default). Keys are server-generated, never user names.

Short-lived URLs work as with S3: ``/files/<token>`` downloads and ``/uploads`` form posts are
served by the API (api/files.py) and checked here: signature, expiry, content type, size."""

from __future__ import annotations

import asyncio
import copy
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from booking.ports import ObjectInfo, PresignedPost
from storage.signing import Signer

DOWNLOAD = "download"
UPLOAD = "upload"


class LocalFolderStore:
    def __init__(
        self,
        root: Path | str,
        secret: str = "dev-only-change-me",
        base_url: str = "http://127.0.0.1:8000",
    ) -> None:
        self.root = Path(root).resolve()
        self.signer = Signer(secret)
        self.base_url = base_url.rstrip("/")
        self._folders: set[Path] = set()  # created already: no mkdir per upload

    def with_base_url(self, base_url: str) -> LocalFolderStore:
        """The same store, its links made for ``base_url`` (the address a client used)."""
        view = copy.copy(self)
        view.base_url = base_url.rstrip("/")
        return view

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

    def _read_head(self, path: Path, length: int) -> bytes:
        with path.open("rb") as f:
            return f.read(length)

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        await asyncio.to_thread(self._write, self._path(key), data)

    async def get(self, key: str) -> bytes:
        return await asyncio.to_thread(self._path(key).read_bytes)

    async def read_head(self, key: str, length: int) -> bytes:
        return await asyncio.to_thread(self._read_head, self._path(key), length)

    async def head(self, key: str) -> ObjectInfo | None:
        path = self._path(key)
        try:
            size = (await asyncio.to_thread(path.stat)).st_size
        except FileNotFoundError:
            return None
        return ObjectInfo(size=size, content_type=None)

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self._path(key).unlink, True)

    async def move(self, source: str, target: str) -> bool:
        src, dst = self._path(source), self._path(target)

        def rename() -> bool:
            if dst.parent not in self._folders:
                dst.parent.mkdir(parents=True, exist_ok=True)
                self._folders.add(dst.parent)
            try:
                os.replace(src, dst)  # atomic: a reader sees the old object or the new one
            except FileNotFoundError:
                return False
            return True

        return await asyncio.to_thread(rename)

    async def exists(self, key: str) -> bool:
        return await asyncio.to_thread(self._path(key).exists)

    # -- short-lived URLs ----------------------------------------------------------------------

    def download_url(
        self, key: str, content_type: str, seconds: int, filename: str | None = None
    ) -> str:
        payload, signature, _ = self.signer.sign(
            DOWNLOAD, {"k": key, "t": content_type, "n": filename}, seconds
        )
        return f"{self.base_url}/files/{payload}.{signature}"

    def open_download(self, token: str) -> tuple[Path, str, str | None]:
        """The file, content type and download name a token grants; ValueError if it does not."""
        payload, _, signature = token.partition(".")
        data = self.signer.verify(DOWNLOAD, payload, signature)
        return self._path(str(data["k"])), str(data["t"]), data.get("n")

    def presigned_post(
        self, key: str, content_type: str, max_bytes: int, seconds: int
    ) -> PresignedPost:
        policy, signature, expires = self.signer.sign(
            UPLOAD, {"k": key, "t": content_type, "max": max_bytes}, seconds
        )
        return PresignedPost(
            url=f"{self.base_url}/uploads",
            fields={
                "key": key,
                "Content-Type": content_type,
                "policy": policy,
                "signature": signature,
            },
            expires_at=datetime.fromtimestamp(expires, UTC),
        )

    def check_upload(self, fields: dict[str, str]) -> tuple[str, str, int]:
        """``(key, content type, max bytes)`` of a valid upload form; ValueError otherwise."""
        data = self.signer.verify(UPLOAD, fields.get("policy", ""), fields.get("signature", ""))
        if fields.get("key") != data["k"] or fields.get("Content-Type") != data["t"]:
            raise ValueError("the form does not match its policy")
        self._path(str(data["k"]))
        return str(data["k"]), str(data["t"]), int(data["max"])
