"""An editable table of dict rows (products, costs, loans, risks…) for QTableView."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop_app.core.finance.answers import decimal_of, int_of
from desktop_app.ui.wizard.money_format import (
    decimal_text,
    format_money,
    format_number,
    parse_decimal,
)

Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    """One column: the row field, its header, its kind and, for choices, the options."""

    field: str
    header: str
    kind: str = "text"  # text | money | int | percent | choice | bool | date
    options: list[tuple[object, str]] = field(default_factory=list)
    default: Any = None


class RowTableModel(QAbstractTableModel):
    """Rows are dicts in the stored JSON shape; every edit emits `rows_changed`."""

    rows_changed = Signal()

    def __init__(
        self, columns: list[Column], country: str, with_ids: bool = False, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.country = country
        self.with_ids = with_ids
        self._rows: list[dict[str, Any]] = []

    # -- data access ------------------------------------------------------------------
    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Replace every row (loading a plan)."""
        self.beginResetModel()
        self._rows = [dict(row) for row in rows if isinstance(row, dict)]
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        """Copies of the rows in the stored shape."""
        return [dict(row) for row in self._rows]

    def add_row(self) -> int:
        """Append a row with the column defaults; returns its number."""
        row: dict[str, Any] = {c.field: c.default for c in self.columns if c.default is not None}
        if self.with_ids:
            row["id"] = uuid.uuid4().hex[:12]
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self.endInsertRows()
        self.rows_changed.emit()
        return position

    def remove_row(self, position: int) -> None:
        """Delete one row."""
        if 0 <= position < len(self._rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()
            self.rows_changed.emit()

    # -- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows (none under a child index)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Columns (none under a child index)."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column headers; rows are numbered."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell is editable; yes/no cells are check boxes."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, edit text, check state, alignment and choice lists."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()].get(column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value if column.kind == "choice" else self._display(column, value, edit=True)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if value is True else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("money", "int", "percent"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CHOICES_ROLE:
            return column.options
        return None

    def _display(self, column: Column, value: Any, edit: bool = False) -> str:
        if value is None or value == "":
            return ""
        if column.kind == "money":
            number = decimal_of(value)
            if number is None:
                return ""
            places = 0 if number == number.to_integral_value() else 2
            if edit:
                return format_number(number, places)
            return format_money(number, self.country, places)
        if column.kind == "choice":
            return next((label for key, label in column.options if key == value), str(value))
        if column.kind == "percent":
            return f"{value} %" if not edit else str(value)
        if column.kind == "bool":
            return ""
        return str(value)

    def setData(
        self,
        index: Index,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Store an edit; text that is not a number for a number column is refused."""
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            row[column.field] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            parsed = self._parse(column, value)
            if parsed is _INVALID:
                return False
            row[column.field] = parsed
        else:
            return False
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        self.rows_changed.emit()
        return True

    @staticmethod
    def _parse(column: Column, value: Any) -> Any:
        text = "" if value is None else str(value).strip()
        if column.kind in ("money", "percent"):
            if not text:
                return None
            number = parse_decimal(text)
            return _INVALID if number is None or number < 0 else decimal_text(number)
        if column.kind == "int":
            if not text:
                return None
            number_int = int_of(text)
            return _INVALID if number_int is None or number_int < 0 else number_int
        if column.kind == "choice":
            return value
        return text


_INVALID = object()
