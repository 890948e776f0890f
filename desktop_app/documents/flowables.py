"""Reusable building blocks for documents: headings, text, tables, cards, images."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any, TypeAlias

from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from desktop_app.documents import fonts, styles
from desktop_app.documents.pdf import escape, paragraph, plain_text
from desktop_app.documents.styles import DocumentStyles

Cell: TypeAlias = str | Flowable
Command = tuple[Any, ...]
_ALL = ((0, 0), (-1, -1))


class _Line(Flowable):  # type: ignore[misc]
    """One left-aligned line of plain text, drawn where a Paragraph would put it."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """One line high, full width."""
        return availWidth, self.style.leading

    def draw(self) -> None:
        """Baseline where Paragraph puts its first line, so both kinds line up."""
        self.canv.setFont(self.style.fontName, self.style.fontSize)
        self.canv.setFillColor(self.style.textColor)
        self.canv.drawString(self.style.leftIndent, self.style.leading - self.style.fontSize,
                             self.text)


def text(value: str, style: ParagraphStyle, width: float = styles.CONTENT_WIDTH) -> Flowable:
    """Plain text in `style`: a cheap single line when it fits `width`, else a Paragraph."""
    # Skipping Paragraph's markup parser and line breaker for the many short lines
    # (headings, labels) is a large share of the time a handout takes to build.
    line = plain_text(value).strip()
    room = width - style.leftIndent - style.rightIndent - style.firstLineIndent
    simple = style.alignment == TA_LEFT and not style.backColor and not style.borderWidth
    if simple and "\n" not in line and stringWidth(line, style.fontName, style.fontSize) <= room:
        return _Line(line, style)
    return Paragraph(escape(line), style)


def heading(value: str, st: DocumentStyles) -> Flowable:
    """A section heading; it stays on the page of what follows it."""
    return text(value, st.heading)


def subheading(value: str, st: DocumentStyles) -> Flowable:
    """A smaller heading inside a section."""
    return text(value, st.subheading)


def text_block(value: str, st: DocumentStyles) -> Flowable:
    """Body text typed by a person, line breaks kept."""
    return text(value, st.body)


def spacer(height: float = 6) -> Spacer:
    """Vertical space in points."""
    return Spacer(1, height)


def layout_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    commands: Sequence[Command] = (),
    padding: tuple[float, float, float, float] = (0, 0, 0, 0),
    **options: Any,
) -> Table:
    """A Table in our font; `widths` in points, `padding` as (left, right, top, bottom)."""
    left, right, top, bottom = padding
    base: list[Command] = [
        # Tables default to Helvetica, which would be referenced but not embedded.
        ("FONT", *_ALL, fonts.REGULAR, styles.BODY_SIZE, styles.CELL_LEADING),
        ("TEXTCOLOR", *_ALL, styles.INK),
        ("VALIGN", *_ALL, "TOP"),
        ("LEFTPADDING", *_ALL, left),
        ("RIGHTPADDING", *_ALL, right),
        ("TOPPADDING", *_ALL, top),
        ("BOTTOMPADDING", *_ALL, bottom),
    ]
    # splitInRow: one very long cell (a pasted text) may run onto the next page.
    table = Table([list(row) for row in rows], colWidths=list(widths), splitInRow=1, **options)
    table.setStyle(TableStyle([*base, *commands]))
    return table


def text_table(
    cells: Sequence[Sequence[tuple[Cell, ParagraphStyle]]],
    widths: Sequence[float],
    commands: Sequence[Command] = (),
    padding: tuple[float, float, float, float] = (0, 0, 0, 0),
    **options: Any,
) -> Table:
    """A layout_table of (value, style) cells: text that fits on one line is drawn as a plain
    table string, longer text as a wrapping Paragraph."""
    # Plain strings skip Paragraph's markup parser and line breaker: most cells are short,
    # and this roughly halves the layout time of a handout.
    data: list[list[Any]] = []
    extra: list[Command] = []
    for r, row in enumerate(cells):
        out: list[Any] = []
        for c, (value, style) in enumerate(row):
            if not isinstance(value, str):
                out.append(value)
                continue
            text = plain_text(value).strip()
            room = widths[c] - padding[0] - padding[1]
            if "\n" in text or stringWidth(text, style.fontName, style.fontSize) > room:
                out.append(Paragraph(escape(text), style))
                continue
            out.append(text)
            extra += _string_style((c, r), style)
        data.append(out)
    return layout_table(data, widths, [*extra, *commands], padding, **options)


def _string_style(cell: tuple[int, int], style: ParagraphStyle) -> list[Command]:
    commands: list[Command] = []
    if (style.fontName, style.fontSize, style.leading) != (
        fonts.REGULAR, styles.BODY_SIZE, styles.CELL_LEADING
    ):
        commands.append(("FONT", cell, cell, style.fontName, style.fontSize, style.leading))
    if style.textColor != styles.INK:
        commands.append(("TEXTCOLOR", cell, cell, style.textColor))
    if style.alignment == TA_RIGHT:
        commands.append(("ALIGN", cell, cell, "RIGHT"))
    return commands


def quote_block(value: str, st: DocumentStyles) -> Table:
    """The participant's own words, set apart by a soft background and an accent bar."""
    commands = [
        ("BACKGROUND", *_ALL, styles.SAND),
        ("LINEBEFORE", (0, 0), (0, -1), 3, styles.ACCENT),
    ]
    return layout_table(
        [[paragraph(value, st.quote)]], [styles.CONTENT_WIDTH], commands, (12, 12, 8, 10)
    )


