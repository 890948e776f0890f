"""Review conflicts: see the value that lost, take it back or keep the current one."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.dialog_header import DialogHeader
from desktop_app.ui.empty_state import EmptyState
from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.sync.conflict_table_model import ConflictTableModel
from desktop_app.ui.sync.sync_texts import device_text, value_text, when_text

if TYPE_CHECKING:
    from desktop_app.services.sync_conflicts import ConflictService, ConflictView


class ConflictsDialog(QDialog):
    """The open conflicts of this vault, newest first."""

    changed = Signal()  # a value was taken back or a conflict closed

    def __init__(self, conflicts: ConflictService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conflicts = conflicts
        self.setWindowTitle(self.tr("Review conflicts"))
        self.header = DialogHeader(
            self.tr("Review conflicts"),
            self.tr(
                "You and a colleague changed the same information while you were not "
                "connected. The later change was kept. Check each one: keep it, or take the "
                "other value back."
            ),
            self,
        )
        self.model = ConflictTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conflicts to review"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty = EmptyState(
            self.tr("Nothing to review"),
            self.tr("There are no conflicts. Changes made by you and your colleagues agree."),
            "",
            self,
        )
        self.empty.button.setVisible(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Both values in full"))
        self.details.setMaximumHeight(130)
        self.message = InlineMessage(self)
        self.take_back_button = QPushButton(self.tr("&Use the other value"), self)
        self.take_back_button.setToolTip(
            self.tr("Puts the other value back; your colleagues get it at their next sync.")
        )
        self.keep_button = QPushButton(self.tr("&Keep the current value"), self)
        actions = QHBoxLayout()
        actions.addWidget(self.take_back_button)
        actions.addWidget(self.keep_button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.take_back_button.clicked.connect(self.take_back)
        self.keep_button.clicked.connect(self.keep_current)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(980, 600)
        self.reload()

    def reload(self) -> None:
        """Read the open conflicts again and select the first."""
        self.model.set_rows(self._conflicts.list_open())
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 230))
        self._update_buttons()

    def selected(self) -> ConflictView | None:
        """The conflict the coach selected."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.conflict(rows[0].row()) if rows else None

    def take_back(self) -> None:
        """Make the selected losing value current again."""
        conflict = self.selected()
        if conflict is None:
            return
        try:
            self._conflicts.take_back(conflict.id)
        except Exception as exc:  # noqa: BLE001 - shown as a plain sentence
            self.message.show_message(self._error_text(exc))
            self.reload()
            return
        self.message.show_message(
            self.tr("The other value is back. Your colleagues get it at their next sync."), "info"
        )
        self.reload()
        self.changed.emit()

    def keep_current(self) -> None:
        """Close the selected conflict, keeping the value that won."""
        conflict = self.selected()
        if conflict is None:
            return
        try:
            self._conflicts.keep_current(conflict.id)
        except Exception as exc:  # noqa: BLE001 - shown as a plain sentence
            self.message.show_message(self._error_text(exc))
        else:
            self.message.show_message(self.tr("Kept the current value."), "info")
        self.reload()
        self.changed.emit()

    def _error_text(self, exc: Exception) -> str:
        code = getattr(exc, "code", "")
        if code == "record_gone":
            return self.tr("That record was deleted, so its other value cannot be taken back.")
        if code == "conflict_gone":
            return self.tr("This conflict was already reviewed.")
        return describe_error(exc)

    def _update_buttons(self) -> None:
        conflict = self.selected()
        self.take_back_button.setEnabled(conflict is not None and conflict.record_exists)
        self.keep_button.setEnabled(conflict is not None)
        self.details.setVisible(conflict is not None)
        if conflict is not None:
            self.details.setHtml(self._details_html(conflict))

    def _details_html(self, c: ConflictView) -> str:
        # Long notes are cut short in the table; here both values show in full.
        def block(title: str, who: str, value: str) -> str:
            text = html.escape(value).replace("\n", "<br>")
            return f"<p><b>{html.escape(title)}</b> – {html.escape(who)}<br>{text}</p>"

        kept_by = device_text(c.current_by_me, c.current_device) if c.current_device else ""
        kept_when = when_text(c.current_at)
        kept = self.tr("Value kept now") if c.record_exists else self.tr("Value kept now (deleted)")
        return block(
            kept, f"{kept_by}, {kept_when}".strip(", "),
            value_text(c.entity, c.field, c.current_value),
        ) + block(
            self.tr("Other value"), f"{device_text(c.other_by_me, c.other_device)}, "
            f"{when_text(c.other_at)}", value_text(c.entity, c.field, c.other_value),
        )  # fmt: skip
