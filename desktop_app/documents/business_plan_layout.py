"""Puts the business plan's sections in reading order, with the decoration of every page."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from desktop_app.documents import business_plan_analysis as analysis
from desktop_app.documents import business_plan_budgets as budgets
from desktop_app.documents import business_plan_monthly as monthly
from desktop_app.documents import business_plan_text as text
from desktop_app.documents.business_plan import BusinessPlanData
from desktop_app.documents.business_plan_checklist import checklist_section
from desktop_app.documents.business_plan_context import PlanContext
from desktop_app.documents.business_plan_summary import summary_section
from desktop_app.documents.catalogue import Catalogue, fill
from desktop_app.documents.formatting import format_date
from desktop_app.documents.pdf import LANDSCAPE, PORTRAIT, DocumentPart, PageDecoration


def business_plan_part(data: BusinessPlanData, cat: Catalogue) -> DocumentPart:
    """Cover, summary, the participant's sections, the budgets, the analysis and the checklist."""
    if data.language != cat.language:
        raise ValueError(f"catalogue is {cat.language!r} but the plan is {data.language!r}")
    ctx = PlanContext(data, cat)
    story: list[Flowable] = [*text.cover(ctx), *summary_section(ctx)]
    for key in ("about", "idea", "customers"):
        story += text.answers_section(ctx, key)
    story += text.answers_section(ctx, "products", text.products_table(ctx))
    for key in ("market", "marketing", "practical"):
        story += text.answers_section(ctx, key)
    story.append(PageBreak())
    story += budgets.startup_section(ctx) + budgets.financing_section(ctx)
    story += budgets.operating_section(ctx)
    story += analysis.break_even_section(ctx)
    story += budgets.private_section(ctx) + analysis.living_section(ctx)
    story += analysis.bank_section(ctx)
    story += monthly.loans_section(ctx)
    # Twelve months side by side need the width of a landscape page.
    story += [
        NextPageTemplate(LANDSCAPE),
        PageBreak(),
        *monthly.operating_months(ctx),
        PageBreak(),
        *monthly.liquidity_months(ctx),
        NextPageTemplate(PORTRAIT),
        PageBreak(),
    ]
    story += text.answers_section(ctx, "risks", text.risks_extra(ctx))
    story += text.answers_section(ctx, "goals", text.goals_extra(ctx))
    story += [PageBreak(), *checklist_section(ctx)]
    story += text.signatures(ctx)
    return DocumentPart(_decoration(data, cat), story)


def _decoration(data: BusinessPlanData, cat: Catalogue) -> PageDecoration:
    """Business and person in the header; version, date and "Page x of y" in the footer."""
    when = format_date(data.plan_date or date.today(), cat.language)
    footer = (
        fill(cat.tr("BusinessPlan", "Version {version} · {date}"), version=data.version, date=when)
        if data.version.strip()
        else when
    )
    title = cat.tr("BusinessPlan", "Business plan")
    header = f"{title} · {data.business_name}" if data.business_name.strip() else title
    return PageDecoration(
        header_left=header,
        header_right=data.participant_name,
        footer_left=footer,
        page_label=cat.tr("Document", "Page {page} of {pages}"),
    )
