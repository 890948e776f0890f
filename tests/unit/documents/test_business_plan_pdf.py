"""The business plan PDF: §2.9 figures per language, headings, pages, names, escaping, charts."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from desktop_app.core.finance.inputs import PlanInputs
from desktop_app.core.finance.plan import compute_plan
from desktop_app.documents.business_plan import (
    BusinessPlanData,
    PlanAnswer,
    Risk,
    build_business_plan,
)
from desktop_app.documents.catalogue import Catalogue
from desktop_app.documents.formatting import format_money
from tests.unit.core.finance.conftest import bakery_inputs
from tests.unit.documents.plan_samples import make_plan

TRICKY = "Tom & Jerry <b>bold</b> \"quoted\" 'single' 5 > 3 < 4 &amp; &lt;"
FIGURES = {
    "da": (
        "51.500,00 kr.",
        "372.000,00 kr.",
        "269.000,00 kr.",
        "6.545,45 kr.",
        "26.685,31 kr.",
        "169.600,00",
        "1,18",
        "Selvforsørgende",
        "Du skal sælge 28 × „Dameklip“",
        "og 112 for også",
        "10.895,00 kr. under nul",
        "221.538,46 kr.",
        "12,6 %",
    ),
    "nl": (
        "DKK 51.500,00",
        "DKK 372.000,00",
        "DKK 269.000,00",
        "DKK 6.545,45",
        "169.600,00",
        "1,18",
        "Uitkeringsonafhankelijk",
        "Je moet 28 keer ‘Knipbeurt’",
        "DKK 10.895,00",
        "DKK 221.538,46",
        "12,6 %",
    ),
    "en": (
        "DKK 51,500.00",
        "DKK 372,000.00",
        "DKK 269,000.00",
        "DKK 6,545.45",
        "169,600.00",
        "1.18",
        "Self-supporting",
        "You must sell 28 of “Haircut”",
        "DKK 10,895.00 below zero",
        "DKK 221,538.46",
        "12.6%",
    ),
}
HEADINGS = {
    "da": (
        "Forretningsplan",
        "Resumé",
        "Etableringsbudget",
        "Finansiering",
        "Driftsbudget",
        "Nulpunkt (break-even)",
        "Privatbudget",
        "Kan jeg leve af det?",
        "Afdragsplan",
        "Penge i banken",
        "Likviditetsbudget måned for måned",
        "Tjekliste",
        "Underskrifter",
    ),
    "nl": (
        "Ondernemingsplan",
        "Samenvatting",
        "Investeringsbegroting",
        "Financiering",
        "Exploitatiebegroting",
        "Break-even",
        "Privébegroting",
        "Kan ik ervan leven?",
        "Aflossingsschema",
        "Geld op de bank",
        "Liquiditeitsbegroting per maand",
        "Checklist",
        "Handtekeningen",
    ),
    "en": (
        "Business plan",
        "Summary",
        "Start-up budget",
        "Financing",
        "Operating budget",
        "Break-even",
        "Private budget",
        "The living test",
        "Loan repayment schedule",
        "Money in the bank",
        "Liquidity budget month by month",
        "Checklist",
        "Signatures",
    ),
}
FOOTERS = {
    "da": ("Version 3 · 24. november 2026", "Side {n} af {total}"),
    "nl": ("Versie 3 · 24 november 2026", "Pagina {n} van {total}"),
    "en": ("Version 3 · 24 November 2026", "Page {n} of {total}"),
}


def build(data: BusinessPlanData) -> bytes:
    return build_business_plan(data, Catalogue.load(data.language))


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def plans() -> dict[str, bytes]:
    """The hairdresser plan in each language, built once for the module."""
    return {language: build(make_plan(language=language)) for language in ("da", "nl", "en")}


@pytest.mark.parametrize("language", ["da", "nl", "en"])
def test_key_figures_are_formatted_for_the_language(plans, pdf_text, language):
    text = flat(pdf_text(plans[language]))
    for figure in FIGURES[language]:
        assert figure in text


@pytest.mark.parametrize("language", ["da", "nl", "en"])
def test_headings_are_in_the_plans_language(plans, pdf_text, language):
    text = pdf_text(plans[language])
    for heading in HEADINGS[language]:
        assert heading in text
    for other in {"da", "nl", "en"} - {language}:
        assert HEADINGS[other][2] not in text  # the start-up budget's title


@pytest.mark.parametrize("language", ["da", "nl", "en"])
def test_every_page_has_its_number_the_version_and_the_date(plans, page_texts, language):
    pages = page_texts(plans[language])
    version, label = FOOTERS[language]
    for number, text in enumerate(pages, start=1):
        assert version in text
        assert label.format(n=number, total=len(pages)) in text


def test_page_count_is_sensible_and_only_the_monthly_grids_are_landscape(plans):
    reader = PdfReader(io.BytesIO(plans["en"]))
    assert 10 <= len(reader.pages) <= 24
    wide = [i for i, page in enumerate(reader.pages) if page.mediabox.width > page.mediabox.height]
    assert len(wide) == 2
    texts = [reader.pages[i].extract_text() for i in wide]
    assert "Operating budget month by month" in texts[0]
    assert "Liquidity budget month by month" in texts[1]


def test_every_name_survives_on_every_page(participant_name, page_texts):
    pages = page_texts(build(make_plan(participant_name, "en")))
    for text in pages:
        assert participant_name in text


def test_markup_characters_print_as_typed(pdf_text):
    data = make_plan(
        business_name=TRICKY,
        summary=TRICKY,
        answers={"idea": [PlanAnswer(TRICKY, "x < y & z")]},
        risks=(Risk(TRICKY, "a > b"),),
    )
    data.inputs.operating.products[0].name = "Cut & <Colour>"
    data.inputs.financing.microloan.lender = "Fonden <A&B>"
    text = flat(pdf_text(build(dataclasses.replace(data, figures=compute_plan(data.inputs)))))
    for expected in (TRICKY, "x < y & z", "a > b", "Cut & <Colour>", "Fonden <A&B>"):
        assert expected in text


def test_charts_are_embedded_forms_with_drawing_operators(plans):
    reader = PdfReader(io.BytesIO(plans["da"]))
    forms = {}
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        for name, ref in xobjects.items():
            forms[str(name)] = ref.get_object()
    kinds = {name.split("_")[1] for name in forms if "chart_" in name}
    assert kinds == {"balance", "break", "revenue"}
    for name, form in forms.items():
        assert form["/Subtype"] == "/Form", name
        content = form.get_data()
        assert b" re" in content or b" l" in content  # rectangles or lines were drawn


def test_charts_carry_their_labels_in_the_language(plans, pdf_text):
    text = pdf_text(plans["da"])
    assert "Penge i banken ved månedens udgang (kr.)" in text
    assert "Omkostninger og mit privatforbrug" in text


def test_checklist_shows_traffic_light_words_and_keeps_health_notes_out(plans, pdf_text):
    text = flat(pdf_text(plans["da"]))
    for status in ("OK", "Skal forbedres", "Vurderes af coach"):
        assert status in text
    assert "Job plan meeting on 1 December" in text
    assert "Godkendt med vilkår" in text
    assert "private health note" not in text


def test_fonts_are_embedded(plans):
    reader = PdfReader(io.BytesIO(plans["nl"]))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor


def test_a_plan_with_money_every_month_says_so(pdf_text):
    data = make_plan(language="en")
    data.inputs.financing.own_cash += 20_000
    figures = compute_plan(data.inputs)
    assert figures.liquidity.min_closing >= 0
    text = flat(pdf_text(build(dataclasses.replace(data, figures=figures))))
    assert "There is money in the account every month." in text


def test_dutch_bakery_in_euros(pdf_text):
    inputs = bakery_inputs()
    figures = compute_plan(inputs)
    data = BusinessPlanData("Zoë van IJsselmuiden", "Bakkerij Zoë", "nl", inputs, figures)
    text = flat(pdf_text(build(data)))
    assert format_money(figures.startup.total_need, "nl", "EUR") in text
    assert "€ " in text and "DKK" not in text


def test_an_empty_plan_still_prints():
    inputs = PlanInputs()
    data = BusinessPlanData("Şükrü Yılmaz", "", "da", inputs, compute_plan(inputs))
    reader = PdfReader(io.BytesIO(build(data)))
    assert len(reader.pages) >= 5
    assert "Nulpunktet kan ikke beregnes endnu" in " ".join(
        flat(page.extract_text()) for page in reader.pages
    )


def test_language_mismatch_and_unknown_sections_are_refused():
    with pytest.raises(ValueError):
        build_business_plan(make_plan(language="da"), Catalogue.load("nl"))
    with pytest.raises(ValueError):
        make_plan(answers={"no_such_step": [PlanAnswer("q", "a")]})
