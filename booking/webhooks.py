"""Webhooks: other systems told of changes, signed in the Standard Webhooks format.

ADMIN registers endpoints (a URL, the event types wanted, a secret made here or given, shown once),
edits, disables, enables and deletes them; each change writes an audit entry in its transaction.
A target must not be (or resolve to) a private, loopback, link-local or other non-public address
(``WEBHOOK_TARGET_REFUSED``) unless ``webhook_allow_private_targets`` is set; it is checked at
registration and again before every delivery (:mod:`booking.webhook_delivery`).

The messages are written by :func:`booking_changed` into the outbox (``WebhookDelivery``) in the
transaction of the change they describe: one row per active endpoint that wants the event, with
its body fixed then (``{"type", "timestamp", "data"}``), so a change and its messages commit or roll
back together. A change is one or two events: a cancellation (``booking.cancelled``), an event
report (``report.submitted``) or any other change of status (``booking.status_changed``), and,
when the room or time changed, ``booking.schedule_changed``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import ipaddress
import json
import secrets
import socket
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from booking import dialect_sql
from booking.admin import audit
from booking.clock import now
from booking.enums import BookingStatus, WebhookEventType
from booking.errors import DomainError, ErrorCode
from booking.models import Booking, EventReport, Room, User, WebhookDelivery, WebhookEndpoint
from booking.settings import Settings
from booking.workflow import Action

SECRET_PREFIX = "whsec_"
SECRET_BYTES = 32
MAX_URL = 1000
MAX_DESCRIPTION = 200
ENTITY = "WEBHOOK"


@dataclass(frozen=True)
class EndpointDraft:
    url: str
    event_types: tuple[WebhookEventType, ...]
    description: str = ""


@dataclass(frozen=True)
class Saved:
    endpoint: WebhookEndpoint
    secret: str | None  # a new secret, shown only in this answer


# -- targets ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """A checked URL: its host name and port, and the addresses it resolved to (a delivery
    connects to the first one: the address checked is the address reached)."""

    url: str
    scheme: str
    host: str
    port: int
    addresses: tuple[str, ...]


def parse_url(url: str) -> tuple[str, str, int]:
    """Scheme, host and port of a webhook URL, or VALIDATION."""
    text = (url or "").strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise DomainError(ErrorCode.VALIDATION, "webhook_url", field="url", max=MAX_URL) from None
    ok = (
        len(text) <= MAX_URL
        and parts.scheme in ("http", "https")
        and parts.hostname
        and parts.username is None
        and parts.password is None
        and not any(c.isspace() for c in text)
    )
    if not ok or parts.hostname is None:
        raise DomainError(ErrorCode.VALIDATION, "webhook_url", field="url", max=MAX_URL)
    return parts.scheme, parts.hostname, port or (443 if parts.scheme == "https" else 80)


def refused_address(address: str) -> bool:
    """Not a public unicast address: private, loopback, link-local, shared, reserved, multicast,
    unspecified (an IPv4 address inside IPv6 is judged as itself)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


async def check_target(url: str, settings: Settings) -> Target:
    """Resolve the URL's host and refuse a non-public address (unless the settings allow them):
    VALIDATION for a bad URL or an unknown host, WEBHOOK_TARGET_REFUSED for the address."""
    scheme, host, port = parse_url(url)
    try:
        found = await asyncio.get_running_loop().getaddrinfo(
            host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
        )
    except (OSError, UnicodeError):
        raise DomainError(
            ErrorCode.VALIDATION, "webhook_unresolvable", field="url", host=host
        ) from None
    addresses = tuple(dict.fromkeys(str(info[4][0]) for info in found))
    if not addresses:
        raise DomainError(ErrorCode.VALIDATION, "webhook_unresolvable", field="url", host=host)
    if not settings.webhook_allow_private_targets:
        for address in addresses:
            if refused_address(address):
                raise DomainError(ErrorCode.WEBHOOK_TARGET_REFUSED, field="url", address=address)
    return Target(url.strip(), scheme, host, port, addresses)


