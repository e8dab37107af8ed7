"""Request letters (surat permohonan): PDF, JPEG or PNG, recognised by their bytes, never by name."""

from __future__ import annotations

import uuid

from booking.clock import now
from booking.errors import DomainError, ErrorCode

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


def letter_filename(reference: str, content_type: str | None) -> str:
    """The download name of a booking's letter, e.g. ``EPR-2026-000123-surat.pdf``."""
    ext = next((e for _, t, e in SIGNATURES if t == content_type), "bin")
    return f"{reference}-surat.{ext}"


def letter_key(ext: str) -> str:
    """A server-generated object key; user file names are never used."""
    return f"letters/{now():%Y/%m}/{uuid.uuid4().hex}.{ext}"
