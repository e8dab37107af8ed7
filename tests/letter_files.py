"""Request letters for the tests, made here: a plain one-page PDF and hostile files."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from tests.photo_files import camera_jpeg


def _written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _one_page() -> PdfWriter:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)  # A4 in points
    return writer


def plain_pdf() -> bytes:
    return _written(_one_page())


def pdf_with_javascript() -> bytes:
    """A document-level script (the catalog's /Names /JavaScript tree), as Acrobat runs on open."""
    writer = _one_page()
    script = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('surat');"),
        }
    )
    tree = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("x"), writer._add_object(script)])}
    )
    writer._root_object[NameObject("/Names")] = DictionaryObject({NameObject("/JavaScript"): tree})
    return _written(writer)


def pdf_with_open_action_script() -> bytes:
    """JavaScript as the document's OpenAction, its names written with #xx escapes: a search of
    the bytes for ``/JavaScript`` does not see it, a parser does."""
    data = _written(_one_page())
    action = b"/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>"
    return data.replace(b"/Type /Catalog", b"/Type /Catalog " + action, 1)


def pdf_with_launch_action() -> bytes:
    writer = _one_page()
    launch = DictionaryObject(
        {
            NameObject("/S"): NameObject("/Launch"),
            NameObject("/F"): TextStringObject("cmd.exe"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(launch)
    return _written(writer)


def pdf_with_attachment() -> bytes:
    writer = _one_page()
    writer.add_attachment("lampiran.exe", b"MZ\x90\x00 not really a program")
    return _written(writer)


def pdf_without_pages() -> bytes:
    return _written(PdfWriter())


def pdf_zip_polyglot() -> bytes:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("index.html", "<script>alert(1)</script>")
    return plain_pdf() + archive.getvalue()


def pdf_html_polyglot() -> bytes:
    """The PDF header, then a page of HTML (what a browser sniffing the file would run), then a
    valid PDF body: parsers find the PDF by its trailer and do not mind the HTML."""
    body = plain_pdf()
    return body.replace(b"\n", b"\n<html><body><script>alert(1)</script></body></html>\n", 1)


def html_behind_pdf_header() -> bytes:
    return b"%PDF-<html><script>alert(document.cookie)</script></html>"


def png_too_many_pixels(side: int = 30_000) -> bytes:
    """A 30000x30000 PNG header (900 MP) with a tiny valid stream after it: what a decoder would
    have to allocate is known before any pixel is read."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)  # 1-bit greyscale
    pixels = zlib.compress(b"\x00" * (side // 8 + 1) * 8)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def png_letter(width: int = 800, height: int = 1100) -> bytes:
    out = io.BytesIO()
    Image.new("L", (width, height), 255).save(out, "PNG")
    return out.getvalue()


def png_with_trailing_html() -> bytes:
    return png_letter() + b"<html><script>alert(1)</script></html>"


def jpeg_with_pdf_inside() -> bytes:
    return camera_jpeg(640, 480) + plain_pdf()


def corrupt_png() -> bytes:
    data = bytearray(png_letter())
    data[60] ^= 0xFF  # inside IDAT: its CRC no longer matches
    return bytes(data)
