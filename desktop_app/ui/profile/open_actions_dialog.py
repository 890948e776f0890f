"""Overview of every open agreed action; double-click opens the participant."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
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

from desktop_app.ui.profile.open_actions_model import PARTICIPANT_ROLE, OpenActionsModel

if TYPE_CHECKING:
    from desktop_app.services.meetings import MeetingService


class OpenActionsDialog(QDialog):
    """A read-only list of what participants agreed to do, soonest due first."""

    participant_chosen = Signal(str)

    def __init__(self, meetings: MeetingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self.setWindowTitle(self.tr("Open actions"))
        self.model = OpenActionsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Open actions of every participant"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        hint = QLabel(self.tr("Double-click an action to open the participant."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.resize(820, 480)
        self.reload()

    def reload(self) -> None:
        """Read the open actions again."""
        actions = self._meetings.open_actions()
        self.model.set_actions(actions)
        overdue = sum(a.overdue for a in actions)
        self.summary.setText(
            self.tr("Open actions: {count}. Past their due date: {overdue}.").format(
                count=len(actions), overdue=overdue
            )
        )

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.participant_chosen.emit(index.data(PARTICIPANT_ROLE))