# -- secrets ------------------------------------------------------------------------------------


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def clean_secret(secret: str) -> str:
    """A given secret: ``whsec_`` and the base64 of 24 to 64 bytes."""
    text = (secret or "").strip()
    try:
        raw = base64.b64decode(text.removeprefix(SECRET_PREFIX), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if not text.startswith(SECRET_PREFIX) or not 24 <= len(raw) <= 64:
        raise DomainError(ErrorCode.VALIDATION, "webhook_secret", field="secret")
    return text


# -- ADMIN: endpoints -----------------------------------------------------------------------------


def snapshot(endpoint: WebhookEndpoint) -> dict[str, object]:
    """What the audit trail keeps of an endpoint (never its secret)."""
    return {
        "url": endpoint.url,
        "description": endpoint.description,
        "event_types": list(endpoint.event_types),
        "is_active": endpoint.is_active,
        "disabled_reason": endpoint.disabled_reason,
    }


def _clean(draft: EndpointDraft) -> dict[str, object]:
    types = list(dict.fromkeys(WebhookEventType(t).value for t in draft.event_types))
    if not types:
        raise DomainError(ErrorCode.VALIDATION, "webhook_event_types", field="eventTypes")
    description = " ".join((draft.description or "").split())
    if len(description) > MAX_DESCRIPTION:
        raise DomainError(
            ErrorCode.VALIDATION, "too_long", field="description", max=MAX_DESCRIPTION
        )
    return {"event_types": types, "description": description}


async def create_endpoint(
    user: User, draft: EndpointDraft, settings: Settings, secret: str | None = None
) -> Saved:
    """Register an endpoint; its secret (made here unless given) is in the answer only."""
    audit.require_admin(user)
    values = _clean(draft)
    target = await check_target(draft.url, settings)
    chosen = clean_secret(secret) if secret is not None else new_secret()
    async with in_transaction() as conn:
        endpoint = await WebhookEndpoint.create(
            using_db=conn,
            url=target.url,
            secret=chosen,
            created_at=now(),
            created_by_id=user.id,
            **values,
        )
        after = snapshot(endpoint)
        await audit.record(conn, user, "WEBHOOK_CREATE", ENTITY, endpoint.id, after=after)
    return Saved(endpoint, chosen)


async def edit_endpoint(
    user: User,
    endpoint_id: int,
    draft: EndpointDraft,
    settings: Settings,
    *,
    secret: str | None = None,
    rotate_secret: bool = False,
) -> Saved:
    """Replace the URL, event types and description; a new secret when given or asked for."""
    audit.require_admin(user)
    values = _clean(draft)
    target = await check_target(draft.url, settings)
    chosen = clean_secret(secret) if secret is not None else None
    if chosen is None and rotate_secret:
        chosen = new_secret()
    async with in_transaction() as conn:
        endpoint = await _locked(conn, endpoint_id)
        before = snapshot(endpoint)
        endpoint.update_from_dict({**values, "url": target.url})
        fields = ["url", *values]
        if chosen is not None:
            endpoint.secret = chosen
            fields.append("secret")
        await endpoint.save(using_db=conn, update_fields=fields)
        note = "secret replaced" if chosen is not None else None
        after = snapshot(endpoint)
        await audit.record(conn, user, "WEBHOOK_EDIT", ENTITY, endpoint.id, before, after, note)
    return Saved(endpoint, chosen)


async def set_active(user: User, endpoint_id: int, active: bool) -> WebhookEndpoint:
    """Disable (no new messages are written, waiting ones wait) or enable again (its waiting
    messages are due at once, the failure count starts again)."""
    audit.require_admin(user)
    async with in_transaction() as conn:
        endpoint = await _locked(conn, endpoint_id)
        if endpoint.is_active == active:
            key = "webhook_active" if active else "webhook_disabled"
            raise DomainError(ErrorCode.CONFLICT, key, field="endpointId")
        before = snapshot(endpoint)
        at = now()
        endpoint.is_active = active
        endpoint.disabled_reason = None if active else "ADMIN"
        endpoint.disabled_at = None if active else at
        endpoint.consecutive_failures = 0
        await endpoint.save(
            using_db=conn,
            update_fields=["is_active", "disabled_reason", "disabled_at", "consecutive_failures"],
        )
        if active:
            await (
                WebhookDelivery.filter(endpoint_id=endpoint_id, status="PENDING")
                .using_db(conn)
                .update(next_attempt_at=at)
            )
        action = "WEBHOOK_ENABLE" if active else "WEBHOOK_DISABLE"
        await audit.record(conn, user, action, ENTITY, endpoint.id, before, snapshot(endpoint))
    return endpoint


async def delete_endpoint(user: User, endpoint_id: int) -> int:
    """Remove an endpoint with its deliveries and their attempts (the audit entry stays)."""
    audit.require_admin(user)
    async with in_transaction() as conn:
        endpoint = await _locked(conn, endpoint_id)
        before = snapshot(endpoint)
        await endpoint.delete(using_db=conn)
        await audit.record(conn, user, "WEBHOOK_DELETE", ENTITY, endpoint_id, before, None)
    return endpoint_id


async def _locked(conn: BaseDBAsyncClient, endpoint_id: int) -> WebhookEndpoint:
    found = await WebhookEndpoint.filter(id=endpoint_id).using_db(conn).select_for_update().first()
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="endpointId")
    return found


