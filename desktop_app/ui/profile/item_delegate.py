"""Editors inside list tables: a combo for codes, a date field, a number box, check boxes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.core.profile_fields import FieldKind
from desktop_app.ui.profile.field_binding import make_editor
from desktop_app.ui.profile.item_table_model import FIELD_ROLE
from desktop_app.ui.profile.profile_code_combo import ProfileCodeCombo
from desktop_app.ui.profile.profile_code_set import ProfileCodeSet
from desktop_app.ui.profile.profile_date_edit import ProfileDateEdit
from desktop_app.ui.profile.profile_spin_box import ProfileSpinBox

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole


class ItemDelegate(QStyledItemDelegate):
    """Creates the editor a list field needs and hands its value to the model."""

    def __init__(
        self, choices: Mapping[str, Sequence[tuple[str, str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        field = index.data(FIELD_ROLE)
        label_key = f"{getattr(index.model(), 'kind', '')}.{field.key}"
        editor = make_editor(field, self._choices.get(field.code_list, ()), parent, label_key)
        editor.setAutoFillBackground(True)
        if isinstance(editor, ProfileCodeSet):
            editor.changed.connect(lambda: self.commitData.emit(editor))
        if isinstance(editor, ProfileCodeCombo):
            editor.activated.connect(lambda _i: self.commitData.emit(editor))
        return editor

    def updateEditorGeometry(  # noqa: N802 - Qt override
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        # A long text or a set of check boxes needs more room than one table row.
        rect.setHeight(max(rect.height(), editor.sizeHint().height()))
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(EDIT)
        if isinstance(editor, ProfileDateEdit):
            editor.set_value(value or "")
        elif isinstance(editor, ProfileSpinBox):
            editor.set_number(value)
        elif isinstance(editor, ProfileCodeCombo):
            editor.set_code(value or "")
        elif isinstance(editor, ProfileCodeSet):
            editor.set_codes(value or ())
        elif isinstance(editor, QLineEdit):
            number = index.data(FIELD_ROLE).kind is FieldKind.NUMBER
            editor.setText(_number_text(value) if number else (value or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(  # noqa: N802 - Qt override
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        field = index.data(FIELD_ROLE)
        value: Any
        if isinstance(editor, ProfileDateEdit):
            value = editor.value()
            if value is None:
                model.setData(index, editor.text(), EDIT)  # let the service word the problem
                return
        elif isinstance(editor, ProfileSpinBox):
            value = editor.number()
        elif isinstance(editor, ProfileCodeCombo):
            value = editor.code()
        elif isinstance(editor, ProfileCodeSet):
            value = editor.codes()
        elif isinstance(editor, QLineEdit) and field.kind is FieldKind.NUMBER:
            text = editor.text().strip()
            number, ok = QLocale().toDouble(text)
            value = None if not text else (number if ok else text)
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            value = editor.toPlainText()  # type: ignore[attr-defined]
        model.setData(index, value, EDIT)


def _number_text(value: Any) -> str:
    return "" if value is None else QLocale().toString(float(value), "g", 6)
