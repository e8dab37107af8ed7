"""What one request may cost (api/limits.py): the document's cost, repeated fields and
directives are refused before execution with one short error; requests in flight per user and
the time of each are bounded; a database statement has a timeout, on both databases."""

from __future__ import annotations

import asyncio
import importlib
from typing import Any

import pytest
from asyncpg.exceptions import QueryCanceledError
from tortoise.exceptions import OperationalError

from api.context import Context
from api.limits import RequestGate, is_statement_timeout, query_cost
from api.schema import build_schema
from booking.db import connection_config
from booking.enums import Role
from booking.settings import Settings
from tests.test_availability import count_queries

BOOKINGS = """query($n: Int) { bookings(first: $n) { totalCount edges { node {
  reference status room { name } history { toStatus actor { name } } } } } }"""


async def run(
    query: str, user: Any, settings: Settings, store: Any, variables: dict | None = None
) -> tuple[Any, int]:
    schema = build_schema(settings)
    context = Context(settings=settings, store=store, user=user)
    results = []

    async def execute() -> None:
        results.append(
            await schema.execute(query, variable_values=variables, context_value=context)
        )

    count = await count_queries(execute)
    return results[0], count


def the_one_error(result: Any, code: str) -> dict[str, Any]:
    assert result.data is None
    assert len(result.errors) == 1, result.errors
    error = result.errors[0]
    assert error.extensions["code"] == code, error
    assert len(error.message) < 200
    return error.extensions


async def test_the_cost_counts_the_page_each_selection_may_return(settings):
    schema = build_schema(settings)._schema
    from graphql import parse

    document = parse(BOOKINGS)
    # a field costs 1 plus its selection times the items it may return: history (a plain list,
    # 10) 1 + 10 x (toStatus 1 + actor 2) = 31; node 1 + reference, status 2 + room 2 + 31 = 36;
    # edges 1 + 36 (the page is counted once, on bookings); bookings 1 + n x (totalCount 1 + 37)
    assert query_cost(schema, document, {"n": 100}, settings) == 1 + 100 * 38
    assert query_cost(schema, document, {"n": 5}, settings) == 1 + 5 * 38
    assert query_cost(schema, document, {}, settings) == 1 + 20 * 38  # the default page


async def test_a_query_over_the_cost_limit_is_refused_before_it_runs(staff, settings, store):
    officer = staff[Role.SERVICE_OFFICER]
    strict = settings.model_copy(update={"max_query_cost": 1000})

    result, statements = await run(BOOKINGS, officer, strict, store, {"n": 100})
    limits = the_one_error(result, "QUERY_TOO_COSTLY")
    assert (limits["cost"], limits["max"]) == (3801, 1000)
    assert statements == 0

    allowed, _ = await run(BOOKINGS, officer, strict, store, {"n": 10})
    assert not allowed.errors and allowed.data["bookings"]["totalCount"] == 0


async def test_five_hundred_repeated_fields_get_one_short_error(staff, settings, store):
    query = "{ " + "__typename " * 500 + "}"
    result, _ = await run(query, staff[Role.SERVICE_OFFICER], settings, store)
    the_one_error(result, "QUERY_TOO_COSTLY")


async def test_a_hundred_unknown_directives_get_one_short_error(staff, settings, store):
    query = "{ __typename " + " ".join(f"@d{i}" for i in range(100)) + " }"
    result, _ = await run(query, staff[Role.SERVICE_OFFICER], settings, store)
    the_one_error(result, "QUERY_TOO_COSTLY")


async def test_requests_in_flight_are_limited_per_user():
    gate = RequestGate(Settings(max_requests_in_flight=2))
    release = asyncio.Event()
    refused: list[str] = []

    async def slow() -> str:
        await release.wait()
        return "done"

    def refuse(key: str) -> Any:
        return lambda: refused.append(key)

    running = [
        asyncio.create_task(gate.run("user:1", "id", refuse("user:1"), slow)) for _ in range(2)
    ]
    await asyncio.sleep(0)
    third = await gate.run("user:1", "en", refuse("user:1"), slow)
    assert third.errors[0].extensions == {"code": "TOO_MANY_REQUESTS"}
    assert "Too many" in third.errors[0].message and refused == ["user:1"]

    other = asyncio.create_task(gate.run("user:2", "id", refuse("user:2"), slow))
    await asyncio.sleep(0)
    release.set()
    assert await asyncio.gather(*running, other) == ["done"] * 3
    assert gate.in_flight == {}
    assert await gate.run("user:1", "id", refuse("user:1"), slow) == "done"


