"""The budgets as tables: start-up, financing, operating (years 1-3), private budget."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether

from desktop_app.documents import flowables as fl
from desktop_app.documents.business_plan_context import PlanContext, money_table, plan_fill
from desktop_app.documents.catalogue import translate_noop

EXPENSES = {
    "housing": translate_noop("BusinessPlan", "Housing"),
    "utilities": translate_noop("BusinessPlan", "Heating, water and electricity"),
    "food": translate_noop("BusinessPlan", "Food"),
    "transport": translate_noop("BusinessPlan", "Transport"),
    "insurance": translate_noop("BusinessPlan", "Insurance"),
    "phone": translate_noop("BusinessPlan", "Phone and internet"),
    "childcare": translate_noop("BusinessPlan", "Childcare"),
    "debt_payments": translate_noop("BusinessPlan", "Debt payments"),
    "other": translate_noop("BusinessPlan", "Other"),
}
INCOMES = {
    "partner": translate_noop("BusinessPlan", "Partner's income"),
    "child_benefit": translate_noop("BusinessPlan", "Child benefit"),
    "housing_support": translate_noop("BusinessPlan", "Housing support"),
    "remaining_benefit": translate_noop("BusinessPlan", "Remaining benefit"),
    "other": translate_noop("BusinessPlan", "Other"),
}


def startup_section(ctx: PlanContext) -> list[Flowable]:
    """§2.1: investments, start costs, buffer and the total need."""
    cat, fmt, data = ctx.cat, ctx.fmt, ctx.data
    s, budget = data.inputs.startup, data.figures.startup
    rows: list[list[str]] = []
    typed = Decimal(0)
    for inv in s.investments:
        life = plan_fill(cat.tr("BusinessPlan", "{years} years"), years=str(inv.life_years))
        name = inv.name
        if inv.in_kind:
            name += " (" + cat.tr("BusinessPlan", "brought in by me") + ")"
        rows.append([name, life, fmt.money(inv.amount_excl_vat)])
        typed += inv.amount_excl_vat
    for cost in s.start_costs:
        rows.append([cost.name, "", fmt.money(cost.amount_excl_vat)])
        typed += cost.amount_excl_vat
    hidden_vat = budget.investments + budget.start_costs - typed
    if hidden_vat:
        rows.append(
            [cat.tr("BusinessPlan", "VAT that cannot be reclaimed"), "", fmt.money(hidden_vat)]
        )
    buffer = plan_fill(
        cat.tr("BusinessPlan", "Buffer: {months} months of fixed costs"),
        months=str(max(0, s.buffer_months)),
    )
    rows.append([buffer, "", fmt.money(budget.buffer)])
    if budget.input_vat:
        rows.append(
            [
                cat.tr("BusinessPlan", "VAT to pay before it is refunded"),
                "",
                fmt.money(budget.input_vat),
            ]
        )
    rows.append([cat.tr("BusinessPlan", "Total need"), "", fmt.money(budget.total_need)])
    headers = [
        cat.tr("BusinessPlan", "What I need before the first sale"),
        cat.tr("BusinessPlan", "Written off over"),
        cat.tr("BusinessPlan", "Amount"),
    ]
    intro = cat.tr(
        "BusinessPlan",
        "Amounts excl. VAT. The buffer pays the fixed costs while sales are still growing.",
    )
    return [
        ctx.heading(cat.tr("BusinessPlan", "Start-up budget")),
        fl.text(intro, ctx.st.muted),
        money_table(ctx, headers, rows, (0.55, 0.2, 0.25), totals=[len(rows) - 1]),
    ]


def financing_section(ctx: PlanContext) -> list[Flowable]:
    """§2.2: where the money comes from, the gap and the owner's share."""
    cat, fmt = ctx.cat, ctx.fmt
    f, inputs = ctx.data.figures.financing, ctx.data.inputs.financing
    rows = [[cat.tr("BusinessPlan", "Own funds"), fmt.money(f.own_cash)]]
    for item in inputs.in_kind:
        rows.append(
            [cat.tr("BusinessPlan", "Brought in by me") + ": " + item.name, fmt.money(item.value)]
        )
    if f.microloan:
        rows.append([cat.tr("BusinessPlan", "Microloan"), fmt.money(f.microloan)])
    for loan in inputs.other_loans:
        if loan.amount > 0:
            lender = loan.lender.strip() or cat.tr("BusinessPlan", "Other loan")
            rows.append([lender, fmt.money(loan.amount)])
    if f.grants:
        rows.append([cat.tr("BusinessPlan", "Grant"), fmt.money(f.grants)])
    rows += [
        [cat.tr("BusinessPlan", "Total financing"), fmt.money(f.total)],
        [cat.tr("BusinessPlan", "Total need"), fmt.money(f.total + f.gap)],
        [cat.tr("BusinessPlan", "Still missing"), fmt.money(f.gap)],
    ]
    headers = [
        cat.tr("BusinessPlan", "Where the money comes from"),
        cat.tr("BusinessPlan", "Amount"),
    ]
    story = [
        ctx.heading(cat.tr("BusinessPlan", "Financing")),
        money_table(ctx, headers, rows, (0.7, 0.3), totals=[len(rows) - 3]),
    ]
    if f.own_share is not None:
        share = plan_fill(
            cat.tr("BusinessPlan", "My own share of the financing: {share}."),
            share=fmt.percent(f.own_share),
        )
        story += [fl.spacer(4), fl.text_block(share, ctx.st)]
    return story


