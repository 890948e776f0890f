"""Several choices at once, as a column of check boxes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from desktop_app.ui.wizard.answer_field import AnswerField


class MultiChoiceField(AnswerField):
    """Ticked values in option order (e.g. the sales channels)."""

    def __init__(
        self, key: str, options: list[tuple[object, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(key, parent)
        self.boxes: dict[object, QCheckBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, (value, label) in enumerate(options):
            box = QCheckBox(label, self)
            box.toggled.connect(lambda _on: self._emit())
            self.boxes[value] = box
            layout.addWidget(box, index // 2, index % 2)

    def focus_widget(self) -> QWidget:
        """The first box."""
        return next(iter(self.boxes.values()))

    def set_accessible(self, name: str, description: str = "") -> None:
        """Each box keeps its own label as its name; the group gets the question."""
        self.setAccessibleName(name)

    def _show(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)

    def value(self) -> Any:
        """The ticked values."""
        return [key for key, box in self.boxes.items() if box.isChecked()]
