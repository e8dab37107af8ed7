"""The SOP through a real server, then a scrape of its ``/metrics`` (issue #16's closing figure).

    python bench/sop_metrics.py            # 5 bookings through steps 1-9, then the scrape
    python bench/sop_metrics.py --bookings 20 --all   # every metric line, not only epesan_*

What it does: ``epesan serve --demo`` on a fresh SQLite database in a temporary folder, a free
loopback port, the embedded worker on and ``EPESAN_METRICS_TOKEN`` set. Through ``/graphql``
(httpx, the demo users): each booking is submitted with a letter (multipart, step 1), verified by
the service officer (step 3), validated by the service head (step 7) and approved (step 8); every
other one is then cancelled by the requester (step 9); one request is refused (a past date) and
one asks for too much (``QUERY_TOO_COSTLY``) so that error counts show. Then ``/metrics`` is read
with the token (and once without it: 401) and its ``epesan_*`` lines are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import free_port, tiny_pdf  # noqa: E402 (bench/ is the script's folder)

PASSWORD = "Balaikota2026!"  # booking.seed.DEMO_PASSWORD
TOKEN = "bench-metrics-token-0123456789"
LOGIN = """mutation Login($nrk: String!, $pw: String!) {
  login(input: {nrk: $nrk, password: $pw}) { token errors { code } } }"""
SUBMIT = """mutation SubmitBooking($input: SubmitBookingInput!) { submitBooking(input: $input) {
  booking { id status } errors { code message field } } }"""
STEP = "mutation {name}($id: ID!) {{ {verb}(input: {{bookingId: $id{extra}}}) {{ booking {{ status }} errors {{ code message }} }} }}"


def gql(http: httpx.Client, token: str | None, query: str, variables: dict | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    answer = http.post(
        "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
    )
    return answer.json()


def login(http: httpx.Client, nrk: str) -> str:
    return str(gql(http, None, LOGIN, {"nrk": nrk, "pw": PASSWORD})["data"]["login"]["token"])


def submit(http: httpx.Client, token: str, room: str, day: date, hour: int) -> dict:
    variables = {
        "input": {
            "idempotencyKey": f"sop-metrics-{uuid.uuid4()}",
            "roomId": room,
            "startsAt": f"{day}T{hour:02d}:00:00+07:00",
            "endsAt": f"{day}T{hour + 1:02d}:00:00+07:00",
            "title": "Rapat Koordinasi",
            "purpose": "Koordinasi program kerja",
            "participants": 10,
            "letter": None,
            "equipment": [],
        }
    }
    files = {
        "operations": (None, json.dumps({"query": SUBMIT, "variables": variables})),
        "map": (None, json.dumps({"0": ["variables.input.letter"]})),
        "0": ("surat.pdf", tiny_pdf(), "application/pdf"),
    }
    headers = {"Authorization": f"Bearer {token}", "X-Epesan-Upload": "1"}
    return http.post("/graphql", files=files, headers=headers).json()


def step(http: httpx.Client, token: str, verb: str, booking: str, extra: str = "") -> str:
    body = gql(
        http,
        token,
        STEP.format(name=verb[0].upper() + verb[1:], verb=verb, extra=extra),
        {"id": booking},
    )
    payload = body["data"][verb]
    assert not payload["errors"], (verb, payload["errors"])
    return str(payload["booking"]["status"])


def run_sop(base: str, bookings: int) -> None:
    with httpx.Client(base_url=base, timeout=60) as http:
        requester, officer, head = (login(http, n) for n in ("100001", "200001", "200002"))
        rooms = gql(http, requester, "query Rooms { rooms(first: 5) { edges { node { id } } } }")
        room_ids = [e["node"]["id"] for e in rooms["data"]["rooms"]["edges"]]
        day = date.today() + timedelta(days=14)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        for i in range(bookings):
            made = submit(http, requester, room_ids[i % len(room_ids)], day, 8 + i // len(room_ids))
            booking = made["data"]["submitBooking"]["booking"]
            assert booking, made
            step(http, officer, "verifyBooking", booking["id"])
            step(http, head, "validateBooking", booking["id"])
            step(http, head, "approveBooking", booking["id"])
            if i % 2:
                step(http, requester, "cancelBooking", booking["id"], ', reason: "Acara ditunda"')
        past = submit(http, requester, room_ids[0], date.today() - timedelta(days=3), 9)
        print("a past date:", past["data"]["submitBooking"]["errors"][0]["code"])
        costly = (
            "{ "
            + " ".join(
                f"b{i}: bookings(first: 100) {{ edges {{ node {{ history {{ note actor {{ name }} }} }} }} }}"
                for i in range(9)
            )
            + " }"
        )
        print("a costly query:", gql(http, officer, costly)["errors"][0]["extensions"]["code"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bookings", type=int, default=5)
    parser.add_argument("--all", action="store_true", help="print every metric line")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sop-metrics-"))
    port = free_port()
    env = {
        **os.environ,
        "EPESAN_DATABASE_URL": f"sqlite://{work / 'db.sqlite3'}",
        "EPESAN_STORAGE_DIR": str(work / "files"),
        "EPESAN_METRICS_TOKEN": TOKEN,
        "PROMETHEUS_MULTIPROC_DIR": str(work / "metrics"),
    }
    (work / "metrics").mkdir()
    command = [
        sys.executable,
        "-m",
        "api.cli",
        "serve",
        "--demo",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    with (work / "server.log").open("wb") as log:
        server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, "the server did not start"
            time.sleep(0.3)
        run_sop(base, args.bookings)
        time.sleep(3)  # the embedded worker sends the notifications
        print("without the token:", httpx.get(f"{base}/metrics").status_code)
        scrape = httpx.get(f"{base}/metrics", headers={"Authorization": f"Bearer {TOKEN}"}).text
        lines = [
            line
            for line in scrape.splitlines()
            if args.all
            or (line.startswith("epesan_") and "_bucket{" not in line and not line.endswith(" 0.0"))
        ]
        print(
            f"/metrics after {args.bookings} bookings through the SOP ({len(scrape.splitlines())} lines, non-zero epesan_* shown, histogram buckets left out):"
        )
        print("\n".join(lines))
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
