"""The summary page: written last, printed first; the plan's key figures at a glance."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak

from desktop_app.core.finance.break_even import BreakEvenStatus
from desktop_app.core.finance.living_test import LivingResult
from desktop_app.core.finance.operating import MONTHS
from desktop_app.documents import flowables as fl
from desktop_app.documents import styles
from desktop_app.documents.business_plan_analysis import VERDICTS, bank_words, break_even_words
from desktop_app.documents.business_plan_checklist import STATUS_COLOURS
from desktop_app.documents.business_plan_context import PlanContext, fitted, plan_fill
from desktop_app.documents.plan_charts import NEGATIVE

_VERDICT_COLOURS = {
    LivingResult.SELF_SUPPORTING: STATUS_COLOURS["ok"],
    LivingResult.PARTLY: STATUS_COLOURS["needs_work"],
    LivingResult.NOT_YET: STATUS_COLOURS["missing"],
}
_TILE_COLUMNS = 3


def _tiles(ctx: PlanContext) -> Flowable:
    """Six key figures as tinted tiles, three to a row."""
    cat, fmt, figures = ctx.cat, ctx.fmt, ctx.data.figures
    year = figures.operating.years[0]
    living = figures.living_test.years[0]
    be = figures.break_even
    be_text = "–"
    if be.status is BreakEvenStatus.OK and be.costs_only.revenue is not None:
        be_text = fmt.money(be.costs_only.revenue / MONTHS)
    lowest = figures.liquidity.min_closing
    tiles = [
        (cat.tr("BusinessPlan", "Total need"), fmt.money(figures.startup.total_need), None),
        (cat.tr("BusinessPlan", "Revenue, year 1"), fmt.money(year.revenue), None),
        (
            cat.tr("BusinessPlan", "Result before tax, year 1"),
            fmt.money(year.result),
            NEGATIVE if year.result < 0 else None,
        ),
        (cat.tr("BusinessPlan", "Break-even sales per month"), be_text, None),
        (
            cat.tr("BusinessPlan", "Lowest bank balance"),
            fmt.money(lowest),
            NEGATIVE if lowest < 0 else None,
        ),
        (
            cat.tr("BusinessPlan", "Living test, year 1"),
            cat.tr("BusinessPlan", VERDICTS[living.result]),
            _VERDICT_COLOURS[living.result],
        ),
    ]
    width = styles.CONTENT_WIDTH / _TILE_COLUMNS
    cells = []
    for label, value, colour in tiles:
        style = ctx.ps.tile_value
        if colour is not None:
            style = ParagraphStyle("TileValueColoured", parent=style, textColor=colour)
        cells.append(
            [fl.text(label, ctx.ps.tile_label, width - 20), fitted(value, style, width - 20)]
        )
    rows = [cells[i : i + _TILE_COLUMNS] for i in range(0, len(cells), _TILE_COLUMNS)]
    commands = [
        ("BACKGROUND", (0, 0), (-1, -1), styles.ACCENT_SOFT),
        ("LINEAFTER", (0, 0), (-2, -1), 4, styles.WHITE),
        ("LINEBELOW", (0, 0), (-1, -2), 4, styles.WHITE),
    ]
    return fl.layout_table(rows, [width] * _TILE_COLUMNS, commands, (10, 10, 8, 10))


def _financing_sentence(ctx: PlanContext) -> str:
    cat, fmt = ctx.cat, ctx.fmt
    f = ctx.data.figures.financing
    parts = [
        (cat.tr("BusinessPlan", "own funds"), f.own_cash + f.in_kind),
        (cat.tr("BusinessPlan", "microloan"), f.microloan),
        (cat.tr("BusinessPlan", "other loans"), f.other_loans),
        (cat.tr("BusinessPlan", "grants"), f.grants),
    ]
    sources = ", ".join(f"{name} {fmt.money(amount)}" for name, amount in parts if amount)
    return plan_fill(
        cat.tr("BusinessPlan", "The plan needs {need} to start. It is financed by {sources}."),
        need=fmt.money(ctx.data.figures.startup.total_need),
        sources=sources or "–",
    )


def _living_sentence(ctx: PlanContext) -> str:
    cat, fmt = ctx.cat, ctx.fmt
    year = ctx.data.figures.living_test.years[0]
    return plan_fill(
        cat.tr(
            "BusinessPlan",
            "In year 1 the business leaves {cash} for me and my "
            "household, after tax and repayments. We need {need}. "
            "Result: {verdict}.",
        ),
        cash=fmt.money(year.cash_for_owner),
        need=fmt.money(year.need_net_year),
        verdict=cat.tr("BusinessPlan", VERDICTS[year.result]).lower(),
    )


def summary_section(ctx: PlanContext) -> list[Flowable]:
    """Heading, the participant's own summary, key-figure tiles and the plan in plain words."""
    cat, st = ctx.cat, ctx.st
    story: list[Flowable] = [ctx.heading(cat.tr("BusinessPlan", "Summary"))]
    if ctx.data.summary.strip():
        story += [fl.quote_block(ctx.data.summary, st), fl.spacer(10)]
    story += [_tiles(ctx), fl.spacer(6)]
    story.append(fl.subheading(cat.tr("BusinessPlan", "The plan in plain words"), st))
    sentences = [
        _financing_sentence(ctx),
        *break_even_words(ctx)[:2],
        bank_words(ctx),
        _living_sentence(ctx),
    ]
    story += [fl.text_block(sentence, st) for sentence in sentences]
    story.append(PageBreak())
    return story
