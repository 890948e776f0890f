"""Which fields and lists each section of the profile editor shows, in order."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Group:
    """A titled box in a section: participant fields, or one list / special panel."""

    title: str  # a key of labels.section_title
    fields: tuple[str, ...] = ()
    item_kind: str = ""  # a list of ITEM_KINDS shown as a table
    panel: str = ""  # "meetings" or "checklist"


@dataclass(frozen=True)
class Section:
    """One page of the profile editor."""

    key: str
    groups: tuple[Group, ...]


SECTIONS: tuple[Section, ...] = (
    Section(
        "person",
        (
            Group(
                "identity",
                (
                    "first_name",
                    "last_name",
                    "preferred_name",
                    "date_of_birth",
                    "gender",
                    "national_id",
                ),
            ),
            Group(
                "contact", ("phone", "email", "address", "preferred_language", "interpreter_needed")
            ),
            Group("notes", ("note",)),
        ),
    ),
    Section(
        "programme",
        (
            Group(
                "referral",
                (
                    "country",
                    "programme",
                    "cohort",
                    "referral_date",
                    "referring_caseworker",
                    "referring_office",
                ),
            ),
        ),
    ),
    Section(
        "background",
        (
            Group("education", ("education_level", "courses", "certificates")),
            Group("work_experience", item_kind="work_experience"),
            Group("competencies", ("skills", "strengths")),
            Group("languages", item_kind="language_skill"),
        ),
    ),
    Section(
        "motivation",
        (
            Group(
                "motivation_group",
                ("motivation_why", "motivation_start", "motivation_mid", "motivation_end"),
            ),
            Group("business_idea", ("business_idea",)),
        ),
    ),
    Section(
        "goals",
        (
            Group("smart_goals", item_kind="smart_goal"),
            Group("ladder", item_kind="ladder_step"),
        ),
    ),
    Section(
        "modules",
        (
            Group("course_modules", item_kind="module_attended"),
            Group("consent", item_kind="consent"),
        ),
    ),
    Section("meetings", (Group("meetings", panel="meetings"),)),
    Section(
        "circumstances",
        (
            Group("income", ("benefit_type", "benefit_start", "benefit_amount")),
            Group("household", ("household_type", "children_count", "partner_income")),
        ),
    ),
    Section("barriers", (Group("barriers", ("barriers", "barrier_note")),)),
    Section(
        "assessment",
        (
            Group("checklist", panel="checklist"),
            Group("decision", ("assessment_decision", "assessment_date", "assessment_reason")),
            Group(
                "loan",
                (
                    "loan_status",
                    "loan_amount",
                    "loan_payout_date",
                    "loan_instalment",
                    "loan_schedule",
                    "loan_arrears",
                ),
            ),
        ),
    ),
    Section(
        "status",
        (
            Group("status_group", ("status", "status_date", "dropout_reason")),
            Group("outcome", ("outcome", "outcome_date")),
        ),
    ),
)

PANEL_KINDS = {"meetings": ("meeting", "agreed_action"), "checklist": ("checklist_item",)}


def placed_fields() -> list[str]:
    """Every participant field placed in a section (each must appear exactly once)."""
    return [key for s in SECTIONS for g in s.groups for key in g.fields]


def placed_kinds() -> list[str]:
    """Every list kind placed in a section, as a table or inside a panel."""
    kinds = [g.item_kind for s in SECTIONS for g in s.groups if g.item_kind]
    return kinds + [k for s in SECTIONS for g in s.groups if g.panel for k in PANEL_KINDS[g.panel]]
