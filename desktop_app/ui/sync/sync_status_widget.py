"""The status-bar corner for team sync: online or offline, last sync, conflicts to review."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop_app.ui.sync.sync_texts import ago_text, run_text, when_text

if TYPE_CHECKING:
    from desktop_app.services.sync_records import SyncStatusView

_TONES = {
    "off": "#8a8f98",
    "busy": "#2563eb",
    "ok": "#15803d",
    "offline": "#b45309",
    "problem": "#b91c1c",
}
_LINK = (
    "QPushButton { border: none; padding: 0 4px; text-align: left; color: palette(text); }"
    "QPushButton:hover { text-decoration: underline; }"
    "QPushButton:focus { text-decoration: underline; }"
)
_CONFLICTS = (
    "QPushButton { border: 1px solid #b45309; border-radius: 8px; padding: 0 8px; "
    "color: #92400e; background: #fff7ed; font-weight: bold; }"
    "QPushButton:hover, QPushButton:focus { background: #ffedd5; }"
)


class SyncStatusWidget(QWidget):
    """A coloured dot, a short state ("Synced 2 min ago") and a conflicts button."""

    details_requested = Signal()  # the state was clicked: the sync log, or connect when off
    conflicts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: SyncStatusView | None = None
        self.syncing = False
        self.tone = "off"
        self.dot = QLabel("●", self)
        self.dot.setAccessibleName(self.tr("Team sync state"))
        self.state_button = QPushButton(self)
        self.state_button.setFlat(True)
        self.state_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.state_button.setStyleSheet(_LINK)
        self.state_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.state_button.setAccessibleName(self.tr("Team sync"))
        self.state_button.clicked.connect(self.details_requested)
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setStyleSheet(_CONFLICTS)
        self.conflicts_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts_button.setAccessibleName(self.tr("Conflicts to review"))
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(4)
        layout.addStretch(1)  # any spare width goes left: the dot stays by its text
        layout.addWidget(self.dot)
        layout.addWidget(self.state_button)
        layout.addWidget(self.conflicts_button)
        self._ticker = QTimer(self)  # keeps "2 min ago" true
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self._render)
        self.show_status(None)

    def show_status(self, status: SyncStatusView | None) -> None:
        """Show a vault's sync status, or hide everything (locked)."""
        self.status = status
        self.setVisible(status is not None)
        if status is None:
            self._ticker.stop()
        else:
            self._ticker.start()
        self._render()

    def set_syncing(self, syncing: bool) -> None:
        """Show "Syncing…" while a round runs."""
        self.syncing = syncing
        self._render()

    def state_text(self) -> str:
        """The words shown for the current state (tests read them)."""
        return self.state_button.text()

    def _render(self, now: datetime | None = None) -> None:
        status = self.status
        if status is None:
            return
        text, self.tone = self._describe(status, now or datetime.now(UTC))
        self.state_button.setText(text)
        self.dot.setStyleSheet(f"color: {_TONES[self.tone]};")
        self.state_button.setToolTip(self._tooltip(status))
        count = status.open_conflicts
        self.conflicts_button.setVisible(count > 0)
        if count == 1:
            self.conflicts_button.setText(self.tr("1 conflict to review"))
        else:
            self.conflicts_button.setText(
                self.tr("{count} conflicts to review").format(count=count)
            )

    def _describe(self, status: SyncStatusView, now: datetime) -> tuple[str, str]:
        if not status.connected:
            return self.tr("Team sync off"), "off"
        if self.syncing:
            return self.tr("Syncing…"), "busy"
        last = status.last_sync_at
        ago = ago_text(last, now) if last else ""
        if status.last_status in ("", "busy"):
            return (self.tr("Synced {ago}").format(ago=ago), "ok") if last else (
                self.tr("Waiting to sync"), "busy")  # fmt: skip
        if status.last_status == "ok":
            return self.tr("Synced {ago}").format(ago=ago), "ok"
        if status.last_status == "offline":
            if status.pending_changes:
                text = self.tr("Offline – {count} changes waiting").format(
                    count=status.pending_changes
                )
            elif last:
                text = self.tr("Offline – last synced {ago}").format(ago=ago)
            else:
                text = self.tr("Offline – shared folder not reachable")
            return text, "offline"
        if status.last_status == "needs_passphrase":
            return self.tr("Enter the new team passphrase"), "problem"
        if status.last_status == "publish_failed":
            return self.tr("Sync problem – your changes wait here"), "problem"
        return self.tr("Sync problem – see the sync log"), "problem"

    def _tooltip(self, status: SyncStatusView) -> str:
        if not status.connected:
            return self.tr("Click to connect to a shared folder with your team.")
        lines = [self.tr("Shared folder: {folder}").format(folder=status.folder)]
        if status.last_attempt_at:
            lines.append(self.tr("Last try: {when}").format(when=when_text(status.last_attempt_at)))
        if status.last_status and status.last_status != "ok":
            lines.append(run_text(status.last_status))
        lines.append(self.tr("Click to see the sync log."))
        return "\n".join(lines)
