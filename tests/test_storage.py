"""Both storage backends behind one interface: objects, short-lived URLs, presigned form uploads.
S3 is a real SeaweedFS server on loopback; the local folder is served by the API's file routes."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from api.files import file_routes
from booking.ports import DocumentStore
from storage.local import LocalFolderStore
from storage.s3 import S3Store

BASE = "http://files.test"


@pytest.fixture(params=["local", "s3"])
async def backend(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[DocumentStore, httpx.AsyncClient]]:
    """The store, and an HTTP client that reaches its URLs as a browser would."""
    store: DocumentStore
    if request.param == "local":
        local = LocalFolderStore(tmp_path / "files", "rahasia-uji", BASE)
        app = Starlette(routes=file_routes(local, 1024 * 1024))
        transport: httpx.AsyncBaseTransport = httpx.ASGITransport(app=app)
        store = local
    else:
        store = request.getfixturevalue("s3_store")
        transport = httpx.AsyncHTTPTransport()
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as http:
        yield store, http


def key() -> str:
    return f"tests/{uuid.uuid4().hex}/original.jpg"


async def post_form(
    http: httpx.AsyncClient, url: str, fields: dict[str, str], body: bytes, content_type: str
) -> httpx.Response:
    files: Any = {"file": ("foto.jpg", body, content_type)}
    return await http.post(url, data=fields, files=files)


async def test_objects_round_trip_with_their_size(backend) -> None:  # type: ignore[no-untyped-def]
    store, _ = backend
    name = key()

    await store.put(name, b"\xff\xd8\xff-isi-foto", "image/jpeg")

    assert await store.get(name) == b"\xff\xd8\xff-isi-foto"
    assert await store.read_head(name, 3) == b"\xff\xd8\xff"
    info = await store.head(name)
    assert info is not None and info.size == 12
    await store.delete(name)
    assert await store.head(name) is None


async def test_a_download_url_serves_the_object_then_expires(backend) -> None:  # type: ignore[no-untyped-def]
    store, http = backend
    name = key()
    await store.put(name, b"\xff\xd8\xff-foto", "image/jpeg")

    # Signatures are dated to the second: a 2-second URL made at hh:mm:ss.9 is good for 1.1 s.
    signed_at = time.monotonic()
    url = store.download_url(name, "image/jpeg", seconds=2)
    fresh = await http.get(url)
    await asyncio.sleep(max(0.0, signed_at + 3.2 - time.monotonic()))
    stale = await http.get(url)

    assert fresh.status_code == 200 and fresh.content == b"\xff\xd8\xff-foto"
    assert fresh.headers["content-type"].startswith("image/jpeg")
    assert stale.status_code == 403


async def test_a_tampered_download_url_is_refused(backend) -> None:  # type: ignore[no-untyped-def]
    store, http = backend
    name = key()
    await store.put(name, b"rahasia", "image/jpeg")
    url = store.download_url(name, "image/jpeg", seconds=60)

    other = (
        url.replace(name.split("/")[1], uuid.uuid4().hex)
        if isinstance(store, S3Store)
        else url[:-3] + "abc"
    )
    assert (await http.get(other)).status_code in (403, 404)


async def test_a_presigned_post_takes_the_file_within_its_limits(backend) -> None:  # type: ignore[no-untyped-def]
    store, http = backend
    name = key()
    post = store.presigned_post(name, "image/jpeg", max_bytes=1000, seconds=60)

    response = await post_form(
        http, post.url, post.fields, b"\xff\xd8\xff" + b"0" * 500, "image/jpeg"
    )

    assert response.status_code in (200, 204), response.text
    info = await store.head(name)
    assert info is not None and info.size == 503


async def test_an_oversize_presigned_post_is_refused_by_the_server(backend) -> None:  # type: ignore[no-untyped-def]
    store, http = backend
    name = key()
    post = store.presigned_post(name, "image/jpeg", max_bytes=1000, seconds=60)

    response = await post_form(
        http, post.url, post.fields, b"\xff\xd8\xff" + b"0" * 2000, "image/jpeg"
    )

    assert response.status_code == 400
    assert "EntityTooLarge" in response.text
    assert await store.head(name) is None


async def test_a_presigned_post_with_another_content_type_is_refused(backend) -> None:  # type: ignore[no-untyped-def]
    store, http = backend
    name = key()
    post = store.presigned_post(name, "image/jpeg", max_bytes=1000, seconds=60)
    fields = {**post.fields, "Content-Type": "text/html"}

    response = await post_form(http, post.url, fields, b"<script>", "text/html")

    assert response.status_code == 403
    assert await store.head(name) is None


async def test_an_expired_presigned_post_is_refused(backend) -> None:  # type: ignore[no-untyped-def]
    store, http = backend
    name = key()
    post = store.presigned_post(name, "image/jpeg", max_bytes=1000, seconds=1)
    await asyncio.sleep(2.2)

    response = await post_form(http, post.url, post.fields, b"\xff\xd8\xff", "image/jpeg")

    assert response.status_code == 403
    assert await store.head(name) is None


def test_urls_are_signed_for_the_public_endpoint(s3_server) -> None:  # type: ignore[no-untyped-def]
    """Workers talk to the internal name; clients get URLs for the name they can reach."""
    store = S3Store(
        s3_server.bucket,
        endpoint_url=s3_server.endpoint,
        public_endpoint_url="https://files.balaikota.example",
        access_key_id=s3_server.access_key,
        secret_access_key=s3_server.secret_key,
    )

    assert store.download_url("a/b.jpg", "image/jpeg", 60).startswith(
        "https://files.balaikota.example/"
    )
    assert store.presigned_post("a/b.jpg", "image/jpeg", 10, 60).url.startswith(
        "https://files.balaikota.example/"
    )


async def test_s3_objects_are_private_without_a_signed_url(s3_server, s3_store) -> None:  # type: ignore[no-untyped-def]
    name = key()
    await s3_store.put(name, b"\xff\xd8\xff-rahasia", "image/jpeg")

    async with httpx.AsyncClient() as http:
        anonymous = await http.get(f"{s3_server.endpoint}/{s3_server.bucket}/{name}")
        signed = await http.get(s3_store.download_url(name, "image/jpeg", 60))

    assert anonymous.status_code == 403
    assert signed.status_code == 200 and signed.content == b"\xff\xd8\xff-rahasia"