# -- the outbox: messages written with the change ------------------------------------------------


def event_types_of(
    action: Action, before: BookingStatus | None, after: BookingStatus, moved: bool
) -> list[WebhookEventType]:
    """The events one change of a booking is (none for a check-in: nothing another system
    needs to act on)."""
    found = []
    if after == BookingStatus.CANCELLED and before != after:
        found.append(WebhookEventType.BOOKING_CANCELLED)
    elif action == Action.REPORT:
        found.append(WebhookEventType.REPORT_SUBMITTED)
    elif before != after:
        found.append(WebhookEventType.BOOKING_STATUS_CHANGED)
    if moved:
        found.append(WebhookEventType.BOOKING_SCHEDULE_CHANGED)
    return found


ACTIVE_ENDPOINTS = "SELECT * FROM webhook_endpoint WHERE is_active"


async def booking_changed(
    conn: BaseDBAsyncClient,
    booking: Booking,
    action: Action,
    before: BookingStatus | None,
    *,
    moved: bool = False,
    role: str | None = None,
    note: str | None = None,
) -> int:
    """Write the messages of a booking's change into the outbox, in the caller's transaction:
    one row per active endpoint per event it wants. How many were written."""
    types = event_types_of(action, before, booking.status, moved)
    if not types:
        return 0
    endpoints = await dialect_sql.instances(WebhookEndpoint, ACTIVE_ENDPOINTS, [], conn)
    wanted = [(t, [e for e in endpoints if t.value in e.event_types]) for t in types]
    wanted = [(t, found) for t, found in wanted if found]
    if not wanted:
        return 0
    data = await _booking_data(conn, booking, action, before, role, note)
    at = booking.status_changed_at if not moved else now()
    rows = [
        message_row(endpoint, event_type, data, at)
        for event_type, found in wanted
        for endpoint in found
    ]
    await WebhookDelivery.bulk_create(rows, using_db=conn)
    return len(rows)


def message_row(
    endpoint: WebhookEndpoint, event_type: WebhookEventType, data: dict[str, object], at: datetime
) -> WebhookDelivery:
    body = {"type": event_type.value, "timestamp": _iso(at), "data": data}
    return WebhookDelivery(
        endpoint_id=endpoint.id,
        message_id=f"msg_{uuid.uuid4().hex}",
        event_type=event_type.value,
        body=json.dumps(body, ensure_ascii=False, separators=(",", ":")),
        next_attempt_at=at,
        created_at=at,
    )


async def _booking_data(
    conn: BaseDBAsyncClient,
    booking: Booking,
    action: Action,
    before: BookingStatus | None,
    role: str | None,
    note: str | None,
) -> dict[str, object]:
    room = await Room.get(id=booking.room_id, using_db=conn)
    data: dict[str, object] = {
        "booking": {
            "id": global_id("Booking", booking.id),
            "reference": booking.reference,
            "status": booking.status.value,
            "previousStatus": before.value if before else None,
            "title": booking.title,
            "participants": booking.participants,
            "startsAt": _iso(booking.starts_at),
            "endsAt": _iso(booking.ends_at),
            "room": {"id": global_id("Room", room.id), "code": room.code, "name": room.name},
            "agencyId": global_id("Agency", booking.agency_id),
            "seriesId": global_id("BookingSeries", booking.series_id)
            if booking.series_id
            else None,
        },
        "action": action.value,
        "actorRole": role,
        "note": note,
    }
    if action == Action.REPORT:
        report = await EventReport.filter(booking_id=booking.id).using_db(conn).first()
        if report is not None:
            data["report"] = {
                "id": global_id("EventReport", report.id),
                "reportedAt": _iso(report.reported_at),
            }
    return data


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def global_id(type_name: str, pk: int) -> str:
    """The API's Relay global id of a row (as ``api.ids.encode_id`` makes it)."""
    return base64.b64encode(f"{type_name}:{pk}".encode()).decode()
