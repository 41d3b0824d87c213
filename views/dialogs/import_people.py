"""File ▸ Import people from a spreadsheet…: victims and other people from a .csv or .xlsx.

The lawyer picks the file (and the sheet of a workbook), checks how its columns map to a
person's fields (guessed from the headers, in English or Russian), may link every person to
a case with a role, and sees a preview of the rows with each row's problems (a date that is
not a date, an unknown country, a likely duplicate of someone already recorded, with the
name of the match). Import writes the rows without problems in one transaction
(PeopleImportService.apply); a likely duplicate is imported only when the lawyer says so
(link the person already recorded, or create a new one). Afterwards a report lists the rows
not imported by the row number the spreadsheet shows, to copy or save.

Reading and checking the file (and importing it) run on a worker thread (views/workers.py)
with a progress bar; Cancel before Import writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.people_import import (
    PERSON_FIELDS,
    PeopleImportPreview,
    PeopleImportReport,
    PeopleImportService,
    PreviewRow,
    RowProblem,
)
from app.vocab import PartyRole
from views.i18n import QT_TRANSLATE_NOOP, format_date, tr_vocab
from views.workers import Job, run_in_background

CONTEXT = "ImportPeopleDialog"
FILE_FILTER_KEY = "import_people/folder"
PREVIEW_ROWS = 200
"""Rows listed in the preview (every row is checked; those with problems can all be listed)."""
MAX_PROBLEM_ROWS = 2000
"""At most this many rows are listed with "Only rows with problems"."""
REPREVIEW_DELAY_MS = 300
"""A change of the mapping, case or role checks the file again after this pause."""
ERROR_STYLE = "color: #b3261e;"
WARNING_COLOUR = "#8a4b00"
ERROR_COLOUR = "#b3261e"

# The fields a column can be imported as (PeopleImportService.fields()), in the interface
# language: their keys and the English labels marked for translation.
FIELD_LABELS: dict[str, str] = {
    "full_name": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Full name"),
    "last_name": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Surname"),
    "first_name": QT_TRANSLATE_NOOP("ImportPeopleDialog", "First name"),
    "patronymic": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Patronymic / middle name"),
    "original_script_name": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Name in original script"),
    "pseudonym": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Pseudonym or initials"),
    "sex": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Sex"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Date of birth"),
    "nationality": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Nationality"),
    "date_of_death": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Date of death"),
    "contact": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Contact"),
    "safety_notes": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Safety notes"),
    "consent_to_act": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Consent to act"),
    "consent_to_be_named": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Consent to be named publicly"),
    "consent_date": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Date of consent"),
    "consent_form": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Form of consent"),
    "notes": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Notes"),
    "case": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Case reference"),
    "role": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Role in the case"),
}

PREVIEW_HEADERS = (
    QT_TRANSLATE_NOOP("ImportPeopleDialog", "Row"),
    QT_TRANSLATE_NOOP("ImportPeopleDialog", "Status"),
    QT_TRANSLATE_NOOP("ImportPeopleDialog", "Name"),
    QT_TRANSLATE_NOOP("ImportPeopleDialog", "Born"),
    QT_TRANSLATE_NOOP("ImportPeopleDialog", "Nationality"),
    QT_TRANSLATE_NOOP("ImportPeopleDialog", "Case and role"),
    QT_TRANSLATE_NOOP("ImportPeopleDialog", "Decision"),
    QT_TRANSLATE_NOOP("ImportPeopleDialog", "Problems"),
)
COL_ROW, COL_STATUS, COL_NAME, COL_BORN, COL_NATIONALITY, COL_CASE, COL_DECISION, COL_PROBLEMS = (
    range(len(PREVIEW_HEADERS))
)

SKIP = "skip"
NEW = "new"
"""Decisions on a likely duplicate besides a person's id: leave the row out, or create anyway."""


def field_label(key: str) -> str:
    """The label of an import field in the interface language."""
    label = FIELD_LABELS.get(key)
    if label is None:
        label = next((f.label for f in PERSON_FIELDS if f.key == key), key)
    return QCoreApplication.translate("ImportPeopleDialog", label)


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip or text:
        item.setToolTip(tooltip or text)
    return item


