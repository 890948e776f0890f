"""What the numbers mean: break-even, the living test and money in the bank, in plain words."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable, KeepTogether

from desktop_app.core.finance.break_even import BreakEvenStatus
from desktop_app.core.finance.living_test import LivingResult
from desktop_app.core.finance.operating import MONTHS
from desktop_app.documents import flowables as fl
from desktop_app.documents import styles
from desktop_app.documents.business_plan_context import PlanContext, fitted, money_table, plan_fill
from desktop_app.documents.catalogue import translate_noop
from desktop_app.documents.plan_charts import balance_chart, break_even_chart

VERDICTS = {
    LivingResult.SELF_SUPPORTING: translate_noop("BusinessPlan", "Self-supporting"),
    LivingResult.PARTLY: translate_noop("BusinessPlan", "Partly self-supporting"),
    LivingResult.NOT_YET: translate_noop("BusinessPlan", "Not yet self-supporting"),
}


def break_even_words(ctx: PlanContext) -> list[str]:
    """The break-even point as sentences a participant can repeat to a friend."""
    cat, fmt = ctx.cat, ctx.fmt
    be = ctx.data.figures.break_even
    if be.status is not BreakEvenStatus.OK:
        return [
            cat.tr(
                "BusinessPlan",
                "No break-even point can be calculated yet: each sale "
                "must bring in more than it costs to make.",
            )
        ]
    assert be.costs_only.revenue is not None and be.with_living.revenue is not None
    sentences = [
        plan_fill(
            cat.tr(
                "BusinessPlan",
                "To pay all the costs of the business, sales must reach {costs} a "
                "month (excl. VAT). To also live from it, they must reach "
                "{living} a month.",
            ),
            costs=fmt.money(be.costs_only.revenue / MONTHS),
            living=fmt.money(be.with_living.revenue / MONTHS),
        )
    ]
    products = ctx.data.inputs.operating.products
    for costs, living in zip(be.costs_only.products, be.with_living.products, strict=True):
        sentences.append(
            plan_fill(
                cat.tr(
                    "BusinessPlan",
                    "You must sell {units} of “{product}” a month to pay your "
                    "costs, and {living} to also live from it.",
                ),
                units=str(costs.units_month_whole),
                product=products[costs.product].name,
                living=str(living.units_month_whole),
            )
        )
    if be.months_to_break_even is not None:
        sentences.append(
            plan_fill(
                cat.tr(
                    "BusinessPlan",
                    "By the end of month {month} ({name}), the profits have "
                    "covered all the costs so far.",
                ),
                month=str(be.months_to_break_even),
                name=ctx.month(be.months_to_break_even),
            )
        )
    return sentences


def break_even_section(ctx: PlanContext) -> list[Flowable]:
    """§2.4 in words, a table per product, and the break-even chart."""
    cat, fmt = ctx.cat, ctx.fmt
    figures = ctx.data.figures
    be = figures.break_even
    story: list[Flowable] = [ctx.heading(cat.tr("BusinessPlan", "Break-even"))]
    story += [fl.text_block(sentence, ctx.st) for sentence in break_even_words(ctx)]
    if be.status is not BreakEvenStatus.OK or be.contribution_ratio is None:
        return story
    year = figures.operating.years[0]
    chart = break_even_chart(
        fixed_month=be.costs_only.costs_to_cover / MONTHS,
        living_month=be.with_living.costs_to_cover / MONTHS,
        variable_ratio=Decimal(1) - be.contribution_ratio,
        expected=year.revenue / MONTHS,
        fmt=lambda value: fmt.number(round(value)),
        names=(
            cat.tr("BusinessPlan", "Sales"),
            cat.tr("BusinessPlan", "Costs"),
            cat.tr("BusinessPlan", "Costs and my living"),
            cat.tr("BusinessPlan", "Expected sales, year 1"),
        ),
    )
    axis = plan_fill(
        cat.tr(
            "BusinessPlan",
            "Both axes: {currency} per month, excl. VAT. Where the "
            "sales line crosses a cost line, that is the break-even "
            "point.",
        ),
        currency=ctx.fmt.currency_word(),
    )
    return [*story, fl.spacer(6), chart, fl.text(axis, ctx.st.small)]


def living_section(ctx: PlanContext) -> list[Flowable]:
    """§2.8: cash for the owner against the household's need, years 1-3, with the verdict."""
    cat, fmt = ctx.cat, ctx.fmt
    living = ctx.data.figures.living_test
    years = living.years
    lines = [
        (cat.tr("BusinessPlan", "Result before tax"), [y.result_before_tax for y in years]),
        (cat.tr("BusinessPlan", "Plus depreciation"), [y.depreciation for y in years]),
        (cat.tr("BusinessPlan", "Minus income tax"), [y.income_tax for y in years]),
        (cat.tr("BusinessPlan", "Minus loan repayments"), [y.principal for y in years]),
        (cat.tr("BusinessPlan", "Left for me and my household"), [y.cash_for_owner for y in years]),
        (cat.tr("BusinessPlan", "What my household needs"), [y.need_net_year for y in years]),
    ]
    rows = [[label, *(fmt.amount(v) for v in values)] for label, values in lines]
    rows.append(
        [
            cat.tr("BusinessPlan", "Living ratio"),
            *("" if y.ratio is None else fmt.number(y.ratio, 2) for y in years),
        ]
    )
    column = styles.CONTENT_WIDTH * 0.23 - 12
    verdicts: list[Any] = [
        fitted(cat.tr("BusinessPlan", VERDICTS[y.result]), ctx.ps.status, column, 7.5)
        for y in years
    ]
    rows.append([cat.tr("BusinessPlan", "Result"), *verdicts])
    headers = [fmt.currency_word()] + [
        plan_fill(cat.tr("BusinessPlan", "Year {year}"), year=str(y.year)) for y in years
    ]
    intro = plan_fill(
        cat.tr(
            "BusinessPlan",
            "Can I live from the business? What the business "
            "leaves after tax and repayments, compared with what my "
            "household needs. A ratio of {one} or more means "
            "self-supporting.",
        ),
        one=fmt.number(1, 1),
    )
    story: list[Flowable] = [
        KeepTogether(
            [
                ctx.heading(cat.tr("BusinessPlan", "The living test")),
                fl.text_block(intro, ctx.st),
                money_table(ctx, headers, rows, (0.31, 0.23, 0.23, 0.23), totals=[4]),
            ]
        )
    ]
    if living.first_month_covering_draw is not None:
        month = living.first_month_covering_draw
        story.append(fl.spacer(4))
        story.append(
            fl.text_block(
                plan_fill(
                    cat.tr(
                        "BusinessPlan",
                        "From month {month} ({name}) the business pays my private "
                        "draw from its own sales.",
                    ),
                    month=str(month),
                    name=ctx.month(month),
                ),
                ctx.st,
            )
        )
    return story