def facts_card(rows: Sequence[tuple[str, Cell]], st: DocumentStyles) -> Table:
    """A tinted box of bold label / value rows (contact card, meeting facts)."""
    cells = [[(label, st.label), (value, st.table_cell)] for label, value in rows]
    commands = [
        ("BACKGROUND", *_ALL, styles.ACCENT_SOFT),
        ("TOPPADDING", (0, 0), (-1, 0), 10),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
    ]
    return text_table(cells, _widths((0.3, 0.7)), commands, (12, 12, 4, 4))


def facts_table(rows: Sequence[tuple[str, Cell]], st: DocumentStyles) -> Table:
    """Label / value pairs without a box, labels in bold on the left."""
    cells = [[(label, st.label), (value, st.table_cell)] for label, value in rows]
    return text_table(cells, _widths((0.34, 0.66)), (), (0, 8, 3, 3))


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    fractions: Sequence[float],
    st: DocumentStyles,
    right_aligned: Sequence[int] = (),
) -> Table:
    """A ruled, striped table whose header row repeats on every page."""
    header = [
        (text, st.table_header_right if i in right_aligned else st.table_header)
        for i, text in enumerate(headers)
    ]
    body = [
        [
            (value, st.table_cell_right if i in right_aligned else st.table_cell)
            for i, value in enumerate(row)
        ]
        for row in rows
    ]
    commands: list[Command] = [
        ("BACKGROUND", (0, 0), (-1, 0), styles.ACCENT_SOFT),
        ("LINEBELOW", (0, 0), (-1, 0), 1, styles.ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, styles.RULE),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), styles.ZEBRA) for r in range(2, len(rows) + 1, 2)]
    return text_table([header, *body], _widths(fractions), commands, (6, 6, 6, 7), repeatRows=1)


def bullet_columns(items: Sequence[str], st: DocumentStyles, columns: int = 2) -> Table:
    """A bulleted list laid out in columns, filled top to bottom."""
    per_column = -(-len(items) // columns)
    cells = [
        [Paragraph(escape(item), st.bullet, bulletText="•") for item in items[i : i + per_column]]
        for i in range(0, len(items), per_column)
    ]
    cells += [[] for _ in range(columns - len(cells))]
    return layout_table([cells], _widths([1 / columns] * columns), (), (0, 8, 0, 0))


def ladder_table(rows: Sequence[Sequence[str]], highlight: int, st: DocumentStyles) -> Table:
    """A top-down ladder (highest step first) with row `highlight` marked."""
    cells = [
        [(text, st.label if r == highlight else st.table_cell) for text in row]
        for r, row in enumerate(rows)
    ]
    commands = [
        ("VALIGN", *_ALL, "MIDDLE"),
        ("LINEBELOW", *_ALL, 0.5, styles.RULE),
        ("LINEBEFORE", (0, 0), (0, -1), 3, styles.RULE),
        ("BACKGROUND", (0, highlight), (-1, highlight), styles.ACCENT_SOFT),
        ("LINEBEFORE", (0, highlight), (0, highlight), 3, styles.ACCENT),
    ]
    return text_table(cells, _widths((0.15, 0.53, 0.32)), commands, (8, 6, 5, 6))


def scaled_image(data: bytes, max_width: float, max_height: float) -> Image:
    """A PNG or JPEG fitted into the box, downsampled in memory so the PDF stays small."""
    if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8\xff")):
        raise ValueError("the photo is not a PNG or JPEG image")
    try:
        with PILImage.open(BytesIO(data)) as img:
            img.load()
            upright = ImageOps.exif_transpose(img) if _rotated(img) else img
            width, height = upright.size
            # Keep ~300 dpi at print size; phone photos are often 20x more.
            limit = (round(max_width / 72 * 300), round(max_height / 72 * 300))
            if upright is not img or width > limit[0] or height > limit[1]:
                small = upright.convert("RGB")
                small.thumbnail(limit)
                out = BytesIO()
                small.save(out, format="JPEG", quality=88)
                data = out.getvalue()
    except (UnidentifiedImageError, OSError) as exc:
        raise ValueError("the photo could not be read") from exc
    scale = min(max_width / width, max_height / height)
    return Image(BytesIO(data), width=width * scale, height=height * scale)


def _rotated(img: PILImage.Image) -> bool:
    return img.getexif().get(0x0112, 1) not in (1, None)


def _widths(fractions: Sequence[float]) -> list[float]:
    return [styles.CONTENT_WIDTH * f for f in fractions]


