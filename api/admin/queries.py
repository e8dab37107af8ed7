"""ADMIN read side: every room (inactive ones too), users, office closures, the audit trail."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import cast

import strawberry
from strawberry import relay
from strawberry.scalars import JSON
from tortoise.expressions import Q

from api.admin.resources import OfficeClosure
from api.admin.types import Room, User, user_by_id
from api.base import Connection, local
from api.common import aware, paginate
from api.context import Info
from api.ids import decode_id, parse_global_id
from booking import models
from booking.admin import audit
from booking.errors import DomainError, ErrorCode


@strawberry.type(
    description="One administrative change: who, when, what, the entity before and after. "
    "Read-only: no mutation edits or deletes entries."
)
class AuditEntry(relay.Node):
    id: relay.NodeID[int]
    action: str
    entity_type: str = strawberry.field(description="ROOM, EQUIPMENT, AGENCY, USER or CLOSURE.")
    entity_id: int = strawberry.field(description="The database id of the entity.")
    before: JSON | None
    after: JSON | None
    note: str | None
    at: datetime
    actor_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, m: models.AuditEntry) -> AuditEntry:
        return cls(
            id=m.id,
            action=m.action,
            entity_type=m.entity_type,
            entity_id=m.entity_id,
            before=cast(JSON, m.before),
            after=cast(JSON, m.after),
            note=m.note,
            at=local(m.at),
            actor_id=m.actor_id,
        )

    @strawberry.field
    async def actor(self, info: Info) -> User | None:
        return await user_by_id(info, self.actor_id)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[AuditEntry | None]:
        audit.require_admin(info.context.require_user())
        ids = [int(i) for i in node_ids]
        found = {r.id: r for r in await models.AuditEntry.filter(id__in=ids)}
        return [cls.from_model(found[i]) if i in found else None for i in ids]


@strawberry.input
class AuditFilter:
    actor_id: strawberry.ID | None = None
    entity_type: str | None = None
    entity_id: strawberry.ID | None = strawberry.field(
        default=None, description="The entity's global id (Room, User, ...) or a closure id."
    )
    since: datetime | None = strawberry.field(default=None, description="At or after.")
    until: datetime | None = strawberry.field(default=None, description="Before.")

    def domain(self, info: Info) -> audit.AuditFilter:
        return audit.AuditFilter(
            actor_id=decode_id(self.actor_id, "User", "actorId") if self.actor_id else None,
            entity_type=self.entity_type,
            entity_id=_entity_id(self.entity_id, self.entity_type),
            since=aware(self.since, info) if self.since else None,
            until=aware(self.until, info) if self.until else None,
        )


def _entity_id(value: strawberry.ID | None, entity_type: str | None) -> int | None:
    """A closure's plain id, or the global id of a room, item, agency or user."""
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    return parse_global_id(value, "entityId")[1]


@strawberry.input
class UserFilter:
    agency_id: strawberry.ID | None = None
    active: bool | None = None
    search: str | None = strawberry.field(default=None, description="In the NRK or the name.")


@strawberry.type
class AdminQuery:
    @strawberry.field(description="ADMIN: every room, inactive ones too.")
    async def all_rooms(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Room]:
        audit.require_admin(info.context.require_user())
        qs = models.Room.all().order_by("building", "floor", "code")
        return await paginate(
            qs, info, first, after, lambda rows: [Room.from_model(r) for r in rows]
        )

    @strawberry.field(description="ADMIN: users, by NRK.")
    async def users(
        self,
        info: Info,
        filter: UserFilter | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[User]:
        audit.require_admin(info.context.require_user())
        qs = models.User.all().order_by("nrk")
        where = filter or UserFilter()
        if where.agency_id is not None:
            qs = qs.filter(agency_id=decode_id(where.agency_id, "Agency", "agencyId"))
        if where.active is not None:
            qs = qs.filter(is_active=where.active)
        if where.search:
            text = where.search.strip()
            qs = qs.filter(Q(nrk__contains=text) | Q(name__icontains=text))
        return await paginate(
            qs, info, first, after, lambda rows: [User.from_model(r) for r in rows]
        )

    @strawberry.field(description="Office closures (cuti bersama ...), of one year or all, by day.")
    async def office_closures(self, info: Info, year: int | None = None) -> list[OfficeClosure]:
        info.context.require_user()
        qs = models.OfficeClosure.all().order_by("day")
        if year is not None:
            if not 2000 <= year <= 2100:
                raise DomainError(ErrorCode.VALIDATION, field="year")
            qs = qs.filter(day__gte=date(year, 1, 1), day__lte=date(year, 12, 31))
        return [OfficeClosure.from_model(c) for c in await qs]

    @strawberry.field(description="ADMIN: the audit trail, newest first, filtered and paged.")
    async def audit_trail(
        self,
        info: Info,
        filter: AuditFilter | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[AuditEntry]:
        user = info.context.require_user()
        qs = audit.entries(user, (filter or AuditFilter()).domain(info))
        return await paginate(
            qs, info, first, after, lambda rows: [AuditEntry.from_model(r) for r in rows]
        )
