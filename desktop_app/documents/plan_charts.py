"""Charts of a business plan drawn with reportlab.graphics, each kept as one PDF form."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable

from desktop_app.documents import fonts, styles

NEGATIVE = colors.HexColor("#B3261E")
COSTS = styles.CHART_COLOURS[1]
LIVING = styles.CHART_COLOURS[4]
LABEL_SIZE = 8.5
_names = itertools.count(1)


class ChartFlowable(Flowable):  # type: ignore[misc]
    """A Drawing stored once as a form XObject ("FormXob.chart_<kind>_<n>") and placed on the
    page; a form keeps the chart one self-contained, inspectable object in the PDF."""

    def __init__(self, drawing: Drawing, kind: str) -> None:
        super().__init__()
        self.drawing = drawing
        self.form_name = f"chart_{kind}_{next(_names)}"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The drawing's own size."""
        return self.drawing.width, self.drawing.height

    def draw(self) -> None:
        """Record the drawing as a form the first time, then place it."""
        canvas = self.canv
        if not canvas.hasForm(self.form_name):
            canvas.beginForm(self.form_name, 0, 0, self.drawing.width, self.drawing.height)
            renderPDF.draw(self.drawing, canvas, 0, 0, showBoundary=False)
            canvas.endForm()
        canvas.doForm(self.form_name)


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose default font is ours, so Helvetica is never referenced in the PDF."""
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR
    return drawing


def _nice_range(values: Sequence[float]) -> tuple[float, float, float]:
    """Axis (min, max, step) that includes 0 and every value, in 1/2/2.5/5 × 10^n steps."""
    low, high = min(0.0, *values), max(0.0, *values)
    if high == low:
        high = low + 1
    raw = (high - low) / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def _style_axis(axis: object, formatter: Callable[[float], str] | None = None) -> None:
    axis.labels.fontName = fonts.REGULAR  # type: ignore[attr-defined]
    axis.labels.fontSize = LABEL_SIZE  # type: ignore[attr-defined]
    axis.labels.fillColor = styles.MUTED  # type: ignore[attr-defined]
    axis.strokeColor = styles.RULE  # type: ignore[attr-defined]
    if formatter is not None:
        axis.labelTextFormat = formatter  # type: ignore[attr-defined]


def _legend(
    drawing: Drawing,
    pairs: Sequence[tuple[colors.Color, str]],
    x: float,
    y: float,
    column_width: float,
    columns: int = 2,
) -> None:
    """Colour swatches with their names, filled row by row from (x, y) downwards."""
    for index, (colour, name) in enumerate(pairs):
        row, column = divmod(index, columns)
        left, top = x + column * column_width, y - row * 14
        drawing.add(Rect(left, top - 1, 9, 9, fillColor=colour, strokeColor=None))
        drawing.add(
            String(
                left + 14,
                top,
                name,
                fontName=fonts.REGULAR,
                fontSize=LABEL_SIZE + 0.5,
                fillColor=styles.INK,
            )
        )


def balance_chart(
    labels: Sequence[str],
    balances: Sequence[Decimal],
    fmt: Callable[[float], str],
    legend: str,
    width: float = styles.CONTENT_WIDTH,
    height: float = 190,
) -> ChartFlowable:
    """Closing bank balance per month as bars, red below the zero line."""
    values = [float(v) for v in balances]
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 58, 30, width - 66, height - 58
    chart.data = [values]
    low, high, step = _nice_range(values)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = low, high, step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = styles.ACCENT_SOFT
    _style_axis(chart.valueAxis, fmt)
    _style_axis(chart.categoryAxis)
    chart.categoryAxis.categoryNames = list(labels)
    # Month names stay under the plot; the zero line is drawn separately below.
    chart.categoryAxis.joinAxisMode = "bottom"
    chart.barSpacing = 2
    chart.groupSpacing = 6
    chart.bars.strokeColor = None
    for index, value in enumerate(values):
        chart.bars[(0, index)].fillColor = NEGATIVE if value < 0 else styles.ACCENT
    drawing.add(chart)
    zero_y = chart.y + chart.height * (0 - low) / (high - low)
    drawing.add(
        Line(
            chart.x, zero_y, chart.x + chart.width, zero_y, strokeColor=styles.INK, strokeWidth=1.2
        )
    )
    _legend(drawing, [(styles.ACCENT, legend)], chart.x, height - 12, chart.width, 1)
    return ChartFlowable(drawing, "balance")


def revenue_cost_chart(
    labels: Sequence[str],
    revenue: Sequence[Decimal],
    costs: Sequence[Decimal],
    fmt: Callable[[float], str],
    names: tuple[str, str],
    width: float = styles.CONTENT_WIDTH,
    height: float = 180,
) -> ChartFlowable:
    """Revenue beside all costs per month: where the bars cross, the month pays for itself."""
    series = [[float(v) for v in revenue], [float(v) for v in costs]]
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 58, 30, width - 66, height - 58
    chart.data = series
    low, high, step = _nice_range(series[0] + series[1])
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = low, high, step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = styles.ACCENT_SOFT
    _style_axis(chart.valueAxis, fmt)
    _style_axis(chart.categoryAxis)
    chart.categoryAxis.categoryNames = list(labels)
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = styles.ACCENT
    chart.bars[1].fillColor = COSTS
    drawing.add(chart)
    _legend(
        drawing,
        [(styles.ACCENT, names[0]), (COSTS, names[1])],
        chart.x,
        height - 12,
        chart.width / 4,
    )
    return ChartFlowable(drawing, "revenue")


def break_even_chart(
    fixed_month: Decimal,
    living_month: Decimal,
    variable_ratio: Decimal,
    expected: Decimal,
    fmt: Callable[[float], str],
    names: tuple[str, str, str, str],
    width: float = styles.CONTENT_WIDTH,
    height: float = 220,
) -> ChartFlowable:
    """Sales per month on both axes: the revenue line crosses the two cost lines at the
    break-even points (costs only; costs plus a living); a dashed line marks expected sales."""
    margin = float(1 - variable_ratio)
    be_costs = float(fixed_month) / margin
    be_living = float(living_month) / margin
    top = max(be_living, float(expected), 1.0) * 1.25
    xs = [0.0, top]

    def cost_line(fixed: float) -> list[tuple[float, float]]:
        return [(x, fixed + float(variable_ratio) * x) for x in xs]

    drawing = _drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 58, 32, width - 84, height - 72
    plot.data = [
        [(x, x) for x in xs],
        cost_line(float(fixed_month)),
        cost_line(float(living_month)),
    ]
    for index, colour in enumerate((styles.ACCENT, COSTS, LIVING)):
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = 2
    plot.lines[2].strokeDashArray = (4, 3)
    low, high, step = _nice_range([top, float(living_month) + float(variable_ratio) * top])
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, high
    plot.yValueAxis.valueStep = step
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = styles.ACCENT_SOFT
    x_low, x_high, x_step = _nice_range([top])
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, x_high
    plot.xValueAxis.valueStep = x_step
    _style_axis(plot.yValueAxis, fmt)
    _style_axis(plot.xValueAxis, fmt)
    drawing.add(plot)

    def at(x: float, y: float) -> tuple[float, float]:
        return (plot.x + plot.width * x / x_high, plot.y + plot.height * y / high)

    ex, _ = at(float(expected), 0)
    drawing.add(
        Line(
            ex,
            plot.y,
            ex,
            plot.y + plot.height,
            strokeColor=styles.INK,
            strokeWidth=1,
            strokeDashArray=(2, 2),
        )
    )
    for value, colour in ((be_costs, COSTS), (be_living, LIVING)):
        cx, cy = at(value, value)
        drawing.add(Circle(cx, cy, 4, fillColor=colour, strokeColor=styles.WHITE))
        drawing.add(
            String(
                cx + 7,
                cy - 10,
                fmt(value),
                fontName=fonts.BOLD,
                fontSize=LABEL_SIZE,
                fillColor=colour,
            )
        )
    pairs = [
        (styles.ACCENT, names[0]),
        (COSTS, names[1]),
        (LIVING, names[2]),
        (styles.INK, names[3]),
    ]
    _legend(drawing, pairs, plot.x, height - 12, plot.width / 2)
    return ChartFlowable(drawing, "break_even")
