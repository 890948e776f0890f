"""Plain sentences for the finance engine's finding codes (what happened, what to do)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.ui.wizard.money_format import tr

_TEXTS = {
    "required": QT_TRANSLATE_NOOP(
        "PlanWizard", 'Please answer: {field}. Or tick "I don\'t know yet".'
    ),
    "text_too_long": QT_TRANSLATE_NOOP(
        "PlanWizard", "This text is too long. Please make it shorter."
    ),
    "too_many_strengths": QT_TRANSLATE_NOOP(
        "PlanWizard", "Choose your 5 most important strengths."
    ),
    "not_a_whole_number": QT_TRANSLATE_NOOP(
        "PlanWizard", "Please type a whole number, for example 12."
    ),
    "registration_no_format": QT_TRANSLATE_NOOP(
        "PlanWizard", "The registration number must have 8 digits."
    ),
    "goal_date_missing": QT_TRANSLATE_NOOP(
        "PlanWizard", "Give each goal a date, for example 2026-03-31."
    ),
    "payment_days_out_of_range": QT_TRANSLATE_NOOP(
        "PlanWizard", "Use a number of days from 0 to 90."
    ),
    "hours_per_week_out_of_range": QT_TRANSLATE_NOOP(
        "PlanWizard", "Hours per week must be between 1 and 80."
    ),
    "competitors_required": QT_TRANSLATE_NOOP(
        "PlanWizard", "A loan application needs at least one competitor."
    ),
    "smart_goal_date_not_in_future": QT_TRANSLATE_NOOP(
        "PlanWizard", "A goal's date has passed. Choose a date in the future."
    ),
    "vat_registration_required": QT_TRANSLATE_NOOP(
        "PlanWizard", "Your sales are above 50,000 kr. a year: you must register for VAT."
    ),
    "kor_turnover_above_limit": QT_TRANSLATE_NOOP(
        "PlanWizard", "Your sales are above € 20,000 a year: you cannot use the KOR."
    ),
    "no_products": QT_TRANSLATE_NOOP("PlanWizard", "Add at least one product or service."),
    "price_not_positive": QT_TRANSLATE_NOOP("PlanWizard", "Every price must be more than 0."),
    "variable_cost_at_or_above_price": QT_TRANSLATE_NOOP(
        "PlanWizard",
        "A product costs you as much as you sell it for, or more. "
        "You lose money on every sale: raise the price or lower the cost.",
    ),
    "variable_cost_negative": QT_TRANSLATE_NOOP("PlanWizard", "A cost cannot be below 0."),
    "amount_negative": QT_TRANSLATE_NOOP("PlanWizard", "An amount cannot be below 0."),
    "life_years_invalid": QT_TRANSLATE_NOOP(
        "PlanWizard", "How many years will it last? Use 1 or more."
    ),
    "residual_invalid": QT_TRANSLATE_NOOP("PlanWizard", "Check the value left at the end."),
    "financing_shortfall": QT_TRANSLATE_NOOP(
        "PlanWizard", "Money is missing: find {amount} more before you can finish."
    ),
    "financing_surplus": QT_TRANSLATE_NOOP(
        "PlanWizard", "You have {amount} more than you need. Borrow less."
    ),
    "in_kind_mismatch": QT_TRANSLATE_NOOP("PlanWizard", "Check the things you bring in yourself."),
    "microloan_above_limit": QT_TRANSLATE_NOOP(
        "PlanWizard", "The microloan is above the usual maximum."
    ),
    "microloan_below_limit": QT_TRANSLATE_NOOP(
        "PlanWizard", "The microloan is below the usual minimum."
    ),
    "loan_months_missing": QT_TRANSLATE_NOOP(
        "PlanWizard", "Say over how many months the loan is repaid."
    ),
    "loan_instalment_invalid": QT_TRANSLATE_NOOP(
        "PlanWizard", "The monthly repayment must be more than 0."
    ),
    "loan_rate_invalid": QT_TRANSLATE_NOOP("PlanWizard", "Check the interest rate."),
    "no_sales": QT_TRANSLATE_NOOP(
        "PlanWizard", "No sales yet: type how many you expect to sell each month."
    ),
    "no_fixed_costs": QT_TRANSLATE_NOOP(
        "PlanWizard", "Add your monthly costs (rent, phone, insurance…)."
    ),
    "no_household_expenses": QT_TRANSLATE_NOOP(
        "PlanWizard", "Add what your household spends each month."
    ),
    "tax_rate_out_of_range": QT_TRANSLATE_NOOP("PlanWizard", "Use a tax rate from 0 to 99 %."),
    "negative_liquidity": QT_TRANSLATE_NOOP(
        "PlanWizard",
        "The bank balance goes below 0 ({amount} at the lowest). "
        "Add own money, a bigger loan or a credit line, or start smaller.",
    ),
    "step_unknown": QT_TRANSLATE_NOOP(
        "PlanWizard", 'Waiting for the coach: "I don\'t know yet" is ticked.'
    ),
    "monthly_units_incomplete": QT_TRANSLATE_NOOP("PlanWizard", "Fill in all 12 months."),
    "units_negative": QT_TRANSLATE_NOOP("PlanWizard", "The number sold cannot be below 0."),
    "month_out_of_range": QT_TRANSLATE_NOOP("PlanWizard", "Use a month from 1 to 12."),
    "vat_rate_not_available": QT_TRANSLATE_NOOP(
        "PlanWizard", "That VAT rate does not exist in this country."
    ),
}
_FALLBACK = QT_TRANSLATE_NOOP("PlanWizard", "Please check this answer.")


def finding_text(code: str, **values: str) -> str:
    """The translated sentence for a finding code, placeholders filled."""
    text = tr(_TEXTS.get(code, _FALLBACK))
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text