async def test_a_request_past_its_time_budget_answers_timeout():
    gate = RequestGate(Settings(request_time_budget_seconds=0.05))

    async def forever() -> None:
        await asyncio.Event().wait()

    result = await gate.run("user:1", "en", lambda: None, forever)
    assert result.errors[0].extensions["code"] == "TIMEOUT"
    assert gate.in_flight == {}


async def test_a_long_database_statement_is_stopped(settings):
    """PostgreSQL's statement_timeout, or the SQLite progress handler: the same failure."""
    config: Any = connection_config(settings.database_url, statement_timeout=0.2)
    module = importlib.import_module(config["engine"])
    client = module.client_class(connection_name="timeout-test", **config["credentials"])
    await client.create_connection(with_db=True)
    slow = (
        "SELECT pg_sleep(3)"
        if settings.database_url.startswith("postgres")
        else "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000)"
        " SELECT count(*) FROM n"
    )
    try:
        # Tortoise's OperationalError on SQLite, asyncpg's QueryCanceledError on PostgreSQL
        with pytest.raises((OperationalError, QueryCanceledError)) as caught:
            await client.execute_query(slow)
        assert is_statement_timeout(caught.value)
        assert await client.execute_query_dict("SELECT 1 AS one") == [{"one": 1}]  # still usable
    finally:
        await client.close()


async def test_costly_answers_take_turns_of_a_few_objects_per_loop_pass():
    from api.limits import Pacer

    pacer = Pacer(per_turn=3)
    released: list[int] = []
    turns = [pacer.turn() for _ in range(7)]
    for i, turn in enumerate(turns):
        turn.add_done_callback(lambda _, i=i: released.append(i))
    passes = []
    while len(released) < 7:
        await asyncio.sleep(0)
        passes.append(len(released))
    steps = [b - a for a, b in zip([0, *passes], passes, strict=False)]
    assert max(steps) == 3  # never more than 3 objects in one pass of the loop
    assert released == list(range(7)) and not pacer.pumping


async def test_the_api_answers_429_past_the_requests_in_flight_of_one_user(
    database, settings, create_user, tmp_path
):
    """Through the GraphQL view: one user's concurrent requests past the limit are refused at
    once with HTTP 429; another user is served meanwhile."""
    import httpx

    from tests.server import run_server
    from tests.test_api import login

    await create_user(Role.SERVICE_OFFICER, nrk="610001")
    await create_user(Role.REQUESTER, nrk="610002")
    env = {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(tmp_path / "files"),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0.01",
        "EPESAN_EMBEDDED_WORKER": "false",
        "EPESAN_MAX_REQUESTS_IN_FLIGHT": "1",
    }
    query = {"query": "{ bookings(first: 100) { totalCount edges { node { reference } } } }"}
    with run_server(env, tmp_path / "api.log") as base:
        officer, requester = await login(base, "610001"), await login(base, "610002")
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:

            async def send(token: str) -> httpx.Response:
                headers = {"Authorization": f"Bearer {token}"}
                return await http.post("/graphql", json=query, headers=headers)

            answers = await asyncio.gather(*(send(officer) for _ in range(30)))
            other = await send(requester)
    refused = [a for a in answers if a.status_code == 429]
    assert refused and len(refused) < 30
    assert refused[0].headers["retry-after"] == "1"
    assert refused[0].json()["errors"][0]["extensions"]["code"] == "TOO_MANY_REQUESTS"
    assert other.status_code == 200 and "errors" not in other.json()


