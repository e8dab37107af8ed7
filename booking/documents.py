"""Request letters (surat permohonan): PDF, JPEG or PNG, recognised by their bytes, never by name,
and checked whole (booking/file_checks.py) before they are stored."""

from __future__ import annotations

import asyncio
import uuid

from booking.clock import now
from booking.errors import DomainError, ErrorCode
from booking.file_checks import LetterRefused, inspect_letter
from booking.settings import Settings

SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
)


def sniff_letter(data: bytes, max_bytes: int) -> tuple[str, str]:
    """Content type and extension of an acceptable letter, or a typed error."""
    if len(data) > max_bytes:
        raise DomainError(
            ErrorCode.FILE_TOO_LARGE, field="letter", max_mb=round(max_bytes / 1024 / 1024, 1)
        )
    for magic, content_type, ext in SIGNATURES:
        if data.startswith(magic):
            return content_type, ext
    raise DomainError(ErrorCode.BAD_FILE, field="letter")


#: A refusal's reason -> the user's error code and message.
REFUSALS = {
    "CORRUPT": (ErrorCode.BAD_FILE, "letter_unreadable"),
    "NO_PAGES": (ErrorCode.BAD_FILE, "letter_no_pages"),
    "ACTIVE_CONTENT": (ErrorCode.UNSAFE_FILE, "letter_active_content"),
    "POLYGLOT": (ErrorCode.UNSAFE_FILE, "letter_polyglot"),
    "TOO_MANY_PIXELS": (ErrorCode.TOO_MANY_PIXELS, None),
}


async def check_letter(data: bytes, settings: Settings) -> tuple[str, str]:
    """Content type and extension of a letter that may be stored, or a typed error: the first
    bytes name the type, then the whole file is checked off the event loop."""
    content_type, ext = sniff_letter(data, settings.max_letter_bytes)
    try:
        await asyncio.to_thread(inspect_letter, data, content_type, settings.max_letter_pixels)
    except LetterRefused as exc:
        code, key = REFUSALS[exc.reason]
        raise DomainError(
            code,
            key,
            field="letter",
            reason=exc.reason,
            max_mp=round(settings.max_letter_pixels / 1_000_000),
        ) from exc
    return content_type, ext


def letter_filename(reference: str, content_type: str | None) -> str:
    """The download name of a booking's letter, e.g. ``EPR-2026-000123-surat.pdf``."""
    ext = next((e for _, t, e in SIGNATURES if t == content_type), "bin")
    return f"{reference}-surat.{ext}"


def letter_key(ext: str) -> str:
    """A server-generated object key; user file names are never used."""
    return f"letters/{now():%Y/%m}/{uuid.uuid4().hex}.{ext}"
