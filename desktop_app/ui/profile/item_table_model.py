"""Table model of one participant list (goals, ladder, modules…); edits save at once."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_app.core.errors import OpstartError
from desktop_app.core.profile_fields import FieldKind, ProfileField, item_kind
from desktop_app.ui.profile.field_errors import describe_field_error
from desktop_app.ui.profile.labels import field_label
from desktop_app.ui.profile.profile_date_edit import format_date

if TYPE_CHECKING:
    from desktop_app.services.profiles import ProfileItem

Index = QModelIndex | QPersistentModelIndex
SaveItemFn = Callable[[str, str, str, Any], "ProfileItem"]
FIELD_ROLE = Qt.ItemDataRole.UserRole + 10


class ItemTableModel(QAbstractTableModel):
    """Rows are ProfileItems of one kind; columns are the kind's fields (minus `skip`)."""

    edited = Signal(str, str, str, object, object)  # kind, item id, field, old, new
    failed = Signal(str)  # a plain sentence

    def __init__(
        self,
        kind: str,
        save: SaveItemFn,
        choices: Mapping[str, Sequence[tuple[str, str]]],
        skip: Sequence[str] = (),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns: list[ProfileField] = [f for f in item_kind(kind).fields if f.key not in skip]
        self._save = save
        self._rows: list[ProfileItem] = []
        self._choices: dict[str, dict[str, str]] = {}
        self.set_choices(choices)

    def set_choices(self, choices: Mapping[str, Sequence[tuple[str, str]]]) -> None:
        """Labels of codes (called again when a team's code lists change)."""
        self._choices = {name: dict(pairs) for name, pairs in choices.items()}
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def set_items(self, items: Sequence[ProfileItem]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def append(self, item: ProfileItem) -> int:
        """Add a row at the end; returns its number."""
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(item)
        self.endInsertRows()
        return number

    def remove(self, item_id: str) -> None:
        """Drop the row of an item."""
        number = self.row_of(item_id)
        if number >= 0:
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()

    def replace(self, item: ProfileItem) -> None:
        """Show an item's new values (after an undo, say)."""
        number = self.row_of(item.id)
        if number >= 0:
            self._rows[number] = item
            self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def item_at(self, row: int) -> ProfileItem:
        """The item shown in a row."""
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        """The row of an item id, or -1."""
        return next((n for n, item in enumerate(self._rows) if item.id == item_id), -1)

    def column_of(self, key: str) -> int:
        """The column of a field, or -1."""
        return next((n for n, f in enumerate(self.columns) if f.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def display(self, field: ProfileField, value: Any) -> str:
        """A stored value as the table shows it."""
        if field.kind is FieldKind.CODE:
            return self._choices.get(field.code_list, {}).get(value, value)
        if field.kind is FieldKind.CODES:
            labels = self._choices.get(field.code_list, {})
            return ", ".join(labels.get(code, code) for code in value)
        if field.kind is FieldKind.DATE:
            return format_date(value)
        if field.kind is FieldKind.NUMBER and value is not None:
            return QLocale().toString(float(value), "g", 6)
        if value is None or field.kind is FieldKind.BOOL:
            return ""
        return str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        field = self.columns[index.column()]
        value = self._rows[index.row()].values.get(field.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(field, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.CheckStateRole and field.kind is FieldKind.BOOL:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == FIELD_ROLE:
            return field
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{field_label(f'{self.kind}.{field.key}')}: {self.display(field, value)}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind is FieldKind.BOOL:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        field = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and field.kind is FieldKind.BOOL:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        item = self._rows[index.row()]
        old = item.values.get(field.key)
        if old == value or (field.kind is FieldKind.CODES and tuple(value) == old):
            return True
        try:
            saved = self._save(self.kind, item.id, field.key, value)
        except OpstartError as exc:
            self.failed.emit(describe_field_error(exc, f"{self.kind}.{field.key}"))
            return False
        self._rows[index.row()] = saved
        self.dataChanged.emit(index, index)
        self.edited.emit(self.kind, item.id, field.key, old, saved.values.get(field.key))
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return field_label(f"{self.kind}.{self.columns[section].key}")
