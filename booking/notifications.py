"""Who is told about each hand-over, and the texts. Rows are written in the transaction of the change
(transactional outbox); workers deliver the e-mail/push rows later, so a broker outage only delays."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from booking import dialect_sql
from booking.enums import BookingStatus as S
from booking.enums import Channel, Language, Role
from booking.messages import format_text
from booking.models import (
    Booking,
    BookingEquipment,
    BookingSeries,
    Notification,
    NotificationDelivery,
    PushSubscription,
    Room,
    User,
)
from booking.settings import Settings
from booking.workflow import STATES, STEPS, WAITING_STEP

# kind -> (title id, title en, body id, body en); params: reference, room, when, note
TEXTS: dict[str, tuple[str, str, str, str]] = {
    "booking.submitted": (
        "Permohonan baru {reference}",
        "New request {reference}",
        "{room}, {when}. Mohon diverifikasi.",
        "{room}, {when}. Please verify it.",
    ),
    "booking.revision_requested": (
        "Permohonan {reference} perlu diperbaiki",
        "Request {reference} needs changes",
        "Catatan petugas: {note}",
        "Officer's note: {note}",
    ),
    "booking.equipment_review": (
        "Periksa perlengkapan {reference}",
        "Check the equipment of {reference}",
        "{room}, {when}. Mohon verifikasi jumlah perlengkapan.",
        "{room}, {when}. Please verify the equipment quantities.",
    ),
    "booking.awaiting_requester": (
        "Perlengkapan {reference} tidak tersedia seluruhnya",
        "Not all equipment for {reference} is available",
        "Disetujui: {equipment}. Apakah pemesanan tetap dilanjutkan dengan perlengkapan yang tersedia?",
        "Approved: {equipment}. Do you want to continue the booking with the equipment available?",
    ),
    "booking.validation": (
        "Validasi pemesanan {reference}",
        "Validate booking {reference}",
        "{room}, {when}. Mohon divalidasi.",
        "{room}, {when}. Please validate it.",
    ),
    "booking.scheduling": (
        "Tetapkan jadwal {reference}",
        "Set the schedule of {reference}",
        "{room}, {when}. Pemesanan sudah divalidasi.",
        "{room}, {when}. The booking is validated.",
    ),
    "booking.approved": (
        "Pemesanan {reference} disetujui",
        "Booking {reference} approved",
        "{room}, {when}. Catatan: {note}",
        "{room}, {when}. Note: {note}",
    ),
    "booking.resubmitted": (
        "Permohonan {reference} sudah diperbaiki",
        "Request {reference} was revised",
        "{room}, {when}. Catatan pemohon: {note}. Mohon diverifikasi kembali.",
        "{room}, {when}. Requester's note: {note}. Please verify it again.",
    ),
    "booking.rejected": (
        "Pemesanan {reference} ditolak",
        "Booking {reference} rejected",
        "Alasan: {note}",
        "Reason: {note}",
    ),
    "booking.cancelled": (
        "Pemesanan {reference} dibatalkan",
        "Booking {reference} cancelled",
        "{room}, {when}. Alasan: {note}",
        "{room}, {when}. Reason: {note}",
    ),
    "booking.reschedule_required": (
        "Jadwal {reference} harus diubah",
        "Booking {reference} must be rescheduled",
        "{room}, {when}. {note}",
        "{room}, {when}. {note}",
    ),
    "booking.reported": (
        "Laporan acara {reference}",
        "Event report {reference}",
        "{room}, {when}. {note}",
        "{room}, {when}. {note}",
    ),
    "booking.no_show": (
        "Pemesanan {reference} dilepas: tidak ada check-in",
        "Booking {reference} released: nobody checked in",
        "{room}, {when}. Sisa waktu ruangan dibuka untuk pemohon lain.",
        "{room}, {when}. The rest of the room's time is open to other requests.",
    ),
    "booking.completed": (
        "Acara {reference} selesai",
        "Event {reference} is over",
        "Mohon unggah foto acara sebagai laporan.",
        "Please upload the event photos as the report.",
    ),
    # Waitlist (booking.promotion.promote_waiting); params: reference, room, when, joined
    "waitlist.promoted": (
        "Ruangan tersedia: permohonan {reference} diproses",
        "The room is free: request {reference} is being processed",
        "{room}, {when}. Permohonan Anda dari daftar tunggu (sejak {joined}) kini diajukan dan "
        "menunggu verifikasi petugas.",
        "{room}, {when}. Your waitlist request (since {joined}) is now submitted and waits for "
        "the officer's verification.",
    ),
    # Leadership events (booking.leadership.cancel_block); params: reference, note
    "block.cancelled": (
        "Jadwal pimpinan dibatalkan: {reference}",
        "Leadership event cancelled: {reference}",
        "Blokir ruangan dicabut ({note}). Pemesanan tetap perlu dijadwalkan ulang; waktu semula "
        "dapat dipilih kembali.",
        "The room block was lifted ({note}). The booking still needs a new schedule; the original "
        "time may be chosen again.",
    ),
    # (booking.leadership.update_block): the edited block no longer covers the booking
    "block.changed": (
        "Jadwal pimpinan diubah: {reference}",
        "Leadership event changed: {reference}",
        "Blokir ruangan diubah ({note}) dan tidak lagi mencakup waktu pemesanan ini. Pemesanan "
        "tetap perlu dijadwalkan ulang; waktu semula dapat dipilih kembali.",
        "The room block was changed ({note}) and no longer covers this booking's time. The "
        "booking still needs a new schedule; the original time may be chosen again.",
    ),
    # Service levels (booking.service_levels.scan_service_levels); params: reference, step,
    # step_name_id, step_name_en, due_time, due_date, standard
    "sla.reminder": (
        "Segera tangani {reference}",
        "Please act on {reference} soon",
        "Batas waktu langkah {step} ({step_name_id}) pukul {due_time} tanggal {due_date}.",
        "Step {step} ({step_name_en}) is due at {due_time} on {due_date}.",
    ),
    "sla.escalation": (
        "Batas waktu {reference} terlampaui",
        "{reference} is overdue",
        "Langkah {step} ({step_name_id}) melewati batas waktu pukul {due_time} tanggal "
        "{due_date} (standar {standard} menit kerja).",
        "Step {step} ({step_name_en}) passed its deadline at {due_time} on {due_date} "
        "(standard: {standard} working minutes).",
    ),
    # Webhooks (booking.webhook_delivery): params: url, failures
    "webhook.disabled": (
        "Webhook dinonaktifkan: {url}",
        "Webhook disabled: {url}",
        "{failures} pengiriman berturut-turut gagal. Perbaiki penerima, lalu aktifkan kembali "
        "webhook ini; pesan yang tertunda akan dikirim.",
        "{failures} deliveries in a row failed. Fix the receiver, then enable the webhook again; "
        "the waiting messages will be sent.",
    ),
}


# A series step tells once for all its occurrences: the booking's text, with the series' extent.
TEXTS.update(
    {
        "series." + kind.removeprefix("booking."): (
            f"Seri: {title_id}",
            f"Series: {title_en}",
            f"{body_id} Seri {{series}}: {{count}} jadwal, {{first}} s.d. {{last}}.",
            f"{body_en} Series {{series}}: {{count}} occurrences, {{first}} to {{last}}.",
        )
        for kind, (title_id, title_en, body_id, body_en) in list(TEXTS.items())
        if kind.startswith("booking.")
    }
)
TEXTS["series.rescheduled"] = (
    "Jadwal seri {series} diubah",
    "Series {series} rescheduled",
    "{room}: {count} jadwal mulai {first} kini {when}. {note}",
    "{room}: {count} occurrences from {first} are now {when}. {note}",
)


def kind_for(status: S) -> str:
    return f"booking.{status.value.lower()}"


def render(notification: Notification, language: Language | str) -> tuple[str, str]:
    title_id, title_en, body_id, body_en = TEXTS.get(
        notification.kind, (notification.kind, notification.kind, "", "")
    )
    english = language == Language.EN
    params = notification.params or {}
    return (
        format_text(title_en if english else title_id, params),
        format_text(body_en if english else body_id, params),
    )


#: Active users other than requesters only (``$1``: the roles of a requester, as stored).
ACTIVE_STAFF = "SELECT * FROM app_user WHERE is_active AND NOT roles = $1"


async def recipients(conn: BaseDBAsyncClient, booking: Booking, actor: User | None) -> list[User]:
    """The next actor(s) of the SOP, and the requester where the SOP says the system tells them."""
    step = WAITING_STEP.get(booking.status)
    roles = set(STEPS[step].roles) if step else set()
    state = STATES[booking.status]
    roles |= state.tell_roles
    tell_requester = Role.REQUESTER in roles or state.tell_requester
    roles.discard(Role.REQUESTER)
    if state.requester_only:
        roles.clear()
    users: dict[int, User] = {}
    if tell_requester:
        requester = await User.get(id=booking.requester_id, using_db=conn)
        users[requester.id] = requester
    if roles:
        # Few City Hall staff; requesters (many) are never candidates here.
        only_requester = User._meta.fields_map["roles"].to_db_value([Role.REQUESTER.value], User)
        staff = await dialect_sql.instances(User, ACTIVE_STAFF, [only_requester], conn)
        users.update({u.id: u for u in staff if u.has_role(*roles)})
    if actor is not None:
        users.pop(actor.id, None)
    return [u for u in users.values() if u.is_active]


async def notify(
    conn: BaseDBAsyncClient,
    booking: Booking,
    actor: User | None,
    at: datetime,
    note: str | None = None,
    room: Room | None = None,
    resubmitted: bool = False,
    *,
    settings: Settings,
) -> Sequence[Notification]:
    """Write the notifications of the booking's new state, with their outbox rows."""
    users = await recipients(conn, booking, actor)
    if not users:
        return []
    if room is None or room.id != booking.room_id:
        room = await Room.get(id=booking.room_id, using_db=conn)
    params: dict[str, Any] = {
        "reference": booking.reference,
        "room": room.name,
        "when": _when(booking, settings),
        "note": note or "-",
    }
    if booking.status == S.AWAITING_REQUESTER:
        params["equipment"] = await _approved_equipment(conn, booking)
    kind = "booking.resubmitted" if resubmitted else kind_for(booking.status)
    return await write_notifications(conn, users, booking, kind, params, at, settings)


