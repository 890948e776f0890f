"""The case-worker checklist (§3) with a traffic light per item."""

from __future__ import annotations

from collections import Counter

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop_app.core.finance.living_test import LivingResult
from desktop_app.documents import flowables as fl
from desktop_app.documents.business_plan_analysis import VERDICTS
from desktop_app.documents.business_plan_context import PlanContext, plan_fill
from desktop_app.documents.catalogue import translate_noop

ITEMS = {
    1: translate_noop("BusinessPlan", "The person: motivation, skills, experience, hours"),
    2: translate_noop("BusinessPlan", "Health and personal barriers are manageable"),
    3: translate_noop("BusinessPlan", "Debts are known, with no problem debt or a plan for it"),
    4: translate_noop("BusinessPlan", "Income support during the start is arranged"),
    5: translate_noop("BusinessPlan", "Idea clearly described: what, for whom, why me"),
    6: translate_noop("BusinessPlan", "Evidence of demand: customers asked, orders"),
    7: translate_noop("BusinessPlan", "Competitors and prices compared"),
    8: translate_noop("BusinessPlan", "Concrete marketing plan for the first customers"),
    9: translate_noop("BusinessPlan", "Permits, insurance, registration and VAT"),
    10: translate_noop("BusinessPlan", "Start-up budget complete, with quotes"),
    11: translate_noop("BusinessPlan", "Financing covers the whole need"),
    12: translate_noop("BusinessPlan", "Sales assumptions are realistic"),
    13: translate_noop("BusinessPlan", "Money in the bank every month"),
    14: translate_noop("BusinessPlan", "The loan can be repaid from the surplus"),
    15: translate_noop("BusinessPlan", "The living test"),
    16: translate_noop("BusinessPlan", "Risks and plan B"),
    17: translate_noop("BusinessPlan", "Documents attached (ID, quotes, contracts)"),
    18: translate_noop("BusinessPlan", "Decision"),
}
STATUS_LABELS = {
    "ok": translate_noop("BusinessPlan", "OK"),
    "needs_work": translate_noop("BusinessPlan", "Needs work"),
    "missing": translate_noop("BusinessPlan", "Missing"),
    "manual": translate_noop("BusinessPlan", "Coach assesses"),
    "not_applicable": translate_noop("BusinessPlan", "Not relevant"),
}
STATUS_COLOURS = {
    "ok": colors.HexColor("#2E7D32"),
    "needs_work": colors.HexColor("#D08C00"),
    "missing": colors.HexColor("#B3261E"),
    "manual": colors.HexColor("#8A969C"),
    "not_applicable": colors.HexColor("#C9D0D3"),
}
# Health notes are special-category data (GDPR Art. 9): a coach's comment there never prints.
PRIVATE_COMMENTS = frozenset({2})
_RESULTS = frozenset(result.value for result in LivingResult)


class TrafficLight(Flowable):  # type: ignore[misc]
    """A coloured dot followed by the status word (the word keeps it readable in grey print)."""

    def __init__(self, status: str, label: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.status, self.label, self.style = status, label, style
        self.size = style.fontSize

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """One line: dot, gap, word; the word gets smaller (to 8 pt) rather than overflow."""
        self.size = self.style.fontSize
        while self.size > 8 and 16 + self._text_width() > availWidth:
            self.size -= 0.5
        return 16 + self._text_width(), self.style.leading

    def _text_width(self) -> float:
        return float(stringWidth(self.label, self.style.fontName, self.size))

    def draw(self) -> None:
        """Dot centred on the text's x-height, then the word."""
        canvas, style = self.canv, self.style
        baseline = style.leading - style.fontSize
        canvas.setFillColor(STATUS_COLOURS[self.status])
        canvas.circle(5.5, baseline + style.fontSize * 0.35, 5.5, stroke=0, fill=1)
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, self.size)
        canvas.drawString(16, baseline, self.label)


def checklist_statuses(ctx: PlanContext) -> dict[int, tuple[str, str, str | None]]:
    """Item number -> (status, comment, value); the coach's score wins over the computed one."""
    scores = {score.number: score for score in ctx.data.checklist}
    result = {}
    for item in ctx.data.figures.checklist:
        score = scores.get(item.number)
        status = score.status if score else item.status.value
        comment = score.comment if score and item.number not in PRIVATE_COMMENTS else ""
        result[item.number] = (status, comment, item.value)
    return result


def checklist_section(ctx: PlanContext) -> list[Flowable]:
    """All 18 items: number, what is checked, a traffic light and the coach's comment."""
    cat, st = ctx.cat, ctx.st
    statuses = checklist_statuses(ctx)
    rows = []
    for number, (status, comment, value) in statuses.items():
        if number == 15 and value in _RESULTS and not comment:
            comment = cat.tr("BusinessPlan", VERDICTS[LivingResult(value)])
        if number == 18 and ctx.data.decision.strip():
            comment = ctx.data.decision
        label = cat.tr("BusinessPlan", STATUS_LABELS[status])
        rows.append(
            [
                str(number),
                cat.tr("BusinessPlan", ITEMS[number]),
                TrafficLight(status, label, ctx.ps.status),
                comment,
            ]
        )
    headers = [
        "#",
        cat.tr("BusinessPlan", "What is checked"),
        cat.tr("BusinessPlan", "Status"),
        cat.tr("BusinessPlan", "Comment"),
    ]
    counts = Counter(status for status, _, _ in statuses.values())
    overview = " · ".join(
        f"{counts[key]} {cat.tr('BusinessPlan', STATUS_LABELS[key]).lower()}"
        if key != "ok"
        else f"{counts[key]} {cat.tr('BusinessPlan', STATUS_LABELS[key])}"
        for key in STATUS_LABELS
        if counts[key]
    )
    intro = cat.tr(
        "BusinessPlan",
        "The points a caseworker or a lender looks at. Green is OK, "
        "amber needs work, red is missing; grey points are for the "
        "coach to assess in the meeting.",
    )
    table = fl.data_table(headers, rows, (0.06, 0.44, 0.24, 0.26), st)
    return [
        ctx.heading(cat.tr("BusinessPlan", "Checklist")),
        fl.text_block(intro, st),
        fl.text(
            plan_fill(cat.tr("BusinessPlan", "Overview: {counts}"), counts=overview),
            ctx.st.label,
        ),
        table,
    ]
