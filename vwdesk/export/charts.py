"""The report's charts, drawn with ReportLab's own graphics (vector, nothing on disk).

Each function takes a `Chart` of the report model and a width in points and
returns a Drawing the PDF builder places as a flowable. The fonts are the
embedded TTFs of pdf_style.py, registered by the builder first (FONT, FONT_BOLD).
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from vwdesk.export.pdf_style import ACCENT, FONT, FONT_BOLD, GRID, INK, MUTED
from vwdesk.export.report_charts import SMALL, Chart

PALETTE = (
    ACCENT,
    colors.HexColor("#E07A1F"),
    colors.HexColor("#5E9C8F"),
    colors.HexColor("#8A8D91"),
)

# With small counts, a value of 1..4 is drawn at this neutral length and labelled "<5",
# so neither the label nor the bar tells the exact number.
_SUPPRESSED = SMALL / 2


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    # The renderer's starting font is Helvetica unless the drawing says otherwise; it
    # would add an unembedded font to the PDF even though no text uses it.
    d.__dict__.update(initialFontName=FONT, initialFontSize=8.5)
    return d


def draw(chart: Chart, width: float) -> Drawing:
    if chart.kind == "hbar":
        return horizontal_bars(chart, width)
    if chart.kind == "bars":
        return grouped_bars(chart, width)
    return lines(chart, width)


def _values(chart: Chart, values) -> list[float]:
    if not chart.small_counts:
        return [float(v) for v in values]
    return [_SUPPRESSED if 0 < v < SMALL else float(v) for v in values]


def _label(value: float) -> str:
    if value == _SUPPRESSED:
        return f"<{SMALL}"
    return "" if value == 0 else str(int(value))


def _nice_max(top: float) -> tuple[float, float]:
    """An axis maximum and step with round numbers, a little above the largest value."""
    top = max(top, 1)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            break
    maximum = (int(top // step) + 1) * step
    return float(maximum), float(step)


def horizontal_bars(chart: Chart, width: float) -> Drawing:
    """One bar per category, the largest on top, the number at the end of each bar."""
    names = list(reversed(chart.categories))
    values = list(reversed(_values(chart, chart.series[0].values)))
    row = 17
    height = row * len(names) + 8
    label_w = max(stringWidth(n, FONT, 8.5) for n in names) + 10
    d = _drawing(width, height)
    bc = HorizontalBarChart()
    bc.x = label_w
    bc.y = 4
    bc.width = width - label_w - 36
    bc.height = height - 8
    bc.data = [values]
    bc.barSpacing = 0
    bc.groupSpacing = 5
    bc.bars[0].fillColor = ACCENT
    bc.bars[0].strokeColor = None
    bc.valueAxis.valueMin = 0
    bc.valueAxis.valueMax = max(values) * 1.02 or 1
    bc.valueAxis.visible = False
    bc.categoryAxis.categoryNames = names
    bc.categoryAxis.strokeColor = GRID
    bc.categoryAxis.tickLeft = 0
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = 8.5
    bc.categoryAxis.labels.fillColor = INK
    bc.categoryAxis.labels.boxAnchor = "e"
    bc.categoryAxis.labels.dx = -6
    bc.barLabelFormat = _label
    bc.barLabels.fontName = FONT_BOLD
    bc.barLabels.fontSize = 8
    bc.barLabels.fillColor = INK
    bc.barLabels.boxAnchor = "w"
    bc.barLabels.dx = 4
    d.add(bc)
    return d


def _legend(chart: Chart, x: float, y: float, *, lines_: bool = False) -> Legend:
    legend = Legend()
    legend.x = x
    legend.y = y
    legend.alignment = "right"
    legend.boxAnchor = "sw"
    legend.columnMaximum = 1
    legend.dxTextSpace = 5
    legend.dx = 14 if lines_ else 9
    legend.dy = 3 if lines_ else 9
    legend.fontName = FONT
    legend.fontSize = 8.5
    legend.fillColor = INK
    legend.strokeColor = None
    legend.strokeWidth = 0
    legend.variColumn = 1
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], s.name) for i, s in enumerate(chart.series)
    ]
    # Entries side by side, each as wide as its own text plus a clear gap.
    legend.deltax = None
    legend.autoXPadding = 22
    return legend


def _value_axis(axis, top: float) -> None:
    maximum, step = _nice_max(top)
    axis.valueMin = 0
    axis.valueMax = maximum
    axis.valueStep = step
    axis.labels.fontName = FONT
    axis.labels.fontSize = 7.5
    axis.labels.fillColor = MUTED
    axis.strokeColor = None
    axis.visibleGrid = True
    axis.gridStrokeColor = GRID
    axis.gridStrokeWidth = 0.5
    axis.labelTextFormat = lambda v: str(int(v))


def grouped_bars(chart: Chart, width: float) -> Drawing:
    """Categories along the bottom, one bar per series in each group, a legend below."""
    height = 190
    d = _drawing(width, height)
    bc = VerticalBarChart()
    bc.x = 30
    bc.y = 48
    bc.width = width - 40
    bc.height = height - 58
    bc.data = [_values(chart, s.values) for s in chart.series]
    top = max((max(v) for v in bc.data), default=1)
    _value_axis(bc.valueAxis, top)
    bc.groupSpacing = 14
    bc.barSpacing = 2
    for i in range(len(chart.series)):
        bc.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        bc.bars[i].strokeColor = None
    bc.categoryAxis.categoryNames = list(chart.categories)
    bc.categoryAxis.strokeColor = GRID
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = 8.5
    bc.categoryAxis.labels.fillColor = INK
    bc.categoryAxis.labels.dy = -3
    bc.categoryAxis.tickDown = 0
    bc.barLabelFormat = _label
    bc.barLabels.fontName = FONT
    bc.barLabels.fontSize = 7
    bc.barLabels.fillColor = INK
    bc.barLabels.nudge = 6
    d.add(bc)
    d.add(_legend(chart, 30, 4))
    return d


def lines(chart: Chart, width: float) -> Drawing:
    """One line per series over the months, a marker per month, a legend below."""
    height = 200
    d = _drawing(width, height)
    lc = HorizontalLineChart()
    lc.x = 30
    lc.y = 48
    lc.width = width - 40
    lc.height = height - 58
    lc.data = [[float(v) for v in s.values] for s in chart.series]
    top = max((max(v) for v in lc.data), default=1)
    _value_axis(lc.valueAxis, top)
    lc.joinedLines = 1
    for i in range(len(chart.series)):
        lc.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
        lc.lines[i].strokeWidth = 1.8
        marker = makeMarker("FilledCircle")
        marker.size = 3.5
        marker.fillColor = PALETTE[i % len(PALETTE)]
        marker.strokeColor = PALETTE[i % len(PALETTE)]
        lc.lines[i].symbol = marker
    lc.categoryAxis.categoryNames = list(chart.categories)
    lc.categoryAxis.strokeColor = GRID
    lc.categoryAxis.labels.fontName = FONT
    lc.categoryAxis.labels.fontSize = 8
    lc.categoryAxis.labels.fillColor = INK
    lc.categoryAxis.labels.dy = -3
    lc.categoryAxis.tickDown = 0
    d.add(lc)
    d.add(_legend(chart, 30, 4, lines_=True))
    return d
