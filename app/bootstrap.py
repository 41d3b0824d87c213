"""The composition root of the GUI: the only app/ module that imports Qt.

It opens the database (through app.context, shared with the command line), builds the
main window with the services, and runs the event loop. Two kinds of failure are kept
apart: a known problem (DomainError: wrong file, unreadable database) is shown as a plain
message; anything else is a bug, logged with its traceback and shown as one.

Start-up time (process start to the first show of the window) is logged at INFO and kept
in `startup_ms()`. With TREATYDESK_EXIT_AFTER_SHOW=1 the application prints
"window shown after N ms" and quits as soon as the window is shown (benchmarks, smoke tests).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__
from app.config import APP_NAME, Paths, resolve_db_url, sqlite_url
from app.context import Workspace, open_demo_workspace, open_workspace
from app.database_target import is_server_url, public_url
from app.db import server_login
from app.errors import DomainError
from app.protection import (
    TryPassphrase,
    gui_actions,
    lock_workspace,
    new_passphrase_checker,
    open_for_gui,
    unlock_attempt,
    unlock_workspace,
)
from app.security import passphrase_from_env
from views.case_editor import open_case_editor
from views.dialogs.open_database import remember_recent
from views.dialogs.passphrase import NewPassphraseDialog, NewPassphraseMode, PassphraseDialog
from views.i18n import install_translators
from views.lock import DEFAULT_IDLE_MINUTES, ScreenLock
from views.main_window import MainWindow
from views.security_menu import SecurityHandlers, SecurityMenu

log = logging.getLogger("treatydesk.gui")

ENV_EXIT_AFTER_SHOW = "TREATYDESK_EXIT_AFTER_SHOW"
LOG_FILE_NAME = "treatydesk.log"
EXIT_BUG = 70  # EX_SOFTWARE

_IMPORTED_AT = time.perf_counter()
_startup_ms: int | None = None


# ---------------------------------------------------------------- start-up time


def _process_age_s() -> float | None:
    """Seconds since this process started, from the kernel (Linux), or None elsewhere."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            stat = f.read()
        # Fields after the command name (which may contain spaces) start at field 3.
        start_ticks = int(stat[stat.rindex(")") + 2 :].split()[19])
        started = start_ticks / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def elapsed_since_start_ms() -> int:
    """Milliseconds since the process started (Linux), else since Qt was first imported here."""
    age = _process_age_s()
    if age is None or age < 0:
        age = time.perf_counter() - _IMPORTED_AT
    return round(age * 1000)


def startup_ms() -> int | None:
    """Process start to the first show of the main window, once it has happened."""
    return _startup_ms


# ---------------------------------------------------------------- errors


@dataclass
class ErrorReporter:
    """Shows the two kinds of failure; replaced by a fake in tests.

    Not interactive (TREATYDESK_EXIT_AFTER_SHOW): no dialog that would wait for a click;
    the message goes to stderr and a bug ends the application with exit code 70.
    """

    log_file: Path | None = None
    interactive: bool = True

    def known(self, message: str, parent: QWidget | None = None) -> None:
        if not self.interactive:
            print(f"treatydesk: {message}", file=sys.stderr)
            return
        QMessageBox.warning(parent, APP_NAME, message)

    def bug(self, details: str, parent: QWidget | None = None) -> None:
        if not self.interactive:
            print(f"treatydesk: a bug:\n{details}", file=sys.stderr)
            app = QApplication.instance()
            if app is not None:
                app.exit(EXIT_BUG)
            return
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(f"{APP_NAME} — this is a bug")
        box.setText(
            "Something went wrong that TreatyDesk did not expect. This is a bug in "
            "TreatyDesk, not something you did."
        )
        where = f" The details were written to {self.log_file}." if self.log_file else ""
        box.setInformativeText(
            "What you saved before stays saved. If the window no longer behaves, close it "
            f"and start TreatyDesk again.{where} When you report the bug, send the details "
            "below, after checking them for names."
        )
        box.setDetailedText(details)
        box.exec()