async def test_one_users_costly_queries_run_one_at_a_time_and_cheap_ones_still_pass(
    database, settings, create_user, tmp_path
):
    """The costs of one user's requests in flight add up to EPESAN_MAX_COST_IN_FLIGHT: of 20
    concurrent copies of a costly query some are refused with HTTP 429, never the user's cheap
    queries sent at the same time, and a costly query alone is always served."""
    import httpx

    from tests.server import run_server
    from tests.test_api import login

    await create_user(Role.SERVICE_OFFICER, nrk="610011")
    env = {
        "EPESAN_DATABASE_URL": settings.database_url,
        "EPESAN_STORAGE_DIR": str(tmp_path / "files"),
        "EPESAN_LOGIN_DELAY_STEP_SECONDS": "0.01",
        "EPESAN_EMBEDDED_WORKER": "false",
        "EPESAN_MAX_REQUESTS_IN_FLIGHT": "100",
        "EPESAN_MAX_COST_IN_FLIGHT": "600",
    }
    costly = {"query": "{ bookings(first: 100) { totalCount edges { node { reference } } } }"}
    cheap = {"query": "{ me { nrk } }"}  # cost 2; the costly one 1 + 100 x (1 + 3) = 401
    with run_server(env, tmp_path / "api.log") as base:
        officer = await login(base, "610011")
        headers = {"Authorization": f"Bearer {officer}"}
        async with httpx.AsyncClient(base_url=base, timeout=30, headers=headers) as http:
            answers = await asyncio.gather(
                *(http.post("/graphql", json=costly if i % 2 else cheap) for i in range(40))
            )
            alone = await http.post("/graphql", json=costly)
    costly_answers, cheap_answers = answers[1::2], answers[0::2]
    refused = [a for a in costly_answers if a.status_code == 429]
    assert refused and len(refused) < 20
    error = refused[0].json()["errors"][0]
    assert error["extensions"]["code"] == "TOO_MANY_REQUESTS" and refused[0].headers["retry-after"]
    assert all(a.status_code == 200 and a.json()["data"]["me"] for a in cheap_answers)
    assert alone.status_code == 200 and alone.json()["data"]["bookings"]["totalCount"] == 0


async def test_only_costly_answers_run_their_fields_through_the_pacer(
    staff, settings, store, monkeypatch
):
    from api.limits import Pacer, QueryLimits

    turns: list[int] = []
    wrapped: list[int] = []
    turn, resolve = Pacer.turn, QueryLimits.resolve

    def counting_turn(self: Pacer) -> Any:
        turns.append(1)
        return turn(self)

    def counting_resolve(self: QueryLimits, *args: Any, **kwargs: Any) -> Any:
        wrapped.append(1)
        return resolve(self, *args, **kwargs)

    monkeypatch.setattr(Pacer, "turn", counting_turn)
    monkeypatch.setattr(QueryLimits, "resolve", counting_resolve)
    officer = staff[Role.SERVICE_OFFICER]
    paced = settings.model_copy(update={"query_interleave_cost": 100})
    result, _ = await run(BOOKINGS, officer, paced, store, {"n": 10})  # cost 381: paced
    assert not result.errors and turns and wrapped
    turns.clear()
    wrapped.clear()
    result, _ = await run(BOOKINGS, officer, settings, store, {"n": 10})  # below 15,000
    assert not result.errors and result.data["bookings"]["totalCount"] == 0
    assert turns == [] and wrapped == []  # its fields ran without the pacing wrapper


async def test_the_same_document_is_judged_by_each_requests_page_size(staff, settings, store):
    """The limits of a document are kept by the variables its cost reads (``first``/``last``),
    not by the others: the same text asks 10, 100, then 10 again, with another variable."""
    strict = settings.model_copy(update={"max_query_cost": 1000})
    schema = build_schema(strict)
    context = Context(settings=strict, store=store, user=staff[Role.SERVICE_OFFICER])
    query = BOOKINGS.replace("query($n: Int)", "query($n: Int, $ref: Boolean!)").replace(
        "reference", "reference @include(if: $ref)"
    )
    answers = []
    for n, ref in ((10, True), (100, True), (10, False), (100, False)):
        result = await schema.execute(
            query, variable_values={"n": n, "ref": ref}, context_value=context
        )
        answers.append([e.extensions["code"] for e in result.errors or []])
    assert answers == [[], ["QUERY_TOO_COSTLY"], [], ["QUERY_TOO_COSTLY"]]