async def notify_series(
    conn: BaseDBAsyncClient,
    series: BookingSeries,
    bookings: Sequence[Booking],
    actor: User | None,
    at: datetime,
    note: str | None = None,
    kind: str | None = None,
    resubmitted: bool = False,
    *,
    settings: Settings,
) -> list[Notification]:
    """One notification per recipient for a series step that moved ``bookings`` (the occurrences
    it changed, in time order), per resulting state; linked to the first of them. With ``kind``
    (a re-timing, no state change) the requester is told, once."""
    told: list[Notification] = []
    by_status: dict[S, list[Booking]] = {}
    for booking in bookings:
        by_status.setdefault(booking.status if kind is None else S.APPROVED, []).append(booking)
    for status, group in by_status.items():
        first = group[0]
        if kind is None:
            users = await recipients(conn, first, actor)
        else:
            requester = await User.get(id=series.requester_id, using_db=conn)
            users = [requester] if requester.is_active and requester != actor else []
        if not users:
            continue
        room = await Room.get(id=first.room_id, using_db=conn)
        tz = settings.tz
        params: dict[str, Any] = {
            "reference": first.reference,
            "series": series.reference,
            "room": room.name,
            "when": _when(first, settings) if kind is None else _times(first, settings),
            "note": note or "-",
            "count": str(len(group)),
            "first": f"{first.starts_at.astimezone(tz):%d-%m-%Y}",
            "last": f"{group[-1].starts_at.astimezone(tz):%d-%m-%Y}",
        }
        if status == S.AWAITING_REQUESTER:
            params["equipment"] = await _approved_equipment(conn, first)
        state = "resubmitted" if resubmitted else kind_for(status).removeprefix("booking.")
        name = kind or f"series.{state}"
        told.extend(await write_notifications(conn, users, first, name, params, at, settings))
    return told


