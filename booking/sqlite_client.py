"""SQLite with a statement timeout, as PostgreSQL's ``statement_timeout`` (booking/db.py).

SQLite has no such setting; its progress handler, called every few thousand virtual-machine steps
of a running statement, may stop it (``sqlite3.OperationalError: interrupted``). The trace
callback, called as each statement starts, records when it started; both run on aiosqlite's
connection thread. Used as Tortoise's engine (``booking.sqlite_client``) when a timeout is set."""

from __future__ import annotations

import time
from typing import Any

from tortoise.backends.sqlite.client import SqliteClient

#: Virtual-machine steps between two looks at the clock (a few hundred microseconds).
STEPS = 10_000


class TimedSqliteClient(SqliteClient):
    def __init__(self, file_path: str, **kwargs: Any) -> None:
        self.statement_timeout = float(kwargs.pop("statement_timeout", 0) or 0)
        super().__init__(file_path, **kwargs)  # the other credentials are PRAGMAs

    async def create_connection(self, with_db: bool) -> None:
        fresh = self._connection is None
        await super().create_connection(with_db)
        if fresh and self._connection is not None and self.statement_timeout > 0:
            limit = self.statement_timeout
            started = [time.monotonic()]

            def statement_started(_: str) -> None:
                started[0] = time.monotonic()

            def too_long() -> int:
                return int(time.monotonic() - started[0] > limit)

            raw = self._connection._conn
            await self._connection._execute(raw.set_trace_callback, statement_started)
            await self._connection._execute(raw.set_progress_handler, too_long, STEPS)


client_class = TimedSqliteClient
