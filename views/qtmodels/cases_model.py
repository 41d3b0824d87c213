"""The cases list as a lazy table: ordered ids from SQL, rows fetched a page at a time.

Anki's browser pattern: a search (filter + sort) returns only the ordered ids; `data()` asks
the listing service for the rows of the page it needs and caches them. Sorting and
filtering are new queries, never a QSortFilterProxyModel (which would only see the rows
already fetched).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.services.dto import CaseFilter, CaseRow
from views.i18n import QT_TRANSLATE_NOOP, tr_vocab
from views.qtmodels.deadlines_model import OVERDUE_COLOUR
from views.qtmodels.lazy_model import PAGE_SIZE, LazyIdModel
from views.qtmodels.table_model import LEFT, RIGHT, ModelIndex, short_date

if TYPE_CHECKING:
    from app.services.listing import CaseListing


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


class CaseTableModel(LazyIdModel[CaseRow, CaseFilter]):
    """Read-only, lazy: `rowCount()` is the number of matching ids; rows load page by page."""

    columns = COLUMNS
    what = "cases list"

    def __init__(
        self,
        *,
        listing: CaseListing,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            listing=listing,
            initial_filter=CaseFilter(),
            sort_key="reference",
            page_size=page_size,
            parent=parent,
        )
        self._today: date = listing.today()

    def row_key(self, row: CaseRow) -> int:
        return row.id

    def _reloaded(self) -> None:
        self._today = self._listing.today()

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def case_id(self, row: int) -> int:
        return self._ids[row]

    # ---- QAbstractItemModel

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._in_range(index):
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
