"""One shape for every top-level GraphQL error: a message in the caller's language and
``extensions.code`` from :data:`TRANSPORT_CODES` or the domain's ``ErrorCode``.

Applied to each result (``api.schema.TypedErrors``) and again, for what reaches the HTTP answer
without a code (a syntax error never passes the extensions' hooks), by the view; HTTP-level
refusals (not JSON, a broken multipart body) are answered in the same shape. No message carries
Python's own text or a value's ``repr`` (``<UploadFile instance>``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphql import GraphQLError, VariableDefinitionNode, print_ast
from strawberry import extensions as strawberry_extensions
from strawberry.exceptions import StrawberryInputCoercionError
from strawberry.schema.exceptions import InvalidOperationTypeError

from booking.enums import Language
from booking.errors import DomainError, ErrorCode
from booking.messages import render

#: Codes of failures the transport finds before the domain runs (the domain's are ErrorCode).
TRANSPORT_CODES = {
    "GRAPHQL_PARSE_FAILED": "the document is not GraphQL (syntax, or over the token limit)",
    "GRAPHQL_VALIDATION_FAILED": "the document does not fit the schema, or is too deep or has "
    "too many aliases",
    "BAD_USER_INPUT": "a variable's value does not fit its type",
    "BAD_REQUEST": "the HTTP request is not a GraphQL request (body, content type, multipart form)",
    "PREFLIGHT_REQUIRED": "an upload without the Apollo-Require-Preflight header",
    "INTERNAL": "an unexpected failure (logged; the message says no more)",
}

INTERNAL_MESSAGE = "Kesalahan internal. / Internal error."
_TEXTS = {
    "GRAPHQL_PARSE_FAILED": ("Permintaan GraphQL tidak dapat dibaca", "Unreadable GraphQL request"),
    "GRAPHQL_VALIDATION_FAILED": ("Permintaan GraphQL tidak valid", "Invalid GraphQL request"),
    "BAD_USER_INPUT": ("Nilai variabel tidak valid", "Invalid variable value"),
    "BAD_REQUEST": ("Permintaan HTTP tidak valid", "Invalid HTTP request"),
}
_VARIABLE = re.compile(r"^Variable '\$(\w+)' (?:has|got) invalid value(?: at '?([^':]+)'?)?: ?")
_SCALAR_TEXT = re.compile(r"^(Value cannot represent an? \w+):.*$", re.S)
_ECHO = re.compile(r",? found:? .*$", re.S)


def is_unexpected(error: GraphQLError) -> bool:
    """A real fault: not the request's or the domain's (those are answers, not incidents)."""
    original = error.original_error
    if original is None:
        return error.path is not None  # e.g. a null for a non-null field: the server's fault
    return not isinstance(original, (GraphQLError, DomainError, InvalidOperationTypeError))


def _reason(error: GraphQLError, text: str) -> str:
    """graphql-core's reason without the value echoed back or a parser's Python text."""
    if isinstance(error.original_error, StrawberryInputCoercionError) or _SCALAR_TEXT.match(text):
        text = _SCALAR_TEXT.sub(r"\1.", text)
    text = _ECHO.sub(".", text).replace("<UploadFile instance>", "an uploaded file")
    return text if text.endswith((".", "?", "!")) else text + "."


def _lead(code: str, language: Language) -> str:
    indonesian, english = _TEXTS[code]
    return english if language == Language.EN else indonesian


def shape(error: GraphQLError, language: Language) -> GraphQLError:
    """``error`` with a code and a message fit for the client (a new error: validation errors
    are cached and shared between requests)."""
    original = error.original_error
    if isinstance(original, InvalidOperationTypeError):  # a query over the WebSocket
        original = DomainError(ErrorCode.VALIDATION, "subscriptions_only")
    if isinstance(original, DomainError):
        return GraphQLError(
            render(original, language),
            nodes=error.nodes,
            path=error.path,
            extensions={"code": original.code.value, "field": original.field},
        )
    if error.extensions and "code" in error.extensions:
        return error
    if is_unexpected(error):
        return GraphQLError(
            INTERNAL_MESSAGE, nodes=error.nodes, path=error.path, extensions={"code": "INTERNAL"}
        )
    extensions: dict[str, object] = {}
    variable = _VARIABLE.match(error.message)
    if variable:
        code = "BAD_USER_INPUT"
        node = error.nodes[0] if error.nodes else None
        type_name = print_ast(node.type) if isinstance(node, VariableDefinitionNode) else ""
        at = variable.group(2)
        if at and at.startswith((".", "[")):
            at = variable.group(1) + at
        reason = _reason(error, error.message[variable.end() :])
        where = f" at '{at}'" if at else ""
        detail = f"${variable.group(1)} ({type_name}){where}: {reason}"
        extensions["field"] = at or variable.group(1)
    elif error.message.startswith("Syntax Error"):
        code, detail = "GRAPHQL_PARSE_FAILED", error.message.removeprefix("Syntax Error: ")
    else:
        code, detail = "GRAPHQL_VALIDATION_FAILED", _reason(error, error.message)
    return GraphQLError(
        f"{_lead(code, language)}: {detail}",
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions={"code": code, **extensions},
    )


def request_error(code: str, detail: str, language: Language) -> dict[str, object]:
    """An HTTP-level refusal as a GraphQL error object."""
    return {"message": f"{_lead(code, language)}: {detail}", "extensions": {"code": code}}


class ParserCache(strawberry_extensions.ParserCache):
    """Strawberry's parser cache parses while entering its hook, so a syntax error escapes the
    operation's error handling (over the WebSocket the client got a bare ``complete`` and the
    server logged a traceback). A document that does not parse is left to Strawberry's own parse,
    which answers it as a pre-execution error in the shape above."""

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        try:
            context.graphql_document = self.cached_parse_document(
                context.query, **context.parse_options
            )
        except GraphQLError:
            context.graphql_document = None
        yield
