"""File ▸ Import decision…: a Committee's Views or decision, previewed before it is saved.

The file is read off the GUI thread (DecisionImportService.analyse). The dialog then shows,
side by side, each recognised field with the sentence it came from (the simple ones
editable), the warnings, an entry for the date of adoption when the text lacks it, and:

- when the decision belongs to a case already recorded (same symbol or communication
  number): a field-by-field comparison with an "Accept" box per field. Nothing is ticked
  by default: only what the user ticks is written;
- the people named, each with the registry's look-alikes: link to one of them, or create a
  new person.

Nothing is saved until Import is pressed; the import (apply_with_report) runs in one
transaction, off the GUI thread, and the dialog then says what was done.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.importers.decision import DecisionImport, PreviewRow
from app.importers.decision_text import ArticleRef, parse_date
from app.services.cases import CaseService
from app.services.decision_import import (
    DecisionImportService,
    FieldDiff,
    ImportReport,
    PersonMatch,
)
from views.workers import run_in_background

# The preview rows whose value the user may correct here, and how the text is read back.
EDITABLE = frozenset(
    {
        "symbol",
        "state",
        "communication_numbers",
        "session",
        "title",
        "submission_date",
        "transmittal_date",
        "adoption_date",
        "decision_transmittal_date",
        "articles_invoked",
        "articles_violated",
        "subject_matter",
    }
)
_DATES = frozenset(
    {"submission_date", "transmittal_date", "adoption_date", "decision_transmittal_date"}
)
_STATUS_WORDS = {
    "same": "Same",
    "new": "Fills an empty field",
    "different": "Different",
    "not_in_document": "Not in the document",
}
ERROR_STYLE = "color: #a50e0e;"
WARNING_STYLE = "color: #7a4f00;"

# Preview table columns.
COL_FIELD, COL_VALUE, COL_SOURCE, COL_WARNING = range(4)
# Difference table columns.
DIFF_ACCEPT, DIFF_FIELD, DIFF_CURRENT, DIFF_IMPORTED, DIFF_STATUS = range(5)


def read_date(text: str) -> date:
    """A date typed by the user: "24 July 2021" or 2021-07-24. DomainError otherwise."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    found = parse_date(text)
    if found is None:
        raise DomainError(
            f"“{text}” is not a date: write it as 24 July 2021 or 2021-07-24.",
            field="date",
        )
    return found


def read_value(name: str, text: str) -> Any:
    """The value `edited()` takes for a preview row's typed text ("" clears it: None)."""
    text = text.strip()
    if not text:
        return None
    if name in _DATES:
        return read_date(text)
    if name == "state":
        match = re.search(r"\(([A-Za-z]{2})\)\s*$", text) or re.fullmatch(r"([A-Za-z]{2})", text)
        if match is None:
            raise DomainError(
                f"State party “{text}”: give its two-letter code, e.g. BY or Belarus (BY).",
                field="state",
            )
        return match.group(1).upper()
    if name == "communication_numbers":
        numbers = tuple(n.strip() for n in re.split(r"[,;]| and ", text) if n.strip())
        for number in numbers:
            if not re.fullmatch(r"\d{1,5}/\d{4}", number):
                raise DomainError(
                    f"Communication number “{number}” is not in the form number/year, "
                    "e.g. 2857/2016.",
                    field="communication_numbers",
                )
        return numbers
    if name in ("articles_invoked", "articles_violated"):
        refs = []
        for label in (x for x in re.split(r"[,;]| and ", text) if x.strip()):
            try:
                refs.append(ArticleRef.parse(label))
            except ValueError:
                raise DomainError(
                    f"“{label.strip()}” is not an article: write e.g. 19, 9(1) or 14(3)(b).",
                    field=name,
                ) from None
        return tuple(refs)
    return text


