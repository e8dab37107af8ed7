"""One check of every argument before an operation runs: text, dates and uploads.

Walks the operation's fields with their schema types (so a new operation is covered without
editing this file), takes each argument's value as graphql-core coerced it, and refuses what no
resolver should see (``booking.values``): control characters and over-long text, dates outside
the years the service works with, and anything but a file where an ``Upload`` is expected. The
refusal is a typed error (``VALIDATION`` with the argument's path in ``field``) and nothing of
the operation runs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from graphql import (
    DocumentNode,
    ExecutionResult,
    FieldNode,
    GraphQLError,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    GraphQLSchema,
    OperationDefinitionNode,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    visit,
)
from graphql.execution.values import get_argument_values, get_variable_values
from starlette.datastructures import UploadFile
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from api.memo import DocumentMemo
from booking.errors import DomainError, ErrorCode
from booking.values import check_date, check_text

TEXT_SCALARS = frozenset({"String", "ID"})
DATE_SCALARS = frozenset({"Date", "DateTime"})


def check_value(value: Any, type_: GraphQLInputType, field: str) -> None:
    """``value`` as coerced for ``type_``; ``field`` names it for the client (``input.title``)."""
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    if value is None:
        return
    if isinstance(type_, GraphQLList):
        for item in value if isinstance(value, list) else [value]:
            check_value(item, type_.of_type, field)
    elif isinstance(type_, GraphQLInputObjectType):
        for name, input_field in type_.fields.items():
            if isinstance(value, Mapping) and name in value:
                check_value(value[name], input_field.type, f"{field}.{name}")
    elif isinstance(type_, GraphQLScalarType):
        if type_.name == "Upload":
            if not isinstance(value, UploadFile):
                raise DomainError(ErrorCode.VALIDATION, "not_a_file", field=field)
        elif type_.name in TEXT_SCALARS and isinstance(value, str):
            check_text(value, field)
        elif type_.name in DATE_SCALARS and isinstance(value, date):
            check_date(value, field)


class _ArgumentedFields(Visitor):
    """The document's fields that take arguments, each with its definition (every operation and
    fragment of the document, as graphql-core's TypeInfo resolves them)."""

    def __init__(self, type_info: TypeInfo) -> None:
        super().__init__()
        self.type_info = type_info
        self.found: list[tuple[GraphQLField, FieldNode]] = []

    def enter_field(self, node: FieldNode, *_: object) -> None:
        field_def = self.type_info.get_field_def()
        if field_def is not None and node.arguments:
            self.found.append((field_def, node))


#: Per document and schema: its argumented fields.
_fields: DocumentMemo[list[tuple[GraphQLField, FieldNode]]] = DocumentMemo()


def argumented_fields(
    schema: GraphQLSchema, document: DocumentNode
) -> list[tuple[GraphQLField, FieldNode]]:
    """Walks ``document`` with its schema types once per document object."""

    def walk() -> list[tuple[GraphQLField, FieldNode]]:
        type_info = TypeInfo(schema)
        walker = _ArgumentedFields(type_info)
        visit(document, TypeInfoVisitor(type_info, walker))
        return walker.found

    return _fields.of_document(document, (schema,), walk)


def _operation(document: DocumentNode, name: str | None) -> OperationDefinitionNode | None:
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    for operation in operations:
        if name is None or (operation.name and operation.name.value == name):
            return operation if name is not None or len(operations) == 1 else None
    return None


def check_arguments(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation_name: str | None,
    raw_variables: dict[str, Any] | None,
) -> None:
    operation = _operation(document, operation_name)
    if operation is None:
        return
    variables = get_variable_values(
        schema, operation.variable_definitions or (), raw_variables or {}, max_errors=1
    )
    if isinstance(variables, list):
        return  # values graphql-core cannot coerce: it answers them itself
    for field_def, node in argumented_fields(schema, document):
        try:
            values = get_argument_values(field_def, node, variables)
        except GraphQLError:
            continue  # graphql-core answers it during execution
        for name, value in values.items():
            if name in field_def.args:
                check_value(value, field_def.args[name].type, name)


#: Requests whose arguments passed, by document, operation and variables.
_passed: DocumentMemo[None] = DocumentMemo()


class InputGuard(SchemaExtension):
    """Refuses the operation before it runs; the refusal is its result (so the error shaping of
    ``api.schema.TypedErrors`` sees it), or for a subscription its first and only message."""

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None:
            document = context.graphql_document
            try:
                _passed.get_or_compute(
                    document,
                    context.variables,
                    (context.schema._schema,),
                    (context.operation_name,),
                    lambda: check_arguments(
                        context.schema._schema, document, context.operation_name, context.variables
                    ),
                    lambda _: True,  # passed (a refusal raises: never kept)
                )
            except DomainError as error:
                if context.operation_type == OperationType.SUBSCRIPTION:
                    raise
                context.result = ExecutionResult(
                    data=None, errors=[GraphQLError(str(error), original_error=error)]
                )
        yield
