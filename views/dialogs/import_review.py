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
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.errors import DomainError
from app.importers.concluding_observations import ConcludingObservations, ParagraphKind
from app.services.review_import import ImportOutcome, ReviewImport, ReviewImportService
from views.dialogs._import_common import ImportDialog, table_item
from views.dialogs.import_decision import read_date
from views.i18n import QT_TRANSLATE_NOOP

COL_NUMBER, COL_SECTION, COL_THEME, COL_KIND, COL_ARTICLES, COL_FOLLOW_UP, COL_TEXT = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("ImportReviewDialog", "No."),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Section"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Theme"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Kind"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Articles"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Follow-up"),
    QT_TRANSLATE_NOOP("ImportReviewDialog", "Text"),
)
"""The paragraphs table's headings, in English (translated when shown)."""
HEADER_FIELDS: tuple[tuple[str, str], ...] = (
    ("symbol", QT_TRANSLATE_NOOP("ImportReviewDialog", "Symbol")),
    ("body", QT_TRANSLATE_NOOP("ImportReviewDialog", "Committee")),
    ("state", QT_TRANSLATE_NOOP("ImportReviewDialog", "State")),
    ("session", QT_TRANSLATE_NOOP("ImportReviewDialog", "Session")),
    ("adopted", QT_TRANSLATE_NOOP("ImportReviewDialog", "Adopted")),
    ("follow_up_deadline", QT_TRANSLATE_NOOP("ImportReviewDialog", "Follow-up deadline")),
    ("next_loi_year", QT_TRANSLATE_NOOP("ImportReviewDialog", "Next list of issues (year)")),
    ("next_dialogue_year", QT_TRANSLATE_NOOP("ImportReviewDialog", "Next dialogue (year)")),
)
"""The header's fields: name and label, in English (translated when shown)."""
KIND_WORDS = {
    ParagraphKind.CONCERN: QT_TRANSLATE_NOOP("ImportReviewDialog", "Concern"),
    ParagraphKind.RECOMMENDATION: QT_TRANSLATE_NOOP("ImportReviewDialog", "Recommendation"),
    ParagraphKind.OTHER: QT_TRANSLATE_NOOP("ImportReviewDialog", "Other"),
}
"""The kinds of paragraph as the combo boxes show them (translated when shown)."""


def kind_text(kind: ParagraphKind) -> str:
    word = KIND_WORDS.get(kind)
    return QCoreApplication.translate("ImportReviewDialog", word) if word else kind.label


def _year(text: str, label: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not re.fullmatch(r"(19|20)\d\d", text):
        raise DomainError(
            QCoreApplication.translate(
                "ImportReviewDialog", "{label}: “{text}” is not a year such as 2031."
            ).format(label=label, text=text),
            field=label,
        )
    return int(text)


class ImportReviewDialog(ImportDialog):
    """Preview concluding observations, correct them, import them (or cancel: nothing saved)."""

    def __init__(
        self,
        *,
        review_import: ReviewImportService,
        path: str | Path,
        on_imported: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(path=path, on_imported=on_imported, parent=parent)
        self.setObjectName("importReviewDialog")
        self.setWindowTitle(
            self.tr("Import concluding observations — {file}").format(file=self._path.name)
        )
        self._service = review_import
        self.result: ReviewImport | None = None
        self.outcome: ImportOutcome | None = None

        self.fields: dict[str, QLineEdit] = {}
        header = QWidget(self)
        form_left, form_right = QFormLayout(), QFormLayout()
        for n, (name, english) in enumerate(HEADER_FIELDS):
            label = QCoreApplication.translate("ImportReviewDialog", english)
            edit = QLineEdit(header)
            edit.setAccessibleName(label)
            self.fields[name] = edit
            (form_left if n < 4 else form_right).addRow(
                self.tr("{label}:").format(label=label), edit
            )
        # The dates are read back in English or as 2028-07-18 (read_date): the examples are data.
        self.fields["adopted"].setPlaceholderText(
            self.tr("e.g. {example} or {iso}").format(example="18 July 2025", iso="2025-07-18")
        )
        self.fields["follow_up_deadline"].setPlaceholderText(
            self.tr("e.g. {example} or {iso}").format(example="18 July 2028", iso="2028-07-18")
        )
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(0, 0, 0, 0)
        header_layout.addLayout(form_left, 1)
        header_layout.addLayout(form_right, 1)

        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ImportReviewDialog", h) for h in HEADERS]
        )
        self.table.setAccessibleName(self.tr("Paragraphs"))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.lay_out((header, 0), (self.table, 1))
        self._analyse()

    # ------------------------------------------------------------------ reading

    def _analyse(self) -> None:
        service, path = self._service, self._path
        self.start_reading(lambda _progress: service.analyse(path))

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
        self.show_warnings(result.warnings)
        recs = len(result.recommendations)
        if result.existing_review_id is not None:
            what = self.tr(
                "The review {symbol} is already recorded: Import updates it "
                "({assessments} assessments kept)."
            ).format(symbol=doc.symbol, assessments=result.existing_assessments)
        else:
            what = self.tr("Import creates a new review.")
        follow_up = ", ".join(map(str, doc.follow_up_paragraphs)) or self.tr("none")
        self.status.setText(
            self.tr(
                "<b>{file}</b>: {paragraphs} paragraphs, {recommendations} "
                "recommendations, follow-up paragraphs {follow_up}. {what} "
                "Nothing is saved until you press Import."
            ).format(
                file=self._path.name,
                paragraphs=len(doc.paragraphs),
                recommendations=recs,
                follow_up=follow_up,
                what=what,
            )
        )
        self.import_button.setEnabled(True)

    def _fill_table(self, doc: ConcludingObservations) -> None:
        table = self.table
        table.setRowCount(len(doc.paragraphs))
        for r, p in enumerate(doc.paragraphs):
            table.setItem(r, COL_NUMBER, table_item(str(p.number)))
            table.setItem(r, COL_SECTION, table_item(p.section or "", tooltip=p.section_title))
            table.setItem(r, COL_THEME, table_item(p.theme))
            kind = QComboBox(table)
            kind.setAccessibleName(self.tr("Kind of paragraph {number}").format(number=p.number))
            for k in ParagraphKind:
                kind.addItem(kind_text(k), k.value)
            kind.setCurrentIndex(kind.findData(p.kind.value))
            table.setCellWidget(r, COL_KIND, kind)
            table.setItem(r, COL_ARTICLES, table_item(", ".join(p.articles)))
            flag = QTableWidgetItem()
            flag.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            flag.setCheckState(Qt.CheckState.Checked if p.follow_up else Qt.CheckState.Unchecked)
            flag.setToolTip(self.tr("Named in the follow-up paragraph"))
            table.setItem(r, COL_FOLLOW_UP, flag)
            table.setItem(r, COL_TEXT, table_item(p.lead.replace("\n", " "), tooltip=p.text))
        header = table.horizontalHeader()
        for column in (COL_NUMBER, COL_SECTION, COL_KIND, COL_ARTICLES, COL_FOLLOW_UP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnWidth(COL_THEME, 280)

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
            raise DomainError(self.tr("The file has not been read yet."))
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
            next_loi_year=_year(text["next_loi_year"], self.tr("Next list of issues")),
            next_dialogue_year=_year(text["next_dialogue_year"], self.tr("Next dialogue")),
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

        self.start_import(work)

    def _imported(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        self.show_warnings(outcome.warnings)
        self.show_done(outcome.sentence(), outcome.review.id)


__all__ = ["ImportReviewDialog"]
