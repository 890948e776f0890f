"""Break-even picture: sales against costs, and against costs plus a living (QPainter)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.ui.wizard.money_format import format_money

SALES = QColor("#1565c0")
COSTS = QColor("#c62828")
LIVING = QColor("#ef6c00")
GRID = QColor("#d0d4da")
TEXT = QColor("#333333")


class BreakEvenChart(QWidget):
    """Monthly sales on the x axis; the lines cross at the two break-even points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fixed = Decimal(0)
        self.living = Decimal(0)
        self.variable_share = Decimal(0)
        self.expected = Decimal(0)
        self.country = "DK"
        self.ok = False
        self.setMinimumSize(260, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Break-even chart"))

    def sizeHint(self) -> QSize:  # noqa: N802
        """Wide and low."""
        return QSize(360, 200)

    def set_data(
        self,
        fixed_month: Decimal,
        living_month: Decimal,
        ratio: Decimal | None,
        expected_month: Decimal,
        country: str,
    ) -> None:
        """Monthly costs to cover, with a living, the contribution ratio and expected sales."""
        self.ok = ratio is not None and ratio > 0
        self.fixed, self.living = fixed_month, living_month
        self.variable_share = Decimal(1) - ratio if ratio is not None else Decimal(1)
        self.expected, self.country = expected_month, country
        self.update()

    def _x_max(self) -> Decimal:
        ratio = Decimal(1) - self.variable_share
        living_point = self.living / ratio if ratio > 0 else Decimal(0)
        return max(living_point * Decimal("1.3"), self.expected * Decimal("1.1"), Decimal(1))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Three lines, the expected sales marker and a legend."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(TEXT)
        if not self.ok:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Add prices and sales to see the break-even point"),
            )
            return
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.8))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        x_max = self._x_max()
        y_max = max(x_max, self.living + self.variable_share * x_max)
        legend_h = metrics.height() + 6
        left = metrics.horizontalAdvance(format_money(y_max, self.country)) + 10
        plot = QRectF(
            left,
            legend_h + 6,
            self.width() - left - 10,
            self.height() - legend_h - metrics.height() - 20,
        )

        def point(x: Decimal, y: Decimal) -> QPointF:
            return QPointF(
                plot.left() + float(x / x_max) * plot.width(),
                plot.bottom() - float(y / y_max) * plot.height(),
            )

        painter.setPen(QPen(GRID, 1))
        painter.drawRect(plot)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(0, plot.top() - 2, left - 6, metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            format_money(y_max, self.country),
        )
        painter.drawText(
            QRectF(plot.right() - 160, plot.bottom() + 4, 160, metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            self.tr("Sales per month: {amount}").replace(
                "{amount}", format_money(x_max, self.country)
            ),
        )
        lines = [
            (SALES, Decimal(0), Decimal(1), self.tr("Sales")),
            (COSTS, self.fixed, self.variable_share, self.tr("Costs")),
            (LIVING, self.living, self.variable_share, self.tr("Costs + living")),
        ]
        x = plot.left()
        for color, start, slope, name in lines:
            painter.setPen(QPen(color, 2.2))
            painter.drawLine(point(Decimal(0), start), point(x_max, start + slope * x_max))
            painter.drawLine(QPointF(x, legend_h / 2), QPointF(x + 18, legend_h / 2))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 22, legend_h / 2 + metrics.ascent() / 2 - 1), name)
            x += 30 + metrics.horizontalAdvance(name)
        if self.expected > 0:
            pen = QPen(TEXT, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            marker = point(min(self.expected, x_max), Decimal(0))
            painter.drawLine(marker, QPointF(marker.x(), plot.top()))
        painter.end()
