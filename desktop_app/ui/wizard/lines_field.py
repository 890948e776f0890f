"""A list answer typed as one item per line."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from desktop_app.ui.wizard.answer_field import AnswerField


class LinesField(AnswerField):
    """Each line is one item (skills, strengths, permits…)."""

    def __init__(self, key: str, rows: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * rows + 16)
        self.edit.textChanged.connect(self._emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def focus_widget(self) -> QWidget:
        """The text box."""
        return self.edit

    def _show(self, value: Any) -> None:
        items = value if isinstance(value, list) else []
        text = "\n".join(str(item) for item in items)
        if self.edit.toPlainText() != text:
            self.edit.setPlainText(text)

    def value(self) -> Any:
        """Non-empty lines."""
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]
