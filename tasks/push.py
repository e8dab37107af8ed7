"""Web Push sending (pywebpush: VAPID, aes128gcm), with push service answers mapped to the outcomes
:func:`booking.delivery.deliver_push` understands."""

from __future__ import annotations

import asyncio
import base64

import requests
from cryptography.hazmat.primitives import serialization
from py_vapid import Vapid, VapidException
from pywebpush import WebPushException, webpush

from booking.delivery import PermanentFailure, SubscriptionGone, TemporaryFailure
from booking.models import PushSubscription
from booking.settings import Settings

#: Seconds the push service keeps a message for an offline device.
DEFAULT_TTL = 3600
DEFAULT_TIMEOUT = 10.0


class WebPushSender:
    """Posts one encrypted message per call. pywebpush is synchronous (requests): each send runs in
    a worker thread so the event loop stays free."""

    def __init__(
        self, settings: Settings, ttl: int = DEFAULT_TTL, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        private, public = settings.vapid_private_key, settings.vapid_public_key
        if not private or not public:
            raise ValueError("Web Push is not configured (EPESAN_VAPID_PRIVATE_KEY/PUBLIC_KEY)")
        self.vapid = Vapid.from_string(private_key=private)
        derived = public_key_of(self.vapid)
        if derived != public.strip().rstrip("="):
            # Browsers subscribe with the public key; pushes signed with another key are refused.
            raise ValueError("EPESAN_VAPID_PUBLIC_KEY does not belong to EPESAN_VAPID_PRIVATE_KEY")
        self.subject = settings.vapid_subject
        # Fails now, not on every push, if the subject is not a mailto: or https: URL.
        self.vapid.sign({"sub": self.subject, "aud": "https://push.example.com"})
        self.ttl = ttl
        self.timeout = timeout

    async def send(self, subscription: PushSubscription, payload: bytes) -> None:
        await asyncio.to_thread(self._send, subscription, payload)

    def _send(self, subscription: PushSubscription, payload: bytes) -> None:
        info = {
            "endpoint": subscription.endpoint,
            "keys": {"p256dh": subscription.p256dh, "auth": subscription.auth},
        }
        try:
            webpush(
                subscription_info=info,
                data=payload.decode(),
                vapid_private_key=self.vapid,
                vapid_claims={"sub": self.subject},  # a fresh dict: pywebpush adds aud and exp
                content_encoding="aes128gcm",
                ttl=self.ttl,
                timeout=self.timeout,
                headers={"Urgency": "normal"},
            )
        except WebPushException as exc:
            raise classify(exc.status_code, exc.message) from exc
        except requests.RequestException as exc:  # refused, reset, timed out, TLS
            # Only the kind: the message repeats the endpoint URL, which is a credential.
            raise TemporaryFailure(type(exc).__name__) from exc
        except (VapidException, ValueError, TypeError) as exc:  # keys or claims it cannot use
            raise PermanentFailure(f"invalid subscription: {exc}"[:500]) from exc


def classify(status: int | None, message: str = "") -> Exception:
    """404/410: the subscription is gone. 429, 5xx and no answer: try later. Other 4xx: never."""
    text = str(message).split("\n", 1)[0][:300] or f"HTTP {status}"
    if status in (404, 410):
        return SubscriptionGone(text)
    if status is None:  # raised before sending: keys pywebpush cannot use
        return PermanentFailure(text)
    if 400 <= status < 500 and status != 429:
        return PermanentFailure(text)
    return TemporaryFailure(text)


def public_key_of(vapid: Vapid) -> str:
    """The application server key browsers need: base64url of the uncompressed P-256 point."""
    raw = vapid.public_key.public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def make_push_sender(settings: Settings) -> WebPushSender | None:
    """None while the VAPID keys are not configured: push deliveries then wait in the outbox."""
    if not settings.vapid_private_key or not settings.vapid_public_key:
        return None
    return WebPushSender(settings)
