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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from views.dialogs._import_common import ERROR_STYLE, WARNING_STYLE, ImportDialog, table_item
from views.i18n import QT_TRANSLATE_NOOP, format_date, format_number, tr_vocab

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
    "same": QT_TRANSLATE_NOOP("ImportDecisionDialog", "Same"),
    "new": QT_TRANSLATE_NOOP("ImportDecisionDialog", "Fills an empty field"),
    "different": QT_TRANSLATE_NOOP("ImportDecisionDialog", "Different"),
    "not_in_document": QT_TRANSLATE_NOOP("ImportDecisionDialog", "Not in the document"),
}
"""How a field of the document compares with the case (translated when shown)."""

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
            QCoreApplication.translate(
                "ImportDecisionDialog", "“{text}” is not a date: write it as {example} or {iso}."
            ).format(text=text, example="24 July 2021", iso="2021-07-24"),
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
                QCoreApplication.translate(
                    "ImportDecisionDialog",
                    "State party “{text}”: give its two-letter code, e.g. BY or Belarus (BY).",
                ).format(text=text),
                field="state",
            )
        return match.group(1).upper()
    if name == "communication_numbers":
        numbers = tuple(n.strip() for n in re.split(r"[,;]| and ", text) if n.strip())
        for number in numbers:
            if not re.fullmatch(r"\d{1,5}/\d{4}", number):
                raise DomainError(
                    QCoreApplication.translate(
                        "ImportDecisionDialog",
                        "Communication number “{number}” is not in the form number/year, "
                        "e.g. 2857/2016.",
                    ).format(number=number),
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
                    QCoreApplication.translate(
                        "ImportDecisionDialog",
                        "“{label}” is not an article: write e.g. 19, 9(1) or 14(3)(b).",
                    ).format(label=label.strip()),
                    field=name,
                ) from None
        return tuple(refs)
    return text


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


