"""A coloured dot with a word beside it (colour is never the only signal)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

COLOURS = {"green": "#2e7d32", "amber": "#ef8f00", "red": "#c62828", "grey": "#8a8f98"}


class TrafficLight(QWidget):
    """● + a short status word + a sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dot = QLabel("●", self)
        self.word = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.colour = "grey"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.dot)
        layout.addWidget(self.word)
        layout.addWidget(self.text, 1)

    def set_state(self, colour: str, word: str, text: str) -> None:
        """Show `colour` (green, amber, red, grey) with a word and a sentence."""
        self.colour = colour
        self.dot.setStyleSheet(f"color: {COLOURS[colour]}; font-size: 18pt;")
        self.word.setText(f"<b>{word}</b>")
        self.text.setText(text)
        self.setAccessibleName(f"{word}: {text}")
