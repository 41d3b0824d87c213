"""The Dashboard's charts (QtCharts): cases by stage and by body, implementation at a glance.

Every chart also says its numbers in words (bar labels, tooltips, the accessible
description), so colour and length never carry the meaning alone. `values()` returns what a
chart shows, for tests and for the accessible description.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR_COLOUR = QColor("#3f6fb5")
STATUS_COLOURS = {
    "fully": QColor("#2e7d32"),
    "partially": QColor("#c98a00"),
    "not_implemented": QColor("#b3261e"),
    "unknown": QColor("#8a8f98"),
}
TEXT_COLOUR = QColor("#202124")
GRID_COLOUR = QColor("#e0e0e0")


@dataclass(frozen=True)
class Bar:
    key: str  # what a click filters on (a stage key, a body code)
    label: str
    value: int


def _axis_font() -> QFont:
    font = QFont()
    font.setPointSizeF(max(font.pointSizeF() - 0.5, 7.5))
    return font


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 9.5))
    chart.setTitleFont(font)
    chart.setTitleBrush(QBrush(TEXT_COLOUR))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 8, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    return chart


NICE_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000)


def _value_axis(maximum: int) -> QValueAxis:
    """Whole numbers, at most six ticks, and one step of room for the bars' labels."""
    top = max(1, maximum)
    step = next((s for s in NICE_STEPS if top / s <= 5), 10 ** len(str(top)))
    end = step * (top // step + 1)
    axis = QValueAxis()
    axis.setRange(0, end)
    axis.setTickCount(end // step + 1)
    axis.setLabelFormat("%d")
    axis.setLabelsFont(_axis_font())
    axis.setGridLineColor(GRID_COLOUR)
    axis.setLabelsColor(TEXT_COLOUR)
    return axis


class ChartView(QChartView):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(160, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._values: dict[str, int] = {}

    def values(self) -> dict[str, int]:
        return dict(self._values)

    def _describe(self, title: str) -> None:
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            "; ".join(f"{label}: {value}" for label, value in self._values.items())
        )


class BarChart(ChartView):
    """Horizontal bars, one per category, in the order given; a click reports the bar's key."""

    bar_clicked = Signal(str)

    def __init__(
        self, title: str, *, clickable: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent=parent)
        self._title = title
        self._clickable = clickable
        self._bars: list[Bar] = []
        self.setChart(_chart(title))
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_bars(self, bars: Sequence[Bar], *, title: str | None = None) -> None:
        self._bars = list(bars)
        self._values = {b.label: b.value for b in bars}
        chart = _chart(title or self._title)
        series = QHorizontalBarSeries()
        bar_set = QBarSet(self.tr("Cases"))
        bar_set.setColor(BAR_COLOUR)
        bar_set.setBorderColor(BAR_COLOUR)
        bar_set.setLabelColor(TEXT_COLOUR)
        # A horizontal bar chart draws its first category at the bottom: give them in
        # reverse, so that the list reads from the top.
        for bar in reversed(bars):
            bar_set.append(bar.value)
        series.append(bar_set)
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(12)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([b.label for b in reversed(bars)] or [""])
        categories.setLabelsFont(_axis_font())
        categories.setGridLineVisible(False)
        categories.setLabelsColor(TEXT_COLOUR)
        values = _value_axis(max((b.value for b in bars), default=0))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().hide()
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        bar_set.hovered.connect(self._hovered)
        if self._clickable:
            bar_set.clicked.connect(self._clicked)
        self._describe(title or self._title)

    def click_bar(self, label: str) -> None:
        """What a click on the bar `label` does (tests, keyboard alternatives)."""
        for position, bar in enumerate(self._bars):
            if bar.label == label:
                self._clicked(len(self._bars) - 1 - position)
                return
        raise KeyError(label)

    def _bar(self, index: int) -> Bar | None:
        """The bar at the series' index (drawn bottom-up: the list reversed)."""
        position = len(self._bars) - 1 - index
        return self._bars[position] if 0 <= position < len(self._bars) else None

    def _clicked(self, index: int) -> None:
        bar = self._bar(index)
        if bar is not None and self._clickable:
            self.bar_clicked.emit(bar.key)

    def _hovered(self, status: bool, index: int) -> None:
        bar = self._bar(index)
        if status and bar is not None:
            n = bar.value
            if self._clickable and n:
                text = (
                    self.tr("{label}: %n case — click to list them", "", n)
                    if n == 1
                    else self.tr("{label}: %n cases — click to list them", "", n)
                )
            else:
                text = (
                    self.tr("{label}: %n case", "", n)
                    if n == 1
                    else self.tr("{label}: %n cases", "", n)
                )
            QToolTip.showText(QCursor.pos(), text.format(label=bar.label), self)
        else:
            QToolTip.hideText()


@dataclass(frozen=True)
class StatusBar:
    key: str  # fully, partially, not_implemented, unknown
    label: str
    value: int


class StatusChart(ChartView):
    """One row per implementation status, in its colour, its count in the row's label.

    A stacked series with one set per status (each set non-zero only in its own row), so
    that every row has its colour; the counts are in the category labels ("Compensated: 3"),
    not on the bars, so a zero never draws a stray label.
    """

    def __init__(self, title: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._title = title
        self.setChart(_chart(title))

    def set_bars(self, bars: Sequence[StatusBar], *, title: str | None = None) -> None:
        self._values = {b.label: b.value for b in bars}
        chart = _chart(title or self._title)
        series = QHorizontalStackedBarSeries()
        shown = list(reversed(bars))  # drawn bottom-up: the first status on top
        for row, bar in enumerate(shown):
            bar_set = QBarSet(bar.label)
            colour = STATUS_COLOURS.get(bar.key, BAR_COLOUR)
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bar_set.append([bar.value if i == row else 0 for i in range(len(shown))])
            bar_set.hovered.connect(lambda status, _index, b=bar: self._hovered(status, b))
            series.append(bar_set)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"{b.label}: {b.value}" for b in shown] or [""])
        categories.setLabelsFont(_axis_font())
        categories.setGridLineVisible(False)
        categories.setLabelsColor(TEXT_COLOUR)
        values = _value_axis(max((b.value for b in bars), default=0))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().hide()
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self._describe(title or self._title)

    def _hovered(self, status: bool, bar: StatusBar) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), f"{bar.label}: {bar.value}", self)
        else:
            QToolTip.hideText()
