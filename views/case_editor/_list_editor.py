"""What the list + editor tabs share (Parties, Domestic proceedings, Follow-up).

Each of those tabs is a RecordList (a table of records above or beside the form of the
one selected) under a line of explanation or a summary (`RecordsTab`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

from views.case_editor.base import EditorTab, RecordList
from views.case_editor.fields import Form
from views.qtmodels.table_model import Column

T = TypeVar("T")


def localized_columns(columns: Sequence[Column[T]]) -> tuple[Column[T], ...]:
    """The columns in the ``"CaseEditorColumns"`` translation context.

    For column lists whose titles and heading tips are marked with
    ``QT_TRANSLATE_NOOP("CaseEditorColumns", …)``; the table model translates them when the
    header is shown (`Column.context`). Columns marked in the default ``"Column"`` context
    need no call.
    """
    return tuple(replace(column, context="CaseEditorColumns") for column in columns)


class RecordsTab(EditorTab):
    """A tab whose content is one RecordList (`self.records`) editing through `self.form`."""

    records: RecordList[Any]
    form: Form

    def lay_out(self, top: QWidget, *, widths: Sequence[int], sizes: Sequence[int]) -> None:
        """`top` (an explanation or a summary) above the list; the columns' widths and
        the splitter's sizes; the form's changes reported as the tab's."""
        header = self.records.table.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self.records.splitter.setSizes(list(sizes))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(top)
        layout.addWidget(self.records, 1)
        self.form.changed.connect(self.changed)

    # ---- EditorTab

    def records_dirty(self) -> bool:
        return self.records.is_dirty()

    def unsaved(self) -> list[str]:
        return self.records.unsaved()

    def save_pending(self) -> bool:
        return self.records.save_all()

    def clear_errors(self) -> None:
        self.records.problem.clear_message()
        self.form.clear_errors()
