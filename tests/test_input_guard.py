"""Every argument of every operation in schema.graphql, fed values no resolver should see:
control characters, over-long text, dates at the ends of their range, non-files for uploads.
Each is answered with VALIDATION naming the argument, before anything runs, on both databases.
The cases come from the committed schema, so a new operation is covered without editing this."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    Undefined,
    build_schema,
    get_named_type,
)
from starlette.datastructures import UploadFile

from api.context import Context
from api.ids import encode_id
from api.schema import build_schema as build_api_schema
from booking.enums import Role
from booking.models import Booking, LoginThrottle, User
from booking.values import MAX_TEXT_LENGTH

SDL = build_schema((Path(__file__).parent.parent / "schema.graphql").read_text())

#: Values of each scalar that must be refused wherever they appear.
BAD: dict[str, list[Any]] = {
    "String": ["nul\x00char", "bell\x07", "lone\ud800surrogate", "x" * (MAX_TEXT_LENGTH + 1)],
    "ID": ["nul\x00id", "\x1b[31m"],
    "Date": ["0001-01-01", "9999-12-31"],
    "DateTime": ["0001-01-01T00:00:00", "9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00+07:00"],
    "Upload": ["", 5, {"name": "photo.jpg"}, ["a"]],
}
GOOD: dict[str, Any] = {
    "String": "Rapat",
    "ID": "Um9vbTox",
    "Int": 1,
    "Float": 1.0,
    "Boolean": True,
    "Date": "2030-01-07",
    "DateTime": "2030-01-07T09:00:00+07:00",
    "Time": "09:00:00",
}


def good_value(type_: GraphQLInputType, depth: int = 0) -> Any:
    if isinstance(type_, GraphQLNonNull):
        return good_value(type_.of_type, depth)
    if isinstance(type_, GraphQLList):
        return [good_value(type_.of_type, depth)]
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    if isinstance(type_, GraphQLInputObjectType):
        return {
            name: good_value(f.type, depth + 1)
            for name, f in type_.fields.items()
            if isinstance(f.type, GraphQLNonNull) and f.default_value is Undefined and depth < 4
        }
    assert isinstance(type_, GraphQLScalarType)
    if type_.name == "Upload":
        return UploadFile(io.BytesIO(b"%PDF-1.4\n"), filename="surat.pdf")
    return GOOD[type_.name]


@dataclass(frozen=True)
class Case:
    operation: str  # query | mutation | subscription
    field: str
    document: str
    variables: dict[str, Any]
    path: str  # what extensions.field must name

    def __str__(self) -> str:
        return f"{self.operation}.{self.field}:{self.path}={self.variables_repr()}"

    def variables_repr(self) -> str:
        return repr(self.variables)[:60]


def _leaves(
    type_: GraphQLInputType, path: str, seen: frozenset[str], scalars: Iterable[str]
) -> Iterator[tuple[str, str]]:
    """(path, scalar name) of every leaf of one of ``scalars`` under ``type_``."""
    named = get_named_type(type_)
    if isinstance(named, GraphQLScalarType) and named.name in scalars:
        yield path, named.name
    elif isinstance(named, GraphQLInputObjectType) and named.name not in seen:
        for name, field in named.fields.items():
            yield from _leaves(field.type, f"{path}.{name}", seen | {named.name}, scalars)


def _set(value: Any, type_: GraphQLInputType, steps: list[str], bad: Any) -> Any:
    """A copy of ``value`` with the leaf at ``steps`` replaced by ``bad`` (into lists' items)."""
    if isinstance(type_, GraphQLNonNull):
        return _set(value, type_.of_type, steps, bad)
    if isinstance(type_, GraphQLList):
        return [_set(value[0] if value else None, type_.of_type, steps, bad)]
    if not steps:
        return bad
    assert isinstance(type_, GraphQLInputObjectType)
    field = type_.fields[steps[0]]
    current = dict(value or {})
    inner = current.get(steps[0])
    if inner is None:
        inner = good_value(field.type)
    current[steps[0]] = _set(inner, field.type, steps[1:], bad)
    return current


def _selection(named: GraphQLNamedType) -> str:
    return " { __typename }" if not isinstance(named, GraphQLScalarType | GraphQLEnumType) else ""


def cases(values: dict[str, list[Any]]) -> Iterator[Case]:
    """For every leaf of a scalar in ``values``, in every argument of every operation, one case
    per value; the other required arguments get ordinary values."""
    roots = {
        "query": SDL.query_type,
        "mutation": SDL.mutation_type,
        "subscription": SDL.subscription_type,
    }
    for operation, root in roots.items():
        assert isinstance(root, GraphQLObjectType)
        for field_name, field in root.fields.items():
            for arg_name, arg in field.args.items():
                for path, scalar in _leaves(arg.type, arg_name, frozenset(), values):
                    for bad in values[scalar]:
                        variables: dict[str, Any] = {}
                        for other_name, other in field.args.items():
                            if other_name == arg_name:
                                variables[other_name] = _set(
                                    good_value(other.type), other.type, path.split(".")[1:], bad
                                )
                            elif isinstance(other.type, GraphQLNonNull):
                                variables[other_name] = good_value(other.type)
                        definitions = ", ".join(f"${n}: {field.args[n].type}" for n in variables)
                        arguments = ", ".join(f"{n}: ${n}" for n in variables)
                        selection = _selection(get_named_type(field.type))
                        document = (
                            f"{operation}({definitions}) {{ {field_name}({arguments}){selection} }}"
                        )
                        yield Case(operation, field_name, document, variables, path)


CASES = list(cases(BAD))


def test_the_cases_cover_every_operation_with_such_arguments():
    covered = {(c.operation, c.field) for c in CASES}
    assert ("mutation", "login") in covered
    assert ("mutation", "uploadEventPhoto") in covered
    assert ("query", "availability") in covered
    assert ("subscription", "availabilityChanged") in covered
    assert len(CASES) > 300


@pytest.fixture(scope="module")
def api_schema(settings):
    return build_api_schema(settings)


async def _answer(schema, case: Case, context: Context) -> list[dict[str, Any]]:
    if case.operation == "subscription":
        stream = await schema.subscribe(case.document, case.variables, context_value=context)
        if not hasattr(stream, "__anext__"):
            result = stream
        else:
            try:
                result = await stream.__anext__()
            finally:
                await stream.aclose()
    else:
        result = await schema.execute(case.document, case.variables, context_value=context)
    return [e.formatted for e in result.errors or []]


async def test_every_text_date_and_upload_argument_refuses_what_no_resolver_should_see(
    api_schema, create_user, settings, store
):
    admin = await create_user(Role.ADMIN, Role.SERVICE_OFFICER, Role.SERVICE_HEAD)
    context = Context(settings=settings, store=store, user=admin)
    wrong = []
    for case in CASES:
        errors = await _answer(api_schema, case, context)
        codes = [(e.get("extensions") or {}).get("code") for e in errors]
        fields = [(e.get("extensions") or {}).get("field") for e in errors]
        if codes != ["VALIDATION"] or fields != [case.path]:
            wrong.append(f"{case}: {str(errors)[:300]}")
    assert not wrong, f"{len(wrong)} of {len(CASES)} cases:\n" + "\n".join(wrong[:30])
    # nothing ran: no booking, no login attempt counted, no user changed
    assert not await Booking.exists()
    assert not await LoginThrottle.exists()
    assert await User.filter(id=admin.id, name=admin.name).exists()


async def test_a_literal_in_the_document_is_checked_like_a_variable(
    api_schema, create_user, settings, store
):
    user = await create_user(Role.REQUESTER)
    context = Context(settings=settings, store=store, user=user)
    result = await api_schema.execute(
        '{ availability(date: "0001-01-01") { room { code } } }', context_value=context
    )
    assert [e.formatted["extensions"] for e in result.errors] == [
        {"code": "VALIDATION", "field": "date"}
    ]
    result = await api_schema.execute(
        'mutation { login(input: {nrk: "1\\u0000", password: "x"}) { token } }',
        context_value=Context(settings=settings, store=store),
    )
    assert [e.formatted["extensions"] for e in result.errors] == [
        {"code": "VALIDATION", "field": "input.nrk"}
    ]


async def test_a_document_sent_again_is_checked_with_its_new_variables(
    api_schema, create_user, create_room, settings, store
):
    """The walk of a document is kept per document (a submission's text is the same each time);
    its variables are checked on every request: a file and a fresh key each time, as the web app
    sends them, then a title with a control character in the same document."""
    user = await create_user(Role.REQUESTER)
    room = await create_room()
    context = Context(settings=settings, store=store, user=user)
    document = """mutation($input: SubmitBookingInput!) { submitBooking(input: $input) {
      booking { title } errors { code field } } }"""

    def submission(key: str, title: str) -> dict[str, Any]:
        return {
            "input": {
                "idempotencyKey": key,
                "roomId": encode_id("Room", room.id),
                "startsAt": "2030-01-07T09:00:00+07:00",
                "endsAt": "2030-01-07T10:00:00+07:00",
                "title": title,
                "purpose": "Rapat",
                "participants": 5,
                "letter": UploadFile(io.BytesIO(b"%PDF-1.4\n"), filename="surat.pdf"),
            }
        }

    answers = []
    for key, title in (("k-1", "Rapat satu"), ("k-2", "Rapat\x07dua"), ("k-3", "Rapat\x00tiga")):
        result = await api_schema.execute(document, submission(key, title), context_value=context)
        answers.append(
            [e.formatted["extensions"] for e in result.errors or []]
            or result.data["submitBooking"]["errors"]
        )
    assert answers[1] == answers[2] == [{"code": "VALIDATION", "field": "input.title"}]
    assert {"code": "VALIDATION", "field": "input.title"} not in answers[0], answers[0]
    assert not await Booking.filter(title__contains="dua").exists()
