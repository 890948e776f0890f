"""Binds one profile field to the widget that edits it: make, read, show, notice edits."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from desktop_app.core.profile_fields import FieldKind, ProfileField
from desktop_app.ui.profile.labels import field_label
from desktop_app.ui.profile.profile_code_combo import ProfileCodeCombo
from desktop_app.ui.profile.profile_code_set import ProfileCodeSet
from desktop_app.ui.profile.profile_date_edit import ProfileDateEdit
from desktop_app.ui.profile.profile_money_edit import ProfileMoneyEdit
from desktop_app.ui.profile.profile_spin_box import ProfileSpinBox

LONG_TEXT_LINES = 4


class InvalidInput(ValueError):
    """The widget holds text that is not a valid value (a bad date or amount)."""


class FieldBinding:
    """A field, its widget, and how to read, show and watch the widget."""

    def __init__(self, field: ProfileField, key: str, widget: QWidget) -> None:
        self.field = field
        self.key = key  # "cohort" or "meeting.topics"
        self.widget = widget

    def value(self) -> Any:
        """The widget's value in service form; InvalidInput when it is not valid."""
        w, kind = self.widget, self.field.kind
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, ProfileDateEdit):
            found = w.value()
            if found is None:
                raise InvalidInput("bad_date")
            return found
        if isinstance(w, ProfileMoneyEdit):
            try:
                return w.value()
            except ValueError:
                raise InvalidInput("bad_amount") from None
        if isinstance(w, ProfileSpinBox):
            return w.number()
        if isinstance(w, ProfileCodeCombo):
            return w.code()
        if isinstance(w, ProfileCodeSet):
            return w.codes()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        assert isinstance(w, QLineEdit) and kind in (FieldKind.TEXT, FieldKind.NUMBER)
        return w.text()

    def show(self, value: Any, label: str = "") -> None:
        """Put a stored value in the widget without counting it as an edit."""
        w = self.widget
        w.blockSignals(True)
        try:
            if isinstance(w, QPlainTextEdit):
                if w.toPlainText() != value:
                    w.setPlainText(value)
            elif isinstance(w, ProfileDateEdit):
                w.set_value(value)
            elif isinstance(w, ProfileMoneyEdit):
                w.set_value(value)
            elif isinstance(w, ProfileSpinBox):
                w.set_number(value)
            elif isinstance(w, ProfileCodeCombo):
                w.set_code(value, label)
            elif isinstance(w, ProfileCodeSet):
                w.set_codes(value)
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QLineEdit):
                w.setText(value)
        finally:
            w.blockSignals(False)

    def watch(self, on_edit: Callable[[], None], on_done: Callable[[], None]) -> None:
        """Call `on_edit` while the user types and `on_done` when an edit is complete."""
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            w.textChanged.connect(on_edit)
        elif isinstance(w, ProfileMoneyEdit):
            w.edited.connect(on_edit)
            w.editing_finished.connect(on_done)
        elif isinstance(w, QLineEdit):
            w.textEdited.connect(lambda _t: on_edit())
            w.editingFinished.connect(on_done)
        elif isinstance(w, ProfileSpinBox):
            w.valueChanged.connect(lambda _v: on_edit())
        elif isinstance(w, ProfileCodeCombo):
            w.activated.connect(lambda _i: on_done_after(on_edit, on_done))
        elif isinstance(w, ProfileCodeSet):
            w.changed.connect(lambda: on_done_after(on_edit, on_done))
        elif isinstance(w, QCheckBox):
            w.toggled.connect(lambda _on: on_done_after(on_edit, on_done))


def on_done_after(on_edit: Callable[[], None], on_done: Callable[[], None]) -> None:
    """A click is a finished edit: mark it, then save at once."""
    on_edit()
    on_done()


def make_editor(
    field: ProfileField, choices: Sequence[tuple[str, str]], parent: QWidget, label_key: str = ""
) -> QWidget:
    """The widget that edits `field`, with its accessible name set."""
    kind = field.kind
    widget: QWidget
    if kind is FieldKind.LONG_TEXT:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        lines = LONG_TEXT_LINES if field.max_length <= 2000 else LONG_TEXT_LINES * 2
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        widget = edit
    elif kind is FieldKind.DATE:
        widget = ProfileDateEdit(parent)
    elif kind is FieldKind.MONEY:
        widget = ProfileMoneyEdit(parent)
    elif kind is FieldKind.INTEGER:
        widget = ProfileSpinBox(field.minimum or 0, field.maximum or 100, parent)
    elif kind is FieldKind.CODE:
        combo = ProfileCodeCombo(parent)
        combo.set_choices(choices)
        widget = combo
    elif kind is FieldKind.CODES:
        widget = ProfileCodeSet(choices, parent)
    elif kind is FieldKind.BOOL:
        widget = QCheckBox(parent)
    else:
        # No setMaxLength: pasted text would be cut silently; validation says "too long".
        widget = QLineEdit(parent)
    widget.setAccessibleName(field_label(label_key or field.key))
    return widget
