"""The main window: navigation, pages, menus, toolbar, status bar, and the editor windows.

The window knows nothing of how the database was opened: the composition root
(app/bootstrap.py) hands it the services, a label for the database, and callables for what
only the root can do (open the demo portfolio, create or open another database file).

Every command is a QAction in a menu (and the main ones on the toolbar), so each is
reachable from the keyboard: Ctrl+N new case, Ctrl+K search everything, Ctrl+F filter the
list, F5 read everything again, Ctrl+S save every open editor, Ctrl+W close the window,
Ctrl+1…5 the pages. Editor windows (a person, a review) have their own Ctrl+S and Ctrl+W.

Every way of opening a case (the cases list, the Dashboard, the search, a person's cases,
a review's assessments) goes through `open_case()`: the case editor when there is one,
else the case selected in the cases list.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.errors import DomainError, NotFoundError
from app.security import PassphraseRequiredError, WrongPassphraseError
from app.services.dto import CaseFilter, RecordCounts
from app.services.search import HitKind, SearchHit
from views.case_editor.dialogs import UnsavedChangesBox
from views.case_editor.window import CaseEditorWindow
from views.dialogs.backup import RestoreDialog, size_text
from views.dialogs.bundle_transfer import (
    ExportBundleDialog,
    ImportBundleFlow,
    preselected_cases,
    reload_case_editors,
)
from views.dialogs.generate import open_generate_dialog, print_status_summary
from views.dialogs.import_decision import ImportDecisionDialog
from views.dialogs.import_people import ImportPeopleDialog
from views.dialogs.import_review import ImportReviewDialog
from views.dialogs.open_database import (
    OpenDatabaseDialog,
    forget_recent,
    recent_databases,
    remember_recent,
)
from views.dialogs.open_database import recent_files as recent_files  # re-exported
from views.dialogs.record_editor import RecordEditor, bring_to_front
from views.dialogs.search import SearchDialog
from views.i18n import QT_TRANSLATE_NOOP
from views.language_menu import LanguageMenu
from views.pages import view_state
from views.pages.base import Page
from views.pages.cases import CasesPage
from views.pages.dashboard import DashboardPage
from views.pages.documents import DocumentsPage
from views.pages.people import PeoplePage
from views.pages.reviews import ReviewsPage
from views.person_editor import PersonEditor
from views.review_editor import ReviewEditor
from views.shadow_builder import ShadowBuilder
from views.widgets import DEMO_BORDER, DemoBanner, ElidedLabel
from views.workers import run_in_background

if TYPE_CHECKING:
    from app.context import Services
    from app.services.backup import BackupService

log = logging.getLogger(__name__)

PAGE_NAMES = (
    QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
    QT_TRANSLATE_NOOP("MainWindow", "Cases"),
    QT_TRANSLATE_NOOP("MainWindow", "People"),
    QT_TRANSLATE_NOOP("MainWindow", "Reviews"),
    QT_TRANSLATE_NOOP("MainWindow", "Documents"),
)
"""The pages, in order (English keys; shown translated in the "MainWindow" context)."""
SETTINGS_GROUP = "main_window"
DEFAULT_SIZE = (1280, 800)
WARM_SEARCH_FROM = 2000
"""From this many cases, the search index is built ahead, on a worker thread."""
DATABASE_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "TreatyDesk databases (*.sqlite *.db);;All files (*)"
)

NAV_STYLE = """
QListWidget#navigation { border: none; font-size: 11pt; outline: 0; }
QListWidget#navigation::item { padding: 8px 12px; }
"""

E = TypeVar("E", bound=RecordEditor)
CaseOpener = Callable[[int | None], None]
"""Opens the case editor on a case (None: a new case)."""


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        services: Services,
        database_label: str,
        is_demo: bool,
        on_open_demo: Callable[[], None] | None = None,
        data_folder: Path | None = None,
        database_file: Path | None = None,
        encrypted: bool = False,
        on_new_database: Callable[[Path], None] | None = None,
        on_open_database: Callable[[Path], None] | None = None,
        on_open_server: Callable[[str, str | None], None] | None = None,
        backups: BackupService | None = None,
        case_opener: CaseOpener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._database_label = database_label
        self._is_demo = is_demo
        self._on_open_demo = on_open_demo
        self._data_folder = data_folder
        self._database_file = database_file
        self._encrypted = encrypted
        self._on_new_database = on_new_database
        self._on_open_database = on_open_database
        self._on_open_server = on_open_server  # (address without password, password)
        self.open_dialog: OpenDatabaseDialog | None = None
        self._backups = backups
        self.case_opener = case_opener
        self.editors: dict[tuple[str, int], RecordEditor] = {}
        self._new_editors: list[RecordEditor] = []
        self.case_editors: list[CaseEditorWindow] = []
        """Open case editor windows (registered by CaseEditorWindow when parented here)."""
        self.shadow_builders: dict[int, ShadowBuilder] = {}
        self.search_dialog: SearchDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.unsaved_box: UnsavedChangesBox | None = None
        self._closing_anyway = False
        self.setObjectName("mainWindow")
        title = (
            self.tr("TreatyDesk — DEMO — {database}")
            if is_demo
            else self.tr("TreatyDesk — {database}")
        )
        self.setWindowTitle(title.format(database=database_label))
        if database_file is not None and not is_demo:
            remember_recent(database_file)

        # Pages
        self.dashboard = DashboardPage(
            deadlines=services.deadlines,
            listing=services.listing,
            statistics=getattr(services, "statistics", None),
            audit=getattr(services, "audit", None),
            exports=getattr(services, "exports", None),
            calendar=getattr(services, "calendar", None),
            is_demo=is_demo,
            on_open_demo=on_open_demo,
        )
        self.cases = CasesPage(
            listing=services.listing,
            reference=services.reference,
            cases=services.cases,
            exports=getattr(services, "exports", None),
        )
        self.people = PeoplePage(
            people=services.people,
            listing=services.listing.people,
            reference=services.reference,
            exports=getattr(services, "exports", None),
        )
        self.reviews = ReviewsPage(reviews=services.reviews)
        self.documents = DocumentsPage()
        self.pages: dict[str, Page] = dict(
            zip(
                PAGE_NAMES,
                (self.dashboard, self.cases, self.people, self.reviews, self.documents),
                strict=True,
            )
        )
        self.stack = QStackedWidget(self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setAccessibleName(self.tr("Navigation"))
        for number, (name, page) in enumerate(self.pages.items(), start=1):
            self.stack.addWidget(page)
            shown = QCoreApplication.translate("MainWindow", name)
            item = QListWidgetItem(shown, self.nav)
            item.setToolTip(f"{shown} (Ctrl+{number})")
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        width = max(self.nav.sizeHintForColumn(0), 120) + 40
        self.nav.setMinimumWidth(width)
        self.nav.setMaximumWidth(width + 80)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([width, DEFAULT_SIZE[0] - width])

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner: DemoBanner | None = None
        if is_demo:
            self.banner = DemoBanner(parent=central)
            column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        # What the pages ask for
        self.dashboard.open_case.connect(self.open_case)
        self.dashboard.open_review.connect(self.open_review)
        self.dashboard.filter_cases.connect(self.show_cases)
        self.dashboard.open_record.connect(self.open_record)
        self.cases.case_activated.connect(self.open_case)
        self.people.person_activated.connect(self.open_person)
        self.people.new_person_requested.connect(self.new_person)
        self.people.import_requested.connect(self.import_people)
        self.reviews.review_activated.connect(self.open_review)
        self.reviews.new_review_requested.connect(self.new_review)
        self.reviews.shadow_report_requested.connect(self.open_shadow_builder)
        # Generate… (views/dialogs/generate.py): a review's documents, the list's portfolio.
        self.reviews.generate_requested.connect(
            lambda review_id: open_generate_dialog(self, services, review_id=review_id)
        )
        self.cases.generate_portfolio_requested.connect(
            lambda flt: open_generate_dialog(self, services, case_filter=flt, kind="portfolio")
        )
        self.cases.print_summary_requested.connect(
            lambda case_id: print_status_summary(self, services, case_id)
        )

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._restore_geometry()
        self.go_to(0)
        self.counts: RecordCounts | None = None
        self.refresh()
        if self.counts is not None and self.counts.cases >= WARM_SEARCH_FROM:
            # A large database: build the search index on a worker thread now, so that the
            # first Ctrl+K does not wait for it.
            self.warm_job = run_in_background(
                lambda _progress: services.search.warm(),
                on_failed=lambda message: log.warning("search index: %s", message),
            )

    # ---- building

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        *,
        shortcut: QKeySequence | str | None = None,
        tip: str = "",
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
            shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut_text})" if shortcut_text else tip)
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_database_action = a(
            self.tr("&New database…"),
            self.new_database,
            shortcut="Ctrl+Shift+N",
            tip=self.tr("Create an empty database file and open it"),
        )
        self.new_database_action.setEnabled(self._on_new_database is not None)
        self.open_database_action = a(
            self.tr("&Open database…"),
            self.open_database,
            shortcut=QKeySequence.StandardKey.Open,
            tip=self.tr("Open another database file, or a database server"),
        )
        self.open_database_action.setEnabled(self._on_open_database is not None)
        self.open_demo_action = a(
            self.tr("Open &demo portfolio"),
            self._open_demo,
            tip=self.tr("Build a fresh demo portfolio in its own file (demo.sqlite) and open it"),
        )
        self.open_demo_action.setEnabled(self._on_open_demo is not None)
        self.backup_action = a(
            self.tr("&Back up now…"),
            self.back_up,
            tip=self.tr("Write a backup of the database and its documents"),
            name="backupAction",
        )
        self.restore_action = a(
            self.tr("&Restore from a backup…"),
            self.restore,
            tip=self.tr("Replace the database and its documents with a backup"),
        )
        self.import_decision_action = a(
            self.tr("Import &decision…"),
            self.import_decision,
            tip=self.tr("Read a Committee's Views or decision (.txt, .docx, .pdf) into a case"),
            name="importDecisionAction",
        )
        self.import_review_action = a(
            self.tr("Import concluding &observations…"),
            self.import_review,
            tip=self.tr(
                "Read a Committee's concluding observations (.txt, .docx, .pdf) into a review"
            ),
            name="importReviewAction",
        )
        self.import_people_action = a(
            self.tr("Import &people from a spreadsheet…"),
            self.import_people,
            tip=self.tr("Read victims and other people from a .csv or .xlsx file"),
            name="importPeopleAction",
        )
        self.export_bundle_action = a(
            self.tr("E&xport case bundle…"),
            self.export_bundle,
            tip=self.tr(
                "Put chosen cases in an encrypted file (.tdbundle) to work on them on another "
                "computer"
            ),
            name="exportBundleAction",
        )
        self.import_bundle_action = a(
            self.tr("Import case b&undle…"),
            self.import_bundle,
            tip=self.tr(
                "Bring back cases from a .tdbundle: new records added, conflicts settled by you"
            ),
            name="importBundleAction",
        )
        if self._backups is None:
            why = self.tr(
                "Backups are for a database file on this computer; a database server is "
                "backed up with the server's own tools"
            )
            for action in (self.backup_action, self.restore_action):
                action.setEnabled(False)
                action.setToolTip(why)
                action.setStatusTip(why)
        self.save_all_action = a(
            self.tr("&Save all open editors"),
            self.save_all,
            shortcut=QKeySequence.StandardKey.Save,
            tip=self.tr("Save the changes in every open editor window"),
        )
        self.close_action = a(
            self.tr("&Close window"),
            self.close,
            shortcut="Ctrl+W",
            tip=self.tr("Close TreatyDesk's window"),
        )
        self.quit_action = a(self.tr("&Quit"), self.close, shortcut="Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.new_case_action = a(
            self.tr("New &case…"),
            self.new_case,
            shortcut=QKeySequence.StandardKey.New,
            tip=self.tr("Record a new case"),
        )
        if self.case_opener is None:
            self.new_case_action.setEnabled(False)
            self.new_case_action.setToolTip(
                self.tr("Needs the case editor, which is not available")
            )
        self.new_person_action = a(
            self.tr("New &person…"),
            self.new_person,
            shortcut="Ctrl+Shift+P",
            tip=self.tr("Record a new person"),
        )
        self.new_review_action = a(
            self.tr("New periodic &review…"),
            self.new_review,
            tip=self.tr("Record a periodic review of a State"),
        )
        self.search_action = a(
            self.tr("&Search everything…"),
            self.show_search,
            shortcut="Ctrl+K",
            tip=self.tr("Find a case or a person by reference, number, symbol, title or name"),
            name="searchAction",
        )
        self.find_action = a(
            self.tr("&Find in the list…"),
            self.focus_filter,
            shortcut=QKeySequence.StandardKey.Find,
            tip=self.tr("Filter the list on this page (the cases list elsewhere)"),
        )
        self.refresh_action = a(
            self.tr("&Refresh"),
            self.refresh,
            shortcut=QKeySequence.StandardKey.Refresh,
            tip=self.tr("Read everything again from the database"),
        )
        if self.refresh_action.shortcut().toString() != "F5":
            self.refresh_action.setShortcuts([QKeySequence("F5"), self.refresh_action.shortcut()])
        self.page_actions: list[QAction] = []
        for number, name in enumerate(PAGE_NAMES, start=1):
            self.page_actions.append(
                a(
                    QCoreApplication.translate("MainWindow", name),
                    lambda row=number - 1: self.go_to(row),
                    shortcut=f"Ctrl+{number}",
                )
            )
        self.about_action = a(self.tr("&About TreatyDesk"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.where_action = a(self.tr("&Where is my data?"), self.show_where_is_my_data)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.open_database_action)
        self.recent_menu = QMenu(self.tr("Recent &files"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.open_demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_decision_action)
        file_menu.addAction(self.import_review_action)
        file_menu.addAction(self.import_people_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_bundle_action)
        file_menu.addAction(self.import_bundle_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_all_action)
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.new_case_action)
        edit_menu.addAction(self.new_person_action)
        edit_menu.addAction(self.new_review_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_action)
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.page_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        self.windows_menu = QMenu(self.tr("Open &windows"), self)
        self.windows_menu.aboutToShow.connect(self._fill_windows_menu)
        view_menu.addMenu(self.windows_menu)
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(self)
        view_menu.addMenu(self.language_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.where_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main actions"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_case_action,
            self.new_person_action,
            None,
            self.search_action,
            self.refresh_action,
            None,
            self.backup_action,
        ):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.demo_badge: QLabel | None = None
        if self._is_demo:
            self.demo_badge = QLabel(self.tr(" DEMO "), self)
            self.demo_badge.setObjectName("demoBadge")
            self.demo_badge.setStyleSheet(
                f"#demoBadge {{ background: {DEMO_BORDER}; color: black; font-weight: bold; "
                "padding: 1px 8px; border-radius: 3px; }"
            )
            self.demo_badge.setToolTip(self.tr("Sample data in demo.sqlite, not your own database"))
            status.addWidget(self.demo_badge)
        self.database_label = ElidedLabel(
            self.tr("Database: {database}").format(database=self._database_label), parent=self
        )
        self.database_label.setAccessibleName(self.tr("Database file"))
        status.addWidget(self.database_label, 1)
        self.encryption_label = QLabel(
            self.tr("Encrypted") if self._encrypted else self.tr("Not encrypted"), self
        )
        self.encryption_label.setAccessibleName(self.tr("Encryption"))
        self.encryption_label.setToolTip(
            self.tr("The database file and its documents are encrypted with your passphrase")
            if self._encrypted
            else self.tr("The database file is not encrypted: keep it on an encrypted disk")
        )
        status.addPermanentWidget(self.encryption_label)
        self.counts_label = QLabel(self)
        self.counts_label.setAccessibleName(self.tr("Record counts"))
        status.addPermanentWidget(self.counts_label)

    # ---- navigation

    def go_to(self, row: int) -> None:
        self.nav.setCurrentRow(row)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def current_page_name(self) -> str:
        return PAGE_NAMES[self.stack.currentIndex()]

    def focus_filter(self) -> None:
        if not self.current_page().focus_filter():
            self.go_to(PAGE_NAMES.index("Cases"))
            self.cases.focus_filter()

    def show_cases(self, flt: CaseFilter) -> None:
        """The cases list with `flt` applied (a bar clicked on the Dashboard)."""
        self.go_to(PAGE_NAMES.index("Cases"))
        self.cases.set_filter(flt)
        self.cases.table.setFocus()

    # ---- data

    def refresh(self) -> None:
        """Read every page again from the database (F5)."""
        try:
            for page in self.pages.values():
                page.refresh()
            self._update_counts()
        except DomainError as exc:
            log.warning("refresh failed: %s", exc)
            self.statusBar().showMessage(
                self.tr("Could not read the database: {problem}").format(problem=exc), 10_000
            )
            QMessageBox.warning(self, "TreatyDesk", str(exc))

    def refresh_soon(self) -> None:
        """After an editor saved: refresh once, when the event loop is free."""
        self._refresh_timer.start()

    def _update_counts(self) -> None:
        counts = self.counts = self._services.listing.record_counts()
        n_cases, n_people, n_reviews = counts.cases, counts.people, counts.reviews
        self.counts_label.setText(
            " · ".join(
                (
                    self.tr("%Ln case", "", n_cases)
                    if n_cases == 1
                    else self.tr("%Ln cases", "", n_cases),
                    self.tr("%Ln person", "", n_people)
                    if n_people == 1
                    else self.tr("%Ln people", "", n_people),
                    self.tr("%Ln review", "", n_reviews)
                    if n_reviews == 1
                    else self.tr("%Ln reviews", "", n_reviews),
                )
            )
        )

    # ---- opening records

    def open_case(self, case_id: int) -> None:
        """The case editor on the case, or (without one) the case selected in the list."""
        if self.case_opener is not None:
            self.case_opener(case_id)
            return
        self.go_to(PAGE_NAMES.index("Cases"))
        if not self.cases.select_case(case_id):
            self.statusBar().showMessage(self.tr("That case is no longer in the database."), 8000)

    def set_case_opener(self, opener: CaseOpener | None) -> None:
        """Hand in the case editor (after the window exists, e.g. to parent its windows):
        every way of opening a case then opens it, and New case (Ctrl+N) is enabled."""
        self.case_opener = opener
        self.new_case_action.setEnabled(opener is not None)
        self.new_case_action.setToolTip(
            self.tr("Record a new case (Ctrl+N)")
            if opener is not None
            else self.tr("Needs the case editor, which is not available")
        )

    def open_case_reference(self, reference: str) -> None:
        try:
            case = self._services.cases.get_by_reference(reference)
        except NotFoundError:
            self.statusBar().showMessage(
                self.tr("There is no case {reference} any more.").format(reference=reference), 8000
            )
            return
        self.open_case(case.id)

    def new_case(self) -> None:
        if self.case_opener is not None:
            self.case_opener(None)

    def open_person(self, person_id: int) -> PersonEditor:
        editor = self._existing("person", person_id)
        if isinstance(editor, PersonEditor):
            return editor
        editor = PersonEditor(
            people=self._services.people,
            reference=self._services.reference,
            person_id=person_id,
            on_open_case=self.open_case_reference,
        )
        return self._show_editor(editor, ("person", person_id))

    def new_person(self) -> PersonEditor:
        editor = PersonEditor(
            people=self._services.people,
            reference=self._services.reference,
            on_open_case=self.open_case_reference,
        )
        return self._show_editor(editor, None)

    def open_shadow_builder(self, review_id: int) -> ShadowBuilder:
        """The shadow report builder for a review (one window per review)."""
        builder = self.shadow_builders.get(review_id)
        if builder is None:
            builder = ShadowBuilder(
                shadow=self._services.shadow,
                documents=self._services.documents,
                reviews=self._services.reviews,
                cases=self._services.cases,
                listing=self._services.listing,
                review_id=review_id,
            )
            self.shadow_builders[review_id] = builder
            builder.closed.connect(lambda: self.shadow_builders.pop(review_id, None))
            builder.generated.connect(lambda _doc: self.refresh_soon())
        bring_to_front(builder)
        return builder

    def open_review(self, review_id: int) -> ReviewEditor:
        editor = self._existing("review", review_id)
        if isinstance(editor, ReviewEditor):
            return editor
        editor = self._review_editor(review_id)
        return self._show_editor(editor, ("review", review_id))

    def new_review(self) -> ReviewEditor:
        return self._show_editor(self._review_editor(None), None)

    def _review_editor(self, review_id: int | None) -> ReviewEditor:
        return ReviewEditor(
            reviews=self._services.reviews,
            reference=self._services.reference,
            cases=self._services.cases,
            listing=self._services.listing,
            exports=getattr(self._services, "exports", None),
            review_id=review_id,
            on_open_case=self.open_case_reference,
        )

    def open_record(self, table: str, record_id: int) -> None:
        """A record named by the audit trail (a recent change on the Dashboard)."""
        if table == "cases":
            self.open_case(record_id)
        elif table == "people":
            self.open_person(record_id)
        elif table == "reviews":
            self.open_review(record_id)
        else:
            self.statusBar().showMessage(self.tr("Open this record from its case or review."), 8000)

    def _existing(self, kind: str, record_id: int) -> RecordEditor | None:
        editor = self.editors.get((kind, record_id))
        if editor is None:
            return None
        bring_to_front(editor)
        return editor

    def _show_editor(self, editor: E, key: tuple[str, int] | None) -> E:
        if key is None:
            self._new_editors.append(editor)
        else:
            self.editors[key] = editor
        kind = editor.what

        def saved(dto: object) -> None:
            if editor in self._new_editors:
                self._new_editors.remove(editor)
                self.editors[(kind, dto.id)] = editor  # type: ignore[attr-defined]
            self.refresh_soon()

        def closed() -> None:
            for k, e in list(self.editors.items()):
                if e is editor:
                    del self.editors[k]
            if editor in self._new_editors:
                self._new_editors.remove(editor)

        editor.saved.connect(saved)
        editor.closed.connect(closed)
        bring_to_front(editor)
        return editor

    def register_case_editor(self, editor: CaseEditorWindow) -> None:
        """A case editor window opened over this window: asked about with the other editors
        (quit, another database, restore), saved by Save all, listed in Open windows."""
        if editor in self.case_editors:
            return
        self.case_editors.append(editor)
        editor.saved.connect(lambda _case_id: self.refresh_soon())
        editor.closed.connect(lambda: self._forget_case_editor(editor))
        editor.destroyed.connect(lambda _obj=None: self._forget_case_editor(editor))

    def _forget_case_editor(self, editor: CaseEditorWindow) -> None:
        if editor in self.case_editors:
            self.case_editors.remove(editor)

    def open_editors(self) -> list[RecordEditor | CaseEditorWindow]:
        return [*self.editors.values(), *self._new_editors, *self.case_editors]

    def dirty_editors(self) -> list[RecordEditor | CaseEditorWindow]:
        return [e for e in self.open_editors() if e.is_dirty()]

    def save_all(self) -> bool:
        dirty = self.dirty_editors()
        if not dirty:
            self.statusBar().showMessage(
                self.tr(
                    "Nothing to save: the lists are read from the database, and no editor "
                    "window has unsaved changes."
                ),
                8000,
            )
            return True
        failed = [e for e in dirty if not e.save()]
        if failed:
            bring_to_front(failed[0])
            return False
        n = len(dirty)
        self.statusBar().showMessage(
            self.tr("Saved %Ln editor.", "", n) if n == 1 else self.tr("Saved %Ln editors.", "", n),
            5000,
        )
        return True

    def request_close_editors(self, then: Callable[[], None]) -> None:
        """Close every editor window, asking first if one has unsaved changes; then `then()`.

        Cancel leaves everything open and `then` is not called.
        """
        dirty = self.dirty_editors()
        if not dirty:
            self._close_editors()
            then()
            return

        def choice(answer: str) -> None:
            if answer == "save" and not self.save_all():
                return
            if answer in ("save", "discard"):
                self._close_editors()
                then()

        items: list[str] = []
        for editor in dirty:
            if isinstance(editor, CaseEditorWindow):
                items += editor.unsaved_items()
            else:
                items.append(editor.windowTitle().replace("[*]", "").replace(" — TreatyDesk", ""))
        self.unsaved_box = UnsavedChangesBox(
            case_label=self.tr("the open editors"), items=items, on_choice=choice, parent=self
        )
        self.unsaved_box.open()

    def _close_editors(self) -> None:
        for editor in self.open_editors():
            editor.close_without_saving()

    # ---- search

    def show_search(self) -> SearchDialog:
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(
                search=self._services.search, on_open=self._open_hit, parent=self
            )
        self.search_dialog.start()
        return self.search_dialog

    def _open_hit(self, hit: SearchHit) -> None:
        if hit.kind is HitKind.CASE:
            self.open_case(hit.id)
        else:
            self.open_person(hit.id)

    # ---- databases

    def _open_demo(self) -> None:
        if self._on_open_demo is not None:
            self._on_open_demo()

    def _start_folder(self) -> str:
        if self._database_file is not None:
            return str(self._database_file.parent)
        return str(self._data_folder or Path.home())

    def new_database(self) -> None:
        if self._on_new_database is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(Path(self._start_folder()) / "cases.sqlite"),
            QCoreApplication.translate("MainWindow", DATABASE_FILTER),
        )
        if name:
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(".sqlite")
            self._on_new_database(path)

    def open_database(self, server_url: str | None = None) -> OpenDatabaseDialog | None:
        """A database file, or a server (views/dialogs/open_database.py): checked in the
        dialog, then opened by the composition root."""
        if self._on_open_database is None:
            return None
        dialog = OpenDatabaseDialog(
            folder=Path(self._start_folder()),
            allow_server=self._on_open_server is not None,
            server_url=server_url,
            parent=self,
        )

        def chosen() -> None:
            if dialog.path is not None and self._on_open_database is not None:
                self._on_open_database(dialog.path)
            elif dialog.server_url is not None and self._on_open_server is not None:
                password, dialog.password = dialog.password, None
                self._on_open_server(dialog.server_url, password)

        dialog.accepted.connect(chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog = dialog
        dialog.open()
        return dialog

    def open_recent(self, path: Path | str) -> None:
        if self._on_open_database is None:
            return
        if isinstance(path, str):  # a server: its password is asked for each time
            self.open_database(server_url=path)
            return
        if not path.exists():
            forget_recent(path)
            QMessageBox.warning(
                self,
                self.tr("Recent files"),
                self.tr(
                    "{path} is no longer there (moved or deleted); it was taken off the list."
                ).format(path=path),
            )
            return
        self._on_open_database(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_databases()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {path}")
            action.setEnabled(self._on_open_database is not None)
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear the list"), lambda: forget_recent(None))

    def _fill_windows_menu(self) -> None:
        self.windows_menu.clear()
        editors = self.open_editors()
        for number, editor in enumerate(editors, start=1):
            title = editor.windowTitle().replace("[*]", "*" if editor.is_dirty() else "")
            action = self.windows_menu.addAction(f"&{number} {title}")
            action.triggered.connect(lambda _checked=False, e=editor: bring_to_front(e))
        if not editors:
            self.windows_menu.addAction(self.tr("No editor window is open")).setEnabled(False)

    # ---- imports

    def _import_file(self, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            title,
            self._start_folder(),
            self.tr("Documents (*.txt *.docx *.pdf);;All files (*)"),
        )
        return Path(name) if name else None

    def import_decision(self, path: Path | None = None) -> ImportDecisionDialog | None:
        path = path or self._import_file(self.tr("Import a Committee's decision"))
        if path is None:
            return None
        dialog = ImportDecisionDialog(
            decisions=self._services.decisions,
            cases=self._services.cases,
            path=path,
            on_imported=lambda _case_id: self.refresh_soon(),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_review(self, path: Path | None = None) -> ImportReviewDialog | None:
        path = path or self._import_file(self.tr("Import concluding observations"))
        if path is None:
            return None
        dialog = ImportReviewDialog(
            review_import=self._services.review_import,
            path=path,
            on_imported=lambda _review_id: self.refresh_soon(),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_people(self, path: Path | None = None) -> ImportPeopleDialog:
        """File ▸ Import people from a spreadsheet… (views/dialogs/import_people.py)."""
        dialog = ImportPeopleDialog(
            people_import=self._services.people_import,
            path=path,
            on_imported=lambda _report: self.refresh_soon(),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if path is None:
            dialog.browse_button.setFocus()
        return dialog

    # ---- case bundles (views/dialogs/bundle_transfer.py)

    def export_bundle(self, path: Path | None = None) -> ExportBundleDialog:
        """The cases selected in the list (or open in an editor) are chosen already."""
        dialog = ExportBundleDialog(
            bundles=self._services.bundles,
            listing=self._services.listing,
            preselected=preselected_cases(self.cases, self._services),
            path=path,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_bundle(
        self, path: Path | None = None, passphrase: str | None = None
    ) -> ImportBundleFlow:
        def imported(_result: object) -> None:
            self.refresh()
            reload_case_editors(self._services)

        self.bundle_import = ImportBundleFlow(
            bundles=self._services.bundles, window=self, on_imported=imported
        )
        self.bundle_import.start(path, passphrase)
        return self.bundle_import

    # ---- backups

    def back_up(self) -> None:
        backups = self._backups
        if backups is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Back up"))
        box.setText(self.tr("Write a backup of the database and its documents now?"))
        box.setInformativeText(
            self.tr(
                "It goes to {folder}, with the daily backups. Keep a copy somewhere else too "
                "(an encrypted USB disk)."
            ).format(folder=backups.folder)
        )
        here = box.addButton(self.tr("Back up now"), QMessageBox.ButtonRole.AcceptRole)
        elsewhere = box.addButton(
            self.tr("Choose another place…"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(here)

        def clicked(which: object) -> None:
            if which is here:
                self.run_backup(None)
            elif which is elsewhere:
                name, _ = QFileDialog.getSaveFileName(
                    self,
                    self.tr("Back up to"),
                    str(Path.home() / "treatydesk-backup.zip"),
                    self.tr("TreatyDesk backups (*.zip)"),
                )
                if name:
                    path = Path(name)
                    self.run_backup(path if path.suffix else path.with_suffix(".zip"))

        box.buttonClicked.connect(clicked)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.backup_box = box
        box.open()

    def run_backup(self, dest: Path | None) -> None:
        """Write the backup off the GUI thread; the status bar says when it is done."""
        backups = self._backups
        assert backups is not None
        self.backup_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Writing the backup…"))

        def done(info: object) -> None:
            self.backup_action.setEnabled(True)
            path = getattr(info, "path", None)
            size = getattr(info, "size", 0)
            self.statusBar().showMessage(
                self.tr("Backup written: {path} ({size}).").format(path=path, size=size_text(size)),
                15_000,
            )

        def failed(message: str) -> None:
            self.backup_action.setEnabled(True)
            self.statusBar().clearMessage()
            QMessageBox.warning(
                self,
                self.tr("Back up"),
                self.tr("The backup was not written: {problem}").format(problem=message),
            )

        def crashed(details: str) -> None:
            self.backup_action.setEnabled(True)
            self.statusBar().clearMessage()
            raise RuntimeError(f"the backup failed:\n{details}")

        self.backup_job = run_in_background(
            lambda _progress: backups.create(dest=dest) if dest else backups.create(),
            on_finished=done,
            on_failed=failed,
            on_crashed=crashed,
        )

    def restore(self) -> None:
        backups = self._backups
        if backups is None:
            return
        try:
            found = backups.list()
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Restore"), str(exc))
            return
        self.restore_dialog = RestoreDialog(
            backups=found,
            folder=backups.folder,
            on_chosen=lambda archive: self.request_close_editors(lambda: self.run_restore(archive)),
            parent=self,
        )
        self.restore_dialog.open()

    def run_restore(self, archive: Path, backup_passphrase: str | None = None) -> bool:
        """Restore on the GUI thread (nothing else may read the database meanwhile)."""
        backups = self._backups
        assert backups is not None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = backups.restore(archive, backup_passphrase=backup_passphrase)
        except (PassphraseRequiredError, WrongPassphraseError) as exc:
            QApplication.restoreOverrideCursor()
            passphrase, ok = QInputDialog.getText(
                self,
                self.tr("Passphrase of the backup"),
                self.tr("{problem}\n\nThe passphrase the backup was made with:").format(
                    problem=exc
                ),
                QLineEdit.EchoMode.Password,
            )
            if ok and passphrase:
                return self.run_restore(archive, passphrase)
            return False
        except DomainError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self,
                self.tr("Restore"),
                self.tr("Nothing was restored: {problem}").format(problem=exc),
            )
            return False
        QApplication.restoreOverrideCursor()
        self.refresh()
        done = self.tr("Restored from {name}.").format(name=archive.name)
        if result.replaced_backup:
            done += " " + self.tr("The database as it was is kept as {name}.").format(
                name=result.replaced_backup.name
            )
        self.statusBar().showMessage(done, 20_000)
        QMessageBox.information(self, self.tr("Restore"), done)
        return True

    # ---- help

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About TreatyDesk"),
            f"<h3>TreatyDesk {__version__}</h3>"
            + self.tr(
                "<p>Case management for litigation before the UN human-rights treaty bodies: "
                "communications, Views and their follow-up, per-victim implementation of "
                "remedies, periodic reviews and their deadlines.</p>"
                "<p>Your data stays on this computer. See Help ▸ Where is my data?</p>"
            ),
        )

    def where_is_my_data_text(self) -> str:
        lines = [
            self.tr("<p><b>Database:</b> {database}</p>").format(
                database=html.escape(self._database_label)
            )
        ]
        lines.append(
            self.tr("<p>The database file is <b>encrypted</b> with your passphrase.</p>")
            if self._encrypted
            else self.tr("<p>The database file is <b>not encrypted</b>.</p>")
        )
        if self._is_demo:
            lines.append(
                self.tr(
                    "<p>This is the <b>demo portfolio</b>: sample data in its own file, rebuilt "
                    "each time you open it. Your own database is a different file and is not "
                    "open now.</p>"
                )
            )
        if self._data_folder is not None:
            folder = self._data_folder
            lines.append(
                self.tr(
                    "<p><b>Data folder:</b> {folder}<br>"
                    "Backups (daily, before every upgrade of the database, and on request): "
                    "{backups}<br>"
                    "Documents: {documents}</p>"
                ).format(
                    folder=html.escape(str(folder)),
                    backups=html.escape(str(folder / "backups")),
                    documents=html.escape(str(folder / "documents")),
                )
            )
        lines.append(
            self.tr(
                "<p>Names of victims and witnesses are in the database file: keep it on an "
                "encrypted disk and include it in your backups.</p>"
            )
        )
        return "".join(lines)

    def show_where_is_my_data(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Where is my data?"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.where_is_my_data_text())
        open_button = None
        if self._data_folder is not None:
            open_button = box.addButton(
                self.tr("Open data folder"), QMessageBox.ButtonRole.ActionRole
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if open_button is not None and box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_folder)))

    # ---- geometry and view state

    def _restore_geometry(self) -> None:
        if not view_state.restore_geometry(SETTINGS_GROUP, self):
            self._default_geometry()
        view_state.restore_splitter(SETTINGS_GROUP, "splitter", self.splitter)

    def _default_geometry(self) -> None:
        width, height = DEFAULT_SIZE
        screen = QApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        self.resize(width, height)

    def save_geometry(self) -> None:
        view_state.save_geometry(SETTINGS_GROUP, self)
        view_state.save_splitter(SETTINGS_GROUP, "splitter", self.splitter)
        self.dashboard.save_state()
        self.cases.save_state()
        self.people.save_state()
        self.reviews.save_state()
        view_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_anyway and self.dirty_editors():
            event.ignore()
            self.request_close_editors(self._close_now)
            return
        self.save_geometry()
        self._close_editors()
        if self.search_dialog is not None:
            self.search_dialog.close()
        super().closeEvent(event)

    def _close_now(self) -> None:
        self._closing_anyway = True
        self.close()
