"""Tab 9, Documents: the documents generated for the case and the files attached to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.errors import DomainError
from app.services.dto import CaseDTO, DocumentDTO
from views.case_editor.base import EditorHost, EditorTab, Getter, button, note
from views.case_editor.fields import ErrorLabel, Merge
from views.qtmodels.records import DocumentsModel
from views.widgets import read_only_table


class DocumentsTab(EditorTab):
    title = "Documents"

    def __init__(
        self,
        *,
        host: EditorHost,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(host=host, parent=parent)
        self.open_url = open_url
        self.model = DocumentsModel(parent=self)
        self.table = read_only_table(self.model, parent=self)
        self.table.setTabKeyNavigation(False)
        self.table.activated.connect(lambda _index: self.open_selected())
        header = self.table.horizontalHeader()
        for column, width in enumerate((320, 150, 80, 80, 100)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.open_button = button("&Open", self.open_selected, tip="Open the file (Enter)")
        self.verify_button = button(
            "&Verify",
            self.verify_selected,
            tip="Check that the file is unchanged since it was registered",
        )
        self.add_button = button("&Add file…", lambda: None)
        self.add_button.setEnabled(False)
        self.add_button.setToolTip(
            "Attaching a file needs the documents service to register attachments "
            "(not available in this version): generate documents from the Documents page."
        )
        self.explanation = note(
            "Documents generated for this case (letters, status summaries) with the "
            "fingerprint (sha256) recorded when they were written.",
            parent=self,
        )
        self.result = note("", parent=self)
        self.problem = ErrorLabel(parent=self)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.verify_button)
        row.addWidget(self.add_button)
        row.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(row)

    def fetch(self, get: Getter, case_id: int | None) -> tuple[DocumentDTO, ...]:
        if case_id is None:
            return ()
        return tuple(self.host.services.documents.list(case_id=case_id))

    def load(self, case: CaseDTO | None, data: Any, *, keep_edits: bool) -> Merge:
        documents = tuple(data or ())
        self.model.set_items(documents)
        if not documents:
            self.result.setText(
                "No document has been generated for this case yet (Documents page, "
                "or `treatydesk generate`)."
            )
        else:
            self.result.setText(f"{len(documents)} document{'s' if len(documents) != 1 else ''}.")
        enabled = bool(documents)
        self.open_button.setEnabled(enabled)
        self.verify_button.setEnabled(enabled)
        return Merge()

    def selected(self) -> DocumentDTO | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.item(index.row())

    def open_selected(self) -> None:
        document = self.selected()
        if document is None:
            return
        self.problem.clear_message()
        try:
            path = self.host.services.documents.path_of(document.id)
        except (DomainError, OSError) as error:
            self.problem.show_message(f"The file cannot be opened: {error}")
            return
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self.problem.show_message(f"No program on this computer opens {path.name}.")

    def verify_selected(self) -> None:
        document = self.selected()
        if document is None:
            return
        self.problem.clear_message()
        try:
            intact = self.host.services.documents.verify(document.id)
        except (DomainError, OSError) as error:
            self.problem.show_message(f"The file could not be checked: {error}")
            return
        if intact:
            self.result.setText(f"“{document.title}” is intact: its content is as registered.")
        else:
            self.problem.show_message(
                f"“{document.title}” is missing or was changed after it was registered "
                "(its fingerprint no longer matches). Regenerate it, or restore it from a backup."
            )
