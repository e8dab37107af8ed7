"""The SOP's verbs on one booking (steps 2-10). Each runs in one transaction and records the
booking's history, through :mod:`booking.core` (the same path as the series' verbs).

No adapter assigns ``Booking.status``: it changes only in :func:`booking.changes.apply`, along a
transition of :mod:`booking.workflow`, after :func:`booking.permissions.authorize` allowed it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from booking import availability, events, idempotency, live_state, report_documents, rules, steps
from booking.agency_state import require_active_agency
from booking.changes import StoredLetter, insert_booking, write
from booking.checks import MAX_TEXT, check_draft, clean_note
from booking.checks import BookingDraft as BookingDraft
from booking.checks import EquipmentRequest as EquipmentRequest
from booking.clock import now, to_utc
from booking.core import Change, displaced_facts, fire, fire_system, move
from booking.core import displacements as displacements
from booking.core import listing_facts as listing_facts
from booking.documents import check_letter, letter_key
from booking.enums import BookingStatus, PhotoStatus
from booking.errors import DomainError, ErrorCode
from booking.locks import lock_room
from booking.models import (
    Booking,
    BookingEquipment,
    EquipmentItem,
    EventReport,
    Photo,
    Room,
    User,
    WaitlistEntry,
)
from booking.ports import DocumentStore
from booking.settings import Settings
from booking.workflow import Action, Facts


@dataclass(frozen=True)
class SubmitResult:
    booking: Booking
    replayed: bool  # True when an earlier call with the same idempotency key created it


@dataclass(frozen=True)
class EquipmentLineCheck:
    """SOP step 4, computed: what a line needs against what is free over the booking's time."""

    line: BookingEquipment
    item: EquipmentItem
    free: int

    @property
    def shortfall(self) -> int:
        return max(0, self.line.requested_quantity - self.free)


# ---------------------------------------------------------------------------------------------
# step 2: submit


async def submit(
    user: User,
    draft: BookingDraft,
    *,
    letter: bytes | None,
    idempotency_key: str,
    store: DocumentStore,
    settings: Settings,
) -> SubmitResult:
    """Create a request; it holds its slot tentatively from now. Retries return the first result."""
    fingerprint = draft.fingerprint(letter)

    async def replay(key: str) -> Booking | None:
        return await idempotency.recorded_booking(user, key, Action.SUBMIT.value, fingerprint)

    async def create(made: idempotency.Submission[tuple[Room, BookingDraft]]) -> Booking:
        return await _create_booking(made, fingerprint, settings)

    sent = idempotency.Sent(user, idempotency_key, letter, store, settings)
    booking, replayed = await idempotency.submit_once(
        sent, replay, lambda: check_draft(draft, settings), create, "idempotency_record"
    )
    return SubmitResult(booking, replayed=replayed)


async def _create_booking(
    made: idempotency.Submission[tuple[Room, BookingDraft]], fingerprint: str, settings: Settings
) -> Booking:
    user, (room, draft), letter = made.user, made.checked, made.letter
    at = now()
    async with write() as conn:
        in_force = await rules.lock_room_rules(room, settings, conn)
        await require_active_agency(user.agency_id, conn)
        await rules.check_locked(conn, room.id, draft.starts_at, draft.ends_at, in_force)
        booking, told = await insert_booking(conn, user, room, draft, letter, at, settings=settings)
        await idempotency.record(conn, user, made.key, Action.SUBMIT.value, fingerprint, booking)
        changes = await live_state.seal(
            conn,
            [
                events.booking_changed(booking, settings.tz),
                *events.notifications_created(told),
            ],
            settings,
        )
    await events.publish(changes)  # committed
    return booking


# ---------------------------------------------------------------------------------------------
# step 3: verify, ask for revision, reject; the requester resubmits


async def verify(
    user: User, booking_id: int, note: str | None = None, *, settings: Settings
) -> Booking:
    return await fire(user, booking_id, steps.verifying(note), settings)


async def request_revision(
    user: User, booking_id: int, note: str | None, *, settings: Settings
) -> Booking:
    return await fire(user, booking_id, steps.requesting_revision(note), settings)


async def reject(user: User, booking_id: int, reason: str | None, *, settings: Settings) -> Booking:
    return await fire(user, booking_id, steps.rejecting(reason), settings)


