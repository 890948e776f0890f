"""Translated labels of the codes the plan stores (units, VAT rates, kinds, channels)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.ui.wizard.money_format import tr

COUNTRIES = [
    ("DK", QT_TRANSLATE_NOOP("PlanWizard", "Denmark")),
    ("NL", QT_TRANSLATE_NOOP("PlanWizard", "The Netherlands")),
]
LANGUAGES = [("da", "Dansk"), ("nl", "Nederlands"), ("en", "English")]
PURPOSES = [
    ("microloan", QT_TRANSLATE_NOOP("PlanWizard", "To apply for a microloan")),
    ("own_use", QT_TRANSLATE_NOOP("PlanWizard", "For myself")),
    ("bank", QT_TRANSLATE_NOOP("PlanWizard", "For the bank or another lender")),
]
VAT_STATUSES = [
    ("registered", QT_TRANSLATE_NOOP("PlanWizard", "I am (or will be) registered for VAT")),
    (
        "below_threshold",
        QT_TRANSLATE_NOOP("PlanWizard", "Small business, no VAT (below the threshold / KOR)"),
    ),
    ("exempt_activity", QT_TRANSLATE_NOOP("PlanWizard", "My work is exempt from VAT")),
]
UNITS = [
    ("piece", QT_TRANSLATE_NOOP("PlanWizard", "piece")),
    ("hour", QT_TRANSLATE_NOOP("PlanWizard", "hour")),
    ("job", QT_TRANSLATE_NOOP("PlanWizard", "job")),
]
VAT_RATES_DK = [
    ("standard", QT_TRANSLATE_NOOP("PlanWizard", "25 %")),
    ("zero", QT_TRANSLATE_NOOP("PlanWizard", "0 %")),
    ("exempt", QT_TRANSLATE_NOOP("PlanWizard", "no VAT")),
]
VAT_RATES_NL = [
    ("standard", QT_TRANSLATE_NOOP("PlanWizard", "21 %")),
    ("reduced", QT_TRANSLATE_NOOP("PlanWizard", "9 %")),
    ("zero", QT_TRANSLATE_NOOP("PlanWizard", "0 %")),
    ("exempt", QT_TRANSLATE_NOOP("PlanWizard", "no VAT")),
]
CHANNELS = [
    ("word_of_mouth", QT_TRANSLATE_NOOP("PlanWizard", "Word of mouth")),
    ("facebook", QT_TRANSLATE_NOOP("PlanWizard", "Facebook / Instagram")),
    ("website", QT_TRANSLATE_NOOP("PlanWizard", "Website")),
    ("flyers", QT_TRANSLATE_NOOP("PlanWizard", "Flyers")),
    ("market_stall", QT_TRANSLATE_NOOP("PlanWizard", "Market stall")),
    ("network", QT_TRANSLATE_NOOP("PlanWizard", "My network")),
    ("partner_shops", QT_TRANSLATE_NOOP("PlanWizard", "Partner shops")),
]
LEGAL_FORMS_DK = [
    ("sole_proprietorship", QT_TRANSLATE_NOOP("PlanWizard", "Enkeltmandsvirksomhed (sole trader)")),
    ("other", QT_TRANSLATE_NOOP("PlanWizard", "Other")),
]
LEGAL_FORMS_NL = [
    ("sole_proprietorship", QT_TRANSLATE_NOOP("PlanWizard", "Eenmanszaak (sole trader)")),
    ("other", QT_TRANSLATE_NOOP("PlanWizard", "Other")),
]
BOOKKEEPING = [
    ("self", QT_TRANSLATE_NOOP("PlanWizard", "I do it myself")),
    ("accountant", QT_TRANSLATE_NOOP("PlanWizard", "An accountant")),
    ("programme", QT_TRANSLATE_NOOP("PlanWizard", "Help from the programme")),
]
PREMISES = [
    ("home", QT_TRANSLATE_NOOP("PlanWizard", "At home")),
    ("rented", QT_TRANSLATE_NOOP("PlanWizard", "Rented place")),
    ("none", QT_TRANSLATE_NOOP("PlanWizard", "No premises needed")),
]
FIXED_KINDS = [
    ("rent", QT_TRANSLATE_NOOP("PlanWizard", "Rent")),
    ("phone", QT_TRANSLATE_NOOP("PlanWizard", "Phone and internet")),
    ("insurance", QT_TRANSLATE_NOOP("PlanWizard", "Insurance")),
    ("transport", QT_TRANSLATE_NOOP("PlanWizard", "Transport")),
    ("accountant", QT_TRANSLATE_NOOP("PlanWizard", "Accountant")),
    ("marketing", QT_TRANSLATE_NOOP("PlanWizard", "Marketing")),
    ("software", QT_TRANSLATE_NOOP("PlanWizard", "Software")),
    ("fees", QT_TRANSLATE_NOOP("PlanWizard", "Fees")),
    ("other", QT_TRANSLATE_NOOP("PlanWizard", "Other")),
]
EXPENSES = [
    ("housing", QT_TRANSLATE_NOOP("PlanWizard", "Housing (rent or mortgage)")),
    ("utilities", QT_TRANSLATE_NOOP("PlanWizard", "Heating, water and electricity")),
    ("food", QT_TRANSLATE_NOOP("PlanWizard", "Food and household")),
    ("transport", QT_TRANSLATE_NOOP("PlanWizard", "Transport")),
    ("insurance", QT_TRANSLATE_NOOP("PlanWizard", "Insurance")),
    ("phone", QT_TRANSLATE_NOOP("PlanWizard", "Phone and internet")),
    ("childcare", QT_TRANSLATE_NOOP("PlanWizard", "Childcare")),
    ("debt_payments", QT_TRANSLATE_NOOP("PlanWizard", "Debt payments")),
    ("other", QT_TRANSLATE_NOOP("PlanWizard", "Other")),
]
INCOMES = [
    ("partner", QT_TRANSLATE_NOOP("PlanWizard", "Partner's income")),
    ("child_benefit", QT_TRANSLATE_NOOP("PlanWizard", "Child benefit")),
    ("housing_support", QT_TRANSLATE_NOOP("PlanWizard", "Housing support")),
    ("remaining_benefit", QT_TRANSLATE_NOOP("PlanWizard", "Benefit I still receive")),
    ("other", QT_TRANSLATE_NOOP("PlanWizard", "Other income")),
]
LOAN_KINDS = [
    ("annuity", QT_TRANSLATE_NOOP("PlanWizard", "Annuity (same payment every month)")),
    ("linear", QT_TRANSLATE_NOOP("PlanWizard", "Linear (payments fall over time)")),
]
VAT_PERIODS = [
    (0, QT_TRANSLATE_NOOP("PlanWizard", "As the tax office decides")),
    (1, QT_TRANSLATE_NOOP("PlanWizard", "Every month")),
    (3, QT_TRANSLATE_NOOP("PlanWizard", "Every quarter")),
    (6, QT_TRANSLATE_NOOP("PlanWizard", "Every half year")),
]
LIVING = {
    "self_supporting": QT_TRANSLATE_NOOP("PlanWizard", "Self-supporting"),
    "partly": QT_TRANSLATE_NOOP("PlanWizard", "Partly self-supporting"),
    "not_yet": QT_TRANSLATE_NOOP("PlanWizard", "Not yet self-supporting"),
}


def translated(options: list[tuple[object, str]]) -> list[tuple[object, str]]:
    """The same options with translated labels (language names stay as they are)."""
    return [(value, tr(label)) for value, label in options]


def vat_rates(country: str) -> list[tuple[object, str]]:
    """VAT rate choices of a country."""
    return translated(VAT_RATES_NL if country == "NL" else VAT_RATES_DK)  # type: ignore[arg-type]


def legal_forms(country: str) -> list[tuple[object, str]]:
    """Legal forms of a country."""
    return translated(LEGAL_FORMS_NL if country == "NL" else LEGAL_FORMS_DK)  # type: ignore[arg-type]
