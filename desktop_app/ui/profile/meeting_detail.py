"""One meeting: date, kind, who was there, topics, shared and coach-only notes, actions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.profile_fields import item_kind
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.profile.autosaver import Autosaver
from desktop_app.ui.profile.field_binding import FieldBinding, make_editor
from desktop_app.ui.profile.item_table_editor import ItemTableEditor
from desktop_app.ui.profile.labels import field_label

if TYPE_CHECKING:
    from desktop_app.services.meetings import MeetingEntry
    from desktop_app.services.profiles import ProfileItem, ProfileService


class MeetingDetail(QWidget):
    """Edits one meeting; fields autosave, actions save per cell."""

    meeting_saved = Signal(object)  # ProfileItem
    actions_changed = Signal()
    edited = Signal(str, str, str, object, object)  # kind, item id, field, old, new

    def __init__(
        self, choices: Mapping[str, Sequence[tuple[str, str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._profiles: ProfileService | None = None
        self._meeting: ProfileItem | None = None
        self.autosaver = Autosaver(self._save, self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for field in item_kind("meeting").fields:
            key = f"meeting.{field.key}"
            widget = make_editor(field, choices.get(field.code_list, ()), self, key)
            label = QLabel(field_label(key) + ":", self)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
            self.labels[key] = label
            self.autosaver.add(FieldBinding(field, field.key, widget))
        self.message = InlineMessage(self)
        self.actions = ItemTableEditor(
            "agreed_action", self.tr("Add an agreed action"), choices, self
        )
        actions_title = QLabel(self.tr("Agreed actions"), self)
        font = actions_title.font()
        font.setBold(True)
        actions_title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(actions_title)
        layout.addWidget(self.actions)
        self.autosaver.failed.connect(lambda _k, text: self.message.show_message(text))
        self.autosaver.succeeded.connect(lambda _k: self.message.clear_message())
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.edited.connect(self._on_field_edited)
        self.actions.edited.connect(self.edited)
        self.actions.items_changed.connect(self.actions_changed)

    def widget_for(self, key: str) -> QWidget:
        """The editor of a meeting field ("meeting.topics")."""
        return self.autosaver.bindings[key.split(".", 1)[1]].widget

    @property
    def meeting_id(self) -> str | None:
        """The meeting shown, if any."""
        return self._meeting.id if self._meeting else None

    def show_entry(self, profiles: ProfileService, entry: MeetingEntry) -> None:
        """Show a meeting and its actions (saving what was pending for the previous one)."""
        self._profiles = profiles
        self.autosaver.flush()
        self._meeting = entry.meeting
        self.autosaver.load(dict(entry.meeting.values))
        self.actions.set_defaults({"meeting_id": entry.meeting.id})
        self.actions.set_items(profiles, entry.meeting.participant_id, entry.actions)
        self.message.clear_message()

    def clear(self) -> None:
        """Show no meeting."""
        self.autosaver.deactivate()
        self._meeting = None

    def set_hidden_fields(self, keys: frozenset[str]) -> None:
        """Hide coach-only meeting fields (meeting mode) or show them again."""
        for key, label in self.labels.items():
            self.form.setRowVisible(label, key not in keys)
        self.actions.set_hidden_fields(keys)

    def _save(self, key: str, value: Any) -> ProfileItem:
        if self._profiles is None or self._meeting is None:
            raise RuntimeError("no meeting shown")
        return self._profiles.update_item("meeting", self._meeting.id, key, value)

    def _on_saved(self, item: ProfileItem) -> None:
        self._meeting = item
        self.meeting_saved.emit(item)

    def _on_field_edited(self, key: str, old: object, new: object) -> None:
        if self._meeting is not None:
            self.edited.emit("meeting", self._meeting.id, key, old, new)
