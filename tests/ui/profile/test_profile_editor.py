"""The profile editor: edit every kind of field, autosave, close, reopen, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from desktop_app.paths import VaultPaths
from desktop_app.services.participants import ParticipantService
from desktop_app.services.profiles import ProfileService
from desktop_app.services.vault_service import VaultService
from tests.conftest import TEST_PASSPHRASE
from tests.ui.profile.helpers import choose, click, open_window, wait_saved
from tests.ui.typing_helpers import type_text


def test_edit_autosave_close_and_reopen(qtbot, vault_paths: VaultPaths) -> None:
    service = VaultService(vault_paths)
    vault = service.create(TEST_PASSPHRASE)
    row = ParticipantService(vault).create("Zoë", "van IJsselmuiden")
    window, _ = open_window(qtbot, vault)
    window.select_participant(row.id)
    editor = window.editor
    editor.show_section("programme")
    type_text(editor.widget_for("cohort"), "Rotterdam voorjaar 2026")
    type_text(editor.widget_for("referral_date"), "1-3-2026")
    qtbot.keyClick(editor.widget_for("referral_date"), Qt.Key.Key_Return)
    choose(qtbot, editor.widget_for("country"), "nl")
    editor.show_section("circumstances")
    choose(qtbot, editor.widget_for("benefit_type"), "nl_bijstand")
    money = editor.widget_for("benefit_amount")
    type_text(money.edit, "1234.50")
    qtbot.keyClick(money.edit, Qt.Key.Key_Return)
    spin = editor.widget_for("children_count")
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    editor.show_section("barriers")
    click(qtbot, editor.widget_for("barriers").boxes["debt"])
    editor.show_section("person")
    interpreter = editor.widget_for("interpreter_needed")
    assert isinstance(interpreter, QCheckBox)
    click(qtbot, interpreter)
    type_text(editor.note, "Wants a bakery & café <Amsterdam>.")
    wait_saved(qtbot, window)
    assert window.save_label.text() == "All changes saved"
    assert window.model.index(0, 1).data() == "Rotterdam voorjaar 2026"
    window.close()
    vault.close()

    reopened = service.unlock(TEST_PASSPHRASE)
    window, _ = open_window(qtbot, reopened)
    window.select_participant(row.id)
    editor = window.editor
    assert editor.widget_for("cohort").text() == "Rotterdam voorjaar 2026"
    assert editor.widget_for("referral_date").value() == "2026-03-01"
    assert editor.widget_for("benefit_type").code() == "nl_bijstand"
    assert editor.widget_for("benefit_amount").value() == 123450
    assert editor.widget_for("benefit_amount").suffix.text() == "€"
    assert editor.widget_for("children_count").number() == 1
    assert editor.widget_for("barriers").codes() == ["debt"]
    assert editor.widget_for("interpreter_needed").isChecked()
    assert editor.note.toPlainText() == "Wants a bakery & café <Amsterdam>."
    stored = ProfileService(reopened).load(row.id)
    assert (stored["children_count"], stored["barriers"]) == (1, ("debt",))
    window.close()
    reopened.close()


def test_a_bad_date_is_kept_on_screen_and_explained(qtbot, vault) -> None:
    row = ParticipantService(vault).create("Şükrü", "Yılmaz")
    window, _ = open_window(qtbot, vault)
    window.select_participant(row.id)
    field = window.editor.widget_for("date_of_birth")
    type_text(field, "31-02-1990")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    message = window.editor.message
    assert message.isVisible() and "not a date" in message.text()
    assert field.text() == "31-02-1990"
    assert ProfileService(vault).load(row.id, record_view=False)["date_of_birth"] == ""
    field.clear()
    type_text(field, "28-02-1990")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not message.isVisible()
    assert ProfileService(vault).load(row.id, record_view=False)["date_of_birth"] == "1990-02-28"


def test_undo_and_redo_of_saved_edits(qtbot, vault) -> None:
    row = ParticipantService(vault).create("Małgorzata", "Wójcik")
    window, _ = open_window(qtbot, vault)
    window.select_participant(row.id)
    editor = window.editor
    editor.show_section("motivation")
    idea = editor.widget_for("business_idea")
    type_text(idea, "Sewing repairs")
    wait_saved(qtbot, window)
    editor.show_section("person")
    choose(qtbot, editor.widget_for("gender"), "female")
    assert window.undo_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.widget_for("gender").code() == ""
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert idea.toPlainText() == ""
    stored = ProfileService(vault).load(row.id, record_view=False)
    assert (stored["business_idea"], stored["gender"]) == ("", "")
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    assert idea.toPlainText() == "Sewing repairs"
    assert ProfileService(vault).load(row.id, record_view=False)["business_idea"] == (
        "Sewing repairs"
    )
