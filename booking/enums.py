"""Enumerations shared by the domain and its adapters."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    REQUESTER = "REQUESTER"  # Operator SKPD/UKPD
    SERVICE_OFFICER = "SERVICE_OFFICER"  # Petugas Pelayanan Balaikota
    SERVICE_HEAD = "SERVICE_HEAD"  # Kasubbag Pelayanan Balaikota
    EQUIPMENT_HEAD = "EQUIPMENT_HEAD"  # Kasubbag Perlengkapan dan Sarana Acara Pimpinan
    LEADERSHIP = "LEADERSHIP"  # Pimpinan
    ADMIN = "ADMIN"


class BookingStatus(StrEnum):
    SUBMITTED = "SUBMITTED"  # waiting for verification (SOP step 3)
    REVISION_REQUESTED = "REVISION_REQUESTED"  # back with the requester
    EQUIPMENT_REVIEW = "EQUIPMENT_REVIEW"  # equipment quantities checked (SOP steps 4-5)
    AWAITING_REQUESTER = "AWAITING_REQUESTER"  # equipment shortfall: continue or not (step 6)
    VALIDATION = "VALIDATION"  # waiting for the head's validation (step 7)
    SCHEDULING = "SCHEDULING"  # validated, waiting for the schedule to be set (step 8)
    APPROVED = "APPROVED"
    RESCHEDULE_REQUIRED = "RESCHEDULE_REQUIRED"
    COMPLETED = "COMPLETED"
    REPORTED = "REPORTED"
    REJECTED = "REJECTED"
    CANCELLED = "CANCELLED"
    NO_SHOW = "NO_SHOW"  # nobody checked in within the room's grace period: released


# What each status means (labels, holds the slot, confirmed, ...): booking.workflow.STATES.


class Frequency(StrEnum):
    """How a booking series repeats (RFC 5545 / dateutil rrule frequencies)."""

    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"


class OnConflict(StrEnum):
    """What a series submission does with occurrences that cannot be booked."""

    SKIP_CONFLICTS = "SKIP_CONFLICTS"  # book the others, report the skipped ones
    ABORT = "ABORT"  # book nothing, report every conflict


class WaitlistStatus(StrEnum):
    WAITING = "WAITING"  # the slot is taken; promoted when it frees and the request fits
    PROMOTED = "PROMOTED"  # became a booking (SUBMITTED) when the slot freed
    LEFT = "LEFT"  # the requester (or an officer) took it off the list
    EXPIRED = "EXPIRED"  # its start passed while it waited


class BlockAction(StrEnum):
    """What happened to a leadership block (its history, ``LeadershipBlockEvent``)."""

    CREATE = "CREATE"
    UPDATE = "UPDATE"
    CANCEL = "CANCEL"


class Language(StrEnum):
    ID = "id"
    EN = "en"


class Channel(StrEnum):
    """Delivery channels beside in-app (the notification row itself)."""

    EMAIL = "EMAIL"
    PUSH = "PUSH"


class DeliveryStatus(StrEnum):
    PENDING = "PENDING"
    SENT = "SENT"
    FAILED = "FAILED"


class PhotoStatus(StrEnum):
    """An event photo's life (SOP step 10)."""

    UPLOADING = "UPLOADING"  # a presigned upload was handed out; waiting for confirmation
    PROCESSING = "PROCESSING"  # stored; renditions are being made by a worker
    READY = "READY"
    FAILED = "FAILED"  # not a usable photo (see failure_reason), or the upload expired


class WebhookEventType(StrEnum):
    """What a webhook endpoint may subscribe to (:mod:`booking.webhooks`). The value is the
    ``type`` of the message sent."""

    BOOKING_STATUS_CHANGED = "booking.status_changed"  # any status change but those below
    BOOKING_SCHEDULE_CHANGED = "booking.schedule_changed"  # a new room or time
    BOOKING_CANCELLED = "booking.cancelled"
    REPORT_SUBMITTED = "report.submitted"  # the event report to leadership (SOP step 10)
