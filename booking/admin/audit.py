"""The audit trail of administrative changes: who, when, what, before and after.

:func:`record` is called inside the transaction of the change it describes, so a change and its
entry commit (or roll back) together. Entries are only ever inserted: nothing updates or deletes
them (the API has no such mutation)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet

from booking.clock import now
from booking.errors import DomainError, ErrorCode
from booking.models import AuditEntry, User
from booking.permissions import can_manage_resources

#: The entity types entries name (``AuditEntry.entity_type``).
ENTITY_TYPES = ("ROOM", "EQUIPMENT", "AGENCY", "USER", "CLOSURE", "WEBHOOK", "BOOKING")


async def record(
    conn: BaseDBAsyncClient,
    actor: User,
    action: str,
    entity_type: str,
    entity_id: int,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
    note: str | None = None,
) -> AuditEntry:
    return await AuditEntry.create(
        using_db=conn,
        actor_id=actor.id,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        before=dict(before) if before is not None else None,
        after=dict(after) if after is not None else None,
        note=note,
        at=now(),
    )


@dataclass(frozen=True)
class AuditFilter:
    actor_id: int | None = None
    entity_type: str | None = None
    entity_id: int | None = None
    since: datetime | None = None  # at or after
    until: datetime | None = None  # before


def entries(user: User, where: AuditFilter) -> QuerySet[AuditEntry]:
    """The entries matching ``where``, newest first (ADMIN only)."""
    if not can_manage_resources(user):
        raise DomainError(ErrorCode.FORBIDDEN)
    if where.entity_type is not None and where.entity_type not in ENTITY_TYPES:
        raise DomainError(ErrorCode.VALIDATION, field="entityType")
    if where.since and where.until and where.until <= where.since:
        raise DomainError(ErrorCode.VALIDATION, "time_order", field="until")
    qs = AuditEntry.all()
    if where.actor_id is not None:
        qs = qs.filter(actor_id=where.actor_id)
    if where.entity_type is not None:
        qs = qs.filter(entity_type=where.entity_type)
    if where.entity_id is not None:
        qs = qs.filter(entity_id=where.entity_id)
    if where.since is not None:
        qs = qs.filter(at__gte=where.since)
    if where.until is not None:
        qs = qs.filter(at__lt=where.until)
    return qs.order_by("-at", "-id")


def require_admin(user: User) -> None:
    if not can_manage_resources(user):
        raise DomainError(ErrorCode.FORBIDDEN)
