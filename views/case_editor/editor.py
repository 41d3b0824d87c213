"""The case editor: ten tabs over one case, Save (Ctrl+S) and Revert, nothing typed ever lost.

Loading reads everything in one background job (each tab's `fetch()`), then fills the tabs
on the GUI thread, so that a case with thousands of victims never freezes the window.
Save writes the case record and its articles in one unit of work
(CaseService.save_with_articles), then every record a tab holds unsaved (proceedings,
remedies, statuses, follow-up events, deadlines). A service's DomainError is shown next to
the field it names, in the tab that has it, and the field gets the focus. A ConflictError
(the record changed elsewhere) opens a dialog that keeps the edits and offers to reload the
record and re-apply them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, DomainError
from app.services.dto import CaseDTO, CaseInput
from views.case_editor.base import EditorTab, Getter, ask, start
from views.case_editor.committee import CommitteeTab
from views.case_editor.deadlines import DeadlinesTab
from views.case_editor.decision import DecisionTab
from views.case_editor.dialogs import ConflictDialog, MessageBar, UnsavedChangesBox
from views.case_editor.documents import DocumentsTab
from views.case_editor.fields import Form, Merge
from views.case_editor.followup import FollowUpTab
from views.case_editor.history import HistoryTab
from views.case_editor.implementation import ImplementationTab
from views.case_editor.overview import CASE_FIELDS, OverviewTab, case_values
from views.case_editor.parties import PartiesTab
from views.case_editor.proceedings import ProceedingsTab
from views.i18n import tr_vocab
from views.widgets import heading, muted

if TYPE_CHECKING:
    from app.context import Services

log = logging.getLogger(__name__)

DIRTY_MARK = " •"


class CaseEditor(QWidget):
    """Edit one case (or a new one, `case_id=None`). Emits `saved(case_id)` after each write."""

    saved = Signal(int)
    """Something of the case was written: lists showing it should refresh."""
    loaded = Signal()
    """The tabs show the record (after each load or reload)."""
    title_changed = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(
        self,
        *,
        services: Services,
        case_id: int | None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseEditor")
        self.services = services
        self._case_id = case_id
        self._case: CaseDTO | None = None
        self._generation = 0
        self._applied = 0
        self._loaded_once = False
        self._dirty = False
        self.load_started_at = time.perf_counter()
        self.last_load_ms: float | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.prompt: QMessageBox | None = None

        # Header
        self.heading = heading("", parent=self, size_delta=4)
        self.heading.setWordWrap(True)
        self.subtitle = muted("", parent=self)
        self.busy_label = muted("", parent=self, wrap=False)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save everything changed in this case (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setToolTip(self.tr("Discard unsaved changes and show the case as saved"))
        self.revert_button.clicked.connect(self.revert)
        for b in (self.save_button, self.revert_button):
            b.setAutoDefault(False)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        top.addWidget(self.busy_label)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)
        self.message_bar = MessageBar(parent=self)

        # Tabs
        self.overview = OverviewTab(host=self)
        self.parties = PartiesTab(host=self)
        self.proceedings = ProceedingsTab(host=self)
        self.committee = CommitteeTab(
            host=self, overview=self.overview, go_to_field=self.go_to_field
        )
        self.decision = DecisionTab(host=self, overview=self.overview)
        self.implementation = ImplementationTab(host=self)
        self.followup = FollowUpTab(host=self)
        self.deadlines = DeadlinesTab(host=self)
        self.open_url = open_url
        self.documents = DocumentsTab(host=self, open_url=open_url)
        self.history = HistoryTab(host=self)
        self.tab_pages: tuple[EditorTab, ...] = (
            self.overview,
            self.parties,
            self.proceedings,
            self.committee,
            self.decision,
            self.implementation,
            self.followup,
            self.deadlines,
            self.documents,
            self.history,
        )
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        for number, tab in enumerate(self.tab_pages, start=1):
            self.tabs.addTab(tab, tab.title)
            key = number % 10
            self.tabs.setTabToolTip(number - 1, f"{tab.title} (Alt+{key})")
            shortcut = QShortcut(QKeySequence(f"Alt+{key}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda tab=tab: self.show_tab(tab))
            tab.changed.connect(self._changed)

        # Actions (the window's menus show them too)
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.revert_action = QAction(self.tr("Re&vert to saved"), self)
        self.revert_action.triggered.connect(self.revert)
        self.bulk_action = QAction(self.tr("Set status for se&lection…"), self)
        self.bulk_action.setShortcut(QKeySequence("F2"))
        self.bulk_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.bulk_action.triggered.connect(self._bulk_from_menu)
        for action in (self.save_action, self.revert_action):
            self.addAction(action)
        self.implementation.addAction(self.bulk_action)  # F2 within the Implementation tab
        self.generate_action = QAction(self.tr("&Generate…"), self)
        self.generate_action.setShortcut(QKeySequence("Ctrl+G"))
        self.generate_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.generate_action.setToolTip(
            self.tr("Generate a letter or a status summary of this case")
        )
        self.generate_action.triggered.connect(self.open_generate_dialog)
        self.print_action = QAction(self.tr("&Print status summary"), self)
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.setToolTip(self.tr("Write the one-page status summary (PDF) and open it"))
        self.print_action.triggered.connect(self.print_status_summary)
        for action in (self.generate_action, self.print_action):
            self.addAction(action)
        self.generate_dialog: QWidget | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        self._update_title()
        self.tabs.setEnabled(False)
        self.reload(keep_edits=False)

    # ---- EditorHost

    @property
    def case(self) -> CaseDTO | None:
        return self._case

    @property
    def case_id(self) -> int | None:
        return self._case_id

    def after_change(self) -> None:
        if self._case_id is not None:
            self.saved.emit(self._case_id)
        self.reload(keep_edits=True)

    def show_message(self, text: str, *, level: str = "info") -> None:
        self.message_bar.show_message(text, level)

    def open_conflict(self, what: str, merge: Merge, on_reapply: Callable[[], None]) -> None:
        self.conflict_dialog = ConflictDialog(
            what=what, merge=merge, on_reapply=on_reapply, parent=self
        )
        self.conflict_dialog.open()

    def confirm(self, title: str, text: str, action: str, on_yes: Callable[[], None]) -> None:
        self.prompt = ask(self, title, text, action, on_yes)

    def run(
        self,
        work: Callable[[Callable[[int, str], None]], Any],
        on_done: Callable[[Any], None],
        *,
        busy: str,
        on_progress: Callable[[int, str], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> None:
        self.busy_label.setText(busy)

        def done(result: Any) -> None:
            self.busy_label.setText("")
            on_done(result)

        def failed(message: str) -> None:
            self.busy_label.setText("")
            if on_failed is not None:
                on_failed(message)
            else:
                self.show_message(message, level="error")

        start(
            work,
            on_finished=done,
            on_failed=failed,
            on_crashed=self._crashed,
            on_progress=on_progress,
        )

    # ---- state

    @property
    def loading(self) -> bool:
        """A load or reload is on its way (its result not shown yet)."""
        return self._applied != self._generation

    def is_dirty(self) -> bool:
        return any(tab.is_dirty() for tab in self.tab_pages)

    def unsaved(self) -> list[str]:
        items: list[str] = []
        for tab in self.tab_pages:
            items += tab.unsaved()
        return items

    def case_label(self) -> str:
        if self._case is None:
            return self.tr("the new case")
        return self.tr("case {reference}").format(reference=self._case.reference)

    def show_tab(self, tab: EditorTab) -> None:
        if tab.isEnabled():
            self.tabs.setCurrentWidget(tab)

    def go_to_field(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.overview)
        self.overview.focus_field(name)

    # ---- loading

    def reload(self, *, keep_edits: bool = True) -> None:
        """Read the case again (off the GUI thread); unsaved edits are kept unless told not."""
        self._generation += 1
        generation = self._generation
        case_id = self._case_id
        services = self.services
        tabs = self.tab_pages
        self.load_started_at = time.perf_counter()

        def work(_progress: Callable[[int, str], None]) -> tuple[Any, ...]:
            get = Getter()
            case = get(services.cases.get, case_id) if case_id is not None else None
            data = [tab.fetch(get, case_id) for tab in tabs]
            return generation, keep_edits, case, data

        self.busy_label.setText(
            self.tr("Loading…") if not self._loaded_once else self.tr("Refreshing…")
        )
        start(
            work,
            on_finished=self._apply_load,
            on_failed=self._load_failed,
            on_crashed=self._crashed,
        )

    def _apply_load(self, result: tuple[Any, ...]) -> None:
        generation, keep_edits, case, data = result
        if generation != self._generation:
            return  # a newer load is on its way
        self._applied = generation
        self._case = case
        merge = Merge()
        for tab, tab_data in zip(self.tab_pages, data, strict=True):
            merge += tab.load(case, tab_data, keep_edits=keep_edits and self._loaded_once)
            tab.setEnabled(case is not None or not tab.needs_case)
            index = self.tabs.indexOf(tab)
            self.tabs.setTabEnabled(index, case is not None or not tab.needs_case)
            if case is None and tab.needs_case:
                self.tabs.setTabToolTip(index, self.tr("Save the new case first"))
        self.tabs.setEnabled(True)
        self.busy_label.setText("")
        first = not self._loaded_once
        self._loaded_once = True
        if merge.both:
            self.show_message(
                self.tr(
                    "Changed in the database while you were editing, and by you too: "
                    "{fields}. Your values are kept; check them before saving."
                ).format(fields=", ".join(merge.both_labels)),
                level="warning",
            )
        self._update_title()
        self._changed()
        self.last_load_ms = (time.perf_counter() - self.load_started_at) * 1000
        if first:
            log.info("case editor loaded in %.0f ms", self.last_load_ms)
            if case is None:
                self.overview.reference.focus()
        self.loaded.emit()

    def _load_failed(self, message: str) -> None:
        self._applied = self._generation
        self.busy_label.setText("")
        self.tabs.setEnabled(self._loaded_once)
        self.show_message(
            self.tr("The case could not be read: {reason}").format(reason=message), level="error"
        )

    def _crashed(self, details: str) -> None:
        self._applied = self._generation
        self.busy_label.setText("")
        self.tabs.setEnabled(self._loaded_once)
        log.error("case editor: background work failed:\n%s", details)
        self.show_message(
            self.tr(
                "Something went wrong (a bug, not your data): the details are in the log. "
                "Nothing you typed is lost; save again or copy your text."
            ),
            level="error",
        )

    # ---- saving

    def save(self) -> bool:
        """Save everything changed; False (with the problem shown) if something could not be."""
        if not self._loaded_once:
            return False
        self.clear_errors()
        if (self._case_id is None or self._case_fields_dirty()) and not self._save_case():
            return False
        for tab in self.tab_pages:
            if tab.isEnabled() and tab.records_dirty() and not tab.save_pending():
                self.tabs.setCurrentWidget(tab)
                return False
        self.show_message(self.tr("Saved {case}.").format(case=self.case_label()), level="success")
        self._changed()
        return True

    def revert(self) -> None:
        """Show the case as saved, after asking (what was typed would be lost)."""
        if not self.is_dirty():
            self.reload(keep_edits=False)
            return
        items = "\n".join(f"• {item}" for item in self.unsaved()[:12])
        self.confirm(
            self.tr("Revert to saved"),
            self.tr("Discard these unsaved changes and show {case} as saved?").format(
                case=self.case_label()
            )
            + f"\n\n{items}",
            self.tr("Discard changes"),
            self._revert_now,
        )

    def _revert_now(self) -> None:
        self.message_bar.hide()
        self.clear_errors()
        self.reload(keep_edits=False)

    def ask_to_close(self, close: Callable[[], None]) -> None:
        """Close now if nothing is unsaved; else ask Save / Discard / Cancel."""
        if not self.is_dirty():
            close()
            return

        def chosen(choice: str) -> None:
            if choice == "discard" or (choice == "save" and self.save()):
                close()

        self.prompt = UnsavedChangesBox(
            case_label=self.case_label(), items=self.unsaved(), on_choice=chosen, parent=self
        )
        self.prompt.open()

    def clear_errors(self) -> None:
        for tab in self.tab_pages:
            tab.clear_errors()

    def show_error(self, error: DomainError) -> None:
        """Put the message next to its field (current tab first), or in the message bar."""
        current = self.tabs.currentWidget()
        order = sorted(self.tab_pages, key=lambda t: t is not current)
        for tab in order:
            if tab.show_error(error):
                self.tabs.setCurrentWidget(tab)
                tab.show_error(error)  # again: the focus lands now that the tab is shown
                self.show_message(
                    self.tr("Not saved: {reason}").format(reason=error.message), level="error"
                )
                return
        self.show_message(
            self.tr("Not saved: {reason}").format(reason=error.message), level="error"
        )

    # ---- internals

    def _case_forms(self) -> list[Form]:
        return [form for tab in self.tab_pages for form in tab.case_forms()]

    def _case_fields_dirty(self) -> bool:
        return any(form.is_dirty() for form in self._case_forms())

    def _save_case(self) -> bool:
        values: dict[str, object] = {}
        try:
            for tab in self.tab_pages:
                tab.collect(values)
        except DomainError as error:
            self.show_error(error)
            return False
        data = CaseInput(**{name: values[name] for name in CASE_FIELDS})  # type: ignore[arg-type]
        changed = set(self.decision.form.changed_fields())
        creating = self._case_id is None

        def articles(name: str) -> Any:
            if creating:
                return values[name] or None
            return values[name] if name in changed else None

        try:
            dto = self.services.cases.save_with_articles(
                self._case_id,
                data,
                invoked=articles("articles_invoked"),
                violated=articles("articles_violated"),
                expected_version=self._case.version if self._case else None,
            )
        except ConflictError:
            self._case_conflict()
            return False
        except DomainError as error:
            self.show_error(error)
            return False
        self._case_id = dto.id
        self._case = dto
        fresh = case_values(dto, self.services.cases.articles(dto.id))
        for form in self._case_forms():
            form.load(fresh)
        self._update_title()
        self.saved.emit(dto.id)
        self.reload(keep_edits=True)
        return True

    def _case_conflict(self) -> None:
        assert self._case_id is not None
        try:
            fresh = self.services.cases.get(self._case_id)
        except DomainError as error:
            self.show_message(
                self.tr("{reason} What you typed is still in the editor.").format(
                    reason=error.message
                ),
                level="error",
            )
            return
        values = case_values(fresh, self.services.cases.articles(fresh.id))
        merge = Merge()
        for form in self._case_forms():
            merge += form.preview_merge(values)

        def reapply() -> None:
            self._case = fresh
            result = Merge()
            for form in self._case_forms():
                result += form.rebase(values)
            self._update_title()
            both = (
                " "
                + self.tr("Changed on both sides (your value kept): {fields}.").format(
                    fields=", ".join(result.both_labels)
                )
                if result.both
                else ""
            )
            self.show_message(
                self.tr("The case is shown as saved now, with your changes re-applied on top.")
                + both
                + " "
                + self.tr("Check them, then save (Ctrl+S)."),
                level="warning",
            )
            self.reload(keep_edits=True)

        self.open_conflict(
            self.tr("case {reference}").format(reference=fresh.reference), merge, reapply
        )

    # ---- documents

    def open_generate_dialog(self) -> None:
        """Generate… (Ctrl+G): the generate dialog for this case (saved first if new)."""
        from views.dialogs.generate import GenerateDialog

        if self._case_id is None:
            self.show_message(self.tr("Save the new case first, then generate its documents."))
            return
        dialog = GenerateDialog(
            services=self.services, case_id=self._case_id, open_url=self.open_url, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.generated.connect(lambda _doc: self.reload(keep_edits=True))
        self.generate_dialog = dialog
        dialog.open()

    def print_status_summary(self) -> None:
        """Print status summary (Ctrl+P): write the case's one-page PDF and open it."""
        from views.dialogs.generate import print_status_summary

        if self._case_id is None:
            self.show_message(self.tr("Save the new case first, then print its status summary."))
            return
        self.busy_label.setText(self.tr("Writing the status summary…"))

        def done(document: object, problem: str) -> None:
            self.busy_label.setText("")
            if document is not None:
                self.reload(keep_edits=True)

        print_status_summary(
            self, self.services, self._case_id, open_url=self.open_url, on_done=done
        )

    def _bulk_from_menu(self) -> None:
        self.show_tab(self.implementation)
        self.implementation.open_bulk_dialog()

    def _changed(self) -> None:
        dirty = self.is_dirty() if self._loaded_once else False
        self.save_button.setEnabled(self._loaded_once and (dirty or self._case_id is None))
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
            self._update_title()

    def _update_title(self) -> None:
        case = self._case
        if case is None:
            text = self.tr("New case") if self._case_id is None else self.tr("Loading the case…")
            self.subtitle.setText(
                self.tr(
                    "Fill in at least the reference, title, treaty body and State party, then save."
                )
                if self._case_id is None
                else ""
            )
        else:
            text = f"{case.reference} — {case.title}"
            self.subtitle.setText(
                " · ".join(
                    s
                    for s in (
                        case.body_name,
                        case.state_name,
                        case.symbol or case.communication_number or "",
                        tr_vocab(case.stage),
                        tr_vocab(case.outcome),
                        tr_vocab(case.confidentiality),
                    )
                    if s
                )
            )
        self.heading.setText(text)
        self.title_changed.emit(text + (DIRTY_MARK if self._dirty else ""))
