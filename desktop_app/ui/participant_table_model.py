"""Table model of the participant list (Qt model/view)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from desktop_app.services.participants import ParticipantRow


Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ParticipantTableModel(QAbstractTableModel):
    """Rows of ParticipantRow; columns first name, last name."""

    COLUMNS = ("first_name", "last_name")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []

    def set_rows(self, rows: list[ParticipantRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def upsert(self, row: ParticipantRow) -> int:
        """Update the row with the same id, or append it; returns its row number."""
        for number, existing in enumerate(self._rows):
            if existing.id == row.id:
                self._rows[number] = row
                self.dataChanged.emit(
                    self.index(number, 0), self.index(number, len(self.COLUMNS) - 1)
                )
                return number
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(row)
        self.endInsertRows()
        return number

    def row_of(self, participant_id: str) -> int:
        """The row number of an id, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.id == participant_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return getattr(row, self.COLUMNS[index.column()])
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.display_name
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        titles = (self.tr("First name"), self.tr("Last name"))
        return titles[section]
