"""The main window: navigation, pages, menus and status bar. Services are passed in.

The window knows nothing of how the database was opened: the composition root
(app/bootstrap.py) hands it the services, a label for the database, and callables for
what only the root can do (open the demo portfolio).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.errors import DomainError
from views.pages.base import Page
from views.pages.cases import CasesPage
from views.pages.dashboard import DashboardPage
from views.pages.documents import DocumentsPage
from views.pages.people import PeoplePage
from views.pages.reviews import ReviewsPage
from views.widgets import DEMO_BORDER, DemoBanner, ElidedLabel

if TYPE_CHECKING:
    from app.context import Services

log = logging.getLogger(__name__)

PAGE_NAMES = ("Dashboard", "Cases", "People", "Reviews", "Documents")
SETTINGS_GROUP = "main_window"
DEFAULT_SIZE = (1280, 800)

NAV_STYLE = """
QListWidget#navigation { border: none; font-size: 11pt; outline: 0; }
QListWidget#navigation::item { padding: 8px 12px; }
"""


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        services: Services,
        database_label: str,
        is_demo: bool,
        on_open_demo: Callable[[], None] | None = None,
        data_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._database_label = database_label
        self._is_demo = is_demo
        self._on_open_demo = on_open_demo
        self._data_folder = data_folder
        self.setObjectName("mainWindow")
        title = f"TreatyDesk — {database_label}"
        self.setWindowTitle(f"TreatyDesk — DEMO — {database_label}" if is_demo else title)

        # Pages
        self.dashboard = DashboardPage(
            deadlines=services.deadlines,
            listing=services.listing,
            is_demo=is_demo,
            on_open_demo=on_open_demo,
        )
        self.cases = CasesPage(listing=services.listing)
        self.people = PeoplePage(people=services.people)
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
        self.nav.setAccessibleName("Navigation")
        for number, (name, page) in enumerate(self.pages.items(), start=1):
            self.stack.addWidget(page)
            item = QListWidgetItem(name, self.nav)
            item.setToolTip(f"{name} (Ctrl+{number})")
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

        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        self.go_to(0)
        self.refresh()

    # ---- building

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.open_demo_action = QAction("Open &demo portfolio", self)
        self.open_demo_action.setStatusTip(
            "Build a fresh demo portfolio in its own file (demo.sqlite) and open it"
        )
        self.open_demo_action.setEnabled(self._on_open_demo is not None)
        self.open_demo_action.triggered.connect(self._open_demo)
        file_menu.addAction(self.open_demo_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu("&View")
        self.page_actions: list[QAction] = []
        for number, name in enumerate(PAGE_NAMES, start=1):
            action = QAction(name, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, row=number - 1: self.go_to(row))
            view_menu.addAction(action)
            self.page_actions.append(action)
        view_menu.addSeparator()
        find_action = QAction("&Find…", self)
        find_action.setShortcut(QKeySequence("Ctrl+F"))
        find_action.setStatusTip("Filter the list on this page (the cases list elsewhere)")
        find_action.triggered.connect(self.focus_filter)
        view_menu.addAction(find_action)
        self.refresh_action = QAction("&Refresh", self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setStatusTip("Read everything again from the database")
        self.refresh_action.triggered.connect(self.refresh)
        view_menu.addAction(self.refresh_action)

        help_menu = bar.addMenu("&Help")
        about = QAction("&About TreatyDesk", self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        where = QAction("&Where is my data?", self)
        where.triggered.connect(self.show_where_is_my_data)
        help_menu.addAction(where)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.demo_badge: QLabel | None = None
        if self._is_demo:
            self.demo_badge = QLabel(" DEMO ", self)
            self.demo_badge.setObjectName("demoBadge")
            self.demo_badge.setStyleSheet(
                f"#demoBadge {{ background: {DEMO_BORDER}; color: black; font-weight: bold; "
                "padding: 1px 8px; border-radius: 3px; }"
            )
            self.demo_badge.setToolTip("Sample data in demo.sqlite, not your own database")
            status.addWidget(self.demo_badge)
        self.database_label = ElidedLabel(f"Database: {self._database_label}", parent=self)
        self.database_label.setAccessibleName("Database file")
        status.addWidget(self.database_label, 1)
        self.counts_label = QLabel(self)
        self.counts_label.setAccessibleName("Record counts")
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

    # ---- data

    def refresh(self) -> None:
        """Read every page again from the database (F5)."""
        try:
            for page in self.pages.values():
                page.refresh()
            self._update_counts()
        except DomainError as exc:
            log.warning("refresh failed: %s", exc)
            self.statusBar().showMessage(f"Could not read the database: {exc}", 10_000)
            QMessageBox.warning(self, "TreatyDesk", str(exc))

    def _update_counts(self) -> None:
        cases = self._services.listing.count()
        people = len(self._services.people.list())
        reviews = len(self._services.reviews.list())
        self.counts_label.setText(
            " · ".join(
                (
                    _plural(cases, "case", "cases"),
                    _plural(people, "person", "people"),
                    _plural(reviews, "review", "reviews"),
                )
            )
        )

    # ---- actions

    def _open_demo(self) -> None:
        if self._on_open_demo is not None:
            self._on_open_demo()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About TreatyDesk",
            f"<h3>TreatyDesk {__version__}</h3>"
            "<p>Case management for litigation before the UN human-rights treaty bodies: "
            "communications, Views and their follow-up, per-victim implementation of "
            "remedies, periodic reviews and their deadlines.</p>"
            "<p>Your data stays on this computer. See Help ▸ Where is my data?</p>",
        )

    def where_is_my_data_text(self) -> str:
        lines = [f"<p><b>Database:</b> {self._database_label}</p>"]
        if self._is_demo:
            lines.append(
                "<p>This is the <b>demo portfolio</b>: sample data in its own file, rebuilt "
                "each time you open it. Your own database is a different file and is not "
                "open now.</p>"
            )
        if self._data_folder is not None:
            folder = self._data_folder
            lines.append(
                f"<p><b>Data folder:</b> {folder}<br>"
                f"Backups (taken before every upgrade of the database): {folder / 'backups'}<br>"
                f"Documents: {folder / 'documents'}</p>"
            )
        lines.append(
            "<p>Names of victims and witnesses are in the database file: keep it on an "
            "encrypted disk and include it in your backups.</p>"
        )
        return "".join(lines)

    def show_where_is_my_data(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("Where is my data?")
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.where_is_my_data_text())
        open_button = None
        if self._data_folder is not None:
            open_button = box.addButton("Open data folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if open_button is not None and box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_folder)))

    # ---- geometry

    def _restore_geometry(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        geometry = settings.value("geometry")
        splitter = settings.value("splitter")
        settings.endGroup()
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            pass
        else:
            self._default_geometry()
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def _default_geometry(self) -> None:
        width, height = DEFAULT_SIZE
        screen = QApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        self.resize(width, height)

    def save_geometry(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("splitter", self.splitter.saveState())
        settings.endGroup()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)
