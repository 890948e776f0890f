"""Step 10's sales grid with quick fills: same every month, a slow start, seasons."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.finance.answers import int_of
from desktop_app.ui.wizard.answer_field import AnswerField
from desktop_app.ui.wizard.volume_grid_model import MONTHS, VolumeGridModel

RAMP = (0.4, 0.55, 0.7, 0.85, 1.0)
# Factors by calendar month (January first).
SUMMER = (0.8, 0.8, 0.9, 1.0, 1.1, 1.3, 1.3, 1.3, 1.1, 1.0, 0.9, 0.8)
CHRISTMAS = (0.7, 0.8, 0.9, 1.0, 1.0, 1.0, 0.9, 0.9, 1.0, 1.1, 1.3, 1.5)


class VolumeField(AnswerField):
    """{product id: {"mode": "monthly", "months": [12 numbers]}} for every product."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.model = VolumeGridModel(self)
        self.first_month = 1
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(44)
        self.empty = QLabel(self.tr("Add your products in step 5 first."), self)
        self.same = QPushButton(self.tr("Same every month"), self)
        self.grow = QPushButton(self.tr("Start low and grow"), self)
        self.summer = QPushButton(self.tr("Busy in summer"), self)
        self.christmas = QPushButton(self.tr("Busy before Christmas"), self)
        self.same.setToolTip(self.tr("Copies the first month into every month."))
        self.same.clicked.connect(lambda: self._apply(self._same))
        self.grow.clicked.connect(lambda: self._apply(self._grow))
        self.summer.clicked.connect(lambda: self._apply(lambda r: self._season(r, SUMMER)))
        self.christmas.clicked.connect(lambda: self._apply(lambda r: self._season(r, CHRISTMAS)))
        self.model.grid_changed.connect(self._emit)
        buttons = QHBoxLayout()
        for button in (self.same, self.grow, self.summer, self.christmas):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def focus_widget(self) -> QWidget:
        """The grid."""
        return self.view

    def set_context(
        self, products: list[tuple[str, str]], months: list[str], first_month: int, stored: Any
    ) -> None:
        """Show these products with these month headers and the stored units."""
        self.first_month = first_month
        self._loading = True
        try:
            self.model.set_data(products, months, self._numbers(stored))
        finally:
            self._loading = False
        has_rows = bool(products)
        self.empty.setVisible(not has_rows)
        for widget in (self.view, self.same, self.grow, self.summer, self.christmas):
            widget.setEnabled(has_rows)
        header = self.view.horizontalHeader().sizeHint().height()
        self.view.setFixedHeight(
            header + max(2, len(products)) * self.view.verticalHeader().defaultSectionSize() + 6
        )

    @staticmethod
    def _numbers(stored: Any) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for pid, volume in (stored if isinstance(stored, dict) else {}).items():
            if not isinstance(volume, dict):
                continue
            if volume.get("mode") == "monthly" and isinstance(volume.get("months"), list):
                found[pid] = [int_of(v, 0) or 0 for v in volume["months"]]
            else:
                found[pid] = [int_of(volume.get("per_month"), 0) or 0] * MONTHS
        return found

    def _show(self, value: Any) -> None:
        self.model.set_data(self.model.products, self.model.months, self._numbers(value))

    def value(self) -> Any:
        """Every product's 12 months."""
        return {
            pid: {"mode": "monthly", "months": self.model.row_values(row)}
            for row, (pid, _name) in enumerate(self.model.products)
        }

    def _apply(self, fill: Any) -> None:
        current = self.view.currentIndex()
        rows = [current.row()] if current.isValid() else range(self.model.rowCount())
        for row in rows:
            self.model.set_row(row, fill(self.model.row_values(row)))

    @staticmethod
    def _same(values: list[int]) -> list[int]:
        return [values[0]] * MONTHS

    @staticmethod
    def _normal(values: list[int]) -> int:
        return max(values) if any(values) else 0

    def _grow(self, values: list[int]) -> list[int]:
        full = self._normal(values)
        return [round(full * RAMP[min(m, len(RAMP) - 1)]) for m in range(MONTHS)]

    def _season(self, values: list[int], factors: tuple[float, ...]) -> list[int]:
        average = sum(values) / MONTHS if any(values) else 0
        return [
            round(average * factors[(self.first_month - 1 + m) % MONTHS]) for m in range(MONTHS)
        ]
