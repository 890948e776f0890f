"""A one-line or multi-line text answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_app.ui.wizard.answer_field import AnswerField


class TextField(AnswerField):
    """Free text; `multiline` gives a box of a few lines, `limit` caps the length."""

    def __init__(
        self, key: str, multiline: bool = False, limit: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(key, parent)
        self.multiline = multiline
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if multiline:
            self.edit: QLineEdit | QPlainTextEdit = QPlainTextEdit(self)
            self.edit.setTabChangesFocus(True)
            self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
            self.edit.textChanged.connect(self._emit)
        else:
            self.edit = QLineEdit(self)
            if limit:
                self.edit.setMaxLength(limit)
            self.edit.textEdited.connect(lambda _text: self._emit())
        layout.addWidget(self.edit)

    def focus_widget(self) -> QWidget:
        """The text editor."""
        return self.edit

    def _show(self, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        if isinstance(self.edit, QPlainTextEdit):
            if self.edit.toPlainText() != text:
                self.edit.setPlainText(text)
        else:
            self.edit.setText(text)

    def value(self) -> Any:
        """The typed text."""
        if isinstance(self.edit, QPlainTextEdit):
            return self.edit.toPlainText()
        return self.edit.text()
