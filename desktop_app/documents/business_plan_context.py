"""What every business-plan section needs: the data, catalogue, styles, formats and helpers."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from desktop_app.core.finance.vat import calendar_of
from desktop_app.documents import flowables as fl
from desktop_app.documents import fonts, styles
from desktop_app.documents.business_plan import BusinessPlanData
from desktop_app.documents.catalogue import Catalogue, fill
from desktop_app.documents.plan_format import PlanFormat
from desktop_app.documents.styles import DocumentStyles

GRID_SIZE = 8
GRID_LEADING = 10.5


@dataclass(frozen=True)
class PlanStyles:
    """Styles the plan adds to the shared type scale: figures, dense grids, tiles."""

    tile_label: ParagraphStyle
    tile_value: ParagraphStyle
    grid: ParagraphStyle
    grid_right: ParagraphStyle
    grid_bold: ParagraphStyle
    grid_bold_right: ParagraphStyle
    grid_header: ParagraphStyle
    grid_header_right: ParagraphStyle
    question: ParagraphStyle
    status: ParagraphStyle
    cover_overline: ParagraphStyle
    cover_title: ParagraphStyle
    cover_lead: ParagraphStyle


@functools.cache
def plan_styles() -> PlanStyles:
    """The plan's extra styles (built once)."""
    st = styles.document_styles()
    grid = ParagraphStyle("Grid", parent=st.table_cell, fontSize=GRID_SIZE, leading=GRID_LEADING)
    bold = ParagraphStyle("GridBold", parent=grid, fontName=fonts.BOLD)
    header = ParagraphStyle("GridHeader", parent=bold, textColor=styles.ACCENT)
    white = styles.WHITE
    return PlanStyles(
        tile_label=ParagraphStyle("TileLabel", parent=st.small, textColor=styles.MUTED),
        tile_value=ParagraphStyle(
            "TileValue", parent=st.label, fontSize=15, leading=19, textColor=styles.ACCENT
        ),
        grid=grid,
        grid_right=ParagraphStyle("GridRight", parent=grid, alignment=TA_RIGHT),
        grid_bold=bold,
        grid_bold_right=ParagraphStyle("GridBoldRight", parent=bold, alignment=TA_RIGHT),
        grid_header=header,
        grid_header_right=ParagraphStyle("GridHeaderRight", parent=header, alignment=TA_RIGHT),
        question=ParagraphStyle(
            "Question",
            parent=st.label,
            textColor=styles.ACCENT,
            spaceBefore=4,
            spaceAfter=2,
            keepWithNext=1,
        ),
        status=ParagraphStyle("Status", parent=st.table_cell, fontSize=10.5, leading=14),
        cover_overline=ParagraphStyle(
            "CoverOverline", parent=st.overline, textColor=white, fontSize=14, leading=18
        ),
        cover_title=ParagraphStyle(
            "CoverTitle", parent=st.title, textColor=white, fontSize=30, leading=36
        ),
        cover_lead=ParagraphStyle(
            "CoverLead", parent=st.lead, textColor=white, fontSize=15, leading=20
        ),
    )


@dataclass
class PlanContext:
    """One plan being laid out; numbers the section headings as they are made."""

    data: BusinessPlanData
    cat: Catalogue
    st: DocumentStyles = field(default_factory=styles.document_styles)
    ps: PlanStyles = field(default_factory=plan_styles)
    _sections: int = 0

    @property
    def fmt(self) -> PlanFormat:
        """Formats for this plan's language and currency."""
        return PlanFormat(self.cat.language, self.data.figures.currency)

    def heading(self, title: str) -> Flowable:
        """A numbered section heading: "3  Customers and their problem"."""
        self._sections += 1
        return fl.heading(f"{self._sections}  {title}", self.st)

    def month(self, plan_month: int) -> str:
        """Short calendar label of a 1-based plan month."""
        inputs = self.data.inputs
        return self.fmt.month(
            calendar_of(inputs.plan_start_year, inputs.plan_start_month, plan_month)
        )


def money_table(
    ctx: PlanContext,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    fractions: Sequence[float],
    totals: Sequence[int] = (),
    right: Sequence[int] | None = None,
) -> Table:
    """A data table whose columns after the first are right-aligned; `totals` rows in bold
    with a rule above them."""
    right_columns = list(range(1, len(headers))) if right is None else list(right)
    table = fl.data_table(headers, rows, fractions, ctx.st, right_aligned=right_columns)
    commands = []
    for index in totals:
        row = index + 1  # the header is row 0
        commands += [
            ("FONT", (0, row), (-1, row), fonts.BOLD, styles.BODY_SIZE, styles.CELL_LEADING),
            ("LINEABOVE", (0, row), (-1, row), 1, styles.ACCENT),
        ]
    if commands:
        table.setStyle(commands)
    return table


def fitted(value: str, style: ParagraphStyle, width: float, smallest: float = 8) -> Flowable:
    """Text in `style`, made smaller (down to `smallest` pt) until its longest word fits."""
    longest = max(value.split() or [""], key=lambda word: stringWidth(word, style.fontName, 10))
    size = style.fontSize
    while size > smallest and stringWidth(longest, style.fontName, size) > width:
        size -= 0.5
    if size == style.fontSize:
        return fl.text(value, style, width)
    smaller = ParagraphStyle(
        f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.3
    )
    return fl.text(value, smaller, width)


def plan_fill(template: str, **values: str) -> str:
    """catalogue.fill, minus the doubled full stop when a sentence ends in "kr."."""
    return fill(template, **values).replace("kr..", "kr.")


def nonzero(values: Sequence[Decimal]) -> bool:
    """True when any value is not zero."""
    return any(value != 0 for value in values)
