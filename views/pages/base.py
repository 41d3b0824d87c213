"""What every page of the main window offers: a title, `refresh()`, and maybe a filter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from views.i18n import QT_TRANSLATE_NOOP
from views.qtmodels.table_model import ListTableModel
from views.widgets import MUTED_TEXT, heading, muted, read_only_table, size_columns

FILTER_DELAY_MS = 250
"""Typing in a filter re-queries after this pause (Enter re-queries at once)."""


#: The translation context of the pages' `title` and `empty_text` (marked with
#: ``QT_TRANSLATE_NOOP(PAGE_CONTEXT, "…")`` where they are declared, translated when shown).
PAGE_CONTEXT = "Page"


class Page(QWidget):
    """A page of the main window. `refresh()` reloads it from the services."""

    title = ""
    """English source text, marked with QT_TRANSLATE_NOOP("Page", …); see `shown_title()`."""

    def shown_title(self) -> str:
        """The title in the interface language."""
        return QCoreApplication.translate(PAGE_CONTEXT, self.title) if self.title else ""

    def refresh(self) -> None:
        raise NotImplementedError

    def focus_filter(self) -> bool:
        """Put the cursor in the page's filter, if it has one; True if it did."""
        return False


class FilterEdit(QLineEdit):
    """A search box that reports its text after a short pause, or at once on Enter."""

    def __init__(self, placeholder: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Filter"))
        self.setMinimumWidth(200)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self.textChanged.connect(self.timer.start)
        self.returnPressed.connect(self._now)

    def _now(self) -> None:
        self.timer.stop()
        self.timer.timeout.emit()


class ListPage(Page):
    """A heading, an explanation, a read-only table, and a message when the table is empty."""

    empty_text = QT_TRANSLATE_NOOP("Page", "Nothing recorded yet.")

    def __init__(
        self,
        *,
        model: ListTableModel,
        subtitle: str,
        samples: Sequence[str],
        stretch: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.subtitle = muted(subtitle, parent=self)
        self.table: QTableView = read_only_table(model, parent=self)
        size_columns(self.table, samples, stretch=stretch)
        # The empty-state message sits in the table's white area, under the headings.
        self.empty_label = QLabel(
            QCoreApplication.translate(PAGE_CONTEXT, self.empty_text), self.table.viewport()
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setStyleSheet(f"color: {MUTED_TEXT}; font-size: 11pt;")
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.table.viewport().installEventFilter(self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.addWidget(heading(self.shown_title(), parent=self))
        self.layout_.addWidget(self.subtitle)
        self.header_row = QVBoxLayout()
        self.layout_.addLayout(self.header_row)
        self.layout_.addWidget(self.table, 1)
        self.empty_label.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_label.setGeometry(self.table.viewport().rect().adjusted(24, 24, -24, -24))
        return super().eventFilter(watched, event)

    def set_items(self, items: Sequence[object]) -> None:
        self.model.set_items(items)
        self.empty_label.setVisible(not items)
