"""A push service on loopback (aiohttp) standing in for FCM/Mozilla/Apple, and the "browsers"
subscribed to it.

Every request is checked like a real service does it: ``Authorization: vapid t=<JWT>,k=<key>`` with
an ES256 signature made by the application server key browsers subscribed with, ``aud`` the
service's origin, ``exp`` within 24 hours (RFC 8292); ``Content-Encoding: aes128gcm`` and a TTL. The
body is decrypted (RFC 8291/8188, http_ece) with the browser's P-256 private key and auth secret.
The service can be told what to answer next, per browser: 201, 410, 429, 500...
"""

from __future__ import annotations

import base64
import json
import os
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import http_ece
from aiohttp import web
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from multidict import CIMultiDict


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def public_point(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )


def vapid_key_pair() -> tuple[str, str]:
    """(private, public) as the settings take them: raw 32-byte scalar and uncompressed point,
    both base64url."""
    key = ec.generate_private_key(ec.SECP256R1())
    return b64url(key.private_numbers().private_value.to_bytes(32, "big")), b64url(
        public_point(key)
    )


@dataclass
class Browser:
    """One subscribed browser: what ``pushManager.subscribe()`` creates, and what it received."""

    endpoint: str
    private_key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1())
    )
    auth_secret: bytes = field(default_factory=lambda: os.urandom(16))
    received: list[dict[str, Any]] = field(default_factory=list)

    @property
    def p256dh(self) -> str:
        return b64url(public_point(self.private_key))

    @property
    def auth(self) -> str:
        return b64url(self.auth_secret)

    @property
    def token(self) -> str:
        return self.endpoint.rsplit("/", 1)[1]


@dataclass
class PushRequest:
    token: str
    status: int
    headers: CIMultiDict[str]  # case-insensitive
    claims: dict[str, Any] | None = None
    message: dict[str, Any] | None = None
    problem: str | None = None  # why the service refused it (authorization, encoding)


class VapidRefused(Exception):
    pass


class PushService:
    def __init__(self, application_server_key: str) -> None:
        #: the public key browsers subscribed with; pushes must be signed by its private key
        self.application_server_key = application_server_key
        self.origin = ""
        self.browsers: dict[str, Browser] = {}
        self.requests: list[PushRequest] = []
        self.answers: dict[str, list[int]] = {}

    def new_browser(self) -> Browser:
        browser = Browser(endpoint=f"{self.origin}/wpush/v2/{uuid.uuid4().hex}")
        self.browsers[browser.token] = browser
        return browser

    def answer(self, browser: Browser, *statuses: int) -> None:
        """The next answers to pushes for ``browser`` (then 201 again)."""
        self.answers.setdefault(browser.token, []).extend(statuses)

    async def handle(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        body = await request.read()
        record = PushRequest(token=token, status=201, headers=CIMultiDict(request.headers))
        self.requests.append(record)
        browser = self.browsers.get(token)
        if browser is None:
            record.status = 404
            return web.Response(status=404)
        try:
            record.claims = self.verify_vapid(request.headers.get("Authorization", ""))
        except VapidRefused as exc:
            record.problem = str(exc)
            record.status = 403 if "key" in str(exc) else 401
            return web.Response(status=record.status, text=record.problem)
        if request.headers.get("Content-Encoding") != "aes128gcm" or "TTL" not in request.headers:
            record.problem, record.status = "encoding or TTL", 400
            return web.Response(status=400, text=record.problem)
        queue = self.answers.get(token)
        record.status = queue.pop(0) if queue else 201
        if record.status >= 300:
            return web.Response(status=record.status, text=f"told to answer {record.status}")
        plain = http_ece.decrypt(
            body,
            private_key=browser.private_key,
            auth_secret=browser.auth_secret,
            version="aes128gcm",
        )
        record.message = json.loads(plain)
        browser.received.append(record.message)
        return web.Response(status=201, headers={"Location": f"{self.origin}/m/{uuid.uuid4()}"})

    def verify_vapid(self, header: str) -> dict[str, Any]:
        scheme, _, params = header.partition(" ")
        if scheme.lower() != "vapid":
            raise VapidRefused(f"not a vapid authorization: {header[:40]!r}")
        parts = dict(p.strip().split("=", 1) for p in params.split(",") if "=" in p)
        token, key = parts.get("t", ""), parts.get("k", "")
        if key != self.application_server_key:
            raise VapidRefused("k is not the application server key of the subscription")
        public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64url(key))
        try:
            head, payload, signature = token.split(".")
        except ValueError:
            raise VapidRefused("t is not a JWT") from None
        if json.loads(unb64url(head)).get("alg") != "ES256":
            raise VapidRefused("JWT alg is not ES256")
        raw = unb64url(signature)
        if len(raw) != 64:
            raise VapidRefused("ES256 signature is not 64 bytes")
        der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
        try:
            public.verify(der, f"{head}.{payload}".encode(), ec.ECDSA(hashes.SHA256()))
        except InvalidSignature:
            raise VapidRefused("JWT signature does not verify with k") from None
        claims: dict[str, Any] = json.loads(unb64url(payload))
        if claims.get("aud") != self.origin:
            raise VapidRefused(f"aud {claims.get('aud')!r} is not {self.origin!r}")
        if not time.time() < int(claims.get("exp", 0)) <= time.time() + 24 * 3600:
            raise VapidRefused("exp is not within the next 24 hours")
        if not str(claims.get("sub", "")).startswith(("mailto:", "https:")):
            raise VapidRefused("sub is not a mailto: or https: contact")
        return claims


@asynccontextmanager
async def push_service(application_server_key: str) -> AsyncIterator[PushService]:
    """Serve on a free loopback port, on the running event loop."""
    service = PushService(application_server_key)
    app = web.Application()
    app.router.add_post("/wpush/v2/{token}", service.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    service.origin = f"http://{host}:{port}"
    try:
        yield service
    finally:
        await runner.cleanup()
