"""A choice from a short list, shown as a drop-down."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from desktop_app.ui.wizard.answer_field import AnswerField


class ChoiceField(AnswerField):
    """One of `options` (value, label); starts on "Choose…" until the user picks."""

    def __init__(
        self, key: str, options: list[tuple[object, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(key, parent)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("Choose…"), None)
        for value, label in options:
            self.combo.addItem(label, value)
        self.combo.currentIndexChanged.connect(lambda _i: self._emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)

    def focus_widget(self) -> QWidget:
        """The drop-down."""
        return self.combo

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(0, index))

    def value(self) -> Any:
        """The chosen value, or None."""
        return self.combo.currentData()

    def choose(self, value: object) -> None:
        """Select `value` as a user would (emits `changed`)."""
        self.combo.setCurrentIndex(self.combo.findData(value))
