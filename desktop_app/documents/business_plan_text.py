"""The plan's words: cover, the participant's answers step by step, risks, goals, signatures."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from desktop_app.core.finance.inputs import Purpose
from desktop_app.documents import flowables as fl
from desktop_app.documents import styles
from desktop_app.documents.business_plan import SECTIONS
from desktop_app.documents.business_plan_context import PlanContext, plan_fill
from desktop_app.documents.catalogue import translate_noop
from desktop_app.documents.formatting import format_date, format_date_short
from desktop_app.documents.handout import GOAL_STATUSES
from desktop_app.documents.shared_sections import contact_rows

PURPOSES = {
    Purpose.MICROLOAN: translate_noop("BusinessPlan", "Application for a microloan"),
    Purpose.OWN_USE: translate_noop("BusinessPlan", "My own plan"),
    Purpose.BANK: translate_noop("BusinessPlan", "Application for a bank loan"),
}
UNITS = {
    "piece": translate_noop("BusinessPlan", "piece"),
    "hour": translate_noop("BusinessPlan", "hour"),
    "job": translate_noop("BusinessPlan", "job"),
}
VAT_CODES = {
    "standard": translate_noop("BusinessPlan", "standard rate"),
    "reduced": translate_noop("BusinessPlan", "reduced rate"),
    "zero": translate_noop("BusinessPlan", "0 %"),
    "exempt": translate_noop("BusinessPlan", "exempt"),
}


def cover(ctx: PlanContext) -> list[Flowable]:
    """Title block in the accent colour, then who, what for and which version."""
    data, cat, ps = ctx.data, ctx.cat, ctx.ps
    width = styles.CONTENT_WIDTH
    inner = width - 2 * 14 * mm
    block = [
        fl.text(cat.tr("BusinessPlan", "Business plan"), ps.cover_overline, inner),
        fl.text(data.business_name, ps.cover_title, inner),
        fl.text(data.participant_name, ps.cover_lead, inner),
    ]
    band = fl.layout_table(
        [[block]],
        [width],
        [("BACKGROUND", (0, 0), (-1, -1), styles.ACCENT)],
        (14 * mm, 14 * mm, 16 * mm, 16 * mm),
    )
    start = ctx.month(1)
    rows = [
        (cat.tr("BusinessPlan", "Purpose"), cat.tr("BusinessPlan", PURPOSES[data.inputs.purpose])),
        (cat.tr("BusinessPlan", "Planned start"), start),
        (cat.tr("BusinessPlan", "Programme"), data.programme),
        (cat.tr("BusinessPlan", "Plan version"), data.version),
    ]
    if data.plan_date:
        rows.append((cat.tr("BusinessPlan", "Date"), format_date(data.plan_date, cat.language)))
    if data.coach:
        rows += contact_rows(data.coach, cat)
    facts = [(label, value) for label, value in rows if value.strip()]
    story: list[Flowable] = [fl.spacer(30 * mm), band, fl.spacer(12 * mm)]
    story.append(fl.facts_card(facts, ctx.st))
    note = plan_fill(
        cat.tr(
            "BusinessPlan",
            "All amounts are in {currency}. The budgets are excl. VAT; the liquidity budget is "
            "incl. VAT, because VAT passes through the bank account.",
        ),
        currency=ctx.fmt.currency_word(),
    )
    story += [fl.spacer(10 * mm), fl.text(note, ctx.st.muted), PageBreak()]
    return story


def answers_section(
    ctx: PlanContext, key: str, extra: list[Flowable] | None = None
) -> list[Flowable]:
    """A wizard step's questions and answers under a numbered heading (left out when empty)."""
    answers = [a for a in ctx.data.answers.get(key, ()) if a.answer.strip()]
    body: list[Flowable] = []
    for answer in answers:
        body += [fl.text(answer.question, ctx.ps.question), fl.text_block(answer.answer, ctx.st)]
    body += extra or []
    if not body:
        return []
    return [ctx.heading(ctx.cat.tr("BusinessPlan", SECTIONS[key])), *body]


def products_table(ctx: PlanContext) -> list[Flowable]:
    """Each product: unit, price and unit cost excl. VAT, VAT rate, margin per unit."""
    cat, fmt = ctx.cat, ctx.fmt
    products = ctx.data.inputs.operating.products
    if not products:
        return []
    headers = [
        cat.tr("BusinessPlan", "Product"),
        cat.tr("BusinessPlan", "Unit"),
        cat.tr("BusinessPlan", "Price excl. VAT"),
        cat.tr("BusinessPlan", "Cost per unit"),
        cat.tr("BusinessPlan", "VAT"),
    ]
    rows = [
        [
            p.name,
            cat.tr("BusinessPlan", UNITS[p.unit.value]),
            fmt.money(p.price_excl_vat),
            fmt.money(p.variable_cost_per_unit),
            cat.tr("BusinessPlan", VAT_CODES[p.vat_rate.value]),
        ]
        for p in products
    ]
    table = fl.data_table(headers, rows, (0.24, 0.14, 0.2, 0.2, 0.22), ctx.st, (2, 3))
    return [fl.spacer(4), table]


