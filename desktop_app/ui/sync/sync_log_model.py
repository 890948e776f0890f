"""The sync log as a table: when, what happened in plain words, and which file."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_app.ui.sync.sync_texts import problem_text, run_text, when_text

if TYPE_CHECKING:
    from desktop_app.services.sync_records import SyncLogEntry

Index = QModelIndex | QPersistentModelIndex


class SyncLogModel(QAbstractTableModel):
    """Read-only rows of SyncLogEntry, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SyncLogEntry] = []

    def set_rows(self, rows: Sequence[SyncLogEntry]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("When"), self.tr("What happened"), self.tr("File in the shared folder"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._rows[index.row()]
        if index.column() == 0:
            return when_text(entry.at)
        if index.column() == 1:
            return self.describe(entry)
        # The folder part is a device id: the name alone says what the file is.
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.file_name.rsplit("/", 1)[-1]
        return entry.file_name

    def describe(self, entry: SyncLogEntry) -> str:
        """One entry in plain words."""
        if entry.problem:
            return problem_text(entry.problem)
        text = run_text(entry.status)
        if entry.status == "ok" and (entry.applied or entry.published):
            text = self.tr("Synced: {received} changes received, {sent} sent.").format(
                received=entry.applied, sent=entry.published
            )
        if entry.conflicts == 1:
            text += " " + self.tr("1 new conflict to review.")
        elif entry.conflicts:
            text += " " + self.tr("{count} new conflicts to review.").format(count=entry.conflicts)
        return text
