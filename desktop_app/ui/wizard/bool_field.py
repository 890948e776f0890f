"""A yes/no answer as one check box."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from desktop_app.ui.wizard.answer_field import AnswerField


class BoolField(AnswerField):
    """Ticked or not; `default` applies while nothing is stored."""

    def __init__(
        self, key: str, text: str, default: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(key, parent)
        self.default = default
        self.box = QCheckBox(text, self)
        self.box.setChecked(default)
        self.box.toggled.connect(lambda _on: self._emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)

    def focus_widget(self) -> QWidget:
        """The box."""
        return self.box

    def _show(self, value: Any) -> None:
        self.box.setChecked(value if isinstance(value, bool) else self.default)

    def value(self) -> Any:
        """True or False."""
        return self.box.isChecked()
