"""Generated documents and attachments (none yet: document generation comes later)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from views.i18n import QT_TRANSLATE_NOOP
from views.pages.base import ListPage
from views.qtmodels.records import DocumentsModel


class DocumentsPage(ListPage):
    title = QT_TRANSLATE_NOOP("Page", "Documents")
    empty_text = QT_TRANSLATE_NOOP(
        "Page", "Generated documents and attachments will be listed here."
    )

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(
            model=DocumentsModel(),
            subtitle=QCoreApplication.translate(
                "DocumentsPage",
                "Follow-up letters, shadow-report sections and status summaries written from "
                "the record, and the files attached to cases and reviews.",
            ),
            samples=(
                "Follow-up letter — Toregozhina v. Kazakhstan",
                "Follow-up letter",
                "Language",
                "Redacted",
                "22 Nov 2026",
                "Created by",
            ),
            stretch=0,
            parent=parent,
        )

    def refresh(self) -> None:
        self.set_items([])
