"""The schema and its safety extensions."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import strawberry
from graphql import GraphQLError
from graphql.execution.middleware import MiddlewareManager
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxTokensLimiter,
    SchemaExtension,
)
from strawberry.extensions.max_aliases import create_validator as aliases_validator
from strawberry.extensions.query_depth_limiter import create_validator as depth_validator
from strawberry.schema.config import StrawberryConfig
from strawberry.types.execution import ExecutionResult
from strawberry.types.graphql import OperationType

from api import limits
from api.base import record_error, use_settings
from api.bookings.mutations import Mutation
from api.bookings.queries import Query
from api.day_cache import DayCacheExecutionContext
from api.errors import ParserCache, is_unexpected, shape
from api.input_guard import InputGuard
from api.nodes import NODE_TYPES
from api.subscriptions.resolvers import Subscription
from booking.enums import Language
from booking.settings import Settings
from ops import logs


class TypedErrors(MaskErrors):
    """Every error in the shape of ``api.errors``: typed failures with their code and message in
    the caller's language, unexpected exceptions masked (no tracebacks, no internals)."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda _: False)

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        language = getattr(self.execution_context.context, "language", Language.ID)
        return [shape(error, language) for error in errors]


class Schema(strawberry.Schema):
    async def stream(
        self,
        query: str | None,
        variable_values: dict[str, Any] | None = None,
        context_value: Any | None = None,
        root_value: Any | None = None,
        operation_name: str | None = None,
        operation_extensions: dict[str, Any] | None = None,
        allowed_operation_types: Iterable[OperationType] | None = None,
    ) -> Any:
        """Streaming transports (the WebSocket) carry subscriptions only: queries and mutations go
        over HTTP, where each request is authenticated and gets fresh loaders."""
        return await super().stream(
            query,
            variable_values,
            context_value,
            root_value,
            operation_name,
            operation_extensions,
            allowed_operation_types or (OperationType.SUBSCRIPTION,),
        )

    async def execute(
        self,
        query: str | None,
        variable_values: dict[str, Any] | None = None,
        context_value: Any | None = None,
        root_value: Any | None = None,
        operation_name: str | None = None,
        allowed_operation_types: Iterable[OperationType] | None = None,
        operation_extensions: dict[str, Any] | None = None,
    ) -> ExecutionResult:
        """Names the request's operation for its metrics and log line, and counts the errors of
        its answer by code."""
        result = await super().execute(
            query,
            variable_values,
            context_value,
            root_value,
            operation_name,
            allowed_operation_types,
            operation_extensions,
        )
        info = logs.current.get()
        if info is not None:
            info.operation = operation_name or operation_in(query)
        for error in result.errors or ():
            record_error(str((error.extensions or {}).get("code", "GRAPHQL_ERROR")))
        return result

    def _get_middleware_manager(self, extensions: list[SchemaExtension]) -> MiddlewareManager:
        """Fields of an answer that is not paced run without the pacing wrapper (api/limits.py)."""
        return limits.FieldMiddleware(extensions)

    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        """Log real faults only: expected (typed) failures are answers, not incidents."""
        faults = [e for e in errors if is_unexpected(e)]
        if faults:
            super().process_errors(faults, execution_context)


_OPERATION = re.compile(r"\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)")


def operation_in(query: str | None) -> str | None:
    """The name of a document's operation when it starts with a named one (no parsing)."""
    found = _OPERATION.match(query or "")
    return found.group(1) if found else None


def build_schema(settings: Settings) -> strawberry.Schema:
    use_settings(settings)  # the office time zone the types show times in
    # The limit rules are created once: a new rule class per request would make every
    # ValidationCache lookup miss (its key includes the rules).
    rules: list[type[ASTValidationRule]] = [
        depth_validator(settings.max_query_depth, None, None),
        aliases_validator(settings.max_aliases),
    ]
    if settings.production:
        rules.append(NoSchemaIntrospectionCustomRule)
    extensions: list[type[SchemaExtension] | Callable[[], SchemaExtension]] = [
        lambda: AddValidationRules(rules),
        lambda: MaxTokensLimiter(max_token_count=settings.max_tokens),
        lambda: ParserCache(maxsize=512),
        lambda: limits.QueryLimits(settings),  # before validation: one short error
        lambda: limits.ValidatedOnce(maxsize=512),
        InputGuard,
        TypedErrors,
        limits.DatabaseTimeouts,  # after the masking: rewrites its errors first
    ]
    return Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=list(NODE_TYPES.values()),
        extensions=extensions,
        config=StrawberryConfig(disable_field_suggestions=settings.production),
        execution_context_class=DayCacheExecutionContext,
    )
