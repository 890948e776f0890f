"""The plan's key results said in plain words (break-even, living test, bank balance)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.core.finance.answers import rows
from desktop_app.core.finance.plan import PlanFigures
from desktop_app.ui.wizard.labels import LIVING
from desktop_app.ui.wizard.money_format import format_money, month_name, tr


def _fill(text: str, **values: str) -> str:
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def break_even_sentence(figures: PlanFigures, answers: dict[str, Any], country: str) -> str:
    """ "You must sell 28 × Haircut a month to pay your costs, and 112 to also live from it."""
    be = figures.break_even
    if be.status.value == "no_sales":
        return tr(
            QT_TRANSLATE_NOOP("PlanWizard", "Add prices and sales to see what you must sell.")
        )
    if be.status.value != "ok" or be.costs_only.revenue is None:
        return tr(
            QT_TRANSLATE_NOOP(
                "PlanWizard",
                "You lose money on every sale: your prices "
                "must be higher than your costs per unit.",
            )
        )
    products = [r for r in rows(answers.get("products"))]
    if len(be.costs_only.products) == 1 and products:
        name = str(products[be.costs_only.products[0].product].get("name") or "").strip()
        return _fill(
            tr(
                QT_TRANSLATE_NOOP(
                    "PlanWizard",
                    "You must sell {units} × {product} a month to pay your costs, "
                    "and {living} to also live from it.",
                )
            ),
            units=str(be.costs_only.products[0].units_month_whole),
            product=name or "?",
            living=str(be.with_living.products[0].units_month_whole),
        )
    living = be.with_living.revenue or 0
    return _fill(
        tr(
            QT_TRANSLATE_NOOP(
                "PlanWizard",
                "You must sell for {amount} a month (excl. VAT) to pay your costs, "
                "and for {living} to also live from it.",
            )
        ),
        amount=format_money(be.costs_only.revenue / 12, country),
        living=format_money(living / 12, country),
    )


def living_label(figures: PlanFigures) -> str:
    """Self-supporting / partly / not yet, for year 1."""
    return tr(LIVING[figures.living_test.years[0].result.value])


def living_sentence(figures: PlanFigures, country: str) -> str:
    """What the business leaves for the household in year 1, against what it needs."""
    year = figures.living_test.years[0]
    return _fill(
        tr(
            QT_TRANSLATE_NOOP(
                "PlanWizard",
                "Year 1 leaves {cash} for you after tax and repayments. "
                "Your household needs {need} a year.",
            )
        ),
        cash=format_money(year.cash_for_owner, country),
        need=format_money(year.need_net_year, country),
    )


def liquidity_sentence(figures: PlanFigures, country: str) -> str:
    """The lowest month, and the extra money needed if it goes below zero."""
    budget = figures.liquidity
    low = budget.months[budget.min_month - 1]
    when = month_name(*low.calendar)
    if budget.extra_financing_need > 0:
        return _fill(
            tr(
                QT_TRANSLATE_NOOP(
                    "PlanWizard",
                    "In {month} the bank balance is {amount}: you need {extra} more, "
                    "or a credit line.",
                )
            ),
            month=when,
            amount=format_money(low.closing, country),
            extra=format_money(budget.extra_financing_need, country),
        )
    return _fill(
        tr(
            QT_TRANSLATE_NOOP(
                "PlanWizard",
                "There is money in the bank every month. The lowest is {amount} in {month}.",
            )
        ),
        month=when,
        amount=format_money(low.closing, country),
    )
