"""Small widgets shared by the pages: read-only tables, headings, counters, the demo banner.

The texts given to `heading`, `muted`, `ElidedLabel` and `CounterCard` come translated from the
caller (``self.tr("…")``); the demo banner translates its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from views.i18n import format_number

# Colours readable on white and on the light grey of a window (contrast above 4.5:1).
DEMO_BACKGROUND = "#fff1c2"
DEMO_BORDER = "#c98a00"
DEMO_TEXT = "#4d3300"
MUTED_TEXT = "#5f6368"


def read_only_table(model: QAbstractItemModel, *, parent: QWidget | None = None) -> QTableView:
    """A table for reading: whole-row selection, alternate row colours, no editing."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setShowGrid(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setMinimumSectionSize(40)
    return view


def size_columns(
    view: QTableView, samples: Sequence[str], *, stretch: int | None = None, rows: int = 0
) -> None:
    """Give each column room for its header and its values, so nothing is clipped.

    The values are the first `rows` rows of the model when it has any (a lazy model reads
    only those), else the typical values in `samples`. `stretch` takes the remaining width
    (e.g. a title); without it the last column does.
    """
    model = view.model()
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    header_metrics = header.fontMetrics()
    padding = 20  # cell margins, and the sort arrow in the header
    measured = min(rows, model.rowCount())
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if measured:
            values = [str(model.data(model.index(row, column)) or "") for row in range(measured)]
        else:
            values = [samples[column]] if column < len(samples) else []
        width = max(
            [header_metrics.horizontalAdvance(title) + 12]
            + [metrics.horizontalAdvance(value) for value in values]
        )
        header.resizeSection(column, width + padding)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def heading(text: str, *, parent: QWidget | None = None, size_delta: int = 5) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSize(font.pointSize() + size_delta)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def muted(text: str, *, parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    label.setStyleSheet(f"color: {MUTED_TEXT};")
    return label


class ElidedLabel(QLabel):
    """A one-line label that shortens its text in the middle to fit, with the whole as tooltip.

    A long database path must not widen the window or be cut off at an arbitrary place.
    """

    def __init__(self, text: str = "", *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width() - 4, 10)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


class CounterCard(QFrame):
    """A number with a caption under it: "5 / Cases in follow-up".

    The caption and tooltip come translated from the caller; the number is shown with the
    locale's digit grouping.
    """

    def __init__(
        self, caption: str, *, tooltip: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("counterCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._value = 0
        self._number = QLabel(format_number(0), self)
        font = self._number.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self._number.setFont(font)
        self._caption = QLabel(caption, self)
        self._caption.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        layout.addWidget(self._number)
        layout.addWidget(self._caption)
        self.setAccessibleName(caption)
        if tooltip:
            self.setToolTip(tooltip)

    @property
    def caption(self) -> str:
        return self._caption.text()

    @property
    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        self._value = value
        self._number.setText(format_number(value))
        self._number.setStyleSheet("" if value else f"color: {MUTED_TEXT};")


class DemoBanner(QFrame):
    """The strip at the top of a window over the demo portfolio: never mistake it for real data."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setStyleSheet(
            f"#demoBanner {{ background: {DEMO_BACKGROUND}; border-bottom: 2px solid "
            f"{DEMO_BORDER}; }} #demoBanner QLabel {{ color: {DEMO_TEXT}; }}"
        )
        self.label = QLabel(
            self.tr(
                "DEMO — you are looking at the demo portfolio (sample data in demo.sqlite). "
                "Your own cases are not shown and nothing here is saved to them."
            ),
            self,
        )
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        self.setAccessibleName(self.tr("Demo portfolio banner"))
