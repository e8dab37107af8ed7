"""What one client may cost the service per request (issue #13, item 4).

Before execution, from the document alone (``QueryLimits``, a schema extension that runs before
validation):

- **cost**: every field costs 1, and what it selects costs as many times as the items it may
  return: a connection's page size (``first``/``last``, its variable's value, or the default page;
  at most ``max_page_size``), ``EPESAN_QUERY_COST_LIST_ITEMS`` for a plain list, once for the
  edges of a connection. Above ``EPESAN_MAX_QUERY_COST``: ``QUERY_TOO_COSTLY``;
- **repeated fields**: one response key selected more than ``EPESAN_MAX_FIELD_REPEATS`` times in
  one selection set (``{ __typename __typename … }``): ``QUERY_TOO_COSTLY``, one error;
- **directives**: more than ``EPESAN_MAX_DIRECTIVES`` in a document: ``QUERY_TOO_COSTLY``, one
  error, before validation would report each unknown one.

Around execution (``RequestGate``, used by the GraphQL view): at most
``EPESAN_MAX_REQUESTS_IN_FLIGHT`` requests of one user (anonymous ones: one client address) run at
once, and the costs of the documents they run add up to at most ``EPESAN_MAX_COST_IN_FLIGHT`` (a
request alone may always run: its own cost is within ``EPESAN_MAX_QUERY_COST``); the others are
answered ``TOO_MANY_REQUESTS`` (HTTP 429, ``Retry-After``) at once. So one client's costly queries
run one after the other, not side by side, and the event loop other users share carries at most
one costly answer per client at a time (bench/bench_flood.py measures it); a request
that runs longer than ``EPESAN_REQUEST_TIME_BUDGET_SECONDS`` is stopped and answered ``TIMEOUT``.
A database statement past ``EPESAN_DB_STATEMENT_TIMEOUT_SECONDS`` (booking/db.py) fails its field
with ``TIMEOUT`` (``DatabaseTimeouts``).
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import sqlite3
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    Visitor,
    get_named_type,
    visit,
)
from graphql.execution.middleware import MiddlewareManager
from strawberry.extensions import SchemaExtension, ValidationCache
from strawberry.types import ExecutionResult

from api.common import DEFAULT_PAGE
from api.memo import DocumentMemo
from booking.enums import Language
from booking.settings import Settings

T = TypeVar("T")

MESSAGES = {
    "QUERY_TOO_COSTLY": (
        "Kueri terlalu berat (biaya {cost}, maksimum {max}): minta lebih sedikit data per kueri.",
        "The query is too costly (cost {cost}, at most {max}): ask for less data per query.",
    ),
    "FIELD_REPEATED": (
        "Kolom '{name}' diminta {count} kali dalam satu seleksi (maksimum {max}).",
        "The field '{name}' is selected {count} times in one selection (at most {max}).",
    ),
    "TOO_MANY_DIRECTIVES": (
        "Kueri memuat {count} direktif (maksimum {max}).",
        "The query has {count} directives (at most {max}).",
    ),
    "TOO_MANY_REQUESTS": (
        "Terlalu banyak permintaan Anda yang sedang diproses; coba lagi sebentar lagi.",
        "Too many of your requests are running; try again in a moment.",
    ),
    "TIMEOUT": (
        "Permintaan melebihi batas waktu ({seconds} detik); persempit kueri.",
        "The request took longer than its time budget ({seconds} s); narrow the query.",
    ),
    "STATEMENT_TIMEOUT": (
        "Basis data tidak menjawab dalam batas waktu; persempit kueri.",
        "The database did not answer in time; narrow the query.",
    ),
}


def limit_error(code: str, key: str, language: Language | str, **params: Any) -> GraphQLError:
    indonesian, english = MESSAGES[key]
    text = (english if language == Language.EN else indonesian).format(**params)
    return GraphQLError(text, extensions={"code": code, **params})


# -- the document ---------------------------------------------------------------------------


@dataclass
class _Cost:
    schema: GraphQLSchema
    fragments: dict[str, FragmentDefinitionNode]
    variables: dict[str, Any]
    settings: Settings
    visiting: set[str] = field(default_factory=set)

    def selection(self, node: SelectionSetNode | None, parent: GraphQLNamedType | None) -> int:
        if node is None:
            return 0
        total = 0
        for selection in node.selections:
            if isinstance(selection, FieldNode):
                total += self.field(selection, parent)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = self.schema.get_type(condition.name.value) if condition else parent
                total += self.selection(selection.selection_set, inner)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in self.visiting:
                    continue  # unknown or cyclic: validation refuses it
                self.visiting.add(name)
                inner = self.schema.get_type(fragment.type_condition.name.value)
                total += self.selection(fragment.selection_set, inner)
                self.visiting.discard(name)
        return total

    def field(self, node: FieldNode, parent: GraphQLNamedType | None) -> int:
        fields = getattr(parent, "fields", None)
        definition = fields.get(node.name.value) if isinstance(fields, dict) else None
        if definition is None:  # __typename, introspection, or unknown (validation says so)
            return 1 + self.selection(node.selection_set, None) if node.selection_set else 1
        inner = get_named_type(definition.type)
        children = self.selection(node.selection_set, inner)
        return 1 + self.items(node, definition.type, inner, parent) * children

    def items(self, node: FieldNode, type_: Any, inner: Any, parent: Any) -> int:
        """How many times a field's selection may be answered."""
        for argument in node.arguments or ():
            if argument.name.value in ("first", "last"):
                return self.page(argument.value)
        if inner is not None and inner.name.endswith("Connection"):
            return DEFAULT_PAGE
        while isinstance(type_, GraphQLNonNull):
            type_ = type_.of_type
        if isinstance(type_, GraphQLList):
            if parent is not None and parent.name.endswith(("Connection", "Edge")):
                return 1  # edges/nodes of a connection: its page size counted already
            return self.settings.query_cost_list_items
        return 1

    def page(self, value: Any) -> int:
        if isinstance(value, IntValueNode):
            size: Any = int(value.value)
        elif isinstance(value, VariableNode):
            size = self.variables.get(value.name.value)
        else:
            size = None
        if not isinstance(size, int):
            size = DEFAULT_PAGE
        return max(0, min(size, self.settings.max_page_size))


