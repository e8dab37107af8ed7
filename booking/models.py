"""Tortoise models. Times are stored in UTC; the office works in Asia/Jakarta."""

from __future__ import annotations

from datetime import datetime, time

from tortoise import fields
from tortoise.models import Model

from booking.enums import (
    BlockAction,
    BookingStatus,
    Channel,
    DeliveryStatus,
    Frequency,
    Language,
    PhotoStatus,
    Role,
    WaitlistStatus,
)


class Agency(Model):
    """An SKPD/UKPD of the province."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=200)
    is_active = fields.BooleanField(default=True)

    class Meta:
        table = "agency"


#: The longest NRK a user can have (a longer one at login is simply unknown).
NRK_LENGTH = 16


class User(Model):
    id = fields.IntField(primary_key=True)
    nrk = fields.CharField(max_length=NRK_LENGTH, unique=True)
    name = fields.CharField(max_length=200)
    email = fields.CharField(max_length=254, null=True)
    phone = fields.CharField(max_length=32, null=True)
    agency: fields.ForeignKeyNullableRelation[Agency] = fields.ForeignKeyField(
        "booking.Agency", related_name="users", null=True, on_delete=fields.RESTRICT
    )
    agency_id: int | None
    roles: list[str] = fields.JSONField(default=list)
    language = fields.CharEnumField(Language, default=Language.ID, max_length=2)
    password_hash = fields.CharField(max_length=200)
    is_active = fields.BooleanField(default=True)
    # Set by an administrator's password reset: every call but changePassword is refused until then.
    must_change_password = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "app_user"

    def has_role(self, *roles: Role) -> bool:
        return any(role in self.roles for role in roles)


class Session(Model):
    """An opaque login session. Only the SHA-256 of the token is stored."""

    id = fields.IntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="sessions", on_delete=fields.CASCADE
    )
    user_id: int
    created_at = fields.DatetimeField()
    last_seen_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "user_session"


class LoginThrottle(Model):
    """Failed logins per NRK, whether or not the NRK exists (so the answer reveals nothing)."""

    nrk = fields.CharField(max_length=64, primary_key=True)
    failures = fields.IntField(default=0)
    last_failure_at = fields.DatetimeField(null=True)
    locked_until = fields.DatetimeField(null=True)

    class Meta:
        table = "login_throttle"


class Room(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=200)
    building = fields.CharField(max_length=100)
    floor = fields.CharField(max_length=16)
    capacity = fields.IntField()
    facilities: list[str] = fields.JSONField(default=list)
    description = fields.TextField(null=True)
    is_active = fields.BooleanField(default=True)
    # Bookable hours, office-local time (Asia/Jakarta), in minutes after midnight (1440: midnight).
    opens_minute = fields.IntField(default=7 * 60)
    closes_minute = fields.IntField(default=21 * 60)
    # Bumped by every transaction that changes the room's availability, under the room's row lock:
    # live subscribers order the room-day states they are sent by it (booking.live_state).
    live_seq = fields.IntField(default=0)
    # A booking nobody checked in to this long after its start is released as a no-show
    # (booking.check_in); None: no check-in needed in this room.
    no_show_grace_minutes = fields.IntField(null=True, default=15)

    class Meta:
        table = "room"

    @property
    def opens_at(self) -> time:
        return _minute_to_time(self.opens_minute)

    @property
    def closes_at(self) -> time:
        return _minute_to_time(self.closes_minute)


def _minute_to_time(minute: int) -> time:
    return time(0) if minute >= 24 * 60 else time(minute // 60, minute % 60)


class EquipmentItem(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=200)
    unit = fields.CharField(max_length=32)
    stock = fields.IntField()

    class Meta:
        table = "equipment_item"


class BookingSeries(Model):
    """A recurring request: its pattern and who asked. The occurrences are ordinary bookings."""

    id = fields.IntField(primary_key=True)
    requester: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="booking_series", on_delete=fields.RESTRICT
    )
    requester_id: int
    agency: fields.ForeignKeyRelation[Agency] = fields.ForeignKeyField(
        "booking.Agency", related_name="booking_series", on_delete=fields.RESTRICT
    )
    agency_id: int
    room: fields.ForeignKeyRelation[Room] = fields.ForeignKeyField(
        "booking.Room", related_name="booking_series", on_delete=fields.RESTRICT
    )
    room_id: int
    frequency = fields.CharEnumField(Frequency, max_length=8)
    interval = fields.IntField(default=1)
    weekdays: list[int] = fields.JSONField(default=list)  # date.weekday(): Monday=0
    until = fields.DateField(null=True)
    count = fields.IntField(null=True)
    # The first occurrence as asked: its office-local time of day and duration hold for every one.
    starts_at: datetime = fields.DatetimeField()
    ends_at: datetime = fields.DatetimeField()
    skip_holidays = fields.BooleanField(default=False)
    # Occurrences not booked at submission: [{date, starts_at, ends_at, code, reason, params, ...}]
    skipped: list[dict[str, object]] = fields.JSONField(default=list)
    created_at: datetime = fields.DatetimeField()

    occurrences: fields.ReverseRelation[Booking]

    class Meta:
        table = "booking_series"

    @property
    def reference(self) -> str:
        """Reference number shown to people, e.g. ``EPRS-2026-000012``."""
        return f"EPRS-{self.created_at.year}-{self.id:06d}"


def booking_reference(booking_id: int, created_at: datetime) -> str:
    """A booking's reference number: the year of its creation as stored (UTC when read from the
    database) and its id on at least six digits. The booking list's PostgreSQL export writes the
    same in SQL (booking/export_copy.py; a test compares the two)."""
    return f"EPR-{created_at.year}-{booking_id:06d}"


class Booking(Model):
    id = fields.IntField(primary_key=True)
    requester: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="bookings", on_delete=fields.RESTRICT
    )
    requester_id: int
    agency: fields.ForeignKeyRelation[Agency] = fields.ForeignKeyField(
        "booking.Agency", related_name="bookings", on_delete=fields.RESTRICT
    )
    agency_id: int
    room: fields.ForeignKeyRelation[Room] = fields.ForeignKeyField(
        "booking.Room", related_name="bookings", on_delete=fields.RESTRICT
    )
    room_id: int
    starts_at: datetime = fields.DatetimeField(db_index=True)
    ends_at: datetime = fields.DatetimeField()
    title = fields.CharField(max_length=200)
    purpose = fields.TextField()
    participants = fields.IntField()
    letter_key = fields.CharField(max_length=200, null=True)
    letter_content_type = fields.CharField(max_length=64, null=True)
    letter_size = fields.IntField(null=True)
    status = fields.CharEnumField(BookingStatus, max_length=24, db_index=True)
    status_changed_at: datetime = fields.DatetimeField()
    created_at: datetime = fields.DatetimeField()
    series: fields.ForeignKeyNullableRelation[BookingSeries] = fields.ForeignKeyField(
        "booking.BookingSeries", related_name="occurrences", null=True, on_delete=fields.RESTRICT
    )
    series_id: int | None
    # iCalendar SEQUENCE: +1 on every change of status, room or time (booking.changes.apply).
    sequence = fields.IntField(default=0)
    # When someone checked in (booking.check_in); None: nobody yet.
    checked_in_at = fields.DatetimeField(null=True)
    # False: never released as a no-show, whatever the room's grace period (an officer's choice).
    no_show_release = fields.BooleanField(default=True, db_default=True)

    equipment_lines: fields.ReverseRelation[BookingEquipment]
    history: fields.ReverseRelation[BookingEvent]

    class Meta:
        table = "booking"
        indexes = (("room_id", "starts_at"), ("series_id", "starts_at"))

    @property
    def reference(self) -> str:
        """Reference number shown to people, e.g. ``EPR-2026-000123``."""
        return booking_reference(self.id, self.created_at)

    @classmethod
    async def by_reference(cls, reference: str) -> Booking | None:
        """The booking a reference number names, or None (malformed, unknown, wrong year)."""
        text = reference.strip().upper()
        prefix, _, number = text.rpartition("-")
        if not prefix.startswith("EPR-") or not number.isdigit() or len(number) > 9:
            return None
        booking = await cls.get_or_none(id=int(number))
        return booking if booking is not None and booking.reference == text else None


class BookingEquipment(Model):
    """One equipment line of a booking. Approved quantities are the allocation (SOP step 5)."""

    id = fields.IntField(primary_key=True)
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "booking.Booking", related_name="equipment_lines", on_delete=fields.CASCADE
    )
    booking_id: int
    equipment: fields.ForeignKeyRelation[EquipmentItem] = fields.ForeignKeyField(
        "booking.EquipmentItem", related_name="lines", on_delete=fields.RESTRICT
    )
    equipment_id: int
    requested_quantity = fields.IntField()
    approved_quantity = fields.IntField(null=True)

    class Meta:
        table = "booking_equipment"
        unique_together = (("booking", "equipment"),)


class BookingEvent(Model):
    """Booking history: one row per transition (who, as which role, when, from, to, note)."""

    id = fields.IntField(primary_key=True)
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "booking.Booking", related_name="history", on_delete=fields.CASCADE
    )
    booking_id: int
    action = fields.CharField(max_length=40)
    from_status = fields.CharEnumField(BookingStatus, max_length=24, null=True)
    to_status = fields.CharEnumField(BookingStatus, max_length=24)
    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="actions", null=True, on_delete=fields.SET_NULL
    )
    actor_id: int | None
    actor_role = fields.CharField(max_length=24, null=True)
    note = fields.TextField(null=True)
    at: datetime = fields.DatetimeField()

    class Meta:
        table = "booking_event"


class IdempotencyRecord(Model):
    """The first result of a creating mutation, keyed by the client's idempotency key."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="+", on_delete=fields.CASCADE
    )
    user_id: int
    key = fields.CharField(max_length=128)
    operation = fields.CharField(max_length=40)
    fingerprint = fields.CharField(max_length=64)
    booking: fields.ForeignKeyNullableRelation[Booking] = fields.ForeignKeyField(
        "booking.Booking", related_name="+", null=True, on_delete=fields.CASCADE
    )
    booking_id: int | None
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "idempotency_record"
        unique_together = (("user", "key"),)


