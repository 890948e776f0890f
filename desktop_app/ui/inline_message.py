"""An inline message label for errors and hints (tests read its text; no modal boxes)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

_STYLES = {
    "error": "color: #9b1c1c; background: #fdecec; border: 1px solid #f3b4b4;",
    "info": "color: #1e3a5f; background: #eaf2fb; border: 1px solid #b9d3ee;",
    "warning": "color: #6b4500; background: #fff6e0; border: 1px solid #f0d090;",
}


class InlineMessage(QLabel):
    """A coloured, word-wrapped message that is hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setAccessibleName(self.tr("Message"))

    def show_message(self, text: str, kind: str = "error") -> None:
        """Show `text` styled as `kind` (error, info, warning)."""
        self.setStyleSheet(f"QLabel {{ {_STYLES[kind]} border-radius: 4px; padding: 8px; }}")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        """Hide the message."""
        self.setText("")
        self.setVisible(False)
