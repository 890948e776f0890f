"""Undo and redo of saved profile edits (Qt's undo framework), for the participant shown."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from desktop_app.core.errors import OpstartError
from desktop_app.ui.profile.edit_command import EditCommand
from desktop_app.ui.profile.field_errors import describe_field_error
from desktop_app.ui.profile.labels import field_label

if TYPE_CHECKING:
    from desktop_app.ui.participant_editor import ParticipantEditor

UNDO_LIMIT = 200


class ProfileUndo(QObject):
    """Turns autosaved edits into undo commands; undo saves the old value again."""

    def __init__(self, stack: QUndoStack, editor: ParticipantEditor) -> None:
        super().__init__(editor)
        self.stack = stack
        self.stack.setUndoLimit(UNDO_LIMIT)

    @property
    def _editor(self) -> ParticipantEditor:
        # Qt's parent, not a Python attribute, so no Python reference cycle forms.
        return self.parent()  # type: ignore[return-value]

    def clear(self) -> None:
        """Forget the history (another participant is shown, or the vault locked)."""
        self.stack.clear()

    def field_edited(self, key: str, old: Any, new: Any) -> None:
        """A participant field was saved."""
        pid = self._editor.participant_id
        if pid is None:
            return
        text = self.tr("Edit “{field}”").format(field=field_label(key))
        self.stack.push(EditCommand(text, partial(self._apply_field, pid, key), old, new))

    def item_edited(self, kind: str, item_id: str, key: str, old: Any, new: Any) -> None:
        """A field of a list entry (goal, meeting, action…) was saved."""
        pid = self._editor.participant_id
        if pid is None:
            return
        text = self.tr("Edit “{field}”").format(field=field_label(f"{kind}.{key}"))
        apply = partial(self._apply_item, pid, kind, item_id, key)
        self.stack.push(EditCommand(text, apply, old, new))

    def _apply_field(self, pid: str, key: str, value: Any) -> bool:
        editor = self._editor
        if editor.profiles is None or editor.participant_id != pid:
            return False
        try:
            row = editor.profiles.update_field(pid, key, value)
        except OpstartError as exc:
            editor.message.show_message(describe_field_error(exc, key))
            return False
        editor.autosaver.show_value(key, value)
        editor.saved.emit(row)
        return True

    def _apply_item(self, pid: str, kind: str, item_id: str, key: str, value: Any) -> bool:
        editor = self._editor
        if editor.profiles is None or editor.participant_id != pid:
            return False
        try:
            item = editor.profiles.update_item(kind, item_id, key, value)
        except OpstartError as exc:
            editor.message.show_message(describe_field_error(exc, f"{kind}.{key}"))
            return False
        panel = editor.meetings_panel
        if kind == "checklist_item":
            editor.checklist.show_value(item["item"], key, value)
        elif kind == "meeting":
            if panel.detail.meeting_id == item_id:
                panel.detail.autosaver.show_value(key, value)
            panel.model.replace(item)
        elif kind == "agreed_action":
            panel.detail.actions.model.replace(item)
        else:
            editor.item_editor(kind).model.replace(item)
        editor.lists_changed.emit(pid)
        return True