class ImportDecisionDialog(ImportDialog):
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
        super().__init__(path=path, on_imported=on_imported, parent=parent)
        self.setObjectName("importDecisionDialog")
        self.setWindowTitle(self.tr("Import a decision — {file}").format(file=self._path.name))
        self._decisions = decisions
        self._cases = cases
        self.result: DecisionImport | None = None
        self.case_id: int | None = None
        self.case_version: int | None = None
        self.diffs: list[FieldDiff] = []
        self.matches: list[PersonMatch] = []
        self.report: ImportReport | None = None
        self._rows: list[PreviewRow] = []

        # the date of adoption, asked for when the text lacks it
        self.adoption_row = QWidget(self)
        adoption_layout = QHBoxLayout(self.adoption_row)
        adoption_layout.setContentsMargins(0, 0, 0, 0)
        adoption_label = QLabel(
            self.tr(
                "<b>Date the Committee adopted the decision</b> (not in the text; it is on the "
                "cover page of the published document):"
            ),
            self.adoption_row,
        )
        adoption_label.setWordWrap(True)
        self.adoption_edit = QLineEdit(self.adoption_row)
        self.adoption_edit.setPlaceholderText(
            self.tr("e.g. {example} or {iso}").format(example="24 July 2021", iso="2021-07-24")
        )
        self.adoption_edit.setAccessibleName(self.tr("Date of adoption"))
        adoption_label.setBuddy(self.adoption_edit)
        adoption_layout.addWidget(adoption_label, 1)
        adoption_layout.addWidget(self.adoption_edit)
        self.adoption_row.hide()

        # what was recognised
        self.preview = _table(
            (
                self.tr("Field"),
                self.tr("Value (editable)"),
                self.tr("Source sentence"),
                self.tr("Warning"),
            ),
            self,
        )
        self.preview.setAccessibleName(self.tr("What was recognised"))
        self.preview.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

        # the existing case, field by field
        self.case_label = QLabel("", self)
        self.case_label.setWordWrap(True)
        self.diff_table = _table(
            (
                self.tr("Accept"),
                self.tr("Field"),
                self.tr("In the case"),
                self.tr("In the document"),
                self.tr("Comparison"),
            ),
            self,
        )
        self.diff_table.setAccessibleName(self.tr("Differences with the case"))
        self.diff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accept_gaps_button = QPushButton(
            self.tr("Tick the fields that fill &empty ones"), self
        )
        self.accept_gaps_button.clicked.connect(self.accept_gaps)
        self.diff_box = QWidget(self)
        diff_layout = QVBoxLayout(self.diff_box)
        diff_layout.setContentsMargins(0, 0, 0, 0)
        diff_layout.addWidget(self.case_label)
        diff_layout.addWidget(self.diff_table, 1)
        diff_layout.addWidget(self.accept_gaps_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.diff_box.hide()

        # the people, matched against the registry
        self.people_table = _table(
            (self.tr("Person"), self.tr("Role"), self.tr("In the registry")), self
        )
        self.people_table.setAccessibleName(self.tr("People named in the decision"))
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        people_box = QWidget(self)
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(
            QLabel(
                self.tr(
                    "<b>People named in the decision</b>: link each to the person already in "
                    "the registry, or create a new one."
                ),
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

        self.lay_out((self.adoption_row, 0), (splitter, 1))
        self._analyse()

    # ------------------------------------------------------------------ reading

    def _analyse(self) -> None:
        decisions, path = self._decisions, self._path
        reading, looking = (
            self.tr("Reading the file"),
            self.tr("Looking for the case and the people"),
        )

        def work(progress: Callable[[int, str], None]) -> tuple[Any, ...]:
            progress(10, reading)
            result = decisions.analyse(path)
            progress(70, looking)
            case_id = decisions.match_case(result)
            diffs = decisions.diff(case_id, result) if case_id is not None else []
            version = self._cases.get(case_id).version if case_id is not None else None
            matches = decisions.people_matches(result, case_id)
            return result, case_id, version, diffs, matches

        self.start_reading(work)

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
        self.show_warnings(result.warnings)
        if case_id is None:
            text = self.tr(
                "<b>{file}</b>: no case recorded matches this decision; Import "
                "creates a new case. Check each value against its sentence; double-click a "
                "value to correct it. Nothing is saved until you press Import."
            )
        else:
            text = self.tr(
                "<b>{file}</b> belongs to a case already recorded. Tick the fields "
                "to take from the document; the others stay as they are. Nothing is saved "
                "until you press Import."
            )
        self.status.setText(text.format(file=self._path.name))
        self.import_button.setEnabled(True)

    # ------------------------------------------------------------------ filling

    def _fill_preview(self, result: DecisionImport) -> None:
        self._rows = result.preview_rows()
        table = self.preview
        table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            editable = row.name in EDITABLE
            table.setItem(r, COL_FIELD, table_item(row.label, tooltip=row.where or row.label))
            value = table_item(row.value, editable=editable)
            if not editable:
                value.setToolTip(
                    row.value + "\n" + self.tr("(correct this in the case after the import)")
                )
            table.setItem(r, COL_VALUE, value)
            where = f" ({row.where})" if row.where else ""
            table.setItem(r, COL_SOURCE, table_item(row.source, tooltip=row.source + where))
            warning = table_item(row.warning)
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
            self.tr(
                "<b>Case {reference}</b> — {title}. Only the ticked fields are written; "
                "parties and remedies are only ever added, never removed."
            ).format(reference=case.reference, title=case.title)
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
                box.setToolTip(self.tr("Take “{field}” from the document").format(field=diff.label))
            box.setFlags(flags)
            box.setData(Qt.ItemDataRole.UserRole, diff.name)
            table.setItem(r, DIFF_ACCEPT, box)
            table.setItem(r, DIFF_FIELD, table_item(diff.label))
            table.setItem(r, DIFF_CURRENT, table_item(diff.current or "—"))
            table.setItem(r, DIFF_IMPORTED, table_item(diff.imported or "—", tooltip=diff.source))
            word = _STATUS_WORDS.get(diff.status)
            status = (
                QCoreApplication.translate("ImportDecisionDialog", word)
                if word is not None
                else diff.status
            )
            if diff.warning:
                status += f" — {diff.warning}"
            table.setItem(r, DIFF_STATUS, table_item(status))
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
            table.setItem(r, 0, table_item(person.name, tooltip=person.source))
            table.setItem(r, 1, table_item(tr_vocab(person.role)))
            if match.in_case is not None:
                already = self.tr("Already a party of the case ({name})")
                table.setItem(r, 2, table_item(already.format(name=match.in_case.full_name)))
                continue
            combo = QComboBox(table)
            combo.setAccessibleName(self.tr("Registry match for {name}").format(name=person.name))
            combo.addItem(self.tr("Create a new person"), None)
            for candidate, score in match.candidates:
                if candidate.date_of_birth:
                    text = self.tr("Link to {name} (no. {id}, born {year}, {score}% alike)")
                else:
                    text = self.tr("Link to {name} (no. {id}, {score}% alike)")
                combo.addItem(
                    text.format(
                        name=candidate.full_name,
                        id=candidate.id,
                        year=f"{candidate.date_of_birth:%Y}" if candidate.date_of_birth else "",
                        score=format_number(round(score)),
                    ),
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
                    raise DomainError(
                        self.tr("“{field}” has nothing to take from the document.").format(
                            field=name
                        )
                    )
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
            raise DomainError(self.tr("“{field}” cannot be corrected here.").format(field=name))
        item.setText(text)

    def edited_result(self) -> DecisionImport:
        """The decision with the user's corrections (DomainError for a value not understood)."""
        if self.result is None:
            raise DomainError(self.tr("The file has not been read yet."))
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
                self.tr("No field is ticked: tick the fields to take from the document, or Cancel.")
            )
            return
        accepted = self.accepted_fields() if self.case_id is not None else None
        choices = self.person_choices()
        decisions, case_id, version = self._decisions, self.case_id, self.case_version
        importing = self.tr("Importing")

        def work(progress: Callable[[int, str], None]) -> ImportReport:
            progress(20, importing)
            return decisions.apply_with_report(
                result,
                case_id=case_id,
                accepted_fields=accepted,
                person_matches=choices,
                expected_version=version,
            )

        self.start_import(work)

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.show_done(report_text(report), report.case.id)


def report_text(report: ImportReport) -> str:
    """What the import did, in a few sentences."""
    case = report.case
    if report.created:
        first = QCoreApplication.translate(
            "ImportDecisionDialog", "Created case {reference} ({title})."
        )
    else:
        first = QCoreApplication.translate(
            "ImportDecisionDialog", "Updated case {reference} ({title})."
        )
    parts = [first.format(reference=case.reference, title=case.title)]
    if report.fields_written:
        written = ", ".join(report.fields_written).replace("_", " ")
        parts.append(
            QCoreApplication.translate("ImportDecisionDialog", "Written: {fields}.").format(
                fields=written
            )
        )
    elif not report.created:
        parts.append(
            QCoreApplication.translate("ImportDecisionDialog", "No field of the case changed.")
        )
    if report.people_created:
        parts.append(
            QCoreApplication.translate("ImportDecisionDialog", "New people: {names}.").format(
                names=", ".join(report.people_created)
            )
        )
    if report.people_linked:
        parts.append(
            QCoreApplication.translate(
                "ImportDecisionDialog", "Linked to the registry: {names}."
            ).format(names=", ".join(report.people_linked))
        )
    if report.remedies_added:
        parts.append(
            QCoreApplication.translate(
                "ImportDecisionDialog", "Remedies added: {remedies}."
            ).format(remedies=", ".join(report.remedies_added))
        )
    if report.deadline is not None:
        parts.append(
            QCoreApplication.translate(
                "ImportDecisionDialog", "Follow-up deadline: {date}."
            ).format(date=format_date(report.deadline.due_date))
        )
    parts.extend(report.notes)
    return " ".join(parts)


# ERROR_STYLE and WARNING_STYLE are still imported from here (bundle_conflicts.py).
__all__ = [
    "ERROR_STYLE",
    "WARNING_STYLE",
    "ImportDecisionDialog",
    "read_date",
    "read_value",
    "report_text",
]
