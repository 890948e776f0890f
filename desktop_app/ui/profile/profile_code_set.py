"""Several codes of a list, as a grid of check boxes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

COLUMNS = 2


class ProfileCodeSet(QWidget):
    """One check box per code; `codes()` lists the ticked ones in list order."""

    changed = Signal()

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, (code, label) in enumerate(choices):
            box = QCheckBox(label, self)
            box.setAccessibleName(label)
            box.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(box, number // COLUMNS, number % COLUMNS, Qt.AlignmentFlag.AlignLeft)
            self.boxes[code] = box
        self.setFocusProxy(next(iter(self.boxes.values()), None))

    def codes(self) -> list[str]:
        """The ticked codes."""
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: Sequence[str]) -> None:
        """Tick exactly these codes (quietly)."""
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)
