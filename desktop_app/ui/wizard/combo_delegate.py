"""A drop-down editor for table cells whose column has a fixed list of choices."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.ui.wizard.row_table_model import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex


class ComboDelegate(QStyledItemDelegate):
    """Edits a choice cell with a QComboBox of the column's options."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: Index,
    ) -> QWidget:
        """A combo box filled with the cell's choices."""
        combo = QComboBox(parent)
        for value, label in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """Select the stored choice."""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,  # noqa: N802
        index: Index,
    ) -> None:
        """Store the chosen value."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: Index,
    ) -> None:
        """Cover the cell."""
        editor.setGeometry(option.rect)  # type: ignore[attr-defined]
