"""Business-plan use cases: open a participant's plan, autosave answers, figures, to-do list."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.errors import OpstartError
from desktop_app.core.finance.answer_inputs import inputs_from_answers
from desktop_app.core.finance.answers import (
    STEP_COUNT,
    check_answers,
    is_known_key,
    step_complete,
    step_mark,
    step_of,
)
from desktop_app.core.finance.inputs import PlanInputs
from desktop_app.core.finance.plan import PlanFigures, compute_plan
from desktop_app.core.finance.validation import Finding
from desktop_app.services.country_settings import load_settings
from desktop_app.storage.models import Participant
from desktop_app.storage.plan_models import Plan, PlanAnswer, PlanVersion, answer_id
from desktop_app.storage.vault import Vault

MAX_ANSWER_CHARS = 200_000
STATUSES = ("draft", "finished")


class PlanNotFound(OpstartError):
    """No plan (or participant) has this id."""

    code = "plan_not_found"


@dataclass(frozen=True)
class PlanState:
    """A plan with every stored answer and the keys marked "I don't know yet"."""

    id: str
    participant_id: str
    country: str
    language: str
    current_step: int
    status: str
    created_hlc: str
    updated_hlc: str
    answers: Mapping[str, Any] = field(default_factory=dict)
    unknown: frozenset[str] = frozenset()

    @property
    def unknown_steps(self) -> frozenset[int]:
        """Steps with an answer or the whole step waiting for the coach."""
        return frozenset(step_of(key) for key in self.unknown)


@dataclass(frozen=True)
class TodoItem:
    """One thing the coach must follow up: a step (key "step.N") or a single answer."""

    plan_id: str
    step: int
    key: str


@dataclass(frozen=True)
class PlanResult:
    """Inputs, all figures, every finding and the steps that are done."""

    inputs: PlanInputs
    figures: PlanFigures
    findings: tuple[Finding, ...]
    complete_steps: frozenset[int]

    @property
    def progress(self) -> float:
        """Share of the 16 steps that are done (0..1)."""
        return len(self.complete_steps) / STEP_COUNT


def _decode(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def encode_answer(value: Any) -> str:
    """Canonical JSON of an answer; raises OpstartError when it cannot be stored."""
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as error:
        raise OpstartError("This answer cannot be stored.", code="bad_answer") from error
    if len(text) > MAX_ANSWER_CHARS:
        raise OpstartError("This answer is too long to store.", code="too_long")
    return text


def state_of(session: Session, plan: Plan) -> PlanState:
    """A PlanState read inside an open transaction."""
    answers: dict[str, Any] = {}
    unknown: set[str] = set()
    for row in session.scalars(select(PlanAnswer).where(PlanAnswer.plan_id == plan.id)):
        if row.value_json != "null":
            answers[row.key] = _decode(row.value_json)
        if row.unknown:
            unknown.add(row.key)
    return PlanState(
        plan.id,
        plan.participant_id,
        plan.country,
        plan.language,
        plan.current_step,
        plan.status,
        plan.created_hlc,
        plan.updated_hlc,
        answers,
        frozenset(unknown),
    )


def evaluate(
    answers: Mapping[str, Any],
    unknown_steps: frozenset[int],
    country: str,
    settings_json: Mapping[str, Any] | None = None,
    today: date | None = None,
) -> PlanResult:
    """Compute a plan from answers alone (used for the plan, versions and imports)."""
    today = today or date.today()
    inputs = inputs_from_answers(answers, unknown_steps, today)
    settings = load_settings(inputs.country.value, settings_json)
    figures = compute_plan(inputs, settings)
    findings = tuple(
        sorted([*check_answers(answers, country, today), *figures.findings], key=lambda f: f.step)
    )
    complete = frozenset(
        s for s in range(STEP_COUNT) if step_complete(answers, s, set(unknown_steps))
    )
    return PlanResult(inputs, figures, findings, complete)


class PlanService:
    """Plan use cases over one unlocked vault; every method is one transaction."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _plan(self, session: Session, plan_id: str) -> Plan:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise PlanNotFound("That business plan no longer exists.")
        return plan

    def _touch(self, plan: Plan) -> None:
        plan.updated_hlc = self._vault.clock.now().encode()

    def find(self, plan_or_participant_id: str) -> PlanState:
        """The plan with this id, or the plan of the participant with this id."""
        with self._vault.transaction() as session:
            plan = (
                session.get(Plan, plan_or_participant_id)
                or session.scalars(
                    select(Plan)
                    .where(Plan.participant_id == plan_or_participant_id)
                    .order_by(Plan.created_hlc)
                ).first()
            )
            if plan is None:
                raise PlanNotFound("No business plan was found for that id.")
            return state_of(session, plan)

    def plan_for(self, participant_id: str) -> PlanState | None:
        """The participant's plan, or None when there is none yet."""
        with self._vault.transaction() as session:
            plan = session.scalars(
                select(Plan).where(Plan.participant_id == participant_id).order_by(Plan.created_hlc)
            ).first()
            return None if plan is None else state_of(session, plan)

    def open_for(self, participant_id: str, country: str = "DK", language: str = "en") -> PlanState:
        """The participant's plan, created (with country and language answered) if missing."""
        with self._vault.transaction() as session:
            if session.get(Participant, participant_id) is None:
                raise PlanNotFound("That participant no longer exists.")
            plan = session.scalars(
                select(Plan).where(Plan.participant_id == participant_id).order_by(Plan.created_hlc)
            ).first()
            if plan is None:
                stamp = self._vault.clock.now().encode()
                plan = Plan(
                    participant_id=participant_id,
                    country=country,
                    language=language,
                    current_step=0,
                    status="draft",
                    created_hlc=stamp,
                    updated_hlc=stamp,
                )
                session.add(plan)
                session.flush()
                for key, value in (("setup.country", country), ("setup.language", language)):
                    session.add(
                        PlanAnswer(
                            id=answer_id(plan.id, key),
                            plan_id=plan.id,
                            key=key,
                            value_json=encode_answer(value),
                            unknown=0,
                        )
                    )
                session.flush()
            return state_of(session, plan)

    def get(self, plan_id: str) -> PlanState:
        """One plan with its answers."""
        with self._vault.transaction() as session:
            return state_of(session, self._plan(session, plan_id))

    def save_answer(self, plan_id: str, key: str, value: Any) -> None:
        """Autosave one answer; an unchanged value records nothing."""
        if not is_known_key(key):
            raise ValueError(f"unknown plan answer {key!r}")
        text = encode_answer(value)
        with self._vault.transaction() as session:
            plan = self._plan(session, plan_id)
            row = session.get(PlanAnswer, answer_id(plan_id, key))
            if row is None:
                session.add(
                    PlanAnswer(
                        id=answer_id(plan_id, key),
                        plan_id=plan_id,
                        key=key,
                        value_json=text,
                        unknown=0,
                    )
                )
            elif row.value_json == text:
                return
            else:
                row.value_json = text
            if key == "setup.country" and value in ("DK", "NL"):
                plan.country = value
            if key == "setup.language" and isinstance(value, str) and value:
                plan.language = value[:5]
            self._touch(plan)

    def set_unknown(self, plan_id: str, key: str, unknown: bool) -> None:
        """Mark an answer (or a whole step via "step.N") "I don't know yet", or clear it."""
        if not is_known_key(key):
            raise ValueError(f"unknown plan answer {key!r}")
        with self._vault.transaction() as session:
            plan = self._plan(session, plan_id)
            row = session.get(PlanAnswer, answer_id(plan_id, key))
            if row is None:
                if not unknown:
                    return
                session.add(
                    PlanAnswer(
                        id=answer_id(plan_id, key),
                        plan_id=plan_id,
                        key=key,
                        value_json="null",
                        unknown=1,
                    )
                )
            elif bool(row.unknown) == unknown:
                return
            else:
                row.unknown = int(unknown)
            self._touch(plan)

    def set_step_unknown(self, plan_id: str, step: int, unknown: bool) -> None:
        """The step's "I don't know yet" checkbox."""
        self.set_unknown(plan_id, step_mark(step), unknown)

    def set_current_step(self, plan_id: str, step: int) -> None:
        """Remember where the user is, so the wizard resumes there."""
        step = min(STEP_COUNT - 1, max(0, step))
        with self._vault.transaction() as session:
            plan = self._plan(session, plan_id)
            if plan.current_step != step:
                plan.current_step = step

    def set_status(self, plan_id: str, status: str) -> None:
        """Draft or finished."""
        if status not in STATUSES:
            raise ValueError(f"unknown plan status {status!r}")
        with self._vault.transaction() as session:
            plan = self._plan(session, plan_id)
            if plan.status != status:
                plan.status = status
                self._touch(plan)

    def todo(self, plan_id: str) -> list[TodoItem]:
        """Everything marked "I don't know yet", in step order: the coach's to-do list."""
        state = self.get(plan_id)
        items = [TodoItem(plan_id, step_of(key), key) for key in state.unknown]
        return sorted(
            items, key=lambda item: (item.step, not item.key.startswith("step."), item.key)
        )

    def compute(self, plan_id: str, today: date | None = None) -> PlanResult:
        """Every figure, finding and the progress of one plan."""
        state = self.get(plan_id)
        return self.compute_state(state, today)

    def compute_state(self, state: PlanState, today: date | None = None) -> PlanResult:
        """Every figure for an already loaded plan (the wizard keeps one in memory)."""
        from desktop_app.services.country_settings import CountrySettingsService

        stored = CountrySettingsService(self._vault).stored_json(state.country)
        return evaluate(state.answers, state.unknown_steps, state.country, stored, today)

    def delete_for_participant(self, participant_id: str) -> int:
        """Delete a participant's plans with answers and versions (tombstones for sync)."""
        with self._vault.transaction() as session:
            plans = list(session.scalars(select(Plan).where(Plan.participant_id == participant_id)))
            for plan in plans:
                for model in (PlanAnswer, PlanVersion):
                    for row in session.scalars(select(model).where(model.plan_id == plan.id)):
                        session.delete(row)
                session.delete(plan)
            return len(plans)