def query_cost(
    schema: GraphQLSchema, document: DocumentNode, variables: dict[str, Any], settings: Settings
) -> int:
    """The most costly operation of ``document`` (see the module's text)."""
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    cost = _Cost(schema, fragments, variables or {}, settings)
    roots = {
        "query": schema.query_type,
        "mutation": schema.mutation_type,
        "subscription": schema.subscription_type,
    }
    costs = [
        cost.selection(d.selection_set, roots.get(d.operation.value))
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode)
    ]
    return max(costs, default=0)


class _Counts(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.directives = 0
        self.repeated: tuple[str, int] | None = None

    def enter_directive(self, *_: Any) -> None:
        self.directives += 1

    def enter_selection_set(self, node: SelectionSetNode, *_: Any) -> None:
        seen: dict[str, int] = {}
        for selection in node.selections:
            if isinstance(selection, FieldNode):
                key = (selection.alias or selection.name).value
                seen[key] = seen.get(key, 0) + 1
        if seen:
            key, count = max(seen.items(), key=lambda item: item[1])
            if self.repeated is None or count > self.repeated[1]:
                self.repeated = (key, count)


def document_errors(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: dict[str, Any] | None,
    settings: Settings,
    language: Language | str,
) -> tuple[list[GraphQLError], int]:
    """At most one error: the first limit ``document`` goes past (checked before validation);
    and the document's cost (0 when refused before it is computed)."""
    counts = _Counts()
    visit(document, counts)
    if counts.directives > settings.max_directives:
        return [
            limit_error(
                "QUERY_TOO_COSTLY",
                "TOO_MANY_DIRECTIVES",
                language,
                count=counts.directives,
                max=settings.max_directives,
            )
        ], 0
    if counts.repeated is not None and counts.repeated[1] > settings.max_field_repeats:
        name, count = counts.repeated
        return [
            limit_error(
                "QUERY_TOO_COSTLY",
                "FIELD_REPEATED",
                language,
                name=name,
                count=count,
                max=settings.max_field_repeats,
            )
        ], 0
    cost = query_cost(schema, document, variables or {}, settings)
    if cost > settings.max_query_cost:
        error = limit_error(
            "QUERY_TOO_COSTLY", "QUERY_TOO_COSTLY", language, cost=cost, max=settings.max_query_cost
        )
        return [error], cost
    return [], cost


class QueryLimits(SchemaExtension):
    """Refuses a document past its limits before validation (and before ValidationCache, which
    :class:`ValidatedOnce` then leaves alone).

    A costly document that is allowed (cost at least ``EPESAN_QUERY_INTERLEAVE_COST``) is executed
    in turns (:class:`Pacer`): its objects are completed a few per event-loop iteration, so other
    requests' work runs between them instead of after the whole answer (graphql-core completes
    the fields it already has in one synchronous pass otherwise: ~0.8 s for 900 bookings)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.interleave = False

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None and not context.pre_execution_errors:
            language = getattr(context.context, "language", Language.ID)
            document = context.graphql_document
            errors, cost = _limits.get_or_compute(
                document,
                _paging(document, context.variables),
                (context.schema._schema, self.settings),
                (str(language),),
                lambda: document_errors(
                    context.schema._schema,
                    context.graphql_document,  # type: ignore[arg-type]
                    context.variables,
                    self.settings,
                    language,
                ),
                lambda found: not found[0],  # refusals are answered afresh
            )
            ticket = _ticket.get()
            if not errors and ticket is not None and not ticket.charge(cost):
                errors = [limit_error("TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS", language)]
            if errors:
                context.pre_execution_errors = errors
            self.interleave = cost >= self.settings.query_interleave_cost
        yield

    def resolve(
        self,
        _next: Callable[..., Any],
        root: Any,
        info: GraphQLResolveInfo,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        result = _next(root, info, *args, **kwargs)
        if not self.interleave or not isinstance(
            get_named_type(info.return_type), (GraphQLObjectType, GraphQLInterfaceType)
        ):
            return result
        return _later(result, pacer(self.settings.query_interleave_objects))


class FieldMiddleware(MiddlewareManager):
    """One request's field middleware (the extensions' ``resolve`` hooks) without the pacing of
    :class:`QueryLimits` when its request is not paced: every field of an ordinary answer then
    runs its resolver directly instead of through a wrapper. Pacing is decided at validation,
    before the first field asks for its resolver."""

    def __init__(self, extensions: Iterable[SchemaExtension]) -> None:
        self.hooks = [e for e in extensions if e._implements_resolve()]
        super().__init__(*self.hooks)
        self._active: MiddlewareManager | None = None

    def get_field_resolver(self, field_resolver: Callable[..., Any]) -> Callable[..., Any]:
        if self._active is None:
            self._active = MiddlewareManager(
                *(e for e in self.hooks if not isinstance(e, QueryLimits) or e.interleave)
            )
        return self._active.get_field_resolver(field_resolver)


async def _later(result: Any, pacer: Pacer) -> Any:
    await pacer.turn()
    return await result if inspect.isawaitable(result) else result


class Pacer:
    """Costly answers take turns: at most ``per_turn`` of their objects, over all costly requests
    of the process, are completed per event-loop iteration. Whatever else is ready (another
    user's request) runs in each iteration too, so it waits for a few objects, not for answers."""

    def __init__(self, per_turn: int) -> None:
        self.per_turn = per_turn
        self.waiting: deque[asyncio.Future[None]] = deque()
        self.pumping = False

    def turn(self) -> asyncio.Future[None]:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self.waiting.append(future)
        if not self.pumping:
            self.pumping = True
            loop.call_soon(self._pump, loop)
        return future

    def _pump(self, loop: asyncio.AbstractEventLoop) -> None:
        released = 0
        while self.waiting and released < self.per_turn:
            future = self.waiting.popleft()
            if not future.done():  # a request past its time budget cancels its own
                future.set_result(None)
                released += 1
        if self.waiting:
            loop.call_soon(self._pump, loop)
        else:
            self.pumping = False


_pacers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Pacer] = weakref.WeakKeyDictionary()


