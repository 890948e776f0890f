"""One participant list as an editable table with Add and Remove (goals, ladder, modules…)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import OpstartError
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.profile.field_errors import describe_field_error
from desktop_app.ui.profile.item_delegate import ItemDelegate
from desktop_app.ui.profile.item_table_model import ItemTableModel

if TYPE_CHECKING:
    from desktop_app.services.profiles import ProfileItem, ProfileService

VISIBLE_ROWS = 4


class ItemTableEditor(QWidget):
    """A table of one list kind; every cell edit is saved at once."""

    edited = Signal(str, str, str, object, object)  # kind, item id, field, old, new
    items_changed = Signal()

    def __init__(
        self,
        kind: str,
        add_text: str,
        choices: Mapping[str, Sequence[tuple[str, str]]],
        parent: QWidget | None = None,
        skip: Sequence[str] = (),
        defaults: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._profiles: ProfileService | None = None
        self._participant_id: str | None = None
        self._defaults = dict(defaults or {})
        self.model = ItemTableModel(kind, self._save, choices, skip, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(ItemDelegate(choices, self.table))
        self.table.setAccessibleName(add_text)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(row * (VISIBLE_ROWS + 1) + 4)
        self.add_button = QPushButton(add_text, self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected row"))
        self.message = InlineMessage(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.on_add)
        self.remove_button.clicked.connect(self.on_remove)
        self.model.failed.connect(self.message.show_message)
        self.model.edited.connect(self._on_edited)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_items(
        self, profiles: ProfileService, participant_id: str, items: Sequence[ProfileItem]
    ) -> None:
        """Show a participant's entries of this list."""
        self._profiles, self._participant_id = profiles, participant_id
        self.model.set_items(items)
        self.table.resizeRowsToContents()
        self.message.clear_message()
        self._update_buttons()

    def set_defaults(self, values: Mapping[str, Any]) -> None:
        """Starting values of entries added from now on (e.g. the meeting of an action)."""
        self._defaults = dict(values)

    def set_hidden_fields(self, keys: frozenset[str]) -> None:
        """Hide the columns of fields in `keys` ("kind.field")."""
        for column, field in enumerate(self.model.columns):
            self.table.setColumnHidden(column, f"{self.kind}.{field.key}" in keys)

    def _save(self, kind: str, item_id: str, key: str, value: Any) -> ProfileItem:
        if self._profiles is None:
            raise RuntimeError("no participant")
        return self._profiles.update_item(kind, item_id, key, value)

    def _on_edited(self, *args: object) -> None:
        self.table.resizeRowsToContents()
        self.message.clear_message()
        self.edited.emit(*args)
        self.items_changed.emit()

    def on_add(self) -> None:
        """Add an empty entry and start editing its first cell."""
        if self._profiles is None or self._participant_id is None:
            return
        try:
            item = self._profiles.add_item(self._participant_id, self.kind, self._defaults)
        except OpstartError as exc:
            self.message.show_message(describe_field_error(exc, ""))
            return
        row = self.model.append(item)
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)
        self.items_changed.emit()

    def on_remove(self) -> None:
        """Remove the selected entry."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._profiles is None:
            return
        item = self.model.item_at(rows[0].row())
        self._profiles.delete_item(self.kind, item.id)
        self.model.remove(item.id)
        self._update_buttons()
        self.items_changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())

    def focus_first_cell(self) -> None:
        """Put the keyboard focus in the table (for keyboard users and tests)."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
