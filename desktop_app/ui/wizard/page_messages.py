"""The inline messages of one step: its findings and, once visited, its missing answers."""

from __future__ import annotations

from typing import Any

from desktop_app.core.finance.answers import missing_required
from desktop_app.services.plans import PlanResult
from desktop_app.ui.wizard.finding_texts import finding_text
from desktop_app.ui.wizard.money_format import format_money, tr
from desktop_app.ui.wizard.step_specs_money import ALL_STEPS

ORDER = {"error": 0, "warning": 1, "info": 2}


def page_messages(
    step: int, result: PlanResult, answers: dict[str, Any], country: str, visited: bool
) -> list[tuple[str, str]]:
    """(kind, sentence) pairs, errors first, each code once."""
    figures = result.figures
    amounts = {
        "financing_shortfall": format_money(max(figures.financing.gap, 0), country),
        "financing_surplus": format_money(max(-figures.financing.gap, 0), country),
        "negative_liquidity": format_money(figures.liquidity.min_closing, country),
    }
    seen: set[str] = set()
    lines: list[tuple[str, str]] = []
    for finding in result.findings:
        if finding.step != step or finding.code in seen or finding.code == "step_unknown":
            continue
        seen.add(finding.code)
        lines.append(
            (
                finding.severity.value,
                finding_text(finding.code, amount=amounts.get(finding.code, "")),
            )
        )
    if visited:
        labels = {f.key: tr(f.label) for f in ALL_STEPS[step].fields}
        for key in missing_required(answers, step):
            lines.append(("warning", finding_text("required", field=labels.get(key, key))))
    return sorted(lines, key=lambda line: ORDER.get(line[0], 3))
