"""Main window: empty state, add and edit a participant with autosave, search."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services.participants import ParticipantService
from desktop_app.storage.vault import Vault
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.participant_table_model import ParticipantTableModel
from tests.ui.typing_helpers import type_text


def _window(qtbot, vault: Vault) -> tuple[MainWindow, ParticipantService]:
    service = ParticipantService(vault)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_service(service)
    window.show()
    return window, service


def test_empty_state_tells_the_coach_what_to_do(qtbot, vault: Vault) -> None:
    window, _ = _window(qtbot, vault)
    assert window.list_stack.currentWidget() is window.empty_list
    assert "New participant" in window.empty_list.text.text()


def test_add_and_edit_participant_autosaves(qtbot, vault: Vault) -> None:
    window, service = _window(qtbot, vault)
    qtbot.mouseClick(window.empty_list.button, Qt.MouseButton.LeftButton)
    assert window.list_stack.currentWidget() is window.table
    editor = window.editor
    assert editor.first_name.hasFocus() or editor.first_name.selectedText()
    editor.first_name.clear()
    type_text(editor.first_name, "Zoë")
    type_text(editor.last_name, "van IJsselmuiden")
    type_text(editor.note, "Wants a bakery & café <Amsterdam>.")
    # No save button: the autosave timer stores the text.
    qtbot.waitUntil(lambda: not editor.has_pending_changes(), timeout=5_000)
    stored = service.list_all()
    assert len(stored) == 1
    assert (stored[0].first_name, stored[0].last_name) == ("Zoë", "van IJsselmuiden")
    assert stored[0].note == "Wants a bakery & café <Amsterdam>."
    assert window.model.index(0, 0).data() == "Zoë van IJsselmuiden"
    assert window.save_label.text() == "All changes saved"
    assert window.count_label.text() == "1 participant"


def test_invalid_edit_keeps_the_text_and_says_why(qtbot, vault: Vault) -> None:
    window, service = _window(qtbot, vault)
    row = service.create("Søren", "Ærø")
    window.set_service(service)
    window.select_participant(row.id)
    window.editor.first_name.clear()
    type_text(window.editor.first_name, " ")
    window.editor.flush()
    assert "cannot be empty" in window.editor.message.text()
    assert service.get(row.id).first_name == "Søren"


def test_search_filters_the_list(qtbot, vault: Vault) -> None:
    window, service = _window(qtbot, vault)
    for first, last in [("Şükrü", "Yılmaz"), ("Małgorzata", "Wójcik"), ("Søren", "Ærø")]:
        service.create(first, last)
    window.set_service(service)
    type_text(window.search, "wójc")
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == "Małgorzata Wójcik"


def test_table_model_passes_the_model_tester(qtmodeltester, vault: Vault) -> None:
    service = ParticipantService(vault)
    service.create("Søren", "Ærø")
    service.create("Zoë", "van IJsselmuiden")
    model = ParticipantTableModel()
    model.set_rows(service.list_all())
    qtmodeltester.check(model)
