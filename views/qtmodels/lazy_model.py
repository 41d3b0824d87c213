"""The lazy, read-only table over a listing service shared by the cases and people lists.

The listing returns the ordered ids for a filter and sort (SQL does both); rows are read a
page at a time when they are shown and kept until the next query. Subclasses give the
columns, how a row's id is found, and their own data()/headerData()."""

from __future__ import annotations

import logging
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from app.errors import DomainError
from views.qtmodels.table_model import ModelIndex

log = logging.getLogger(__name__)

PAGE_SIZE = 200

Row = TypeVar("Row")
Filter = TypeVar("Filter")


class LazyIdModel(QAbstractTableModel, Generic[Row, Filter]):
    """`rowCount()` is the number of matching ids; rows load page by page."""

    load_failed = Signal(str)
    """The ids or a page could not be read (a known problem): the message."""

    columns: tuple[Any, ...] = ()
    """The columns, each with a `sort_key` (None: not sortable)."""
    what = "list"
    """What the list shows, for the log."""

    def __init__(
        self,
        *,
        listing: Any,
        initial_filter: Filter,
        sort_key: str,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self._listing = listing
        self._page_size = page_size
        self._filter = initial_filter
        self._sort_key = sort_key
        self._descending = False
        self._ids: list[int] = []
        self._pages: dict[int, dict[int, Row]] = {}

    def row_key(self, row: Row) -> int:
        """The id a row was read for."""
        raise NotImplementedError

    def _reloaded(self) -> None:
        """Called inside the model reset after new ids arrived."""

    # ---- queries

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, flt: Filter) -> None:
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
        self._reloaded()
        self.endResetModel()

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort_key is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.set_sort(column, order):
            self.reload()

    def set_sort(self, column: int, order: Qt.SortOrder) -> bool:
        """Choose the order of the next query without running it; False if not sortable."""
        if not self.is_sortable(column):
            return False
        self._sort_key = self.columns[column].sort_key
        self._descending = order == Qt.SortOrder.DescendingOrder
        return True

    def ids(self) -> list[int]:
        """The ids shown, in order (none of their rows is read)."""
        return list(self._ids)

    def row_of(self, record_id: int) -> int | None:
        """The row showing the record, or None if the filter leaves it out (no row read)."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> Row | None:
        """The row's data, or None if the record vanished since the query ran."""
        return self._page(row // self._page_size).get(self._ids[row])

    def loaded_pages(self) -> list[int]:
        """Which pages have been fetched (for tests and diagnostics)."""
        return sorted(self._pages)

    def _page(self, page: int) -> dict[int, Row]:
        cached = self._pages.get(page)
        if cached is not None:
            return cached
        self._pages[page] = {}  # a failure is reported once, not on every repaint
        start = page * self._page_size
        try:
            rows = self._listing.rows(self._ids[start : start + self._page_size])
        except DomainError as exc:
            log.warning("%s: page %d could not be read: %s", self.what, page, exc)
            self.load_failed.emit(str(exc))
            return {}
        loaded = {self.row_key(r): r for r in rows}
        self._pages[page] = loaded
        return loaded

    # ---- QAbstractItemModel

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def _in_range(self, index: ModelIndex) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._ids)
            and 0 <= index.column() < len(self.columns)
        )

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
