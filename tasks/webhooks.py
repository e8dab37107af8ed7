"""Posting webhook messages: signed with the ``standardwebhooks`` package (headers
``webhook-id``, ``webhook-timestamp``, ``webhook-signature: v1,<base64 HMAC-SHA256 of
"id.timestamp.body">``), sent with httpx to the address the domain checked (the URL's host name
stays the ``Host`` header and the TLS server name), redirects not followed."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime

import httpx
from standardwebhooks import Webhook

from booking.webhook_delivery import Answer, Message

USER_AGENT = "ePesanRuangan-Webhooks/1"


def signed_headers(message: Message, at: datetime | None = None) -> dict[str, str]:
    """The Standard Webhooks headers of a message, signed now (or at ``at``)."""
    moment = (at or datetime.now(UTC)).replace(microsecond=0)
    signature = Webhook(message.secret).sign(message.message_id, moment, message.body)
    return {
        "webhook-id": message.message_id,
        "webhook-timestamp": str(int(moment.timestamp())),
        "webhook-signature": signature,
        "content-type": "application/json",
        "user-agent": USER_AGENT,
    }


def pinned_url(message: Message) -> tuple[str, dict[str, str], dict[str, object]]:
    """The URL with its host replaced by the checked address; the Host header and (https) the
    TLS server name keep the host name."""
    target = message.target
    address = str(ipaddress.ip_address(target.addresses[0].split("%", 1)[0]))
    url = httpx.URL(target.url)
    default = 443 if target.scheme == "https" else 80
    host_header = target.host if target.port == default else f"{target.host}:{target.port}"
    extensions: dict[str, object] = {}
    if target.scheme == "https":
        extensions["sni_hostname"] = target.host
    return str(url.copy_with(host=address)), {"host": host_header}, extensions


class HttpWebhookSender:
    """One shared connection pool per process; each message is one POST."""

    def __init__(self, client: httpx.AsyncClient | None = None) -> None:
        self.client = client or httpx.AsyncClient(
            follow_redirects=False, limits=httpx.Limits(max_connections=50)
        )

    async def send(self, message: Message, seconds: float) -> Answer:
        url, host, extensions = pinned_url(message)
        headers = {**signed_headers(message), **host}
        try:
            response = await self.client.post(
                url,
                content=message.body.encode(),
                headers=headers,
                timeout=seconds,
                extensions=extensions,
            )
        except httpx.HTTPError as exc:  # refused, reset, timed out, TLS: the kind, not the URL
            return Answer(None, error=f"{type(exc).__name__}: {str(exc)[:200]}")
        return Answer(response.status_code, text=response.text[:1000])

    async def close(self) -> None:
        await self.client.aclose()
