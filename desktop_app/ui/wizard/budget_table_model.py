"""A read-only table of figures (operating budget, liquidity, loan schedule)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

Index = QModelIndex | QPersistentModelIndex


class BudgetTableModel(QAbstractTableModel):
    """Row labels down the side, column headers across, cells as formatted text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.labels: list[str] = []
        self.cells: list[list[str]] = []
        self.negative: set[tuple[int, int]] = set()
        self.bold_rows: set[int] = set()

    def set_table(
        self,
        headers: list[str],
        labels: list[str],
        cells: list[list[str]],
        negative: set[tuple[int, int]] | None = None,
        bold_rows: set[int] | None = None,
    ) -> None:
        """Replace the whole table."""
        self.beginResetModel()
        self.headers, self.labels, self.cells = headers, labels, cells
        self.negative = negative or set()
        self.bold_rows = bold_rows or set()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per label."""
        return 0 if parent.isValid() else len(self.labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One column per header."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Headers across and row labels down."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.headers if orientation == Qt.Orientation.Horizontal else self.labels
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, right alignment, red for negative amounts, bold for totals."""
        if not index.isValid() or index.row() >= len(self.cells):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self.cells[row]
            return cells[column] if column < len(cells) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (row, column) in self.negative:
            return QColor("#b71c1c")
        if role == Qt.ItemDataRole.FontRole and row in self.bold_rows:
            font = QFont()
            font.setBold(True)
            return font
        return None
