"""The participant handout: what they take home after working with their coach."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop_app.documents.catalogue import Catalogue, translate_noop
from desktop_app.documents.records import AgreedAction, CoachContact

GOAL_STATUSES = {
    "not_started": translate_noop("Handout", "Not started"),
    "in_progress": translate_noop("Handout", "In progress"),
    "achieved": translate_noop("Handout", "Achieved"),
    "adjusted": translate_noop("Handout", "Adjusted"),
}
LADDER_MOMENTS = {
    "start": translate_noop("Handout", "Start"),
    "mid": translate_noop("Handout", "Midway"),
    "end": translate_noop("Handout", "End"),
}
LADDER_STEPS = (
    translate_noop("Handout", "Isolated"),
    translate_noop("Handout", "Social contacts outside the home"),
    translate_noop("Handout", "Taking part in organised activities"),
    translate_noop("Handout", "Unpaid work"),
    translate_noop("Handout", "Paid work with support"),
    translate_noop("Handout", "Paid work"),
)


@dataclass(frozen=True)
class SmartGoal:
    """A SMART goal; `status` is one of GOAL_STATUSES."""

    goal: str
    measure: str = ""
    deadline: date | None = None
    status: str = "not_started"

    def __post_init__(self) -> None:
        if self.status not in GOAL_STATUSES:
            raise ValueError(f"unknown goal status: {self.status!r}")


@dataclass(frozen=True)
class WorkExperience:
    """One job or role: what, in which sector, for how many years."""

    role: str
    sector: str = ""
    years: float | None = None


@dataclass(frozen=True)
class LanguageSkill:
    """A language and the participant's level (e.g. CEFR "B1") for speaking, reading, writing."""

    language: str
    speaking: str = ""
    reading: str = ""
    writing: str = ""


@dataclass(frozen=True)
class ModuleAttended:
    """A course module the participant attended, with the date."""

    name: str
    attended_on: date | None = None


@dataclass(frozen=True)
class LadderReading:
    """A participation-ladder step (1-6) at a moment ("start", "mid", "end")."""

    moment: str
    step: int
    assessed_on: date | None = None

    def __post_init__(self) -> None:
        if self.moment not in LADDER_MOMENTS:
            raise ValueError(f"unknown ladder moment: {self.moment!r}")
        if not 1 <= self.step <= len(LADDER_STEPS):
            raise ValueError(f"ladder step must be 1-6, not {self.step}")


@dataclass(frozen=True)
class ConsentSummary:
    """What the participant consented to, in words they can check."""

    given_on: date
    version: str = ""
    purposes: Sequence[str] = ()
    photo: bool | None = None
    data_sharing: bool | None = None


@dataclass(frozen=True)
class HandoutData:
    """Everything a handout may print; coach-only fields have no place here by design."""

    display_name: str
    language: str
    preferred_name: str = ""
    programme: str = ""
    cohort: str = ""
    coach: CoachContact | None = None
    education_level: str = ""
    courses: Sequence[str] = ()
    certificates: Sequence[str] = ()
    work_experience: Sequence[WorkExperience] = ()
    skills: Sequence[str] = ()
    strengths: str = ""
    languages: Sequence[LanguageSkill] = ()
    motivation: str = ""
    business_idea: str = ""
    goals: Sequence[SmartGoal] = ()
    ladder: Sequence[LadderReading] = ()
    include_ladder: bool = False
    modules: Sequence[ModuleAttended] = ()
    actions: Sequence[AgreedAction] = ()
    consent: ConsentSummary | None = None
    photo: bytes | None = None
    extra_fields: Sequence[tuple[str, str]] = ()
    printed_on: date | None = None


def build_handout(data: HandoutData, catalogue: Catalogue) -> bytes:
    """The handout as PDF bytes, in the catalogue's language (which must be the data's)."""
    # Imported here so services can build HandoutData without loading reportlab.
    from desktop_app.documents.handout_sections import handout_part
    from desktop_app.documents.pdf import render_pdf

    part = handout_part(data, catalogue)
    return render_pdf([part], title=part.decoration.header_left, language=catalogue.language)
