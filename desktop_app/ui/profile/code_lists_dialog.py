"""Edit the team's code lists: benefit types, course modules, dropout reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.code_lists import EDITABLE_LISTS
from desktop_app.core.errors import OpstartError
from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.profile.code_labels import code_label

if TYPE_CHECKING:
    from desktop_app.services.code_lists import CodeListService

_LISTS = {
    "benefit_type": QT_TRANSLATE_NOOP("CodeListsDialog", "Benefit types"),
    "course_module": QT_TRANSLATE_NOOP("CodeListsDialog", "Course modules"),
    "dropout_reason": QT_TRANSLATE_NOOP("CodeListsDialog", "Reasons for dropping out"),
}
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_LABEL = 80


class CodeListsDialog(QDialog):
    """Tick what the team uses; add the team's own entries. Changes are saved at once."""

    def __init__(self, code_lists: CodeListService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lists = code_lists
        self.changed = False
        self.setWindowTitle(self.tr("Code lists"))
        explanation = QLabel(
            self.tr(
                "Untick an entry your programme does not use: it is no longer offered, and "
                "participants who have it keep it. Rules change, so add your own entries here. "
                "Your team gets the changes at the next sync."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.list_choice = QComboBox(self)
        self.list_choice.setAccessibleName(self.tr("Which list"))
        for name in EDITABLE_LISTS:
            self.list_choice.addItem(
                QCoreApplication.translate("CodeListsDialog", _LISTS[name]), name
            )
        self.entries = QListWidget(self)
        self.entries.setAccessibleName(self.tr("Entries of the list"))
        self.new_entry = QLineEdit(self)
        self.new_entry.setPlaceholderText(self.tr("Name of a new entry"))
        self.new_entry.setAccessibleName(self.tr("Name of a new entry"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.message = InlineMessage(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        adder = QHBoxLayout()
        adder.addWidget(self.new_entry, 1)
        adder.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list_choice)
        layout.addWidget(self.entries, 1)
        layout.addLayout(adder)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.list_choice.currentIndexChanged.connect(self.reload)
        self.entries.itemChanged.connect(self._on_item_changed)
        self.add_button.clicked.connect(self.on_add)
        self.new_entry.returnPressed.connect(self.on_add)
        buttons.rejected.connect(self.reject)
        self.resize(520, 520)
        self.reload()

    def list_name(self) -> str:
        """The list being edited."""
        return str(self.list_choice.currentData())

    def reload(self) -> None:
        """Show the chosen list, switched-off entries unticked."""
        name = self.list_name()
        self.entries.blockSignals(True)
        self.entries.clear()
        for entry in self._lists.entries(name, include_inactive=True):
            item = QListWidgetItem(code_label(name, entry.code, entry.label), self.entries)
            item.setData(CODE_ROLE, entry.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.active else Qt.CheckState.Unchecked)
        self.entries.blockSignals(False)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        active = item.checkState() == Qt.CheckState.Checked
        try:
            self._lists.set_active(self.list_name(), str(item.data(CODE_ROLE)), active)
        except (OpstartError, OSError) as exc:
            self.message.show_message(describe_error(exc))
            return
        self.changed = True
        self.message.clear_message()

    def on_add(self) -> None:
        """Add the typed entry to the chosen list."""
        label = self.new_entry.text().strip()
        if not label or len(label) > MAX_LABEL:
            self.message.show_message(
                self.tr("Type a name of 1 to {count} characters for the new entry.").format(
                    count=MAX_LABEL
                )
            )
            return
        try:
            self._lists.add(self.list_name(), label)
        except (OpstartError, OSError) as exc:
            self.message.show_message(describe_error(exc))
            return
        self.changed = True
        self.new_entry.clear()
        self.message.clear_message()
        self.reload()
