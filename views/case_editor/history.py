"""Tab 10, History: who changed what in the case, when: the case record and its parties (and
their people), articles, proceedings, remedies, implementation statuses, follow-up,
deadlines and documents, from the audit trail (AuditService.case_history), newest first."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from app.services.audit import CaseHistoryEntryDTO, FieldChangeDTO
from app.services.dto import CaseDTO
from app.vocab import AuditAction, Vocabulary
from views.case_editor.base import EditorHost, EditorTab, Getter, note
from views.case_editor.fields import Merge
from views.i18n import QT_TRANSLATE_NOOP, format_date, format_number, tr_vocab
from views.qtmodels.table_model import Column, ListTableModel, short_date
from views.widgets import read_only_table
from views.workers import run_in_background

HISTORY_LIMIT = 1000
CONTEXT = "HistoryTab"
MAX_VALUE_CHARS = 2000
"""A long text (notes, a remedy's wording) is cut in the detail pane past this many characters."""

#: What kind of record each table holds, in words (translated when shown).
RECORD_KINDS: dict[str, str] = {
    "cases": QT_TRANSLATE_NOOP("HistoryTab", "Case"),
    "case_parties": QT_TRANSLATE_NOOP("HistoryTab", "Party"),
    "people": QT_TRANSLATE_NOOP("HistoryTab", "Person"),
    "case_articles": QT_TRANSLATE_NOOP("HistoryTab", "Article"),
    "domestic_proceedings": QT_TRANSLATE_NOOP("HistoryTab", "Domestic proceeding"),
    "remedies": QT_TRANSLATE_NOOP("HistoryTab", "Remedy"),
    "remedy_statuses": QT_TRANSLATE_NOOP("HistoryTab", "Implementation"),
    "followup_events": QT_TRANSLATE_NOOP("HistoryTab", "Follow-up"),
    "followup_grades": QT_TRANSLATE_NOOP("HistoryTab", "Follow-up grade"),
    "deadlines": QT_TRANSLATE_NOOP("HistoryTab", "Deadline"),
    "documents": QT_TRANSLATE_NOOP("HistoryTab", "Document"),
}
ACTIONS: dict[AuditAction, str] = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("HistoryTab", "Added"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("HistoryTab", "Changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("HistoryTab", "Deleted"),
    AuditAction.EVENT: QT_TRANSLATE_NOOP("HistoryTab", "Event"),
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def when_text(entry: CaseHistoryEntryDTO) -> str:
    local = entry.at.astimezone()
    return f"{short_date(local.date())} {local:%H:%M}"


def record_text(entry: CaseHistoryEntryDTO) -> str:
    """The record in words: "Implementation: Compensation — Bobur Tursunov"."""
    kind = RECORD_KINDS.get(entry.table_name)
    words = [tr_vocab(entry.record_vocab)] if entry.record_vocab is not None else []
    if entry.record_id is None and entry.rows > 1:
        words.append(QCoreApplication.translate("HistoryTab", "%n victims at once", "", entry.rows))
    elif entry.record_name:
        words.append(entry.record_name)
    what = " — ".join(w for w in words if w)
    if kind is None:
        return what or entry.table_name
    return f"{_tr(kind)}: {what}" if what else _tr(kind)


def change_text(entry: CaseHistoryEntryDTO) -> str:
    """The change in a few words: "Changed: status, amount"."""
    if entry.action is AuditAction.EVENT:
        return entry.summary
    action = _tr(ACTIONS.get(entry.action, entry.action.value))
    if entry.action is not AuditAction.UPDATE and entry.record_id is not None:
        return action
    labels = [field_label(c) for c in entry.changes[:6]]
    if len(entry.changes) > 6:
        labels.append("…")
    return f"{action}: {', '.join(labels)}" if labels else action


def field_label(change: FieldChangeDTO) -> str:
    # Field labels come from the schema ("Status", "Due date"); a translation may list them
    # in the "field" context.
    return QCoreApplication.translate("field", change.label)


def value_text(value: object, field: str = "") -> str:
    """A recorded value for a reader: vocabulary labels translated, dates and numbers in the
    user's locale, texts quoted, "(empty)" for nothing."""
    if field == "amount" and isinstance(value, str):
        try:
            return format_number(float(value), 2)
        except ValueError:
            pass
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("HistoryTab", "(empty)")
    if isinstance(value, Vocabulary):
        return tr_vocab(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("HistoryTab", "yes")
            if value
            else QCoreApplication.translate("HistoryTab", "no")
        )
    if isinstance(value, int | float):
        return format_number(value)
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    text = str(value)
    if ISO_DATE.match(text):
        try:
            return format_date(date.fromisoformat(text))
        except ValueError:
            pass
    if len(text) > MAX_VALUE_CHARS:
        text = text[:MAX_VALUE_CHARS] + "…"
    return f"“{text}”"


def changes_text(entry: CaseHistoryEntryDTO) -> str:
    """The detail pane: the record, who and when, then one line per field, old → new."""
    lines = [
        record_text(entry),
        QCoreApplication.translate("HistoryTab", "{action} on {when} by {who}").format(
            action=_tr(ACTIONS.get(entry.action, entry.action.value)),
            when=when_text(entry),
            who=entry.actor,
        ),
        "",
    ]
    if entry.action is AuditAction.EVENT:
        lines.append(entry.summary)
    for change in entry.changes:
        label = field_label(change)
        if entry.action is AuditAction.CREATE or (change.old is None and entry.record_id is None):
            lines.append(f"{label}: {value_text(change.new, change.field)}")
        elif entry.action is AuditAction.DELETE:
            lines.append(f"{label}: {value_text(change.old, change.field)}")
        else:
            old, new = value_text(change.old, change.field), value_text(change.new, change.field)
            lines.append(f"{label}: {old} → {new}")
    return "\n".join(lines)


HISTORY_COLUMNS: tuple[Column[CaseHistoryEntryDTO], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Column", "When"),
        when_text,
        tooltip=lambda e: e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        sort_value=lambda e: e.at,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Who"), lambda e: e.actor),
    Column(QT_TRANSLATE_NOOP("Column", "Record"), record_text, tooltip=record_text),
    Column(QT_TRANSLATE_NOOP("Column", "Change"), change_text, tooltip=change_text),
)


class HistoryTab(EditorTab):
    title = QT_TRANSLATE_NOOP("EditorTab", "History")

    def __init__(self, *, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host=host, parent=parent)
        self.title = QCoreApplication.translate("EditorTab", type(self).title)
        self._case_id: int | None = None
        self._stale = False
        self.reading = False
        """True while the history is being read (off the GUI thread)."""
        self.model: ListTableModel[CaseHistoryEntryDTO] = ListTableModel(
            HISTORY_COLUMNS, parent=self
        )
        self.table = read_only_table(self.model, parent=self)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Changes to the case, newest first"))
        header = self.table.horizontalHeader()
        for column, width in enumerate((130, 110, 330)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Changes of the selected entry"))
        self.table.selectionModel().currentRowChanged.connect(self._show_entry)
        self.explanation = note(
            self.tr(
                "Every change to this case and its records (parties and their people, "
                "remedies, implementation, follow-up, proceedings, deadlines, documents), "
                "newest first: who made it, when, and each field's old and new value."
            ),
            parent=self,
        )
        self.count = note("", parent=self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.explanation)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)

    # The history is read when the tab is first shown, not with the rest of the case: on a
    # case with thousands of victims it is the slowest read, and most openings never look.

    def fetch(self, get: Getter, case_id: int | None) -> int | None:
        return case_id

    def load(self, case: CaseDTO | None, data: Any, *, keep_edits: bool) -> Merge:
        self._case_id = data
        self._stale = True
        self.model.set_items(())
        self.detail.clear()
        self.count.setText(self.tr("Reading the history…") if data is not None else "")
        if self.isVisible():
            self._read()
        return Merge()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._read()

    def _read(self) -> None:
        self._stale = False
        case_id = self._case_id
        if case_id is None:
            self._show(())
            return
        audit = self.host.services.audit
        self.reading = True
        run_in_background(
            lambda _progress: tuple(audit.case_history(case_id, limit=HISTORY_LIMIT)),
            on_finished=lambda entries: self._arrived(case_id, entries),
            on_failed=lambda message: self._arrived(case_id, None, message),
            on_crashed=lambda message: self._arrived(case_id, None, message),
        )

    def _arrived(
        self, case_id: int, entries: tuple[CaseHistoryEntryDTO, ...] | None, problem: str = ""
    ) -> None:
        if case_id != self._case_id or self._stale:
            return  # another case, or a reload since: its own read follows
        self.reading = False
        if entries is None:
            self.count.setText(
                self.tr("The history could not be read: {problem}").format(problem=problem)
            )
            return
        self._show(entries)

    def _show(self, entries: tuple[CaseHistoryEntryDTO, ...]) -> None:
        self.model.set_items(entries)
        if entries:
            self.table.selectRow(0)
            self._show_entry()
        else:
            self.detail.setPlainText(self.tr("No change is recorded for this case yet."))
        if len(entries) >= HISTORY_LIMIT:
            self.count.setText(
                self.tr("The latest {n} changes are shown.").format(n=format_number(len(entries)))
            )
        else:
            n = len(entries)
            self.count.setText(
                self.tr("%n change recorded.", "", n)
                if n == 1
                else self.tr("%n changes recorded.", "", n)
            )

    def _show_entry(self, *_args: object) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.detail.setPlainText(changes_text(self.model.item(index.row())))
