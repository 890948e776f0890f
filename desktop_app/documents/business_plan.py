"""The business plan PDF: what a participant hands to a microloan committee or a bank."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop_app.core.finance.inputs import PlanInputs
from desktop_app.core.finance.plan import PlanFigures
from desktop_app.documents.catalogue import Catalogue, translate_noop
from desktop_app.documents.handout import SmartGoal
from desktop_app.documents.records import CoachContact

# Text steps of the wizard in the order the plan prints them; key -> section title.
SECTIONS = {
    "about": translate_noop("BusinessPlan", "About me"),
    "idea": translate_noop("BusinessPlan", "The business idea"),
    "customers": translate_noop("BusinessPlan", "Customers and their problem"),
    "products": translate_noop("BusinessPlan", "Products and prices"),
    "market": translate_noop("BusinessPlan", "Market and competitors"),
    "marketing": translate_noop("BusinessPlan", "Marketing and sales"),
    "practical": translate_noop("BusinessPlan", "Practical matters"),
    "risks": translate_noop("BusinessPlan", "Risks and plan B"),
    "goals": translate_noop("BusinessPlan", "Goals and next steps"),
}
CHECKLIST_STATUSES = ("ok", "needs_work", "missing", "manual", "not_applicable")


@dataclass(frozen=True)
class PlanAnswer:
    """One printed question and the participant's answer, both in the plan's language."""

    question: str
    answer: str


@dataclass(frozen=True)
class Swot:
    """Strengths, weaknesses, opportunities and threats, one short line each."""

    strengths: Sequence[str] = ()
    weaknesses: Sequence[str] = ()
    opportunities: Sequence[str] = ()
    threats: Sequence[str] = ()


@dataclass(frozen=True)
class Risk:
    """A risk and what the participant will do if it happens."""

    risk: str
    response: str = ""


@dataclass(frozen=True)
class ChecklistScore:
    """The coach's score of one case-worker checklist item (§3), overriding the computed one."""

    number: int
    status: str
    comment: str = ""

    def __post_init__(self) -> None:
        if self.status not in CHECKLIST_STATUSES:
            raise ValueError(f"unknown checklist status: {self.status!r}")


@dataclass(frozen=True)
class BusinessPlanData:
    """Everything the business plan prints; the figures come from core.finance.compute_plan."""

    participant_name: str
    business_name: str
    language: str
    inputs: PlanInputs
    figures: PlanFigures
    version: str = ""
    plan_date: date | None = None
    programme: str = ""
    coach: CoachContact | None = None
    # The participant's own summary (step 15), written last and printed first.
    summary: str = ""
    # Section key (see SECTIONS) -> the questions and answers of that wizard step.
    answers: Mapping[str, Sequence[PlanAnswer]] = field(default_factory=dict)
    swot: Swot | None = None
    risks: Sequence[Risk] = ()
    goals: Sequence[SmartGoal] = ()
    checklist: Sequence[ChecklistScore] = ()
    decision: str = ""

    def __post_init__(self) -> None:
        unknown = set(self.answers) - set(SECTIONS)
        if unknown:
            raise ValueError(f"unknown plan sections: {sorted(unknown)}")


def build_business_plan(data: BusinessPlanData, catalogue: Catalogue) -> bytes:
    """The business plan as PDF bytes, in the catalogue's language (which must be the data's)."""
    # Imported here so services can build the data without loading reportlab.
    from desktop_app.documents.business_plan_layout import business_plan_part
    from desktop_app.documents.pdf import render_pdf

    part = business_plan_part(data, catalogue)
    return render_pdf([part], title=part.decoration.header_left, language=catalogue.language)
