"""Edit one participant; every change is saved as it is typed (debounced autosave)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import OpstartError
from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.inline_message import InlineMessage

if TYPE_CHECKING:
    from desktop_app.services.participants import ParticipantRow

SaveFn = Callable[[str, str, str], "ParticipantRow"]
AUTOSAVE_DELAY_MS = 400


class ParticipantEditor(QWidget):
    """First name, last name and a note, autosaved through `save(id, field, value)`."""

    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(self, save: SaveFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._participant_id: str | None = None
        self._pending: set[str] = set()
        self._loading = False
        self.title = QLabel(self)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.first_name = QLineEdit(self)
        self.first_name.setAccessibleName(self.tr("First name"))
        self.first_name.setPlaceholderText(self.tr("For example: Mette"))
        self.last_name = QLineEdit(self)
        self.last_name.setAccessibleName(self.tr("Last name"))
        self.last_name.setPlaceholderText(self.tr("For example: Jensen"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(
            self.tr("What did you talk about? What is the next step? (Saved automatically)")
        )
        self.note.setTabChangesFocus(True)
        self.message = InlineMessage(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        form = QFormLayout()
        form.addRow(self.tr("&First name:"), self.first_name)
        form.addRow(self.tr("&Last name:"), self.last_name)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        self.first_name.textEdited.connect(lambda _t: self._on_changed("first_name"))
        self.last_name.textEdited.connect(lambda _t: self._on_changed("last_name"))
        self.note.textChanged.connect(lambda: self._on_changed("note"))
        self.first_name.editingFinished.connect(self.flush)
        self.last_name.editingFinished.connect(self.flush)

    @property
    def participant_id(self) -> str | None:
        """The id of the participant being edited."""
        return self._participant_id

    def load(self, row: ParticipantRow) -> None:
        """Show `row`, saving anything still pending for the previous participant first."""
        self.flush()
        self._loading = True
        try:
            self._participant_id = row.id
            self.title.setText(row.display_name or self.tr("New participant"))
            self.first_name.setText(row.first_name)
            self.last_name.setText(row.last_name)
            if self.note.toPlainText() != row.note:
                self.note.setPlainText(row.note)
            self.message.clear_message()
        finally:
            self._loading = False

    def _value(self, field: str) -> str:
        if field == "note":
            return self.note.toPlainText()
        return self.first_name.text() if field == "first_name" else self.last_name.text()

    def _on_changed(self, field: str) -> None:
        if self._loading or self._participant_id is None:
            return
        self._pending.add(field)
        self._timer.start()

    def has_pending_changes(self) -> bool:
        """True while typed text waits for the autosave timer."""
        return bool(self._pending)

    def flush(self) -> None:
        """Save every pending field now (called on focus loss, switch, lock and quit)."""
        self._timer.stop()
        if self._participant_id is None:
            self._pending.clear()
            return
        for field in sorted(self._pending):
            try:
                row = self._save(self._participant_id, field, self._value(field))
            except OpstartError as exc:
                # The typed text stays in the field, so nothing is lost; the coach fixes it.
                self.message.show_message(describe_error(exc))
                self.save_failed.emit(field)
                continue
            except OSError as exc:
                self.message.show_message(describe_error(exc))
                self.save_failed.emit(field)
                continue
            self._pending.discard(field)
            self.message.clear_message()
            self.title.setText(row.display_name or self.tr("New participant"))
            self.saved.emit(row)
