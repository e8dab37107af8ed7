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
    SchemaExtension,
)
from strawberry.extensions.max_aliases import create_validator as aliases_validator
from strawberry.extensions.query_depth_limiter import create_validator as depth_validator
from strawberry.schema.config import StrawberryConfig
from strawberry.types.graphql import OperationType

from api import limits
from api.base import use_settings
from api.bookings.mutations import Mutation
from api.bookings.queries import Query
from api.errors import ParserCache, is_unexpected, shape
from api.input_guard import InputGuard
from api.nodes import NODE_TYPES
from api.subscriptions.resolvers import Subscription
from booking.enums import Language
from booking.settings import Settings


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

    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        """Log real faults only: expected (typed) failures are answers, not incidents."""
        faults = [e for e in errors if is_unexpected(e)]
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
    )