class Notification(Model):
    """An in-app notification, written in the same transaction as the change that causes it (the
    outbox). Its text is rendered when read, in the reader's language, from ``kind`` and ``params``."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="notifications", on_delete=fields.CASCADE
    )
    user_id: int
    booking: fields.ForeignKeyNullableRelation[Booking] = fields.ForeignKeyField(
        "booking.Booking", related_name="notifications", null=True, on_delete=fields.CASCADE
    )
    booking_id: int | None
    kind = fields.CharField(max_length=40)
    params: dict[str, str] = fields.JSONField(default=dict)
    created_at: datetime = fields.DatetimeField()
    read_at = fields.DatetimeField(null=True)

    deliveries: fields.ReverseRelation[NotificationDelivery]

    class Meta:
        table = "notification"
        indexes = (("user_id", "read_at"),)


class NotificationDelivery(Model):
    """One channel's delivery of a notification: the outbox row a worker sends and marks."""

    id = fields.IntField(primary_key=True)
    notification: fields.ForeignKeyRelation[Notification] = fields.ForeignKeyField(
        "booking.Notification", related_name="deliveries", on_delete=fields.CASCADE
    )
    notification_id: int
    channel = fields.CharEnumField(Channel, max_length=8)
    status = fields.CharEnumField(DeliveryStatus, max_length=8, default=DeliveryStatus.PENDING)
    attempts = fields.IntField(default=0)
    last_error = fields.TextField(null=True)
    next_attempt_at: datetime = fields.DatetimeField()
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "notification_delivery"
        unique_together = (("notification", "channel"),)
        indexes = (("status", "next_attempt_at"),)


