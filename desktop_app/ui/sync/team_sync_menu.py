"""The "Team sync" menu: connect, sync now, review conflicts, sync log, leave."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from desktop_app.services.sync_records import SyncStatusView


class TeamSyncMenu(QMenu):
    """Actions for team sync; enabled by what the current status allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Team sync"), parent)
        self.connect_action = QAction(self.tr("&Connect to a shared folder…"), self)
        self.sync_action = QAction(self.tr("&Sync now"), self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.conflicts_action = QAction(self.tr("&Review conflicts…"), self)
        self.log_action = QAction(self.tr("Sync &log…"), self)
        self.leave_action = QAction(self.tr("L&eave the team workspace…"), self)
        for action in (self.connect_action, self.sync_action, self.conflicts_action,
                       self.log_action):  # fmt: skip
            self.addAction(action)
        self.addSeparator()
        self.addAction(self.leave_action)
        self.update_for(None)

    def update_for(self, status: SyncStatusView | None) -> None:
        """Enable what makes sense: nothing while locked, connect only while off."""
        unlocked = status is not None
        connected = bool(status and status.connected)
        rejoin = bool(status and status.last_status == "needs_passphrase")
        self.connect_action.setEnabled(unlocked and (not connected or rejoin))
        self.sync_action.setEnabled(connected)
        self.conflicts_action.setEnabled(unlocked)
        self.log_action.setEnabled(unlocked)
        self.leave_action.setEnabled(connected)
