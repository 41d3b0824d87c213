"""Tab 6, Implementation: victims × individual remedies, the statuses, and what they add up to.

Each cell says its status in words (with a sign) and in colour; the side panel edits the
cell chosen (amount, currency, date, evidence, source). Several cells can be selected
(Shift/Ctrl+click, a row or column heading, Ctrl+A) and given one status at once: one
RemedyService.bulk_set per remedy, run off the GUI thread. Totals per remedy ("Compensation:
3 of 23 fully") sit above the grid; each victim's total is the grid's last column; general
remedies (one status for the case) are listed below it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, DomainError
from app.services.dto import (
    CaseDTO,
    ImplementationMatrix,
    PersonDTO,
    RemedyDTO,
    StatusDTO,
    StatusInput,
)
from app.services.remedies import MONEY_KINDS, format_amount, format_amounts, remedy_label
from app.vocab import ImplementationStatus, RemedyKind
from views.case_editor.base import (
    Draft,
    EditorHost,
    EditorTab,
    Getter,
    button,
    note,
    scroll,
    section_label,
)
from views.case_editor.fields import (
    AmountBinding,
    ChoiceBinding,
    DateBinding,
    ErrorLabel,
    Form,
    Merge,
    PlainTextBinding,
    TextBinding,
    form_grid,
    span_row,
    three_way,
)
from views.i18n import QT_TRANSLATE_NOOP, format_date, tr_vocab
from views.qtmodels.table_model import Column, ListTableModel, ModelIndex

Cell = tuple[int, int | None]
"""(remedy id, person id); person None for a general remedy."""

STATUS_SIGN = {
    ImplementationStatus.FULLY: "✓",
    ImplementationStatus.PARTIALLY: "◐",
    ImplementationStatus.NOT_IMPLEMENTED: "✗",
    ImplementationStatus.UNKNOWN: "?",
}
STATUS_SHORT = {
    ImplementationStatus.FULLY: QT_TRANSLATE_NOOP("Implementation", "Fully"),
    ImplementationStatus.PARTIALLY: QT_TRANSLATE_NOOP("Implementation", "Partially"),
    ImplementationStatus.NOT_IMPLEMENTED: QT_TRANSLATE_NOOP("Implementation", "Not implemented"),
    ImplementationStatus.UNKNOWN: QT_TRANSLATE_NOOP("Implementation", "Unknown"),
}
# (background, text) readable together (contrast above 4.5:1); the words say it too.
STATUS_COLOURS = {
    ImplementationStatus.FULLY: (QColor("#d8f0de"), QColor("#0b5b1e")),
    ImplementationStatus.PARTIALLY: (QColor("#fff0c2"), QColor("#5c3c00")),
    ImplementationStatus.NOT_IMPLEMENTED: (QColor("#fbe0de"), QColor("#8c1d18")),
    ImplementationStatus.UNKNOWN: (QColor("#eceff1"), QColor("#3c4043")),
}
SUMMARY_TITLE = QT_TRANSLATE_NOOP("Implementation", "Victim's total")
STRETCH_UP_TO = 4
"""With this many remedies or fewer the columns share the width; more scroll sideways."""


def status_text(status: ImplementationStatus) -> str:
    short = QCoreApplication.translate("Implementation", STATUS_SHORT[status])
    return f"{STATUS_SIGN[status]} {short}"


def remedy_name(remedy: RemedyDTO) -> str:
    """The remedy as the interface names it: its kind (translated), or its text for "other"."""
    if remedy.kind is RemedyKind.OTHER and remedy.text.strip():
        return remedy_label(remedy.kind, remedy.text)
    return tr_vocab(remedy.kind)


def status_values(cell: StatusDTO | None) -> dict[str, object]:
    if cell is None:
        return {
            "status": ImplementationStatus.UNKNOWN,
            "amount": None,
            "currency": "",
            "status_date": None,
            "evidence": "",
            "source": "",
        }
    return {
        "status": cell.status,
        "amount": cell.amount,
        "currency": cell.currency,
        "status_date": cell.status_date,
        "evidence": cell.evidence,
        "source": cell.source,
    }


def totals_text(matrix: ImplementationMatrix, remedy: RemedyDTO) -> str:
    """ "Compensation: 3 of 23 fully · 20 not implemented · 33,750,000 KZT paid"."""
    totals = next((t for t in matrix.totals if t.remedy_id == remedy.id), None)
    label = remedy_name(remedy)
    if totals is None or totals.victims == 0:
        return QCoreApplication.translate("Implementation", "{remedy}: no victims recorded").format(
            remedy=label
        )
    parts = [
        QCoreApplication.translate("Implementation", "{remedy}: {fully} of {victims} fully").format(
            remedy=label, fully=totals.fully, victims=totals.victims
        )
    ]
    if totals.partially:
        parts.append(
            QCoreApplication.translate("Implementation", "{n} partially").format(n=totals.partially)
        )
    if totals.not_implemented:
        parts.append(
            QCoreApplication.translate("Implementation", "{n} not implemented").format(
                n=totals.not_implemented
            )
        )
    if totals.unknown:
        parts.append(
            QCoreApplication.translate("Implementation", "{n} unknown").format(n=totals.unknown)
        )
    paid = {c: v for c, v in totals.amounts.items() if v > 0}
    if paid:
        parts.append(
            QCoreApplication.translate("Implementation", "{amounts} paid").format(
                amounts=format_amounts(paid)
            )
        )
    return " · ".join(parts)


def victim_total(matrix: ImplementationMatrix, person_id: int) -> tuple[int, int]:
    """(remedies fully implemented for this victim, individual remedies)."""
    fully = sum(
        1
        for r in matrix.remedies
        if matrix.status_of(r.id, person_id) is ImplementationStatus.FULLY
    )
    return fully, len(matrix.remedies)


class MatrixModel(QAbstractTableModel):
    """Victims (rows) × individual remedies (columns), plus each victim's total."""

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix: ImplementationMatrix | None = None
        self._drafts: set[Hashable] = set()
        self._italic = QFont()
        self._italic.setItalic(True)
        self._brushes = {s: (QBrush(bg), QBrush(fg)) for s, (bg, fg) in STATUS_COLOURS.items()}
        self._row_of: dict[int, int] = {}
        self._column_of: dict[int, int] = {}
        self._victim_ids: tuple[int, ...] = ()
        self._rows = 0
        self._remedy_count = 0
        # flags() is asked for every cell a header checks (a column of 5,000 rows when its
        # heading is highlighted): computed once.
        self._cell_flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        self._total_flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    # ---- content

    def set_matrix(self, matrix: ImplementationMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        # Ids only: the victims' DTOs are built when their rows are shown (LazyRows).
        self._victim_ids = matrix.victim_ids if matrix else ()
        self._row_of = {pid: row for row, pid in enumerate(self._victim_ids)}
        self._column_of = (
            {r.id: column for column, r in enumerate(matrix.remedies)} if matrix else {}
        )
        self._rows = len(self._victim_ids)
        self._remedy_count = len(matrix.remedies) if matrix else 0
        self.endResetModel()

    def set_drafts(self, cells: set[Hashable]) -> None:
        if cells == self._drafts:
            return
        changed = cells ^ self._drafts
        self._drafts = set(cells)
        for cell in changed:
            index = self.index_of(cell)  # type: ignore[arg-type]
            if index.isValid():
                self.dataChanged.emit(index, index)

    @property
    def victims(self) -> tuple[PersonDTO, ...]:
        return self.matrix.victims if self.matrix else ()

    @property
    def remedies(self) -> tuple[RemedyDTO, ...]:
        return self.matrix.remedies if self.matrix else ()

    @property
    def victim_ids(self) -> tuple[int, ...]:
        """The victims' ids, row by row (no DTO built)."""
        return self._victim_ids

    def row_of(self, person_id: int) -> int | None:
        return self._row_of.get(person_id)

    def cell_at(self, index: ModelIndex) -> Cell | None:
        """The (remedy, victim) of a grid cell; None for the totals column."""
        if not index.isValid() or index.column() >= self._remedy_count:
            return None
        return (self.remedies[index.column()].id, self._victim_ids[index.row()])

    def index_of(self, cell: Cell) -> QModelIndex:
        remedy_id, person_id = cell
        row = self._row_of.get(person_id) if person_id is not None else None
        column = self._column_of.get(remedy_id)
        if row is None or column is None:
            return QModelIndex()
        return self.index(row, column)

    def status_of(self, cell: Cell) -> StatusDTO | None:
        if self.matrix is None or cell[1] is None:
            return None
        return self.matrix.cells.get((cell[0], cell[1]))

    # ---- QAbstractItemModel

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.matrix is None:
            return 0
        return self._remedy_count + 1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        matrix = self.matrix
        if (
            matrix is None
            or not index.isValid()
            or not 0 <= index.row() < self._rows
            or not 0 <= index.column() <= self._remedy_count
        ):
            return None
        person_id = self._victim_ids[index.row()]
        if index.column() == self._remedy_count:
            if role == Qt.ItemDataRole.DisplayRole:
                fully, of = victim_total(matrix, person_id)
                return self.tr("{fully} of {of} fully").format(fully=fully, of=of) if of else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                fully, of = victim_total(matrix, person_id)
                return self.tr(
                    "{name}: {fully} of {of} individual remedies fully implemented"
                ).format(name=matrix.victims[index.row()].full_name, fully=fully, of=of)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return None
        remedy = matrix.remedies[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return matrix.status_of(remedy.id, person_id).value
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            status = matrix.status_of(remedy.id, person_id)
            return self._brushes[status][0 if role == Qt.ItemDataRole.BackgroundRole else 1]
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if (remedy.id, person_id) in self._drafts else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        cell = matrix.cells.get((remedy.id, person_id))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(matrix.victims[index.row()], remedy, cell)
        text = status_text(cell.status if cell else ImplementationStatus.UNKNOWN)
        if cell is not None and cell.amount is not None and cell.amount > 0:
            text += f" · {format_amount(cell.amount)} {cell.currency}"
        return text

    def _tip(self, victim: PersonDTO, remedy: RemedyDTO, cell: StatusDTO | None) -> str:
        lines = [f"{victim.full_name} — {remedy_name(remedy)}"]
        if cell is None:
            lines.append(self.tr("No status recorded (unknown)."))
        else:
            lines.append(tr_vocab(cell.status))
            if cell.amount is not None:
                lines.append(
                    self.tr("Amount: {amount} {currency}").format(
                        amount=format_amount(cell.amount), currency=cell.currency
                    )
                )
            if cell.status_date:
                lines.append(self.tr("As of {date}").format(date=format_date(cell.status_date)))
            if cell.evidence:
                lines.append(self.tr("Evidence: {text}").format(text=cell.evidence))
            if cell.source:
                lines.append(self.tr("Source: {text}").format(text=cell.source))
        if (remedy.id, victim.id) in self._drafts:
            lines.append(self.tr("Unsaved changes in the side panel: Save (Ctrl+S) writes them."))
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        matrix = self.matrix
        if matrix is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section <= len(matrix.remedies):
                return None
            if section == len(matrix.remedies):
                if role == Qt.ItemDataRole.DisplayRole:
                    return QCoreApplication.translate("Implementation", SUMMARY_TITLE)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("Individual remedies fully implemented for the victim")
                return None
            remedy = matrix.remedies[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return remedy_name(remedy)
            if role == Qt.ItemDataRole.ToolTipRole:
                return remedy.text or tr_vocab(remedy.kind)
            return None
        if not 0 <= section < self._rows:
            return None
        victim = matrix.victims[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return victim.full_name
        if role == Qt.ItemDataRole.ToolTipRole:
            if victim.consent_to_be_named:
                return QCoreApplication.translate(
                    "Implementation", "{name} — documents use the real name"
                ).format(name=victim.full_name)
            return QCoreApplication.translate(
                "Implementation", "{name} — documents use “{shown}”"
            ).format(name=victim.full_name, shown=victim.public_name)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self._remedy_count:
            return self._total_flags
        return self._cell_flags


# ---------------------------------------------------------------- general remedies


@dataclass(frozen=True)
class GeneralRow:
    remedy: RemedyDTO
    status: StatusDTO | None

    @property
    def state(self) -> ImplementationStatus:
        return self.status.status if self.status else ImplementationStatus.UNKNOWN


GENERAL_COLUMNS: tuple[Column[GeneralRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Column", "General remedy"),
        lambda g: remedy_name(g.remedy),
        tooltip=lambda g: g.remedy.text or None,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Status"),
        lambda g: status_text(g.state),
        tooltip=lambda g: tr_vocab(g.state),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "As of"),
        lambda g: format_date(g.status.status_date, short=True) if g.status else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Evidence"),
        lambda g: (g.status.evidence if g.status else "").replace("\n", " "),
        tooltip=lambda g: g.status.evidence if g.status and g.status.evidence else None,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Source"), lambda g: g.status.source if g.status else ""),
)


class GeneralModel(ListTableModel[GeneralRow]):
    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(GENERAL_COLUMNS, parent=parent)
        self.drafts: set[Hashable] = set()
        self._italic = QFont()
        self._italic.setItalic(True)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount():
            row = self.item(index.row())
            if index.column() == 1 and role in (
                Qt.ItemDataRole.BackgroundRole,
                Qt.ItemDataRole.ForegroundRole,
            ):
                bg, fg = STATUS_COLOURS[row.state]
                return QBrush(bg if role == Qt.ItemDataRole.BackgroundRole else fg)
            if role == Qt.ItemDataRole.FontRole and (row.remedy.id, None) in self.drafts:
                return self._italic
        return super().data(index, role)


# ---------------------------------------------------------------- bulk dialog


class BulkStatusDialog(QDialog):
    """One status for many cells: what to set, and a warning of what it replaces."""

    def __init__(
        self,
        *,
        cells: Sequence[Cell],
        matrix: ImplementationMatrix,
        on_accept: Callable[[StatusInput], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set status for selection"))
        self.setObjectName("bulkStatusDialog")
        self._on_accept = on_accept
        remedies = {r.id: r for r in matrix.remedies}
        by_remedy: dict[int, int] = {}
        for remedy_id, _person in cells:
            by_remedy[remedy_id] = by_remedy.get(remedy_id, 0) + 1
        victims = len({p for _r, p in cells})
        names = ", ".join(f"{remedy_name(remedies[r])} ({n})" for r, n in by_remedy.items())
        money = all(remedies[r].kind in MONEY_KINDS for r in by_remedy)
        recorded = sum(
            1
            for remedy_id, person_id in cells
            if (cell := matrix.cells.get((remedy_id, person_id or 0))) is not None
            and (cell.amount is not None or cell.evidence or cell.source or cell.status_date)
        )
        self.cells = list(cells)
        n = len(cells)
        cell_count = self.tr("%n cell", "", n) if n == 1 else self.tr("%n cells", "", n)
        victim_count = (
            self.tr("%n victim", "", victims)
            if victims == 1
            else self.tr("%n victims", "", victims)
        )
        intro = QLabel(
            self.tr("Set one status for {cells}: {victims} × {remedies}.").format(
                cells=cell_count, victims=victim_count, remedies=names
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form = Form(parent=self)
        self.status = ChoiceBinding(
            "status", self.tr("Status"), [(tr_vocab(s), s) for s in ImplementationStatus]
        )
        self.status.set_raw(ImplementationStatus.NOT_IMPLEMENTED)
        self.amount = AmountBinding("amount", self.tr("Amount (each victim)"))
        self.currency = TextBinding("currency", self.tr("Currency"), placeholder="KZT")
        self.status_date = DateBinding("status_date", self.tr("As of"))
        self.evidence = PlainTextBinding("evidence", self.tr("Evidence"), lines=3)
        self.source = TextBinding(
            "source", self.tr("Source"), placeholder=self.tr("e.g. the State's reply of …")
        )
        grid = QFormLayout()
        for binding, label in (
            (self.status, self.tr("&Status:")),
            (self.amount, self.tr("&Amount (each victim):")),
            (self.currency, self.tr("C&urrency:")),
            (self.status_date, self.tr("As &of:")),
            (self.evidence, self.tr("&Evidence:")),
            (self.source, self.tr("Sou&rce:")),
        ):
            self.form.add_row(grid, binding, label)
        self.form.load(
            {
                "status": ImplementationStatus.NOT_IMPLEMENTED,
                "amount": None,
                "currency": "",
                "status_date": None,
                "evidence": "",
                "source": "",
            }
        )
        if not money:
            for binding in (self.amount, self.currency):
                binding.widget.setEnabled(False)
                binding.widget.setToolTip(self.tr("Only remedies that pay money have an amount"))
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        if recorded:
            self.warning.setText(
                self.tr(
                    "%n of the selected cells already record an amount, a date, evidence "
                    "or a source: they are replaced by what you enter here.",
                    "",
                    recorded,
                )
            )
        self.warning.setVisible(bool(recorded))
        self.problem = ErrorLabel(parent=self)
        self.ok_button = QPushButton(
            self.tr("Set status for %n cell", "", n)
            if n == 1
            else self.tr("Set status for %n cells", "", n)
        )
        self.ok_button.setDefault(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.status.focus()

    def submit(self) -> None:
        self.form.clear_errors()
        try:
            data = StatusInput(**self.form.values())  # type: ignore[arg-type]
        except DomainError as error:
            binding = self.form.show_error(error.field, error.message)
            if binding is not None:
                binding.focus()
            return
        self.accept()
        self._on_accept(data)


# ---------------------------------------------------------------- the grid view


class MatrixView(QTableView):
    """Enter moves to the side panel to edit the current cell."""

    def __init__(self, *, on_edit: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_edit = on_edit

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_edit()
            return
        super().keyPressEvent(event)


# ---------------------------------------------------------------- the tab


class ImplementationTab(EditorTab):
    title = QT_TRANSLATE_NOOP("EditorTab", "Implementation")

    def __init__(self, *, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host=host, parent=parent)
        self.title = QCoreApplication.translate("EditorTab", type(self).title)
        self.dialog: BulkStatusDialog | None = None
        self.drafts: dict[Hashable, Draft] = {}
        self.current: Cell | None = None
        self._written: dict[Cell, StatusDTO] = {}
        """Statuses saved since the last load: their new versions until the reload arrives."""
        self.busy = False

        self.model = MatrixModel(parent=self)
        self.view = MatrixView(on_edit=self._edit_current, parent=self)
        self.view.setModel(self.model)
        self.view.setObjectName("implementationGrid")
        self.view.setAccessibleName(self.tr("Victims and remedies: implementation status"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(True)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.view.selectionModel().currentChanged.connect(self._grid_current_changed)
        self.view.selectionModel().selectionChanged.connect(self._update_selection_label)

        self.general = GeneralModel(parent=self)
        self.general_view = QTableView(self)
        self.general_view.setModel(self.general)
        self.general_view.setAccessibleName(self.tr("General remedies"))
        self.general_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.general_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.general_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.general_view.setTabKeyNavigation(False)
        self.general_view.verticalHeader().setVisible(False)
        self.general_view.setShowGrid(False)
        self.general_view.setWordWrap(False)
        gh = self.general_view.horizontalHeader()
        gh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate((220, 170, 90, 320)):
            gh.resizeSection(column, width)
        gh.setStretchLastSection(True)
        self.general_view.selectionModel().currentRowChanged.connect(self._general_current_changed)

        # Totals
        self.totals_box = QGroupBox(self.tr("Totals per remedy"))
        self.totals_layout = QVBoxLayout(self.totals_box)
        self.totals_layout.setSpacing(2)
        self.totals_labels: dict[int, QLabel] = {}

        # Side panel
        self.form = Form(parent=self)
        self.status = ChoiceBinding(
            "status",
            self.tr("Status"),
            [(f"{status_text(s)}  ({tr_vocab(s)})", s) for s in ImplementationStatus],
        )
        self.amount = AmountBinding("amount", self.tr("Amount"))
        self.currency = TextBinding("currency", self.tr("Currency"), placeholder="KZT")
        self.currency.widget.setMaxLength(3)
        self.currency.widget.setMaximumWidth(70)
        self.status_date = DateBinding(
            "status_date", self.tr("As of"), tip=self.tr("The date this status was true")
        )
        self.evidence = PlainTextBinding(
            "evidence",
            self.tr("Evidence"),
            lines=4,
            placeholder=self.tr("What shows it, e.g. bank transfer of …"),
        )
        self.source = TextBinding(
            "source", self.tr("Source"), placeholder=self.tr("e.g. the State's reply of …")
        )
        self.cell_title = section_label("", parent=self)
        self.cell_title.setWordWrap(True)
        self.cell_detail = note("", parent=self)
        self.problem = ErrorLabel(parent=self)
        panel_content = QWidget()
        panel_form = form_grid(panel_content)
        span_row(panel_form, self.cell_title)
        span_row(panel_form, self.cell_detail)
        for binding, label in (
            (self.status, self.tr("&Status:")),
            (self.amount, self.tr("&Amount:")),
            (self.currency, self.tr("C&urrency:")),
            (self.status_date, self.tr("As o&f:")),
            (self.source, self.tr("Sou&rce:")),
            (self.evidence, self.tr("E&vidence:")),
        ):
            self.form.add_row(panel_form, binding, label)
        self.apply_button = button(
            self.tr("A&pply to this cell"),
            lambda: self.save_current(force=True),
            tip=self.tr("Write this cell now (Ctrl+S saves everything)"),
        )
        self.discard_button = button(self.tr("Discard changes"), self.discard_current)
        panel = QFrame(self)
        panel.setObjectName("cellPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel_layout = QVBoxLayout(panel)
        panel_scroll = scroll(panel_content)
        panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel_layout.addWidget(panel_scroll, 1)
        panel_layout.addWidget(self.problem)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.apply_button)
        panel_layout.addLayout(actions)
        panel.setMinimumWidth(400)

        # Selection bar
        self.bulk_button = button(
            self.tr("Set status for se&lection…"),
            self.open_bulk_dialog,
            tip=self.tr(
                "Give the selected cells one status (F2). Select with Shift/Ctrl+click, a "
                "row or column heading, or Ctrl+A"
            ),
        )
        self.selection_label = note("", parent=self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        legend = QLabel("  ".join(status_text(s) for s in ImplementationStatus), self)
        legend.setToolTip(self.tr("Each cell says its status in words; the colour repeats it"))
        bar = QHBoxLayout()
        bar.addWidget(self.bulk_button)
        bar.addWidget(self.selection_label, 1)
        bar.addWidget(self.progress)
        bar.addWidget(legend)

        self.general_box = QGroupBox(self.tr("General remedies (one status for the case)"))
        general_layout = QVBoxLayout(self.general_box)
        general_layout.addWidget(self.general_view)
        self.no_general = note("", parent=self)
        general_layout.addWidget(self.no_general)
        self.empty_note = note("", parent=self)

        grid_side = QWidget(self)
        grid_layout = QVBoxLayout(grid_side)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.view, 1)
        grid_layout.addWidget(self.empty_note)
        grid_layout.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(grid_side)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([820, 420])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.totals_box)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.general_box)
        self.form.changed.connect(self._form_changed)
        self._show_cell(None)

    # ---- EditorTab

    def fetch(self, get: Getter, case_id: int | None) -> ImplementationMatrix | None:
        if case_id is None:
            return None
        return get(self.host.services.remedies.matrix, case_id)

    def load(self, case: CaseDTO | None, data: Any, *, keep_edits: bool) -> Merge:
        matrix: ImplementationMatrix | None = data
        if keep_edits:
            self._stash()
        else:
            self.drafts.clear()
        current = self.current
        selected = self.selected_cells()
        self._written.clear()
        self.model.set_matrix(matrix)
        self.general.set_items([GeneralRow(r, s) for r, s in matrix.general] if matrix else [])
        self._size_columns()
        self._fill_totals()
        self._restore_selection(selected)
        merge = Merge()
        if current is not None and self._cell_exists(current):
            merge = self._show_cell(current)
            self._select_current(current)
        elif matrix is not None and matrix.victims and matrix.remedies:
            first = (matrix.remedies[0].id, matrix.victims[0].id)
            merge = self._show_cell(first)
            self._select_current(first, select=not selected)
        elif matrix is not None and matrix.general:
            merge = self._show_cell((matrix.general[0][0].id, None))
        else:
            self._show_cell(None)
        self._mark()
        self._update_selection_label()
        return merge

    def records_dirty(self) -> bool:
        return bool(self.drafts) or (self.current is not None and self.form.is_dirty())

    def unsaved(self) -> list[str]:
        cells = set(self.drafts)
        if self.current is not None and self.form.is_dirty():
            cells.add(self.current)
        return sorted(
            self.tr("Implementation: {cell}").format(cell=self._describe(c))  # type: ignore[arg-type]
            for c in cells
        )

    def save_pending(self) -> bool:
        if not self.save_current():
            return False
        for cell in list(self.drafts):
            self._show_cell(cell)  # type: ignore[arg-type]
            self._select_current(cell)  # type: ignore[arg-type]
            if not self.save_current():
                return False
        return True

    def clear_errors(self) -> None:
        self.problem.clear_message()
        self.form.clear_errors()

    # ---- selection

    def selected_cells(self) -> list[Cell]:
        """The (remedy, victim) of each selected cell, read from the selection's ranges (a
        whole column of 5,000 victims is one range, not 5,000 indexes)."""
        remedies, victims = self.model.remedies, self.model.victim_ids
        cells: list[Cell] = []
        for span in self.view.selectionModel().selection():
            for column in range(span.left(), min(span.right(), len(remedies) - 1) + 1):
                remedy_id = remedies[column].id
                cells.extend(
                    (remedy_id, victims[row]) for row in range(span.top(), span.bottom() + 1)
                )
        return cells

    def select_cells(self, cells: Iterable[Cell]) -> None:
        """Select these cells in one go (runs of rows in a column become one range)."""
        rows_by_column: dict[int, list[int]] = {}
        for cell in cells:
            index = self.model.index_of(cell)
            if index.isValid():
                rows_by_column.setdefault(index.column(), []).append(index.row())
        selection = QItemSelection()
        for column, rows in rows_by_column.items():
            rows.sort()
            start = previous = rows[0]
            for row in [*rows[1:], None]:
                if row is not None and row == previous + 1:
                    previous = row
                    continue
                selection.select(
                    self.model.index(start, column), self.model.index(previous, column)
                )
                if row is not None:
                    start = previous = row
        self.view.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def open_bulk_dialog(self) -> None:
        cells = self.selected_cells()
        matrix = self.model.matrix
        if not cells or matrix is None or self.busy:
            self.selection_label.setText(
                self.tr(
                    "Select cells first: Shift/Ctrl+click, a victim's name, a remedy's heading, "
                    "or Ctrl+A."
                )
            )
            return
        self.dialog = BulkStatusDialog(
            cells=cells, matrix=matrix, on_accept=self._bulk_set, parent=self
        )
        self.dialog.open()

    # ---- saving a cell

    def save_current(self, *, force: bool = False) -> bool:
        cell = self.current
        if cell is None or not (force or self.form.is_dirty()):
            return True
        self.problem.clear_message()
        self.form.clear_errors()
        remedies = self.host.services.remedies
        existing = self._status(cell)
        try:
            data = StatusInput(**self.form.values())  # type: ignore[arg-type]
            saved = remedies.set_status(
                cell[0],
                cell[1],
                data,
                expected_version=existing.version if existing else None,
            )
        except ConflictError:
            self._conflict(cell)
            return False
        except DomainError as error:
            binding = self.form.show_error(error.field, error.message)
            if binding is not None:
                binding.focus()
            else:
                self.problem.show_message(error.message)
            return False
        self.drafts.pop(cell, None)
        self._written[cell] = saved
        self.form.load(status_values(saved))
        self.host.after_change()
        return True

    def discard_current(self) -> None:
        if self.current is None:
            return
        self.drafts.pop(self.current, None)
        self.form.load(status_values(self._status(self.current)))
        self.problem.clear_message()
        self._mark()

    # ---- internals

    def _bulk_set(self, data: StatusInput) -> None:
        cells = self.dialog.cells if self.dialog else []
        by_remedy: dict[int, list[int]] = {}
        for remedy_id, person_id in cells:
            if person_id is not None:
                by_remedy.setdefault(remedy_id, []).append(person_id)
        remedies = self.host.services.remedies
        labels = {r.id: remedy_name(r) for r in self.model.remedies}
        a_remedy = self.tr("A remedy")
        total = len(cells)

        def work(progress: Callable[[int, str], None]) -> tuple[list[tuple[str, int]], str]:
            done: list[tuple[str, int]] = []
            written = 0
            for remedy_id, people in by_remedy.items():
                progress(int(written * 100 / max(total, 1)), labels.get(remedy_id, ""))
                try:
                    count = remedies.bulk_set(remedy_id, people, data)
                except DomainError as error:
                    return done, f"{labels.get(remedy_id, a_remedy)}: {error.message}"
                done.append((labels.get(remedy_id, ""), count))
                written += count
            progress(100, "")
            return done, ""

        self.busy = True
        self.bulk_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.host.run(
            work,
            self._bulk_done,
            busy=self.tr("Setting the statuses…"),
            on_progress=self._progress,
            on_failed=self._bulk_failed,
        )

    def _progress(self, percent: int, _text: str) -> None:
        self.progress.setValue(percent)

    def _bulk_done(self, result: tuple[list[tuple[str, int]], str]) -> None:
        done, problem = result
        self.busy = False
        self.bulk_button.setEnabled(True)
        self.progress.hide()
        count = sum(n for _name, n in done)
        written = ", ".join(f"{name} ({n})" for name, n in done)
        if problem:
            already = (
                " " + self.tr("Already set before the problem: {written}.").format(written=written)
                if done
                else ""
            )
            self.host.show_message(
                self.tr("The status was not set. {problem}").format(problem=problem) + already,
                level="error",
            )
        else:
            message = (
                self.tr("Status set for %n cell: {written}.", "", count)
                if count == 1
                else self.tr("Status set for %n cells: {written}.", "", count)
            )
            self.host.show_message(message.format(written=written), level="success")
        if done:
            self.host.after_change()

    def _bulk_failed(self, message: str) -> None:
        self._bulk_done(([], message))

    def _status(self, cell: Cell) -> StatusDTO | None:
        if cell in self._written:
            return self._written[cell]
        if cell[1] is None:
            for row in self.general.items():
                if row.remedy.id == cell[0]:
                    return row.status
            return None
        return self.model.status_of(cell)

    def _remedy(self, remedy_id: int) -> RemedyDTO | None:
        for remedy in self.model.remedies:
            if remedy.id == remedy_id:
                return remedy
        for row in self.general.items():
            if row.remedy.id == remedy_id:
                return row.remedy
        return None

    def _victim(self, person_id: int | None) -> PersonDTO | None:
        row = self.model.row_of(person_id) if person_id is not None else None
        return self.model.victims[row] if row is not None else None

    def _describe(self, cell: Cell) -> str:
        remedy = self._remedy(cell[0])
        label = remedy_name(remedy) if remedy else self.tr("remedy")
        if cell[1] is None:
            return self.tr("{remedy} (general)").format(remedy=label)
        victim = self._victim(cell[1])
        return f"{victim.full_name if victim else self.tr('victim')} — {label}"

    def _cell_exists(self, cell: Cell) -> bool:
        if cell[1] is None:
            return any(row.remedy.id == cell[0] for row in self.general.items())
        return self.model.index_of(cell).isValid()

    def _stash(self) -> None:
        if self.current is not None and self.form.is_dirty():
            self.drafts[self.current] = Draft(self.form.base, self.form.raws())

    def _show_cell(self, cell: Cell | None) -> Merge:
        self.current = cell
        self.problem.clear_message()
        if cell is None:
            self.form.load(status_values(None))
            self.form.set_enabled(False)
            self.apply_button.setEnabled(False)
            self.discard_button.setEnabled(False)
            self.cell_title.setText(self.tr("No cell selected"))
            self.cell_detail.setText(
                self.tr(
                    "Choose a cell of the grid (a victim and a remedy), or a general remedy below."
                )
            )
            return Merge()
        remedy = self._remedy(cell[0])
        self.form.load(status_values(self._status(cell)))
        merge = Merge()
        draft = self.drafts.pop(cell, None)
        if draft is not None:
            merged, merge = three_way(
                draft.base, draft.mine, self.form.raws(), bindings=self.form.bindings
            )
            self.form.set_raws(merged)
        self.form.set_enabled(True)
        self.apply_button.setEnabled(True)
        self.discard_button.setEnabled(True)
        money = remedy is not None and remedy.kind in MONEY_KINDS
        for binding in (self.amount, self.currency):
            binding.widget.setEnabled(money)
            binding.widget.setToolTip(
                ""
                if money
                else self.tr(
                    "Only a remedy that pays money (compensation, reimbursement, "
                    "restitution) records an amount"
                )
            )
        self.cell_title.setText(self._describe(cell))
        self.cell_detail.setText(remedy.text if remedy and remedy.text else "")
        return merge

    def _select_current(self, cell: Cell, *, select: bool = False) -> None:
        if cell[1] is None:
            return
        index = self.model.index_of(cell)
        if index.isValid():
            selection = self.view.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                if select
                else QItemSelectionModel.SelectionFlag.NoUpdate,
            )
            selection.blockSignals(False)

    def _restore_selection(self, cells: list[Cell]) -> None:
        if cells:
            self.view.selectionModel().blockSignals(True)
            self.select_cells(cells)
            self.view.selectionModel().blockSignals(False)

    def _grid_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cell = self.model.cell_at(current)
        if cell is None or cell == self.current:
            return
        self._stash()
        self._show_cell(cell)
        self._mark()

    def _general_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        cell: Cell = (self.general.item(current.row()).remedy.id, None)
        if cell == self.current:
            return
        self._stash()
        self._show_cell(cell)
        self._mark()

    def _form_changed(self) -> None:
        self._mark()
        self.changed.emit()

    def _mark(self) -> None:
        cells: set[Hashable] = set(self.drafts)
        if self.current is not None and self.form.is_dirty():
            cells.add(self.current)
        self.model.set_drafts({c for c in cells if c[1] is not None})  # type: ignore[index]
        self.general.drafts = {c for c in cells if c[1] is None}  # type: ignore[index]
        self.general_view.viewport().update()

    def _edit_current(self) -> None:
        self.status.focus()

    def _conflict(self, cell: Cell) -> None:
        fresh = self.host.services.remedies.status(cell[0], cell[1])
        values = status_values(fresh)
        merge = self.form.preview_merge(values)

        def reapply() -> None:
            self.form.rebase(values)
            self.host.after_change()

        what = self.tr("status of {cell}").format(cell=self._describe(cell))
        self.host.open_conflict(what, merge, reapply)

    def _fill_totals(self) -> None:
        while self.totals_layout.count():
            item = self.totals_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.totals_labels = {}
        matrix = self.model.matrix
        if matrix is None:
            self.totals_box.hide()
            return
        self.totals_box.show()
        for remedy in matrix.remedies:
            label = QLabel(totals_text(matrix, remedy), self.totals_box)
            label.setWordWrap(True)
            label.setAccessibleName(
                self.tr("Total for {remedy}").format(remedy=remedy_name(remedy))
            )
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            self.totals_layout.addWidget(label)
            self.totals_labels[remedy.id] = label
        victims = len(matrix.victims)
        general = len(matrix.general)
        if not matrix.remedies:
            text = self.tr(
                "No individual remedy is recorded: add the remedies in “Decision and remedies” "
                "(an individual remedy is followed per victim here)."
            )
            self.totals_layout.addWidget(note(text, parent=self.totals_box))
        self.empty_note.setVisible(not victims or not matrix.remedies)
        self.empty_note.setText(
            self.tr("No victim is recorded: add them in Parties with the role “victim”.")
            if not victims
            else ""
        )
        self.no_general.setText(
            self.tr("No general remedy is recorded for this case.") if not general else ""
        )
        self.no_general.setVisible(not general)
        self.general_view.setVisible(bool(general))
        rows = max(general, 1)
        self.general_view.setFixedHeight(
            self.general_view.horizontalHeader().sizeHint().height()
            + rows * self.general_view.verticalHeader().defaultSectionSize()
            + 4
        )

    def _size_columns(self) -> None:
        matrix = self.model.matrix
        if matrix is None:
            return
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        widest_cell = (
            metrics.horizontalAdvance(
                status_text(ImplementationStatus.NOT_IMPLEMENTED) + " · 11,250,000 KZT"
            )
            + 24
        )
        for column, remedy in enumerate(matrix.remedies):
            title = remedy_name(remedy)
            width = max(widest_cell, header.fontMetrics().horizontalAdvance(title) + 24)
            header.resizeSection(column, width)
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if len(matrix.remedies) <= STRETCH_UP_TO
                else QHeaderView.ResizeMode.Interactive,
            )
        summary = len(matrix.remedies)
        header.setSectionResizeMode(summary, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(
            summary,
            max(
                metrics.horizontalAdvance(self.tr("{fully} of {of} fully").format(fully=10, of=10)),
                header.fontMetrics().horizontalAdvance(
                    QCoreApplication.translate("Implementation", SUMMARY_TITLE)
                ),
            )
            + 28,
        )
        # The first few hundred names (their DTOs are built on demand): the width is capped.
        names = [v.full_name for v in matrix.victims[:300]]
        widest = max((metrics.horizontalAdvance(n) for n in names), default=120)
        self.view.verticalHeader().setFixedWidth(min(max(widest + 24, 140), 320))

    def _update_selection_label(self, *_args: object) -> None:
        cells = self.selected_cells()
        if len(cells) > 1:
            victims = len({p for _r, p in cells})
            remedies = len({r for r, _p in cells})
            victim_count = (
                self.tr("%n victim", "", victims)
                if victims == 1
                else self.tr("%n victims", "", victims)
            )
            remedy_count = (
                self.tr("%n remedy", "", remedies)
                if remedies == 1
                else self.tr("%n remedies", "", remedies)
            )
            self.selection_label.setText(
                self.tr("%n cells selected ({victims} × {remedies})", "", len(cells)).format(
                    victims=victim_count, remedies=remedy_count
                )
            )
        else:
            self.selection_label.setText("")
        self.bulk_button.setEnabled(bool(cells) and not self.busy)
