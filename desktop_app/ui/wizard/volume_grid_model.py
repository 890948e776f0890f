"""The 12-month sales grid: one row per product, one column per month."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop_app.core.finance.answers import int_of

Index = QModelIndex | QPersistentModelIndex
MONTHS = 12


class VolumeGridModel(QAbstractTableModel):
    """Units sold per product and month; headers are the plan's calendar months."""

    grid_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.products: list[tuple[str, str]] = []  # (id, name)
        self.months: list[str] = [str(m + 1) for m in range(MONTHS)]
        self.values: dict[str, list[int]] = {}

    def set_data(
        self, products: list[tuple[str, str]], months: list[str], values: dict[str, list[int]]
    ) -> None:
        """Load the products, month headers and units."""
        self.beginResetModel()
        self.products = products
        self.months = months
        self.values = {
            pid: (list(values.get(pid, [])) + [0] * MONTHS)[:MONTHS] for pid, _name in products
        }
        self.endResetModel()

    def row_values(self, row: int) -> list[int]:
        """The 12 numbers of one product."""
        return list(self.values[self.products[row][0]])

    def set_row(self, row: int, numbers: list[int]) -> None:
        """Replace one product's 12 numbers."""
        self.values[self.products[row][0]] = [max(0, int(n)) for n in numbers][:MONTHS]
        self.dataChanged.emit(self.index(row, 0), self.index(row, MONTHS - 1))
        self.grid_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per product."""
        return 0 if parent.isValid() else len(self.products)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Twelve months."""
        return 0 if parent.isValid() else MONTHS

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Month names across, product names down."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.months[section] if 0 <= section < MONTHS else None
        return self.products[section][1] if 0 <= section < len(self.products) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The units as text, right-aligned."""
        if not index.isValid() or index.row() >= len(self.products):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(self.row_values(index.row())[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(
        self,
        index: Index,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Store a whole number of units; anything else is refused."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        number = int_of(str(value).strip() or "0")
        if number is None or number < 0:
            return False
        self.values[self.products[index.row()][0]][index.column()] = number
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        self.grid_changed.emit()
        return True
