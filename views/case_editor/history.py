"""Tab 10, History: who changed the case record, when, and what (from the audit trail)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from app.services.audit import AuditEntryDTO
from app.services.dto import CaseDTO
from views.case_editor.base import EditorHost, EditorTab, Getter, note
from views.case_editor.fields import Merge
from views.qtmodels.table_model import Column, ListTableModel
from views.widgets import read_only_table

HISTORY_LIMIT = 500


def _value(value: object) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, str):
        return f"“{value}”"
    return json.dumps(value, ensure_ascii=False)


def changes_text(entry: AuditEntryDTO) -> str:
    lines = [f"{entry.summary}", f"{entry.at.astimezone():%d %b %Y %H:%M} by {entry.actor}", ""]
    for change in entry.changes:
        if change.old is None and entry.action.value == "create":
            lines.append(f"{change.label}: {_value(change.new)}")
        else:
            lines.append(f"{change.label}: {_value(change.old)} → {_value(change.new)}")
    return "\n".join(lines)


HISTORY_COLUMNS: tuple[Column[AuditEntryDTO], ...] = (
    Column("When", lambda e: f"{e.at.astimezone():%d %b %Y %H:%M}"),
    Column("Who", lambda e: e.actor),
    Column("What", lambda e: e.summary, tooltip=lambda e: e.summary),
    Column(
        "Fields",
        lambda e: ", ".join(c.label for c in e.changes[:6]) + ("…" if len(e.changes) > 6 else ""),
    ),
)


class HistoryTab(EditorTab):
    title = "History"

    def __init__(self, *, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host=host, parent=parent)
        self.model: ListTableModel[AuditEntryDTO] = ListTableModel(HISTORY_COLUMNS, parent=self)
        self.table = read_only_table(self.model, parent=self)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((130, 110, 300)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName("Changes of the selected entry")
        self.table.selectionModel().currentRowChanged.connect(self._show_entry)
        self.explanation = note(
            "Changes to this case's record, newest first, from the audit trail. Changes to its "
            "parties, remedies and statuses are in the audit trail of those records.",
            parent=self,
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.explanation)
        layout.addWidget(splitter, 1)

    def fetch(self, get: Getter, case_id: int | None) -> tuple[AuditEntryDTO, ...]:
        if case_id is None:
            return ()
        return tuple(self.host.services.audit.history("cases", case_id, limit=HISTORY_LIMIT))

    def load(self, case: CaseDTO | None, data: Any, *, keep_edits: bool) -> Merge:
        entries = tuple(data or ())
        self.model.set_items(entries)
        if entries:
            self.table.selectRow(0)
            self._show_entry()
        else:
            self.detail.setPlainText("No change is recorded for this case yet.")
        return Merge()

    def _show_entry(self, *_args: object) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.detail.setPlainText(changes_text(self.model.item(index.row())))