@dataclass(frozen=True)
class Revision:
    """What a requester may change when resubmitting; None keeps the current value."""

    room_id: int | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    title: str | None = None
    purpose: str | None = None
    participants: int | None = None


@dataclass(frozen=True)
class NewLetter:
    """A letter that replaces the booking's own on resubmission, and where letters are kept."""

    data: bytes
    store: DocumentStore


async def resubmit(
    user: User,
    booking_id: int,
    revision: Revision,
    note: str | None,
    settings: Settings,
    letter: NewLetter | None = None,
) -> Booking:
    """The requester answers a revision request, possibly with another letter: it is checked and
    stored first, put on the booking in the same transaction, and the replaced one is deleted
    once nothing refers to it (the bookings of a series, a promoted waitlist entry share one)."""
    stored = await _stored_letter(letter, settings) if letter else None
    replaced: list[str] = []

    async def change(conn: BaseDBAsyncClient, booking: Booking) -> Sequence[str]:
        fields = await _revised(booking, revision, conn, settings)
        if stored is None:
            return fields
        if booking.letter_key:
            replaced.append(booking.letter_key)
        booking.letter_key, booking.letter_content_type = stored.key, stored.content_type
        booking.letter_size = stored.size
        return [*fields, "letter_key", "letter_content_type", "letter_size"]

    rooms = [revision.room_id] if revision.room_id else []
    try:
        resubmitting = Change(Action.RESUBMIT, clean_note(note), mutate=change)
        booking = await fire(user, booking_id, resubmitting, settings, rooms=rooms)
    except BaseException:
        if letter and stored:
            await letter.store.delete(stored.key)
        raise
    if letter:
        await _forget_letters(replaced, letter.store)
    return booking


async def _stored_letter(letter: NewLetter, settings: Settings) -> StoredLetter:
    content_type, ext = await check_letter(letter.data, settings)
    stored = StoredLetter(letter_key(ext), content_type, len(letter.data))
    await letter.store.put(stored.key, letter.data, content_type)
    return stored


async def _forget_letters(keys: list[str], store: DocumentStore) -> None:
    for key in keys:
        if await Booking.filter(letter_key=key).exists():
            continue
        if await WaitlistEntry.filter(letter_key=key).exists():
            continue
        await store.delete(key)


async def _revised(
    booking: Booking, revision: Revision, conn: BaseDBAsyncClient, settings: Settings
) -> list[str]:
    """Apply what the requester changed, checked as a new request would be."""
    draft = BookingDraft(
        room_id=revision.room_id or booking.room_id,
        starts_at=revision.starts_at or booking.starts_at,
        ends_at=revision.ends_at or booking.ends_at,
        title=revision.title if revision.title is not None else booking.title,
        purpose=revision.purpose if revision.purpose is not None else booking.purpose,
        participants=revision.participants or booking.participants,
    )
    room, draft = await check_draft(draft, settings)
    await lock_room(conn, room.id)
    in_force = await rules.rules_for(room, settings, conn)
    await rules.check_locked(conn, room.id, draft.starts_at, draft.ends_at, in_force, booking.id)
    booking.room_id = room.id
    booking.starts_at, booking.ends_at = draft.starts_at, draft.ends_at
    booking.title, booking.purpose = draft.title, draft.purpose
    booking.participants = draft.participants
    return ["room_id", "starts_at", "ends_at", "title", "purpose", "participants"]


# ---------------------------------------------------------------------------------------------
# steps 4-6: equipment


async def equipment_check(booking: Booking) -> list[EquipmentLineCheck]:
    """SOP step 4: each line's request against what is free over the booking's time."""
    lines = await BookingEquipment.filter(booking_id=booking.id).order_by("id")
    if not lines:
        return []
    free = await availability.equipment_free(
        booking.starts_at,
        booking.ends_at,
        [line.equipment_id for line in lines],
        exclude_booking_id=booking.id,
    )
    return [
        EquipmentLineCheck(line, free[line.equipment_id].item, free[line.equipment_id].free)
        for line in lines
    ]


async def review_equipment(
    user: User,
    booking_id: int,
    approved: dict[int, int],
    note: str | None = None,
    *,
    settings: Settings,
) -> Booking:
    """SOP step 5: approved quantity per equipment id; any shortfall goes to the requester."""
    return await fire(user, booking_id, steps.reviewing_equipment(approved, note), settings)