async def _approved_equipment(conn: BaseDBAsyncClient, booking: Booking) -> str:
    """E.g. "Proyektor 1 dari 2 unit" — what step 5 approved of each line."""
    lines = (
        await BookingEquipment.filter(booking_id=booking.id)
        .using_db(conn)
        .select_related("equipment")
    )
    return ", ".join(
        f"{line.equipment.name} {line.approved_quantity or 0}/{line.requested_quantity} {line.equipment.unit}"
        for line in lines
    )


async def write_notifications(
    conn: BaseDBAsyncClient,
    users: Sequence[User],
    booking: Booking | None,
    kind: str,
    params: dict[str, Any],
    at: datetime,
    settings: Settings,
) -> list[Notification]:
    """Write one in-app notification per user with its outbox rows (e-mail for users with an
    address, push for users with a subscription) on ``conn``, the caller's transaction."""
    created = []
    for user in users:
        notification = await Notification.create(
            using_db=conn,
            user=user,
            booking=booking,
            kind=kind,
            params=params,
            created_at=at,
        )
        created.append(notification)
    push_configured = bool(settings.vapid_public_key)
    subscribed = (
        set(
            await PushSubscription.filter(user_id__in=[u.id for u in users])
            .using_db(conn)
            .values_list("user_id", flat=True)
        )
        if push_configured
        else set()
    )
    rows = []
    for n, user in zip(created, users, strict=True):
        if user.email:
            rows.append(
                NotificationDelivery(
                    notification_id=n.id, channel=Channel.EMAIL, next_attempt_at=at
                )
            )
        if user.id in subscribed:
            rows.append(
                NotificationDelivery(notification_id=n.id, channel=Channel.PUSH, next_attempt_at=at)
            )
    await NotificationDelivery.bulk_create(rows, using_db=conn)
    return created


def _times(booking: Booking, settings: Settings) -> str:
    tz = settings.tz
    start, end = booking.starts_at.astimezone(tz), booking.ends_at.astimezone(tz)
    return f"{start:%H:%M}-{end:%H:%M} WIB"


def _when(booking: Booking, settings: Settings) -> str:
    return when_text(booking.starts_at, booking.ends_at, settings)


def when_text(starts_at: datetime, ends_at: datetime, settings: Settings) -> str:
    tz = settings.tz
    start, end = starts_at.astimezone(tz), ends_at.astimezone(tz)
    return f"{start:%d-%m-%Y %H:%M}-{end:%H:%M} WIB"
