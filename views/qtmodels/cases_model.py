"""The cases list as a lazy table: ordered ids from SQL, rows fetched a page at a time.

Anki's browser pattern: a search (filter + sort) returns only the ordered ids; `data()` asks
the listing service for the rows of the page it needs and caches them. Sorting and
filtering are new queries, never a QSortFilterProxyModel (which would only see the rows
already fetched).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from app.errors import DomainError
from app.services.dto import CaseFilter, CaseRow
from views.i18n import QT_TRANSLATE_NOOP, tr_vocab
from views.qtmodels.deadlines_model import OVERDUE_COLOUR
from views.qtmodels.table_model import LEFT, RIGHT, ModelIndex, short_date

if TYPE_CHECKING:
    from app.services.listing import CaseListing

log = logging.getLogger(__name__)

PAGE_SIZE = 200
CONTEXT = "CaseTableModel"


@dataclass(frozen=True)
class CaseColumn:
    title: str  # marked with QT_TRANSLATE_NOOP in CONTEXT, translated when shown
    sort_key: str | None  # a key of CaseListing.ids(sort=...); None: not sortable
    text: Callable[[CaseRow], str]
    tooltip: Callable[[CaseRow], str | None] | None = None
    align: Qt.AlignmentFlag = LEFT
    header_tip: str | None = None


def _symbol(r: CaseRow) -> str:
    return r.symbol or r.communication_number or ""


def _symbol_tip(r: CaseRow) -> str | None:
    if r.symbol and r.communication_number:
        return QCoreApplication.translate("CaseTableModel", "Communication No. {number}").format(
            number=r.communication_number
        )
    return None


def _deadline_tip(r: CaseRow) -> str | None:
    if r.next_deadline is None:
        return QCoreApplication.translate("CaseTableModel", "No open deadline")
    title = r.next_deadline_title or QCoreApplication.translate("CaseTableModel", "Deadline")
    return QCoreApplication.translate("CaseTableModel", "{title}, {date}").format(
        title=title, date=short_date(r.next_deadline)
    )


COLUMNS: tuple[CaseColumn, ...] = (
    CaseColumn(
        QT_TRANSLATE_NOOP("CaseTableModel", "Reference"), "reference", lambda r: r.reference
    ),
    CaseColumn(
        QT_TRANSLATE_NOOP("CaseTableModel", "Title"),
        "title",
        lambda r: r.title,
        tooltip=lambda r: r.title,
    ),
    CaseColumn(
        QT_TRANSLATE_NOOP("CaseTableModel", "Body"),
        "body",
        lambda r: r.body,
        header_tip=QT_TRANSLATE_NOOP("CaseTableModel", "Treaty body"),
    ),
    CaseColumn(
        QT_TRANSLATE_NOOP("CaseTableModel", "State"),
        "state",
        lambda r: r.state_name,
        tooltip=lambda r: r.state,
        header_tip=QT_TRANSLATE_NOOP("CaseTableModel", "State party"),
    ),
    CaseColumn(
        QT_TRANSLATE_NOOP("CaseTableModel", "Symbol"),
        "symbol",
        _symbol,
        tooltip=_symbol_tip,
        header_tip=QT_TRANSLATE_NOOP(
            "CaseTableModel", "Document symbol, or the communication number until one is given"
        ),
    ),
    CaseColumn(QT_TRANSLATE_NOOP("CaseTableModel", "Stage"), "stage", lambda r: tr_vocab(r.stage)),
    CaseColumn(
        QT_TRANSLATE_NOOP("CaseTableModel", "Outcome"), "outcome", lambda r: tr_vocab(r.outcome)
    ),
    CaseColumn(
        QT_TRANSLATE_NOOP("CaseTableModel", "Victims"),
        "victims",
        lambda r: str(r.victims),
        align=RIGHT,
        header_tip=QT_TRANSLATE_NOOP("CaseTableModel", "People recorded as victims in the case"),
    ),
    CaseColumn(
        QT_TRANSLATE_NOOP("CaseTableModel", "Lead lawyer"), "lead_lawyer", lambda r: r.lead_lawyer
    ),
    CaseColumn(
        QT_TRANSLATE_NOOP("CaseTableModel", "Next deadline"),
        None,
        lambda r: short_date(r.next_deadline),
        tooltip=_deadline_tip,
        header_tip=QT_TRANSLATE_NOOP(
            "CaseTableModel",
            "The earliest deadline of the case not yet done (see the Dashboard). Deadlines "
            "are computed from the Committees' rules, so sorting by them would mean computing "
            "those of every case: filter on overdue deadlines instead",
        ),
    ),
)

SORT_COLUMN = {c.sort_key: i for i, c in enumerate(COLUMNS) if c.sort_key}
NEXT_DEADLINE_COLUMN = len(COLUMNS) - 1
LEAD_LAWYER_COLUMN = SORT_COLUMN["lead_lawyer"]
HIDDEN_BY_DEFAULT = (LEAD_LAWYER_COLUMN,)


class CaseTableModel(QAbstractTableModel):
    """Read-only, lazy: `rowCount()` is the number of matching ids; rows load page by page."""

    load_failed = Signal(str)
    """A page could not be read (a known problem, e.g. the database went away): the message."""

    def __init__(
        self,
        *,
        listing: CaseListing,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self._listing = listing
        self._page_size = page_size
        self._filter = CaseFilter()
        self._sort_key = "reference"
        self._descending = False
        self._ids: list[int] = []
        self._pages: dict[int, dict[int, CaseRow]] = {}
        self._today: date = listing.today()

    # ---- queries

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, flt: CaseFilter) -> None:
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
        self._today = self._listing.today()
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

    def case_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, case_id: int) -> int | None:
        """The row showing the case, or None if the filter leaves it out (no row is read)."""
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> CaseRow | None:
        """The row's data, or None if the case vanished since the query ran."""
        return self._page(row // self._page_size).get(self._ids[row])

    def loaded_pages(self) -> list[int]:
        """Which pages have been fetched (for tests and diagnostics)."""
        return sorted(self._pages)

    def _page(self, page: int) -> dict[int, CaseRow]:
        cached = self._pages.get(page)
        if cached is not None:
            return cached
        # Placeholder first: a failure is reported once, not again on every repaint.
        self._pages[page] = {}
        start = page * self._page_size
        try:
            rows = self._listing.rows(self._ids[start : start + self._page_size])
        except DomainError as exc:
            log.warning("cases list: page %d could not be read: %s", page, exc)
            self.load_failed.emit(str(exc))
            return {}
        loaded = {r.id: r for r in rows}
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
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        row = self.row_data(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return QCoreApplication.translate("CaseTableModel", "(no longer exists — press F5)")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        # ForegroundRole: an overdue next deadline in red (the Dashboard says so in words).
        if (
            index.column() == NEXT_DEADLINE_COLUMN
            and row.next_deadline is not None
            and row.next_deadline < self._today
        ):
            return OVERDUE_COLOUR
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, column.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = (
                QCoreApplication.translate(CONTEXT, column.header_tip)
                if column.header_tip
                else None
            )
            if column.sort_key is None:
                if tip:
                    return QCoreApplication.translate(
                        "CaseTableModel", "{tip} — this column cannot be sorted"
                    ).format(tip=tip)
                return QCoreApplication.translate("CaseTableModel", "Cannot be sorted")
            return tip
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