def _item(text: str, *, editable: bool = False, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    item.setToolTip(tooltip or text)
    return item


def _table(headers: Sequence[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    return table


class ImportDecisionDialog(QDialog):
    """Preview a decision file, choose what to keep, import it (or cancel: nothing saved)."""

    def __init__(
        self,
        *,
        decisions: DecisionImportService,
        cases: CaseService,
        path: str | Path,
        on_imported: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDecisionDialog")
        self.setWindowTitle(f"Import a decision — {Path(path).name}")
        self._decisions = decisions
        self._cases = cases
        self._path = Path(path)
        self._on_imported = on_imported
        self.result: DecisionImport | None = None
        self.case_id: int | None = None
        self.case_version: int | None = None
        self.diffs: list[FieldDiff] = []
        self.matches: list[PersonMatch] = []
        self.report: ImportReport | None = None
        self._rows: list[PreviewRow] = []
        self.busy = False

        self.status = QLabel(f"Reading {self._path.name}…", self)
        self.status.setWordWrap(True)
        self.status.setObjectName("importStatus")
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setObjectName("importMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        # the date of adoption, asked for when the text lacks it
        self.adoption_row = QWidget(self)
        adoption_layout = QHBoxLayout(self.adoption_row)
        adoption_layout.setContentsMargins(0, 0, 0, 0)
        adoption_label = QLabel(
            "<b>Date the Committee adopted the decision</b> (not in the text; it is on the "
            "cover page of the published document):",
            self.adoption_row,
        )
        adoption_label.setWordWrap(True)
        self.adoption_edit = QLineEdit(self.adoption_row)
        self.adoption_edit.setPlaceholderText("e.g. 24 July 2021 or 2021-07-24")
        self.adoption_edit.setAccessibleName("Date of adoption")
        adoption_label.setBuddy(self.adoption_edit)
        adoption_layout.addWidget(adoption_label, 1)
        adoption_layout.addWidget(self.adoption_edit)
        self.adoption_row.hide()

        # what was recognised
        self.preview = _table(("Field", "Value (editable)", "Source sentence", "Warning"), self)
        self.preview.setAccessibleName("What was recognised")
        self.preview.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.warnings = QLabel("", self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setObjectName("importWarnings")

        # the existing case, field by field
        self.case_label = QLabel("", self)
        self.case_label.setWordWrap(True)
        self.diff_table = _table(
            ("Accept", "Field", "In the case", "In the document", "Comparison"), self
        )
        self.diff_table.setAccessibleName("Differences with the case")
        self.diff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accept_gaps_button = QPushButton("Tick the fields that fill &empty ones", self)
        self.accept_gaps_button.clicked.connect(self.accept_gaps)
        self.diff_box = QWidget(self)
        diff_layout = QVBoxLayout(self.diff_box)
        diff_layout.setContentsMargins(0, 0, 0, 0)
        diff_layout.addWidget(self.case_label)
        diff_layout.addWidget(self.diff_table, 1)
        diff_layout.addWidget(self.accept_gaps_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.diff_box.hide()

        # the people, matched against the registry
        self.people_table = _table(("Person", "Role", "In the registry"), self)
        self.people_table.setAccessibleName("People named in the decision")
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        people_box = QWidget(self)
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(
            QLabel(
                "<b>People named in the decision</b>: link each to the person already in "
                "the registry, or create a new one.",
                people_box,
            )
        )
        people_layout.addWidget(self.people_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.diff_box)
        splitter.addWidget(people_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 1)

        self.import_button = QPushButton("&Import", self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.adoption_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1100, 760)
        self._analyse()

    # ------------------------------------------------------------------ reading

    def _analyse(self) -> None:
        decisions, path = self._decisions, self._path

        def work(progress: Callable[[int, str], None]) -> tuple[Any, ...]:
            progress(10, "Reading the file")
            result = decisions.analyse(path)
            progress(70, "Looking for the case and the people")
            case_id = decisions.match_case(result)
            diffs = decisions.diff(case_id, result) if case_id is not None else []
            version = self._cases.get(case_id).version if case_id is not None else None
            matches = decisions.people_matches(result, case_id)
            return result, case_id, version, diffs, matches

        self.busy = True
        run_in_background(
            work,
            on_finished=self._analysed,
            on_failed=self._failed_to_read,
            on_crashed=self._crashed,
        )

    def _analysed(self, payload: tuple[Any, ...]) -> None:
        self.busy = False
        result, case_id, version, diffs, matches = payload
        self.result = result
        self.case_id, self.case_version = case_id, version
        self.diffs, self.matches = list(diffs), list(matches)
        self._fill_preview(result)
        self._fill_diffs()
        self._fill_people()
        missing_adoption = result.adoption_date is None
        self.adoption_row.setVisible(missing_adoption)
        self.warnings.setText(
            "\n".join(f"• {w}" for w in result.warnings) if result.warnings else ""
        )
        self.warnings.setVisible(bool(result.warnings))
        if case_id is None:
            self.status.setText(
                f"<b>{self._path.name}</b>: no case recorded matches this decision; Import "
                "creates a new case. Check each value against its sentence; double-click a "
                "value to correct it. Nothing is saved until you press Import."
            )
        else:
            self.status.setText(
                f"<b>{self._path.name}</b> belongs to a case already recorded. Tick the fields "
                "to take from the document; the others stay as they are. Nothing is saved "
                "until you press Import."
            )
        self.import_button.setEnabled(True)

    def _failed_to_read(self, message: str) -> None:
        self.busy = False
        self.status.setText(f"<b>{self._path.name}</b> could not be imported. Nothing was saved.")
        self.show_message(message)
        self.import_button.setEnabled(False)

    def _crashed(self, trace: str) -> None:
        self.busy = False
        self.show_message(
            "Something went wrong inside TreatyDesk (this is a bug, not a problem with your "
            "file). Nothing was saved.\n\n" + trace.strip().splitlines()[-1]
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ filling

    def _fill_preview(self, result: DecisionImport) -> None:
        self._rows = result.preview_rows()
        table = self.preview
        table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            editable = row.name in EDITABLE
            table.setItem(r, COL_FIELD, _item(row.label, tooltip=row.where or row.label))
            value = _item(row.value, editable=editable)
            if not editable:
                value.setToolTip(f"{row.value}\n(correct this in the case after the import)")
            table.setItem(r, COL_VALUE, value)
            where = f" ({row.where})" if row.where else ""
            table.setItem(r, COL_SOURCE, _item(row.source, tooltip=row.source + where))
            warning = _item(row.warning)
            if row.warning:
                warning.setForeground(Qt.GlobalColor.darkRed)
            table.setItem(r, COL_WARNING, warning)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnWidth(COL_VALUE, 260)
        table.setColumnWidth(COL_SOURCE, 420)
        table.resizeRowsToContents()

    def _fill_diffs(self) -> None:
        self.diff_box.setVisible(self.case_id is not None)
        if self.case_id is None:
            return
        case = self._cases.get(self.case_id)
        self.case_label.setText(
            f"<b>Case {case.reference}</b> — {case.title}. Only the ticked fields are written; "
            "parties and remedies are only ever added, never removed."
        )
        checked = self.accepted_fields()
        table = self.diff_table
        table.setRowCount(len(self.diffs))
        for r, diff in enumerate(self.diffs):
            box = QTableWidgetItem()
            can = diff.status in ("new", "different")
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if can:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                box.setCheckState(
                    Qt.CheckState.Checked if diff.name in checked else Qt.CheckState.Unchecked
                )
                box.setToolTip(f"Take “{diff.label}” from the document")
            box.setFlags(flags)
            box.setData(Qt.ItemDataRole.UserRole, diff.name)
            table.setItem(r, DIFF_ACCEPT, box)
            table.setItem(r, DIFF_FIELD, _item(diff.label))
            table.setItem(r, DIFF_CURRENT, _item(diff.current or "—"))
            table.setItem(r, DIFF_IMPORTED, _item(diff.imported or "—", tooltip=diff.source))
            status = _STATUS_WORDS.get(diff.status, diff.status)
            if diff.warning:
                status += f" — {diff.warning}"
            table.setItem(r, DIFF_STATUS, _item(status))
        header = table.horizontalHeader()
        for column in (DIFF_ACCEPT, DIFF_FIELD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnWidth(DIFF_CURRENT, 300)
        table.setColumnWidth(DIFF_IMPORTED, 300)

    def _fill_people(self) -> None:
        table = self.people_table
        table.setRowCount(len(self.matches))
        for r, match in enumerate(self.matches):
            person = match.person
            table.setItem(r, 0, _item(person.name, tooltip=person.source))
            table.setItem(r, 1, _item(person.role.label))
            if match.in_case is not None:
                table.setItem(
                    r, 2, _item(f"Already a party of the case ({match.in_case.full_name})")
                )
                continue
            combo = QComboBox(table)
            combo.setAccessibleName(f"Registry match for {person.name}")
            combo.addItem("Create a new person", None)
            for candidate, score in match.candidates:
                born = f", born {candidate.date_of_birth:%Y}" if candidate.date_of_birth else ""
                combo.addItem(
                    f"Link to {candidate.full_name} (no. {candidate.id}{born}, {score:.0f}% alike)",
                    candidate.id,
                )
            if match.suggestion is not None:
                combo.setCurrentIndex(max(0, combo.findData(match.suggestion)))
            table.setCellWidget(r, 2, combo)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    # ------------------------------------------------------------------ choices

    def accepted_fields(self) -> set[str]:
        """The fields ticked in the comparison (an existing case only)."""
        names: set[str] = set()
        for r in range(self.diff_table.rowCount()):
            item = self.diff_table.item(r, DIFF_ACCEPT)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                names.add(str(item.data(Qt.ItemDataRole.UserRole)))
        return names

    def set_accepted(self, name: str, accepted: bool = True) -> None:
        for r in range(self.diff_table.rowCount()):
            item = self.diff_table.item(r, DIFF_ACCEPT)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                if not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    raise DomainError(f"“{name}” has nothing to take from the document.")
                item.setCheckState(Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked)
                return
        raise KeyError(name)

    def accept_gaps(self) -> None:
        for diff in self.diffs:
            if diff.status == "new":
                self.set_accepted(diff.name)

    def person_choices(self) -> dict[str, int | None]:
        """For each person not already a party: the registry id to link, or None (new)."""
        choices: dict[str, int | None] = {}
        for r, match in enumerate(self.matches):
            combo = self.people_table.cellWidget(r, 2)
            if isinstance(combo, QComboBox):
                choices[match.key] = combo.currentData()
        return choices

    def row_of(self, name: str) -> int:
        """The preview row of a field (the first, for fields shown on several rows)."""
        for r, row in enumerate(self._rows):
            if row.name == name:
                return r
        raise KeyError(name)

    def set_value(self, name: str, text: str) -> None:
        """Type a value into the preview, as the user would."""
        item = self.preview.item(self.row_of(name), COL_VALUE)
        if not item.flags() & Qt.ItemFlag.ItemIsEditable:
            raise DomainError(f"“{name}” cannot be corrected here.")
        item.setText(text)

    def edited_result(self) -> DecisionImport:
        """The decision with the user's corrections (DomainError for a value not understood)."""
        if self.result is None:
            raise DomainError("The file has not been read yet.")
        changes: dict[str, Any] = {}
        for r, row in enumerate(self._rows):
            if row.name not in EDITABLE:
                continue
            text = self.preview.item(r, COL_VALUE).text()
            if text.strip() != row.value.strip():
                changes[row.name] = read_value(row.name, text)
        typed = self.adoption_edit.text().strip()
        if typed:
            changes["adoption_date"] = read_date(typed)
        return self.result.edited(**changes) if changes else self.result

    # ------------------------------------------------------------------ importing

    def import_now(self) -> None:
        if self.result is None or self.busy:
            return
        self.show_message("")
        try:
            result = self.edited_result()
        except DomainError as exc:
            self.show_message(str(exc))
            return
        if self.case_id is not None and not self.accepted_fields():
            self.show_message(
                "No field is ticked: tick the fields to take from the document, or Cancel."
            )
            return
        accepted = self.accepted_fields() if self.case_id is not None else None
        choices = self.person_choices()
        decisions, case_id, version = self._decisions, self.case_id, self.case_version

        def work(progress: Callable[[int, str], None]) -> ImportReport:
            progress(20, "Importing")
            return decisions.apply_with_report(
                result,
                case_id=case_id,
                accepted_fields=accepted,
                person_matches=choices,
                expected_version=version,
            )

        self.busy = True
        self.import_button.setEnabled(False)
        self.status.setText("Importing…")
        run_in_background(
            work,
            on_finished=self._imported,
            on_failed=self._import_failed,
            on_crashed=self._crashed,
        )

    def _import_failed(self, message: str) -> None:
        self.busy = False
        self.import_button.setEnabled(True)
        self.status.setText("Nothing was saved.")
        self.show_message(message)

    def _imported(self, report: ImportReport) -> None:
        self.busy = False
        self.report = report
        self.status.setText(f"<b>Done.</b> {report_text(report)}")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button.setEnabled(False)
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        if self._on_imported is not None:
            self._on_imported(report.case.id)


def report_text(report: ImportReport) -> str:
    """What the import did, in a few sentences."""
    case = report.case
    parts = [f"{'Created' if report.created else 'Updated'} case {case.reference} ({case.title})."]
    if report.fields_written:
        parts.append(f"Written: {', '.join(report.fields_written).replace('_', ' ')}.")
    elif not report.created:
        parts.append("No field of the case changed.")
    if report.people_created:
        parts.append(f"New people: {', '.join(report.people_created)}.")
    if report.people_linked:
        parts.append(f"Linked to the registry: {', '.join(report.people_linked)}.")
    if report.remedies_added:
        parts.append(f"Remedies added: {', '.join(report.remedies_added)}.")
    if report.deadline is not None:
        parts.append(f"Follow-up deadline: {report.deadline.due_date:%d %B %Y}.")
    parts.extend(report.notes)
    return " ".join(parts)


__all__ = ["ImportDecisionDialog", "read_date", "read_value", "report_text"]
