"""File ▸ Import case bundle…: what the bundle brings, and the conflicts to settle.

Shown after the bundle was opened and previewed (BundleService.preview_import: nothing has
been written yet). The summary says what is new, changed there, deleted there; the table
lists every field changed on both sides — the record, the field, its value on this computer
("mine") and in the bundle ("theirs") — with a choice per row. Nothing is chosen for the
user: Import stays disabled until every row is settled (or "Keep all mine" / "Take all
theirs" settles the rest), and then writes everything in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services.bundles import MINE, THEIRS, BundleImportResult, BundlePreview
from views.dialogs.import_decision import ERROR_STYLE, WARNING_STYLE
from views.i18n import QT_TRANSLATE_NOOP, format_date, format_number

COL_RECORD, COL_FIELD, COL_MINE, COL_THEIRS, COL_CHOICE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("BundleConflictsDialog", "Record"),
    QT_TRANSLATE_NOOP("BundleConflictsDialog", "Field"),
    QT_TRANSLATE_NOOP("BundleConflictsDialog", "Mine (this computer)"),
    QT_TRANSLATE_NOOP("BundleConflictsDialog", "Theirs (the bundle)"),
    QT_TRANSLATE_NOOP("BundleConflictsDialog", "Keep"),
)
CHOICES = (
    ("", QT_TRANSLATE_NOOP("BundleConflictsDialog", "Choose…")),
    (MINE, QT_TRANSLATE_NOOP("BundleConflictsDialog", "Mine")),
    (THEIRS, QT_TRANSLATE_NOOP("BundleConflictsDialog", "Theirs")),
)

Key = tuple[str, str, str]
ApplyImport = Callable[[BundlePreview, Mapping[Key, str]], BundleImportResult]


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text)
    return item


class BundleConflictsDialog(QDialog):
    """Settle a bundle's conflicts field by field, then import it (or cancel: nothing saved)."""

    def __init__(
        self,
        *,
        preview: BundlePreview,
        apply_import: ApplyImport,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundleConflictsDialog")
        self.setWindowTitle(self.tr("Import case bundle — {name}").format(name=preview.source))
        self._preview = preview
        self._apply = apply_import
        self.result: BundleImportResult | None = None
        self.keys: list[Key] = []

        self.summary = QLabel(self._summary_text(), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("BundleConflictsDialog", h) for h in HEADERS]
        )
        self.table.setAccessibleName(self.tr("Conflicting fields"))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_THEIRS, QHeaderView.ResizeMode.Stretch)
        self._fill()

        self.all_mine = QPushButton(self.tr("Keep all &mine"), self)
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs = QPushButton(self.tr("Take all &theirs"), self)
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        bulk = QHBoxLayout()
        bulk.addWidget(self.all_mine)
        bulk.addWidget(self.all_theirs)
        bulk.addStretch(1)

        self.problems = QLabel("\n".join(preview.problems), self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setVisible(bool(preview.problems))
        self.notes = QLabel("\n".join(preview.notes), self)
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(WARNING_STYLE)
        self.notes.setVisible(bool(preview.notes))
        self.message = QLabel("", self)
        self.message.setObjectName("bundleMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.clicked.connect(self.import_now)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bulk)
        layout.addWidget(self.notes)
        layout.addWidget(self.problems)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        has_conflicts = bool(self.keys)
        self.table.setVisible(has_conflicts)
        self.all_mine.setVisible(has_conflicts)
        self.all_theirs.setVisible(has_conflicts)
        self.resize(1000, 600 if has_conflicts else 260)
        self._update_button()

    # ------------------------------------------------------------------ content

    def _summary_text(self) -> str:
        p = self._preview
        made = f"{format_date(p.created_at.date())}, {p.created_at:%H:%M}"
        cases = ", ".join(p.cases) or self.tr("no case")
        lines = [
            self.tr("{source}: {cases}, made by {who} on {when} (UTC).").format(
                source=p.source, cases=cases, who=p.made_by, when=made
            ),
            self.tr(
                "New: {new}. Changed there only (taken): {updated}. Deleted there (deleted "
                "here too): {deleted}. Unchanged: {unchanged}."
            ).format(
                new=format_number(len(p.new)),
                updated=format_number(len(p.updated)),
                deleted=format_number(len(p.deleted)),
                unchanged=format_number(p.unchanged),
            ),
        ]
        if p.conflict_keys:
            lines.append(
                self.tr(
                    "%n field(s) were changed on both computers: choose, for each, which value "
                    "to keep. Nothing is saved until you press Import.",
                    "",
                    len(p.conflict_keys),
                )
            )
        else:
            lines.append(self.tr("No conflicts. Nothing is saved until you press Import."))
        return "\n".join(lines)

    def _fill(self) -> None:
        rows = [(change, f) for change in self._preview.conflicts for f in change.fields]
        self.table.setRowCount(len(rows))
        for r, (change, f) in enumerate(rows):
            record = change.label + (
                f" — {change.case}" if change.case and change.table != "cases" else ""
            )
            self.table.setItem(r, COL_RECORD, _item(record))
            self.table.setItem(r, COL_FIELD, _item(f.label))
            self.table.setItem(r, COL_MINE, _item(f.mine_text))
            self.table.setItem(r, COL_THEIRS, _item(f.theirs_text))
            combo = QComboBox(self.table)
            combo.setAccessibleName(
                self.tr("Keep for {record}, {field}").format(record=record, field=f.label)
            )
            for value, text in CHOICES:
                combo.addItem(QCoreApplication.translate("BundleConflictsDialog", text), value)
            combo.currentIndexChanged.connect(self._update_button)
            self.table.setCellWidget(r, COL_CHOICE, combo)
            self.keys.append((change.table, change.uuid, f.field))
        self.table.resizeColumnToContents(COL_RECORD)
        self.table.resizeColumnToContents(COL_FIELD)

    # ------------------------------------------------------------------ choices

    def combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, COL_CHOICE)
        assert isinstance(widget, QComboBox)
        return widget

    def choose(self, row: int, choice: str) -> None:
        combo = self.combo(row)
        combo.setCurrentIndex(combo.findData(choice))

    def choose_all(self, choice: str) -> None:
        """Settle every row not settled yet."""
        for row in range(self.table.rowCount()):
            if not self.combo(row).currentData():
                self.choose(row, choice)

    def resolutions(self) -> dict[Key, str]:
        out: dict[Key, str] = {}
        for row, key in enumerate(self.keys):
            value = self.combo(row).currentData()
            if value:
                out[key] = str(value)
        return out

    def unsettled(self) -> int:
        return len(self.keys) - len(self.resolutions())

    def _update_button(self) -> None:
        left = self.unsettled()
        blocked = bool(self._preview.problems)
        self.import_button.setEnabled(not left and not blocked)
        if blocked:
            self.import_button.setToolTip(
                self.tr("The bundle cannot be imported (see the problems).")
            )
        elif left:
            self.import_button.setToolTip(
                self.tr("%n conflicting field(s) still to settle.", "", left)
            )
        else:
            self.import_button.setToolTip(self.tr("Import the bundle with your choices."))

    # ------------------------------------------------------------------ import

    def import_now(self) -> None:
        if not self.import_button.isEnabled():
            return
        try:
            self.result = self._apply(self._preview, self.resolutions())
        except DomainError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self.accept()
