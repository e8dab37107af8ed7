"""SQL written once as text, for the statements of a hot path that the ORM would build again on
every call (a booking submission spends more CPU building its queries than PostgreSQL spends
running them). Written with PostgreSQL's ``$n`` placeholders; SQLite reads the same numbered
parameters as ``?n``. Values go in as parameters; only code constants are part of the text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

_PLACEHOLDER = re.compile(r"\$(\d+)")
M = TypeVar("M", bound=Model)


@cache
def _for_sqlite(sql: str) -> str:
    return _PLACEHOLDER.sub(r"?\1", sql)


def for_dialect(conn: BaseDBAsyncClient, sql: str) -> str:
    """``sql`` (``$n`` placeholders) as ``conn``'s database reads it."""
    return _for_sqlite(sql) if conn.capabilities.dialect == "sqlite" else sql


async def rows(conn: BaseDBAsyncClient, sql: str, values: Sequence[Any]) -> list[dict[str, Any]]:
    """The rows of ``sql`` run on ``conn``, as dicts (also an UPDATE's RETURNING rows, which
    ``execute_query`` drops on PostgreSQL)."""
    return await conn.execute_query_dict(for_dialect(conn, sql), list(values))


async def execute(conn: BaseDBAsyncClient, sql: str, values: Sequence[Any]) -> None:
    """Run ``sql`` (an INSERT, an UPDATE) on ``conn``; constraint violations arrive as the ORM's
    ``IntegrityError``."""
    await conn.execute_query(for_dialect(conn, sql), list(values))


async def instances(
    model: type[M], sql: str, values: Sequence[Any], conn: BaseDBAsyncClient | None = None
) -> list[M]:
    """The rows of ``sql`` (every column of ``model``'s table, ``SELECT *``) as instances of
    ``model``, built as the ORM builds the rows it reads (``conn``: default, the model's)."""
    found = await rows(conn or model._meta.db, sql, values)
    return [model._init_from_db(**row) for row in found]


def columns(model: type[Model], alias: str) -> str:
    """Every column of ``model``'s table from ``alias``, each named ``<alias>_<column>``: for
    reading two tables' rows in one statement (see :func:`instance`)."""
    names = model._meta.fields_db_projection.values()
    return ", ".join(f'{alias}."{c}" AS "{alias}_{c}"' for c in names)


def instance(model: type[M], alias: str, row: dict[str, Any]) -> M:
    """The ``model`` in ``row``, read with :func:`columns` (``alias``)."""
    names = model._meta.fields_db_projection.values()
    return model._init_from_db(**{c: row[f"{alias}_{c}"] for c in names})
