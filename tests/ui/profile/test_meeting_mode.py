"""Meeting mode hides every coach-only and special-category widget, and shows them again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.core.profile_fields import ITEM_KINDS, PARTICIPANT_FIELDS, hidden_in_meeting_mode
from desktop_app.services.meetings import MeetingService
from desktop_app.services.participants import ParticipantService
from desktop_app.ui.profile.sections import SECTIONS
from tests.ui.profile.helpers import open_window

CTRL = Qt.KeyboardModifier.ControlModifier


def _section_of(key: str) -> str:
    kind = key.split(".", 1)[0]
    for section in SECTIONS:
        for group in section.groups:
            if key in group.fields or kind in (group.item_kind, *_panel_kinds(group.panel)):
                return section.key
    raise KeyError(key)


def _panel_kinds(panel: str) -> tuple[str, ...]:
    return {"meetings": ("meeting", "agreed_action"), "checklist": ("checklist_item",)}.get(
        panel, ()
    )


def _shown(window, key: str) -> bool:
    """Whether the coach could see the widget(s) presenting a field right now."""
    editor = window.editor
    section = _section_of(key)
    if section not in editor.visible_sections():
        return False
    editor.show_section(section)
    if "." not in key:
        return editor.widget_for(key).isVisible()
    kind, field = key.split(".", 1)
    if kind == "meeting":
        return editor.meetings_panel.detail.widget_for(key).isVisible()
    if kind == "checklist_item":
        return editor.checklist.isVisible()
    if kind == "agreed_action":
        table = editor.meetings_panel.detail.actions
    else:
        table = editor.item_editor(kind)
    column = table.model.column_of(field)
    return table.isVisible() and not table.table.isColumnHidden(column)


def test_meeting_mode_hides_each_coach_only_widget(qtbot, vault) -> None:
    row = ParticipantService(vault).create("Zoë", "van IJsselmuiden")
    MeetingService(vault).add_meeting(row.id)
    window, _ = open_window(qtbot, vault)
    window.select_participant(row.id)
    hidden = hidden_in_meeting_mode()
    every_key = [f.key for f in PARTICIPANT_FIELDS] + [
        f"{kind}.{f.key}"
        for kind, spec in ITEM_KINDS.items()
        for f in spec.fields
        if not (kind == "checklist_item" and f.key == "item")
    ]
    assert all(_shown(window, key) for key in every_key), "everything shows outside meeting mode"

    qtbot.keyClick(window, Qt.Key.Key_M, CTRL)
    assert window.meeting_mode_action.isChecked()
    assert window.meeting_mode_label.isVisible() and window.meeting_mode_button.isChecked()
    for key in every_key:
        assert _shown(window, key) == (key not in hidden), key
    assert not window.list_panel.isVisible()  # other participants' names stay private
    header = window.editor.header
    assert not header.status_chip.isVisible() and not header.erase_button.isVisible()
    assert {"circumstances", "barriers", "assessment"}.isdisjoint(window.editor.visible_sections())
    assert not window.audit_action.isEnabled() and not window.export_action.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_M, CTRL)
    assert not window.meeting_mode_label.isVisible()
    assert window.list_panel.isVisible()
    assert all(_shown(window, key) for key in every_key)
