"""Operations the generated migrations lack."""

from __future__ import annotations

from typing import Any

from tortoise.migrations import operations as ops


class AddFieldWithDefault(ops.AddField):
    """AddField with a database default: Tortoise's AddField emits ``NOT NULL`` without one, which
    fails on a table that already has rows (every deployment's rooms and bookings)."""

    def __init__(
        self, model_name: str, name: str, field: Any, table: str, sql_type: str, default: object
    ) -> None:
        super().__init__(model_name, name, field)
        self.sql = (
            f'ALTER TABLE "{table}" ADD COLUMN "{name}" {sql_type} NOT NULL DEFAULT {default}'
        )

    async def database_forward(
        self, app_label: str, old_state: Any, new_state: Any, state_editor: Any = None
    ) -> None:
        if state_editor:
            await state_editor.client.execute_script(self.sql)
