"""The people registry as a lazy table: ordered ids from SQL, rows fetched a page at a time.

The same pattern as the cases list (views/qtmodels/cases_model.py): the listing service
(app/services/listing.py, PeopleListing) returns the ordered ids of a filter and sort;
`data()` asks for the rows of the page it needs and caches them. 500,000 people open
without being read; names sort by the Unicode collation's order, in SQL (an index).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from app.errors import DomainError
from app.services.dto import PeopleFilter, PersonRow
from views.i18n import QT_TRANSLATE_NOOP, tr_vocab
from views.qtmodels.table_model import CENTER, LEFT, ModelIndex, yes_no

if TYPE_CHECKING:
    from app.services.listing import PeopleListing

log = logging.getLogger(__name__)

PAGE_SIZE = 200
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


class PeopleTableModel(QAbstractTableModel):
    """Read-only, lazy: `rowCount()` is the number of matching ids; rows load page by page.

    Nothing is read until `reload()` (the page calls it when it is first shown)."""

    load_failed = Signal(str)
    """The ids or a page could not be read (a known problem): the message."""

    def __init__(
        self,
        *,
        listing: PeopleListing,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self._listing = listing
        self._page_size = page_size
        self._filter = PeopleFilter()
        self._sort_key = "full_name"
        self._descending = False
        self._ids: list[int] = []
        self._pages: dict[int, dict[int, PersonRow]] = {}
        self.loaded = False
        """True once the ids were read (the page reads them when it is first shown)."""

    # ---- queries

    @property
    def people_filter(self) -> PeopleFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, flt: PeopleFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Run the query again (after a filter or sort change, or F5)."""
        try:
            ids = self._listing.ids(self._filter, sort=self._sort_key, descending=self._descending)
        except DomainError as exc:
            ids = []
            self.load_failed.emit(str(exc))
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.loaded = True
        self.endResetModel()

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column].sort_key is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.set_sort(column, order):
            self.reload()

    def set_sort(self, column: int, order: Qt.SortOrder) -> bool:
        """Choose the order of the next query without running it; False if not sortable."""
        if not self.is_sortable(column):
            return False
        key = COLUMNS[column].sort_key
        assert key is not None
        self._sort_key = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        return True

    def ids(self) -> list[int]:
        """The ids shown, in order (none of their rows is read)."""
        return list(self._ids)

    def person_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, person_id: int) -> int | None:
        """The row showing the person, or None if the filter leaves them out (no row read)."""
        try:
            return self._ids.index(person_id)
        except ValueError:
            return None

    def item(self, row: int) -> PersonRow:
        """The row's data (KeyError if the person vanished since the query ran)."""
        found = self.row_data(row)
        if found is None:
            raise KeyError(self._ids[row])
        return found

    def row_data(self, row: int) -> PersonRow | None:
        return self._page(row // self._page_size).get(self._ids[row])

    def items(self) -> list[PersonRow]:
        """Every row the filter shows, read page by page (for small lists and tests)."""
        result = []
        for page in range((len(self._ids) + self._page_size - 1) // self._page_size):
            loaded = self._page(page)
            start = page * self._page_size
            result += [loaded[i] for i in self._ids[start : start + self._page_size] if i in loaded]
        return result

    def loaded_pages(self) -> list[int]:
        """Which pages have been fetched (for tests and diagnostics)."""
        return sorted(self._pages)

    def _page(self, page: int) -> dict[int, PersonRow]:
        cached = self._pages.get(page)
        if cached is not None:
            return cached
        self._pages[page] = {}  # a failure is reported once, not on every repaint
        start = page * self._page_size
        try:
            rows = self._listing.rows(self._ids[start : start + self._page_size])
        except DomainError as exc:
            log.warning("people registry: page %d could not be read: %s", page, exc)
            self.load_failed.emit(str(exc))
            return {}
        loaded = {r.person.id: r for r in rows}
        self._pages[page] = loaded
        return loaded

    # ---- QAbstractItemModel

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not (
            index.isValid()
            and 0 <= index.row() < len(self._ids)
            and 0 <= index.column() < len(COLUMNS)
        ):
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

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
