"""People: victims, authors, relatives, witnesses and counsel across all cases (read-only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from views.pages.base import FilterEdit, ListPage
from views.qtmodels.records import PeopleModel

if TYPE_CHECKING:
    from app.services.people import PeopleService


class PeoplePage(ListPage):
    title = "People"
    empty_text = "No people recorded yet."

    def __init__(self, *, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(
            model=PeopleModel(),
            subtitle=(
                "Everyone recorded in a case. Names stay on this computer; documents use the "
                "pseudonym or initials of anyone who has not consented to be named."
            ),
            samples=(
                "Aliya Serikovna Nurpeisova-Abdrakhmanova",
                "A.S.N. (pseudonym)",
                "Kazakhstan",
                "Consent to be named",
            ),
            stretch=0,
            parent=parent,
        )
        self._people = people
        self.filter_edit = FilterEdit("Filter by name or pseudonym, in any script (Ctrl+F)")
        self.header_row.addWidget(self.filter_edit)
        self.filter_edit.timer.timeout.connect(self.refresh)

    def refresh(self) -> None:
        text = self.filter_edit.text()
        items = self._people.list(text)
        self.empty_label.setText(
            f"No one’s name or pseudonym contains “{text.strip()}”."
            if text.strip()
            else self.empty_text
        )
        self.set_items(items)

    def focus_filter(self) -> bool:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
        return True
