"""The participant handout: names, escaping, language, fonts, sections and page count."""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from datetime import date

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop_app.documents.catalogue import Catalogue
from desktop_app.documents.handout import (
    ConsentSummary,
    HandoutData,
    LadderReading,
    SmartGoal,
    build_handout,
)
from desktop_app.documents.records import AgreedAction, CoachContact

TRICKY = "Tom & Jerry <b>bold</b> \"quoted\" 'single' 5 > 3 < 4 &amp; &lt;"
HEADINGS = {
    "en": ("My plan and progress", "My goals", "What we agreed", "Page 1 of 2"),
    "da": ("Min plan og mine fremskridt", "Mine mål", "Det har vi aftalt", "Side 1 af 2"),
    "nl": ("Mijn plan en voortgang", "Mijn doelen", "Wat we hebben afgesproken", "Pagina 1 van 2"),
}


def flat(text: str) -> str:
    """Text with line wraps undone, for strings long enough to wrap."""
    return " ".join(text.split())


def build(data: HandoutData) -> bytes:
    return build_handout(data, Catalogue.load(data.language))


@pytest.mark.parametrize("language", ["en", "da", "nl"])
def test_every_name_prints_exactly(participant_name, language, make_handout_data, pdf_text):
    text = pdf_text(build(make_handout_data(participant_name, language)))
    assert participant_name in text.splitlines()


def test_decomposed_input_prints_as_the_same_letters(make_handout_data, pdf_text):
    typed = unicodedata.normalize("NFD", "Nguyễn Thị Minh Khai")
    text = pdf_text(build(make_handout_data(typed, "en")))
    assert "Nguyễn Thị Minh Khai" in text


@pytest.mark.parametrize(
    "field",
    ["business_idea", "motivation", "strengths", "programme", "cohort", "education_level"],
)
def test_markup_characters_print_as_typed(field, make_handout_data, pdf_text):
    text = pdf_text(build(make_handout_data(**{field: TRICKY})))
    assert TRICKY in flat(text)


def test_markup_characters_in_tables_and_names(make_handout_data, pdf_text):
    data = make_handout_data(
        "<Ann & Bo>",
        "en",
        goals=(SmartGoal(TRICKY, "x < y", date(2026, 12, 1), "achieved"),),
        actions=(AgreedAction("Call \"Q&A\" desk", date(2026, 12, 2)),),
        coach=CoachContact("O'Brien & Co", "+45 1", "a&b@example.org"),
    )
    text = flat(pdf_text(build(data)))
    for expected in ("<Ann & Bo>", TRICKY, "x < y", 'Call "Q&A" desk', "O'Brien & Co", "a&b@"):
        assert expected in text


def test_line_breaks_are_kept_and_controls_dropped(make_handout_data, pdf_text):
    text = pdf_text(build(make_handout_data(business_idea="first line\nsecond\x07 line")))
    assert "first line\nsecond line" in text


@pytest.mark.parametrize("language", ["en", "da", "nl"])
def test_headings_and_footer_are_in_the_participants_language(
    language, make_handout_data, pdf_text
):
    text = pdf_text(build(make_handout_data("Zoë van IJsselmuiden", language)))
    for heading in HEADINGS[language]:
        assert heading in text
    others = {lang for lang in HEADINGS if lang != language}
    for other in others:
        assert HEADINGS[other][1] not in text


def test_dates_follow_the_language(make_handout_data, pdf_text):
    assert "Udskrevet 24. november 2026" in pdf_text(build(make_handout_data(language="da")))
    assert "Afgedrukt op 24 november 2026" in pdf_text(build(make_handout_data(language="nl")))
    assert "Printed 24 November 2026" in pdf_text(build(make_handout_data(language="en")))


def test_font_is_embedded_and_no_standard_font_is_used(make_full_handout_data):
    reader = PdfReader(io.BytesIO(build(make_full_handout_data())))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            assert "/ToUnicode" in font
            names.add(str(font["/BaseFont"]).split("+", 1)[1])
    assert "DejaVuSans" in names and "DejaVuSans-Bold" in names


def test_typical_handout_is_one_or_two_pages(make_handout_data):
    for language in ("en", "da", "nl"):
        pdf = build(make_handout_data(language=language))
        assert 1 <= len(PdfReader(io.BytesIO(pdf)).pages) <= 2


def test_page_numbers_count_the_whole_document(make_handout_data, page_texts):
    pages = page_texts(build(make_handout_data(language="en")))
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text