class StepRecord(Model):
    """One stay of a booking in a waiting step: when it entered and left, who completed it, how long
    it took (wall-clock and working minutes), and the service-level markers (each sent once)."""

    id = fields.IntField(primary_key=True)
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "booking.Booking", related_name="steps", on_delete=fields.CASCADE
    )
    booking_id: int
    step = fields.IntField()
    status = fields.CharEnumField(BookingStatus, max_length=24)
    entered_at: datetime = fields.DatetimeField()
    due_at: datetime = fields.DatetimeField()
    left_at = fields.DatetimeField(null=True)
    completed_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="completed_steps", null=True, on_delete=fields.SET_NULL
    )
    completed_by_id: int | None
    completed_role = fields.CharField(max_length=24, null=True)
    wall_minutes = fields.FloatField(null=True)
    working_minutes = fields.FloatField(null=True)
    reminder_sent_at = fields.DatetimeField(null=True)
    escalated_at = fields.DatetimeField(null=True)

    class Meta:
        table = "step_record"
        indexes = (("left_at", "due_at"), ("booking_id", "left_at"))


class PushSubscription(Model):
    """A browser's or phone's Web Push subscription (endpoint and keys)."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="push_subscriptions", on_delete=fields.CASCADE
    )
    user_id: int
    endpoint = fields.CharField(max_length=1000, unique=True)
    p256dh = fields.CharField(max_length=200)
    auth = fields.CharField(max_length=100)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "push_subscription"


class Photo(Model):
    """An event photo (SOP step 10), stored under server-made keys.

    Objects live under ``photos/<booking>/<uid>/`` (never named after user files).
    ``renditions``: [{name, format, contentType, width, height, key, bytes}], by the worker."""

    id = fields.IntField(primary_key=True)
    uid = fields.CharField(max_length=32, unique=True)
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "booking.Booking", related_name="photos", on_delete=fields.CASCADE
    )
    booking_id: int
    uploaded_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="photos", null=True, on_delete=fields.SET_NULL
    )
    uploaded_by_id: int | None
    status = fields.CharEnumField(PhotoStatus, max_length=16)
    original_key = fields.CharField(max_length=200)
    content_type = fields.CharField(max_length=40)
    size = fields.IntField(null=True)
    width = fields.IntField(null=True)
    height = fields.IntField(null=True)
    renditions: list[dict[str, object]] = fields.JSONField(default=list)
    failure_reason = fields.CharField(max_length=40, null=True)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True)  # PROCESSING: due (or leased) until then
    # the presigned POST's expiry; None again once its key was cleared (photos.clear_used_slots)
    upload_expires_at = fields.DatetimeField(null=True)
    created_at: datetime = fields.DatetimeField()
    processed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "photo"
        indexes = (("status", "next_attempt_at"), ("booking_id", "status"))


class EventReport(Model):
    """The usage report to leadership (SOP step 10): a narrative beside the booking's photos."""

    id = fields.IntField(primary_key=True)
    booking: fields.OneToOneRelation[Booking] = fields.OneToOneField(
        "booking.Booking", related_name="report", on_delete=fields.CASCADE
    )
    booking_id: int
    narrative = fields.TextField()
    reported_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="reports", null=True, on_delete=fields.SET_NULL
    )
    reported_by_id: int | None
    reported_at: datetime = fields.DatetimeField(db_index=True)

    class Meta:
        table = "event_report"


