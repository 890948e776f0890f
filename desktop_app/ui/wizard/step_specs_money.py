"""Steps 7 to 15: practical matters, the budgets, risks, goals and the summary."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.ui.wizard import labels as L
from desktop_app.ui.wizard.step_specs import STEPS as FIRST_STEPS
from desktop_app.ui.wizard.step_specs import FieldSpec as F
from desktop_app.ui.wizard.step_specs import StepSpec

LATER_STEPS: tuple[StepSpec, ...] = (
    StepSpec(
        7,
        QT_TRANSLATE_NOOP("PlanWizard", "Practical matters"),
        QT_TRANSLATE_NOOP("PlanWizard", "What do you need to be allowed to start? Who helps you?"),
        (
            F(
                "practical.legal_form",
                "legal_form",
                QT_TRANSLATE_NOOP("PlanWizard", "Type of business"),
            ),
            F(
                "practical.registration_no",
                "text",
                QT_TRANSLATE_NOOP(
                    "PlanWizard", "Registration number (CVR or KvK), if you have one"
                ),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: 12345678"),
                limit=20,
            ),
            F("practical.start_date", "date", QT_TRANSLATE_NOOP("PlanWizard", "Start date")),
            F(
                "practical.bookkeeping",
                "choice",
                QT_TRANSLATE_NOOP("PlanWizard", "Who does the bookkeeping?"),
                options=L.BOOKKEEPING,
            ),
            F(
                "practical.premises",
                "choice",
                QT_TRANSLATE_NOOP("PlanWizard", "Where will you work?"),
                options=L.PREMISES,
            ),
            F(
                "practical.permits",
                "lines",
                QT_TRANSLATE_NOOP("PlanWizard", "Permits and licences"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: food registration"),
            ),
            F(
                "practical.insurance",
                "lines",
                QT_TRANSLATE_NOOP("PlanWizard", "Insurance"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: business liability insurance"),
            ),
            F(
                "practical.partners",
                "lines",
                QT_TRANSLATE_NOOP("PlanWizard", "Suppliers and partners"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: a wholesaler in town"),
            ),
            F(
                "practical.equipment",
                "lines",
                QT_TRANSLATE_NOOP("PlanWizard", "Important equipment"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: two chairs and a washbasin"),
            ),
        ),
    ),
    StepSpec(
        8,
        QT_TRANSLATE_NOOP("PlanWizard", "Start-up budget"),
        QT_TRANSLATE_NOOP("PlanWizard", "What must you buy before the first sale?"),
        (
            F(
                "startup.investments",
                "investments",
                QT_TRANSLATE_NOOP("PlanWizard", "Things you buy to use for years"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: Chairs and mirror · 30000 · 5 years"),
            ),
            F(
                "startup.costs",
                "start_costs",
                QT_TRANSLATE_NOOP("PlanWizard", "One-off start costs"),
                QT_TRANSLATE_NOOP(
                    "PlanWizard", "Example: deposit, registration, first stock, website"
                ),
            ),
            F(
                "startup.buffer_months",
                "int",
                QT_TRANSLATE_NOOP("PlanWizard", "Months of fixed costs to keep as a buffer"),
                QT_TRANSLATE_NOOP("PlanWizard", "Usually 3 to 6 months"),
            ),
        ),
    ),
    StepSpec(
        9,
        QT_TRANSLATE_NOOP("PlanWizard", "Financing"),
        QT_TRANSLATE_NOOP("PlanWizard", "Where does the money come from?"),
        (
            F(
                "financing.own_cash",
                "money",
                QT_TRANSLATE_NOOP("PlanWizard", "Your own money"),
                vat="",
            ),
            F("financing.microloan", "money", QT_TRANSLATE_NOOP("PlanWizard", "Microloan"), vat=""),
            F(
                "financing.microloan_grace",
                "int",
                QT_TRANSLATE_NOOP("PlanWizard", "Months without repayment at the start"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: 3"),
            ),
            F(
                "financing.microloan_instalment",
                "money",
                QT_TRANSLATE_NOOP("PlanWizard", "Repayment per month"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: 1250"),
                vat="",
            ),
            F("financing.grants", "money", QT_TRANSLATE_NOOP("PlanWizard", "Grants"), vat=""),
            F("financing.other_loans", "loans", QT_TRANSLATE_NOOP("PlanWizard", "Other loans")),
            F(
                "financing.credit_line",
                "money",
                QT_TRANSLATE_NOOP("PlanWizard", "Credit line (overdraft) at the bank"),
                vat="",
            ),
        ),
    ),
    StepSpec(
        10,
        QT_TRANSLATE_NOOP("PlanWizard", "Sales and costs per month"),
        QT_TRANSLATE_NOOP("PlanWizard", "How many will you sell in month 1, 2, 3…? Start low."),
        (
            F(
                "operating.volumes",
                "volumes",
                QT_TRANSLATE_NOOP("PlanWizard", "Number sold each month"),
                QT_TRANSLATE_NOOP(
                    "PlanWizard", "Type month 1, then use a button to fill the year."
                ),
            ),
            F(
                "operating.fixed_costs",
                "fixed_costs",
                QT_TRANSLATE_NOOP("PlanWizard", "Fixed costs per month"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: Rent · 4000 · 25 %"),
            ),
            F(
                "operating.customer_days",
                "days",
                QT_TRANSLATE_NOOP("PlanWizard", "Customers pay after"),
                QT_TRANSLATE_NOOP("PlanWizard", "0 if they pay at once"),
            ),
            F(
                "operating.supplier_days",
                "days",
                QT_TRANSLATE_NOOP("PlanWizard", "You pay suppliers after"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: 30"),
            ),
        ),
    ),
    StepSpec(
        11,
        QT_TRANSLATE_NOOP("PlanWizard", "My private budget"),
        QT_TRANSLATE_NOOP("PlanWizard", "How much do you need each month to live?"),
        (
            F(
                "private.expenses",
                "expenses",
                QT_TRANSLATE_NOOP("PlanWizard", "Household expenses per month"),
            ),
            F(
                "private.incomes",
                "incomes",
                QT_TRANSLATE_NOOP("PlanWizard", "Other household income per month (after tax)"),
            ),
            F(
                "private.tax_rate",
                "percent",
                QT_TRANSLATE_NOOP("PlanWizard", "Tax rate (your coach sets it)"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: 35"),
            ),
        ),
    ),
    StepSpec(
        12,
        QT_TRANSLATE_NOOP("PlanWizard", "Money in the bank"),
        QT_TRANSLATE_NOOP("PlanWizard", "Will there be money in the account every month?"),
        (
            F(
                "liquidity.payout_month",
                "plan_month",
                QT_TRANSLATE_NOOP("PlanWizard", "Month the loan is paid out"),
            ),
            F(
                "liquidity.investment_month",
                "plan_month",
                QT_TRANSLATE_NOOP("PlanWizard", "Month you buy the start-up items"),
            ),
            F(
                "liquidity.vat_period",
                "vat_period",
                QT_TRANSLATE_NOOP("PlanWizard", "How often you pay VAT"),
            ),
            F("liquidity.prelim_tax", "prelim_tax", QT_TRANSLATE_NOOP("PlanWizard", "Tax")),
            F(
                "liquidity.private_draw",
                "money",
                QT_TRANSLATE_NOOP(
                    "PlanWizard",
                    "What you take out for yourself each month (empty = your private budget)",
                ),
                vat="",
            ),
        ),
    ),
    StepSpec(
        13,
        QT_TRANSLATE_NOOP("PlanWizard", "Risks and plan B"),
        QT_TRANSLATE_NOOP("PlanWizard", "What could go wrong? What will you do then?"),
        (
            F(
                "risks.top",
                "risks",
                QT_TRANSLATE_NOOP("PlanWizard", "Biggest risks and what you do"),
            ),
            F(
                "risks.plan_b",
                "longtext",
                QT_TRANSLATE_NOOP("PlanWizard", "Plan B"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: work part-time at a salon"),
            ),
            F("risks.strengths", "lines", QT_TRANSLATE_NOOP("PlanWizard", "Strengths")),
            F("risks.weaknesses", "lines", QT_TRANSLATE_NOOP("PlanWizard", "Weaknesses")),
            F("risks.opportunities", "lines", QT_TRANSLATE_NOOP("PlanWizard", "Opportunities")),
            F("risks.threats", "lines", QT_TRANSLATE_NOOP("PlanWizard", "Threats")),
        ),
    ),
    StepSpec(
        14,
        QT_TRANSLATE_NOOP("PlanWizard", "Goals and next steps"),
        QT_TRANSLATE_NOOP("PlanWizard", "What will you have done in 3 months? How will we see it?"),
        (
            F("goals.smart", "goals", QT_TRANSLATE_NOOP("PlanWizard", "Goals")),
            F(
                "goals.key_metric",
                "text",
                QT_TRANSLATE_NOOP("PlanWizard", "The number you watch every week"),
                QT_TRANSLATE_NOOP("PlanWizard", "Example: new customers per week"),
            ),
        ),
    ),
    StepSpec(
        15,
        QT_TRANSLATE_NOOP("PlanWizard", "Summary and check"),
        QT_TRANSLATE_NOOP("PlanWizard", "Read it together with your coach."),
        (
            F(
                "summary.documents",
                "lines",
                QT_TRANSLATE_NOOP("PlanWizard", "Documents attached"),
                QT_TRANSLATE_NOOP(
                    "PlanWizard", "Example: ID, quote for the chairs, rental contract"
                ),
            ),
        ),
    ),
)

ALL_STEPS: tuple[StepSpec, ...] = FIRST_STEPS + LATER_STEPS