def bank_words(ctx: PlanContext) -> str:
    """One sentence: is there money in the account every month?"""
    cat, fmt = ctx.cat, ctx.fmt
    liquidity = ctx.data.figures.liquidity
    month = liquidity.min_month
    if liquidity.min_closing >= 0:
        return plan_fill(
            cat.tr(
                "BusinessPlan",
                "There is money in the account every month. The "
                "lowest balance is {amount} at the end of {month}.",
            ),
            amount=fmt.money(liquidity.min_closing),
            month=ctx.month(month),
        )
    return plan_fill(
        cat.tr(
            "BusinessPlan",
            "At the end of {month} the account is {amount} below "
            "zero. The plan needs that much more financing, or a "
            "credit line.",
        ),
        amount=fmt.money(liquidity.extra_financing_need),
        month=ctx.month(month),
    )


def bank_section(ctx: PlanContext) -> list[Flowable]:
    """§2.5 in words and as a chart of the closing balance per month."""
    cat, fmt = ctx.cat, ctx.fmt
    months = ctx.data.figures.liquidity.months
    chart = balance_chart(
        [ctx.month(m.month).split()[0] for m in months],
        [m.closing for m in months],
        lambda value: fmt.number(round(value)),
        plan_fill(
            cat.tr("BusinessPlan", "Money in the bank at the end of the month ({currency})"),
            currency=fmt.currency_word(),
        ),
    )
    intro = cat.tr(
        "BusinessPlan",
        "The liquidity budget follows the money in and out of the "
        "bank account, VAT included. Month by month details are in "
        "the tables on the next pages.",
    )
    return [
        KeepTogether(
            [
                ctx.heading(cat.tr("BusinessPlan", "Money in the bank")),
                fl.text_block(intro, ctx.st),
                fl.text_block(bank_words(ctx), ctx.st),
                fl.spacer(6),
                chart,
            ]
        )
    ]
