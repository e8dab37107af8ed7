"""The schema and its safety extensions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import strawberry
from graphql import GraphQLError
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
)
from strawberry.extensions.max_aliases import create_validator as aliases_validator
from strawberry.extensions.query_depth_limiter import create_validator as depth_validator
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.types.graphql import OperationType

from api import limits
from api.base import use_settings
from api.bookings.mutations import Mutation
from api.bookings.queries import Query
from api.nodes import NODE_TYPES
from api.subscriptions.resolvers import Subscription
from booking.enums import Language
from booking.errors import DomainError, ErrorCode
from booking.messages import render
from booking.settings import Settings


def _is_unexpected(error: GraphQLError) -> bool:
    """Mask only real failures; keep syntax, validation, limit and typed errors readable."""
    original = error.original_error
    return original is not None and not isinstance(
        original, (GraphQLError, DomainError, InvalidOperationTypeError)
    )


class TypedErrors(MaskErrors):
    """Typed failures raised by queries get their code and message in the caller's language;
    unexpected exceptions are masked (no tracebacks, no internals)."""

    def __init__(self) -> None:
        super().__init__(
            should_mask_error=_is_unexpected, error_message="Kesalahan internal. / Internal error."
        )

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        processed = []
        for error in super()._process_errors(errors):
            original = error.original_error
            if isinstance(original, InvalidOperationTypeError):  # a query over the WebSocket
                original = DomainError(ErrorCode.VALIDATION, "subscriptions_only")
            if isinstance(original, DomainError):
                language = self.execution_context.context.language
                error = GraphQLError(
                    render(original, language),
                    nodes=error.nodes,
                    path=error.path,
                    extensions={"code": original.code.value, "field": original.field},
                )
            elif error.message.startswith("Kesalahan internal"):
                error.extensions = {"code": "INTERNAL"}
            elif original is None and not error.extensions:
                # graphql-core's own (English) text, after an Indonesian lead unless asked for en.
                # A new error: validation results are cached and shared between requests.
                context = self.execution_context.context
                english = getattr(context, "language", Language.ID) == Language.EN
                error = GraphQLError(
                    error.message
                    if english
                    else f"Permintaan GraphQL tidak valid: {error.message}",
                    nodes=error.nodes,
                    source=error.source,
                    positions=error.positions,
                    path=error.path,
                    extensions={"code": "GRAPHQL_VALIDATION_FAILED"},
                )
            processed.append(error)
        return processed


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

    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        """Log real faults only: expected (typed) failures are answers, not incidents."""
        faults = [e for e in errors if not isinstance(e.original_error, DomainError)]
        if faults:
            super().process_errors(faults, execution_context)


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
    )
