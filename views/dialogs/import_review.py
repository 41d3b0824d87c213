"""File ▸ Import concluding observations…: preview a Committee's concluding observations.

The file is read off the GUI thread (ReviewImportService.analyse). The dialog shows the
header (symbol, Committee, State, session, adoption, follow-up deadline, next cycle), all
editable; the numbered paragraphs with their section, theme, kind (editable), the articles
cited and whether the follow-up paragraph names them (editable); and the warnings. Import
applies it in one transaction (a review with the same symbol is updated, its assessments
kept); nothing is saved before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.importers.concluding_observations import ConcludingObservations, ParagraphKind
from app.services.review_import import ImportOutcome, ReviewImport, ReviewImportService
from views.dialogs.import_decision import ERROR_STYLE, WARNING_STYLE, read_date
from views.workers import run_in_background

COL_NUMBER, COL_SECTION, COL_THEME, COL_KIND, COL_ARTICLES, COL_FOLLOW_UP, COL_TEXT = range(7)
HEADERS = ("No.", "Section", "Theme", "Kind", "Articles", "Follow-up", "Text")
HEADER_FIELDS: tuple[tuple[str, str], ...] = (
    ("symbol", "Symbol"),
    ("body", "Committee"),
    ("state", "State"),
    ("session", "Session"),
    ("adopted", "Adopted"),
    ("follow_up_deadline", "Follow-up deadline"),
    ("next_loi_year", "Next list of issues (year)"),
    ("next_dialogue_year", "Next dialogue (year)"),
)


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(tooltip or text)
    return item


def _year(text: str, label: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not re.fullmatch(r"(19|20)\d\d", text):
        raise DomainError(f"{label}: “{text}” is not a year such as 2031.", field=label)
    return int(text)


class ImportReviewDialog(QDialog):
    """Preview concluding observations, correct them, import them (or cancel: nothing saved)."""

    def __init__(
        self,
        *,
        review_import: ReviewImportService,
        path: str | Path,
        on_imported: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importReviewDialog")
        self.setWindowTitle(f"Import concluding observations — {Path(path).name}")
        self._service = review_import
        self._path = Path(path)
        self._on_imported = on_imported
        self.result: ReviewImport | None = None
        self.outcome: ImportOutcome | None = None
        self.busy = False

        self.status = QLabel(f"Reading {self._path.name}…", self)
        self.status.setWordWrap(True)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setObjectName("importMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.fields: dict[str, QLineEdit] = {}
        header = QWidget(self)
        form_left, form_right = QFormLayout(), QFormLayout()
        for n, (name, label) in enumerate(HEADER_FIELDS):
            edit = QLineEdit(header)
            edit.setAccessibleName(label)
            self.fields[name] = edit
            (form_left if n < 4 else form_right).addRow(f"{label}:", edit)
        self.fields["adopted"].setPlaceholderText("e.g. 18 July 2025")
        self.fields["follow_up_deadline"].setPlaceholderText("e.g. 18 July 2028")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(0, 0, 0, 0)
        header_layout.addLayout(form_left, 1)
        header_layout.addLayout(form_right, 1)

        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        self.table.setAccessibleName("Paragraphs")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.warnings = QLabel("", self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.hide()

        self.import_button = QPushButton("&Import", self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1100, 760)
        self._analyse()

    # ------------------------------------------------------------------ reading

    def _analyse(self) -> None:
        service, path = self._service, self._path
        self.busy = True
        run_in_background(
            lambda _progress: service.analyse(path),
            on_finished=self._analysed,
            on_failed=self._failed,
            on_crashed=self._crashed,
        )

    def _analysed(self, result: ReviewImport) -> None:
        self.busy = False
        self.result = result
        doc = result.document
        values = {
            "symbol": doc.symbol or "",
            "body": doc.body or "",
            "state": doc.state or "",
            "session": doc.session or "",
            "adopted": f"{doc.adopted:%d %B %Y}".lstrip("0") if doc.adopted else "",
            "follow_up_deadline": (
                f"{doc.follow_up_deadline:%d %B %Y}".lstrip("0") if doc.follow_up_deadline else ""
            ),
            "next_loi_year": str(doc.next_loi_year or ""),
            "next_dialogue_year": str(doc.next_dialogue_year or ""),
        }
        for name, value in values.items():
            self.fields[name].setText(value)
        self._fill_table(doc)
        self._show_warnings(result.warnings)
        recs = len(result.recommendations)
        if result.existing_review_id is not None:
            what = (
                f"The review {doc.symbol} is already recorded: Import updates it "
                f"({result.existing_assessments} assessments kept)."
            )
        else:
            what = "Import creates a new review."
        self.status.setText(
            f"<b>{self._path.name}</b>: {len(doc.paragraphs)} paragraphs, {recs} "
            f"recommendations, follow-up paragraphs "
            f"{', '.join(map(str, doc.follow_up_paragraphs)) or 'none'}. {what} "
            "Nothing is saved until you press Import."
        )
        self.import_button.setEnabled(True)

    def _fill_table(self, doc: ConcludingObservations) -> None:
        table = self.table
        table.setRowCount(len(doc.paragraphs))
        for r, p in enumerate(doc.paragraphs):
            table.setItem(r, COL_NUMBER, _item(str(p.number)))
            table.setItem(r, COL_SECTION, _item(p.section or "", p.section_title))
            table.setItem(r, COL_THEME, _item(p.theme))
            kind = QComboBox(table)
            kind.setAccessibleName(f"Kind of paragraph {p.number}")
            for k in ParagraphKind:
                kind.addItem(k.label, k.value)
            kind.setCurrentIndex(kind.findData(p.kind.value))
            table.setCellWidget(r, COL_KIND, kind)
            table.setItem(r, COL_ARTICLES, _item(", ".join(p.articles)))
            flag = QTableWidgetItem()
            flag.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            flag.setCheckState(Qt.CheckState.Checked if p.follow_up else Qt.CheckState.Unchecked)
            flag.setToolTip("Named in the follow-up paragraph")
            table.setItem(r, COL_FOLLOW_UP, flag)
            table.setItem(r, COL_TEXT, _item(p.lead.replace("\n", " "), p.text))
        header = table.horizontalHeader()
        for column in (COL_NUMBER, COL_SECTION, COL_KIND, COL_ARTICLES, COL_FOLLOW_UP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnWidth(COL_THEME, 280)

    def _show_warnings(self, warnings: Sequence[str]) -> None:
        self.warnings.setText("\n".join(f"• {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def _failed(self, message: str) -> None:
        self.busy = False
        self.status.setText(f"<b>{self._path.name}</b> could not be imported. Nothing was saved.")
        self.show_message(message)

    def _crashed(self, trace: str) -> None:
        self.busy = False
        self.show_message(
            "Something went wrong inside TreatyDesk (this is a bug, not a problem with your "
            "file). Nothing was saved.\n\n" + trace.strip().splitlines()[-1]
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ editing

    def follow_up_rows(self) -> list[int]:
        """The paragraph numbers ticked for follow-up."""
        if self.result is None:
            return []
        return [
            p.number
            for r, p in enumerate(self.result.document.paragraphs)
            if self.table.item(r, COL_FOLLOW_UP).checkState() == Qt.CheckState.Checked
        ]

    def edited_document(self) -> ConcludingObservations:
        """The document with the user's corrections (DomainError for a value not understood)."""
        if self.result is None:
            raise DomainError("The file has not been read yet.")
        doc = self.result.document
        text = {name: edit.text().strip() for name, edit in self.fields.items()}
        adopted = read_date(text["adopted"]) if text["adopted"] else None
        deadline = read_date(text["follow_up_deadline"]) if text["follow_up_deadline"] else None
        follow = set(self.follow_up_rows())
        paragraphs = []
        for r, p in enumerate(doc.paragraphs):
            combo = self.table.cellWidget(r, COL_KIND)
            kind = ParagraphKind(combo.currentData()) if isinstance(combo, QComboBox) else p.kind
            flagged = p.number in follow
            changes: dict[str, Any] = {}
            if kind is not p.kind:
                changes["kind"] = kind
            if flagged != p.follow_up:
                changes["follow_up"] = flagged
                if not flagged:
                    changes["follow_up_items"] = ()
            paragraphs.append(replace(p, **changes) if changes else p)
        return replace(
            doc,
            symbol=text["symbol"] or None,
            body=text["body"].upper() or None,
            state=text["state"] or None,
            session=text["session"] or None,
            adopted=adopted,
            follow_up_deadline=deadline,
            follow_up_paragraphs=tuple(sorted(follow)),
            next_loi_year=_year(text["next_loi_year"], "Next list of issues"),
            next_dialogue_year=_year(text["next_dialogue_year"], "Next dialogue"),
            paragraphs=tuple(paragraphs),
        )

    # ------------------------------------------------------------------ importing

    def import_now(self) -> None:
        if self.result is None or self.busy:
            return
        self.show_message("")
        try:
            document = self.edited_document()
        except DomainError as exc:
            self.show_message(str(exc))
            return
        service, result = self._service, self.result

        def work(_progress: Callable[[int, str], None]) -> ImportOutcome:
            revised = service.revise(result, document) if document != result.document else result
            return service.apply(revised)

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

    def _imported(self, outcome: ImportOutcome) -> None:
        self.busy = False
        self.outcome = outcome
        self.status.setText(f"<b>Done.</b> {outcome.sentence()}")
        self._show_warnings(outcome.warnings)
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        if self._on_imported is not None:
            self._on_imported(outcome.review.id)


__all__ = ["ImportReviewDialog"]
