"""Bar chart of the bank balance at the end of each of the 12 months (QPainter)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.ui.wizard.money_format import format_money

GREEN = QColor("#2e7d32")
RED = QColor("#c62828")
GRID = QColor("#d0d4da")
TEXT = QColor("#333333")


class BalanceChart(QWidget):
    """Green bars above zero, red below; the lowest month is labelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[Decimal] = []
        self.labels: list[str] = []
        self.country = "DK"
        self.setMinimumSize(260, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Bank balance at the end of each month"))

    def sizeHint(self) -> QSize:  # noqa: N802
        """Wide and low."""
        return QSize(360, 190)

    def set_data(self, values: list[Decimal], labels: list[str], country: str) -> None:
        """Closing balances with their month labels."""
        self.values, self.labels, self.country = values, labels, country
        if values:
            low = min(range(len(values)), key=lambda i: values[i])
            self.setAccessibleDescription(
                self.tr("Lowest balance: {amount} in {month}.")
                .replace("{amount}", format_money(values[low], country))
                .replace("{month}", labels[low])
            )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Axis, zero line and one bar per month."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.values:
            painter.setPen(TEXT)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No figures yet"))
            return
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.8))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        top_value = max(max(self.values), Decimal(0))
        bottom_value = min(min(self.values), Decimal(0))
        span = float(top_value - bottom_value) or 1.0
        left = metrics.horizontalAdvance(format_money(bottom_value, self.country)) + 10
        left = max(left, metrics.horizontalAdvance(format_money(top_value, self.country)) + 10)
        plot = QRectF(left, 8, self.width() - left - 8, self.height() - metrics.height() - 18)

        def y_of(value: Decimal) -> float:
            return plot.top() + (float(top_value - value) / span) * plot.height()

        painter.setPen(QPen(GRID, 1))
        for value in (top_value, Decimal(0), bottom_value):
            y = y_of(value)
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_money(value, self.country),
            )
            painter.setPen(QPen(GRID, 1))
        slot = plot.width() / len(self.values)
        zero = y_of(Decimal(0))
        for index, value in enumerate(self.values):
            x = plot.left() + index * slot + slot * 0.15
            y = y_of(value)
            bar = QRectF(x, min(y, zero), slot * 0.7, max(1.0, abs(zero - y)))
            painter.fillRect(bar, GREEN if value >= 0 else RED)
            painter.setPen(TEXT)
            label = self.labels[index] if index < len(self.labels) else str(index + 1)
            painter.drawText(
                QRectF(plot.left() + index * slot, plot.bottom() + 4, slot, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        painter.end()
