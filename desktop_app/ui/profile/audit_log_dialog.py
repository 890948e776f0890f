"""Read-only view of the audit log, with the result of the tamper check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.profile.audit_log_model import AuditLogModel

if TYPE_CHECKING:
    from desktop_app.services.audit import AuditService

SHOWN = 2000


class AuditLogDialog(QDialog):
    """Who viewed, edited, printed, exported or erased which record, and when."""

    def __init__(self, audit: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        explanation = QLabel(
            self.tr(
                "Every time a participant is viewed, edited, printed, exported or erased, "
                "it is written here. The log holds record numbers, never names, and cannot "
                "be changed."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.check = InlineMessage(self)
        self.model = AuditLogModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log entries, newest first"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.check)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)
        count = audit.count()
        self.model.set_entries(audit.entries(limit=SHOWN))
        result = audit.verify()
        if result.ok:
            text = self.tr("The log is complete and unchanged. Entries: {count}.")
            self.check.show_message(text.format(count=count), "info")
        else:
            text = self.tr(
                "The log was changed outside Opstart at entry {number}. Tell your data "
                "protection officer."
            )
            self.check.show_message(text.format(number=result.first_bad_seq), "error")
