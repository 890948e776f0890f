"""A participant's business plan as BusinessPlanData: answers worded for print, all figures."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop_app.core.errors import OpstartError
from desktop_app.core.finance.answers import decimal_of, int_of, lines, rows
from desktop_app.documents.business_plan import (
    BusinessPlanData,
    ChecklistScore,
    PlanAnswer,
    Risk,
    Swot,
)
from desktop_app.documents.catalogue import Catalogue, fill
from desktop_app.documents.formatting import format_date, format_decimal, format_money
from desktop_app.documents.handout import SmartGoal
from desktop_app.documents.plan_answer_labels import (
    CHOICES,
    SECTION_KEYS,
    choice,
    competitor_part,
    question,
)
from desktop_app.documents.profile_labels import code_label
from desktop_app.documents.records import CoachContact
from desktop_app.services.plan_versions import PlanVersionService
from desktop_app.services.plans import PlanResult, PlanState

SCORES = ("ok", "needs_work", "missing")
# The coach's decision (checklist item 18) as a traffic light.
DECISION_STATUS = {"approve": "ok", "approve_with_conditions": "needs_work", "not_now": "missing"}
# Item 2 is health and barriers (GDPR Art. 9): its comment never leaves the vault on paper.
PRIVATE_ITEMS = frozenset({2})
BUSINESS_NAME_MAX = 80
_NUMBERS = ("about.hours_per_week", "customers.asked", "customers.nearby")


class NoPlan(OpstartError):
    """The participant has no business plan yet."""

    code = "no_plan"


def _bullets(items: list[str]) -> str:
    return items[0] if len(items) == 1 else "\n".join("• " + item for item in items)


class PlanAnswerWriter:
    """Words one plan's stored answers the way the printed plan shows them."""

    def __init__(self, cat: Catalogue, country: str, currency: str) -> None:
        self.cat, self.country, self.currency = cat, country, currency

    def text(self, key: str, value: Any) -> str:
        """An answer as printed text ("" when there is nothing to print)."""
        lang = self.cat.language
        if key == "market.competitors":
            return (
                _bullets([c for c in map(self._competitor, rows(value)) if c])
                if rows(value)
                else ""
            )
        if key == "marketing.channels":
            return ", ".join(choice(self.cat, key, code) for code in lines(value))
        if key in CHOICES and isinstance(value, str):
            return choice(self.cat, key, value) if value else ""
        if key == "practical.start_date" and isinstance(value, str):
            try:
                return format_date(date.fromisoformat(value), lang)
            except ValueError:
                return value
        if key in _NUMBERS:
            number = int_of(value)
            return "" if number is None else format_decimal(number, lang)
        if isinstance(value, list):
            found = lines(value)
            return _bullets(found) if found else ""
        return value.strip() if isinstance(value, str) else ""

    def _competitor(self, row: Mapping[str, Any]) -> str:
        parts = [str(row.get("name") or "").strip()]
        price = decimal_of(row.get("price"))
        if price is not None:
            money = format_money(price, self.cat.language, self.currency)
            parts.append(fill(competitor_part(self.cat, "price"), value=money))
        for column in ("strong", "weak"):
            words = str(row.get(column) or "").strip()
            if words:
                parts.append(fill(competitor_part(self.cat, column), value=words))
        return " · ".join(part for part in parts if part)

    def sections(self, answers: Mapping[str, Any]) -> dict[str, list[PlanAnswer]]:
        """Section key -> the printed questions and answers that have an answer."""
        found: dict[str, list[PlanAnswer]] = {}
        for section, keys in SECTION_KEYS.items():
            pairs = [
                PlanAnswer(question(self.cat, key, self.country), text)
                for key in keys
                if (text := self.text(key, answers.get(key)))
            ]
            if pairs:
                found[section] = pairs
        return found


