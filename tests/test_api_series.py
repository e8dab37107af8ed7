"""Recurring bookings through a real uvicorn server: preview, submit (ABORT / SKIP, retries), the
series steps, "this and following"."""

from __future__ import annotations

import io
import uuid
from collections.abc import AsyncIterator
from datetime import date, datetime, time, timedelta

import pytest
from gql import FileVar

from booking.enums import Role
from booking.settings import Settings
from tests.conftest import JAKARTA, PDF
from tests.server import execute, run_server
from tests.test_api import gid, login


@pytest.fixture(scope="module")
async def server(database: str, settings: Settings, tmp_path_factory) -> AsyncIterator[str]:
    """As tests/test_api.py's server, for this module only (its connections close after it)."""
    env = {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(tmp_path_factory.mktemp("series-server-files")),
        "EPESAN_MAX_LETTER_BYTES": str(settings.max_letter_bytes),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0.01",
        "EPESAN_EMBEDDED_WORKER": "false",
    }
    with run_server(env, tmp_path_factory.mktemp("series-logs") / "uvicorn.log") as base:
        yield base


OCCURRENCE = "date startsAt holiday workingDay outcome code reason message"
SUBMIT_SERIES = f"""mutation($input: SubmitSeriesInput!) {{
  submitSeries(input: $input) {{
    replayed
    series {{ id reference frequency weekdays count }}
    bookings {{ id status startsAt series {{ id }} }}
    skipped {{ {OCCURRENCE} }}
    conflicts {{ {OCCURRENCE} }}
    errors {{ code message field }}
  }}
}}"""
PREVIEW = (
    f"""query($input: PreviewSeriesInput!) {{ previewSeries(input: $input) {{ {OCCURRENCE} }} }}"""
)
STEP_FIELDS = f"series {{ id }} changed {{ id status startsAt }} conflicts {{ {OCCURRENCE} }} errors {{ code message field }}"


def monday_ahead() -> date:
    day = date.today() + timedelta(days=3)
    return day + timedelta(days=(0 - day.weekday()) % 7)


def series_input(
    room_id: int, first: date, recurrence: dict, key: str | None = None, **extra
) -> dict:
    start = datetime.combine(first, time(9), tzinfo=JAKARTA)
    return {
        "roomId": gid("Room", room_id),
        "startsAt": start.isoformat(),
        "endsAt": (start + timedelta(hours=2)).isoformat(),
        "title": "Rapat Mingguan Bidang",
        "purpose": "Koordinasi rutin",
        "participants": 12,
        "recurrence": recurrence,
        **extra,
        **(
            {
                "idempotencyKey": key,
                "letter": FileVar(
                    io.BytesIO(PDF), filename="surat.pdf", content_type="application/pdf"
                ),
            }
            if key
            else {}
        ),
    }


async def step(base: str, token: str, name: str, input: dict) -> dict:
    kind = name[0].upper() + name[1:]
    result = await execute(
        base,
        f"mutation($input: {kind}Input!) {{ {name}(input: $input) {{ {STEP_FIELDS} }} }}",
        {"input": input},
        token=token,
    )
    return result[name]


