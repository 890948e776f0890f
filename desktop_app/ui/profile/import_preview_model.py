"""Table model of a CSV import preview: each row's values and its problems."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.ui.profile.import_messages import import_problem_text
from desktop_app.ui.profile.labels import field_label

if TYPE_CHECKING:
    from desktop_app.services.csv_import import ImportPreview, ImportRow

Index = QModelIndex | QPersistentModelIndex
PROBLEMS = 1  # the column that says what is wrong, kept in view beside the line number
_ERROR = QColor("#9b1c1c")
_ERROR_BACKGROUND = QColor("#fdecec")


class ImportPreviewModel(QAbstractTableModel):
    """Columns: line, "Problems" (empty when the row is fine), then the file's columns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRow] = []
        self._columns: list[str] = []

    def set_preview(self, preview: ImportPreview | None) -> None:
        """Show a preview (None: nothing chosen yet)."""
        self.beginResetModel()
        self._rows = list(preview.rows) if preview else []
        self._columns = list(preview.columns) if preview else []
        self.endResetModel()

    def problems_text(self, row: ImportRow) -> str:
        """A row's problems in the coach's language, one per line."""
        return "\n".join(
            import_problem_text(p.code, p.line, p.column, p.message) for p in row.problems
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns) + 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(row.line)
            if column == PROBLEMS:
                return self.problems_text(row)
            value = row.values.get(self._columns[column - 2], "")
            return "✓" if value is True else "" if value is False else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and column == PROBLEMS:
            return QBrush(_ERROR)
        if role == Qt.ItemDataRole.BackgroundRole and row.problems and column > 0:
            flagged = {p.column for p in row.problems}
            if column == PROBLEMS or self._columns[column - 2] in flagged:
                return QBrush(_ERROR_BACKGROUND)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Line")
        if section == PROBLEMS:
            return self.tr("Problems")
        if 2 <= section < len(self._columns) + 2:
            return field_label(self._columns[section - 2])
        return None