async def decide_equipment_shortfall(
    user: User, booking_id: int, proceed: bool, note: str | None = None, *, settings: Settings
) -> Booking:
    """SOP step 6: continue with what is available, or withdraw the request."""
    return await fire(user, booking_id, steps.deciding_shortfall(proceed, note), settings)


# ---------------------------------------------------------------------------------------------
# steps 7-9


async def validate(
    user: User, booking_id: int, note: str | None = None, *, settings: Settings
) -> Booking:
    return await fire(user, booking_id, steps.validating(note), settings)


async def approve(
    user: User,
    booking_id: int,
    settings: Settings,
    *,
    room_id: int | None = None,
    starts_at: datetime | None = None,
    ends_at: datetime | None = None,
    note: str | None = None,
) -> Booking:
    """SOP step 8: set the schedule, optionally moving the booking to another free room or time."""

    notes = [clean_note(note)]

    async def reschedule(conn: BaseDBAsyncClient, booking: Booking) -> Sequence[str]:
        if room_id is None and starts_at is None and ends_at is None:
            if booking.status == BookingStatus.RESCHEDULE_REQUIRED:  # the same time again
                await lock_room(conn, booking.room_id)
                await rules.check_not_blocked(
                    conn, booking.room_id, booking.starts_at, booking.ends_at
                )
            return ()
        start = to_utc(starts_at or booking.starts_at)
        # A new start alone keeps the booking's duration.
        end = to_utc(ends_at or start + (booking.ends_at - booking.starts_at))
        note = await move(conn, booking, room_id or booking.room_id, start, end, settings)
        notes.insert(0, note)
        return ["room_id", "starts_at", "ends_at"]

    def combined() -> str | None:
        return " | ".join(n for n in notes if n) or None

    change = Change(Action.APPROVE, combined, facts=displaced_facts, mutate=reschedule)
    return await fire(user, booking_id, change, settings, rooms=[room_id] if room_id else [])


async def cancel(user: User, booking_id: int, reason: str | None, *, settings: Settings) -> Booking:
    return await fire(user, booking_id, steps.cancelling(reason), settings)


# ---------------------------------------------------------------------------------------------
# step 10: the event report


async def report(user: User, booking_id: int, narrative: str, *, settings: Settings) -> Booking:
    """SOP step 10: the usage report to leadership, once the event has started and at least one
    photo is in. From APPROVED (the event is running or just over) or COMPLETED to REPORTED."""
    text = (narrative or "").strip()
    if not text:
        raise DomainError(ErrorCode.VALIDATION, "narrative_required", field="narrative")
    if len(text) > MAX_TEXT:
        raise DomainError(ErrorCode.VALIDATION, "too_long", field="narrative", max=MAX_TEXT)

    async def write_report(conn: BaseDBAsyncClient, booking: Booking) -> Sequence[str]:
        if booking.starts_at > now():
            raise DomainError(ErrorCode.EVENT_NOT_STARTED, field="bookingId")
        photos = Photo.filter(
            booking_id=booking.id, status__in=(PhotoStatus.PROCESSING, PhotoStatus.READY)
        )
        if not await photos.using_db(conn).exists():
            raise DomainError(ErrorCode.REPORT_NEEDS_PHOTOS, field="bookingId")
        report = await EventReport.create(
            using_db=conn, booking=booking, narrative=text, reported_by=user, reported_at=now()
        )
        await report_documents.request(report_documents.event_subject(report.id), conn)
        return ()

    async def started(conn: BaseDBAsyncClient, booking: Booking) -> Facts:
        return Facts(event_started=booking.starts_at <= now())

    change = Change(Action.REPORT, text, started, write_report)
    return await fire(user, booking_id, change, settings)


async def complete_finished(settings: Settings, limit: int = 500) -> list[int]:
    """System: APPROVED bookings whose event has ended become COMPLETED. Idempotent."""
    ids: list[int] = (
        await Booking.filter(  # type: ignore[assignment]
            status=BookingStatus.APPROVED, ends_at__lte=now()
        )
        .limit(limit)
        .values_list("id", flat=True)
    )
    at = now()
    return [
        i
        for i in ids
        if await fire_system(i, Action.COMPLETE, lambda b, _: b.ends_at <= at, settings)
    ]