async def test_preview_then_submit_with_abort_skip_and_a_retry(
    server, create_user, create_room, create_booking
):
    requester = await create_user(Role.REQUESTER, nrk="310001")
    token = await login(server, "310001")
    room = await create_room()
    monday = monday_ahead()
    await create_booking(
        requester,
        room=room,
        when=(
            datetime.combine(monday + timedelta(days=7), time(10), tzinfo=JAKARTA),
            datetime.combine(monday + timedelta(days=7), time(11), tzinfo=JAKARTA),
        ),
    )
    weekly = {"frequency": "WEEKLY", "weekdays": ["MONDAY", "WEDNESDAY"], "count": 4}

    preview = (
        await execute(
            server, PREVIEW, {"input": series_input(room.id, monday, weekly)}, token=token
        )
    )["previewSeries"]
    assert [o["date"] for o in preview] == [
        (monday + timedelta(days=d)).isoformat() for d in (0, 2, 7, 9)
    ]
    assert [o["outcome"] for o in preview] == ["BOOKABLE", "BOOKABLE", "CONFLICT", "BOOKABLE"]
    assert preview[2]["code"] == "ROOM_UNAVAILABLE" and preview[0]["startsAt"].endswith(
        "09:00:00+07:00"
    )

    aborted = (
        await execute(
            server,
            SUBMIT_SERIES,
            {"input": series_input(room.id, monday, weekly, key=uuid.uuid4().hex)},
            token=token,
            upload=True,
            language="en",
        )
    )["submitSeries"]
    assert aborted["series"] is None and aborted["bookings"] == []
    assert aborted["errors"][0]["code"] == "SERIES_CONFLICT"
    assert aborted["errors"][0]["message"].startswith(
        "1 occurrences of the series cannot be booked"
    )
    assert [(c["date"], c["code"]) for c in aborted["conflicts"]] == [
        ((monday + timedelta(days=7)).isoformat(), "ROOM_UNAVAILABLE")
    ]

    skip = series_input(room.id, monday, weekly, key="series-api-0001", onConflict="SKIP_CONFLICTS")
    created = (await execute(server, SUBMIT_SERIES, {"input": skip}, token=token, upload=True))[
        "submitSeries"
    ]
    assert created["errors"] == [] and created["replayed"] is False
    assert created["series"]["weekdays"] == ["MONDAY", "WEDNESDAY"]
    assert created["series"]["reference"].startswith("EPRS-")
    assert len(created["bookings"]) == 3
    assert {b["series"]["id"] for b in created["bookings"]} == {created["series"]["id"]}
    assert [(s["outcome"], s["code"]) for s in created["skipped"]] == [
        ("CONFLICT", "ROOM_UNAVAILABLE")
    ]

    skip = series_input(room.id, monday, weekly, key="series-api-0001", onConflict="SKIP_CONFLICTS")
    again = (await execute(server, SUBMIT_SERIES, {"input": skip}, token=token, upload=True))[
        "submitSeries"
    ]
    assert again["replayed"] is True and again["series"]["id"] == created["series"]["id"]
    assert [b["id"] for b in again["bookings"]] == [b["id"] for b in created["bookings"]]
    assert len(again["skipped"]) == 1

    too_many = {"frequency": "DAILY", "count": 101}
    bad = (
        await execute(
            server,
            SUBMIT_SERIES,
            {"input": series_input(room.id, monday, too_many, key=uuid.uuid4().hex)},
            token=token,
            upload=True,
        )
    )["submitSeries"]
    assert bad["errors"][0]["code"] == "VALIDATION" and bad["errors"][0]["field"] == "count"