def _swot(answers: Mapping[str, Any]) -> Swot | None:
    parts = [
        lines(answers.get(f"risks.{k}"))
        for k in ("strengths", "weaknesses", "opportunities", "threats")
    ]
    return Swot(*map(tuple, parts)) if any(parts) else None


def _goals(answers: Mapping[str, Any]) -> tuple[SmartGoal, ...]:
    goals = []
    for row in rows(answers.get("goals.smart")):
        text = str(row.get("goal") or "").strip()
        if not text:
            continue
        try:
            when = date.fromisoformat(str(row.get("date") or ""))
        except ValueError:
            when = None
        goals.append(SmartGoal(text, str(row.get("measure") or "").strip(), when))
    return tuple(goals)


def checklist_scores(
    cat: Catalogue, answers: Mapping[str, Any], result: PlanResult
) -> tuple[tuple[ChecklistScore, ...], str]:
    """The coach's scores and comments (items 1-17) and the decision text (item 18)."""
    computed = {item.number: item.status.value for item in result.figures.checklist}
    scores, decision = [], ""
    for number in range(1, 19):
        value = answers.get(f"checklist.{number}")
        value = value if isinstance(value, dict) else {}
        score = str(value.get("score") or "")
        comment = "" if number in PRIVATE_ITEMS else str(value.get("comment") or "").strip()
        if number == 18:
            label = code_label(cat, "decision", score, {})
            decision = ": ".join(part for part in (label, comment) if part)
            if score in DECISION_STATUS:
                scores.append(ChecklistScore(18, DECISION_STATUS[score]))
        elif score in SCORES:
            scores.append(ChecklistScore(number, score, comment))
        elif comment and number in computed:
            scores.append(ChecklistScore(number, computed[number], comment))
    return tuple(scores), decision


def version_label(vault: Any, state: PlanState) -> str:
    """ "2 – Loan application" when the plan is as saved in its last version, else the next
    number: the plan printed is newer than every saved version."""
    versions = PlanVersionService(vault)
    saved = versions.list_versions(state.id)
    if not saved:
        return "1"
    answers, unknown = versions.snapshot(state.id, saved[-1].id)
    if answers == dict(state.answers) and unknown == state.unknown:
        return f"{len(saved)} – {saved[-1].label}"
    return str(len(saved) + 1)


def business_name(answers: Mapping[str, Any], idea: str) -> str:
    """What the cover prints as the plan's title: the idea in one line."""
    for text in (answers.get("idea.what"), idea):
        first = next(iter(lines(text)), "") if isinstance(text, str) else ""
        if first:
            return (
                first if len(first) <= BUSINESS_NAME_MAX else first[: BUSINESS_NAME_MAX - 1] + "…"
            )
    return ""


def plan_data(
    cat: Catalogue,
    state: PlanState,
    result: PlanResult,
    *,
    participant_name: str,
    profile_values: Mapping[str, Any],
    coach: CoachContact | None,
    version: str,
    today: date,
) -> BusinessPlanData:
    """BusinessPlanData in the catalogue's language from a plan and its computed result."""
    answers = state.answers
    writer = PlanAnswerWriter(cat, state.country, result.figures.currency)
    checklist, decision = checklist_scores(cat, answers, result)
    risks = tuple(
        Risk(str(r.get("risk") or "").strip(), str(r.get("action") or "").strip())
        for r in rows(answers.get("risks.top"))
        if str(r.get("risk") or "").strip()
    )
    return BusinessPlanData(
        participant_name=participant_name,
        business_name=business_name(answers, str(profile_values.get("business_idea") or "")),
        language=cat.language,
        inputs=result.inputs,
        figures=result.figures,
        version=version,
        plan_date=today,
        programme=str(profile_values.get("programme") or ""),
        coach=coach,
        answers=writer.sections(answers),
        swot=_swot(answers),
        risks=risks,
        goals=_goals(answers),
        checklist=checklist,
        decision=decision,
    )
