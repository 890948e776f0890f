"""A table answer: rows the user adds, edits in place and removes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.wizard.answer_field import AnswerField
from desktop_app.ui.wizard.combo_delegate import ComboDelegate
from desktop_app.ui.wizard.row_table_model import Column, RowTableModel


class TableField(AnswerField):
    """Rows of `columns`; "Add a row" starts editing the first cell of the new row."""

    def __init__(
        self,
        key: str,
        columns: list[Column],
        country: str,
        add_text: str,
        with_ids: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(key, parent)
        self.model = RowTableModel(columns, country, with_ids, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(
            triggers.DoubleClicked
            | triggers.EditKeyPressed
            | triggers.AnyKeyPressed
            | triggers.SelectedClicked
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.delegate = ComboDelegate(self.view)
        for number, column in enumerate(columns):
            if column.kind == "choice":
                self.view.setItemDelegateForColumn(number, self.delegate)
        self.add_button = QPushButton(add_text, self)
        self.remove_button = QPushButton(self.tr("Remove the selected row"), self)
        self.add_button.clicked.connect(self.on_add)
        self.remove_button.clicked.connect(self.on_remove)
        self.model.rows_changed.connect(self._on_rows_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._fit()

    def focus_widget(self) -> QWidget:
        """The table."""
        return self.view

    def _fit(self) -> None:
        rows = max(3, self.model.rowCount())
        height = self.view.horizontalHeader().sizeHint().height()
        height += rows * self.view.verticalHeader().defaultSectionSize() + 6
        self.view.setFixedHeight(min(height, 360))
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    def on_add(self) -> None:
        """Add a row and put the cursor in its first cell."""
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def on_remove(self) -> None:
        """Remove the row of the current cell."""
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())

    def _on_rows_changed(self) -> None:
        self._fit()
        self._emit()

    def _show(self, value: Any) -> None:
        self.model.set_rows(value if isinstance(value, list) else [])
        self._fit()

    def value(self) -> Any:
        """The rows in the stored shape."""
        return self.model.rows()