def make_excepthook(
    reporter: ErrorReporter,
    previous: Callable[[type[BaseException], BaseException, TracebackType | None], object],
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """A sys.excepthook for the GUI: DomainError as a plain message, anything else as a bug."""
    busy = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal busy
        if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
            previous(exc_type, exc, tb)
            return
        if isinstance(exc, DomainError):
            # The message may name a victim: the log file is not encrypted, so only its kind.
            log.warning("known problem shown: %s (field %s)", type(exc).__name__, exc.field)
            if not busy:
                busy = True
                try:
                    reporter.known(str(exc), QApplication.activeWindow())
                finally:
                    busy = False
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("Unexpected error (a bug):\n%s", details)
        if busy:  # an error while a dialog is up: logged, not stacked
            return
        busy = True
        try:
            reporter.bug(details, QApplication.activeWindow())
        finally:
            busy = False

    return hook


def _setup_logging(paths: Paths) -> Path | None:
    """INFO and above to a rotating log file in the data folder; the console keeps WARNING."""
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.StreamHandler) and handler.level == logging.NOTSET:
            handler.setLevel(logging.WARNING)
    root.setLevel(logging.INFO)
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        log_file = paths.data_dir / LOG_FILE_NAME
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:
        log.warning("cannot write the log file in %s: %s", paths.data_dir, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    return log_file


# ---------------------------------------------------------------- windows


def open_for(
    *, db: str | None, demo: bool, paths: Paths, interactive: bool = False
) -> Workspace | None:
    """The workspace the command line asked for; DomainError if it cannot be opened.

    Interactive: an encrypted database asks for its passphrase (again after a wrong one),
    a new one offers to be protected; None when the user cancels. Otherwise the passphrase
    comes from $TREATYDESK_PASSPHRASE only.
    """
    if demo:
        return open_demo_workspace(paths)
    url = resolve_db_url(db, paths)
    if not interactive:
        return open_workspace(url, paths, passphrase=passphrase_from_env())
    return open_for_gui(
        url,
        paths,
        ask_unlock=lambda attempt: _ask_unlock(url, attempt),
        ask_new_passphrase=_ask_new_passphrase,
        env_passphrase=passphrase_from_env(),
    )


def _ask_unlock(label: str, attempt: TryPassphrase) -> bool:
    from app.db import sqlite_path

    dialog = PassphraseDialog(database_label=str(sqlite_path(label) or label), try_unlock=attempt)
    return dialog.exec() == PassphraseDialog.DialogCode.Accepted


def _ask_new_passphrase() -> tuple[bool, str | None]:
    chosen: list[str] = []
    dialog = NewPassphraseDialog(
        mode=NewPassphraseMode.FIRST_START, apply=new_passphrase_checker(chosen)
    )
    if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
        return False, None
    return True, (chosen[-1] if dialog.protected and chosen else None)


def _install_security(shell: Shell, window: MainWindow, workspace: Workspace) -> ScreenLock:
    """The Database menu's backup/restore/passphrase actions, and the auto-lock."""
    minutes = float(
        QSettings().value("security/idle_minutes", DEFAULT_IDLE_MINUTES) or DEFAULT_IDLE_MINUTES
    )
    lock = ScreenLock(
        database_label=workspace.display_name,
        lock_data=lambda: lock_workspace(workspace),
        try_unlock=unlock_attempt(lambda p: unlock_workspace(workspace, p)),
        on_give_up=QApplication.quit,
        idle_minutes=minutes,
        enabled=lambda: workspace.encrypted,
        parent=window,
    )
    lock.unlocked.connect(window.refresh)
    SecurityMenu(
        window,
        SecurityHandlers(
            **gui_actions(workspace), lock_now=lock.lock, after_restore=window.refresh
        ),
    )
    lock.start()
    return lock


class Shell:
    """Owns the open workspace and its window; replaces both when the demo is opened."""

    def __init__(
        self,
        *,
        paths: Paths,
        reporter: ErrorReporter,
        on_first_show: Callable[[], None] | None = None,
    ) -> None:
        self.paths = paths
        self.reporter = reporter
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None
        self.lock: ScreenLock | None = None
        self._on_first_show = on_first_show
        self.interactive = reporter.interactive
        """Ask for passphrases when another database is opened (False in tests)."""

    def show(self, workspace: Workspace) -> MainWindow:
        window = MainWindow(
            services=workspace.services,
            database_label=workspace.display_name,
            is_demo=workspace.is_demo,
            on_open_demo=self.open_demo,
            data_folder=self.paths.data_dir,
            database_file=workspace.database_file,
            encrypted=workspace.encrypted,
            on_new_database=lambda path: self.switch_to(path, create=True),
            on_open_database=lambda path: self.switch_to(path, create=False),
            on_open_server=self.switch_to_server,
            backups=workspace.backups,
            case_opener=self.open_case,
        )
        if workspace.database_file is None and is_server_url(workspace.url):
            remember_recent(public_url(workspace.url))  # the address only, never a password
        old_window, old_workspace = self.window, self.workspace
        self.window, self.workspace = window, workspace
        if self.lock is not None:
            self.lock.stop()
        self.lock = _install_security(self, window, workspace)
        window.show()  # before closing the old one, so the application does not quit
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_workspace is not None and old_workspace is not workspace:
            old_workspace.close()
        if self._on_first_show is not None:
            QTimer.singleShot(0, self._on_first_show)
            self._on_first_show = None
        return window

    def switch_to(self, path: Path, *, create: bool) -> None:
        """File ▸ New database / Open database / a recent file: close the editors (asking
        about unsaved changes), open the file, and show it in a new window. On any problem
        the current window and database stay as they were."""
        if self.window is None:
            self._open_file(path, create=create)
            return
        self.window.request_close_editors(lambda: self._open_file(path, create=create))

    def _open_file(self, path: Path, *, create: bool) -> None:
        path = path.expanduser().resolve()
        current = self.workspace.database_file if self.workspace is not None else None
        if current is not None and current.resolve() == path:
            self.reporter.known(f"{path} is the database already open.", self.window)
            return
        if create and path.exists():
            self.reporter.known(
                f"{path} already exists. To use it, choose File ▸ Open database; to start "
                "an empty database, give a new file name.",
                self.window,
            )
            return
        if not create and not path.is_file():
            self.reporter.known(f"There is no database file {path}.", self.window)
            return
        try:
            # Interactive: an encrypted file asks for its passphrase, a new one offers to be
            # protected (app.protection.open_for_gui); None when the user cancels.
            workspace = open_for(
                db=sqlite_url(path), demo=False, paths=self.paths, interactive=self.interactive
            )
        except DomainError as exc:
            self.reporter.known(f"{path.name} could not be opened: {exc}", self.window)
            return
        if workspace is None:
            return
        log.info("%s a database", "created" if create else "opened")
        self.show(workspace)

    def switch_to_server(self, url: str, password: str | None) -> None:
        """File ▸ Open database… ▸ Server (checked in the dialog): close the editors, log in
        with the password typed (None: libpq's PGPASSWORD or ~/.pgpass), show the database.
        On any problem the current window and database stay as they were."""
        if self.window is None:
            self._open_server(url, password)
            return
        self.window.request_close_editors(lambda: self._open_server(url, password))

    def _open_server(self, url: str, password: str | None) -> None:
        if self.workspace is not None and public_url(self.workspace.url) == public_url(url):
            self.reporter.known(f"{server_login(url)} is the database already open.", self.window)
            return
        try:
            workspace = open_workspace(url, self.paths, passphrase=password)
        except DomainError as exc:
            self.reporter.known(
                f"The database {server_login(url)} could not be opened: {exc}", self.window
            )
            return
        log.info("opened a database on a server")
        self.show(workspace)

    def open_case(self, case_id: int | None) -> None:
        """The case editor, in its own window, on a case or on a new one (None)."""
        window, workspace = self.window, self.workspace
        if window is None or workspace is None:
            return
        open_case_editor(
            window, workspace.services, case_id, on_saved=lambda _id: window.refresh_soon()
        )

    def open_demo(self) -> None:
        """Build a fresh demo portfolio (demo.sqlite, never the user's file) and show it."""
        if self.workspace is not None and self.workspace.is_demo:
            self.workspace.close()  # release demo.sqlite before it is rebuilt
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = open_demo_workspace(self.paths)
        except DomainError as exc:
            QApplication.restoreOverrideCursor()
            self.reporter.known(f"The demo portfolio could not be opened: {exc}", self.window)
            return
        QApplication.restoreOverrideCursor()
        log.info("opened the demo portfolio %s", workspace.display_name)
        self.show(workspace)

    def close(self) -> None:
        if self.lock is not None:
            self.lock.stop()
            self.lock = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # Before any window is built: $TREATYDESK_LANG, else the choice in View ▸ Language,
    # else the system language when translated (views.i18n).
    install_translators(app)
    return app


def run_gui(*, db: str | None, demo: bool) -> int:
    """Open the database, show the main window, run until it is closed. Returns the exit code."""
    exit_after_show = os.environ.get(ENV_EXIT_AFTER_SHOW) == "1"
    paths = Paths.default()
    log_file = _setup_logging(paths)
    app = _application()
    reporter = ErrorReporter(log_file, interactive=not exit_after_show)
    sys.excepthook = make_excepthook(reporter, sys.excepthook)

    try:
        workspace = open_for(db=db, demo=demo, paths=paths, interactive=reporter.interactive)
    except DomainError as exc:
        log.info("cannot open the database: %s", exc)
        print(f"treatydesk: {exc}", file=sys.stderr)
        if reporter.interactive:
            reporter.known(str(exc))
        return 1
    if workspace is None:  # the user cancelled the passphrase dialog
        return 0
    if workspace.backup_taken:
        log.info("backed up the database before upgrading it: %s", workspace.backup_taken)

    def first_shown() -> None:
        global _startup_ms
        _startup_ms = elapsed_since_start_ms()
        log.info("window shown after %d ms", _startup_ms)
        if exit_after_show:
            print(f"window shown after {_startup_ms} ms", flush=True)
            app.quit()

    shell = Shell(paths=paths, reporter=reporter, on_first_show=first_shown)
    try:
        shell.show(workspace)
    except Exception:
        sys.excepthook(*sys.exc_info())  # a bug: logged and shown as one
        shell.close()
        workspace.close()
        return EXIT_BUG
    try:
        return app.exec()
    finally:
        shell.close()
