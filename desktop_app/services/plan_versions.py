"""Saved plan versions and a readable comparison of two of them (or of one with now)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop_app.core.errors import OpstartError
from desktop_app.core.finance.answers import step_of
from desktop_app.services.plans import PlanResult, PlanService, encode_answer, evaluate
from desktop_app.storage.plan_models import Plan, PlanVersion
from desktop_app.storage.vault import Vault

CURRENT = "current"
MAX_LABEL = 120


@dataclass(frozen=True)
class VersionRow:
    """A saved version as the list shows it."""

    id: str
    plan_id: str
    label: str
    created_hlc: str


@dataclass(frozen=True)
class Difference:
    """One changed answer part: `key` is the answer, `path` the part inside it ("" = whole)."""

    step: int
    key: str
    path: str
    before: str
    after: str


@dataclass(frozen=True)
class FigureDifference:
    """A key figure that changed between the two versions (codes; the UI names them)."""

    code: str
    before: str
    after: str


@dataclass(frozen=True)
class Comparison:
    """Answer differences in step order and the key figures that moved."""

    answers: tuple[Difference, ...]
    figures: tuple[FigureDifference, ...]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(v for v in value if v.strip())
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _row_label(row: dict[str, Any], index: int) -> str:
    for name in ("name", "risk", "goal", "lender"):
        if isinstance(row.get(name), str) and row[name].strip():
            return str(row[name]).strip()
    return f"#{index + 1}"


def flatten(key: str, value: Any) -> dict[str, str]:
    """Readable parts of an answer: table rows by their name, dict entries by their key."""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        out: dict[str, str] = {}
        for index, row in enumerate(value):
            label = _row_label(row, index)
            for column, cell in row.items():
                if column != "id":
                    out[f"{label} · {column}"] = _text(cell)
        return out
    if isinstance(value, dict):
        return {str(k): _text(v) for k, v in value.items()}
    return {"": _text(value)}


def diff_answers(before: dict[str, Any], after: dict[str, Any]) -> list[Difference]:
    """Every part that was added, removed or changed, in step order."""
    found: list[Difference] = []
    for key in sorted(set(before) | set(after), key=lambda k: (step_of(k), k)):
        old, new = flatten(key, before.get(key)), flatten(key, after.get(key))
        for path in sorted(set(old) | set(new)):
            a, b = old.get(path, ""), new.get(path, "")
            if a != b:
                found.append(Difference(step_of(key), key, path, a, b))
    return found


def key_figures(result: PlanResult) -> dict[str, str]:
    """The figures a comparison reports."""
    f = result.figures
    be = f.break_even
    units = be.costs_only.products[0].units_month_whole if be.costs_only.products else None
    return {
        "total_need": str(f.startup.total_need),
        "financing_gap": str(f.financing.gap),
        "revenue_year1": str(f.operating.years[0].revenue),
        "result_year1": str(f.operating.years[0].result),
        "break_even_units_month": "" if units is None else str(units),
        "lowest_balance": str(f.liquidity.min_closing),
        "living_test": f.living_test.years[0].result.value,
    }


class PlanVersionService:
    """Save, list and compare versions of a plan."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._plans = PlanService(vault)

    def save_version(self, plan_id: str, label: str) -> VersionRow:
        """Snapshot the plan's answers and inputs under `label`."""
        label = label.strip()[:MAX_LABEL]
        if not label:
            raise OpstartError(
                'Give the version a name, for example "Loan application".', code="required"
            )
        state = self._plans.get(plan_id)
        result = self._plans.compute_state(state)
        snapshot = {"answers": dict(state.answers), "unknown": sorted(state.unknown)}
        with self._vault.transaction() as session:
            version = PlanVersion(
                plan_id=plan_id,
                label=label,
                created_hlc=self._vault.clock.now().encode(),
                answers_json=encode_answer(snapshot),
                inputs_json=json.dumps(result.inputs.to_dict(), ensure_ascii=False),
            )
            session.add(version)
            session.flush()
            return VersionRow(version.id, plan_id, version.label, version.created_hlc)

    def list_versions(self, plan_id: str) -> list[VersionRow]:
        """Versions of a plan, oldest first."""
        with self._vault.transaction() as session:
            rows = session.scalars(
                select(PlanVersion)
                .where(PlanVersion.plan_id == plan_id)
                .order_by(PlanVersion.created_hlc)
            )
            return [VersionRow(v.id, v.plan_id, v.label, v.created_hlc) for v in rows]

    def snapshot(self, plan_id: str, version_id: str) -> tuple[dict[str, Any], frozenset[str]]:
        """Answers and unknown keys of a version, or of the plan now for CURRENT."""
        if version_id == CURRENT:
            state = self._plans.get(plan_id)
            return dict(state.answers), state.unknown
        with self._vault.transaction() as session:
            version = session.get(PlanVersion, version_id)
            if version is None or version.plan_id != plan_id:
                raise OpstartError("That version of the plan no longer exists.", code="not_found")
            data = json.loads(version.answers_json or "{}")
        answers = data.get("answers") if isinstance(data, dict) else None
        unknown = data.get("unknown") if isinstance(data, dict) else None
        return (
            answers if isinstance(answers, dict) else {},
            frozenset(k for k in unknown or [] if isinstance(k, str)),
        )

    def compare(self, plan_id: str, before_id: str, after_id: str = CURRENT) -> Comparison:
        """What changed from one version to another, answers and key figures."""
        with self._vault.transaction() as session:
            plan = session.get(Plan, plan_id)
            country = plan.country if plan is not None else "DK"
        before, unknown_before = self.snapshot(plan_id, before_id)
        after, unknown_after = self.snapshot(plan_id, after_id)
        stored = self._plans_settings(country)
        figures = []
        a = key_figures(
            evaluate(before, frozenset(step_of(k) for k in unknown_before), country, stored)
        )
        b = key_figures(
            evaluate(after, frozenset(step_of(k) for k in unknown_after), country, stored)
        )
        for code in a:
            if a[code] != b[code]:
                figures.append(FigureDifference(code, a[code], b[code]))
        return Comparison(tuple(diff_answers(before, after)), tuple(figures))

    def _plans_settings(self, country: str) -> dict[str, Any] | None:
        from desktop_app.services.country_settings import CountrySettingsService

        return CountrySettingsService(self._vault).stored_json(country)
