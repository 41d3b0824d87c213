"""People: victims, authors, relatives, witnesses and counsel across all cases.

The registry filters by name (any script), nationality, role and case; columns sort by
Unicode collation (Cyrillic, Latin and Arabic names each in their alphabet's order). Enter
or a double-click opens the person editor; "New person" opens an empty one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.errors import DomainError
from app.services.dto import PeopleFilter
from app.vocab import PartyRole
from views.pages import view_state
from views.pages.base import FilterEdit, ListPage
from views.pages.cases import FilterCombo
from views.pages.flow import FlowLayout
from views.qtmodels.records import PeopleModel

if TYPE_CHECKING:
    from app.services.people import PeopleService
    from app.services.reference import ReferenceService

SETTINGS_GROUP = "people_page"


class PeoplePage(ListPage):
    title = "People"
    empty_text = "No people recorded yet."

    person_activated = Signal(int)
    new_person_requested = Signal()

    def __init__(
        self,
        *,
        people: PeopleService,
        reference: ReferenceService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            model=PeopleModel(),
            subtitle=(
                "Everyone recorded in a case. Names stay on this computer; documents use the "
                "pseudonym or initials of anyone who has not consented to be named. Enter or "
                "a double-click opens a person."
            ),
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
        self._people = people
        self._reference = reference
        self.table.setAccessibleName("People")
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        self.filter_edit = FilterEdit("Filter by name or pseudonym, in any script (Ctrl+F)")
        self.filter_edit.timer.timeout.connect(self.refresh)
        self.nationality_combo = FilterCombo("All nationalities", "Nationality", parent=self)
        self.role_combo = FilterCombo("All roles", "Role in a case", parent=self)
        self.role_combo.set_choices([(r.value, r.label) for r in PartyRole])
        for combo in (self.nationality_combo, self.role_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.case_edit = QLineEdit(self)
        self.case_edit.setPlaceholderText("Case reference")
        self.case_edit.setAccessibleName("Case reference")
        self.case_edit.setToolTip("Only the parties to the case with this reference")
        self.case_edit.setClearButtonEnabled(True)
        self.case_edit.setMaximumWidth(200)
        self.case_edit.editingFinished.connect(self.refresh)
        self.case_edit.textChanged.connect(self.filter_edit.timer.start)
        self.new_button = QPushButton("&New person…", self)
        self.new_button.setToolTip("Record a new person")
        self.new_button.clicked.connect(self.new_person_requested.emit)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName("Number of people shown")
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        row.addSpacing(12)
        row.addWidget(self.count_label)
        row.addWidget(self.new_button)
        filters = FlowLayout()  # wraps on a narrow window instead of widening it
        for widget in (self.nationality_combo, self.role_combo, self.case_edit):
            filters.addWidget(widget)
        self.header_row.addLayout(row)
        self.header_row.addLayout(filters)
        self.header_row.addWidget(self.problem_label)
        view_state.restore_header(
            SETTINGS_GROUP, "header", self.table.horizontalHeader(), self.model.columnCount()
        )
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._countries_loaded = False

    def current_filter(self) -> PeopleFilter:
        role = self.role_combo.value()
        return PeopleFilter(
            text=self.filter_edit.text(),
            nationality=self.nationality_combo.value(),
            role=PartyRole(role) if role else None,
            case=self.case_edit.text().strip() or None,
        )

    def refresh(self) -> None:
        self.filter_edit.timer.stop()
        self.problem_label.hide()
        if not self._countries_loaded and self._reference is not None:
            try:
                countries = self._reference.countries()
            except DomainError as exc:
                self._show_problem(str(exc))
            else:
                self.nationality_combo.set_choices([(c.code, c.name) for c in countries])
                self._countries_loaded = True
        flt = self.current_filter()
        try:
            rows = self._people.registry(flt)
        except DomainError as exc:
            self._show_problem(str(exc))
            rows = []
        filtered = flt != PeopleFilter(text=flt.text) or bool(flt.text.strip())
        if filtered:
            self.empty_label.setText(
                f"No one’s name or pseudonym contains “{flt.text.strip()}”."
                if flt.text.strip() and flt == PeopleFilter(text=flt.text)
                else "No one matches the filter."
            )
        else:
            self.empty_label.setText(self.empty_text)
        self.set_items(rows)
        n = len(rows)
        self.count_label.setText("1 person" if n == 1 else f"{n} people")

    def focus_filter(self) -> bool:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
        return True

    def select_person(self, person_id: int) -> bool:
        for row, item in enumerate(self.model.items()):
            if item.person.id == person_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def save_state(self) -> None:
        view_state.save_header(SETTINGS_GROUP, "header", self.table.horizontalHeader())

    def _activated(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.person_activated.emit(self.model.item(index.row()).person.id)

    def _show_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.show()
