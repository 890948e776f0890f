"""Printed labels of the wizard's answers: each question as the plan prints it, and choices.

The wizard asks "Why do you want your own business?"; the plan prints the answer under
"Why I want my own business". Keys are those of core/finance/answers.py.
"""

from __future__ import annotations

from desktop_app.documents.catalogue import Catalogue, translate_noop

# Section of the printed plan (documents.business_plan.SECTIONS) -> its answers, in order.
SECTION_KEYS: dict[str, tuple[str, ...]] = {
    "about": (
        "about.motivation",
        "about.skills",
        "about.strengths",
        "about.hours_per_week",
        "about.education",
        "about.work_experience",
        "about.languages",
        "about.to_learn",
    ),
    "idea": ("idea.what", "idea.to_whom", "idea.why_me"),
    "customers": (
        "customers.groups",
        "customers.problem",
        "customers.asked",
        "customers.said",
        "customers.nearby",
        "customers.first",
    ),
    "products": ("products.special",),
    "market": ("market.competitors", "market.area", "market.trends"),
    "marketing": (
        "marketing.channels",
        "marketing.first10",
        "marketing.actions",
        "marketing.price_strategy",
    ),
    "practical": (
        "practical.legal_form",
        "practical.registration_no",
        "practical.start_date",
        "practical.premises",
        "practical.bookkeeping",
        "practical.permits",
        "practical.insurance",
        "practical.partners",
        "practical.equipment",
    ),
    "risks": ("risks.plan_b",),
    "goals": ("goals.key_metric",),
}

QUESTIONS = {
    "about.motivation": translate_noop("PlanQuestions", "Why I want my own business"),
    "about.skills": translate_noop("PlanQuestions", "What I can do that helps the business"),
    "about.strengths": translate_noop("PlanQuestions", "My strengths"),
    "about.hours_per_week": translate_noop("PlanQuestions", "Hours per week for the business"),
    "about.education": translate_noop("PlanQuestions", "Education and courses"),
    "about.work_experience": translate_noop("PlanQuestions", "Work experience"),
    "about.languages": translate_noop("PlanQuestions", "Languages I speak"),
    "about.to_learn": translate_noop("PlanQuestions", "What I still want to learn"),
    "idea.what": translate_noop("PlanQuestions", "What I sell"),
    "idea.to_whom": translate_noop("PlanQuestions", "To whom"),
    "idea.why_me": translate_noop("PlanQuestions", "Why me"),
    "customers.groups": translate_noop("PlanQuestions", "My customers"),
    "customers.problem": translate_noop("PlanQuestions", "The problem I solve for them"),
    "customers.asked": translate_noop("PlanQuestions", "People I have asked"),
    "customers.said": translate_noop("PlanQuestions", "What they said"),
    "customers.nearby": translate_noop("PlanQuestions", "Possible customers nearby"),
    "customers.first": translate_noop("PlanQuestions", "My first customers"),
    "products.special": translate_noop("PlanQuestions", "What makes it special"),
    "market.competitors": translate_noop("PlanQuestions", "Competitors"),
    "market.area": translate_noop("PlanQuestions", "Where I will work"),
    "market.trends": translate_noop("PlanQuestions", "What is changing in my market"),
    "marketing.channels": translate_noop("PlanQuestions", "How people will hear about me"),
    "marketing.first10": translate_noop("PlanQuestions", "How I find my first 10 customers"),
    "marketing.actions": translate_noop("PlanQuestions", "Sales actions"),
    "marketing.price_strategy": translate_noop("PlanQuestions", "How I chose my prices"),
    "practical.legal_form": translate_noop("PlanQuestions", "Type of business"),
    "practical.registration_no": translate_noop("PlanQuestions", "Registration number"),
    "practical.start_date": translate_noop("PlanQuestions", "Start date"),
    "practical.premises": translate_noop("PlanQuestions", "Premises"),
    "practical.bookkeeping": translate_noop("PlanQuestions", "Bookkeeping"),
    "practical.permits": translate_noop("PlanQuestions", "Permits and licences"),
    "practical.insurance": translate_noop("PlanQuestions", "Insurance"),
    "practical.partners": translate_noop("PlanQuestions", "Suppliers and partners"),
    "practical.equipment": translate_noop("PlanQuestions", "Important equipment"),
    "risks.plan_b": translate_noop("PlanQuestions", "Plan B"),
    "goals.key_metric": translate_noop("PlanQuestions", "The number I watch every week"),
}
# The registration number is called after the register of the plan's country.
REGISTRATION = {
    "DK": translate_noop("PlanQuestions", "CVR number"),
    "NL": translate_noop("PlanQuestions", "KvK number"),
}

CHOICES: dict[str, dict[str, str]] = {
    "marketing.channels": {
        "word_of_mouth": translate_noop("PlanQuestions", "Word of mouth"),
        "facebook": translate_noop("PlanQuestions", "Facebook / Instagram"),
        "website": translate_noop("PlanQuestions", "Website"),
        "flyers": translate_noop("PlanQuestions", "Flyers"),
        "market_stall": translate_noop("PlanQuestions", "Market stall"),
        "network": translate_noop("PlanQuestions", "My network"),
        "partner_shops": translate_noop("PlanQuestions", "Partner shops"),
    },
    "practical.legal_form": {
        "sole_proprietorship": translate_noop("PlanQuestions", "Sole proprietorship"),
        "other": translate_noop("PlanQuestions", "Other"),
    },
    "practical.bookkeeping": {
        "self": translate_noop("PlanQuestions", "I do it myself"),
        "accountant": translate_noop("PlanQuestions", "An accountant"),
        "programme": translate_noop("PlanQuestions", "Help from the programme"),
    },
    "practical.premises": {
        "home": translate_noop("PlanQuestions", "At home"),
        "rented": translate_noop("PlanQuestions", "A rented place"),
        "none": translate_noop("PlanQuestions", "No premises needed"),
    },
}
# Column words of a competitor row: "Salon Nord · price 300 kr. · strong point: …".
COMPETITOR_PARTS = {
    "price": translate_noop("PlanQuestions", "price {value}"),
    "strong": translate_noop("PlanQuestions", "strong point: {value}"),
    "weak": translate_noop("PlanQuestions", "weak point: {value}"),
}


def question(cat: Catalogue, key: str, country: str = "DK") -> str:
    """The printed label of an answer key."""
    if key == "practical.registration_no" and country in REGISTRATION:
        return cat.tr("PlanQuestions", REGISTRATION[country])
    return cat.tr("PlanQuestions", QUESTIONS[key]) if key in QUESTIONS else key


def choice(cat: Catalogue, key: str, code: str) -> str:
    """The printed label of a choice; a code without a label prints as stored."""
    labels = CHOICES.get(key, {})
    return cat.tr("PlanQuestions", labels[code]) if code in labels else code


def competitor_part(cat: Catalogue, column: str) -> str:
    """Template for one column of a competitor row ("price {value}")."""
    return cat.tr("PlanQuestions", COMPETITOR_PARTS[column])
