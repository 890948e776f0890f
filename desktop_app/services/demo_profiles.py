"""Fictional profile details for demo participants: contact, programme, meetings, goals."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta
from typing import Any

from desktop_app.core.code_lists import default_codes

_PROGRAMMES = {
    "dk": (("Mikrolån Aarhus", ("Aarhus forår 2026", "Aarhus efterår 2025")),
           ("Den Gode Opstart København", ("København hold 3", "København hold 4"))),
    "nl": (("Eigen Baas Rotterdam", ("Rotterdam voorjaar 2026", "Rotterdam najaar 2025")),
           ("Maak je eigen werk Utrecht", ("Utrecht groep A", "Utrecht groep B"))),
}  # fmt: skip
_TOPICS = (
    "Prices and first customers", "Budget for the first year", "Registration and VAT",
    "Childcare during the course", "Website and social media", "Talking to the bank",
)  # fmt: skip
_SHARED = (
    "We went through the price list together. The price covers materials and time.",
    "Talked about where the first ten customers can come from: neighbours, the church, "
    "the school's parents' group.",
    "Looked at the start-up budget. The second-hand equipment is cheaper than planned.",
)
_ACTIONS = (
    "Ask three shops about selling on commission", "Bring the quote for the sewing machine",
    "Make a Facebook page", "Call the job centre about the start date",
    "Write down prices of two competitors", "Register the business name",
)  # fmt: skip
_GOALS = (
    ("Sell to 5 paying customers", "Number of invoices", "in_progress"),
    ("Finish the business plan", "Plan approved by the coach", "not_started"),
    ("Open a business bank account", "Account number received", "achieved"),
)
_NOTES = (
    "Prefers morning meetings.",
    "Bring an interpreter to the mid interview.",
    "Very motivated; needs help with the budget.",
    "",
)
_SKILLS = ("Cooking for large groups", "Sewing and alterations", "Repairing bicycles",
           "Customer service", "Cleaning", "Hairdressing")  # fmt: skip


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold().replace("ø", "o").replace("æ", "ae"))
    return "".join(c for c in folded if c.isalnum() and c.isascii())


def profile_values(rng: random.Random, index: int, first: str, last: str) -> dict[str, Any]:
    """Scalar profile fields of one fictional participant."""
    country = "dk" if index % 3 else "nl"
    programme, cohorts = rng.choice(_PROGRAMMES[country])
    domain = "example.dk" if country == "dk" else "example.nl"
    status = rng.choices(default_codes("status"), (70, 15, 8, 7))[0]
    return {
        "country": country,
        "programme": programme,
        "cohort": rng.choice(cohorts),
        "email": f"{_ascii(first)}.{_ascii(last)}{index}@{domain}",
        "phone": f"+{45 if country == 'dk' else 31} {rng.randint(20, 99)} {index % 100:02d} "
        f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
        "preferred_language": country if rng.random() < 0.7 else rng.choice(("en", "ar", "tr")),
        "date_of_birth": date(rng.randint(1965, 2003), rng.randint(1, 12), 1).isoformat(),
        "referral_date": (date(2025, 8, 1) + timedelta(days=rng.randint(0, 200))).isoformat(),
        "benefit_type": rng.choice(default_codes("benefit_type", country)),
        "education_level": rng.choice(default_codes("education_level")),
        "skills": rng.choice(_SKILLS),
        "motivation_why": "Wants to be their own boss and work from home.",
        "motivation_start": rng.randint(2, 5),
        "status": status,
        "dropout_reason": rng.choice(default_codes("dropout_reason")) if status == "dropped_out"
        else "",
        "note": rng.choice(_NOTES),
    }  # fmt: skip


def profile_items(rng: random.Random) -> list[tuple[str, dict[str, Any]]]:
    """(kind, values) of a fictional participant's lists; meetings first."""
    start = date(2025, 9, 1) + timedelta(days=rng.randint(0, 120))
    items: list[tuple[str, dict[str, Any]]] = [
        ("meeting", {"held_on": start.isoformat(), "kind": "intake", "topics": rng.choice(_TOPICS),
                     "shared_notes": rng.choice(_SHARED), "coach_notes": rng.choice(_NOTES)}),
        ("ladder_step", {"moment": "start", "step": rng.randint(1, 4),
                         "assessed_on": start.isoformat(), "assessor": "Coach"}),
        ("smart_goal", dict(zip(("goal", "measure", "status"), rng.choice(_GOALS), strict=True))
         | {"deadline": (start + timedelta(days=90)).isoformat()}),
        ("consent", {"given_on": start.isoformat(), "version": "2025-1",
                     "purposes": "coaching,programme_reporting", "photo": rng.random() < 0.5}),
        ("language_skill", {"language": rng.choice(("da", "nl", "en")), "speaking": "b1",
                            "reading": "b1", "writing": "a2"}),
    ]  # fmt: skip
    for module in rng.sample(default_codes("course_module"), rng.randint(0, 3)):
        attended = start + timedelta(days=rng.randint(7, 60))
        items.append(("module_attended", {"module": module, "attended_on": attended.isoformat()}))
    if rng.random() < 0.6:
        mid = start + timedelta(days=rng.randint(30, 70))
        items.append(("meeting", {"held_on": mid.isoformat(), "kind": "coaching",
                                  "topics": rng.choice(_TOPICS)}))  # fmt: skip
        items.append(("ladder_step", {"moment": "mid", "step": rng.randint(2, 5),
                                      "assessed_on": mid.isoformat()}))  # fmt: skip
    for _ in range(rng.randint(0, 2)):
        due = start + timedelta(days=rng.randint(5, 120))
        items.append(("agreed_action", {"text": rng.choice(_ACTIONS), "due_on": due.isoformat(),
                                        "done": rng.random() < 0.3}))  # fmt: skip
    return items
