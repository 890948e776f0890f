"""Filters above the participant list: cohort, status and participation-ladder step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from desktop_app.core.code_lists import LADDER_STEPS, default_codes
from desktop_app.ui.profile.code_labels import code_label, ladder_label


class ParticipantFilterBar(QWidget):
    """Three drop-downs; "All …" in each means no filter."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cohort = QComboBox(self)
        self.cohort.setAccessibleName(self.tr("Filter by cohort"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All statuses"), "")
        for code in default_codes("status"):
            self.status.addItem(code_label("status", code), code)
        self.ladder = QComboBox(self)
        self.ladder.setAccessibleName(self.tr("Filter by ladder step"))
        self.ladder.addItem(self.tr("All ladder steps"), 0)
        for step in LADDER_STEPS:
            self.ladder.addItem(ladder_label(step), step)
        self.set_cohorts([])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for combo in (self.cohort, self.status, self.ladder):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            layout.addWidget(combo, 1)

    def set_cohorts(self, cohorts: Sequence[str]) -> None:
        """Offer these cohorts; keeps the chosen one when it is still there."""
        chosen = self.cohort_code()
        self.cohort.blockSignals(True)
        self.cohort.clear()
        self.cohort.addItem(self.tr("All cohorts"), "")
        for name in cohorts:
            self.cohort.addItem(name, name)
        self.cohort.setCurrentIndex(max(0, self.cohort.findData(chosen)))
        self.cohort.blockSignals(False)

    def cohort_code(self) -> str:
        """The chosen cohort, "" for all."""
        data = self.cohort.currentData()
        return data if isinstance(data, str) else ""

    def status_code(self) -> str:
        """The chosen status code, "" for all."""
        data = self.status.currentData()
        return data if isinstance(data, str) else ""

    def ladder_step(self) -> int | None:
        """The chosen ladder step, None for all."""
        data = self.ladder.currentData()
        return int(data) if data else None
