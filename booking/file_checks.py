"""The whole structure of a request letter, not only its first bytes (SOP step 2).

A letter is kept and later shown to officers in their browsers, so what is stored must be what it
says it is, and nothing more:

- a PDF parses, has at least one page, and carries no active content: no JavaScript (``/JS``,
  ``/JavaScript``, also behind ``/OpenAction`` or ``/AA``), no launch actions (``/Launch``), no
  embedded files (``/EmbeddedFile``, ``/EmbeddedFiles``), no forms with scripts (``/XFA``), no
  rich media. Every object reachable from the trailer is read as the parser resolves it (names
  with ``#xx`` escapes decoded, objects inside compressed object streams included), and the raw
  bytes are searched as well for what no reference reaches;
- a JPEG or PNG has dimensions within the pixel cap, read from its header before any pixel is
  decoded; a PNG's chunks are checked (CRCs, ``IEND``) without inflating the pixels; a JPEG is
  decoded at 1/8 scale, which reads its whole entropy-coded stream for little memory;
- nothing is two files at once: no ZIP archive (PDF/ZIP, image/ZIP), no HTML markup in the head
  (``%PDF-<html>…``), no PDF inside an image, no bytes after a PNG's end.

Each refusal is a :class:`LetterRefused` with a stable ``reason``; ``booking.documents`` maps it to
the user's error. Pure functions over bytes; run them off the event loop (they parse)."""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from typing import Any

from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

#: Names whose presence in a PDF means active or hidden content.
ACTIVE_KEYS = frozenset(
    {"/JS", "/JavaScript", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/XFA", "/RichMedia"}
)
#: Action types (``/S``) refused wherever the action sits.
ACTIVE_ACTIONS = frozenset({"/JavaScript", "/Launch", "/ImportData", "/RichMediaExecute"})
#: Raw-byte search, for objects no reference reaches (a delimiter must follow the name).
RAW_ACTIVE = re.compile(rb"/(?:JS|JavaScript|Launch|EmbeddedFiles?|XFA|RichMedia)[\s/<>\[\]()]")
#: What a browser or a mail client would take for HTML in a file's head.
HTML_MARKUP = re.compile(
    rb"<\s*(?:!doctype|html|head|body|script|iframe|svg|object|embed|meta)", re.IGNORECASE
)
PDF_HEADER = re.compile(rb"%PDF-[12]\.\d[\r\n]")
#: An object graph bigger than this is refused rather than walked.
MAX_PDF_OBJECTS = 200_000
JPEG_FORMATS = ("JPEG",)
PNG_FORMATS = ("PNG",)


class LetterRefused(Exception):
    """``reason``: CORRUPT, NO_PAGES, ACTIVE_CONTENT, POLYGLOT or TOO_MANY_PIXELS."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def inspect_letter(data: bytes, content_type: str, max_pixels: int) -> None:
    """Raise :class:`LetterRefused` unless ``data`` is a plain letter of ``content_type``."""
    if zipfile.is_zipfile(io.BytesIO(data)):
        raise LetterRefused("POLYGLOT", "a ZIP archive is part of the file")
    if HTML_MARKUP.search(data[:1024]):
        raise LetterRefused("POLYGLOT", "HTML markup in the head of the file")
    if content_type == "application/pdf":
        inspect_pdf(data)
    else:
        inspect_image(data, content_type, max_pixels)


def inspect_pdf(data: bytes) -> None:
    if not PDF_HEADER.match(data):
        raise LetterRefused("CORRUPT", "no PDF header")
    if RAW_ACTIVE.search(data):
        raise LetterRefused("ACTIVE_CONTENT", "an active-content name in the file")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pypdf warns about repairable oddities
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                raise LetterRefused("CORRUPT", "encrypted")  # its objects cannot be checked
            pages = len(reader.pages)
            _walk(reader.trailer)
    except LetterRefused:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise LetterRefused("CORRUPT", f"{type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # a parser meeting hostile bytes may raise anything
        raise LetterRefused("CORRUPT", f"{type(exc).__name__}: {exc}") from exc
    if pages < 1:
        raise LetterRefused("NO_PAGES")


def _walk(root: Any) -> None:
    """Every dictionary reachable from ``root``, iteratively (no recursion limit to exhaust)."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            ref = (item.idnum, item.generation)
            if ref in seen:
                continue
            seen.add(ref)
            if len(seen) > MAX_PDF_OBJECTS:
                raise LetterRefused("CORRUPT", "too many objects")
            item = item.get_object()
        if isinstance(item, DictionaryObject):  # streams are dictionaries too (not decoded)
            for key in item:
                if key in ACTIVE_KEYS:
                    raise LetterRefused("ACTIVE_CONTENT", str(key))
            action = item.get("/S")
            if isinstance(action, NameObject) and action in ACTIVE_ACTIONS:
                raise LetterRefused("ACTIVE_CONTENT", str(action))
            stack.extend(v for k, v in item.items() if k != "/Parent")
        elif isinstance(item, ArrayObject):
            stack.extend(item)


def inspect_image(data: bytes, content_type: str, max_pixels: int) -> None:
    if b"%PDF-" in data:
        raise LetterRefused("POLYGLOT", "a PDF inside the image")
    png = content_type == "image/png"
    try:
        with Image.open(io.BytesIO(data), formats=PNG_FORMATS if png else JPEG_FORMATS) as im:
            width, height = im.size
            if width * height > max_pixels:
                raise LetterRefused("TOO_MANY_PIXELS", f"{width}x{height}")
            if png:
                im.verify()  # every chunk's CRC, up to IEND; no pixel is inflated
            else:
                im.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                im.load()  # at most 1/64 of the pixels, the whole stream read
    except LetterRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise LetterRefused("TOO_MANY_PIXELS", str(exc)) from exc
    except UnidentifiedImageError as exc:
        raise LetterRefused("CORRUPT", str(exc)) from exc
    except Exception as exc:  # Pillow reports broken streams as OSError, SyntaxError, ...
        raise LetterRefused("CORRUPT", f"{type(exc).__name__}: {exc}") from exc
    if png and not data.endswith(b"IEND\xae\x42\x60\x82"):
        raise LetterRefused("POLYGLOT", "bytes after the end of the PNG")