def test_minimal_handout_leaves_out_empty_sections(pdf_text):
    text = pdf_text(build(HandoutData("Małgorzata Wójcik", "en", printed_on=date(2026, 1, 2))))
    assert "Małgorzata Wójcik" in text and "Page 1 of 1" in text
    for heading in ("My goals", "What we agreed", "My business idea", "Other information",
                    "Participation ladder", "My consent", "Coach"):
        assert heading not in text


def test_extra_fields_print_only_when_given(make_handout_data, pdf_text):
    plain = pdf_text(build(make_handout_data(language="en")))
    assert "Other information" not in plain
    extra = make_handout_data(language="en", extra_fields=(("Driving licence", "B & BE"),))
    text = pdf_text(build(extra))
    assert "Other information" in text and "Driving licence" in text and "B & BE" in text


def test_ladder_prints_only_when_opted_in(make_handout_data, pdf_text):
    readings = (LadderReading("start", 3, date(2026, 9, 1)), LadderReading("mid", 5))
    hidden = pdf_text(build(make_handout_data(language="nl", ladder=readings)))
    assert "Participatieladder" not in hidden
    shown = build(make_handout_data(language="nl", ladder=readings, include_ladder=True))
    text = pdf_text(shown)
    assert "Participatieladder" in text and "Betaald werk met ondersteuning" in text
    assert "Tussentijds" in text and "01-09-2026" in text


def test_consent_summary(make_handout_data, pdf_text):
    consent = ConsentSummary(date(2026, 9, 1), "2.1", ("Coaching",), photo=False)
    text = pdf_text(build(make_handout_data(language="da", consent=consent)))
    assert "Du gav dit samtykke den 1. september 2026. Version: 2.1." in text
    assert "Brug af mit foto" in text and "Nej" in text
    assert "Deling af mine oplysninger" not in text  # not asked, not printed


def test_handout_data_has_no_coach_only_or_special_category_fields():
    forbidden = ("cpr", "bsn", "national", "income", "benefit", "household", "partner",
                 "barrier", "health", "disab", "debt", "criminal", "loan", "caseworker",
                 "assessment", "note", "status", "outcome", "address", "birth", "gender")
    names = [f.name for f in dataclasses.fields(HandoutData)]
    assert not [n for n in names for word in forbidden if word in n]
    assert [f.name for f in dataclasses.fields(CoachContact)] == ["name", "phone", "email"]


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_photo_is_embedded_and_scaled_down(fmt, make_handout_data, make_photo):
    big = Image.open(io.BytesIO(make_photo(3000, 4000))).convert("RGB")
    buffer = io.BytesIO()
    big.save(buffer, format=fmt)
    pdf = build(make_handout_data(photo=buffer.getvalue()))
    images = PdfReader(io.BytesIO(pdf)).pages[0].images
    assert len(images) == 1
    assert max(images[0].image.size) <= 600
    assert len(pdf) < 400_000


def test_photo_is_left_out_when_photo_consent_was_refused(make_handout_data, make_photo):
    refused = ConsentSummary(date(2026, 9, 1), photo=False)
    pdf = build(make_handout_data(photo=make_photo(), consent=refused))
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 0
    given = ConsentSummary(date(2026, 9, 1), photo=True)
    pdf = build(make_handout_data(photo=make_photo(), consent=given))
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 1


def test_header_text_is_cleaned_and_shortened(make_handout_data, page_texts):
    programme = "Line one\nline\x07 two " + "very long programme name " * 8
    first_page = page_texts(build(make_handout_data(language="en", programme=programme)))[0]
    assert "Line one line two very long" in first_page and "…" in first_page


def test_a_broken_photo_is_refused_with_a_plain_error(make_handout_data):
    with pytest.raises(ValueError, match="photo"):
        build(make_handout_data(photo=b"GIF89a not supported"))
    with pytest.raises(ValueError, match="photo"):
        build(make_handout_data(photo=b"\x89PNG\r\n\x1a\n truncated"))


def test_very_long_text_flows_over_pages(make_handout_data, pdf_text):
    words = "word " * 3000
    data = make_handout_data(
        language="en",
        goals=(SmartGoal(words, "https://example.org/" + "x" * 300, None, "adjusted"),),
    )
    pdf = build(data)
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 3
    assert "Adjusted" in pdf_text(pdf)


def test_catalogue_must_match_the_handout_language(make_handout_data):
    with pytest.raises(ValueError, match="language|catalogue"):
        build_handout(make_handout_data(language="da"), Catalogue.load("nl"))


def test_invalid_codes_are_refused():
    with pytest.raises(ValueError):
        SmartGoal("x", status="done")
    with pytest.raises(ValueError):
        LadderReading("start", 7)
    with pytest.raises(ValueError):
        LadderReading("later", 2)
