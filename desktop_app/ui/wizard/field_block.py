"""One question on a page: its label (the editor's buddy), the editor, an example, a message."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.wizard.answer_field import AnswerField


class FieldBlock(QWidget):
    """Label above, example below in grey, a message when the typed text is not accepted."""

    def __init__(
        self,
        label: str,
        field: AnswerField,
        example: str = "",
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.label = QLabel(label + (" *" if required else ""), self)
        self.label.setWordWrap(True)
        font = QFont(self.label.font())
        font.setBold(True)
        self.label.setFont(font)
        self.label.setBuddy(field.focus_widget())
        field.set_accessible(label, example)
        self.example = QLabel(example, self)
        self.example.setWordWrap(True)
        self.example.setStyleSheet("color: #5f6670; font-style: italic;")
        self.example.setVisible(bool(example))
        self.message = InlineMessage(self)
        field.problem.connect(self.show_problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(field)
        layout.addWidget(self.example)
        layout.addWidget(self.message)

    def show_problem(self, text: str) -> None:
        """Show or clear this question's own message."""
        if text:
            self.message.show_message(text, "error")
        else:
            self.message.clear_message()
