"""Builds the answer widget for a FieldSpec (tables get their columns here)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.ui.wizard import labels as L
from desktop_app.ui.wizard.amounts_field import AmountsField
from desktop_app.ui.wizard.answer_field import AnswerField
from desktop_app.ui.wizard.bool_field import BoolField
from desktop_app.ui.wizard.choice_field import ChoiceField
from desktop_app.ui.wizard.date_field import DateField
from desktop_app.ui.wizard.lines_field import LinesField
from desktop_app.ui.wizard.money_field import MoneyField
from desktop_app.ui.wizard.money_format import tr
from desktop_app.ui.wizard.multi_choice_field import MultiChoiceField
from desktop_app.ui.wizard.number_field import NumberField
from desktop_app.ui.wizard.row_table_model import Column
from desktop_app.ui.wizard.step_specs import FieldSpec
from desktop_app.ui.wizard.table_field import TableField
from desktop_app.ui.wizard.text_field import TextField
from desktop_app.ui.wizard.volume_field import VolumeField


def _columns(kind: str, country: str) -> tuple[list[Column], str, bool]:
    """Columns, the add-button text and whether rows carry ids."""
    vat = L.vat_rates(country)
    money_header = tr(QT_TRANSLATE_NOOP("PlanWizard", "Amount excl. VAT"))
    tables = {
        "products": (
            [
                Column("name", tr(QT_TRANSLATE_NOOP("PlanWizard", "Product or service"))),
                Column(
                    "unit",
                    tr(QT_TRANSLATE_NOOP("PlanWizard", "Sold per")),
                    "choice",
                    L.translated(L.UNITS),
                    "piece",
                ),  # type: ignore[arg-type]
                Column("price", tr(QT_TRANSLATE_NOOP("PlanWizard", "Price excl. VAT")), "money"),
                Column("cost", tr(QT_TRANSLATE_NOOP("PlanWizard", "Your cost per unit")), "money"),
                Column(
                    "vat", tr(QT_TRANSLATE_NOOP("PlanWizard", "VAT")), "choice", vat, "standard"
                ),
            ],
            QT_TRANSLATE_NOOP("PlanWizard", "Add a product"),
            True,
        ),
        "competitors": (
            [
                Column("name", tr(QT_TRANSLATE_NOOP("PlanWizard", "Name"))),
                Column("price", tr(QT_TRANSLATE_NOOP("PlanWizard", "Their price")), "money"),
                Column("strong", tr(QT_TRANSLATE_NOOP("PlanWizard", "Strong point"))),
                Column("weak", tr(QT_TRANSLATE_NOOP("PlanWizard", "Weak point"))),
            ],
            QT_TRANSLATE_NOOP("PlanWizard", "Add a competitor"),
            False,
        ),
        "investments": (
            [
                Column("name", tr(QT_TRANSLATE_NOOP("PlanWizard", "What"))),
                Column("amount", money_header, "money"),
                Column(
                    "life_years",
                    tr(QT_TRANSLATE_NOOP("PlanWizard", "Lasts (years)")),
                    "int",
                    default=5,
                ),
                Column(
                    "in_kind",
                    tr(QT_TRANSLATE_NOOP("PlanWizard", "I already own it")),
                    "bool",
                    default=False,
                ),
            ],
            QT_TRANSLATE_NOOP("PlanWizard", "Add something to buy"),
            False,
        ),
        "start_costs": (
            [
                Column("name", tr(QT_TRANSLATE_NOOP("PlanWizard", "What"))),
                Column("amount", money_header, "money"),
            ],
            QT_TRANSLATE_NOOP("PlanWizard", "Add a start cost"),
            False,
        ),
        "loans": (
            [
                Column("lender", tr(QT_TRANSLATE_NOOP("PlanWizard", "Lender"))),
                Column("amount", tr(QT_TRANSLATE_NOOP("PlanWizard", "Amount")), "money"),
                Column("rate", tr(QT_TRANSLATE_NOOP("PlanWizard", "Interest per year")), "percent"),
                Column("months", tr(QT_TRANSLATE_NOOP("PlanWizard", "Months")), "int"),
                Column(
                    "kind",
                    tr(QT_TRANSLATE_NOOP("PlanWizard", "Repayment")),
                    "choice",
                    L.translated(L.LOAN_KINDS),
                    "annuity",
                ),  # type: ignore[arg-type]
            ],
            QT_TRANSLATE_NOOP("PlanWizard", "Add a loan"),
            False,
        ),
        "fixed_costs": (
            [
                Column("name", tr(QT_TRANSLATE_NOOP("PlanWizard", "Cost"))),
                Column(
                    "kind",
                    tr(QT_TRANSLATE_NOOP("PlanWizard", "Kind")),
                    "choice",
                    L.translated(L.FIXED_KINDS),
                    "other",
                ),  # type: ignore[arg-type]
                Column(
                    "amount", tr(QT_TRANSLATE_NOOP("PlanWizard", "Per month excl. VAT")), "money"
                ),
                Column(
                    "vat", tr(QT_TRANSLATE_NOOP("PlanWizard", "VAT")), "choice", vat, "standard"
                ),
            ],
            QT_TRANSLATE_NOOP("PlanWizard", "Add a cost"),
            False,
        ),
        "risks": (
            [
                Column("risk", tr(QT_TRANSLATE_NOOP("PlanWizard", "What could go wrong"))),
                Column("action", tr(QT_TRANSLATE_NOOP("PlanWizard", "What I will do"))),
            ],
            QT_TRANSLATE_NOOP("PlanWizard", "Add a risk"),
            False,
        ),
        "goals": (
            [
                Column("goal", tr(QT_TRANSLATE_NOOP("PlanWizard", "Goal"))),
                Column("measure", tr(QT_TRANSLATE_NOOP("PlanWizard", "How we see it"))),
                Column(
                    "date", tr(QT_TRANSLATE_NOOP("PlanWizard", "Date (year-month-day)")), "date"
                ),
            ],
            QT_TRANSLATE_NOOP("PlanWizard", "Add a goal"),
            False,
        ),
    }
    columns, add_text, ids = tables[kind]
    return columns, tr(add_text), ids


def build_field(spec: FieldSpec, country: str) -> AnswerField:
    """The widget that asks `spec`."""
    kind = spec.kind
    if kind in ("text", "longtext"):
        return TextField(spec.key, multiline=kind == "longtext", limit=spec.limit)
    if kind == "lines":
        return LinesField(spec.key)
    if kind == "int":
        return NumberField(spec.key)
    if kind == "hours":
        return NumberField(spec.key, 1, 80, tr(QT_TRANSLATE_NOOP("PlanWizard", "hours a week")))
    if kind == "days":
        return NumberField(spec.key, 0, 90, tr(QT_TRANSLATE_NOOP("PlanWizard", "days")))
    if kind == "percent":
        return NumberField(spec.key, 0, 99, "%")
    if kind == "money":
        return MoneyField(spec.key, country, spec.vat)
    if kind == "choice":
        return ChoiceField(
            spec.key,
            L.translated(spec.options)  # type: ignore[arg-type]
            if spec.key != "setup.language"
            else spec.options,
        )  # type: ignore
    if kind == "legal_form":
        return ChoiceField(spec.key, L.legal_forms(country))
    if kind == "vat_period":
        return ChoiceField(spec.key, L.translated(L.VAT_PERIODS))  # type: ignore[arg-type]
    if kind == "plan_month":
        months = [
            (m, tr(QT_TRANSLATE_NOOP("PlanWizard", "Month {number}")).replace("{number}", str(m)))
            for m in range(1, 13)
        ]
        return ChoiceField(spec.key, months)  # type: ignore[arg-type]
    if kind == "multi":
        return MultiChoiceField(spec.key, L.translated(spec.options))  # type: ignore[arg-type]
    if kind in ("month", "date"):
        return DateField(spec.key, month_only=kind == "month")
    if kind == "prelim_tax":
        return BoolField(
            spec.key,
            tr(
                QT_TRANSLATE_NOOP(
                    "PlanWizard", "Put money aside for income tax every month (preliminary tax)"
                )
            ),
        )
    if kind == "expenses":
        return AmountsField(spec.key, L.translated(L.EXPENSES), country)  # type: ignore
    if kind == "incomes":
        return AmountsField(spec.key, L.translated(L.INCOMES), country)  # type: ignore
    if kind == "volumes":
        return VolumeField(spec.key)
    columns, add_text, ids = _columns(kind, country)
    return TableField(spec.key, columns, country, add_text, with_ids=ids)
