"""A real webhook receiver on loopback (http.server in a thread): it verifies each message's
Standard Webhooks signature with the ``standardwebhooks`` package, as a receiving system would,
and keeps what it got. It can be stopped and started again on the same port (a receiver that is
down, then up) and told to answer with another status."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks import Webhook, WebhookVerificationError


@dataclass
class Received:
    message_id: str
    body: dict[str, Any]
    headers: dict[str, str]


@dataclass
class Receiver:
    secret: str
    port: int = 0
    status: int = 204  # the answer to a verified message
    messages: list[Received] = field(default_factory=list)  # verified, in arrival order
    rejected: int = 0  # signature did not verify
    requests: int = 0
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/epesan"

    def ids(self) -> list[str]:
        with self._lock:
            return [m.message_id for m in self.messages]

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                headers = {k.lower(): v for k, v in self.headers.items()}
                status = receiver.receive(body, headers)
                self.send_response(status)
                self.send_header("content-type", "text/plain")
                self.end_headers()
                self.wfile.write(b"diterima" if status < 300 else b"ditolak: " + b"x" * 2000)

            def log_message(self, *args: Any) -> None:
                pass

        if not self.port:
            self.port = free_port()
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def receive(self, body: bytes, headers: dict[str, str]) -> int:
        with self._lock:
            self.requests += 1
            try:
                payload = Webhook(self.secret).verify(body, headers)
            except WebhookVerificationError:
                self.rejected += 1
                return 401
            if self.status < 300:
                self.messages.append(Received(headers["webhook-id"], payload, headers))
            return self.status


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def receiving(secret: str, status: int = 204, started: bool = True) -> Iterator[Receiver]:
    receiver = Receiver(secret, status=status)
    if started:
        receiver.start()
    else:
        receiver.port = free_port()
    try:
        yield receiver
    finally:
        receiver.stop()


def body_of(raw: str) -> dict[str, Any]:
    return json.loads(raw)
