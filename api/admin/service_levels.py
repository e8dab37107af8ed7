"""Service levels: compliance with the SOP's time standards per step and officer (read side)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

import strawberry

from api.admin.types import User
from api.bookings.types import Step
from api.common import aware
from api.context import Info
from booking.errors import DomainError, ErrorCode
from booking.service_levels import StepStats, can_read_service_levels, service_level_report

#: The longest period one report may cover.
MAX_REPORT_DAYS = 366


@strawberry.type(
    description="Completed stays of one SOP step in a period: for one officer, or for everyone "
    "(allOfficers). Durations are working minutes on the working calendar."
)
class StepServiceLevel:
    step: Step
    all_officers: bool = strawberry.field(
        description="True: the row for everyone; officer is then null."
    )
    count: int
    median_working_minutes: float
    p90_working_minutes: float = strawberry.field(
        description="90th percentile, linear between the closest ranks."
    )
    within_standard_share: float = strawberry.field(
        description="Share (0..1) of stays that took no more than the standard."
    )
    standard_minutes: int
    officer_id: strawberry.Private[int | None]

    @classmethod
    def from_stats(cls, stats: StepStats, info: Info) -> StepServiceLevel:
        return cls(
            step=Step.of(stats.step, info),
            all_officers=stats.all_officers,
            count=stats.count,
            median_working_minutes=stats.median_working_minutes,
            p90_working_minutes=stats.p90_working_minutes,
            within_standard_share=stats.within_standard_share,
            standard_minutes=stats.standard_minutes,
            officer_id=stats.officer_id,
        )

    @strawberry.field(
        description="Who completed the step; null on the allOfficers row and for the system."
    )
    async def officer(self, info: Info) -> User | None:
        if self.officer_id is None:
            return None
        row = await info.context.loaders.users_by_id.load(self.officer_id)
        return User.from_model(row) if row else None


@strawberry.type
class ServiceLevelQuery:
    @strawberry.field(
        description="SERVICE_HEAD, LEADERSHIP, ADMIN: per step and officer, the stays that ended "
        "in [from, to): count, median and 90th percentile working minutes, share within the "
        "standard. Per step the allOfficers row comes first."
    )
    async def service_level_report(
        self,
        info: Info,
        from_: Annotated[datetime, strawberry.argument(name="from")],
        to: datetime,
    ) -> list[StepServiceLevel]:
        user = info.context.require_user()
        if not can_read_service_levels(user):
            raise DomainError(ErrorCode.FORBIDDEN)
        start, end = aware(from_, info), aware(to, info)
        if end <= start:
            raise DomainError(ErrorCode.VALIDATION, "time_order", field="to")
        if end - start > timedelta(days=MAX_REPORT_DAYS):
            raise DomainError(
                ErrorCode.VALIDATION, "range_too_long", field="to", days=MAX_REPORT_DAYS
            )
        stats = await service_level_report(start, end)
        return [StepServiceLevel.from_stats(s, info) for s in stats]
