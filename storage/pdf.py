"""PDF documents for leadership with ReportLab (pure Python from PyPI, no system library).

The text is set in Bitstream Vera, the TrueType family shipped inside the ReportLab package (full
Latin, so Indonesian prints as written), embedded in the document; nothing is fetched at run time.
Photos are the JPEG renditions given by the caller, placed as they are (no re-encoding).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from booking.report_documents import Content, EventReportContent, MonthlyContent

FONT, BOLD = "EpesanVera", "EpesanVera-Bold"
GREY = colors.HexColor("#555555")
HEADER = colors.HexColor("#1f4e79")


@cache
def _styles() -> dict[str, ParagraphStyle]:
    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(fonts / "VeraBd.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName=FONT, fontSize=9, leading=12, textColor=GREY),
        "h": ParagraphStyle(
            "h", fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4
        ),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=11),
        "cellb": ParagraphStyle("cellb", fontName=BOLD, fontSize=8.5, leading=11),
    }


def _p(text: object, style: str = "body") -> Paragraph:
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), _styles()[style])


def _table(rows: Sequence[Sequence[object]], widths: list[float], header: bool = True) -> Table:
    cells = [
        [_p(v, "cellb" if header and i == 0 else "cell") for v in row] for i, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")))
    table.setStyle(TableStyle(style))
    return table


def _footer(title: str) -> Callable[[Any, Any], None]:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(2 * cm, 1.2 * cm, f"ePesanRuangan - Balai Kota DKI Jakarta - {title}")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Halaman {doc.page}")
        canvas.restoreState()

    return draw


def _build(story: list[Flowable], title: str) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=title,
        author="ePesanRuangan",
        lang="id-ID",
        invariant=1,  # the same content gives the same bytes (no creation date, fixed ids)
    )
    footer = _footer(title)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _photo(data: bytes, width: int, height: int, box_w: float, box_h: float) -> Image:
    scale = min(box_w / max(width, 1), box_h / max(height, 1))
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def render_event_report(content: EventReportContent, images: Mapping[str, bytes]) -> bytes:
    title = f"Laporan Penggunaan Ruangan {content.reference}"
    story: list[Flowable] = [
        _p("LAPORAN PENGGUNAAN RUANGAN", "title"),
        _p("Subbagian Pelayanan Balai Kota - Pemerintah Provinsi DKI Jakarta", "sub"),
        Spacer(1, 0.4 * cm),
        _table(
            [
                ["Nomor pemesanan", content.reference],
                ["Kegiatan", content.title],
                ["Ruangan", f"{content.room} ({content.building})"],
                ["Instansi", content.agency],
                ["Tanggal", content.date],
                ["Waktu", content.time],
                ["Jumlah peserta", f"{content.participants} orang"],
                ["Dilaporkan oleh", f"{content.reported_by}, {content.reported_at}"],
            ],
            [4.5 * cm, 12.5 * cm],
            header=False,
        ),
        _p("Uraian kegiatan", "h"),
        _p(content.narrative),
        _p(f"Dokumentasi ({len(content.photos)} foto)", "h"),
    ]
    box_w, box_h = 8.3 * cm, 6.2 * cm
    cells = [
        _photo(images[p.key], p.width, p.height, box_w, box_h)
        for p in content.photos
        if p.key in images
    ]
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    if rows:
        grid = Table(rows, colWidths=[8.5 * cm, 8.5 * cm], rowHeights=6.5 * cm)
        grid.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        story.append(grid)
    history: list[list[object]] = [["Waktu", "Tahap", "Oleh", "Catatan"]]
    history += [[h.at, h.step, h.actor, h.note or "-"] for h in content.history]
    story += [
        KeepTogether([_p("Riwayat pemesanan", "h")]),
        _table(history, [3 * cm, 4.5 * cm, 3.5 * cm, 6 * cm]),
    ]
    return _build(story, title)


def render_monthly(content: MonthlyContent) -> bytes:
    title = f"Ringkasan Bulanan {content.month}"
    story: list[Flowable] = [
        _p(f"RINGKASAN PENGGUNAAN RUANGAN - {content.month.upper()}", "title"),
        _p("Subbagian Pelayanan Balai Kota - Pemerintah Provinsi DKI Jakarta", "sub"),
        _p("Kegiatan terlaksana per instansi", "h"),
        _p(f"Jumlah kegiatan terlaksana: {content.events}"),
        Spacer(1, 0.2 * cm),
    ]
    agencies: list[list[object]] = [["Instansi", "Kegiatan", "Dilaporkan", "Peserta"]]
    agencies += [[a.agency, a.events, a.reported, a.participants] for a in content.agencies]
    if not content.agencies:
        agencies.append(["Tidak ada kegiatan", "-", "-", "-"])
    story.append(_table(agencies, [8.5 * cm, 2.8 * cm, 2.8 * cm, 2.9 * cm]))
    story.append(_p("Tingkat layanan (menit kerja)", "h"))
    service: list[list[object]] = [["Langkah", "Jumlah", "Median", "P90", "Tepat waktu", "Standar"]]
    service += [
        [
            f"{s.step}. {s.name}",
            s.count,
            s.median_minutes,
            s.p90_minutes,
            f"{s.within_share * 100:.0f}%",
            s.standard_minutes,
        ]
        for s in content.service
    ]
    if not content.service:
        service.append(["Belum ada data", "-", "-", "-", "-", "-"])
    story.append(_table(service, [6.5 * cm, 1.9 * cm, 2 * cm, 2 * cm, 2.6 * cm, 2 * cm]))
    return _build(story, title)


def render(content: Content, images: Mapping[str, bytes]) -> bytes:
    """The renderer the domain is given (:data:`booking.report_documents.PdfRenderer`)."""
    if isinstance(content, EventReportContent):
        return render_event_report(content, images)
    return render_monthly(content)
