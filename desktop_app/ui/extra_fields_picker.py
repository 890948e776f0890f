"""Tick boxes for the profile fields a handout leaves out, each marked with why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from desktop_app.core.profile_fields import Sensitivity, participant_field
from desktop_app.ui.profile.labels import field_label

SPECIAL = frozenset({Sensitivity.SPECIAL, Sensitivity.CRIMINAL, Sensitivity.NATIONAL_ID})
_SPECIAL_STYLE = "QCheckBox { color: #9b1c1c; font-weight: bold; }"


class ExtraFieldsPicker(QWidget):
    """One check box per field; special-category and coach-only fields say so in words."""

    changed = Signal()

    def __init__(self, keys: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not keys:
            layout.addWidget(QLabel(self.tr("No other fields are filled in."), self))
        for key in keys:
            box = QCheckBox(f"{field_label(key)} – {self.mark(key)}", self)
            box.setAccessibleName(box.text())
            if self.is_special(key):
                box.setStyleSheet(_SPECIAL_STYLE)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[key] = box
            layout.addWidget(box)

    @staticmethod
    def is_special(key: str) -> bool:
        """True for special-category data: health, criminal record, national ID."""
        return participant_field(key).sensitivity in SPECIAL

    def mark(self, key: str) -> str:
        """Why the field is normally left out, in words."""
        spec = participant_field(key)
        if spec.sensitivity is Sensitivity.NATIONAL_ID:
            return self.tr("⚠ national ID number")
        if spec.sensitivity in SPECIAL:
            return self.tr("⚠ special category (GDPR)")
        if spec.coach_only:
            return self.tr("coach-only")
        return self.tr("not printed by default")

    def chosen(self) -> tuple[str, ...]:
        """Keys of the ticked fields, in the order shown."""
        return tuple(key for key, box in self.boxes.items() if box.isChecked())

    def special_chosen(self) -> bool:
        """True when a special-category field is ticked."""
        return any(self.is_special(key) for key in self.chosen())
