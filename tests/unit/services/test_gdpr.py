"""GDPR export (access request) and erasure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.core.changes import ERASE_FIELD
from desktop_app.services.gdpr import GdprService, name_matches
from desktop_app.services.gdpr_export import GdprExportService
from desktop_app.services.meetings import MeetingService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.profiles import ProfileService
from desktop_app.storage.models import Conflict, FieldStamp, OperationRow, Tombstone
from desktop_app.storage.profile_models import ITEM_MODELS
from desktop_app.storage.vault import Vault


def _person_with_everything(vault: Vault, first: str, last: str) -> str:
    pid = ParticipantService(vault).create(first, last, "coach note").id
    profiles = ProfileService(vault)
    profiles.update_field(pid, "barriers", ["debt"])
    profiles.update_field(pid, "loan_amount", 2_500_000)
    meeting = MeetingService(vault).add_meeting(pid, "2026-01-05", "intake")
    profiles.update_item("meeting", meeting.id, "coach_notes", f"{first} private")
    MeetingService(vault).add_action(pid, meeting.id, "Call the bank")
    profiles.add_item(pid, "smart_goal", {"goal": "Sell 5"})
    profiles.set_checklist(pid, 2, "comment", "manageable")
    with vault.transaction() as session:
        session.add(
            Conflict(
                entity="participant",
                record_id=pid,
                field="note",
                losing_value_json='"older note"',
                losing_hlc="x",
                losing_device="d",
                winning_hlc="y",
            )
        )
    return pid


def test_export_holds_every_record_history_and_a_readable_summary(vault, tmp_path) -> None:
    pid = _person_with_everything(vault, "Zoë", "van IJsselmuiden")
    other = _person_with_everything(vault, "Søren", "Ærø")
    json_path, text_path = GdprExportService(vault).write(pid, tmp_path / "export.json")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["format"] == "opstart-participant-export"
    records = data["records"]
    assert records["participant"][0]["first_name"] == "Zoë"
    assert set(records) >= {
        "participant",
        "meeting",
        "agreed_action",
        "smart_goal",
        "checklist_item",
    }
    assert records["meeting"][0]["coach_notes"] == "Zoë private"
    assert data["conflicts"][0]["losing_value"] == "older note"
    assert any(h["field"] == "note" for h in data["history"])
    assert {a["action"] for a in data["audit_trail"]} >= {"create", "edit"}
    assert other not in json_path.read_text(encoding="utf-8")
    summary = text_path.read_text(encoding="utf-8")
    assert "First name: Zoë" in summary and "Loan amount: 25,000.00" in summary
    assert "Søren" not in summary


def _count(vault: Vault, model, **where) -> int:
    with vault.transaction() as session:
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return int(session.scalar(query) or 0)


def test_erase_removes_rows_history_conflicts_and_leaves_markers(vault: Vault) -> None:
    pid = _person_with_everything(vault, "Şükrü", "Yılmaz")
    keep = _person_with_everything(vault, "Małgorzata", "Wójcik")
    report = GdprService(vault).erase(pid)
    assert report.records == 5  # participant, meeting, action, goal, checklist item
    for model in ITEM_MODELS.values():
        assert _count(vault, model, participant_id=pid) == 0
    with vault.transaction() as session:
        ops = session.scalars(select(OperationRow).where(OperationRow.field == ERASE_FIELD)).all()
        erased_ids = {op.record_id for op in ops}
        assert pid in erased_ids and len(erased_ids) == report.records
        remaining = session.scalars(
            select(OperationRow.field).where(OperationRow.record_id.in_(erased_ids))
        ).all()
        assert set(remaining) == {ERASE_FIELD}
        assert {op.value_json for op in ops} == {"true"}
        tombs = session.scalars(select(Tombstone).where(Tombstone.record_id.in_(erased_ids)))
        assert {t.kind for t in tombs} == {"erased"}
        stamps = session.scalars(
            select(FieldStamp.field).where(FieldStamp.record_id.in_(erased_ids))
        ).all()
        assert set(stamps) == {ERASE_FIELD}
    assert _count(vault, Conflict, record_id=pid) == 0
    assert _count(vault, Conflict, record_id=keep) == 1
    assert [r.id for r in ParticipantService(vault).list_all()] == [keep]
    assert len(ProfileService(vault).load(keep).items["meeting"]) == 1


def test_the_name_must_match_to_erase() -> None:
    assert name_matches("Zoë van IJsselmuiden", "  zoë  VAN ijsselmuiden ")
    assert name_matches("Søren Ærø", "Søren Ærø")
    assert not name_matches("Søren Ærø", "Soren Aero")
    assert not name_matches("", "")


def test_export_file_names_are_the_coachs_choice(vault: Vault, tmp_path: Path) -> None:
    pid = ParticipantService(vault).create("Zoë").id
    paths = GdprExportService(vault).write(pid, tmp_path / "request.txt")
    assert [p.name for p in paths] == ["request.txt", "request.txt.summary.txt"]


def test_erase_follows_links_into_other_features_tables(vault: Vault) -> None:
    plan_models = pytest.importorskip("desktop_app.storage.plan_models")
    pid = ParticipantService(vault).create("Zoë").id
    with vault.transaction() as session:
        plan = plan_models.Plan(participant_id=pid)
        session.add(plan)
        session.flush()
        answer_id = plan_models.answer_id(plan.id, "idea")
        session.add(
            plan_models.PlanAnswer(
                id=answer_id, plan_id=plan.id, key="idea", value_json='"A bakery"'
            )
        )
    assert GdprService(vault).erase(pid).records == 3
    with vault.transaction() as session:
        assert session.get(plan_models.PlanAnswer, answer_id) is None
        assert session.get(Tombstone, ("plan_answer", answer_id)).kind == "erased"
