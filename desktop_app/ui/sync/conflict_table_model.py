"""The open conflicts as a table: who, what, the kept value and the other value."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_app.ui.sync.sync_texts import (
    device_text,
    entity_text,
    field_text,
    value_text,
    when_text,
)

if TYPE_CHECKING:
    from desktop_app.services.sync_conflicts import ConflictView

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ConflictTableModel(QAbstractTableModel):
    """Read-only rows of ConflictView; the dialog acts on the selected one."""

    COLUMNS = ("participant", "what", "kept", "other", "by")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictView] = []

    def set_rows(self, rows: Sequence[ConflictView]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def conflict(self, row: int) -> ConflictView | None:
        """The conflict shown on `row`, if any."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            self.tr("Participant"),
            self.tr("Information"),
            self.tr("Value kept now"),
            self.tr("Other value"),
            self.tr("Other value written by"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, self.COLUMNS[index.column()])
            # Long notes show on one line; the tooltip has them in full.
            return " ".join(text.split()) if role == Qt.ItemDataRole.DisplayRole else text
        return None

    def _text(self, row: ConflictView, column: str) -> str:
        if column == "participant":
            return row.participant_name or self.tr("(not linked to a participant)")
        if column == "what":
            return f"{entity_text(row.entity)}: {field_text(row.entity, row.field)}"
        if column == "kept":
            if not row.record_exists:
                return self.tr("(deleted)")
            return value_text(row.entity, row.field, row.current_value)
        if column == "other":
            return value_text(row.entity, row.field, row.other_value)
        who = device_text(row.other_by_me, row.other_device)
        return self.tr("{who}, {when}").format(who=who, when=when_text(row.other_at))
