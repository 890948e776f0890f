"""CSV import, GDPR export and erase, open actions and audit log, from the main window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.services.audit import AuditService
from desktop_app.services.meetings import MeetingService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.profiles import ProfileService
from desktop_app.ui.profile.audit_log_dialog import AuditLogDialog
from desktop_app.ui.profile.code_lists_dialog import CodeListsDialog
from desktop_app.ui.profile.csv_import_dialog import CsvImportDialog
from desktop_app.ui.profile.erase_dialog import EraseDialog
from desktop_app.ui.profile.open_actions_dialog import OpenActionsDialog
from tests.ui.profile.helpers import choose, click, open_window
from tests.ui.typing_helpers import type_text

HEADER = "first_name;last_name;email;phone;cohort;preferred_language\n"


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_import_shows_problems_per_row_and_imports_nothing(
    qtbot, vault, tmp_path, monkeypatch
) -> None:
    bad = tmp_path / "referrals.csv"
    bad.write_bytes(
        (
            HEADER + "Søren;Ærø;soren@example.dk;;Hold 3;da\n"
            ";Nobody;;;;\nAnna;Bakker;anna-at-example;;;klingon\n"
        ).encode("cp1252")
    )
    window, service = open_window(qtbot, vault)
    window.import_action.trigger()
    dialog = window.tasks.dialog
    assert isinstance(dialog, CsvImportDialog) and dialog.isVisible()
    _choose_file(monkeypatch, bad)
    click(qtbot, dialog.choose_button)
    model = dialog.model
    problems = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert problems[0] == ""
    assert problems[1] == "The first name is missing."
    assert problems[2].splitlines() == [
        "E-mail: this is not an e-mail address.",
        "Preferred language: not one of the allowed values.",
    ]
    assert "until the file is fixed. Problems found: 3." in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    click(qtbot, dialog.import_button)
    assert service.list_all() == []

    good = tmp_path / "fixed.csv"
    good.write_text(HEADER + "Søren;Ærø;soren@example.dk;;Hold 3;da\n", encoding="utf-8-sig")
    _choose_file(monkeypatch, good)
    click(qtbot, dialog.choose_button)
    assert dialog.import_button.isEnabled()
    click(qtbot, dialog.import_button)
    assert not dialog.isVisible()
    assert [r.display_name for r in service.list_all()] == ["Søren Ærø"]
    assert window.model.rowCount() == 1 and window.save_label.text() == "Participants imported: 1."


def test_erase_asks_for_the_typed_name(qtbot, vault) -> None:
    people = ParticipantService(vault)
    zoe = people.create("Zoë", "van IJsselmuiden")
    keep = people.create("Søren", "Ærø")
    window, _ = open_window(qtbot, vault)
    window.select_participant(zoe.id)
    click(qtbot, window.editor.header.erase_button)
    dialog = window.tasks.dialog
    assert isinstance(dialog, EraseDialog)
    assert not dialog.erase_button.isEnabled()
    type_text(dialog.name_edit, "Zoë van")
    assert not dialog.erase_button.isEnabled()
    type_text(dialog.name_edit, " ijsselmuiden")
    assert dialog.erase_button.isEnabled()
    click(qtbot, dialog.erase_button)
    assert [r.id for r in people.list_all()] == [keep.id]
    assert window.model.rowCount() == 1
    assert window.detail_stack.currentWidget() is window.no_selection
    assert window.save_label.text() == "The participant was erased."
    assert AuditService(vault).entries()[0].action == "erase"


def test_export_writes_json_and_summary(qtbot, vault, tmp_path, monkeypatch) -> None:
    row = ParticipantService(vault).create("Şükrü", "Yılmaz")
    window, _ = open_window(qtbot, vault)
    window.select_participant(row.id)
    target = tmp_path / "request.json"
    seen: list[str] = []

    def save_dialog(_parent, _title, suggested, _filter):
        seen.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    click(qtbot, window.editor.header.export_button)
    assert seen[0].startswith("participant-export-") and "Yılmaz" not in seen[0]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["records"]["participant"][0]["last_name"] == "Yılmaz"
    assert target.with_suffix(".txt").exists()
    assert "request.json" in window.editor.message.text()


def test_open_actions_overview_opens_the_participant(qtbot, vault) -> None:
    people = ParticipantService(vault)
    zoe = people.create("Zoë", "van IJsselmuiden")
    MeetingService(vault).add_action(zoe.id, text="Call the bank", due_on="2020-01-01")
    window, _ = open_window(qtbot, vault)
    window.open_actions_action.trigger()
    dialog = window.tasks.dialog
    assert isinstance(dialog, OpenActionsDialog)
    assert dialog.model.index(0, 2).data() == "Call the bank"
    assert dialog.summary.text() == "Open actions: 1. Past their due date: 1."
    dialog.table.doubleClicked.emit(dialog.model.index(0, 1))
    assert window.current_participant_id() == zoe.id


def test_audit_log_view_is_read_only_and_checks_the_chain(qtbot, vault, qtmodeltester) -> None:
    row = ParticipantService(vault).create("Małgorzata", "Wójcik")
    window, _ = open_window(qtbot, vault)
    window.select_participant(row.id)
    window.audit_action.trigger()
    dialog = window.tasks.dialog
    assert isinstance(dialog, AuditLogDialog)
    assert "complete and unchanged. Entries: 2." in dialog.check.text()
    model = dialog.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Viewed", "Created"]
    texts = " ".join(str(model.index(r, c).data()) for r in range(2) for c in range(5))
    assert "Wójcik" not in texts and "Małgorzata" not in texts
    qtmodeltester.check(model)
    window.set_meeting_mode(True)
    assert window.tasks.dialog is None  # overviews close before the participant looks on


def test_code_lists_add_and_switch_off_reach_the_editor(qtbot, vault) -> None:
    row = ParticipantService(vault).create("Søren", "Ærø")
    window, _ = open_window(qtbot, vault)
    window.select_participant(row.id)
    window.code_lists_action.trigger()
    dialog = window.tasks.dialog
    assert isinstance(dialog, CodeListsDialog)
    choose(qtbot, dialog.list_choice, "dropout_reason")
    type_text(dialog.new_entry, "Moved to another municipality")
    click(qtbot, dialog.add_button)
    assert dialog.entries.item(dialog.entries.count() - 1).text() == "Moved to another municipality"
    health = dialog.entries.item(0)
    health.setCheckState(Qt.CheckState.Unchecked)
    dialog.reject()
    combo = window.editor.widget_for("dropout_reason")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Moved to another municipality" in labels and "Health" not in labels
    choose(qtbot, combo, combo.itemData(labels.index("Moved to another municipality")))
    assert ProfileService(vault).load(row.id)["dropout_reason"].startswith("x_")
