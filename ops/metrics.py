"""The service's Prometheus metrics, one set shared by every process.

With ``PROMETHEUS_MULTIPROC_DIR`` set (before the process starts), every server and worker process
writes its values to files in that folder and a scrape adds them up (prometheus-client's
multiprocess mode); without it each process counts alone. ``/metrics`` is served by the API
(:func:`api.app.metrics_endpoint`), only with ``EPESAN_METRICS_TOKEN`` set."""

from __future__ import annotations

import glob
import os
import socket
import threading
from collections.abc import Iterable, Iterator

from prometheus_client import multiprocess, values

if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    # Several containers may share the folder (docker-compose.yml): a process is named by its host
    # and pid, not its pid alone (pid 1 in every container).
    _host = socket.gethostname().replace("_", "-")
    values.ValueClass = values.MultiProcessValue(lambda: f"{_host}-{os.getpid()}")

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from booking.delivery import Backlog

__all__ = ["CONTENT_TYPE_LATEST"]

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

REQUEST_SECONDS = Histogram(
    "epesan_request_duration_seconds",
    "Time to answer an HTTP request, by GraphQL operation name (or route for other requests).",
    ["operation"],
    buckets=LATENCY_BUCKETS,
)
ERRORS = Counter(
    "epesan_graphql_errors_total", "Errors in GraphQL answers, by their stable code.", ["code"]
)
WEBSOCKETS = Gauge(
    "epesan_websocket_connections",
    "Open GraphQL websocket connections.",
    multiprocess_mode="livesum",
)
DROPPED = Counter(
    "epesan_subscription_messages_dropped_total",
    "Live messages dropped for a subscriber too slow to take them (it is told to re-read).",
)
TASKS = Counter(
    "epesan_task_runs_total", "Background task runs, by task and outcome.", ["task", "outcome"]
)
TASK_SECONDS = Histogram(
    "epesan_task_duration_seconds",
    "Time a background task ran.",
    ["task"],
    buckets=(0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 30.0, 120.0),
)
REMINDERS = Counter("epesan_sla_reminders_sent_total", "Service-level reminders sent.")
ESCALATIONS = Counter("epesan_sla_escalations_sent_total", "Service-level escalations sent.")
PHOTO_RENDERS = Counter(
    "epesan_photo_renders_total", "Event photos processed, by outcome.", ["outcome"]
)

#: Operation names are chosen by clients: past this many distinct ones, the rest count as "other".
MAX_OPERATIONS = 300
_operations: set[str] = set()
_operations_lock = threading.Lock()


def operation_label(name: str | None) -> str:
    if not name:
        return "anonymous"
    if name in _operations:
        return name
    with _operations_lock:
        if len(_operations) >= MAX_OPERATIONS or len(name) > 80:
            return "other"
        _operations.add(name)
    return name


def observe_request(operation: str, seconds: float) -> None:
    REQUEST_SECONDS.labels(operation).observe(seconds)


def count_error(code: str) -> None:
    ERRORS.labels(code).inc()


class BacklogCollector(Collector):
    """The outbox, read at scrape time: pending rows and the age of the oldest, per channel."""

    def __init__(self, backlog: Iterable[Backlog]) -> None:
        self.backlog = list(backlog)

    def collect(self) -> Iterator[Metric]:
        pending = GaugeMetricFamily(
            "epesan_outbox_pending", "Outbox deliveries not yet sent.", labels=["channel"]
        )
        age = GaugeMetricFamily(
            "epesan_outbox_oldest_pending_age_seconds",
            "Age of the oldest outbox delivery not yet sent (0 with none).",
            labels=["channel"],
        )
        for row in self.backlog:
            pending.add_metric([row.channel], row.pending)
            age.add_metric([row.channel], row.oldest_age_seconds)
        yield pending
        yield age


class EveryProcess(multiprocess.MultiProcessCollector):
    """Every process's metrics files but those a process is still creating (empty until it has
    sized them): reading one fails, and a scrape during a worker's start answered 500."""

    def collect(self) -> Iterable[Metric]:
        files = glob.glob(os.path.join(self._path, "*.db"))
        return self.merge([f for f in files if _sized(f)], accumulate=True)


def _sized(path: str) -> bool:
    try:
        return os.path.getsize(path) >= 8
    except FileNotFoundError:  # a process's file removed since the listing
        return False


def scrape(backlog: Iterable[Backlog]) -> bytes:
    """The text exposition: every process's metrics (multiprocess mode) or this one's, and the
    outbox backlog."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        every_process = CollectorRegistry()
        EveryProcess(every_process)
        text = generate_latest(every_process)
    else:
        text = generate_latest(REGISTRY)
    outbox = CollectorRegistry()
    outbox.register(BacklogCollector(backlog))
    return text + generate_latest(outbox)
