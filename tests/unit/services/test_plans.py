"""Plan services: autosave, "I don't know yet" → to-do, versions, compare, export/import."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.core.errors import OpstartError
from desktop_app.services.country_settings import CountrySettingsService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.plan_demo import add_demo_plans, participants_without_plan
from desktop_app.services.plan_transfer import BadPlanFile, export_plan, import_plan
from desktop_app.services.plan_versions import CURRENT, PlanVersionService
from desktop_app.services.plans import PlanNotFound, PlanService
from desktop_app.storage.models import OperationRow, Tombstone
from desktop_app.storage.plan_models import answer_id
from tests.plan_answers import BAKERY, HAIRDRESSER

TODAY = date(2025, 1, 1)


def _plan(vault, answers=HAIRDRESSER, first="Søren", last="Ærø"):
    person = ParticipantService(vault).create(first, last)
    plans = PlanService(vault)
    state = plans.open_for(person.id, answers["setup.country"], answers["setup.language"])
    for key, value in answers.items():
        plans.save_answer(state.id, key, value)
    return plans, person.id, state.id


def test_open_for_creates_one_plan_and_resumes_it(vault) -> None:
    person = ParticipantService(vault).create("Zoë", "van IJsselmuiden")
    plans = PlanService(vault)
    first = plans.open_for(person.id, "NL", "nl")
    plans.set_current_step(first.id, 7)
    again = plans.open_for(person.id, "DK", "da")
    assert again.id == first.id
    assert (again.country, again.current_step) == ("NL", 7)
    assert again.answers["setup.country"] == "NL"
    assert plans.find(person.id).id == first.id


def test_hairdresser_figures_match_the_worked_example(vault) -> None:
    plans, _pid, plan_id = _plan(vault)
    result = plans.compute(plan_id, TODAY)
    f = result.figures
    assert str(f.startup.total_need) == "51500.00"
    assert str(f.financing.gap) == "0.00"
    assert str(f.operating.years[0].result) == "269000.00"
    assert f.break_even.costs_only.products[0].units_month_whole == 28
    assert f.break_even.with_living.products[0].units_month_whole == 112
    assert f.living_test.years[0].result.value == "self_supporting"
    assert result.progress == 1.0


def test_every_saved_answer_is_captured_for_sync(vault) -> None:
    plans, _pid, plan_id = _plan(vault)
    plans.save_answer(plan_id, "idea.what", "Haircuts and beards")
    plans.save_answer(plan_id, "idea.what", "Haircuts and beards")  # unchanged: no new op
    with vault.transaction() as session:
        ops = session.scalars(
            select(OperationRow).where(
                OperationRow.record_id == answer_id(plan_id, "idea.what"),
                OperationRow.field == "value_json",
            )
        ).all()
    assert [json.loads(op.value_json) for op in ops] == [
        json.dumps("Haircuts for women, men and children"),
        json.dumps("Haircuts and beards"),
    ]
    assert answer_id(plan_id, "idea.what") == answer_id(plan_id, "idea.what")
    assert answer_id(plan_id, "idea.what") != answer_id(plan_id, "idea.to_whom")


def test_unknown_steps_go_on_the_coach_todo_list(vault) -> None:
    plans, _pid, plan_id = _plan(vault)
    plans.set_step_unknown(plan_id, 5, True)
    plans.set_unknown(plan_id, "customers.asked", True)
    todo = plans.todo(plan_id)
    assert [(t.step, t.key) for t in todo] == [(3, "customers.asked"), (5, "step.5")]
    checklist = {i.number: i.status.value for i in plans.compute(plan_id, TODAY).figures.checklist}
    assert checklist[7] == "missing"  # competition: step 5 waits for the coach
    plans.set_step_unknown(plan_id, 5, False)
    assert [t.key for t in plans.todo(plan_id)] == ["customers.asked"]


def test_bad_answers_are_refused_plainly(vault) -> None:
    plans, _pid, plan_id = _plan(vault)
    with pytest.raises(ValueError):
        plans.save_answer(plan_id, "no.such.key", 1)
    with pytest.raises(OpstartError):
        plans.save_answer(plan_id, "idea.what", "x" * 300_000)
    with pytest.raises(PlanNotFound):
        plans.save_answer("0" * 32, "idea.what", "x")


def test_versions_and_a_readable_comparison(vault) -> None:
    plans, _pid, plan_id = _plan(vault)
    versions = PlanVersionService(vault)
    with pytest.raises(OpstartError):
        versions.save_version(plan_id, "  ")
    saved = versions.save_version(plan_id, "Loan application")
    product = dict(HAIRDRESSER["products"][0], price="260")
    plans.save_answer(plan_id, "products", [product])
    plans.save_answer(plan_id, "idea.why_me", "I am quick")
    assert [v.label for v in versions.list_versions(plan_id)] == ["Loan application"]
    comparison = versions.compare(plan_id, saved.id, CURRENT)
    changed = {(d.key, d.path): (d.before, d.after) for d in comparison.answers}
    assert changed[("products", "Haircut · price")] == ("240", "260")
    assert changed[("idea.why_me", "")] == ("I speak Danish, Arabic and Turkish", "I am quick")
    figures = {d.code: (d.before, d.after) for d in comparison.figures}
    assert figures["revenue_year1"] == ("372000.00", "403000.00")
    assert "total_need" not in figures


def test_export_import_round_trip(vault, tmp_path: Path) -> None:
    plans, person_id, plan_id = _plan(vault, BAKERY, "Zoë", "van IJsselmuiden")
    plans.set_step_unknown(plan_id, 13, True)
    PlanVersionService(vault).save_version(plan_id, "Follow-up")
    out = tmp_path / "plan.json"
    export_plan(vault, person_id, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "opstart-plan"
    assert data["figures"]["liquidity"][0]["opening"] == "0.00"
    other = ParticipantService(vault).create("Şükrü", "Yılmaz")
    new_id = import_plan(vault, out, other.id)
    copy = plans.get(new_id)
    original = plans.get(plan_id)
    assert dict(copy.answers) == dict(original.answers)
    assert copy.unknown == original.unknown
    assert [v.label for v in PlanVersionService(vault).list_versions(new_id)] == ["Follow-up"]
    with pytest.raises(OpstartError, match="already has"):
        import_plan(vault, out, other.id)
    assert import_plan(vault, out, other.id, replace=True) != new_id


def test_import_refuses_bad_files_whole(vault, tmp_path: Path) -> None:
    person = ParticipantService(vault).create("Małgorzata", "Wójcik")
    bad = tmp_path / "bad.json"
    for text in (
        "not json",
        json.dumps({"format": "other"}),
        json.dumps({"format": "opstart-plan", "format_version": 99, "answers": {}}),
        json.dumps({"format": "opstart-plan", "format_version": 1, "answers": {"evil.key": 1}}),
    ):
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(BadPlanFile):
            import_plan(vault, bad, person.id)
    assert PlanService(vault).plan_for(person.id) is None


def test_country_settings_are_stored_and_used(vault) -> None:
    plans, _pid, plan_id = _plan(vault)
    service = CountrySettingsService(vault)
    assert service.is_default("DK")
    from dataclasses import replace
    from decimal import Decimal

    settings = service.get("DK")
    service.save(
        replace(settings, tax=replace(settings.tax, effective_tax_rate_default=Decimal("0.40")))
    )
    assert service.get("DK").tax.effective_tax_rate_default == Decimal("0.40")
    assert not service.is_default("DK")
    service.reset("DK")
    assert service.is_default("DK")
    assert plans.compute(plan_id, TODAY).figures.financing.gap == 0


def test_delete_for_participant_leaves_tombstones(vault) -> None:
    plans, person_id, plan_id = _plan(vault)
    assert plans.delete_for_participant(person_id) == 1
    with vault.transaction() as session:
        kinds = {t.entity for t in session.scalars(select(Tombstone))}
    assert {"plan", "plan_answer"} <= kinds
    assert plans.plan_for(person_id) is None


def test_demo_plans_cover_a_quarter_and_balance(vault) -> None:
    from desktop_app.services.demo import add_demo_participants

    add_demo_participants(vault, 20)
    made = add_demo_plans(vault, participants_without_plan(vault), seed=7)
    assert made >= 5
    plans = PlanService(vault)
    countries = set()
    for person in ParticipantService(vault).list_all():
        state = plans.plan_for(person.id)
        if state is not None:
            countries.add(state.country)
            assert plans.compute(state.id).figures.financing.gap == 0
    assert countries == {"DK", "NL"}
