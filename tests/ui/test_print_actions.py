"""Printing from the GUI: options, then a preview of the very PDF; where it went is audited."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.services.audit import AuditService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.plans import PlanService
from desktop_app.services.print_settings import coach_contact
from desktop_app.services.profiles import ProfileService
from desktop_app.ui import print_actions
from desktop_app.ui.background import BackgroundRunner
from desktop_app.ui.wizard.plan_wizard import PlanWizard
from tests.plan_answers import HAIRDRESSER
from tests.ui.typing_helpers import type_text
from tests.unit.services.print_seed import seed_participant


@pytest.fixture
def runner():
    runner = BackgroundRunner()
    yield runner
    runner.wait()


@pytest.fixture
def seeded(vault):
    return seed_participant(vault)


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages
    )


def _audit(vault) -> list[tuple[str, str]]:
    return [(e.action, e.detail) for e in reversed(AuditService(vault).entries())]


def _tick(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _preview(qtbot, actions, dialog):
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.preview is not None, timeout=30_000)
    qtbot.addWidget(actions.preview)
    assert not dialog.isVisible()
    return actions.preview


def test_handout_options_then_preview_then_save(
    qtbot, vault, seeded, runner, tmp_path, monkeypatch
):
    actions = print_actions.print_handout(None, vault, seeded["id"], runner)
    dialog = actions.options_dialog
    assert dialog.isVisible()
    assert dialog.language_box.currentData() == "da"  # the participant's own language
    assert dialog.contact_form.name_edit.text() == "Mette Holm"
    assert not dialog.warning.isVisible()
    preview = _preview(qtbot, actions, dialog)
    assert preview.page_count() == 2
    text = _text(preview._pdf)
    assert "Mine mål" in text and "Søren Ærø" in text
    assert not [c for c in seeded["canaries"] if c in text]
    assert ("print", "handout") in _audit(vault)
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(preview.saved):
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == preview._pdf
    assert _audit(vault)[-1] == ("export", "handout.file")


def test_coach_ticks_in_one_special_category_field(qtbot, vault, seeded, runner):
    actions = print_actions.print_handout(None, vault, seeded["id"], runner)
    dialog = actions.options_dialog
    boxes = dialog.picker.boxes
    assert "barrier_note" in boxes and "note" in boxes and "first_name" not in boxes
    assert "special category" in boxes["barrier_note"].text()
    assert "coach-only" in boxes["note"].text()
    _tick(qtbot, boxes["barrier_note"])
    assert dialog.warning.isVisible() and "special-category" in dialog.warning.text()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    _tick(qtbot, dialog.ladder_box)
    preview = _preview(qtbot, actions, dialog)
    text = _text(preview._pdf)
    assert seeded["hidden"]["barrier_note"] in text
    assert "My goals" in text and "Participation ladder" in text
    assert [c for c in seeded["canaries"] if c in text] == [seeded["hidden"]["barrier_note"]]
    assert ("print", "handout.extra:1") in _audit(vault)


def test_bad_contact_details_say_what_to_fix(qtbot, vault, seeded, runner):
    actions = print_actions.print_handout(None, vault, seeded["id"], runner)
    dialog = actions.options_dialog
    qtbot.addWidget(dialog)
    dialog.contact_form.phone_edit.clear()
    type_text(dialog.contact_form.phone_edit, "ring mig")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and "phone number" in dialog.message.text()
    assert actions.preview is None and dialog.isVisible()
    dialog.contact_form.phone_edit.clear()
    type_text(dialog.contact_form.name_edit, "-Jensen")
    _preview(qtbot, actions, dialog)
    assert coach_contact(vault).name == "Mette Holm-Jensen" and coach_contact(vault).phone == ""


def test_plan_without_a_plan_says_so_and_with_one_previews(qtbot, vault, seeded, runner):
    actions = print_actions.print_plan(None, vault, seeded["id"], runner)
    dialog = actions.options_dialog
    qtbot.addWidget(dialog)
    assert "no business plan yet" in dialog.message.text()
    assert not dialog.preview_button.isEnabled()
    dialog.reject()
    plans = PlanService(vault)
    plan_id = plans.open_for(seeded["id"], "DK", "da").id
    for key, value in HAIRDRESSER.items():
        plans.save_answer(plan_id, key, value)
    actions = print_actions.print_plan(None, vault, seeded["id"], runner)
    preview = _preview(qtbot, actions, actions.options_dialog)
    assert preview.page_count() >= 12
    assert "Families in Gellerup" in _text(preview._pdf)


def test_meeting_summary_never_shows_coach_notes(qtbot, vault, seeded, runner):
    actions = print_actions.print_meeting_summary(None, vault, seeded["meeting_id"], runner)
    dialog = actions.options_dialog
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("nl"))
    preview = _preview(qtbot, actions, dialog)
    text = _text(preview._pdf)
    assert "Vi talte om priser & <kunder>." in text and "Wat we hebben afgesproken" in text
    assert seeded["item_canaries"]["coach_notes"] not in text


def test_cohort_goes_to_the_batch_dialog(qtbot, vault, runner, tmp_path, monkeypatch):
    people, profiles = ParticipantService(vault), ProfileService(vault)
    ids = []
    for first, last in (("Zoë", "van IJsselmuiden"), ("Олена", "Коваленко")):
        ids.append(people.create(first, last).id)
        profiles.update_field(ids[-1], "cohort", "Utrecht groep A")
    actions = print_actions.print_cohort(None, vault, runner)
    dialog = actions.cohort_dialog
    qtbot.addWidget(dialog)
    assert dialog.cohort_box.currentText() == "Utrecht groep A (2 participants)"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.batch_dialog is not None, timeout=30_000)
    batch = actions.batch_dialog
    qtbot.addWidget(batch)
    target = tmp_path / "cohort.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(batch.choose_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(batch.saved, timeout=30_000):
        qtbot.mouseClick(batch.start_button, Qt.MouseButton.LeftButton)
    assert "Олена Коваленко" in _text(target.read_bytes())
    exports = [e.record_id for e in AuditService(vault).entries() if e.detail == "handout.file"]
    assert sorted(exports) == sorted(ids)


def test_cohort_dialog_without_cohorts_explains(qtbot, vault, runner):
    ParticipantService(vault).create("Şükrü", "Yılmaz")
    dialog = print_actions.print_cohort(None, vault, runner).cohort_dialog
    qtbot.addWidget(dialog)
    assert not dialog.next_button.isEnabled()
    assert "No participant has a cohort yet" in dialog.message.text()


def test_a_record_removed_meanwhile_is_explained(qtbot, vault, runner):
    for actions, message in (
        (print_actions.print_meeting_summary(None, vault, "f" * 32, runner), "That meeting"),
        (print_actions.print_handout(None, vault, "0" * 32, runner), "That participant"),
        (print_actions.print_plan(None, vault, "0" * 32, runner), "That participant"),
    ):
        dialog = actions.options_dialog
        qtbot.addWidget(dialog)
        assert message in dialog.message.text()
        assert not dialog.preview_button.isEnabled()


def test_close_shuts_every_dialog_of_the_flow(qtbot, vault, seeded, runner):
    actions = print_actions.print_handout(None, vault, seeded["id"], runner)
    preview = _preview(qtbot, actions, actions.options_dialog)
    actions.close()
    assert not preview.isVisible()


def test_the_wizard_has_a_print_plan_button(qtbot, vault, seeded):
    wizard = PlanWizard(vault, seeded["id"], title="Søren Ærø", today=date(2026, 11, 24))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.print_button, Qt.MouseButton.LeftButton)
    dialog = wizard.print_actions.options_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.preview_button.isEnabled()  # the wizard made the plan
    dialog.reject()
    wizard.close()


def test_file_names_carry_no_personal_data(seeded):
    from desktop_app.services.printing import suggested_file_name

    assert suggested_file_name("handout", seeded["id"]) == f"handout-{seeded['id'][:8]}.pdf"
    assert Path(suggested_file_name("plan", seeded["id"])).suffix == ".pdf"
