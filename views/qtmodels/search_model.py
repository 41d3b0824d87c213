"""The results of the global search: a heading row per kind ("Cases", "People"), then hits.

Heading rows are not selectable, so the keyboard moves from hit to hit (see SearchDialog).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt

from app.services.fulltext import COUNT_CAP
from app.services.search import HitKind, SearchHit, SearchResults
from views.i18n import format_number
from views.qtmodels.table_model import ModelIndex

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2
HIT_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class _Row:
    text: str
    detail: str = ""
    hit: SearchHit | None = None


def _heading(kind: HitKind, shown: int, found: int) -> str:
    """ "Cases — 4 cases"; "People — 8 of 120; type more to narrow"."""
    if kind is HitKind.CASE:
        title = QCoreApplication.translate("SearchResultsModel", "Cases")
        count = QCoreApplication.translate("SearchResultsModel", "%n case(s)", "", found)
    else:
        title = QCoreApplication.translate("SearchResultsModel", "People")
        count = QCoreApplication.translate("SearchResultsModel", "%n person(s)", "", found)
    if found >= COUNT_CAP:  # the full-text search stops counting there
        return QCoreApplication.translate(
            "SearchResultsModel", "{title} — {shown} of {found} or more; type more to narrow"
        ).format(title=title, shown=shown, found=format_number(found))
    if found > shown:
        return QCoreApplication.translate(
            "SearchResultsModel", "{title} — {shown} of {found}; type more to narrow"
        ).format(title=title, shown=shown, found=found)
    if not found:
        return title
    # English without a translation file: the plural by hand ("1 case", "4 cases").
    if "(s)" in count:
        count = count.replace("(s)", "" if found == 1 else "s").replace("persons", "people")
    return QCoreApplication.translate("SearchResultsModel", "{title} — {count}").format(
        title=title, count=count
    )


class SearchResultsModel(QAbstractListModel):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def set_results(self, results: SearchResults | None) -> None:
        rows: list[_Row] = []
        if results is not None:
            for kind, found in (
                (HitKind.CASE, results.cases_found),
                (HitKind.PERSON, results.people_found),
            ):
                hits = [h for h in results.hits if h.kind is kind]
                if not hits:
                    continue
                rows.append(_Row(_heading(kind, len(hits), found)))
                rows.extend(_Row(h.title, h.detail, h) for h in hits)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._rows[row].hit if 0 <= row < len(self._rows) else None

    def hit_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.hit is not None]

    # ---- QAbstractItemModel

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.text}. {row.detail}" if row.detail else row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.detail or None
        if role == DETAIL_ROLE:
            return row.detail
        if role == HEADING_ROLE:
            return row.hit is None
        if role == HIT_ROLE:
            return row.hit
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].hit is None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
