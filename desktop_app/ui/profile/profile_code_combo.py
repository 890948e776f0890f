"""A choice from a code list, shown in the coach's language; "–" for none."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget


class ProfileCodeCombo(QComboBox):
    """Codes as translated labels; keeps showing a stored code that is no longer offered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[str, str]] = []
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """(code, label) pairs offered after the empty choice."""
        current = self.code()
        self._choices = list(choices)
        self._fill(current)

    def _fill(self, selected: str, extra_label: str = "") -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem("–", "")
        for code, label in self._choices:
            self.addItem(label, code)
        if selected and self.findData(selected) < 0:
            self.addItem(extra_label or selected, selected)
        self.setCurrentIndex(max(0, self.findData(selected)))
        self.blockSignals(False)

    def code(self) -> str:
        """The chosen code, "" for none."""
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def set_code(self, code: str, label: str = "") -> None:
        """Select a code; an unknown or switched-off one is shown with `label` (or the code)."""
        if self.findData(code) < 0 and code:
            self._fill(code, label)
            return
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(code)))
        self.blockSignals(False)
