"""A thin coloured bar showing a passphrase's strength score (0–4)."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget

_COLOURS = ("#c0392b", "#c0392b", "#d68910", "#2e86c1", "#1e8449")


class PassphraseStrengthBar(QProgressBar):
    """Red for unusable, amber for acceptable, blue for good, green for strong."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 4)
        self.setTextVisible(False)
        self.setMaximumHeight(10)
        self.setAccessibleName(accessible_name)

    def show_score(self, score: int) -> None:
        """Fill and colour the bar for `score`."""
        self.setValue(score)
        self.setStyleSheet(f"QProgressBar::chunk {{ background: {_COLOURS[score]}; }}")
