"""The cases list: a lazy table, sorted and filtered in SQL, with a filter bar and a column
chooser; Enter or a double-click opens the case (the main window decides how)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services.dto import CaseFilter
from app.vocab import Outcome, Stage
from views.export_action import ExportChoice, ListExport
from views.i18n import QT_TRANSLATE_NOOP, tr_vocab
from views.pages import view_state
from views.pages.base import FilterEdit, Page
from views.pages.flow import FlowLayout
from views.qtmodels.cases_model import COLUMNS, HIDDEN_BY_DEFAULT, SORT_COLUMN, CaseTableModel
from views.widgets import heading, muted, read_only_table, size_columns

if TYPE_CHECKING:
    from app.services.cases import CaseService
    from app.services.exports import ExportResult, ExportService
    from app.services.listing import CaseListing
    from app.services.reference import ReferenceService

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
    "Demo Counsel (ILI)",
    "22 Nov 2026",
)

TITLE_COLUMN = 1
ROWS_MEASURED = 50
"""Columns are sized from the first rows (all on the first page of the lazy model)."""
SETTINGS_GROUP = "cases_page"


class FilterCombo(QComboBox):
    """A combo whose first entry means "any"; `value()` is the chosen key or None."""

    def __init__(self, any_text: str, accessible: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._any = any_text
        self.setAccessibleName(accessible)
        self.setToolTip(accessible)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaximumWidth(260)
        self.set_choices([])

    def set_choices(self, choices: Sequence[tuple[str, str] | tuple[str, str, str]]) -> None:
        """(key, text[, tooltip]) entries after the "any" one; the current key is kept."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._any, None)
        for choice in choices:
            self.addItem(choice[1], choice[0])
            if len(choice) > 2:
                self.setItemData(self.count() - 1, choice[2], Qt.ItemDataRole.ToolTipRole)
        self.set_value(current, add_missing=True)
        self.blockSignals(False)

    def value(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_value(self, key: str | None, *, add_missing: bool = True) -> None:
        if key is None:
            self.setCurrentIndex(0)
            return
        index = self.findData(key)
        if index < 0 and add_missing:
            self.addItem(key, key)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class CasesPage(Page):
    title = QT_TRANSLATE_NOOP("Page", "Cases")
    case_activated = Signal(int)
    """Enter or double-click on a row: the case's id."""
    generate_portfolio_requested = Signal(object)
    """Generate portfolio…: the list's current CaseFilter."""
    print_summary_requested = Signal(int)
    """Print status summary: the selected case's id."""

    def __init__(
        self,
        *,
        listing: CaseListing,
        reference: ReferenceService | None = None,
        cases: CaseService | None = None,
        exports: ExportService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._exports = exports
        self._listing = listing
        self._reference = reference
        self._cases = cases
        self._sized_from_rows = False
        self.model = CaseTableModel(listing=listing, parent=self)
        self.model.load_failed.connect(self._show_problem)
        self.table = read_only_table(self.model, parent=self)
        self.table.setAccessibleName(self.tr("Cases"))
        size_columns(self.table, SAMPLES, stretch=TITLE_COLUMN)
        self.table.setSortingEnabled(False)  # the model sorts in SQL; we wire the header below
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSectionsMovable(True)
        header.setSortIndicator(SORT_COLUMN["reference"], Qt.SortOrder.AscendingOrder)
        for column in HIDDEN_BY_DEFAULT:
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._restored = self._restore_state()
        header.sortIndicatorChanged.connect(self._sort_requested)
        self.table.activated.connect(self._activated)

        # Filters
        self.filter_edit = FilterEdit(
            self.tr("Filter by reference, title, symbol or number (Ctrl+F)")
        )
        self.filter_edit.timer.timeout.connect(self._apply_filter)
        self.body_combo = FilterCombo(
            self.tr("All treaty bodies"), self.tr("Treaty body"), parent=self
        )
        self.state_combo = FilterCombo(self.tr("All States"), self.tr("State party"), parent=self)
        self.stage_combo = FilterCombo(self.tr("All stages"), self.tr("Stage"), parent=self)
        self.stage_combo.set_choices([(s.value, tr_vocab(s)) for s in Stage])
        self.outcome_combo = FilterCombo(self.tr("All outcomes"), self.tr("Outcome"), parent=self)
        self.outcome_combo.set_choices([(o.value, tr_vocab(o)) for o in Outcome])
        self.lawyer_combo = FilterCombo(
            self.tr("All lead lawyers"), self.tr("Lead lawyer"), parent=self
        )
        self.tag_combo = FilterCombo(self.tr("All tags"), self.tr("Tag"), parent=self)
        self.combos = (
            self.body_combo,
            self.state_combo,
            self.stage_combo,
            self.outcome_combo,
            self.lawyer_combo,
            self.tag_combo,
        )
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._apply_filter)
        self.overdue_check = QCheckBox(self.tr("&Overdue deadline"), self)
        self.overdue_check.setToolTip(
            self.tr("Only cases with a deadline past due and not marked done")
        )
        self.overdue_check.toggled.connect(self._apply_filter)
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.columns_button = QToolButton(self)
        self.columns_button.setText(self.tr("Col&umns"))
        self.columns_button.setToolTip(
            self.tr("Choose the columns shown (also: right-click a heading)")
        )
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self.columns_button)
        self.columns_menu.aboutToShow.connect(lambda: self._fill_columns_menu(self.columns_menu))
        self.columns_button.setMenu(self.columns_menu)
        self.portfolio_button = QPushButton(self.tr("Generate &portfolio…"), self)
        self.portfolio_button.setToolTip(
            self.tr(
                "A PDF table of the cases the filter shows, with a chart of how their remedies "
                "are implemented"
            )
        )
        self.portfolio_button.clicked.connect(
            lambda: self.generate_portfolio_requested.emit(self.current_filter())
        )
        self.summary_button = QPushButton(self.tr("Print status &summary"), self)
        self.summary_button.setToolTip(
            self.tr("The one-page status summary (PDF) of the selected case")
        )
        self.summary_button.clicked.connect(self._print_summary)
        # Export… (views/export_action.py): the list as filtered and sorted, .xlsx or .csv.
        self.export = ListExport(
            parent=self,
            title=self.tr("Export the cases list as filtered"),
            file_stem="cases",
            writer=self._export_writer,
        )
        self.export_button = self.export.button(self)
        self.export_button.setVisible(exports is not None)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of cases shown"))
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        bar = FlowLayout()  # wraps on a narrow window instead of widening it
        for widget in (
            *self.combos,
            self.overdue_check,
            self.clear_button,
            self.columns_button,
            self.summary_button,
            self.portfolio_button,
            self.export_button,
        ):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.shown_title(), parent=self))
        layout.addWidget(
            muted(
                self.tr(
                    "Every communication in this database. Click a column heading to sort; type "
                    "or choose to filter; Enter or a double-click opens a case."
                ),
                parent=self,
            )
        )
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.filter_edit, self.body_combo)
        for first, second in zip(self.combos, self.combos[1:], strict=False):
            self.setTabOrder(first, second)
        self.setTabOrder(self.tag_combo, self.overdue_check)
        self.setTabOrder(self.overdue_check, self.clear_button)
        self.setTabOrder(self.clear_button, self.columns_button)
        self.setTabOrder(self.columns_button, self.table)

    # ---- Page

    def refresh(self) -> None:
        self.problem_label.hide()
        self._fill_choices()
        self.model.set_filter(self.current_filter())
        self._update_count()
        if not self._sized_from_rows and not self._restored and self.model.rowCount():
            # Once, from the rows on the first screen; later the user's widths stand.
            size_columns(self.table, SAMPLES, stretch=TITLE_COLUMN, rows=ROWS_MEASURED)
            self._sized_from_rows = True

    def focus_filter(self) -> bool:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
        return True

    # ---- filters

    def current_filter(self) -> CaseFilter:
        stage = self.stage_combo.value()
        outcome = self.outcome_combo.value()
        return CaseFilter(
            text=self.filter_edit.text().strip(),
            body=self.body_combo.value(),
            state=self.state_combo.value(),
            stage=Stage(stage) if stage else None,
            outcome=Outcome(outcome) if outcome else None,
            lead_lawyer=self.lawyer_combo.value(),
            tag=self.tag_combo.value(),
            overdue=self.overdue_check.isChecked(),
        )

    def set_filter(self, flt: CaseFilter) -> None:
        """Show the cases matching `flt` (e.g. a bar clicked on the Dashboard)."""
        widgets = (*self.combos, self.overdue_check, self.filter_edit)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.filter_edit.setText(flt.text)
            self.filter_edit.timer.stop()
            self.body_combo.set_value(flt.body)
            self.state_combo.set_value(flt.state)
            self.stage_combo.set_value(flt.stage.value if flt.stage else None)
            self.outcome_combo.set_value(flt.outcome.value if flt.outcome else None)
            self.lawyer_combo.set_value(flt.lead_lawyer)
            self.tag_combo.set_value(flt.tag)
            self.overdue_check.setChecked(flt.overdue)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._apply_filter()

    def clear_filters(self) -> None:
        self.set_filter(CaseFilter())

    def select_case(self, case_id: int) -> bool:
        """Select and show the case's row, clearing the filter if it hides the case."""
        row = self.model.row_of(case_id)
        if row is None and not self.model.case_filter.is_empty:
            self.clear_filters()
            row = self.model.row_of(case_id)
        if row is None:
            return False
        index = self.model.index(row, self.table.horizontalHeader().logicalIndexAt(0))
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        self.table.setFocus()
        return True

    def _fill_choices(self) -> None:
        try:
            if self._reference is not None:
                self.body_combo.set_choices(
                    [(b.code, b.code, b.name) for b in self._reference.bodies()]
                )
            self.state_combo.set_choices([(c.code, c.name) for c in self._listing.states()])
            if self._cases is not None:
                self.lawyer_combo.set_choices([(n, n) for n in self._cases.lead_lawyers()])
                self.tag_combo.set_choices([(t, t) for t in self._cases.tags()])
        except DomainError as exc:
            self._show_problem(str(exc))

    def _apply_filter(self) -> None:
        self.problem_label.hide()
        # The overdue filter computes every case's deadlines: about 2 s for 50,000 cases.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.model.set_filter(self.current_filter())
            self._update_count()
        finally:
            QApplication.restoreOverrideCursor()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        flt = self.model.case_filter
        self.clear_button.setEnabled(not flt.is_empty)
        if flt.is_empty:
            self.count_label.setText(
                self.tr("%n case", "", shown) if shown == 1 else self.tr("%n cases", "", shown)
            )
            return
        total = self._listing.count()
        if flt.text and flt == CaseFilter(text=flt.text):
            self.count_label.setText(
                self.tr("%n of {total} cases match “{text}”", "", shown).format(
                    total=total, text=flt.text
                )
            )
        else:
            self.count_label.setText(
                self.tr("%n of {total} cases match the filter", "", shown).format(total=total)
            )

    # ---- sorting and columns

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

    def column_menu(self) -> QMenu:
        """The column chooser, as the heading's context menu shows it."""
        menu = QMenu(self)
        self._fill_columns_menu(menu)
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(pos))

    def _fill_columns_menu(self, menu: QMenu) -> None:
        menu.clear()
        header = self.table.horizontalHeader()
        for column, spec in enumerate(COLUMNS):
            action = QAction(QCoreApplication.translate("CaseTableModel", spec.title), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)  # the reference always stays
            action.toggled.connect(lambda shown, c=column: self.set_column_visible(c, shown))
            menu.addAction(action)

    def set_column_visible(self, column: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        if column == 0 and not visible:
            return
        header.setSectionHidden(column, not visible)
        if visible and header.sectionSize(column) < 40:
            header.resizeSection(column, 120)

    def visible_columns(self) -> list[str]:
        header = self.table.horizontalHeader()
        return [c.title for i, c in enumerate(COLUMNS) if not header.isSectionHidden(i)]

    # ---- state

    def _restore_state(self) -> bool:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        try:
            restored = view_state.restore_header(SETTINGS_GROUP, "header", header, len(COLUMNS))
        finally:
            header.blockSignals(False)
        if restored:
            column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
            if not self.model.set_sort(column, order):
                header.setSortIndicator(SORT_COLUMN["reference"], Qt.SortOrder.AscendingOrder)
        return restored

    def save_state(self) -> None:
        view_state.save_header(SETTINGS_GROUP, "header", self.table.horizontalHeader())

    # ---- slots

    def _activated(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self.model.row_data(index.row()) is not None:
            self.case_activated.emit(self.model.case_id(index.row()))

    def _export_writer(self) -> Callable[[ExportChoice], ExportResult]:
        """On the GUI thread: the list's filter and order now; the writing runs later."""
        exports, flt = self._exports, self.model.case_filter
        sort, descending = self.model.sort_key, self.model.descending
        if exports is None:
            raise DomainError(self.tr("Exporting is not available here."))

        def write(choice: ExportChoice) -> ExportResult:
            return exports.export_cases(
                choice.path,
                flt,
                sort=sort,
                descending=descending,
                fmt=choice.fmt,
                delimiter=choice.delimiter,
            )

        return write

    def _print_summary(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self.model.row_data(index.row()) is not None:
            self.print_summary_requested.emit(self.model.case_id(index.row()))
        else:
            self.problem_label.setText(
                self.tr("Select a case first, then print its status summary.")
            )
            self.problem_label.show()

    def _show_problem(self, message: str) -> None:
        self.problem_label.setText(
            self.tr("The cases could not be read: {message}").format(message=message)
        )
        self.problem_label.show()
