"""In-memory PDF assembly: page template, header and footer with "Page x of y", escaping."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph

from desktop_app import PRODUCT_NAME
from desktop_app.documents import fonts, styles
from desktop_app.documents.catalogue import fill

# C0/C1 controls and lone surrogates cannot be drawn and would break the PDF text.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_NEWLINES = re.compile("\r\n|[\r\u2028\u2029]")
PORTRAIT = "page"
LANDSCAPE = "landscape"


def plain_text(text: str) -> str:
    """`text` as it can be drawn: NFC, "\n" line breaks, tabs as spaces, no control codes."""
    # NFC: reportlab does not position combining marks, precomposed glyphs look right.
    text = unicodedata.normalize("NFC", text).replace("\t", " ")
    return _UNPRINTABLE.sub("", _NEWLINES.sub("\n", text))


def escape(text: str) -> str:
    """Paragraph markup that prints `text` exactly as typed, line breaks included."""
    text = plain_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user or catalogue text (never markup)."""
    return Paragraph(escape(text), style)


@dataclass(frozen=True)
class PageDecoration:
    """Header and footer text of the pages of one document (one part of a batch)."""

    header_left: str
    header_right: str
    footer_left: str
    page_label: str  # template with {page} and {pages}


@dataclass(frozen=True)
class DocumentPart:
    """A document's flowables and the decoration of its pages; parts start on a new page."""

    decoration: PageDecoration
    flowables: Sequence[Flowable]


class _PartStart(Flowable):  # type: ignore[misc]
    """Zero-size marker: pages from here on belong to part `index`."""

    def __init__(self, index: int, decoration: PageDecoration, on_start: Callable[[int], None]):
        super().__init__()
        self.index = index
        self.decoration = decoration
        self.on_start = on_start

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Takes no room."""
        return 0, 0

    def draw(self) -> None:
        """Tell the canvas which part the following pages belong to."""
        self.canv.opstart_part = (self.index, self.decoration)
        self.on_start(self.index)


class _DecoratedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until save(), so every footer can say "Page x of y" for its part."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.opstart_part: tuple[int, PageDecoration] | None = None
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802
        """Keep the finished page's state instead of writing it out."""
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Now that page counts are known, decorate and write every held page."""
        parts = [state["opstart_part"] for state in self._held_pages]
        totals = Counter(part[0] for part in parts if part is not None)
        numbers: Counter[int] = Counter()
        for state, part in zip(self._held_pages, parts, strict=True):
            self.__dict__.update(state)
            if part is not None:
                numbers[part[0]] += 1
                _draw_decoration(self, part[1], numbers[part[0]], totals[part[0]])
            super().showPage()
        super().save()


def _fit(text: str, font: str, size: float, width: float) -> str:
    text = " ".join(plain_text(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_decoration(canvas: Canvas, decoration: PageDecoration, page: int, pages: int) -> None:
    width, height = canvas._pagesize  # portrait or landscape, whichever this page is
    left, right = styles.MARGIN_LEFT, width - styles.MARGIN_RIGHT
    half = (right - left) / 2 - 6
    size = styles.SMALL_SIZE
    canvas.saveState()
    canvas.setStrokeColor(styles.RULE)
    canvas.setLineWidth(0.6)
    top = height - 14 * mm
    canvas.setFont(fonts.BOLD, size)
    canvas.setFillColor(styles.ACCENT)
    canvas.drawString(left, top, _fit(decoration.header_left, fonts.BOLD, size, half))
    canvas.setFont(fonts.REGULAR, size)
    canvas.setFillColor(styles.MUTED)
    canvas.drawRightString(right, top, _fit(decoration.header_right, fonts.REGULAR, size, half))
    canvas.line(left, top - 3 * mm, right, top - 3 * mm)
    bottom = 12 * mm
    canvas.line(left, bottom + 4.5 * mm, right, bottom + 4.5 * mm)
    canvas.drawString(left, bottom, _fit(decoration.footer_left, fonts.REGULAR, size, half))
    label = fill(decoration.page_label, page=str(page), pages=str(pages))
    canvas.drawRightString(right, bottom, label)
    canvas.restoreState()


def render_pdf(
    parts: Sequence[DocumentPart],
    *,
    title: str,
    language: str | None,
    on_part_started: Callable[[int], None] | None = None,
) -> bytes:
    """Lay out `parts` into one PDF in memory; `on_part_started(i)` fires as part i begins."""
    if not parts:
        raise ValueError("a document needs at least one part")
    fonts.register_fonts()
    # Binary streams instead of ASCII85: a quarter smaller and faster; the setting is
    # process-wide, and this package is the only user of reportlab.
    rl_config.useA85 = 0
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=styles.PAGE_SIZE,
        leftMargin=styles.MARGIN_LEFT,
        rightMargin=styles.MARGIN_RIGHT,
        topMargin=styles.MARGIN_TOP,
        bottomMargin=styles.MARGIN_BOTTOM,
        title=title,
        creator=PRODUCT_NAME,
        lang=language,
        displayDocTitle=1,
        initialFontName=fonts.REGULAR,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="content",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )
    wide = Frame(
        doc.leftMargin, doc.bottomMargin, styles.LANDSCAPE_CONTENT_WIDTH,
        styles.PAGE_SIZE[0] - doc.topMargin - doc.bottomMargin, id="wide",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )
    doc.addPageTemplates([
        PageTemplate(id=PORTRAIT, frames=[frame], pagesize=styles.PAGE_SIZE),
        # For a table that truly needs the width: NextPageTemplate(LANDSCAPE), PageBreak().
        PageTemplate(id=LANDSCAPE, frames=[wide], pagesize=styles.LANDSCAPE_PAGE_SIZE),
    ])
    notify = on_part_started or (lambda index: None)
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        if index:
            story.append(PageBreak())
        story.append(_PartStart(index, part.decoration, notify))
        story.extend(part.flowables)
    doc.build(story, canvasmaker=_DecoratedCanvas)
    return buffer.getvalue()
