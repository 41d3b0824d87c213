"""The people registry as a lazy table: ordered ids from SQL, rows fetched a page at a time.

The same pattern as the cases list (views/qtmodels/cases_model.py): the listing service
(app/services/listing.py, PeopleListing) returns the ordered ids of a filter and sort;
`data()` asks for the rows of the page it needs and caches them. 500,000 people open
without being read; names sort by the Unicode collation's order, in SQL (an index).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.services.dto import PeopleFilter, PersonRow
from views.i18n import QT_TRANSLATE_NOOP, tr_vocab
from views.qtmodels.lazy_model import PAGE_SIZE, LazyIdModel
from views.qtmodels.table_model import CENTER, LEFT, ModelIndex, yes_no

if TYPE_CHECKING:
    from app.services.listing import PeopleListing


CONTEXT = "PeopleTableModel"


@dataclass(frozen=True)
class PersonColumn:
    title: str  # marked with QT_TRANSLATE_NOOP in CONTEXT, translated when shown
    sort_key: str | None  # a key of PeopleListing.ids(sort=...); None: not sortable
    text: Callable[[PersonRow], str]
    tooltip: Callable[[PersonRow], str | None] | None = None
    align: Qt.AlignmentFlag = LEFT
    header_tip: str | None = None


def _nationality(r: PersonRow) -> str:
    return r.person.nationality_name or r.person.nationality or ""


def _roles(r: PersonRow) -> str:
    return ", ".join(tr_vocab(role) for role in r.roles)


def _cases(r: PersonRow) -> str:
    return ", ".join(r.cases)


def _consent_tip(r: PersonRow) -> str:
    if r.person.consent_to_be_named:
        return QCoreApplication.translate("PeopleTableModel", "May be named in documents.")
    return QCoreApplication.translate(
        "PeopleTableModel", "Not to be named: documents show “{name}”."
    ).format(name=r.person.public_name)


COLUMNS: tuple[PersonColumn, ...] = (
    PersonColumn(
        QT_TRANSLATE_NOOP("PeopleTableModel", "Full name"),
        "full_name",
        lambda r: r.person.full_name,
        tooltip=lambda r: r.person.original_script_name or None,
    ),
    PersonColumn(
        QT_TRANSLATE_NOOP("PeopleTableModel", "Original script"),
        None,
        lambda r: r.person.original_script_name,
        header_tip=QT_TRANSLATE_NOOP(
            "PeopleTableModel", "The name as written in the person's own script"
        ),
    ),
    PersonColumn(
        QT_TRANSLATE_NOOP("PeopleTableModel", "Pseudonym"),
        None,
        lambda r: r.person.pseudonym,
        header_tip=QT_TRANSLATE_NOOP(
            "PeopleTableModel",
            "The name or initials documents use when the person may not be named",
        ),
    ),
    PersonColumn(QT_TRANSLATE_NOOP("PeopleTableModel", "Nationality"), "nationality", _nationality),
    PersonColumn(
        QT_TRANSLATE_NOOP("PeopleTableModel", "Roles"),
        None,
        _roles,
        tooltip=lambda r: _roles(r) or None,
    ),
    PersonColumn(
        QT_TRANSLATE_NOOP("PeopleTableModel", "Cases"),
        None,
        _cases,
        tooltip=lambda r: _cases(r) or None,
        header_tip=QT_TRANSLATE_NOOP("PeopleTableModel", "The cases the person is a party to"),
    ),
    PersonColumn(
        QT_TRANSLATE_NOOP("PeopleTableModel", "Consent to be named"),
        "consent",
        lambda r: yes_no(r.person.consent_to_be_named),
        tooltip=_consent_tip,
        align=CENTER,
    ),
)

SORT_COLUMN = {c.sort_key: i for i, c in enumerate(COLUMNS) if c.sort_key}


class PeopleTableModel(LazyIdModel[PersonRow, PeopleFilter]):
    """Read-only, lazy: `rowCount()` is the number of matching ids; rows load page by page.

    Nothing is read until `reload()` (the page calls it when it is first shown)."""

    columns = COLUMNS
    what = "people registry"

    def __init__(
        self,
        *,
        listing: PeopleListing,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            listing=listing,
            initial_filter=PeopleFilter(),
            sort_key="full_name",
            page_size=page_size,
            parent=parent,
        )
        self.loaded = False
        """True once the ids were read (the page reads them when it is first shown)."""

    def row_key(self, row: PersonRow) -> int:
        return row.person.id

    def _reloaded(self) -> None:
        self.loaded = True

    @property
    def people_filter(self) -> PeopleFilter:
        return self._filter

    def person_id(self, row: int) -> int:
        return self._ids[row]

    def item(self, row: int) -> PersonRow:
        """The row's data (KeyError if the person vanished since the query ran)."""
        found = self.row_data(row)
        if found is None:
            raise KeyError(self._ids[row])
        return found

    def items(self) -> list[PersonRow]:
        """Every row the filter shows, read page by page (for small lists and tests)."""
        result = []
        for page in range((len(self._ids) + self._page_size - 1) // self._page_size):
            loaded = self._page(page)
            start = page * self._page_size
            result += [loaded[i] for i in self._ids[start : start + self._page_size] if i in loaded]
        return result

    # ---- QAbstractItemModel

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._in_range(index):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_data(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.tr("(no longer exists — press F5)")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        return column.tooltip(row) if column.tooltip else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, column.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = QCoreApplication.translate(CONTEXT, column.header_tip or "")
            if column.sort_key is None:
                return (
                    self.tr("{tip} — this column cannot be sorted").format(tip=tip)
                    if tip
                    else self.tr("Cannot be sorted")
                )
            return tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        return None