def operating_section(ctx: PlanContext) -> list[Flowable]:
    """§2.3: revenue to result for years 1-3, fixed costs, and a monthly chart."""
    cat, fmt, data = ctx.cat, ctx.fmt, ctx.data
    years = data.figures.operating.years
    lines = [
        (cat.tr("BusinessPlan", "Revenue"), [y.revenue for y in years]),
        (cat.tr("BusinessPlan", "Variable costs"), [y.variable_costs for y in years]),
        (cat.tr("BusinessPlan", "Contribution margin"), [y.contribution for y in years]),
        (cat.tr("BusinessPlan", "Fixed costs"), [y.fixed_costs for y in years]),
        (cat.tr("BusinessPlan", "Depreciation"), [y.depreciation for y in years]),
        (cat.tr("BusinessPlan", "Interest"), [y.interest for y in years]),
        (cat.tr("BusinessPlan", "Result before tax"), [y.result for y in years]),
    ]
    rows = [[label, *(fmt.amount(v) for v in values)] for label, values in lines]
    ratio = years[0].contribution_ratio
    if ratio is not None:
        rows.insert(
            3,
            [
                cat.tr("BusinessPlan", "Contribution margin ratio"),
                *(
                    fmt.percent(y.contribution_ratio) if y.contribution_ratio is not None else ""
                    for y in years
                ),
            ],
        )
    headers = [fmt.currency_word()] + [
        plan_fill(cat.tr("BusinessPlan", "Year {year}"), year=str(y.period)) for y in years
    ]
    story: list[Flowable] = [
        KeepTogether(
            [
                ctx.heading(cat.tr("BusinessPlan", "Operating budget")),
                fl.text(
                    cat.tr(
                        "BusinessPlan",
                        "Amounts excl. VAT. Year 1 month by month is in the tables at the back.",
                    ),
                    ctx.st.muted,
                ),
                money_table(ctx, headers, rows, (0.37, 0.21, 0.21, 0.21), totals=[len(rows) - 1]),
            ]
        )
    ]
    fixed = data.inputs.operating.fixed_costs
    if fixed:
        per_month = [
            [
                row.name,
                fmt.money(row.monthly_amount_excl_vat),
                fmt.money(row.monthly_amount_excl_vat * 12),
            ]
            for row in fixed
        ]
        total = sum((row.monthly_amount_excl_vat for row in fixed), start=Decimal(0))
        per_month.append([cat.tr("BusinessPlan", "Total"), fmt.money(total), fmt.money(total * 12)])
        headers = [
            cat.tr("BusinessPlan", "Fixed costs"),
            cat.tr("BusinessPlan", "Per month"),
            cat.tr("BusinessPlan", "Per year"),
        ]
        story += [
            KeepTogether(
                [
                    fl.subheading(cat.tr("BusinessPlan", "Fixed costs in detail"), ctx.st),
                    money_table(
                        ctx, headers, per_month, (0.5, 0.25, 0.25), totals=[len(per_month) - 1]
                    ),
                ]
            )
        ]
    return story


def private_section(ctx: PlanContext) -> list[Flowable]:
    """§2.6: what the household needs each month, and what the business must earn for it."""
    cat, fmt = ctx.cat, ctx.fmt
    inputs, budget = ctx.data.inputs.private, ctx.data.figures.private_budget
    if not inputs.expenses and not inputs.incomes:
        return []
    rows = [
        [cat.tr("BusinessPlan", EXPENSES[e.kind.value]), fmt.money(e.amount)]
        for e in inputs.expenses
    ]
    rows.append([cat.tr("BusinessPlan", "Household expenses"), fmt.money(budget.expenses_month)])
    totals = [len(rows) - 1]
    for income in inputs.incomes:
        rows.append(
            [
                cat.tr("BusinessPlan", "Minus")
                + ": "
                + cat.tr("BusinessPlan", INCOMES[income.kind.value]),
                fmt.money(income.amount),
            ]
        )
    rows.append(
        [
            cat.tr("BusinessPlan", "I need from the business each month"),
            fmt.money(budget.need_net_month),
        ]
    )
    totals.append(len(rows) - 1)
    headers = [cat.tr("BusinessPlan", "My household"), cat.tr("BusinessPlan", "Per month")]
    gross = plan_fill(
        cat.tr(
            "BusinessPlan",
            "With an expected tax rate of {rate}, the business must earn "
            "{gross} a year before tax to pay for this.",
        ),
        rate=fmt.percent(budget.tax_rate, 0),
        gross=fmt.money(budget.need_gross_year),
    )
    return [
        ctx.heading(cat.tr("BusinessPlan", "Private budget")),
        money_table(ctx, headers, rows, (0.7, 0.3), totals=totals),
        fl.spacer(4),
        fl.text_block(gross, ctx.st),
    ]
