"""Table model of open agreed actions across participants."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.ui.profile.profile_date_edit import format_date

if TYPE_CHECKING:
    from desktop_app.services.meetings import OpenAction

Index = QModelIndex | QPersistentModelIndex
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1


class OpenActionsModel(QAbstractTableModel):
    """Columns: due, participant, action, agreed at the meeting of."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OpenAction] = []

    def set_actions(self, actions: Sequence[OpenAction]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(actions)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        action = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                format_date(action.due_on),
                action.participant_name,
                action.text,
                format_date(action.meeting_held_on),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and action.overdue:
            return QBrush(QColor("#b91c1c"))
        if role == PARTICIPANT_ROLE:
            return action.participant_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Due"), self.tr("Participant"), self.tr("Action"), self.tr("Meeting"))
        return titles[section] if 0 <= section < len(titles) else None
