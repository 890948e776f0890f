"""List model of a participant's meetings: date, kind and the first topic line."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.ui.profile.profile_date_edit import format_date

if TYPE_CHECKING:
    from desktop_app.services.meetings import MeetingEntry
    from desktop_app.services.profiles import ProfileItem

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingListModel(QAbstractListModel):
    """Rows are meetings, newest first."""

    def __init__(self, kind_labels: Mapping[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._kinds = kind_labels
        self._meetings: list[ProfileItem] = []
        self._open: dict[str, int] = {}

    def set_entries(self, entries: Sequence[MeetingEntry]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._meetings = [e.meeting for e in entries]
        self._open = {e.meeting.id: sum(not a["done"] for a in e.actions) for e in entries}
        self.endResetModel()

    def replace(self, meeting: ProfileItem) -> None:
        """Show a meeting's edited date, kind or topics."""
        row = self.row_of(meeting.id)
        if row >= 0:
            self._meetings[row] = meeting
            self.dataChanged.emit(self.index(row), self.index(row))

    def set_open_actions(self, meeting_id: str, count: int) -> None:
        """Update the open-actions count shown for a meeting."""
        row = self.row_of(meeting_id)
        if row >= 0 and self._open.get(meeting_id) != count:
            self._open[meeting_id] = count
            self.dataChanged.emit(self.index(row), self.index(row))

    def meeting_at(self, row: int) -> ProfileItem:
        """The meeting in a row."""
        return self._meetings[row]

    def row_of(self, meeting_id: str) -> int:
        """The row of a meeting id, or -1."""
        return next((n for n, m in enumerate(self._meetings) if m.id == meeting_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._meetings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._meetings):
            return None
        meeting = self._meetings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = " · ".join(
                part
                for part in (format_date(meeting["held_on"]), self._kinds.get(meeting["kind"], ""))
                if part
            )
            topic = meeting["topics"].strip().splitlines()[0] if meeting["topics"].strip() else ""
            open_count = self._open.get(meeting.id, 0)
            lines = [title or self.tr("Meeting without a date"), topic]
            if open_count:
                lines.append(self.tr("Open actions: {count}").format(count=open_count))
            return "\n".join(line for line in lines if line)
        if role == ID_ROLE:
            return meeting.id
        return None