def _problem_text(problems: Sequence[RowProblem]) -> str:
    """The problems of a row, each with the column at fault: "Date of birth: “31.02.1990” …"."""
    parts = []
    for p in problems:
        parts.append(f"{p.column}: {p.message}" if p.column else p.message)
    return "\n".join(parts)


class ImportPeopleDialog(QDialog):
    """Pick a spreadsheet, map its columns, preview, import the good rows, report the rest."""

    imported = Signal(object)
    """The rows were imported: the PeopleImportReport."""

    def __init__(
        self,
        *,
        people_import: PeopleImportService,
        path: str | Path | None = None,
        case_reference: str = "",
        on_imported: Callable[[PeopleImportReport], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPeopleDialog")
        self.setWindowTitle(self.tr("Import people from a spreadsheet"))
        self._service = people_import
        self._on_imported = on_imported
        self.path: Path | None = None
        self.preview: PeopleImportPreview | None = None
        self.report: PeopleImportReport | None = None
        self.busy = False
        self.job: Job | None = None
        self._generation = 0
        self._closed = False
        self._sheets: list[str] = []
        self.field_combos: list[QComboBox] = []
        self.decisions: dict[int, str | int] = {}
        """Row number -> SKIP, NEW or the id of the person to link, for likely duplicates."""
        self._shown_rows: list[PreviewRow] = []

        # ---- the file
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose a .csv or .xlsx file"))
        self.file_edit.setAccessibleName(self.tr("Spreadsheet file"))
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.setMinimumContentsLength(16)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.case_edit = QLineEdit(case_reference, self)
        self.case_edit.setPlaceholderText(self.tr("optional, e.g. ILI-2022-UZ23"))
        self.case_edit.setAccessibleName(self.tr("Link everyone to the case"))
        self.case_edit.setToolTip(
            self.tr(
                "The reference of the case every imported person is linked to (a “Case "
                "reference” column, if mapped, wins for its rows)"
            )
        )
        self.case_edit.setClearButtonEnabled(True)
        self.case_edit.textEdited.connect(self._schedule_preview)
        self.role_combo = QComboBox(self)
        self.role_combo.setAccessibleName(self.tr("Role in the case"))
        for role in PartyRole:
            self.role_combo.addItem(tr_vocab(role), role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(PartyRole.VICTIM.value))
        self.role_combo.setToolTip(
            self.tr("The role of everyone linked to the case (a “Role” column, if mapped, wins)")
        )
        self.role_combo.currentIndexChanged.connect(self._schedule_preview)

        file_box = QGroupBox(self.tr("The file"), self)
        form = QFormLayout(file_box)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("&File:"), file_box)
        file_label.setBuddy(self.browse_button)
        form.addRow(file_label, file_row)
        sheet_label = QLabel(self.tr("&Sheet:"), file_box)
        sheet_label.setBuddy(self.sheet_combo)
        self.file_info = QLabel(file_box)
        self.file_info.setWordWrap(True)
        self.file_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addWidget(self.file_info, 1)
        form.addRow(sheet_label, sheet_row)
        link_row = QHBoxLayout()
        link_row.addWidget(self.case_edit, 1)
        role_label = QLabel(self.tr("as &role:"), file_box)
        role_label.setBuddy(self.role_combo)
        link_row.addWidget(role_label)
        link_row.addWidget(self.role_combo)
        case_label = QLabel(self.tr("Link to &case:"), file_box)
        case_label.setBuddy(self.case_edit)
        form.addRow(case_label, link_row)

        # ---- the mapping: one row per column of the file
        self.mapping_box = QGroupBox(self.tr("Columns: what each one holds"), self)
        self.mapping_scroll = QScrollArea(self.mapping_box)
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.mapping_widget = QWidget()
        self.mapping_grid = QGridLayout(self.mapping_widget)
        self.field_combos = []
        mapping_layout = QVBoxLayout(self.mapping_box)
        mapping_layout.addWidget(
            QLabel(
                self.tr(
                    "Guessed from the headers; correct any that are wrong. A column left "
                    "“not imported” is ignored."
                ),
                self.mapping_box,
            )
        )
        mapping_layout.addWidget(self.mapping_scroll, 1)

        # ---- the preview
        self.preview_box = QGroupBox(self.tr("Preview"), self)
        self.summary = QLabel(self.preview_box)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        self.problems_only = QCheckBox(self.tr("Only rows with &problems"), self.preview_box)
        self.problems_only.toggled.connect(self._fill_preview)
        self.preview_table = QTableWidget(0, len(PREVIEW_HEADERS), self.preview_box)
        self.preview_table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ImportPeopleDialog", h) for h in PREVIEW_HEADERS]
        )
        self.preview_table.setAccessibleName(self.tr("Rows of the file"))
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setTabKeyNavigation(False)
        self.preview_table.setWordWrap(True)
        self.preview_table.verticalHeader().setVisible(False)
        header = self.preview_table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in (
            (COL_ROW, 45),
            (COL_STATUS, 115),
            (COL_NAME, 200),
            (COL_BORN, 125),
            (COL_NATIONALITY, 85),
            (COL_CASE, 140),
            (COL_DECISION, 160),
        ):
            header.resizeSection(column, width)
        self.preview_table.currentCellChanged.connect(lambda *_args: self._row_selected())
        self.decision_combo = QComboBox(self.preview_box)
        self.decision_combo.setAccessibleName(self.tr("What to do with the selected row"))
        self.decision_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.decision_combo.activated.connect(self._decision_chosen)
        self.decision_label = QLabel(self.tr("Likely &duplicate:"), self.preview_box)
        self.decision_label.setBuddy(self.decision_combo)
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.decision_label)
        decision_row.addWidget(self.decision_combo)
        decision_row.addStretch(1)
        self.decision_row = QWidget(self.preview_box)
        self.decision_row.setLayout(decision_row)
        decision_row.setContentsMargins(0, 0, 0, 0)
        self.decision_row.hide()
        preview_layout = QVBoxLayout(self.preview_box)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.problems_only)
        preview_layout.addLayout(top)
        preview_layout.addWidget(self.preview_table, 1)
        preview_layout.addWidget(self.decision_row)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.mapping_box)
        self.splitter.addWidget(self.preview_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([250, 400])

        # ---- the report, after importing
        self.report_text = QPlainTextEdit(self)
        self.report_text.setReadOnly(True)
        self.report_text.setAccessibleName(self.tr("Import report"))
        self.report_text.setObjectName("importReport")
        self.copy_button = QPushButton(self.tr("&Copy the report"), self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_report)
        self.save_button = QPushButton(self.tr("&Save the report…"), self)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.choose_report_file)
        report_page = QWidget(self)
        report_layout = QVBoxLayout(report_page)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(self.report_text, 1)
        report_buttons = QHBoxLayout()
        report_buttons.addWidget(self.copy_button)
        report_buttons.addWidget(self.save_button)
        report_buttons.addStretch(1)
        report_layout.addLayout(report_buttons)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(report_page)
        self.report_page = report_page

        # ---- messages, progress, buttons
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the service reports no steps
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setObjectName("importMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.close_button: QPushButton | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REPREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        layout = QVBoxLayout(self)
        layout.addWidget(file_box)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1180, 800)
        self._show_mapping_placeholder()
        if path is not None:
            self.open_file(Path(path))

    # ------------------------------------------------------------------ the file

    def browse(self) -> None:
        start = str(QSettings().value(FILE_FILTER_KEY) or "")
        name, _selected = QFileDialog.getOpenFileName(
            self,
            self.tr("Import people from a spreadsheet"),
            start,
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)"),
        )
        if name:
            QSettings().setValue(FILE_FILTER_KEY, str(Path(name).parent))
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Read the sheets of `path` and preview its rows (the mapping guessed afresh)."""
        self.path = path
        self.file_edit.setText(str(path))
        self.preview = None
        self.decisions.clear()
        self._sheets = []
        self.sheet_combo.clear()
        self.sheet_combo.setEnabled(False)
        self.file_info.clear()
        self._show_mapping_placeholder()
        self._fill_preview()
        service = self._service

        def work(progress: Callable[[int, str], None]) -> tuple[list[str], PeopleImportPreview]:
            sheets = service.sheets(path)
            return sheets, service.preview(
                path, None, None, self._case_reference(), role=self._role()
            )

        self._run(
            work,
            self._opened,
            busy=self.tr("Reading {name}…").format(name=path.name),
        )

    def _opened(self, result: tuple[list[str], PeopleImportPreview]) -> None:
        sheets, preview = result
        self._sheets = sheets
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        self.sheet_combo.setEnabled(len(sheets) > 1)
        if preview.table.sheet is not None:
            self.sheet_combo.setCurrentText(preview.table.sheet)
        self._previewed(preview, remap=True)

    def _sheet_chosen(self, _index: int) -> None:
        if self.preview is not None and self.sheet_combo.currentText() == self.preview.table.sheet:
            return
        self.refresh_preview(remap=True)

    # ------------------------------------------------------------------ the mapping

    def _clear_mapping(self) -> None:
        """A new, empty grid (the scroll area deletes the old one with its widgets)."""
        self.mapping_widget = QWidget()
        self.mapping_grid = QGridLayout(self.mapping_widget)
        self.mapping_grid.setContentsMargins(4, 4, 4, 4)
        self.mapping_grid.setHorizontalSpacing(12)
        self.field_combos = []

    def _show_mapping_placeholder(self) -> None:
        self._clear_mapping()
        empty = QLabel(self.tr("Choose a file: its columns appear here."), self.mapping_widget)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mapping_grid.addWidget(empty, 0, 0)
        self.mapping_scroll.setWidget(self.mapping_widget)

    def _fill_mapping(self, preview: PeopleImportPreview) -> None:
        self._clear_mapping()
        table = preview.table
        by_column = {column: key for key, column in preview.mapping.items()}
        for col, title in enumerate(
            (self.tr("Column in the file"), self.tr("Example"), self.tr("Imported as"))
        ):
            label = QLabel(f"<b>{title}</b>", self.mapping_widget)
            self.mapping_grid.addWidget(label, 0, col)
        for column, header in enumerate(table.headers):
            shown = header or self.tr("(column {n}, no header)").format(n=column + 1)
            name = QLabel(shown, self.mapping_widget)
            sample = next((r[column] for r in table.rows if r[column].strip()), "")
            example = QLabel(sample[:60], self.mapping_widget)
            example.setToolTip(sample)
            example.setStyleSheet("color: #5f6368;")
            combo = QComboBox(self.mapping_widget)
            combo.setAccessibleName(self.tr("Field for the column “{name}”").format(name=shown))
            combo.addItem(self.tr("— not imported —"), None)
            for f in PERSON_FIELDS:
                combo.addItem(field_label(f.key), f.key)
                if f.hint:
                    combo.setItemData(combo.count() - 1, f.hint, Qt.ItemDataRole.ToolTipRole)
            key = by_column.get(column)
            combo.setCurrentIndex(max(combo.findData(key), 0) if key else 0)
            combo.activated.connect(lambda _i, c=column: self._field_chosen(c))
            name.setBuddy(combo)
            row = column + 1
            self.mapping_grid.addWidget(name, row, 0)
            self.mapping_grid.addWidget(example, row, 1)
            self.mapping_grid.addWidget(combo, row, 2)
            self.field_combos.append(combo)
        self.mapping_grid.setColumnStretch(1, 1)
        self.mapping_grid.setRowStretch(len(table.headers) + 1, 1)
        self.mapping_scroll.setWidget(self.mapping_widget)

    def mapping(self) -> dict[str, int]:
        """The mapping chosen in the dialog: field key -> column index."""
        chosen: dict[str, int] = {}
        for column, combo in enumerate(self.field_combos):
            key = combo.currentData()
            if key:
                chosen[str(key)] = column
        return chosen

    def set_field(self, column: int, key: str | None) -> None:
        """Map `column` to the field `key` (None: not imported), as choosing it does."""
        combo = self.field_combos[column]
        combo.setCurrentIndex(max(combo.findData(key), 0) if key else 0)
        self._field_chosen(column)

    def _field_chosen(self, column: int) -> None:
        key = self.field_combos[column].currentData()
        if key:  # a field goes to one column: the one chosen last
            for other, combo in enumerate(self.field_combos):
                if other != column and combo.currentData() == key:
                    combo.setCurrentIndex(0)
        self._schedule_preview()

    # ------------------------------------------------------------------ the preview

    def _case_reference(self) -> str | None:
        return self.case_edit.text().strip() or None

    def _role(self) -> PartyRole | None:
        data = self.role_combo.currentData()
        return PartyRole(data) if data else None

    def _schedule_preview(self, *_args: object) -> None:
        if self.path is None:
            return
        self.import_button.setEnabled(False)  # until the preview matches what is chosen
        self._timer.start()

    def refresh_preview(self, *, remap: bool = False) -> None:
        """Check the file again with the sheet, mapping, case and role now chosen."""
        self._timer.stop()
        path = self.path
        if path is None:
            return
        sheet = (self.sheet_combo.currentText() or None) if self._sheets else None
        mapping = None if remap else self.mapping()
        case_ref, role = self._case_reference(), self._role()
        service = self._service
        self._run(
            lambda _progress: service.preview(path, sheet, mapping, case_ref, role=role),
            lambda preview: self._previewed(preview, remap=remap),
            busy=self.tr("Checking the rows of {name}…").format(name=path.name),
        )

    def _previewed(self, preview: PeopleImportPreview, *, remap: bool = False) -> None:
        self.preview = preview
        self.decisions = {
            row: decision
            for row, decision in self.decisions.items()
            if any(r.row == row and r.status == "duplicate" for r in preview.rows)
        }
        self.file_info.setText(self._describe(preview))
        if remap or len(self.field_combos) != len(preview.table.headers):
            self._fill_mapping(preview)
        self._fill_preview()
        self._update_import_button()

    def _describe(self, preview: PeopleImportPreview) -> str:
        table = preview.table
        rows = len(table.rows)
        count = self.tr("%n row(s)", "", rows)
        if table.sheet is not None:
            return self.tr("{file}: sheet “{sheet}”, {rows}").format(
                file=table.source, sheet=table.sheet, rows=count
            )
        separators = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        return self.tr("{file}: {encoding}, {separator}-separated, {rows}").format(
            file=table.source,
            encoding=_encoding_name(table.encoding),
            separator=separators.get(table.delimiter or ",", self.tr("comma")),
            rows=count,
        )

    def _fill_preview(self, *_args: object) -> None:
        table = self.preview_table
        preview = self.preview
        table.setRowCount(0)
        self._shown_rows = []
        if preview is None:
            self.summary.setText("")
            self._row_selected()
            return
        if self.problems_only.isChecked():
            rows = [r for r in preview.rows if r.problems][:MAX_PROBLEM_ROWS]
        else:
            rows = list(preview.rows[:PREVIEW_ROWS])
        self._shown_rows = rows
        table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self._fill_row(i, r)
        # Columns with nothing to say stay out of the way of the problems.
        table.setColumnHidden(COL_CASE, not any(r.case_reference for r in rows))
        table.setColumnHidden(COL_DECISION, not any(r.status == "duplicate" for r in rows))
        table.resizeRowsToContents()
        self.summary.setText(self._summary_text(preview, len(rows)))
        if rows:
            table.setCurrentCell(0, COL_NAME)
        self._row_selected()

    def _fill_row(self, i: int, r: PreviewRow) -> None:
        table = self.preview_table
        person = r.person
        status = {
            "ready": self.tr("Ready"),
            "duplicate": self.tr("Likely duplicate"),
            "error": self.tr("Not imported"),
        }[r.status]
        if r.status == "ready" and r.problems:
            status = self.tr("Ready (see note)")
        case = ""
        if r.case_reference:
            case = f"{r.case_reference} — {tr_vocab(r.role)}" if r.role else r.case_reference
        items = {
            COL_ROW: _item(str(r.row)),
            COL_STATUS: _item(status),
            COL_NAME: _item(r.name),
            COL_BORN: _item(format_date(person.date_of_birth) if person else ""),
            COL_NATIONALITY: _item(person.nationality or "" if person else ""),
            COL_CASE: _item(case),
            COL_DECISION: _item(self._decision_text(r)),
            COL_PROBLEMS: _item(_problem_text(r.problems)),
        }
        colour = {"error": ERROR_COLOUR, "duplicate": WARNING_COLOUR}.get(r.status)
        for column, item in items.items():
            if colour is not None:
                item.setForeground(QBrush(QColor(colour)))
            table.setItem(i, column, item)

    def _summary_text(self, preview: PeopleImportPreview, shown: int) -> str:
        total = len(preview.rows)
        parts = [self.tr("%n row(s) ready to import", "", preview.ready)]
        if preview.duplicates:
            parts.append(
                self.tr(
                    "%n likely duplicate(s): choose what to do with each", "", preview.duplicates
                )
            )
        if preview.errors:
            parts.append(self.tr("%n row(s) with problems, not imported", "", preview.errors))
        text = self.tr("{total}: {parts}.").format(
            total=self.tr("%n row(s)", "", total), parts="; ".join(parts)
        )
        if shown < total and not self.problems_only.isChecked():
            text += " " + self.tr("The first {shown} are listed.").format(shown=shown)
        for problem in preview.problems:  # about the whole file: nothing can be imported
            text += "\n" + problem
        return text

    # ------------------------------------------------------------------ duplicates

    def _decision_text(self, r: PreviewRow) -> str:
        if r.status != "duplicate":
            return ""
        decision = self.decisions.get(r.row, SKIP)
        if decision == SKIP:
            return self.tr("Leave out")
        if decision == NEW:
            return self.tr("Import as a new person")
        match = next((p for p, _score in r.similar if p.id == decision), None)
        return self.tr("Link to {name}").format(name=match.full_name if match else decision)

    def current_row(self) -> PreviewRow | None:
        index = self.preview_table.currentRow()
        if 0 <= index < len(self._shown_rows):
            return self._shown_rows[index]
        return None

    def _row_selected(self) -> None:
        r = self.current_row()
        combo = self.decision_combo
        if r is None or r.status != "duplicate":
            self.decision_row.hide()
            return
        combo.clear()
        combo.addItem(self.tr("Leave this row out"), SKIP)
        for person, score in r.similar:
            combo.addItem(
                self.tr("Link to {name} ({score}% alike), already recorded").format(
                    name=person.full_name, score=round(score)
                ),
                person.id,
            )
        if r.similar or r.same_as_rows:
            combo.addItem(self.tr("Import as a new person"), NEW)
        combo.setCurrentIndex(max(combo.findData(self.decisions.get(r.row, SKIP)), 0))
        self.decision_label.setText(self.tr("Row {row}, likely &duplicate:").format(row=r.row))
        self.decision_row.show()

    def decide(self, row: int, decision: str | int) -> None:
        """What to do with a likely duplicate: SKIP, NEW or the id of the person to link."""
        if decision == SKIP:
            self.decisions.pop(row, None)
        else:
            self.decisions[row] = decision
        for i, r in enumerate(self._shown_rows):
            if r.row == row:
                item = self.preview_table.item(i, COL_DECISION)
                if item is not None:
                    item.setText(self._decision_text(r))
        self._update_import_button()

    def _decision_chosen(self, _index: int) -> None:
        r = self.current_row()
        if r is not None:
            self.decide(r.row, self.decision_combo.currentData())

    def matches(self) -> dict[int, int | None]:
        """The decisions as PeopleImportService.apply takes them."""
        return {
            row: None if decision == NEW else int(decision)
            for row, decision in self.decisions.items()
            if decision != SKIP
        }

    def rows_to_import(self) -> int:
        if self.preview is None or self.preview.problems:
            return 0
        return self.preview.ready + len(self.matches())

    def _update_import_button(self) -> None:
        n = self.rows_to_import()
        self.import_button.setText(self.tr("&Import %n row(s)", "", n) if n else self.tr("&Import"))
        self.import_button.setEnabled(n > 0 and not self.busy and not self._timer.isActive())

    # ------------------------------------------------------------------ importing

    def import_now(self) -> None:
        preview = self.preview
        if preview is None or self.busy or self.rows_to_import() == 0:
            return
        service, matches = self._service, self.matches()
        self._run(
            lambda _progress: service.apply(preview, matches=matches),
            self._imported,
            busy=self.tr("Importing…"),
        )

    def _imported(self, report: PeopleImportReport) -> None:
        self.report = report
        self.report_text.setPlainText(self.report_text_for(report))
        self.pages.setCurrentWidget(self.report_page)
        self.status.setText(
            self.tr(
                "<b>Done.</b> %n person(s) imported; the rows not imported are listed.",
                "",
                len(report.imported),
            )
            if report.rejected
            else self.tr("<b>Done.</b> %n person(s) imported.", "", len(report.imported))
        )
        self.import_button.hide()
        self.buttons.clear()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        for widget in (self.browse_button, self.sheet_combo, self.case_edit, self.role_combo):
            widget.setEnabled(False)
        self.report_text.setFocus()
        self.imported.emit(report)
        if self._on_imported is not None:
            self._on_imported(report)

    def report_text_for(self, report: PeopleImportReport) -> str:
        """The report: what was imported, then every row not imported with its problems."""
        lines = [
            self.tr("Import of {file}").format(file=report.source),
            self.tr("Imported: %n row(s)", "", len(report.imported))
            + " "
            + self.tr("({created} new, {linked} linked to a person already recorded).").format(
                created=report.created, linked=len(report.imported) - report.created
            ),
        ]
        if report.linked:
            lines.append(self.tr("Linked to a case: %n", "", report.linked))
        if report.rejected:
            lines.append("")
            lines.append(self.tr("Not imported: %n row(s)", "", len(report.rejected)))
            for rejected in report.rejected:
                name = rejected.name or self.tr("(no name)")
                lines.append(self.tr("Row {row}: {name}").format(row=rejected.row, name=name))
                for p in rejected.problems:
                    where = f"{p.column}: " if p.column else ""
                    lines.append(f"    {where}{p.message}")
                if not rejected.problems:
                    lines.append("    " + self.tr("left out (a likely duplicate)."))
        else:
            lines.append(self.tr("Every row was imported."))
        return "\n".join(lines) + "\n"

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report_text.toPlainText())
        self.status.setText(self.tr("The report is on the clipboard."))

    def choose_report_file(self) -> None:
        start = self.path.with_name(f"{self.path.stem} - import report.txt") if self.path else ""
        name, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Save the import report"), str(start), self.tr("Text (*.txt)")
        )
        if name:
            self.save_report(Path(name))

    def save_report(self, path: Path) -> bool:
        try:
            path.write_text(self.report_text.toPlainText(), encoding="utf-8")
        except OSError as exc:
            self.show_message(
                self.tr("The report could not be saved: {reason}").format(
                    reason=exc.strerror or exc
                )
            )
            return False
        self.status.setText(self.tr("Report saved to {name}.").format(name=path.name))
        return True

    # ------------------------------------------------------------------ the worker

    def _run(self, work: Callable[[Any], Any], done: Callable[[Any], None], *, busy: str) -> None:
        """Run `work` off the GUI thread; `done(result)` unless a newer run overtook it."""
        self._generation += 1
        generation = self._generation
        self.busy = True
        self.show_message("")
        self.status.setText(busy)
        self.progress.show()
        self.import_button.setEnabled(False)

        def finished(result: Any) -> None:
            if self._closed or generation != self._generation:
                return
            self._idle()
            done(result)

        def failed(message: str) -> None:
            if self._closed or generation != self._generation:
                return
            self._idle()
            self._failed(message)

        def crashed(trace: str) -> None:
            if self._closed or generation != self._generation:
                return
            self._idle()
            last = trace.strip().splitlines()[-1] if trace.strip() else ""
            self.show_message(
                self.tr(
                    "Something went wrong inside TreatyDesk (this is a bug, not a problem with "
                    "your file). Nothing was imported.\n\n{detail}"
                ).format(detail=last)
            )

        self.job = run_in_background(
            work, on_finished=finished, on_failed=failed, on_crashed=crashed
        )

    def _idle(self) -> None:
        self.busy = False
        self.progress.hide()
        self.status.setText("")
        self._update_import_button()

    def _failed(self, message: str) -> None:
        if self.report is None and self.preview is None:
            self._show_mapping_placeholder()
        self.show_message(
            self.tr("{message}\n\nNothing was imported.").format(message=message)
            if self.report is None
            else message
        )
        self._update_import_button()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ closing

    def done(self, result: int) -> None:
        self._closed = True
        self._timer.stop()
        super().done(result)


def _encoding_name(encoding: str | None) -> str:
    names = {
        "utf-8": "UTF-8",
        "utf-8-sig": QCoreApplication.translate("ImportPeopleDialog", "UTF-8 with byte-order mark"),
        "utf-16": "UTF-16",
        "utf-16-le": "UTF-16",
        "utf-16-be": "UTF-16",
        "cp1251": QCoreApplication.translate("ImportPeopleDialog", "Windows-1251 (Cyrillic)"),
    }
    return names.get(encoding or "", encoding or "?")


__all__ = ["ImportPeopleDialog", "field_label"]