async def test_a_series_through_the_sop_and_this_and_following(
    server, create_user, create_room, create_booking
):
    requester = await create_user(Role.REQUESTER, nrk="320001")
    await create_user(Role.SERVICE_OFFICER, nrk="320002")
    await create_user(Role.SERVICE_HEAD, nrk="320003")
    tokens = {nrk: await login(server, nrk) for nrk in ("320001", "320002", "320003")}
    room = await create_room()
    monday = monday_ahead()
    daily = {"frequency": "DAILY", "count": 5}
    created = (
        await execute(
            server,
            SUBMIT_SERIES,
            {"input": series_input(room.id, monday, daily, key=uuid.uuid4().hex)},
            token=tokens["320001"],
            upload=True,
        )
    )["submitSeries"]
    series_id = created["series"]["id"]
    ids = [b["id"] for b in created["bookings"]]

    # wrong role: a typed error, nothing changes
    wrong = await step(server, tokens["320001"], "verifySeries", {"seriesId": series_id})
    assert wrong["errors"][0]["code"] == "FORBIDDEN" and wrong["changed"] == []

    verified = await step(server, tokens["320002"], "verifySeries", {"seriesId": series_id})
    assert [b["status"] for b in verified["changed"]] == ["VALIDATION"] * 5
    validated = await step(server, tokens["320003"], "validateSeries", {"seriesId": series_id})
    assert [b["status"] for b in validated["changed"]] == ["SCHEDULING"] * 5

    # this and following: re-time from the third; a taken slot on the fifth day refuses it all
    blocker = await create_booking(
        requester,
        room=room,
        when=(
            datetime.combine(monday + timedelta(days=4), time(14), tzinfo=JAKARTA),
            datetime.combine(monday + timedelta(days=4), time(15), tzinfo=JAKARTA),
        ),
    )
    move = {"bookingId": ids[2], "startTime": "14:00:00", "durationMinutes": 60}
    refused = await step(server, tokens["320003"], "moveSeriesFrom", move)
    assert refused["errors"][0]["code"] == "SERIES_CONFLICT" and refused["changed"] == []
    assert [(c["date"], c["code"]) for c in refused["conflicts"]] == [
        ((monday + timedelta(days=4)).isoformat(), "ROOM_UNAVAILABLE")
    ]
    cancelled = await step(
        server,
        tokens["320001"],
        "cancelSeriesFrom",
        {"bookingId": ids[4], "reason": "Hari terakhir tidak jadi"},
    )
    assert [b["id"] for b in cancelled["changed"]] == [ids[4]]
    moved = await step(server, tokens["320003"], "moveSeriesFrom", move)
    assert moved["errors"] == [] and [b["id"] for b in moved["changed"]] == ids[2:4]
    assert all(b["startsAt"].endswith("14:00:00+07:00") for b in moved["changed"])

    approved = await step(server, tokens["320002"], "approveSeries", {"seriesId": series_id})
    assert [b["status"] for b in approved["changed"]] == ["APPROVED"] * 4

    view = await execute(
        server,
        """query($id: ID!) { node(id: $id) { ... on BookingSeries {
             reference frequency count requester { nrk } room { id }
             occurrences(first: 10) { totalCount edges { node { status history { action } } } } } } }""",
        {"id": series_id},
        token=tokens["320001"],
    )
    node = view["node"]
    assert (
        node["frequency"] == "DAILY" and node["count"] == 5 and node["requester"]["nrk"] == "320001"
    )
    statuses = [e["node"]["status"] for e in node["occurrences"]["edges"]]
    assert statuses == ["APPROVED"] * 4 + ["CANCELLED"]
    third = node["occurrences"]["edges"][2]["node"]["history"]
    assert [h["action"] for h in third] == ["SUBMIT", "VERIFY", "VALIDATE", "RESCHEDULE", "APPROVE"]

    # another agency sees nothing of it
    await create_user(Role.REQUESTER, nrk="320009")
    stranger = await login(server, "320009")
    hidden = await execute(
        server, "query($id: ID!) { node(id: $id) { id } }", {"id": series_id}, token=stranger
    )
    assert hidden["node"] is None
    assert blocker.id not in ids


async def test_concurrent_series_for_the_same_slots_one_wins(server, create_user, create_room):
    import asyncio

    room = await create_room()
    tokens = []
    for i in range(4):
        await create_user(Role.REQUESTER, nrk=f"33000{i}")
        tokens.append(await login(server, f"33000{i}"))
    weekly = {"frequency": "WEEKLY", "count": 3}

    async def attempt(i: int) -> dict:
        inp = series_input(room.id, monday_ahead(), weekly, key=uuid.uuid4().hex)
        result = await execute(server, SUBMIT_SERIES, {"input": inp}, token=tokens[i], upload=True)
        return result["submitSeries"]

    results = await asyncio.gather(*(attempt(i) for i in range(4)))
    winners = [r for r in results if not r["errors"]]
    assert len(winners) == 1 and len(winners[0]["bookings"]) == 3
    assert {r["errors"][0]["code"] for r in results if r["errors"]} <= {
        "SERIES_CONFLICT",
        "ROOM_UNAVAILABLE",
    }