class ReportDocument(Model):
    """A PDF rendered by a worker for leadership: an event report's document (``subject``
    ``event-report:<report id>``) or a month's summary (``monthly:<yyyy-mm>``).

    The row is its own outbox: PENDING rows are claimed with a lease (``next_attempt_at``) by
    whichever worker runs. ``content_hash`` is the hash of the content last rendered: the same
    content is never rendered twice, and the object key carries it."""

    id = fields.IntField(primary_key=True)
    subject = fields.CharField(max_length=60, unique=True)
    status = fields.CharField(max_length=8, default="PENDING")  # PENDING, READY, FAILED
    content_hash = fields.CharField(max_length=64, null=True)
    key = fields.CharField(max_length=200, null=True)
    size = fields.IntField(null=True)
    renders = fields.IntField(default=0)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True)
    last_error = fields.TextField(null=True)
    requested_at: datetime = fields.DatetimeField()
    rendered_at = fields.DatetimeField(null=True)

    class Meta:
        table = "report_document"


class WaitlistEntry(Model):
    """A request for a taken slot, with everything a booking request carries (letter included).
    When the slot frees, the first entry that fits becomes a SUBMITTED booking (booking.waitlist)."""

    id = fields.IntField(primary_key=True)
    requester: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="waitlist_entries", on_delete=fields.RESTRICT
    )
    requester_id: int
    agency: fields.ForeignKeyRelation[Agency] = fields.ForeignKeyField(
        "booking.Agency", related_name="waitlist_entries", on_delete=fields.RESTRICT
    )
    agency_id: int
    room: fields.ForeignKeyRelation[Room] = fields.ForeignKeyField(
        "booking.Room", related_name="waitlist_entries", on_delete=fields.RESTRICT
    )
    room_id: int
    starts_at: datetime = fields.DatetimeField()
    ends_at: datetime = fields.DatetimeField()
    title = fields.CharField(max_length=200)
    purpose = fields.TextField()
    participants = fields.IntField()
    # [[equipment id, quantity], ...]: requested with the booking once promoted
    equipment: list[list[int]] = fields.JSONField(default=list)
    letter_key = fields.CharField(max_length=200)
    letter_content_type = fields.CharField(max_length=64)
    letter_size = fields.IntField()
    idempotency_key = fields.CharField(max_length=128)
    fingerprint = fields.CharField(max_length=64)
    status = fields.CharEnumField(WaitlistStatus, max_length=16, default=WaitlistStatus.WAITING)
    joined_at: datetime = fields.DatetimeField()
    closed_at = fields.DatetimeField(null=True)
    booking: fields.ForeignKeyNullableRelation[Booking] = fields.ForeignKeyField(
        "booking.Booking", related_name="waitlist_origin", null=True, on_delete=fields.SET_NULL
    )
    booking_id: int | None

    class Meta:
        table = "waitlist_entry"
        unique_together = (("requester", "idempotency_key"),)
        indexes = (("room_id", "status", "starts_at"), ("agency_id", "joined_at"))


