"""A read-only table over a list of DTOs, described by its columns.

Small lists (people, reviews, deadlines, documents) are loaded whole; the cases list,
which can be large, has its own lazy model (cases_model.py). Because every row is in
memory, these models sort themselves when a heading is clicked (`sort()`): text by Unicode
collation (collation.py), dates and numbers by value, empty cells last.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from views.qtmodels.collation import sort_key

T = TypeVar("T")

ModelIndex = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter


#: The context of column titles and header tips (see `Column.context`).
COLUMN_CONTEXT = "Column"


def short_date(value: date | None) -> str:
    """A date as "5 Dec 2026" ("5 дек. 2026" in Russian): unambiguous in every locale (unlike
    05/12/2026); the month's short name is the current locale's (QLocale())."""
    if not value:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def yes_no(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("TableModel", "Not recorded")
    if value:
        return QCoreApplication.translate("TableModel", "Yes")
    return QCoreApplication.translate("TableModel", "No")


@dataclass(frozen=True)
class RowStyle:
    """How a whole row is drawn; colour never carries meaning alone (a text column does)."""

    foreground: QColor | None = None
    bold: bool = False


@dataclass(frozen=True)
class Column(Generic[T]):
    """A column: its title and header tip are English source texts, marked with
    ``QT_TRANSLATE_NOOP(context, "…")`` where the column is declared (the context is
    ``"Column"`` unless `context` names another) and translated when the header is shown.
    The cell texts (`text`, `tooltip`) are called at display time and translate themselves.
    """

    title: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str | None] | None = None
    align: Qt.AlignmentFlag = LEFT
    header_tip: str | None = None
    sort_value: Callable[[T], Any] | None = None
    """What the column sorts by (a date, a number); None: its text, by collation."""
    context: str = COLUMN_CONTEXT
    """The translation context of `title` and `header_tip`."""


def _sort_key(column: Column[T]) -> Callable[[T], tuple[bool, Any]]:
    """(is empty, key): by value (sort_value) or by collated text."""
    if column.sort_value is not None:
        value_of = column.sort_value

        def by_value(item: T) -> tuple[bool, Any]:
            value = value_of(item)
            return (value is None or value == "", value if value is not None else 0)

        return by_value

    def by_text(item: T) -> tuple[bool, Any]:
        text = column.text(item)
        return (not text, sort_key(text))

    return by_text


class ListTableModel(QAbstractTableModel, Generic[T]):
    """Rows are DTOs held in memory; `set_items` replaces them all."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        *,
        row_style: Callable[[T], RowStyle | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._row_style = row_style
        self._items: list[T] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # ---- content

    def set_items(self, items: Sequence[T]) -> None:
        """Replace the rows; kept in the order of the last sort(), else as given."""
        self.beginResetModel()
        self._items = list(items)
        if self._sort is not None:
            self._sort_items(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._items)
        self._sort = (column, order)
        self._sort_items(column, order)
        where = {id(item): row for row, item in enumerate(self._items)}
        for index in self.persistentIndexList():
            if index.isValid() and index.row() < len(before):
                moved = where[id(before[index.row()])]
                self.changePersistentIndex(index, self.index(moved, index.column()))
        self.layoutChanged.emit()

    def _sort_items(self, column: int, order: Qt.SortOrder) -> None:
        key = _sort_key(self._columns[column])
        keyed = [(key(item), item) for item in self._items]
        filled = [(k[1], item) for k, item in keyed if not k[0]]
        empty = [item for k, item in keyed if k[0]]
        filled.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        self._items = [item for _, item in filled] + empty  # empty cells last, either way

    def item(self, row: int) -> T:
        return self._items[row]

    def items(self) -> list[T]:
        return list(self._items)

    # ---- QAbstractItemModel

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not (
            index.isValid()
            and 0 <= index.row() < len(self._items)
            and 0 <= index.column() < len(self._columns)
        ):
            return None
        item = self._items[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(item) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) and self._row_style:
            style = self._row_style(item)
            if style is None:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return style.foreground
            return self._bold if style.bold else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(column.context, column.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.header_tip
            return QCoreApplication.translate(column.context, tip) if tip else tip
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
