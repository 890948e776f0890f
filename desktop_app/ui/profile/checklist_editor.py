"""The 18-item caseworker checklist (DOMAIN.md §3): OK / needs work / missing, and a comment."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.core.code_lists import CHECKLIST_ITEMS
from desktop_app.core.errors import OpstartError
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.profile.code_labels import checklist_label, code_label
from desktop_app.ui.profile.field_errors import describe_field_error
from desktop_app.ui.profile.labels import field_label
from desktop_app.ui.profile.profile_code_combo import ProfileCodeCombo

if TYPE_CHECKING:
    from desktop_app.services.profiles import ProfileItem, ProfileService


class ChecklistEditor(QWidget):
    """One row per checklist item; a score saves when chosen, a comment when left."""

    edited = Signal(str, str, str, object, object)  # kind, item id, field, old, new

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profiles: ProfileService | None = None
        self._participant_id: str | None = None
        self._saved: dict[tuple[int, str], object] = {}
        self.scores: list[ProfileCodeCombo] = []
        self.comments: list[QLineEdit] = []
        grid = QGridLayout()
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        choices = [(c, code_label("checklist_score", c)) for c in ("ok", "needs_work", "missing")]
        for number in range(1, len(CHECKLIST_ITEMS) + 1):
            label = QLabel(f"{number}. {checklist_label(number)}", self)
            label.setWordWrap(True)
            score = ProfileCodeCombo(self)
            score.set_choices(choices)
            score.setAccessibleName(
                f"{field_label('checklist_item.score')}: {checklist_label(number)}"
            )
            comment = QLineEdit(self)
            comment.setPlaceholderText(field_label("checklist_item.comment"))
            comment.setAccessibleName(
                f"{field_label('checklist_item.comment')}: {checklist_label(number)}"
            )
            label.setBuddy(score)
            score.activated.connect(lambda _i, n=number: self._save(n, "score"))
            comment.editingFinished.connect(lambda n=number: self._save(n, "comment"))
            row = number - 1
            grid.addWidget(label, row, 1)
            grid.addWidget(score, row, 2)
            grid.addWidget(comment, row, 3)
            self.scores.append(score)
            self.comments.append(comment)
        self.message = InlineMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.message)

    def set_items(
        self, profiles: ProfileService, participant_id: str, items: Sequence[ProfileItem]
    ) -> None:
        """Show a participant's checklist (items not scored yet stay empty)."""
        self._profiles, self._participant_id = profiles, participant_id
        by_number = {item["item"]: item for item in items}
        self._saved.clear()
        for number, (score, comment) in enumerate(zip(self.scores, self.comments, strict=True), 1):
            item = by_number.get(number)
            values = (item["score"], item["comment"]) if item else ("", "")
            score.set_code(values[0])
            comment.blockSignals(True)
            comment.setText(values[1])
            comment.blockSignals(False)
            self._saved[(number, "score")] = values[0]
            self._saved[(number, "comment")] = values[1]
        self.message.clear_message()

    def show_value(self, number: int, key: str, value: object) -> None:
        """Show a value set from outside (undo) and remember it as saved."""
        if key == "score":
            self.scores[number - 1].set_code(str(value))
        else:
            self.comments[number - 1].setText(str(value))
        self._saved[(number, key)] = value

    def flush(self) -> None:
        """Save comments still being typed."""
        for number in range(1, len(self.comments) + 1):
            self._save(number, "comment")

    def _save(self, number: int, key: str) -> None:
        if self._profiles is None or self._participant_id is None:
            return
        value = (
            self.scores[number - 1].code() if key == "score" else self.comments[number - 1].text()
        )
        old = self._saved.get((number, key), "")
        if value == old:
            return
        try:
            item = self._profiles.set_checklist(self._participant_id, number, key, value)
        except OpstartError as exc:
            self.message.show_message(describe_field_error(exc, f"checklist_item.{key}"))
            return
        self._saved[(number, key)] = value
        self.message.clear_message()
        self.edited.emit("checklist_item", item.id, key, old, value)