def pacer(per_turn: int) -> Pacer:
    """The pacer of the running event loop (one per process and loop)."""
    loop = asyncio.get_running_loop()
    found = _pacers.get(loop)
    if found is None:
        found = _pacers[loop] = Pacer(per_turn)
    return found


class _PagedFields(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def enter_field(self, node: FieldNode, *_: Any) -> None:
        for argument in node.arguments or ():
            if argument.name.value in ("first", "last") and isinstance(
                argument.value, VariableNode
            ):
                self.names.add(argument.value.name.value)


def _read_paging(document: DocumentNode) -> frozenset[str]:
    walker = _PagedFields()
    visit(document, walker)
    return frozenset(walker.names)


def _paging(document: DocumentNode, variables: dict[str, Any] | None) -> dict[str, Any]:
    """The variables the limits of ``document`` depend on, those it gives to ``first`` or
    ``last`` (the memo's key: a submission's file and idempotency key made every one a miss)."""
    names = _paging_names.of_document(document, (), lambda: _read_paging(document))
    return {k: v for k, v in (variables or {}).items() if k in names}


#: Per document: the variables its cost reads.
_paging_names: DocumentMemo[frozenset[str]] = DocumentMemo()

#: The cost of each allowed request, by document, paging variables, schema, settings, language.
_limits: DocumentMemo[tuple[list[GraphQLError], int]] = DocumentMemo()


class ValidatedOnce(ValidationCache):
    """ValidationCache that keeps errors set before it (by :class:`QueryLimits`)."""

    def on_validate(self) -> Iterator[None]:
        if self.execution_context.pre_execution_errors:
            yield
            return
        yield from super().on_validate()


def is_statement_timeout(error: BaseException | None) -> bool:
    """A statement stopped by PostgreSQL's ``statement_timeout`` (SQLSTATE 57014) or by the
    SQLite progress handler (booking/sqlite_client.py), through Tortoise's wrapping."""
    seen = 0
    while error is not None and seen < 8:
        if getattr(error, "sqlstate", None) == "57014":
            return True
        if isinstance(error, sqlite3.OperationalError) and "interrupted" in str(error):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


class DatabaseTimeouts(SchemaExtension):
    """A field whose statement ran out of time answers ``TIMEOUT``, not ``INTERNAL``. Listed
    after the error masking, so its rewrite comes first."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        language = getattr(self.execution_context.context, "language", Language.ID)
        errors = []
        for error in result.errors:
            if is_statement_timeout(error.original_error):
                timeout = limit_error("TIMEOUT", "STATEMENT_TIMEOUT", language)
                error = GraphQLError(
                    timeout.message,
                    nodes=error.nodes,
                    path=error.path,
                    extensions=timeout.extensions,
                )
            errors.append(error)
        result.errors = errors


# -- around execution -------------------------------------------------------------------------


@dataclass
class _Ticket:
    """One HTTP request's share of its user's in-flight budget (see the module's text)."""

    gate: RequestGate
    key: str
    refuse: Callable[[], None]
    cost: int = 0

    def charge(self, cost: int) -> bool:
        """Adds ``cost`` to the user's costs in flight, unless that goes past the budget while
        other requests of the user are running; then ``refuse()`` and False."""
        spent = self.gate.cost_in_flight.get(self.key, 0)
        if spent > 0 and spent + cost > self.gate.settings.max_cost_in_flight:
            self.refuse()
            return False
        self.gate.cost_in_flight[self.key] = spent + cost
        self.cost += cost
        return True

    def release(self) -> None:
        left = self.gate.cost_in_flight.get(self.key, 0) - self.cost
        if left > 0:
            self.gate.cost_in_flight[self.key] = left
        else:
            self.gate.cost_in_flight.pop(self.key, None)
        self.cost = 0


# The ticket of the request being executed; QueryLimits charges the document's cost to it.
_ticket: contextvars.ContextVar[_Ticket | None] = contextvars.ContextVar("ticket", default=None)


class RequestGate:
    """Requests and their costs in flight per user, and the time budget of each (see the
    module's text)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.in_flight: dict[str, int] = {}
        self.cost_in_flight: dict[str, int] = {}

    async def run(
        self,
        key: str,
        language: Language | str,
        refuse: Callable[[], None],
        call: Callable[[], Awaitable[T]],
    ) -> T | ExecutionResult:
        """``call()`` within the limits; ``refuse()`` sets the HTTP answer of a refusal."""
        if self.in_flight.get(key, 0) >= self.settings.max_requests_in_flight:
            refuse()
            return ExecutionResult(
                data=None, errors=[limit_error("TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS", language)]
            )
        self.in_flight[key] = self.in_flight.get(key, 0) + 1
        ticket = _Ticket(self, key, refuse)
        token = _ticket.set(ticket)
        seconds = self.settings.request_time_budget_seconds
        budget = asyncio.timeout(seconds)
        try:
            async with budget:
                return await call()
        except TimeoutError:
            if not budget.expired():
                raise
            return ExecutionResult(
                data=None,
                errors=[limit_error("TIMEOUT", "TIMEOUT", language, seconds=seconds)],
            )
        finally:
            _ticket.reset(token)
            ticket.release()
            left = self.in_flight[key] - 1
            if left:
                self.in_flight[key] = left
            else:
                del self.in_flight[key]
