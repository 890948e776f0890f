"""Table model of the audit log (read-only)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:
    from desktop_app.services.audit import AuditRecord

Index = QModelIndex | QPersistentModelIndex
_ACTIONS = {
    "view": QT_TRANSLATE_NOOP("AuditLogModel", "Viewed"),
    "create": QT_TRANSLATE_NOOP("AuditLogModel", "Created"),
    "edit": QT_TRANSLATE_NOOP("AuditLogModel", "Edited"),
    "delete": QT_TRANSLATE_NOOP("AuditLogModel", "Deleted"),
    "print": QT_TRANSLATE_NOOP("AuditLogModel", "Printed"),
    "export": QT_TRANSLATE_NOOP("AuditLogModel", "Exported"),
    "import": QT_TRANSLATE_NOOP("AuditLogModel", "Imported"),
    "erase": QT_TRANSLATE_NOOP("AuditLogModel", "Erased"),
}


def local_time(at: str) -> str:
    """A UTC ISO stamp in local time, as the locale writes it."""
    moment = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class AuditLogModel(QAbstractTableModel):
    """Columns: when, what, record, detail, device."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRecord] = []

    def set_entries(self, entries: Sequence[AuditRecord]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            action = QCoreApplication.translate("AuditLogModel", _ACTIONS.get(entry.action, ""))
            return (
                local_time(entry.at),
                action or entry.action,
                entry.record_id[:8],
                entry.detail,
                entry.actor[:8],
            )[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("When"),
            self.tr("What"),
            self.tr("Record"),
            self.tr("Detail"),
            self.tr("Device"),
        )
        return titles[section] if 0 <= section < len(titles) else None
