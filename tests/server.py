"""A real uvicorn process serving the app, and gql clients talking to it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from gql import Client, gql
from gql.transport.aiohttp import AIOHTTPTransport


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def uvicorn_command(port: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "uvicorn",
        "api.app:create_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]


@contextmanager
def run_server(
    env: dict[str, str],
    log: Path,
    command: Callable[[int], list[str]] = uvicorn_command,
    start_seconds: float = 30,
) -> Iterator[str]:
    """The server ``command(port)`` starts (by default uvicorn with the app), once it answers
    ``/health``; stopped at the end."""
    port = free_port()
    with log.open("wb") as out:
        proc = subprocess.Popen(
            command(port),
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + start_seconds
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"uvicorn exited: {log.read_text()[-2000:]}")
                try:
                    if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"uvicorn did not start: {log.read_text()[-2000:]}")
                time.sleep(0.1)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def client(base: str, token: str | None = None, language: str | None = None) -> Client:
    headers = {"Apollo-Require-Preflight": "true"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if language:
        headers["Accept-Language"] = language
    transport = AIOHTTPTransport(url=f"{base}/graphql", headers=headers, timeout=60)
    return Client(transport=transport, fetch_schema_from_transport=False, execute_timeout=60)


async def execute(
    base: str,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    token: str | None = None,
    language: str | None = None,
    upload: bool = False,
) -> dict[str, Any]:
    request = gql(query)
    if variables is not None:
        request.variable_values = variables
    async with client(base, token, language) as session:
        return await session.execute(request, upload_files=upload)
