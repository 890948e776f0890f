"""Layout guard: no text runs outside the page margins, whatever the language or length."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.documents import fonts, styles
from desktop_app.documents.catalogue import Catalogue
from desktop_app.documents.handout import SmartGoal, build_handout
from desktop_app.documents.meeting_summary import build_meeting_summary
from desktop_app.documents.records import AgreedAction, CoachContact

FONT_BY_FACE = {
    "DejaVuSans": fonts.REGULAR,
    "DejaVuSans-Bold": fonts.BOLD,
    "DejaVuSans-Oblique": fonts.ITALIC,
    "DejaVuSans-BoldOblique": fonts.BOLD_ITALIC,
}
LONG_NAME = "Nguyễn Thị Minh Khai Papadopoulou-van IJsselmuiden Wójcik Коваленко Yılmaz"
LONG_WORD = "Kommunalbeskæftigelsesindsatsforløbskoordinatorfunktion"


def text_extents(pdf: bytes) -> list[tuple[str, float, float]]:
    """(text, left x, right x) of every drawn text run."""
    fonts.register_fonts()
    runs: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font_dict, font_size):  # noqa: ANN001, ANN202
        text = text.strip("\n")
        if not text.strip() or font_dict is None:
            return
        face = str(font_dict["/BaseFont"]).split("+", 1)[-1]
        left = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        width = stringWidth(text, FONT_BY_FACE[face], font_size * tm[0] * cm[0])
        runs.append((text, left, left + width))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return runs


def assert_inside_margins(pdf: bytes) -> None:
    right_edge = styles.PAGE_SIZE[0] - styles.MARGIN_RIGHT
    runs = text_extents(pdf)
    assert runs
    outside = [
        (text, round(left), round(right))
        for text, left, right in runs
        if left < styles.MARGIN_LEFT - 0.5 or right > right_edge + 0.5
    ]
    assert outside == []


@pytest.mark.parametrize("language", ["en", "da", "nl"])
def test_full_handout_stays_inside_the_margins(language, make_full_handout_data):
    data = make_full_handout_data("Δήμητρα Παπαδοπούλου", language)
    assert_inside_margins(build_handout(data, Catalogue.load(language)))


@pytest.mark.parametrize("language", ["en", "da", "nl"])
def test_long_texts_wrap_instead_of_overflowing(language, make_full_handout_data):
    long_text = f"{LONG_WORD} & <{LONG_WORD}> " * 3
    data = make_full_handout_data(LONG_NAME, language)
    data = type(data)(
        **{
            **data.__dict__,
            "programme": long_text,
            "cohort": long_text,
            "coach": CoachContact(LONG_NAME, "+45 " + "1" * 60, LONG_WORD + "@example.org"),
            "goals": (SmartGoal(long_text, LONG_WORD * 2, date(2026, 12, 31), "achieved"),),
            "actions": (AgreedAction(long_text, date(2026, 12, 31), True),),
            "skills": (LONG_WORD, long_text),
            "extra_fields": ((LONG_WORD, long_text),),
        }
    )
    assert_inside_margins(build_handout(data, Catalogue.load(language)))


@pytest.mark.parametrize("language", ["en", "da", "nl"])
def test_meeting_summary_stays_inside_the_margins(language, make_summary_data):
    data = make_summary_data(LONG_NAME, language, shared_notes=(LONG_WORD + " ") * 20)
    assert_inside_margins(build_meeting_summary(data, Catalogue.load(language)))
