"""People: victims, authors, relatives, witnesses and counsel across all cases.

The registry filters by name (any script, through the full-text index), nationality, role
and case; names sort by the Unicode collation's order (Cyrillic, Latin and Arabic names each
in their alphabet's order). It is a lazy table over the people listing
(views/qtmodels/people_model.py): nothing is read until the page is first shown (or its
model is asked for), then only the ordered ids and the rows on screen. Enter or a
double-click opens the person editor; "New person" opens an empty one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.errors import DomainError
from app.services.dto import PeopleFilter
from app.vocab import PartyRole
from views.export_action import ExportChoice, ListExport
from views.i18n import QT_TRANSLATE_NOOP, tr_vocab
from views.pages import view_state
from views.pages.base import FilterEdit, ListPage
from views.pages.cases import FilterCombo
from views.pages.flow import FlowLayout
from views.qtmodels.people_model import SORT_COLUMN, PeopleTableModel

if TYPE_CHECKING:
    from app.services.exports import ExportResult, ExportService
    from app.services.listing import PeopleListing
    from app.services.people import PeopleService
    from app.services.reference import ReferenceService

SETTINGS_GROUP = "people_page"


class PeoplePage(ListPage):
    title = QT_TRANSLATE_NOOP("Page", "People")
    empty_text = QT_TRANSLATE_NOOP("Page", "No people recorded yet.")

    person_activated = Signal(int)
    new_person_requested = Signal()
    import_requested = Signal()
    """Import from a spreadsheet… (the main window opens the import dialog)."""

    def __init__(
        self,
        *,
        people: PeopleService,
        listing: PeopleListing,
        reference: ReferenceService | None = None,
        exports: ExportService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self._stale = True  # nothing read yet: read when first shown (or asked, see `model`)
        model = PeopleTableModel(listing=listing)
        super().__init__(
            model=model,  # type: ignore[arg-type]  # lazy, not a ListTableModel
            subtitle="",
            samples=(
                "Aliya Serikovna Nurpeisova",
                "Александр Герасимов",
                "A.S.N.",
                "Kazakhstan",
                "Author and victim",
                "ILI-2022-UZ23",
                "Consent to be named",
            ),
            stretch=0,
            parent=parent,
        )
        self.subtitle.setText(
            self.tr(
                "Everyone recorded in a case. Names stay on this computer; documents use the "
                "pseudonym or initials of anyone who has not consented to be named. Enter or "
                "a double-click opens a person."
            )
        )
        self._people = people
        self._listing = listing
        self._reference = reference
        self._exports = exports
        model.load_failed.connect(self._show_problem)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setSortingEnabled(False)  # the model sorts in SQL; the header is wired below
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(SORT_COLUMN["full_name"], Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        self.filter_edit = FilterEdit(
            self.tr("Filter by name or pseudonym, in any script (Ctrl+F)")
        )
        self.filter_edit.timer.timeout.connect(self.refresh)
        self.nationality_combo = FilterCombo(
            self.tr("All nationalities"), self.tr("Nationality"), parent=self
        )
        self.role_combo = FilterCombo(self.tr("All roles"), self.tr("Role in a case"), parent=self)
        self.role_combo.set_choices([(r.value, tr_vocab(r)) for r in PartyRole])
        for combo in (self.nationality_combo, self.role_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.case_edit = QLineEdit(self)
        self.case_edit.setPlaceholderText(self.tr("Case reference"))
        self.case_edit.setAccessibleName(self.tr("Case reference"))
        self.case_edit.setToolTip(self.tr("Only the parties to the case with this reference"))
        self.case_edit.setClearButtonEnabled(True)
        self.case_edit.setMaximumWidth(200)
        self.case_edit.editingFinished.connect(self.refresh)
        self.case_edit.textChanged.connect(self.filter_edit.timer.start)
        self.new_button = QPushButton(self.tr("&New person…"), self)
        self.new_button.setToolTip(self.tr("Record a new person"))
        self.new_button.clicked.connect(self.new_person_requested.emit)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setToolTip(
            self.tr("Read victims and other people from a .csv or .xlsx file")
        )
        self.import_button.clicked.connect(self.import_requested.emit)
        # Export… (views/export_action.py): the registry as filtered and sorted.
        self.export = ListExport(
            parent=self,
            title=self.tr("Export the people registry as filtered"),
            file_stem="people",
            writer=self._export_writer,
        )
        self.export_button = self.export.button(self)
        self.export_button.setVisible(exports is not None)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of people shown"))
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        row.addSpacing(12)
        row.addWidget(self.count_label)
        row.addWidget(self.new_button)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        filters = FlowLayout()  # wraps on a narrow window instead of widening it
        for widget in (self.nationality_combo, self.role_combo, self.case_edit):
            filters.addWidget(widget)
        self.header_row.addLayout(row)
        self.header_row.addLayout(filters)
        self.header_row.addWidget(self.problem_label)
        header.blockSignals(True)
        try:
            view_state.restore_header(SETTINGS_GROUP, "header", header, model.columnCount())
        finally:
            header.blockSignals(False)
        if not model.set_sort(header.sortIndicatorSection(), header.sortIndicatorOrder()):
            header.setSortIndicator(SORT_COLUMN["full_name"], Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_requested)
        self._countries_loaded = False

    # ---- the model, read when first needed

    @property
    def model(self) -> PeopleTableModel:  # type: ignore[override]
        """The registry's model, its rows read first if a refresh is pending (the page reads
        nothing until it is shown; whoever asks for the model gets the current rows)."""
        if self._stale:
            self._load()
        return self._model

    @model.setter
    def model(self, value: PeopleTableModel) -> None:
        self._model = value

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def current_filter(self) -> PeopleFilter:
        role = self.role_combo.value()
        return PeopleFilter(
            text=self.filter_edit.text(),
            nationality=self.nationality_combo.value(),
            role=PartyRole(role) if role else None,
            case=self.case_edit.text().strip() or None,
        )

    def refresh(self) -> None:
        """Read the registry again: now if the page is shown, else when it is next shown."""
        self.filter_edit.timer.stop()
        self._stale = True
        self._load_countries()  # reference data (a few hundred rows), for the filter's choices
        if self.isVisible():
            self._load()

    def _load_countries(self) -> None:
        if self._countries_loaded or self._reference is None:
            return
        try:
            countries = self._reference.countries()
        except DomainError as exc:
            self._show_problem(str(exc))
        else:
            self.nationality_combo.set_choices([(c.code, c.name) for c in countries])
            self._countries_loaded = True

    def _load(self) -> None:
        self._stale = False
        self.problem_label.hide()
        self._load_countries()
        flt = self.current_filter()
        self._model.set_filter(flt)
        text = flt.text.strip()
        if text and flt == PeopleFilter(text=flt.text):
            self.empty_label.setText(
                self.tr("No one’s name or pseudonym contains “{text}”.").format(text=text)
            )
        elif flt != PeopleFilter(text=flt.text) or text:
            self.empty_label.setText(self.tr("No one matches the filter."))
        else:
            self.empty_label.setText(self.tr("No people recorded yet."))
        n = self._model.rowCount()
        self.empty_label.setVisible(n == 0)
        self.count_label.setText(self.tr("%n people", "", n) if n != 1 else self.tr("1 person"))

    def focus_filter(self) -> bool:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
        return True

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self._model.index(row, 0))
        return True

    def save_state(self) -> None:
        view_state.save_header(SETTINGS_GROUP, "header", self.table.horizontalHeader())

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if self._model.set_sort(column, order):
            self.refresh()
            return
        # Not sortable in SQL: put the indicator back where the rows really are sorted.
        header = self.table.horizontalHeader()
        back = (
            Qt.SortOrder.DescendingOrder if self._model.descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(True)
        header.setSortIndicator(SORT_COLUMN[self._model.sort_key], back)
        header.blockSignals(False)
        header.viewport().update()

    def _activated(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self._model.row_data(index.row()) is not None:
            self.person_activated.emit(self._model.person_id(index.row()))

    def _export_writer(self) -> Callable[[ExportChoice], ExportResult]:
        """On the GUI thread: the registry's filter and order now; the writing runs later."""
        exports, flt = self._exports, self.model.people_filter
        order = self.model.ids()
        if exports is None:
            raise DomainError(self.tr("Exporting is not available here."))

        def write(choice: ExportChoice) -> ExportResult:
            return exports.export_people(
                choice.path, flt, order=order, fmt=choice.fmt, delimiter=choice.delimiter
            )

        return write

    def _show_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.show()
