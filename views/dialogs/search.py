"""Search everything (Ctrl+K): type, move with Up/Down, Enter opens the record.

The text stays in the search box while Up and Down move through the results (headings
are skipped), so a lawyer can search and open a record without leaving the keyboard:
Ctrl+K, type, Down, Enter. Escape closes.

Search as you type never blocks the window: after a pause of SEARCH_DELAY_MS in typing, the
query runs on a worker thread (views/workers.py) and its results are shown only if the text
has not changed since (older answers are dropped). Up, Down and Enter with a search still
pending run it at once, so the keyboard always acts on the results of what is typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.services.search import SearchHit, SearchResults
from views.dialogs.record_editor import bring_to_front
from views.qtmodels.search_model import DETAIL_ROLE, HEADING_ROLE, SearchResultsModel
from views.widgets import MUTED_TEXT
from views.workers import Job, run_in_background

if TYPE_CHECKING:
    from app.services.search import SearchService

SEARCH_DELAY_MS = 150
LIMIT = 8


class HitDelegate(QStyledItemDelegate):
    """A hit on two lines (title, then details in grey); a heading in small capitals."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = option.fontMetrics.height()
        if index.data(HEADING_ROLE):
            return QSize(200, height + 12)
        return QSize(200, height * 2 + 12)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(rect, palette.highlight())
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        metrics = option.fontMetrics
        inner = rect.adjusted(12, 6, -12, -6)
        if index.data(HEADING_ROLE):
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(max(font.pointSizeF() - 1, 6))
            painter.setFont(font)
            painter.setPen(palette.placeholderText().color() if not selected else text_colour)
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter, str(index.data()).upper())
            painter.restore()
            return
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(
            inner.adjusted(0, 0, 0, -metrics.height()), Qt.AlignmentFlag.AlignLeft, title
        )
        painter.setFont(option.font)
        if not selected:
            painter.setPen(palette.placeholderText().color())
        detail = metrics.elidedText(
            str(index.data(DETAIL_ROLE) or ""), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            inner.adjusted(0, metrics.height(), 0, 0), Qt.AlignmentFlag.AlignLeft, detail
        )
        painter.restore()


class SearchDialog(QDialog):
    """A popup over the main window; `on_open(hit)` is called for the hit chosen."""

    def __init__(
        self,
        *,
        search: SearchService,
        on_open: Callable[[SearchHit], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._on_open = on_open
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search cases and people"))
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self.tr(
                "Case reference, title, communication number or symbol; a person's name or "
                "pseudonym"
            )
        )
        self.edit.setAccessibleName(self.tr("Search"))
        self.edit.setClearButtonEnabled(True)
        font = self.edit.font()
        font.setPointSize(font.pointSize() + 2)
        self.edit.setFont(font)
        self.edit.installEventFilter(self)
        self.model = SearchResultsModel(parent=self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(False)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.status = QLabel(self)
        self.status.setStyleSheet(f"color: {MUTED_TEXT};")
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search_in_background)
        self.edit.textChanged.connect(self.timer.start)
        self._generation = 0  # bumped by every search started; older answers are dropped
        self._shown_text: str | None = None  # the text whose results are shown
        self.job: Job | None = None
        self.resize(720, 460)
        self._set_status("")

    # ---- searching

    def run_search(self) -> None:
        """Search now, on the GUI thread (Up, Down or Enter with a search pending)."""
        self.timer.stop()
        self._generation += 1
        text = self.edit.text()
        try:
            results = self._search.ranked(text, limit=LIMIT)
        except DomainError as exc:
            self._show_failure(str(exc))
            return
        self._show(text, results)

    def search_in_background(self) -> None:
        """Search what is typed on a worker thread; the answer is shown if still current."""
        self.timer.stop()
        self._generation += 1
        generation, text = self._generation, self.edit.text()
        if not text.strip():
            self._show(text, None)
            return
        search = self._search

        def done(results: object) -> None:
            if generation == self._generation and isinstance(results, SearchResults):
                self._show(text, results)

        def failed(message: str) -> None:
            if generation == self._generation:
                self._show_failure(message)

        self.job = run_in_background(
            lambda _progress: search.ranked(text, limit=LIMIT),
            on_finished=done,
            on_failed=failed,
            on_crashed=failed,
        )

    def search_pending(self) -> bool:
        """True while the results shown are not those of the text typed."""
        return self.timer.isActive() or self._shown_text != self.edit.text()

    def _show_failure(self, message: str) -> None:
        self._shown_text = self.edit.text()
        self.model.set_results(None)
        self.status.setText(message)

    def _show(self, text: str, results: SearchResults | None) -> None:
        self._shown_text = text
        self.model.set_results(results)
        rows = self.model.hit_rows()
        if rows:
            self.results.setCurrentIndex(self.model.index(rows[0]))
        if not text.strip():
            self._set_status("")
        elif not rows:
            self._set_status(self.tr("Nothing matches “{text}”.").format(text=text.strip()))
        else:
            self._set_status(
                self.tr(
                    "Up and Down choose, Enter opens, Escape closes. Every word typed must match."
                )
            )

    def _set_status(self, text: str) -> None:
        self.status.setText(
            text
            or self.tr(
                "Type a reference (KZ-CCPR-2137), a number (2137/2012), a symbol, a title, or "
                "a person's name or pseudonym, in any script."
            )
        )

    def current_hit(self) -> SearchHit | None:
        index = self.results.currentIndex()
        return self.model.hit(index.row()) if index.isValid() else None

    # ---- keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                if self.search_pending():
                    self.run_search()
                step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) else -1
                self.step(step * (5 if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) else 1))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.search_pending():
                    self.run_search()
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def step(self, step: int) -> None:
        """Move the choice `step` hits down (negative: up), skipping headings."""
        rows = self.model.hit_rows()
        if not rows:
            return
        current = self.results.currentIndex().row()
        if current not in rows:
            target = rows[0] if step > 0 else rows[-1]
        else:
            position = rows.index(current) + step
            target = rows[max(0, min(len(rows) - 1, position))]
        index = self.model.index(target)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)

    def open_current(self) -> None:
        hit = self.current_hit()
        if hit is None:
            return
        self.accept()
        self._on_open(hit)

    def _open_index(self, index: QModelIndex) -> None:
        if self.model.hit(index.row()) is not None:
            self.results.setCurrentIndex(index)
            self.open_current()

    def start(self, text: str = "") -> None:
        """Show the dialog with the box focused (and the last text selected)."""
        if text:
            self.edit.setText(text)
        self.edit.selectAll()
        bring_to_front(self)
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.edit.text():
            self.run_search()
