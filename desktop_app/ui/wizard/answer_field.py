"""Base of every answer widget: a key, a value in the stored JSON shape, a changed signal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class AnswerField(QWidget):
    """One answer on a wizard page; subclasses hold the real editor."""

    changed = Signal(str, object)
    problem = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._loading = False

    def focus_widget(self) -> QWidget:
        """The widget a label's buddy and the keyboard land on."""
        return self

    def set_accessible(self, name: str, description: str = "") -> None:
        """Name the editor for screen readers."""
        widget = self.focus_widget()
        widget.setAccessibleName(name)
        if description:
            widget.setAccessibleDescription(description)

    def set_value(self, value: Any) -> None:
        """Show a stored value without emitting `changed`."""
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        """The current value in the stored JSON shape."""
        raise NotImplementedError

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit(self.key, self.value())
