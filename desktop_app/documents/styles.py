"""Page geometry, colours and the type scale shared by every Opstart document."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from desktop_app.documents import fonts

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 24 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
LANDSCAPE_PAGE_SIZE = landscape(A4)
LANDSCAPE_CONTENT_WIDTH = LANDSCAPE_PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

# Calm, print-friendly palette; text contrast stays above WCAG AA on white.
INK = colors.HexColor("#1F2A30")
MUTED = colors.HexColor("#56646C")
ACCENT = colors.HexColor("#1F6360")
ACCENT_SOFT = colors.HexColor("#E4F0EE")
SAND = colors.HexColor("#F6F2EA")
RULE = colors.HexColor("#C7D5D2")
ZEBRA = colors.HexColor("#F7FAF9")
WHITE = colors.white
# For reportlab.graphics charts in later documents (business plan).
CHART_COLOURS = (
    ACCENT,
    colors.HexColor("#D08C3A"),
    colors.HexColor("#5B7DB1"),
    colors.HexColor("#8AA66A"),
    colors.HexColor("#A8586B"),
)

BODY_SIZE = 12
BODY_LEADING = 17
CELL_LEADING = 16
SMALL_SIZE = 9.5


@dataclass(frozen=True)
class DocumentStyles:
    """Paragraph styles of the type scale; body text is never below 12 pt."""

    overline: ParagraphStyle
    title: ParagraphStyle
    lead: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    muted: ParagraphStyle
    quote: ParagraphStyle
    label: ParagraphStyle
    table_header: ParagraphStyle
    table_header_right: ParagraphStyle
    table_cell: ParagraphStyle
    table_cell_right: ParagraphStyle
    small: ParagraphStyle
    box: ParagraphStyle
    bullet: ParagraphStyle


@functools.cache
def document_styles() -> DocumentStyles:
    """The shared styles (fonts are registered on first use)."""
    regular = fonts.register_fonts()
    body = ParagraphStyle(
        "Body",
        fontName=regular,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        textColor=INK,
        spaceAfter=6,
    )
    cell = ParagraphStyle("TableCell", parent=body, spaceAfter=0, leading=CELL_LEADING)
    header = ParagraphStyle("TableHeader", parent=cell, fontName=fonts.BOLD, textColor=ACCENT)
    return DocumentStyles(
        overline=ParagraphStyle(
            "Overline", parent=body, fontName=fonts.BOLD, textColor=ACCENT, fontSize=12,
            leading=15, spaceAfter=4,
        ),
        title=ParagraphStyle(
            "Title", parent=body, fontName=fonts.BOLD, fontSize=28, leading=34, spaceAfter=6,
        ),
        lead=ParagraphStyle("Lead", parent=body, fontSize=13, leading=19, textColor=MUTED),
        heading=ParagraphStyle(
            "Heading", parent=body, fontName=fonts.BOLD, fontSize=16, leading=20,
            textColor=ACCENT, spaceBefore=16, spaceAfter=8, keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "Subheading", parent=body, fontName=fonts.BOLD, fontSize=13, leading=17,
            spaceBefore=8, spaceAfter=4, keepWithNext=1,
        ),
        body=body,
        muted=ParagraphStyle("Muted", parent=body, textColor=MUTED),
        quote=ParagraphStyle("Quote", parent=body, spaceAfter=0),
        label=ParagraphStyle("Label", parent=body, fontName=fonts.BOLD, spaceAfter=0),
        table_header=header,
        table_header_right=ParagraphStyle("TableHeaderRight", parent=header, alignment=TA_RIGHT),
        table_cell=cell,
        table_cell_right=ParagraphStyle("TableCellRight", parent=cell, alignment=TA_RIGHT),
        small=ParagraphStyle(
            "Small", parent=body, fontSize=SMALL_SIZE, leading=12, textColor=MUTED, spaceAfter=0,
        ),
        bullet=ParagraphStyle(
            "Bullet", parent=body, leftIndent=14, bulletIndent=2, bulletFontName=regular,
            bulletFontSize=BODY_SIZE, spaceAfter=3, bulletColor=ACCENT,
        ),
        box=ParagraphStyle("Box", parent=cell, fontSize=16, leading=16, textColor=ACCENT),
    )