class WaitlistEvent(Model):
    """Waitlist history: joins, leaves, promotions and expiries (who, as which role, when, note)."""

    id = fields.IntField(primary_key=True)
    entry: fields.ForeignKeyRelation[WaitlistEntry] = fields.ForeignKeyField(
        "booking.WaitlistEntry", related_name="history", on_delete=fields.CASCADE
    )
    entry_id: int
    action = fields.CharField(max_length=16)
    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="waitlist_actions", null=True, on_delete=fields.SET_NULL
    )
    actor_id: int | None
    actor_role = fields.CharField(max_length=24, null=True)
    note = fields.TextField(null=True)
    at: datetime = fields.DatetimeField()

    class Meta:
        table = "waitlist_event"


class CalendarFeed(Model):
    """The secret link of one room's or one agency's iCalendar feed. Only the SHA-256 of the token
    is stored; rotating replaces it (the old link stops working) and records who and when."""

    id = fields.IntField(primary_key=True)
    room: fields.ForeignKeyNullableRelation[Room] = fields.ForeignKeyField(
        "booking.Room",
        related_name="calendar_feed",
        null=True,
        unique=True,
        on_delete=fields.CASCADE,
    )
    room_id: int | None
    agency: fields.ForeignKeyNullableRelation[Agency] = fields.ForeignKeyField(
        "booking.Agency",
        related_name="calendar_feed",
        null=True,
        unique=True,
        on_delete=fields.CASCADE,
    )
    agency_id: int | None
    token_hash = fields.CharField(max_length=64, unique=True)
    rotated_at: datetime = fields.DatetimeField()
    rotated_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="calendar_rotations", null=True, on_delete=fields.SET_NULL
    )
    rotated_by_id: int | None
    rotations = fields.IntField(default=1)

    class Meta:
        table = "calendar_feed"


class RoomRules(Model):
    """Per-room overrides of the global booking rules (booking.settings), null keeping the default.

    ``weekday_hours``: seven entries, Monday first, each ``[opens_minute, closes_minute]`` in office
    time or null (closed that day); null as a whole: the room's opening hours every day."""

    id = fields.IntField(primary_key=True)
    room: fields.OneToOneRelation[Room] = fields.OneToOneField(
        "booking.Room", related_name="rules", on_delete=fields.CASCADE
    )
    room_id: int
    weekday_hours: list[list[int] | None] | None = fields.JSONField(null=True)
    min_lead_minutes = fields.IntField(null=True)
    max_advance_days = fields.IntField(null=True)
    max_duration_minutes = fields.IntField(null=True)
    buffer_minutes = fields.IntField(null=True)
    updated_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="room_rules_updated", null=True, on_delete=fields.SET_NULL
    )
    updated_by_id: int | None
    updated_at: datetime = fields.DatetimeField()

    class Meta:
        table = "room_rules"


