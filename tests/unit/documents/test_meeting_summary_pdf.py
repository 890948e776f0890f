"""The meeting summary: names, language, dates and what it leaves out."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest
from pypdf import PdfReader

from desktop_app.documents.catalogue import Catalogue
from desktop_app.documents.meeting_summary import MeetingSummaryData, build_meeting_summary
from desktop_app.documents.records import AgreedAction

EXPECTED = {
    "da": ("Opsummering af vores samtale", "Midtvejssamtale tirsdag den 24. november 2026",
           "tirsdag den 8. december 2026 kl. 10.30", "Det har vi aftalt", "Side 1 af 1"),
    "nl": ("Samenvatting van ons gesprek", "Tussengesprek op dinsdag 24 november 2026",
           "dinsdag 8 december 2026 om 10:30 uur", "Wat we hebben afgesproken", "Pagina 1 van 1"),
    "en": ("Summary of our meeting", "Midway meeting on Tuesday 24 November 2026",
           "Tuesday 8 December 2026 at 10:30", "What we agreed", "Page 1 of 1"),
}


def build(data: MeetingSummaryData) -> bytes:
    return build_meeting_summary(data, Catalogue.load(data.language))


@pytest.mark.parametrize("language", ["en", "da", "nl"])
def test_every_name_prints_exactly(participant_name, language, make_summary_data, pdf_text):
    text = pdf_text(build(make_summary_data(participant_name, language)))
    assert participant_name in text.splitlines()


@pytest.mark.parametrize("language", ["en", "da", "nl"])
def test_text_and_dates_are_in_the_participants_language(language, make_summary_data, pdf_text):
    text = " ".join(pdf_text(build(make_summary_data(language=language))).split())
    for expected in EXPECTED[language]:
        assert expected in text


def test_shared_notes_and_actions_print_as_typed(make_summary_data, pdf_text):
    notes = "We talked about <prices> & \"rent\".\nNext: 'flyers' > 100"
    data = make_summary_data(
        language="en",
        shared_notes=notes,
        actions=(AgreedAction("Ask <Jobcenter> & bank", date(2026, 12, 1), done=True),),
    )
    text = pdf_text(build(data))
    assert notes in text
    assert "Ask <Jobcenter> & bank" in text and "01/12/2026" in text


def test_a_typical_summary_fits_on_one_page(make_summary_data):
    pdf = build(make_summary_data())
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_optional_parts_are_left_out(pdf_text):
    data = MeetingSummaryData("Олена Коваленко", "en", date(2026, 3, 2), kind="start")
    text = pdf_text(build(data))
    assert "Start meeting on Monday 2 March 2026" in text
    for absent in ("What we talked about", "What we agreed", "Our next meeting", "Questions?"):
        assert absent not in text


def test_next_meeting_without_time(make_summary_data, pdf_text):
    text = pdf_text(build(make_summary_data(language="en", next_meeting=date(2026, 12, 8))))
    assert "Tuesday 8 December 2026" in text and " at " not in text.split("When", 1)[1][:40]


def test_summary_has_no_field_for_coach_only_notes():
    names = {f.name for f in dataclasses.fields(MeetingSummaryData)}
    assert "shared_notes" in names
    assert not {n for n in names if "private" in n or "coach_notes" in n or "internal" in n}


def test_unknown_meeting_kind_is_refused():
    with pytest.raises(ValueError):
        MeetingSummaryData("A", "en", date(2026, 1, 1), kind="secret")
