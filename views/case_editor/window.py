"""A window per case: the editor, its menus, and the unsaved-changes prompt on closing.

The window also keeps its parent (the main window) from closing while it holds unsaved
changes: quitting asks Save / Discard / Cancel for every case editor first, so that nothing
typed is lost when the main window takes its child windows down with it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from views.case_editor.dialogs import UnsavedChangesBox
from views.case_editor.editor import CaseEditor

if TYPE_CHECKING:
    from app.context import Services

SETTINGS_GROUP = "case_editor"
DEFAULT_SIZE = (1280, 800)


class CaseEditorWindow(QMainWindow):
    """One case in its own window. Ctrl+W closes it (asking first if anything is unsaved)."""

    what: ClassVar[str] = "case"

    saved = Signal(int)
    """The case was written (its id): the cases list and the dashboard can refresh."""
    closed = Signal()

    def __init__(
        self, *, services: Services, case_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("caseEditorWindow")
        self._closing = False
        self.editor = CaseEditor(services=services, case_id=case_id, parent=self)
        self.setCentralWidget(self.editor)
        self.editor.saved.connect(self.saved)
        self.editor.title_changed.connect(self._retitle)
        self._build_menus()
        self._retitle(self.editor.heading.text())
        self._restore_geometry()
        if parent is not None:
            host = parent.window()
            register = getattr(host, "register_case_editor", None)
            if callable(register):
                # The main window asks about unsaved changes in every editor window at once
                # (quitting, opening another database, restoring a backup).
                register(self)
            else:
                _guard(host)

    @property
    def case_id(self) -> int | None:
        return self.editor.case_id

    # The same few calls as the main window's other editor windows (views.dialogs).
    def is_dirty(self) -> bool:
        return self.editor.is_dirty()

    def save(self) -> bool:
        return self.editor.save()

    def close_without_saving(self) -> None:
        self._closing = True
        self.close()

    def unsaved_items(self) -> list[str]:
        """What is unsaved, one line each ("Case ILI-2022-UZ23: Overview (notes)")."""
        label = self.editor.case_label()
        return [f"{label[:1].upper()}{label[1:]}: {item}" for item in self.editor.unsaved()]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        case_menu = bar.addMenu(self.tr("&Case"))
        case_menu.addAction(self.editor.save_action)
        case_menu.addAction(self.editor.revert_action)
        case_menu.addSeparator()
        case_menu.addAction(self.editor.generate_action)
        case_menu.addAction(self.editor.print_action)
        case_menu.addSeparator()
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Ctrl+F4")])
        self.close_action.triggered.connect(self.close)
        case_menu.addAction(self.close_action)
        self.addAction(self.close_action)

        go_menu = bar.addMenu(self.tr("&Go"))
        for number, tab in enumerate(self.editor.tab_pages, start=1):
            action = QAction(tab.title, self)
            action.setShortcut(QKeySequence(f"Alt+{number % 10}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, tab=tab: self.editor.show_tab(tab))
            go_menu.addAction(action)
        implementation = bar.addMenu(self.tr("&Implementation"))
        implementation.addAction(self.editor.bulk_action)

    def _retitle(self, text: str) -> None:
        self.setWindowTitle(f"{text} — TreatyDesk")

    # ---- closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing or not self.editor.is_dirty():
            self._save_geometry()
            event.accept()
            self.closed.emit()
            return
        event.ignore()
        self.editor.ask_to_close(self._close_now)

    def _close_now(self) -> None:
        self._closing = True
        self.close()

    # ---- geometry

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value(f"{SETTINGS_GROUP}/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        width, height = DEFAULT_SIZE
        screen = QApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width()), min(height, available.height())
        self.resize(width, height)

    def _save_geometry(self) -> None:
        settings = QSettings()
        settings.setValue(f"{SETTINGS_GROUP}/geometry", self.saveGeometry())


def find_case_editor(services: Services, case_id: int) -> CaseEditorWindow | None:
    """The open editor window of this case over these services, if there is one."""
    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, CaseEditorWindow)
            and widget.editor.services is services
            and widget.case_id == case_id
            and not widget.isHidden()
        ):
            return widget
    return None


def open_case_editors() -> list[CaseEditorWindow]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CaseEditorWindow) and not w.isHidden()
    ]


def unsaved_case_editors() -> list[CaseEditorWindow]:
    """Editor windows holding unsaved changes (the main window asks before quitting)."""
    return [w for w in open_case_editors() if w.editor.is_dirty()]


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    if QGuiApplication.platformName() != "offscreen":  # it cannot raise windows (and warns)
        window.raise_()
    window.activateWindow()


def open_case_editor(
    parent_window: QWidget | None,
    services: Services,
    case_id: int | None,
    *,
    on_saved: Callable[[int], None] | None = None,
) -> CaseEditorWindow:
    """Show the editor of a case (bringing its window to the front if it is open already),
    or of a new case (`case_id` None).

    The window is a separate top-level window owned by `parent_window`; its `saved(int)`
    signal says when to refresh lists (`on_saved` is connected to it for a new window). It is
    deleted when closed.
    """
    if case_id is not None:
        existing = find_case_editor(services, case_id)
        if existing is not None:
            bring_to_front(existing)
            return existing
    window = CaseEditorWindow(services=services, case_id=case_id, parent=parent_window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        window.saved.connect(on_saved)
    bring_to_front(window)
    return window


class CloseGuard(QObject):
    """Stops the main window closing (and taking the case editors with it) while one holds
    unsaved changes; asks Save / Discard / Cancel for all of them."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("caseEditorCloseGuard")
        self._window = window
        self._allow = False
        self.prompt: UnsavedChangesBox | None = None
        window.installEventFilter(self)

    def editors(self) -> list[CaseEditorWindow]:
        return [
            w
            for w in self._window.findChildren(CaseEditorWindow)
            if not w.isHidden() and w.is_dirty()
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close and not self._allow:
            dirty = self.editors()
            if dirty:
                event.ignore()
                self._ask(dirty)
                return True
        return super().eventFilter(watched, event)

    def _ask(self, dirty: list[CaseEditorWindow]) -> None:
        items = [
            f"{w.editor.case_label().capitalize()}: {item}"
            for w in dirty
            for item in w.editor.unsaved()
        ]

        def chosen(choice: str) -> None:
            if choice == "cancel":
                return
            if choice == "save":
                failed = [w for w in dirty if not w.save()]
                if failed:
                    bring_to_front(failed[0])
                    return
            for w in dirty:
                w.close_without_saving()
            self._allow = True
            self._window.close()
            QTimer.singleShot(0, self._reset)

        bring_to_front(dirty[0])
        self.prompt = UnsavedChangesBox(
            case_label=self.tr("the open cases"),
            items=items,
            on_choice=chosen,
            parent=self._window,
        )
        self.prompt.open()

    def _reset(self) -> None:
        self._allow = False


def _guard(window: QWidget) -> CloseGuard:
    found = window.findChild(CloseGuard, "caseEditorCloseGuard")
    return found if isinstance(found, CloseGuard) else CloseGuard(window)
