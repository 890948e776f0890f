"""Fictional participants and helpers for the document tests."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from desktop_app.documents.handout import (
    ConsentSummary,
    HandoutData,
    LadderReading,
    LanguageSkill,
    ModuleAttended,
    SmartGoal,
    WorkExperience,
)
from desktop_app.documents.meeting_summary import MeetingSummaryData
from desktop_app.documents.records import AgreedAction, CoachContact

NAMES = (
    "Søren Ærø",
    "Zoë van IJsselmuiden",
    "Şükrü Yılmaz",
    "Małgorzata Wójcik",
    "Nguyễn Thị Minh Khai",
    "Олена Коваленко",
    "Δήμητρα Παπαδοπούλου",
)
PRINTED = date(2026, 11, 24)

_TEXT = {
    "da": {
        "programme": "Den Gode Opstart",
        "cohort": "Hold 4, efterår 2026",
        "coach": CoachContact("Mette Holm", "+45 33 66 12 34", "mette.holm@example.dk"),
        "idea": "Mobil cykelreparation: jeg kommer ud til kunden med min ladcykel og værktøj.",
        "motivation": "Jeg vil være min egen chef og bruge det, jeg er god til.",
        "goals": ("Lave et budget for de første 12 måneder", "Budgettet er godkendt af coachen"),
        "action": "Ring til tre cykelforretninger om samarbejde",
        "module": ("Forretningsplan", "Bogføring og regnskab", "Markedsføring"),
        "skills": ("Cykelmekanik", "Kundeservice", "Lager og logistik", "Kørekort B"),
        "job": ("Cykelmekaniker", "Detailhandel"),
        "language": ("Dansk", "Engelsk"),
    },
    "nl": {
        "programme": "Maak je eigen werk",
        "cohort": "Groep najaar 2026",
        "coach": CoachContact("Femke de Vries", "+31 20 555 0199", "f.devries@example.nl"),
        "idea": "Een naaiatelier aan huis: kleding herstellen en op maat maken.",
        "motivation": "Ik wil weer meedoen en mijn eigen geld verdienen.",
        "goals": ("Tien vaste klanten vinden", "Tien klanten in mijn klantenlijst"),
        "action": "Inschrijven bij de KvK",
        "module": ("Ondernemingsplan", "Boekhouding", "Marketing"),
        "skills": ("Naaien en patroontekenen", "Klantcontact", "Plannen", "Social media"),
        "job": ("Naaister", "Textiel"),
        "language": ("Nederlands", "Turks"),
    },
    "en": {
        "programme": "Start your own business",
        "cohort": "Autumn group 2026",
        "coach": CoachContact("Sam Porter", "+45 70 20 30 40", "sam.porter@example.org"),
        "idea": "A catering service for small events, with dishes from my home region.",
        "motivation": "I want to build something of my own for my family.",
        "goals": ("Test the menu at three events", "Written feedback from three customers"),
        "action": "Ask the municipality about a food licence",
        "module": ("Business plan", "Bookkeeping", "Marketing"),
        "skills": ("Cooking for large groups", "Food hygiene", "Planning", "Customer contact"),
        "job": ("Cook", "Restaurants"),
        "language": ("English", "Turkish"),
    },
}


def photo_png(width: int = 240, height: int = 300) -> bytes:
    """A plain drawn silhouette, so no real face is ever used."""
    img = Image.new("RGB", (width, height), (214, 228, 225))
    draw = ImageDraw.Draw(img)
    draw.ellipse((width * 0.3, height * 0.15, width * 0.7, height * 0.5), fill=(120, 150, 146))
    draw.ellipse((width * 0.12, height * 0.55, width * 0.88, height * 1.2), fill=(120, 150, 146))
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def make_handout(
    name: str = "Søren Ærø", language: str = "da", **overrides: object
) -> HandoutData:
    """A typical handout: every section filled with a realistic, fictional amount of text."""
    t = _TEXT[language]
    fields: dict[str, object] = dict(
        display_name=name,
        preferred_name=name.split()[0],
        language=language,
        programme=t["programme"],
        cohort=t["cohort"],
        coach=t["coach"],
        education_level="EUD" if language == "da" else "MBO 2",
        courses=("Førstehjælp",) if language == "da" else ("EHBO",),
        certificates=("Truckcertifikat",) if language == "da" else ("VCA",),
        work_experience=(WorkExperience(t["job"][0], t["job"][1], 6),),
        skills=t["skills"],
        strengths=t["motivation"],
        languages=(
            LanguageSkill(t["language"][0], "C2", "C1", "B2"),
            LanguageSkill(t["language"][1], "B1", "A2", "A2"),
        ),
        motivation=t["motivation"],
        business_idea=t["idea"],
        goals=(
            SmartGoal(t["goals"][0], t["goals"][1], date(2026, 12, 15), "in_progress"),
            SmartGoal(t["action"], "", date(2027, 1, 10), "not_started"),
        ),
        modules=tuple(
            ModuleAttended(module, date(2026, 9, 3 + 7 * i)) for i, module in enumerate(t["module"])
        ),
        actions=(
            AgreedAction(t["action"], date(2026, 12, 1), False),
            AgreedAction(t["goals"][0], date(2026, 11, 20), True),
        ),
        printed_on=PRINTED,
    )
    fields.update(overrides)
    return HandoutData(**fields)  # type: ignore[arg-type]


def make_full_handout(name: str = "Søren Ærø", language: str = "da") -> HandoutData:
    """The handout with every optional part switched on (photo, ladder, consent, extras)."""
    return make_handout(
        name,
        language,
        photo=photo_png(),
        include_ladder=True,
        ladder=(LadderReading("start", 3, date(2026, 9, 1)), LadderReading("mid", 4)),
        consent=ConsentSummary(date(2026, 9, 1), "2", ("Coaching", "Reports"), True, False),
        extra_fields=(("Kørekort", "B"),),
    )


def make_summary(
    name: str = "Søren Ærø", language: str = "da", **overrides: object
) -> MeetingSummaryData:
    """A typical meeting summary."""
    t = _TEXT[language]
    fields: dict[str, object] = dict(
        participant_name=name,
        language=language,
        meeting_date=date(2026, 11, 24),
        kind="mid",
        shared_notes=t["idea"] + "\n" + t["motivation"],
        actions=(AgreedAction(t["action"], date(2026, 12, 1)),),
        next_meeting=datetime(2026, 12, 8, 10, 30),
        next_meeting_place="Jobcenter, lokale 3",
        coach=t["coach"],
        programme=t["programme"],
        printed_on=PRINTED,
    )
    fields.update(overrides)
    return MeetingSummaryData(**fields)  # type: ignore[arg-type]


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(params=NAMES)
def participant_name(request: pytest.FixtureRequest) -> str:
    """Each of the names that must print exactly (Latin, Turkish, Polish, Vietnamese...)."""
    return str(request.param)


@pytest.fixture
def make_handout_data() -> Callable[..., HandoutData]:
    """make_handout_data(name, language, **overrides): a typical fictional handout."""
    return make_handout


@pytest.fixture
def make_full_handout_data() -> Callable[..., HandoutData]:
    """make_full_handout_data(name, language): every optional part switched on."""
    return make_full_handout


@pytest.fixture
def make_summary_data() -> Callable[..., MeetingSummaryData]:
    """make_summary_data(name, language, **overrides): a typical meeting summary."""
    return make_summary


@pytest.fixture
def pdf_text() -> Callable[[bytes], str]:
    """pdf_text(pdf): all text, pages joined by newlines."""
    return _pdf_text


@pytest.fixture
def page_texts() -> Callable[[bytes], list[str]]:
    """page_texts(pdf): the text of each page."""
    return _page_texts


@pytest.fixture
def make_photo() -> Callable[..., bytes]:
    """make_photo(width, height): a drawn silhouette as PNG bytes."""
    return photo_png
