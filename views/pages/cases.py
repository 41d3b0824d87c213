"""The cases list: a lazy table, sorted and filtered in SQL (read-only for now)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.dto import CaseFilter
from views.pages.base import FilterEdit, Page
from views.qtmodels.cases_model import SORT_COLUMN, CaseTableModel
from views.widgets import heading, muted, read_only_table, size_columns

if TYPE_CHECKING:
    from app.services.listing import CaseListing

# Typical values, to size the columns without reading the rows (see size_columns).
SAMPLES = (
    "ILI-2022-UZ23",
    "Twenty-three Uzbek nationals v. Kazakhstan",
    "CCPR",
    "Kazakhstan",
    "CCPR/C/112/D/2137/2012",
    "Admissibility",
    "No violation",
    "Victims",
    "22 Nov 2026",
)


TITLE_COLUMN = 1
ROWS_MEASURED = 50
"""Columns are sized from the first rows (all on the first page of the lazy model)."""


class CasesPage(Page):
    title = "Cases"

    def __init__(self, *, listing: CaseListing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._listing = listing
        self._sized_from_rows = False
        self.model = CaseTableModel(listing=listing, parent=self)
        self.model.load_failed.connect(self._show_problem)
        self.table = read_only_table(self.model, parent=self)
        size_columns(self.table, SAMPLES, stretch=TITLE_COLUMN)
        self.table.setSortingEnabled(False)  # the model sorts in SQL; we wire the header below
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(SORT_COLUMN["reference"], Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_requested)

        self.filter_edit = FilterEdit("Filter by reference, title, symbol or number (Ctrl+F)")
        self.filter_edit.timer.timeout.connect(self._apply_filter)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName("Number of cases shown")
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.title, parent=self))
        layout.addWidget(
            muted(
                "Every communication in this database. Click a column heading to sort; "
                "type to filter.",
                parent=self,
            )
        )
        layout.addLayout(bar)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.table, 1)

    # ---- Page

    def refresh(self) -> None:
        self.problem_label.hide()
        self.model.reload()
        self._update_count()
        if not self._sized_from_rows and self.model.rowCount():
            # Once, from the rows on the first screen; later the user's widths stand.
            size_columns(self.table, SAMPLES, stretch=TITLE_COLUMN, rows=ROWS_MEASURED)
            self._sized_from_rows = True

    def focus_filter(self) -> bool:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
        return True

    # ---- slots

    def _apply_filter(self) -> None:
        self.problem_label.hide()
        self.model.set_filter(CaseFilter(text=self.filter_edit.text().strip()))
        self._update_count()

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.is_sortable(column):
            self.model.sort(column, order)
            return
        # Not sortable in SQL: put the indicator back where the rows really are sorted.
        header = self.table.horizontalHeader()
        current = SORT_COLUMN[self.model.sort_key]
        back = (
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(True)
        header.setSortIndicator(current, back)
        header.blockSignals(False)
        header.viewport().update()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        text = self.model.case_filter.text
        if not text:
            self.count_label.setText("1 case" if shown == 1 else f"{shown} cases")
            return
        total = self._listing.count()
        self.count_label.setText(f"{shown} of {total} cases match “{text}”")

    def _show_problem(self, message: str) -> None:
        self.problem_label.setText(f"The cases could not be read: {message}")
        self.problem_label.show()