def risks_extra(ctx: PlanContext) -> list[Flowable]:
    """The SWOT as a 2×2 grid and the top risks with what the participant will do."""
    cat, st = ctx.cat, ctx.st
    story: list[Flowable] = []
    swot = ctx.data.swot
    if swot and any((swot.strengths, swot.weaknesses, swot.opportunities, swot.threats)):

        def quarter(title: str, items: object) -> list[Flowable]:
            lines = [line for line in items if str(line).strip()]  # type: ignore[attr-defined]
            return [fl.text(title, ctx.ps.question)] + [
                fl.text("• " + line, st.table_cell, styles.CONTENT_WIDTH / 2 - 20) for line in lines
            ]

        grid = [
            [
                quarter(cat.tr("BusinessPlan", "Strengths"), swot.strengths),
                quarter(cat.tr("BusinessPlan", "Weaknesses"), swot.weaknesses),
            ],
            [
                quarter(cat.tr("BusinessPlan", "Opportunities"), swot.opportunities),
                quarter(cat.tr("BusinessPlan", "Threats"), swot.threats),
            ],
        ]
        commands = [
            ("BACKGROUND", (0, 0), (0, 0), styles.ACCENT_SOFT),
            ("BACKGROUND", (1, 0), (1, 0), styles.SAND),
            ("BACKGROUND", (0, 1), (0, 1), styles.SAND),
            ("BACKGROUND", (1, 1), (1, 1), styles.ACCENT_SOFT),
            ("LINEAFTER", (0, 0), (0, -1), 2, styles.WHITE),
            ("LINEBELOW", (0, 0), (-1, 0), 2, styles.WHITE),
        ]
        half = styles.CONTENT_WIDTH / 2
        story += [
            fl.subheading("SWOT", st),
            fl.layout_table(grid, [half, half], commands, (10, 10, 6, 10)),
        ]
    risks = [r for r in ctx.data.risks if r.risk.strip()]
    if risks:
        headers = [
            cat.tr("BusinessPlan", "What could go wrong"),
            cat.tr("BusinessPlan", "What I will do then"),
        ]
        story += [
            fl.subheading(cat.tr("BusinessPlan", "Top risks"), st),
            fl.data_table(headers, [[r.risk, r.response] for r in risks], (0.45, 0.55), st),
        ]
    return story


def goals_extra(ctx: PlanContext) -> list[Flowable]:
    """The SMART goals as a table."""
    cat, goals = ctx.cat, ctx.data.goals
    if not goals:
        return []
    headers = [
        cat.tr("Handout", "Goal"),
        cat.tr("Handout", "How I will know"),
        cat.tr("Handout", "Deadline"),
        cat.tr("Handout", "Status"),
    ]
    rows = [
        [
            g.goal,
            g.measure,
            format_date_short(g.deadline, cat.language) if g.deadline else "",
            cat.tr("Handout", GOAL_STATUSES[g.status]),
        ]
        for g in goals
    ]
    return [fl.spacer(4), fl.data_table(headers, rows, (0.35, 0.29, 0.17, 0.19), ctx.st)]


def signatures(ctx: PlanContext) -> list[Flowable]:
    """Two signature lines: participant and coach, each with date."""
    cat, st = ctx.cat, ctx.st
    gap = 12 * mm
    half = (styles.CONTENT_WIDTH - gap) / 2
    coach = ctx.data.coach.name if ctx.data.coach else ""
    cells = [
        [fl.spacer(22 * mm), "", fl.spacer(22 * mm)],
        [
            fl.text(
                cat.tr("BusinessPlan", "Participant") + ": " + ctx.data.participant_name,
                st.table_cell,
                half,
            ),
            "",
            fl.text(
                cat.tr("Document", "Coach") + (": " + coach if coach.strip() else ""),
                st.table_cell,
                half,
            ),
        ],
        [
            fl.text(cat.tr("BusinessPlan", "Date and signature"), st.small, half),
            "",
            fl.text(cat.tr("BusinessPlan", "Date and signature"), st.small, half),
        ],
    ]
    commands = [
        ("LINEABOVE", (0, 1), (0, 1), 0.8, styles.INK),
        ("LINEABOVE", (2, 1), (2, 1), 0.8, styles.INK),
    ]
    table = fl.layout_table(cells, [half, gap, half], commands, (0, 0, 2, 2))
    intro = cat.tr("BusinessPlan", "We have read this plan together.")
    return [
        KeepTogether(
            [ctx.heading(cat.tr("BusinessPlan", "Signatures")), fl.text_block(intro, st), table]
        )
    ]