class LeadershipBlock(Model):
    """A sudden leadership event (*Jadwal Pimpinan Mendadak*): rooms blocked over a time range.
    Its own audit: who created, last edited and cancelled it, when, and why."""

    id = fields.IntField(primary_key=True)
    starts_at: datetime = fields.DatetimeField(db_index=True)
    ends_at: datetime = fields.DatetimeField()
    reason = fields.TextField()
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="blocks_created", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: int | None
    created_at: datetime = fields.DatetimeField()
    updated_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="blocks_updated", null=True, on_delete=fields.SET_NULL
    )
    updated_by_id: int | None
    updated_at = fields.DatetimeField(null=True)
    cancelled_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="blocks_cancelled", null=True, on_delete=fields.SET_NULL
    )
    cancelled_by_id: int | None
    cancelled_at = fields.DatetimeField(null=True)
    cancel_reason = fields.TextField(null=True)

    rooms: fields.ReverseRelation[LeadershipBlockRoom]
    history: fields.ReverseRelation[LeadershipBlockEvent]

    class Meta:
        table = "leadership_block"

    @property
    def is_active(self) -> bool:
        return self.cancelled_at is None


class LeadershipBlockEvent(Model):
    """Leadership block history: one row per create, edit and cancel (who, as which role, when,
    why). ``before``/``after`` are the block's rooms, time range and reason around the change
    (``{"room_ids": [...], "starts_at": ISO, "ends_at": ISO, "reason": ...}``): ``after`` on
    CREATE, both on UPDATE, neither on CANCEL."""

    id = fields.IntField(primary_key=True)
    block: fields.ForeignKeyRelation[LeadershipBlock] = fields.ForeignKeyField(
        "booking.LeadershipBlock", related_name="history", on_delete=fields.CASCADE
    )
    block_id: int
    action = fields.CharEnumField(BlockAction, max_length=16)
    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="block_actions", null=True, on_delete=fields.SET_NULL
    )
    actor_id: int | None
    actor_role = fields.CharField(max_length=24, null=True)
    note = fields.TextField(null=True)
    before: dict[str, object] | None = fields.JSONField(null=True)
    after: dict[str, object] | None = fields.JSONField(null=True)
    at: datetime = fields.DatetimeField()

    class Meta:
        table = "leadership_block_event"


class LeadershipBlockRoom(Model):
    """One room of a leadership block."""

    id = fields.IntField(primary_key=True)
    block: fields.ForeignKeyRelation[LeadershipBlock] = fields.ForeignKeyField(
        "booking.LeadershipBlock", related_name="rooms", on_delete=fields.CASCADE
    )
    block_id: int
    room: fields.ForeignKeyRelation[Room] = fields.ForeignKeyField(
        "booking.Room", related_name="blocks", on_delete=fields.RESTRICT
    )
    room_id: int

    class Meta:
        table = "leadership_block_room"
        unique_together = (("block", "room"),)
        indexes = (("room_id", "block_id"),)


class RoomDisplayLink(Model):
    """A revocable link for the tablet beside a room's door (no login, read-only). Only the
    SHA-256 of the token is stored; revoking keeps the row (who, when) and kills the link."""

    id = fields.IntField(primary_key=True)
    room: fields.ForeignKeyRelation[Room] = fields.ForeignKeyField(
        "booking.Room", related_name="display_links", on_delete=fields.CASCADE
    )
    room_id: int
    token_hash = fields.CharField(max_length=64, unique=True)
    label = fields.CharField(max_length=100, default="")
    created_at: datetime = fields.DatetimeField()
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="display_links_created", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: int | None
    revoked_at = fields.DatetimeField(null=True)
    revoked_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="display_links_revoked", null=True, on_delete=fields.SET_NULL
    )
    revoked_by_id: int | None

    class Meta:
        table = "room_display_link"


class OfficeClosure(Model):
    """A day the office is closed beside public holidays (*cuti bersama* and other closures),
    edited by administrators and read by the working calendar (:mod:`booking.admin.closures`)."""

    id = fields.IntField(primary_key=True)
    day = fields.DateField(unique=True)
    reason = fields.CharField(max_length=200)

    class Meta:
        table = "office_closure"


