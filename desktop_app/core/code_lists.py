"""Code lists of the profile (DOMAIN.md §4–§5): stable codes; the GUI translates them.

Lists in EDITABLE_LISTS can be extended and trimmed per team (benefit types change
with the law, programmes teach other modules); the defaults live here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    """One code of a list; `country` ("dk"/"nl") limits it to one country's participants."""

    code: str
    country: str = ""


def _codes(*names: str, country: str = "") -> tuple[Code, ...]:
    return tuple(Code(name, country) for name in names)


CODE_LISTS: dict[str, tuple[Code, ...]] = {
    "gender": _codes("female", "male", "other", "not_stated"),
    "country": _codes("dk", "nl"),
    "language": _codes(
        "da",
        "nl",
        "en",
        "de",
        "pl",
        "ro",
        "uk",
        "ru",
        "tr",
        "ar",
        "ku",
        "fa",
        "ur",
        "so",
        "ti",
        "vi",
        "es",
        "fr",
        "pt",
        "other",
    ),
    "benefit_type": _codes(
        "dk_kontanthjaelp",
        "dk_uddannelseshjaelp",
        "dk_sygedagpenge",
        "dk_foertidspension",
        "dk_revalideringsydelse",
        "dk_ledighedsydelse",
        "dk_ressourceforloebsydelse",
        "dk_a_dagpenge",
        country="dk",
    )
    + _codes("nl_bijstand", "nl_ww", "nl_bbz", "nl_ioaw", "nl_wajong_wia", country="nl")
    + _codes("none"),
    "household_type": _codes(
        "single", "single_parent", "couple", "couple_with_children", "with_parents", "other"
    ),
    "education_level": _codes(
        "isced_1",
        "isced_2",
        "isced_3",
        "isced_4",
        "isced_5",
        "isced_6",
        "isced_7",
        "isced_8",
        "unknown",
    ),
    "barrier": _codes(
        "health_physical",
        "health_mental",
        "disability",
        "debt",
        "housing",
        "childcare",
        "language",
        "digital_skills",
        "criminal_record",
    ),
    "cefr": _codes("a1", "a2", "b1", "b2", "c1", "c2", "native"),
    "goal_status": _codes("not_started", "in_progress", "achieved", "adjusted"),
    "ladder_moment": _codes("start", "mid", "end", "other"),
    "course_module": _codes(
        "idea_development",
        "business_plan",
        "bookkeeping",
        "marketing",
        "pitching",
        "sales",
        "websites",
        "communication",
    ),
    "consent_purpose": _codes("coaching", "caseworker_sharing", "programme_reporting", "team_sync"),
    "checklist_score": _codes("ok", "needs_work", "missing"),
    "decision": _codes("approve", "approve_with_conditions", "not_now"),
    "loan_status": _codes(
        "applied", "granted", "paid_out", "current", "repaid", "arrears", "written_off"
    ),  # fmt: skip
    "status": _codes("active", "completed", "paused", "dropped_out"),
    "dropout_reason": _codes(
        "health",
        "personal",
        "idea_not_viable",
        "motivation",
        "found_job",
        "education",
        "moved",
        "financial",
        "benefit_rules",
        "other",
    ),
    "outcome": _codes(
        "self_supporting",
        "partly_self_supporting",
        "job",
        "education",
        "other_clarification",
        "none",
    ),
    "meeting_kind": _codes("intake", "start", "mid", "end", "coaching", "follow_up"),
}

# Lists a team may extend with its own entries or trim (DOMAIN.md: "editable settings").
EDITABLE_LISTS = ("benefit_type", "course_module", "dropout_reason")

# The 18 items of the merged case-worker checklist (DOMAIN.md §3), by number.
CHECKLIST_ITEMS: tuple[str, ...] = (
    "person", "health_and_barriers", "debt_situation", "income_support", "idea",
    "demand_evidence", "competition_and_price", "marketing_plan",
    "permits_insurance_registration_vat", "startup_budget", "financing", "sales_assumptions",
    "liquidity", "repayment_capacity", "living_test", "risks_and_plan_b", "documents",
    "decision",
)  # fmt: skip

LADDER_STEPS = (1, 2, 3, 4, 5, 6)
DEFAULT_STATUS = "active"
CUSTOM_PREFIX = "x_"


def default_codes(list_name: str, country: str = "") -> list[str]:
    """Codes of a list, limited to `country` when given (codes without a country always)."""
    return [c.code for c in CODE_LISTS[list_name] if not country or c.country in ("", country)]


def is_known(list_name: str, code: str, extra: frozenset[str] = frozenset()) -> bool:
    """True for a default code of the list, or one of a team's `extra` codes."""
    return code in extra or any(c.code == code for c in CODE_LISTS[list_name])
