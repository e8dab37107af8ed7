"""Web Push subscriptions: what a browser may register, and keeping them per user.

A subscription is the browser's ``PushSubscription.toJSON()``: the push service's endpoint URL and
the keys the payload is encrypted for (``p256dh``: the browser's P-256 public key, 65 bytes
uncompressed; ``auth``: a 16-byte secret), both base64url. Sending is in :mod:`booking.delivery`.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.asymmetric import ec
from tortoise.exceptions import IntegrityError

from booking.errors import DomainError, ErrorCode
from booking.models import PushSubscription, User
from booking.settings import Settings

MAX_ENDPOINT_LENGTH = 1000  # PushSubscription.endpoint
#: Oldest subscriptions beyond this are dropped, so one account cannot fan a push out without end.
MAX_SUBSCRIPTIONS_PER_USER = 20
P256DH_BYTES = 65
AUTH_BYTES = 16
LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "127.0.0.1", "::1"})
_B64URL = re.compile(r"^[A-Za-z0-9_-]+={0,2}$")
_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f]")


@dataclass(frozen=True)
class SubscriptionInfo:
    """A validated subscription; keys as unpadded base64url."""

    endpoint: str
    p256dh: str
    auth: str


def _invalid(field: str, key: str, **params: object) -> DomainError:
    """A VALIDATION error whose text is ``booking.messages.MESSAGES[key]``."""
    return DomainError(ErrorCode.VALIDATION, key, field=field, **params)


def validate_endpoint(endpoint: str, settings: Settings) -> str:
    """An https URL of a push service. Plain http only to loopback, and only outside production
    (local test push services). In production, https to loopback or a private address is refused
    too, so a subscription cannot make the server post to its own network."""
    endpoint = endpoint.strip()
    if not endpoint:
        raise _invalid("endpoint", "required")
    if len(endpoint) > MAX_ENDPOINT_LENGTH:
        raise _invalid("endpoint", "too_long", max=MAX_ENDPOINT_LENGTH)
    if _UNSAFE.search(endpoint):
        raise _invalid("endpoint", "push_endpoint")
    try:
        parts = urlsplit(endpoint)
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise _invalid("endpoint", "push_endpoint") from None
    if not host or parts.username is not None or parts.password is not None:
        raise _invalid("endpoint", "push_endpoint")
    scheme = parts.scheme.lower()
    local = _is_local(host)
    if scheme == "https":
        if settings.production and local:
            raise _invalid("endpoint", "push_endpoint")
        return endpoint
    if scheme == "http" and not settings.production and _is_loopback(host):
        return endpoint
    raise _invalid("endpoint", "push_endpoint")


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _is_local(host: str) -> bool:
    """Loopback, or an address literal that is not public (private, link-local, reserved...)."""
    if host in LOOPBACK_NAMES or host.endswith((".localhost", ".localhost.")):
        return True
    try:
        return not ipaddress.ip_address(host).is_global
    except ValueError:
        return False


def decode_b64url(value: str) -> bytes | None:
    """Bytes of a base64url text (padding optional), or None if it is not one."""
    value = value.strip()
    if not _B64URL.match(value):
        return None
    unpadded = value.rstrip("=")
    try:
        return base64.urlsafe_b64decode(unpadded + "=" * (-len(unpadded) % 4))
    except (binascii.Error, ValueError):
        return None


def encode_b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def validate_keys(p256dh: str, auth: str) -> tuple[str, str]:
    """The browser's public key must be an uncompressed point on P-256 and the auth secret 16
    bytes; both are returned as unpadded base64url."""
    point = decode_b64url(p256dh)
    if point is None or len(point) != P256DH_BYTES or point[0] != 0x04:
        raise _invalid("p256dh", "push_key", bytes=P256DH_BYTES)
    try:
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except ValueError:
        raise _invalid("p256dh", "push_key", bytes=P256DH_BYTES) from None
    secret = decode_b64url(auth)
    if secret is None or len(secret) != AUTH_BYTES:
        raise _invalid("auth", "push_key", bytes=AUTH_BYTES)
    return encode_b64url(point), encode_b64url(secret)


def validate_subscription(
    endpoint: str, p256dh: str, auth: str, settings: Settings
) -> SubscriptionInfo:
    """Typed VALIDATION errors (field: endpoint, p256dh or auth) for a bad subscription."""
    valid_endpoint = validate_endpoint(endpoint, settings)
    key, secret = validate_keys(p256dh, auth)
    return SubscriptionInfo(endpoint=valid_endpoint, p256dh=key, auth=secret)


async def register_subscription(
    user: User, endpoint: str, p256dh: str, auth: str, settings: Settings
) -> PushSubscription:
    """Save the caller's subscription, keyed by endpoint. An endpoint registered before (by this
    user, or by another who used the same browser) now belongs to the caller, with the new keys."""
    info = validate_subscription(endpoint, p256dh, auth, settings)
    for _ in range(3):
        if await PushSubscription.filter(endpoint=info.endpoint).update(
            user_id=user.id, p256dh=info.p256dh, auth=info.auth
        ):
            break
        try:
            await PushSubscription.create(
                endpoint=info.endpoint, user_id=user.id, p256dh=info.p256dh, auth=info.auth
            )
            break
        except IntegrityError:  # registered concurrently: update that row instead
            continue
    subscription = await PushSubscription.get(endpoint=info.endpoint)
    await _keep_newest(user)
    return subscription


async def _keep_newest(user: User) -> None:
    ids: list[int] = (
        await PushSubscription.filter(  # type: ignore[assignment]
            user_id=user.id
        )
        .order_by("-id")
        .values_list("id", flat=True)
    )
    if len(ids) > MAX_SUBSCRIPTIONS_PER_USER:
        await PushSubscription.filter(id__in=ids[MAX_SUBSCRIPTIONS_PER_USER:]).delete()


async def unregister_subscription(user: User, endpoint: str) -> int:
    """Forget the caller's subscription for ``endpoint`` (someone else's is left alone).
    Returns how many were deleted (0 or 1); unregistering twice is not an error."""
    endpoint = endpoint.strip()
    if not endpoint:
        raise _invalid("endpoint", "required")
    if len(endpoint) > MAX_ENDPOINT_LENGTH:
        raise _invalid("endpoint", "too_long", max=MAX_ENDPOINT_LENGTH)
    return await PushSubscription.filter(endpoint=endpoint, user_id=user.id).delete()
