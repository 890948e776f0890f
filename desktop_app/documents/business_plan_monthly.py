"""Year 1 month by month (landscape: 12 months need the width) and the loan schedules."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Table

from desktop_app.core.finance.loans import LoanKind, LoanSchedule, ScheduleRow
from desktop_app.core.finance.money import total
from desktop_app.core.finance.operating import MONTHS
from desktop_app.documents import flowables as fl
from desktop_app.documents import styles
from desktop_app.documents.business_plan_context import PlanContext, money_table, nonzero, plan_fill
from desktop_app.documents.catalogue import translate_noop
from desktop_app.documents.plan_charts import NEGATIVE, revenue_cost_chart

INFLOWS = {
    "sales": translate_noop("BusinessPlan", "Sales received"),
    "own_cash": translate_noop("BusinessPlan", "Own funds"),
    "loan_payouts": translate_noop("BusinessPlan", "Loans paid out"),
    "grants": translate_noop("BusinessPlan", "Grants"),
    "vat_refund": translate_noop("BusinessPlan", "VAT refunded"),
}
OUTFLOWS = {
    "purchases": translate_noop("BusinessPlan", "Purchases"),
    "fixed_costs": translate_noop("BusinessPlan", "Fixed costs"),
    "investments": translate_noop("BusinessPlan", "Investments"),
    "start_costs": translate_noop("BusinessPlan", "Start costs"),
    "loan_instalments": translate_noop("BusinessPlan", "Loan instalments"),
    "private_draw": translate_noop("BusinessPlan", "Private draw"),
    "prelim_tax": translate_noop("BusinessPlan", "Preliminary income tax"),
    "vat_payment": translate_noop("BusinessPlan", "VAT paid"),
}
LOAN_KINDS = {
    LoanKind.INTEREST_FREE: translate_noop("BusinessPlan", "Interest-free loan"),
    LoanKind.ANNUITY: translate_noop("BusinessPlan", "Annuity loan"),
    LoanKind.LINEAR: translate_noop("BusinessPlan", "Linear loan"),
}
LABEL_WIDTH = 150
Line = tuple[str, Sequence[Decimal | str], str]  # label, 12 months + total (or ""), kind


def _grid(ctx: PlanContext, lines: Sequence[Line], total_header: str) -> Table:
    """Lines as rows, months as columns; kinds: line, total, section, balance."""
    ps = ctx.ps
    width = (styles.LANDSCAPE_CONTENT_WIDTH - LABEL_WIDTH) / (MONTHS + 1)
    header = (
        [("", ps.grid_header)]
        + [(ctx.month(m).split()[0], ps.grid_header_right) for m in range(1, MONTHS + 1)]
        + [(total_header, ps.grid_header_right)]
    )
    cells = [header]
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), styles.ACCENT_SOFT),
        ("LINEBELOW", (0, 0), (-1, 0), 1, styles.ACCENT),
        ("BACKGROUND", (-1, 1), (-1, -1), styles.ZEBRA),
    ]
    for row, (label, values, kind) in enumerate(lines, start=1):
        bold = kind != "line"
        label_style = ps.grid_bold if bold else ps.grid
        value_style = ps.grid_bold_right if bold else ps.grid_right
        cells.append(
            [(label, label_style)]
            + [(ctx.fmt.whole(v) if isinstance(v, Decimal) else v, value_style) for v in values]
        )
        if kind == "section":
            commands.append(("TEXTCOLOR", (0, row), (0, row), styles.ACCENT))
        if kind in ("total", "balance"):
            commands.append(("LINEABOVE", (0, row), (-1, row), 0.8, styles.ACCENT))
        if kind == "balance":
            commands.append(("BACKGROUND", (0, row), (-1, row), styles.ACCENT_SOFT))
        if kind == "line":
            commands.append(("LINEBELOW", (0, row), (-1, row), 0.3, styles.RULE))
        for column, value in enumerate(values, start=1):
            if isinstance(value, Decimal) and value < 0:
                commands.append(("TEXTCOLOR", (column, row), (column, row), NEGATIVE))
    widths = [LABEL_WIDTH] + [width] * (MONTHS + 1)
    return fl.text_table(cells, widths, commands, (3, 3, 3, 3), repeatRows=1)


def operating_months(ctx: PlanContext) -> list[Flowable]:
    """§2.3 for each month of year 1, excl. VAT."""
    cat = ctx.cat
    months = ctx.data.figures.operating.months
    year = ctx.data.figures.operating.years[0]

    def line(label: str, attribute: str, kind: str = "line") -> Line:
        values = [getattr(m, attribute) for m in months]
        return label, [*values, getattr(year, attribute)], kind

    lines = [
        line(cat.tr("BusinessPlan", "Revenue"), "revenue"),
        line(cat.tr("BusinessPlan", "Variable costs"), "variable_costs"),
        line(cat.tr("BusinessPlan", "Contribution margin"), "contribution", "total"),
        line(cat.tr("BusinessPlan", "Fixed costs"), "fixed_costs"),
        line(cat.tr("BusinessPlan", "Depreciation"), "depreciation"),
        line(cat.tr("BusinessPlan", "Interest"), "interest"),
        line(cat.tr("BusinessPlan", "Result before tax"), "result", "balance"),
    ]
    note = plan_fill(
        cat.tr(
            "BusinessPlan",
            "Operating budget, year 1 month by month: {currency}, "
            "excl. VAT, rounded to whole amounts.",
        ),
        currency=ctx.fmt.currency_word(),
    )
    title = cat.tr("BusinessPlan", "Operating budget month by month")
    costs = [m.variable_costs + m.fixed_costs + m.depreciation + m.interest for m in months]
    chart = revenue_cost_chart(
        [ctx.month(m.period).split()[0] for m in months],
        [m.revenue for m in months],
        costs,
        lambda value: ctx.fmt.number(round(value)),
        (cat.tr("BusinessPlan", "Revenue"), cat.tr("BusinessPlan", "All costs")),
        width=styles.LANDSCAPE_CONTENT_WIDTH,
        height=190,
    )
    return [
        KeepTogether(
            [
                ctx.heading(title),
                fl.text(note, ctx.st.muted, styles.LANDSCAPE_CONTENT_WIDTH),
                _grid(ctx, lines, cat.tr("BusinessPlan", "Year 1")),
            ]
        ),
        fl.spacer(10),
        chart,
    ]


def liquidity_months(ctx: PlanContext) -> list[Flowable]:
    """§2.5: opening, every line in and out that is used, closing; incl. VAT."""
    cat = ctx.cat
    months = ctx.data.figures.liquidity.months
    blank: list[str] = [""] * (MONTHS + 1)
    lines: list[Line] = [
        (cat.tr("BusinessPlan", "Opening balance"), [m.opening for m in months] + [""], "balance"),
        (cat.tr("BusinessPlan", "Money in"), blank, "section"),
    ]
    for key in INFLOWS:
        values = [m.inflow_lines[key] for m in months]
        if nonzero(values):
            lines.append((cat.tr("BusinessPlan", INFLOWS[key]), [*values, total(values)], "line"))
    inflows = [m.inflows for m in months]
    lines.append((cat.tr("BusinessPlan", "Total in"), [*inflows, total(inflows)], "total"))
    lines.append((cat.tr("BusinessPlan", "Money out"), blank, "section"))
    for key in OUTFLOWS:
        values = [m.outflow_lines[key] for m in months]
        if nonzero(values):
            lines.append((cat.tr("BusinessPlan", OUTFLOWS[key]), [*values, total(values)], "line"))
    outflows = [m.outflows for m in months]
    lines.append((cat.tr("BusinessPlan", "Total out"), [*outflows, total(outflows)], "total"))
    lines.append(
        (cat.tr("BusinessPlan", "Closing balance"), [m.closing for m in months] + [""], "balance")
    )
    note = plan_fill(
        cat.tr(
            "BusinessPlan",
            "Liquidity budget, year 1 month by month: {currency}, "
            "incl. VAT, rounded to whole amounts.",
        ),
        currency=ctx.fmt.currency_word(),
    )
    title = cat.tr("BusinessPlan", "Liquidity budget month by month")
    return [
        KeepTogether(
            [
                ctx.heading(title),
                fl.text(note, ctx.st.muted, styles.LANDSCAPE_CONTENT_WIDTH),
                _grid(ctx, lines, cat.tr("BusinessPlan", "Year 1")),
            ]
        )
    ]


def loans_section(ctx: PlanContext) -> list[Flowable]:
    """§2.7: each loan's terms, a summary per year and its first 12 months."""
    cat, fmt = ctx.cat, ctx.fmt
    loans = zip(ctx.data.inputs.financing.loans(), ctx.data.figures.loans, strict=True)
    # The first loan is always the microloan (FinancingInputs.loans()).
    used = [(i, loan, s) for i, (loan, s) in enumerate(loans) if s.amount > 0]
    if not used:
        return []
    story: list[Flowable] = [ctx.heading(cat.tr("BusinessPlan", "Loan repayment schedule"))]
    for index, loan, schedule in used:
        default = (
            cat.tr("BusinessPlan", "Microloan")
            if index == 0
            else cat.tr("BusinessPlan", "Other loan")
        )
        name = loan.lender.strip() or default
        story.append(fl.subheading(name, ctx.st))
        last = schedule.rows[-1].plan_month if schedule.rows else schedule.payout_month
        facts = [
            (cat.tr("BusinessPlan", "Amount"), fmt.money(schedule.amount)),
            (cat.tr("BusinessPlan", "Type"), cat.tr("BusinessPlan", LOAN_KINDS[schedule.kind])),
            (cat.tr("BusinessPlan", "Interest rate per year"), fmt.percent(loan.annual_rate, 2)),
            (cat.tr("BusinessPlan", "Paid out"), ctx.month(schedule.payout_month)),
            (cat.tr("BusinessPlan", "Months without repayment"), str(max(0, loan.grace_months))),
            (cat.tr("BusinessPlan", "Last instalment"), ctx.month(last)),
            (cat.tr("BusinessPlan", "Total interest"), fmt.money(schedule.total_interest)),
        ]
        amounts = plan_fill(
            cat.tr("BusinessPlan", "Amounts in {currency}."), currency=fmt.currency_word()
        )
        story += [
            fl.facts_table(facts, ctx.st),
            KeepTogether(
                [
                    fl.subheading(cat.tr("BusinessPlan", "Per plan year"), ctx.st),
                    fl.text(amounts, ctx.st.muted),
                    _by_year(ctx, schedule),
                ]
            ),
            KeepTogether(
                [
                    fl.subheading(cat.tr("BusinessPlan", "The first 12 months"), ctx.st),
                    fl.text(amounts, ctx.st.muted),
                    _first_months(ctx, schedule),
                ]
            ),
        ]
    return story


