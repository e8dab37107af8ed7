"""What text, dates and times the service accepts at all, whatever the operation.

Checked once for every argument before an operation runs (``api.input_guard``), so the domain
and both databases see only values they can store and compute with: PostgreSQL refuses a NUL
character (SQLite would store it), a lone surrogate cannot be encoded, and date arithmetic near
``date.min`` / ``date.max`` overflows.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from booking.errors import DomainError, ErrorCode

#: The dates the service works with (bookings, reports, history): years 2000 to 2199.
EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2199, 12, 31)
#: The longest text any argument may carry (the longest field, a note or reason, is far shorter).
MAX_TEXT_LENGTH = 20_000
#: C0/C1 control characters other than tab, line feed and carriage return, and lone surrogates.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def check_text(value: str, field: str) -> None:
    if len(value) > MAX_TEXT_LENGTH:
        raise DomainError(ErrorCode.VALIDATION, "text_too_long", field=field, max=MAX_TEXT_LENGTH)
    if _FORBIDDEN.search(value):
        raise DomainError(ErrorCode.VALIDATION, "text_control_character", field=field)


def check_date(value: date, field: str) -> None:
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise DomainError(
            ErrorCode.VALIDATION,
            "date_out_of_range",
            field=field,
            earliest=EARLIEST_DATE.isoformat(),
            latest=LATEST_DATE.isoformat(),
        )
