"""A read-only table over a list of DTOs, described by its columns.

Small lists (people, reviews, deadlines, documents) are loaded whole; the cases list,
which can be large, has its own lazy model (cases_model.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

T = TypeVar("T")

ModelIndex = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter


def short_date(value: date | None) -> str:
    """A date as "5 Dec 2026": unambiguous in every locale (unlike 05/12/2026)."""
    return f"{value.day} {value:%b %Y}" if value else ""


def yes_no(value: bool | None) -> str:
    if value is None:
        return "Not recorded"
    return "Yes" if value else "No"


@dataclass(frozen=True)
class RowStyle:
    """How a whole row is drawn; colour never carries meaning alone (a text column does)."""

    foreground: QColor | None = None
    bold: bool = False


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str | None] | None = None
    align: Qt.AlignmentFlag = LEFT
    header_tip: str | None = None


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

    # ---- content

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

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
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tip
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