def _by_year(ctx: PlanContext, schedule: LoanSchedule) -> Table:
    cat, fmt = ctx.cat, ctx.fmt
    years: dict[int, list[ScheduleRow]] = {}
    for row in schedule.rows:
        years.setdefault((row.plan_month - 1) // MONTHS + 1, []).append(row)
    rows = [
        [
            plan_fill(cat.tr("BusinessPlan", "Year {year}"), year=str(year)),
            fmt.amount(items[0].opening),
            fmt.amount(total([r.interest for r in items])),
            fmt.amount(total([r.principal for r in items])),
            fmt.amount(items[-1].closing),
        ]
        for year, items in years.items()
    ]
    headers = [
        cat.tr("BusinessPlan", "Plan year"),
        cat.tr("BusinessPlan", "Owed at the start"),
        cat.tr("BusinessPlan", "Interest"),
        cat.tr("BusinessPlan", "Repaid"),
        cat.tr("BusinessPlan", "Owed at the end"),
    ]
    return money_table(ctx, headers, rows, (0.16, 0.22, 0.18, 0.22, 0.22))


def _first_months(ctx: PlanContext, schedule: LoanSchedule) -> Table:
    cat, fmt = ctx.cat, ctx.fmt
    rows = [
        [
            ctx.month(r.plan_month),
            fmt.amount(r.opening),
            fmt.amount(r.interest),
            fmt.amount(r.principal),
            fmt.amount(r.closing),
        ]
        for r in schedule.rows[:MONTHS]
    ]
    headers = [
        cat.tr("BusinessPlan", "Month"),
        cat.tr("BusinessPlan", "Owed at the start"),
        cat.tr("BusinessPlan", "Interest"),
        cat.tr("BusinessPlan", "Repaid"),
        cat.tr("BusinessPlan", "Owed at the end"),
    ]
    return money_table(ctx, headers, rows, (0.16, 0.22, 0.18, 0.22, 0.22))
