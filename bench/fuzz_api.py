"""Schema-driven fuzzing of the API through a real server, as a requester, an officer and an admin.

    python bench/fuzz_api.py [--ops 2000] [--database sqlite|postgres] [--base URL] [--seed 1]

Starts ``epesan serve --demo`` on a fresh SQLite file or PostgreSQL database (unless ``--base`` names
a running server with the demo users), submits a few bookings so that ids point at real rows, then
sends ``--ops`` operations per role, generated from ``schema.graphql`` by hypothesis-graphql: 30 %
valid queries and mutations with values a careful client sends (real ids, dates in the next weeks,
ordinary text; so they reach the domain), 15 % valid ones with any values (any text with NUL and
control characters, any date from 0001 to 9999, random ids), 45 % with one schema violation
(``Mode.NEGATIVE``), and 10 % subscriptions of the three kinds over the WebSocket
(graphql-transport-ws). ``logout`` is left out (it would end the role's session).

Reported, with the operation that caused it: an HTTP 500, an error with code ``INTERNAL``, a
top-level error without ``extensions.code``, a transport failure, and (for a server it started)
every traceback in the server's log. Exit status 1 if anything was found.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import graphql
import httpx
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from hypothesis.errors import HypothesisDeprecationWarning
from hypothesis_graphql import Mode, from_schema, nodes, queries
from websockets.exceptions import WebSocketException
from websockets.sync.client import ClientConnection, connect

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.ids import encode_id  # noqa: E402
from bench.common import admin  # noqa: E402
from tests.server import run_server  # noqa: E402

ROLES = {"requester": "100001", "officer": "200001", "admin": "900001"}
PASSWORD = "Balaikota2026!"
LEFT_OUT = {"logout"}
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
JAKARTA = timezone(timedelta(hours=7))
#: Seconds a subscription may stay silent: those with a first answer give it at once.
SILENCE = 2.0


@dataclass
class Finding:
    role: str
    kind: str  # HTTP_500 | INTERNAL | NO_CODE | TRANSPORT | SERVER_LOG
    operation: str
    answer: str

    def __str__(self) -> str:
        return f"[{self.role}] {self.kind}\n  operation: {self.operation[:600]}\n  answer: {self.answer[:600]}"


@dataclass
class Tally:
    operations: Counter[str] = field(default_factory=Counter)  # role -> count
    kinds: Counter[str] = field(default_factory=Counter)  # role/kind -> count
    codes: Counter[str] = field(default_factory=Counter)  # error code -> count
    findings: list[Finding] = field(default_factory=list)

    def internal(self) -> int:
        return sum(1 for f in self.findings if f.kind in ("INTERNAL", "HTTP_500"))


# -- the server ---------------------------------------------------------------------------------


@contextmanager
def serve(database: str, workdir: Path) -> Iterator[tuple[str, Path]]:
    """``epesan serve --demo`` on a fresh database; yields its URL and its log file."""
    if database == "postgres":
        name = f"epesan_fuzz_{os.getpid()}"
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}"'))
        asyncio.run(admin(f'CREATE DATABASE "{name}"'))
        url = f"postgres://postgres@127.0.0.1:5432/{name}"
    else:
        url = f"sqlite://{workdir / 'fuzz.sqlite3'}"
    log = workdir / "server.log"
    env = {
        "EPESAN_DATABASE_URL": url,
        "EPESAN_STORAGE_DIR": str(workdir / "files"),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0",
    }

    def command(port: int) -> list[str]:
        return [sys.executable, "-m", "api.cli", "serve", "--demo", "--host", "127.0.0.1",
                "--port", str(port)]  # fmt: skip

    try:
        with run_server(env, log, command, start_seconds=60) as base:
            yield base, log
    finally:
        if database == "postgres":
            asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


# -- a client per role --------------------------------------------------------------------------


class Role:
    def __init__(self, name: str, nrk: str, base: str, tally: Tally) -> None:
        self.name, self.nrk, self.base, self.tally = name, nrk, base, tally
        self.http = httpx.Client(timeout=60)
        self.token = self.login()
        self.ws: ClientConnection | None = None
        self.next_id = 0

    def login(self) -> str:
        query = "mutation($n: String!, $p: String!) { login(input: {nrk: $n, password: $p}) { token errors { code } } }"
        answer = self.post({"query": query, "variables": {"n": self.nrk, "p": PASSWORD}}).json()
        token = answer["data"]["login"]["token"]
        if not token:
            raise RuntimeError(f"{self.name} cannot log in: {answer}")
        return str(token)

    def headers(self) -> dict[str, str]:
        token = getattr(self, "token", None)
        return {
            "Apollo-Require-Preflight": "true",
            **({"Authorization": f"Bearer {token}"} if token else {}),
        }

    def post(self, body: dict[str, Any] | None = None, **kw: Any) -> httpx.Response:
        if body is not None:
            kw["json"] = body
        return self.http.post(f"{self.base}/graphql", headers=self.headers(), **kw)

    def run(self, document: str) -> None:
        """One query or mutation; what it answers goes into the tally."""
        self.tally.operations[self.name] += 1
        try:
            response = self.post({"query": document})
        except httpx.HTTPError as exc:
            self.find("TRANSPORT", document, repr(exc))
            return
        if response.status_code >= 500:
            self.find("HTTP_500", document, f"{response.status_code} {response.text}")
            return
        try:
            answer = response.json()
        except json.JSONDecodeError:
            self.find("NO_CODE", document, f"{response.status_code} not JSON: {response.text}")
            return
        self.check(document, answer.get("errors") or [])
        self.check_payloads(document, answer.get("data"))

    def check(self, document: str, errors: list[dict[str, Any]]) -> None:
        for error in errors:
            code = (error.get("extensions") or {}).get("code")
            self.tally.codes[code or "(none)"] += 1
            if code == "INTERNAL":
                self.find("INTERNAL", document, json.dumps(error, ensure_ascii=False))
            elif not code:
                self.find("NO_CODE", document, json.dumps(error, ensure_ascii=False))
        if any((e.get("extensions") or {}).get("code") == "UNAUTHENTICATED" for e in errors):
            self.token = self.login()  # still our user? (a token is never revoked by the fuzz)

    def check_payloads(self, document: str, data: Any) -> None:
        """Payload ``errors[]`` of mutations: typed, so only counted."""
        if isinstance(data, dict):
            for value in data.values():
                if isinstance(value, dict):
                    for error in value.get("errors") or []:
                        if isinstance(error, dict) and "code" in error:
                            self.tally.codes[f"payload:{error['code']}"] += 1

    def find(self, kind: str, document: str, answer: str) -> None:
        self.tally.findings.append(Finding(self.name, kind, document, answer))

    # subscriptions over graphql-transport-ws

    def socket(self) -> ClientConnection:
        if self.ws is None:
            url = self.base.replace("http://", "ws://") + "/graphql"
            ws = connect(url, subprotocols=["graphql-transport-ws"], open_timeout=10)  # type: ignore[list-item]
            ws.__enter__()  # what ``with connect(...)`` does; closed by close_socket
            ws.send(json.dumps({"type": "connection_init", "payload": {"token": self.token}}))
            ack = json.loads(ws.recv(timeout=10))
            if ack.get("type") != "connection_ack":
                raise RuntimeError(f"{self.name}: no connection_ack: {ack}")
            self.ws = ws
        return self.ws

    def subscribe(self, document: str) -> None:
        """One subscription: its first answer (the state now, or the error), then complete."""
        self.tally.operations[self.name] += 1
        self.next_id += 1
        sid = str(self.next_id)
        try:
            ws = self.socket()
            ws.send(json.dumps({"id": sid, "type": "subscribe", "payload": {"query": document}}))
            deadline = time.monotonic() + SILENCE
            while True:
                try:
                    raw = ws.recv(timeout=max(0.05, deadline - time.monotonic()))
                except TimeoutError:
                    break  # accepted, nothing to say yet (notificationReceived waits for news)
                message = json.loads(raw)
                if message.get("id") != sid:
                    continue
                if message["type"] == "error":
                    self.check(document, message.get("payload") or [])
                elif message["type"] == "next":
                    self.check(document, (message.get("payload") or {}).get("errors") or [])
                break
            ws.send(json.dumps({"id": sid, "type": "complete"}))
        except (WebSocketException, TimeoutError, OSError, RuntimeError) as exc:
            self.find("TRANSPORT", f"subscription: {document}", repr(exc))
            self.close_socket()

    def close_socket(self) -> None:
        if self.ws is not None:
            with suppress(WebSocketException, OSError):
                self.ws.close()
            self.ws = None


# -- what to send -------------------------------------------------------------------------------


def real_ids(role: Role) -> list[str]:
    """Ids of real rows, as the admin sees them, and well-formed ids of every node type."""
    query = """{ rooms(first: 100) { edges { node { id } } }
      equipmentItems(first: 100) { edges { node { id } } }
      agencies(first: 100) { edges { node { id } } }
      bookings(first: 100) { edges { node { id series { id } } } } me { id } }"""
    data = role.post({"query": query}).json()["data"]
    ids = [data["me"]["id"]]
    for connection in ("rooms", "equipmentItems", "agencies", "bookings"):
        for edge in data[connection]["edges"]:
            ids.append(edge["node"]["id"])
            series = edge["node"].get("series")
            if series:
                ids.append(series["id"])
    types = ("Booking", "Room", "EquipmentItem", "Agency", "User", "Photo", "Notification")
    types += ("BookingSeries", "LeadershipBlock", "WaitlistEntry", "EventReport")
    ids += [encode_id(t, n) for t in types for n in (1, 2, 3, 7)]
    return ids


def seed_bookings(requester: Role, count: int = 6) -> None:
    """A few bookings next week, so ids and workflow mutations reach real rows."""
    rooms = requester.post({"query": "{ rooms(first: 10) { edges { node { id } } } }"}).json()
    room_ids = [e["node"]["id"] for e in rooms["data"]["rooms"]["edges"]]
    monday = date.today() + timedelta(days=(7 - date.today().weekday()) % 7 + 7)
    mutation = (
        "mutation($input: SubmitBookingInput!) { submitBooking(input: $input) "
        "{ booking { id } errors { code message } } }"
    )
    for i in range(count):
        start = datetime.combine(monday + timedelta(days=i % 5), datetime.min.time(), JAKARTA)
        start += timedelta(hours=9)
        variables = {
            "input": {
                "idempotencyKey": f"fuzz-seed-{i:04d}",
                "roomId": room_ids[i % len(room_ids)],
                "startsAt": start.isoformat(),
                "endsAt": (start + timedelta(hours=2)).isoformat(),
                "title": f"Rapat Fuzz {i}",
                "purpose": "Data untuk pengujian",
                "participants": 10,
                "letter": None,
                "equipment": [],
            }
        }
        operations = json.dumps({"query": mutation, "variables": variables})
        requester.post(
            files={
                "operations": (None, operations),
                "map": (None, json.dumps({"0": ["variables.input.letter"]})),
                "0": ("surat.pdf", PDF, "application/pdf"),
            }
        )


def scalars(ids: list[str], plausible: bool) -> dict[str, st.SearchStrategy[graphql.ValueNode]]:
    """Value strategies per scalar. ``plausible``: values a careful client sends (real ids, dates
    in the next weeks, ordinary text and small numbers), so operations reach the domain; else
    anything (any text, NUL included, any date, random ids)."""
    today = date.today()
    near = st.dates(min_value=today - timedelta(days=30), max_value=today + timedelta(days=90))
    zones = st.sampled_from([UTC, JAKARTA, timezone(timedelta(hours=14)), None])
    near_moments = st.builds(
        lambda d, h, m, tz: datetime(d.year, d.month, d.day, h, m, tzinfo=tz),
        near,
        st.integers(0, 23),
        st.sampled_from([0, 15, 30, 45]),
        zones,
    )
    upload = st.sampled_from([nodes.String(""), nodes.String("surat.pdf")])
    if plausible:
        text = st.text(
            st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=1, max_size=40
        )
        return {
            "ID": st.sampled_from(ids).map(nodes.String),
            "String": st.one_of(text, st.sampled_from(["Rapat", "Koordinasi", "100001"])).map(
                nodes.String
            ),
            "Int": st.integers(0, 60).map(nodes.Int),
            "Date": near.map(lambda d: nodes.String(d.isoformat())),
            "DateTime": near_moments.map(lambda d: nodes.String(d.isoformat())),
            "Time": st.times().map(lambda t: nodes.String(t.replace(microsecond=0).isoformat())),
            "Upload": upload,
        }
    return {
        "ID": st.one_of(st.sampled_from(ids), st.text(max_size=20)).map(nodes.String),
        "Date": st.one_of(near, st.dates()).map(lambda d: nodes.String(d.isoformat())),
        "DateTime": st.one_of(near_moments, st.datetimes(timezones=zones)).map(
            lambda d: nodes.String(d.isoformat())
        ),
        "Time": st.times().map(lambda t: nodes.String(t.isoformat())),
        "Upload": upload,
    }


def generators(
    schema: graphql.GraphQLSchema, ids: list[str]
) -> dict[str, tuple[st.SearchStrategy[str], bool]]:
    """kind -> (documents, is a subscription). ``plausible``: valid operations with careful
    values; ``hostile``: valid operations with any values; ``negative``: one schema violation."""
    assert schema.query_type and schema.mutation_type and schema.subscription_type
    fields = [
        *schema.query_type.fields,
        *(f for f in schema.mutation_type.fields if f not in LEFT_OUT),
    ]
    # hypothesis-graphql builds queries and mutations: a schema whose query root is the
    # Subscription type gives subscription selections ("{ ... }" becomes "subscription { ... }").
    as_query = graphql.GraphQLSchema(
        query=schema.subscription_type, types=list(schema.type_map.values())
    )
    kinds: dict[str, tuple[st.SearchStrategy[str], bool]] = {}
    for kind, mode, plausible in (
        ("plausible", Mode.POSITIVE, True),
        ("hostile", Mode.POSITIVE, False),
        ("negative", Mode.NEGATIVE, False),
    ):
        custom = scalars(ids, plausible)
        kinds[kind] = (
            from_schema(
                schema, fields=fields, custom_scalars=custom, mode=mode, allow_null=not plausible
            ),
            False,
        )
        kinds[f"subscription-{kind}"] = (
            queries(as_query, custom_scalars=custom, mode=mode, allow_null=not plausible).map(
                lambda d: "subscription " + d if d.lstrip().startswith("{") else d
            ),
            True,
        )
    return kinds


def drive(
    strategy: st.SearchStrategy[str], count: int, seed: int, send: Callable[[str], None]
) -> None:
    """``count`` documents from ``strategy`` to ``send`` (generation only: no shrinking)."""
    sent = 0

    def one(document: str) -> None:
        nonlocal sent
        if sent < count:
            sent += 1
            send(document)

    attempt = 0
    while sent < count and attempt < 5:
        runner = settings(
            max_examples=count - sent,
            database=None,
            phases=[Phase.generate],
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )(given(strategy)(one))
        hypothesis_seed(seed + attempt)(runner)()
        attempt += 1


def fuzz(base: str, per_role: int, seed: int, log: Path | None = None) -> Tally:
    tally = Tally()
    roles = {name: Role(name, nrk, base, tally) for name, nrk in ROLES.items()}
    seed_bookings(roles["requester"])
    schema = graphql.build_schema((ROOT / "schema.graphql").read_text())
    kinds = generators(schema, real_ids(roles["admin"]))
    share = {
        "plausible": 0.3,
        "hostile": 0.15,
        "negative": 0.45,
        "subscription-plausible": 0.04,
        "subscription-hostile": 0.03,
        "subscription-negative": 0.03,
    }
    for offset, (name, role) in enumerate(roles.items()):
        started = time.monotonic()
        done = 0
        for number, (kind, part) in enumerate(share.items()):
            strategy, streaming = kinds[kind]
            last = number == len(share) - 1
            count = per_role - done if last else max(1, round(per_role * part))
            done += count
            send = role.subscribe if streaming else role.run
            before = role.tally.operations[name]
            drive(strategy, count, seed + 1000 * offset, send)
            tally.kinds[f"{name}/{kind}"] += role.tally.operations[name] - before
        role.close_socket()
        seconds = time.monotonic() - started
        print(f"{name}: {tally.operations[name]} operations in {seconds:.0f} s", flush=True)
    if log is not None:
        text = log.read_text(errors="replace")
        for block in text.split("Traceback (most recent call last):")[1:]:
            tally.findings.append(Finding("server", "SERVER_LOG", "", block[:1500]))
    return tally


def report(tally: Tally) -> str:
    lines = ["operations per role: " + ", ".join(f"{r} {n}" for r, n in tally.operations.items())]
    lines.append("by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(tally.kinds.items())))
    lines.append("codes: " + ", ".join(f"{c} {n}" for c, n in tally.codes.most_common()))
    kinds = Counter(f.kind for f in tally.findings)
    lines.append(
        f"INTERNAL or HTTP 500: {tally.internal()}; findings: {len(tally.findings)} {dict(kinds)}"
    )
    lines += [str(f) for f in tally.findings[:40]]
    return "\n".join(lines)


def main() -> None:
    # hypothesis sees the WebSocket client's own use of ``random`` while a subscription is sent
    warnings.filterwarnings("ignore", category=HypothesisDeprecationWarning)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ops", type=int, default=2000, help="operations per role")
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--base", help="a running server with the demo users")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"fuzz: {args.ops} operations per role, seed {args.seed}, {args.base or args.database}")
    started = time.monotonic()
    if args.base:
        tally = fuzz(args.base, args.ops, args.seed)
    else:
        with tempfile.TemporaryDirectory() as tmp, serve(args.database, Path(tmp)) as (base, log):
            tally = fuzz(base, args.ops, args.seed, log)
    print(report(tally))
    print(f"({time.monotonic() - started:.0f} s)")
    sys.exit(1 if tally.findings else 0)


if __name__ == "__main__":
    main()
