"""Structured logs: one JSON object per line, with the request id, operation and user of the
request (or task) being served.

The request id comes from ``X-Request-ID`` (or is made), is echoed in the response, travels in the
headers of the Celery tasks a request causes and into the embedded worker's round. Log lines carry
ids, names and outcomes, never request bodies, variables, headers or settings: no token, password
or key reaches a log."""

from __future__ import annotations

import contextvars
import logging
import re
import sys
import time
import uuid
from dataclasses import dataclass
from typing import Any

import orjson

#: The Celery message header carrying the request id.
TASK_HEADER = "epesan_request_id"
_VALID_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")


@dataclass(slots=True)
class RequestInfo:
    """What the current request (or task) is: filled as it is served."""

    request_id: str
    operation: str | None = None
    user_id: int | None = None
    outcome: str | None = None


current: contextvars.ContextVar[RequestInfo | None] = contextvars.ContextVar(
    "epesan_request", default=None
)


def request_id_from(header: str | None) -> str:
    """The caller's id when it is a sane token, else a new one."""
    if header and _VALID_ID.fullmatch(header):
        return header
    return uuid.uuid4().hex


def current_request_id() -> str | None:
    info = current.get()
    return info.request_id if info is not None else None


#: Fields a log call may add (``log.info("...", extra={"fields": {...}})``).
FIELDS = "fields"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        event: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        info = current.get()
        if info is not None:
            event["request_id"] = info.request_id
            if info.operation is not None:
                event["operation"] = info.operation
            if info.user_id is not None:
                event["user_id"] = info.user_id
        fields = getattr(record, FIELDS, None)
        if fields:
            event.update(fields)
        if record.exc_info:
            event["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(event, default=str).decode()


def configure(level: str = "INFO", fmt: str = "json") -> None:
    """Every log line of the process (ours, uvicorn's, Celery's through the root) to stderr, one
    JSON object per line (``fmt="text"``: plain lines for a terminal). Uvicorn's access log is off:
    the API logs each request itself, without its query string."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        JsonFormatter()
        if fmt == "json"
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "celery", "celery.task", "celery.worker"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
    access = logging.getLogger("uvicorn.access")
    access.handlers[:] = []
    access.propagate = False
    access.disabled = True
