"""The clickable list of the 16 steps, each marked done, waiting for the coach or to check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

DONE, UNKNOWN, PROBLEM, OPEN = "✓", "?", "!", "○"


class StepList(QListWidget):
    """Jump to any step; the marks say ✓ done, ? I don't know yet, ! needs a look."""

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles = titles
        self.marks = [OPEN] * len(titles)
        self.setAccessibleName(self.tr("Steps of the business plan"))
        self.setSpacing(3)
        for number, title in enumerate(titles):
            item = QListWidgetItem(self._text(number, title, OPEN), self)
            item.setData(Qt.ItemDataRole.UserRole, number)
        self.setMinimumWidth(self.sizeHintForColumn(0) + 24)

    @staticmethod
    def _text(number: int, title: str, mark: str) -> str:
        return f"{mark}  {number + 1}. {title}"

    def set_marks(self, marks: list[str]) -> None:
        """One mark per step."""
        self.marks = marks
        for number, mark in enumerate(marks):
            item = self.item(number)
            item.setText(self._text(number, self.titles[number], mark))
            tips = {
                DONE: self.tr("Done"),
                UNKNOWN: self.tr("Waiting for the coach"),
                PROBLEM: self.tr("Please look at this step again"),
                OPEN: self.tr("Not answered yet"),
            }
            item.setToolTip(tips[mark])
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tips[mark])