class AuditEntry(Model):
    """One administrative change (:mod:`booking.admin.audit`): who, when, what, before and after.
    Written in the transaction of the change; never updated or deleted through the API."""

    id = fields.IntField(primary_key=True)
    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="audit_entries", null=True, on_delete=fields.SET_NULL
    )
    actor_id: int | None
    action = fields.CharField(max_length=40)
    entity_type = fields.CharField(max_length=32)
    entity_id = fields.IntField()
    before: dict[str, object] | None = fields.JSONField(null=True)
    after: dict[str, object] | None = fields.JSONField(null=True)
    note = fields.TextField(null=True)
    at: datetime = fields.DatetimeField(db_index=True)

    class Meta:
        table = "audit_entry"
        indexes = (("entity_type", "entity_id"), ("actor_id", "at"))


class PasswordResetLink(Model):
    """A one-time link an administrator made for a user to set a new password
    (:mod:`booking.admin.password_links`). Only the SHA-256 of its token is stored; it works once,
    until ``expires_at``, and only while it is the user's newest link."""

    id = fields.IntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="password_reset_links", on_delete=fields.CASCADE
    )
    user_id: int
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="password_links_made", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: int | None
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    # set when a newer link for the same user replaced this one (or a password was set otherwise)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "password_reset_link"


class WebhookEndpoint(Model):
    """A URL another system registered (by ADMIN) to be told of changes (:mod:`booking.webhooks`).

    ``secret`` signs every message (Standard Webhooks, ``whsec_<base64>``); it is shown once when
    made and never again. ``event_types``: the :class:`booking.enums.WebhookEventType` values it
    wants. Disabled by ADMIN or after ``webhook_max_failures`` consecutive failed deliveries
    (``disabled_reason`` says which); no message is written for a disabled endpoint."""

    id = fields.IntField(primary_key=True)
    url = fields.CharField(max_length=1000)
    description = fields.CharField(max_length=200, default="")
    secret = fields.CharField(max_length=200)
    event_types: list[str] = fields.JSONField(default=list)
    is_active = fields.BooleanField(default=True)
    disabled_reason = fields.CharField(max_length=16, null=True)  # ADMIN, FAILURES
    disabled_at = fields.DatetimeField(null=True)
    consecutive_failures = fields.IntField(default=0)
    created_at: datetime = fields.DatetimeField()
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "booking.User", related_name="webhook_endpoints", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: int | None

    class Meta:
        table = "webhook_endpoint"


class WebhookDelivery(Model):
    """One message to one endpoint: the outbox row, written in the transaction of the change. The
    body is fixed when written, so every attempt sends the same bytes under the same
    ``message_id`` (the ``webhook-id`` header a receiver de-duplicates by)."""

    id = fields.IntField(primary_key=True)
    endpoint: fields.ForeignKeyRelation[WebhookEndpoint] = fields.ForeignKeyField(
        "booking.WebhookEndpoint", related_name="deliveries", on_delete=fields.CASCADE
    )
    endpoint_id: int
    message_id = fields.CharField(max_length=64, unique=True)
    event_type = fields.CharField(max_length=40)
    body = fields.TextField()
    status = fields.CharEnumField(DeliveryStatus, max_length=8, default=DeliveryStatus.PENDING)
    attempts = fields.IntField(default=0)
    next_attempt_at: datetime = fields.DatetimeField()
    last_status_code = fields.IntField(null=True)
    last_error = fields.TextField(null=True)
    created_at: datetime = fields.DatetimeField()
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "webhook_delivery"
        indexes = (("status", "next_attempt_at"), ("endpoint_id", "id"))


class WebhookAttempt(Model):
    """One try of a delivery: when, the HTTP status (None: no answer), the answer's first bytes
    or the error, and how long it took."""

    id = fields.IntField(primary_key=True)
    delivery: fields.ForeignKeyRelation[WebhookDelivery] = fields.ForeignKeyField(
        "booking.WebhookDelivery", related_name="attempt_rows", on_delete=fields.CASCADE
    )
    delivery_id: int
    at: datetime = fields.DatetimeField()
    status_code = fields.IntField(null=True)
    response = fields.TextField(null=True)
    error = fields.TextField(null=True)
    duration_ms = fields.IntField(default=0)

    class Meta:
        table = "webhook_attempt"
        indexes = (("delivery_id", "id"),)
