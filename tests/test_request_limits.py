"""A request body over the limit is refused at the limit, whatever its framing: with a
Content-Length over it at once, and a chunked body (no Content-Length) once that much has arrived,
without reading the rest."""

from __future__ import annotations

import json
import select
import socket
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import pytest

from booking.settings import Settings
from tests.server import run_server

MB = 1024 * 1024
LIMIT = 2 * MB + MB  # the larger of the file limits below, plus 1 MB for the rest of the form


@pytest.fixture(scope="module")
async def server(database: str, settings: Settings, tmp_path_factory) -> AsyncIterator[str]:
    env = {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(tmp_path_factory.mktemp("limit-files")),
        "EPESAN_MAX_LETTER_BYTES": str(1 * MB),
        "EPESAN_MAX_PHOTO_BYTES": str(2 * MB),
        "EPESAN_EMBEDDED_WORKER": "false",
    }
    with run_server(env, tmp_path_factory.mktemp("limit-logs") / "uvicorn.log") as base:
        yield base


BOUNDARY = "----epesan-limit"


def form_head() -> bytes:
    operations = json.dumps(
        {
            "query": "mutation($i: UploadEventPhotoInput!) "
            "{ uploadEventPhoto(input: $i) { errors { code } } }",
            "variables": {"i": {"bookingId": "Qm9va2luZzox", "photo": None}},
        }
    )
    return (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{operations}\r\n'
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="map"\r\n\r\n'
        '{"0": ["variables.i.photo"]}\r\n'
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="0"; filename="big.jpg"\r\n'
        "Content-Type: image/jpeg\r\n\r\n\xff\xd8\xff"
    ).encode("latin-1")


def send_until_answered(base: str, headers: dict[str, str], body_chunks) -> tuple[int, bytes]:
    """Sends the request over a plain socket, chunk by chunk, until the server answers or stops
    reading; returns the body bytes sent and the raw answer."""
    url = urlsplit(base)
    sock = socket.create_connection((url.hostname, url.port), timeout=30)
    head = "POST /graphql HTTP/1.1\r\n" + f"Host: {url.netloc}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    sock.sendall(head.encode())
    sent = 0
    answer = b""
    try:
        for chunk in body_chunks:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                break
            sock.sendall(chunk)
            sent += len(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass
    sock.settimeout(30)
    try:
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            data = sock.recv(65536)
            if not data:
                break
            answer += data
    except (ConnectionResetError, TimeoutError):
        pass
    sock.close()
    return sent, answer


def chunked(total: int, size: int = 64 * 1024):
    """A chunked multipart body of ``total`` bytes (the file never ends)."""
    head = form_head()
    yield f"{len(head):x}\r\n".encode() + head + b"\r\n"
    filler = b"\0" * size
    for _ in range(total // size):
        yield f"{size:x}\r\n".encode() + filler + b"\r\n"


HEADERS = {
    "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
    "Apollo-Require-Preflight": "true",
}


def test_a_chunked_upload_is_refused_once_the_limit_has_arrived(server):
    sent, answer = send_until_answered(
        server, {**HEADERS, "Transfer-Encoding": "chunked"}, chunked(300 * MB)
    )
    status = answer.split(b"\r\n", 1)[0]
    assert b" 413 " in status, answer[:300]
    body = json.loads(answer.split(b"\r\n\r\n", 1)[1])
    assert body["errors"][0]["extensions"]["code"] == "FILE_TOO_LARGE"
    # the server stopped at the limit: what was sent past it sat in socket buffers
    assert sent < LIMIT + 16 * MB, sent
    print(f"chunked body: {sent / MB:.1f} MB sent before the answer (limit {LIMIT / MB:.0f} MB)")


def test_a_declared_length_over_the_limit_is_refused_before_reading(server):
    _, answer = send_until_answered(
        server, {**HEADERS, "Content-Length": str(300 * MB)}, iter([form_head()])
    )
    assert b" 413 " in answer.split(b"\r\n", 1)[0], answer[:300]
    assert b'"FILE_TOO_LARGE"' in answer
