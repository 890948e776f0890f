"""The meetings log of one participant: a list of meetings and the chosen one in detail."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.profile.meeting_detail import MeetingDetail
from desktop_app.ui.profile.meeting_list_model import ID_ROLE, MeetingListModel

if TYPE_CHECKING:
    from desktop_app.services.meetings import MeetingEntry, MeetingService
    from desktop_app.services.profiles import ProfileItem, ProfileService


class MeetingsPanel(QWidget):
    """New meeting, the log (newest first) and the selected meeting's notes and actions."""

    changed = Signal()  # meetings or actions changed: the list's open-actions count may move
    edited = Signal(str, str, str, object, object)

    def __init__(
        self, choices: Mapping[str, Sequence[tuple[str, str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._profiles: ProfileService | None = None
        self._meetings: MeetingService | None = None
        self._participant_id: str | None = None
        self._entries: list[MeetingEntry] = []
        self.model = MeetingListModel(dict(choices.get("meeting_kind", ())), self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Meetings"))
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        # The log sits above the meeting it opens, so notes get the full width.
        self.list.setFixedHeight(self.fontMetrics().lineSpacing() * 9)
        self.new_button = QPushButton(self.tr("New meeting"), self)
        self.remove_button = QPushButton(self.tr("Remove meeting"), self)
        self._disarm = QTimer(self)
        self._disarm.setSingleShot(True)
        self._disarm.setInterval(4000)
        self._disarm.timeout.connect(self._reset_remove_button)
        self.detail = MeetingDetail(choices, self)
        self.empty = QLabel(
            self.tr("No meetings yet. Click “New meeting” to write down today's meeting."), self
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.detail)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.new_button.clicked.connect(self.on_new_meeting)
        self.remove_button.clicked.connect(self.on_remove_meeting)
        self.list.selectionModel().selectionChanged.connect(self._on_selected)
        self.detail.meeting_saved.connect(self._on_meeting_saved)
        self.detail.actions_changed.connect(self._on_actions_changed)
        self.detail.edited.connect(self.edited)
        self._update_buttons()

    def set_participant(
        self, profiles: ProfileService, meetings: MeetingService, participant_id: str
    ) -> None:
        """Show a participant's meetings, the newest selected."""
        self.detail.clear()
        self._profiles, self._meetings = profiles, meetings
        self._participant_id = participant_id
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        """Read the meetings again and select one (the newest unless told)."""
        if self._meetings is None or self._participant_id is None:
            return
        self._entries = self._meetings.meetings(self._participant_id)
        self.model.set_entries(self._entries)
        row = self.model.row_of(select_id) if select_id else 0
        if self._entries:
            self.list.setCurrentIndex(self.model.index(max(row, 0)))
        else:
            self.detail.clear()
            self.stack.setCurrentWidget(self.empty)
        self._update_buttons()

    def flush(self) -> None:
        """Save what is still being typed in the meeting shown."""
        self.detail.autosaver.flush()

    def set_hidden_fields(self, keys: frozenset[str]) -> None:
        """Meeting mode: hide coach-only notes."""
        self.detail.set_hidden_fields(keys)

    def on_new_meeting(self) -> None:
        """Add a meeting dated today and put the cursor in its topics."""
        if self._meetings is None or self._participant_id is None:
            return
        self.flush()
        meeting = self._meetings.add_meeting(self._participant_id)
        self.reload(meeting.id)
        self.detail.widget_for("meeting.topics").setFocus()
        self.changed.emit()

    def on_remove_meeting(self) -> None:
        """Remove the selected meeting and its actions (the second click confirms)."""
        meeting_id = self.detail.meeting_id
        if self._meetings is None or meeting_id is None:
            return
        if not self._disarm.isActive():
            # Notes cannot be brought back, so a stray click must not remove them.
            self.remove_button.setText(self.tr("Click again to remove"))
            self._disarm.start()
            return
        self._reset_remove_button()
        self.detail.clear()
        self._meetings.delete_meeting(meeting_id)
        self.reload()
        self.changed.emit()

    def _on_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self._profiles is None:
            return
        meeting_id = indexes[0].data(ID_ROLE)
        entry = next((e for e in self._entries if e.meeting.id == meeting_id), None)
        if entry is not None:
            self.detail.show_entry(self._profiles, entry)
            self.stack.setCurrentWidget(self.detail)
        self._update_buttons()

    def _on_meeting_saved(self, meeting: ProfileItem) -> None:
        self.model.replace(meeting)
        self._entries = [
            type(e)(meeting, e.actions) if e.meeting.id == meeting.id else e for e in self._entries
        ]

    def _on_actions_changed(self) -> None:
        meeting_id = self.detail.meeting_id
        if meeting_id is not None:
            rows = self.detail.actions.model
            open_count = sum(not rows.item_at(n)["done"] for n in range(rows.rowCount()))
            self.model.set_open_actions(meeting_id, open_count)
            actions = tuple(rows.item_at(n) for n in range(rows.rowCount()))
            self._entries = [
                type(e)(e.meeting, actions) if e.meeting.id == meeting_id else e
                for e in self._entries
            ]
        self.changed.emit()

    def _reset_remove_button(self) -> None:
        self._disarm.stop()
        self.remove_button.setText(self.tr("Remove meeting"))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.detail.meeting_id is not None)
