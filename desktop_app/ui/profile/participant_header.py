"""The top of the profile: name, cohort and status, and buttons for what to do with them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop_app.ui.profile.code_labels import code_label

_CHIP = "QLabel {{ color: {fg}; background: {bg}; border-radius: 9px; padding: 2px 10px; }}"
_STATUS_COLOURS = {
    "active": ("#14532d", "#dcfce7"),
    "completed": ("#1e3a5f", "#dbeafe"),
    "paused": ("#6b4500", "#fef3c7"),
    "dropped_out": ("#7f1d1d", "#fee2e2"),
}


class ParticipantHeader(QWidget):
    """Name in large type, a status chip, feature buttons, GDPR export and erase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Participant name"))
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet("color: palette(mid);")
        self.status_chip = QLabel(self)
        self.status_chip.setAccessibleName(self.tr("Status"))
        self.actions_bar = QHBoxLayout()
        self.actions_bar.setContentsMargins(0, 0, 0, 0)
        self.export_button = QPushButton(self.tr("Export (GDPR)…"), self)
        self.export_button.setToolTip(
            self.tr("Save everything stored about this participant, for an access request")
        )
        self.erase_button = QPushButton(self.tr("Erase…"), self)
        self.erase_button.setToolTip(self.tr("Erase this participant and all their data for good"))
        self.erase_button.setStyleSheet("QPushButton { color: #9b1c1c; }")
        name_row = QHBoxLayout()
        name_row.addWidget(self.title)
        name_row.addWidget(self.status_chip)
        name_row.addStretch(1)
        name_row.addLayout(self.actions_bar)
        name_row.addWidget(self.export_button)
        name_row.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(name_row)
        layout.addWidget(self.subtitle)

    def add_action(self, action: QAction) -> QToolButton:
        """A button for a feature that works on the participant shown (e.g. the business plan)."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_bar.addWidget(button)
        return button

    def show_participant(self, name: str, cohort: str, programme: str, status: str) -> None:
        """Show the name, where they are in the programme, and their status."""
        self.title.setText(name or self.tr("New participant"))
        self.subtitle.setText(" · ".join(part for part in (programme, cohort) if part))
        self.subtitle.setVisible(bool(programme or cohort))
        fg, bg = _STATUS_COLOURS.get(status, _STATUS_COLOURS["active"])
        self.status_chip.setStyleSheet(_CHIP.format(fg=fg, bg=bg))
        self.status_chip.setText(code_label("status", status or "active"))

    def set_meeting_mode(self, on: bool) -> None:
        """Hide the status and the coach's own actions while the participant looks on."""
        for widget in (self.status_chip, self.export_button, self.erase_button):
            widget.setVisible(not on)
