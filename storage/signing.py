"""Signed, expiring tokens for the local-folder store's download and upload URLs (what presigned
URLs are for S3). HMAC-SHA256 over a JSON payload, with a purpose so a download token is never
accepted as an upload policy."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any


class BadSignature(ValueError):
    pass


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    def __init__(self, secret: str) -> None:
        self._key = hashlib.sha256(b"epesan-storage:" + secret.encode()).digest()

    def _mac(self, purpose: str, payload: str) -> str:
        return _b64(hmac.new(self._key, f"{purpose}:{payload}".encode(), "sha256").digest())

    def sign(self, purpose: str, data: dict[str, Any], seconds: int) -> tuple[str, str, int]:
        """``(payload, signature, expires)``: the payload carries its expiry."""
        expires = int(time.time()) + seconds
        payload = _b64(json.dumps({**data, "exp": expires}, separators=(",", ":")).encode())
        return payload, self._mac(purpose, payload), expires

    def verify(self, purpose: str, payload: str, signature: str) -> dict[str, Any]:
        if not hmac.compare_digest(self._mac(purpose, payload), signature):
            raise BadSignature("bad signature")
        try:
            data = json.loads(_unb64(payload))
        except ValueError as exc:
            raise BadSignature("bad payload") from exc
        if not isinstance(data, dict) or not isinstance(data.get("exp"), int):
            raise BadSignature("bad payload")
        if data["exp"] < time.time():
            raise BadSignature("expired")
        return data
