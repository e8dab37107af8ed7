"""One table of states (booking.workflow.STATES): every status has a row, and the database's
no-double-booking constraint (PostgreSQL) or triggers (SQLite) release exactly the statuses the
table says do not hold the slot."""

from __future__ import annotations

import re

from tortoise import connections

from booking.enums import BookingStatus as S
from booking.workflow import RELEASED_STATUSES, STATES, TRANSITIONS, Action
from tests.conftest import BACKEND


def test_every_status_has_one_row_with_both_languages():
    assert set(STATES) == set(S)
    for state in STATES.values():
        assert state.name_id and state.name_en and state.progress_id and state.progress_en


def test_the_calendar_form_follows_the_table():
    assert STATES[S.SUBMITTED].calendar_status == "TENTATIVE"
    assert STATES[S.APPROVED].calendar_status == "CONFIRMED"
    assert STATES[S.CANCELLED].calendar_status == "CANCELLED"
    assert STATES[S.REVISION_REQUESTED].calendar_text == "Perlu perbaikan / Revision requested"


def test_reschedule_is_in_the_transition_table_and_keeps_the_state():
    [reschedule] = [t for t in TRANSITIONS if t.action == Action.RESCHEDULE]
    assert reschedule.target is None and reschedule.series_only
    assert S.REVISION_REQUESTED not in reschedule.sources and S.APPROVED in reschedule.sources


def _quoted(sql: str) -> set[str]:
    return set(re.findall(r"'([A-Z_]+)'", sql))


async def test_the_database_releases_exactly_the_statuses_that_do_not_hold_the_slot(database):
    conn = connections.get("default")
    released = {s.value for s in RELEASED_STATUSES}
    if BACKEND == "postgres":
        rows = await conn.execute_query_dict(
            "SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint"
            " WHERE conname = 'booking_no_overlap'"
        )
        [definition] = [r["def"] for r in rows]
        where = definition[definition.index("WHERE") :]
        assert "<> ALL" in where  # NOT IN (...)
        assert _quoted(where) == released
    else:
        rows = await conn.execute_query_dict(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            " AND name LIKE 'booking_no_overlap%'"
        )
        assert len(rows) == 2
        for row in rows:
            lists = re.findall(r"status NOT IN (\([^)]*\))", row["sql"])
            assert len(lists) == 2, row["name"]  # the new row's, and the bookings it meets
            assert all(_quoted(found) == released for found in lists)
