"""One wizard step: title, plain prompt, "I don't know yet", the questions, inline messages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from desktop_app.core.finance.answers import REQUIRED, step_mark
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.wizard.answer_field import AnswerField
from desktop_app.ui.wizard.field_block import FieldBlock
from desktop_app.ui.wizard.field_factory import build_field
from desktop_app.ui.wizard.money_format import tr
from desktop_app.ui.wizard.step_specs import StepSpec


class StepPage(QWidget):
    """load / show_messages / fields: the wizard saves every answer as it changes."""

    answer_changed = Signal(str, object)
    unknown_toggled = Signal(int, bool)

    def __init__(self, spec: StepSpec, country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.number = spec.number
        self.counter = QLabel(
            self.tr("Step {number} of 16").replace("{number}", str(spec.number + 1)), self
        )
        self.counter.setStyleSheet("color: #5f6670;")
        self.title = QLabel(tr(spec.title), self)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.prompt = QLabel(tr(spec.prompt), self)
        self.prompt.setWordWrap(True)
        prompt_font = QFont(self.prompt.font())
        prompt_font.setPointSizeF(prompt_font.pointSizeF() * 1.25)
        self.prompt.setFont(prompt_font)
        self.unknown = QCheckBox(
            self.tr("I don't know yet – my coach will help me with this"), self
        )
        self.unknown.setAccessibleName(self.tr("I don't know yet"))
        self.unknown.toggled.connect(lambda on: self.unknown_toggled.emit(self.number, on))
        self.messages = InlineMessage(self)
        self.fields: dict[str, AnswerField] = {}
        self.blocks: dict[str, FieldBlock] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        for widget in (self.counter, self.title, self.prompt, self.unknown, self.messages):
            layout.addWidget(widget)
        required = set(REQUIRED.get(spec.number, ()))
        for field_spec in spec.fields:
            field = build_field(field_spec, country)
            field.changed.connect(self.answer_changed)
            block = FieldBlock(
                tr(field_spec.label),
                field,
                tr(field_spec.example),
                field_spec.key in required,
                self,
            )
            self.fields[field_spec.key] = field
            self.blocks[field_spec.key] = block
            layout.addWidget(block)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addStretch(1)

    def add_extra(self, widget: QWidget) -> None:
        """Put a figures view or the summary under the questions."""
        self.extra.addWidget(widget)

    def load(self, answers: dict[str, Any], unknown: frozenset[str]) -> None:
        """Show stored answers without saving them again."""
        for key, field in self.fields.items():
            field.set_value(answers.get(key))
        self.unknown.blockSignals(True)
        self.unknown.setChecked(step_mark(self.number) in unknown)
        self.unknown.blockSignals(False)

    def show_messages(self, lines: list[tuple[str, str]]) -> None:
        """(kind, text) lines: errors first, shown together in one inline message."""
        if not lines:
            self.messages.clear_message()
            return
        kind = (
            "error"
            if any(k == "error" for k, _t in lines)
            else ("warning" if any(k == "warning" for k, _t in lines) else "info")
        )
        self.messages.show_message("\n".join(f"• {text}" for _k, text in lines), kind)

    def first_input(self) -> QWidget:
        """Where the keyboard lands when the step opens."""
        if self.fields:
            return next(iter(self.fields.values())).focus_widget()
        return self.unknown
