"""File ▸ Open database…: a database file on this computer, or a PostgreSQL server.

"File": the path (typed, or chosen with Browse…), checked before anything is closed: it
must exist and be a database. "Server": the server's name, port, database and login (or
a whole address pasted, such as postgresql+psycopg://alice@db.example.org:5432/cases) and
the password in its own field. Open logs in once, on a worker thread, so that a wrong
address, a server that does not answer or a refused password is said here, in words
(app/database_target.py), with the dialog still open. The password is never kept: not in
the settings, not in the recent databases (which hold the address only).

The recent databases (File ▸ Recent files) are kept here too: file paths and server
addresses, newest first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.database_target import (
    DEFAULT_PORT,
    EXAMPLE_URL,
    build_server_url,
    check_database_file,
    check_server,
    is_server_url,
    public_url,
    server_fields,
    split_server_url,
)
from app.errors import DomainError
from app.security import PassphraseRequiredError, WrongPassphraseError
from views.dialogs.passphrase import ERROR_STYLE, secret_field
from views.workers import run_in_background

RECENT_KEY = "recent_files"
MAX_RECENT = 8

CheckServer = Callable[[str, str | None], None]
"""Log in once: raises DomainError (in words) when it cannot."""


# ---------------------------------------------------------------- recent databases


def recent_databases() -> list[Path | str]:
    """The databases opened lately, newest first: file paths, and server addresses (str,
    without password)."""
    value = QSettings().value(RECENT_KEY) or []
    items = [value] if isinstance(value, str) else list(value)
    found: list[Path | str] = []
    for item in items:
        text = str(item)
        if not text:
            continue
        found.append(text if is_server_url(text) else Path(text))
    return found


def recent_files() -> list[Path]:
    """The database files among the recent databases."""
    return [p for p in recent_databases() if isinstance(p, Path)]


def _key(entry: Path | str) -> str:
    return entry if isinstance(entry, str) else str(entry)


def remember_recent(entry: Path | str) -> None:
    """Put a file or a server address (its password, if any, left out) first in the list."""
    if isinstance(entry, str):
        entry = public_url(entry)
    items = [e for e in recent_databases() if _key(e) != _key(entry)]
    QSettings().setValue(RECENT_KEY, [_key(e) for e in [entry, *items][:MAX_RECENT]])


def forget_recent(entry: Path | str | None = None) -> None:
    """Take one database off the list (None: all of them)."""
    items = [] if entry is None else [e for e in recent_databases() if _key(e) != _key(entry)]
    QSettings().setValue(RECENT_KEY, [_key(e) for e in items])


# ---------------------------------------------------------------- the dialog


class OpenDatabaseDialog(QDialog):
    """Choose a database file or a server; Open checks it, and accepts only when it can be
    opened. Then `path` (a file) or `server_url` and `password` (a server) say which."""

    def __init__(
        self,
        *,
        folder: Path,
        allow_server: bool = True,
        server_url: str | None = None,
        check: CheckServer = check_server,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openDatabaseDialog")
        self.setWindowTitle(self.tr("Open database"))
        self._folder = folder
        self._check = check
        self.path: Path | None = None
        self.server_url: str | None = None
        self.password: str | None = None
        self.job: object | None = None

        self.file_choice = QRadioButton(self.tr("A database &file on this computer"), self)
        self.server_choice = QRadioButton(self.tr("A database &server (PostgreSQL)"), self)
        self.choices = QButtonGroup(self)
        self.choices.addButton(self.file_choice)
        self.choices.addButton(self.server_choice)
        self.server_choice.setEnabled(allow_server)

        # A file
        self.file_box = QGroupBox(self.tr("File"), self)
        self.path_edit = QLineEdit(self.file_box)
        self.path_edit.setAccessibleName(self.tr("Database file"))
        self.path_edit.setPlaceholderText(self.tr("The .sqlite file of a TreatyDesk database"))
        self.browse_button = QPushButton(self.tr("&Browse…"), self.file_box)
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout(self.file_box)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)

        # A server
        self.server_box = QGroupBox(self.tr("Server"), self)
        self.host_edit = QLineEdit(self.server_box)
        self.host_edit.setPlaceholderText("db.example.org")
        self.host_edit.setAccessibleName(self.tr("Server name or address"))
        self.port_edit = QLineEdit(str(DEFAULT_PORT), self.server_box)
        self.port_edit.setValidator(QIntValidator(1, 65535, self.port_edit))
        self.port_edit.setAccessibleName(self.tr("Port"))
        self.port_edit.setMaximumWidth(90)
        self.database_edit = QLineEdit(self.server_box)
        self.database_edit.setPlaceholderText("treatydesk")
        self.database_edit.setAccessibleName(self.tr("Database name"))
        self.user_edit = QLineEdit(self.server_box)
        self.user_edit.setPlaceholderText(self.tr("Your own login on the server"))
        self.user_edit.setAccessibleName(self.tr("Login"))
        self.password_edit = secret_field(self.server_box, self.tr("Typed each time; never kept"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.address_edit = QLineEdit(self.server_box)
        self.address_edit.setPlaceholderText(EXAMPLE_URL)
        self.address_edit.setAccessibleName(self.tr("Server address"))
        self.address_edit.setToolTip(
            self.tr("Built from the fields above; paste a whole address here to fill them.")
        )
        host_row = QHBoxLayout()
        host_row.addWidget(self.host_edit, 1)
        port_label = QLabel(self.tr("&Port:"), self.server_box)
        port_label.setBuddy(self.port_edit)
        host_row.addWidget(port_label)
        host_row.addWidget(self.port_edit)
        form = QFormLayout(self.server_box)
        host_label = QLabel(self.tr("&Host:"), self.server_box)
        host_label.setBuddy(self.host_edit)
        form.addRow(host_label, host_row)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&Login:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow(self.tr("&Address:"), self.address_edit)
        note = QLabel(
            self.tr(
                "Log in with your own login: the history of changes records it. The password "
                "is not kept; leave it empty if the server finds it in PGPASSWORD or ~/.pgpass."
            ),
            self.server_box,
        )
        note.setWordWrap(True)
        form.addRow(note)
        for edit in (self.host_edit, self.port_edit, self.database_edit, self.user_edit):
            edit.textEdited.connect(self._fields_edited)
        self.address_edit.textEdited.connect(self._address_edited)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.progress.setAccessibleName(self.tr("Connecting"))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.hide()
        self.message = QLabel(self)
        self.message.setObjectName("openDatabaseMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setText(self.tr("&Open"))
        self.buttons.accepted.connect(self.open_chosen)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_choice)
        layout.addWidget(self.file_box)
        layout.addWidget(self.server_choice)
        layout.addWidget(self.server_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.file_choice.toggled.connect(self._mode_changed)
        if server_url and allow_server:
            self.set_address(server_url)
            self.server_choice.setChecked(True)
        else:
            self.file_choice.setChecked(True)
        self._mode_changed()
        self._fields_edited()

    # ---- inputs

    def is_server(self) -> bool:
        return self.server_choice.isChecked()

    def _mode_changed(self) -> None:
        server = self.is_server()
        self.file_box.setEnabled(not server)
        self.server_box.setEnabled(server)
        self.message.hide()
        if server:
            (self.password_edit if self.host_edit.text() else self.host_edit).setFocus()
        else:
            self.path_edit.setFocus()

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            self.path_edit.text() or str(self._folder),
            self.tr("TreatyDesk databases (*.sqlite *.db);;All files (*)"),
        )
        if name:
            self.path_edit.setText(name)

    def _port(self) -> int | None:
        text = self.port_edit.text().strip()
        return int(text) if text.isdigit() else None

    def server_address(self) -> str:
        """The URL the fields make (DomainError naming what is missing)."""
        return build_server_url(
            host=self.host_edit.text(),
            port=self._port(),
            database=self.database_edit.text(),
            user=self.user_edit.text(),
        )

    def _fields_edited(self, _text: str = "") -> None:
        try:
            address = self.server_address()
        except DomainError:
            address = ""
        self.address_edit.setText(address)

    def _address_edited(self, text: str) -> None:
        with contextlib.suppress(DomainError):  # said on Open; the fields keep what they had
            self.set_address(text, keep_text=True)

    def set_address(self, text: str, *, keep_text: bool = False) -> None:
        """Fill the fields from a whole address (a password in it goes to its field)."""
        url, password = split_server_url(text)
        parts = server_fields(url)
        self.host_edit.setText(parts.host)
        self.port_edit.setText(str(parts.port or DEFAULT_PORT))
        self.database_edit.setText(parts.database)
        self.user_edit.setText(parts.user)
        if password:
            self.password_edit.setText(password)
        if not keep_text or password:
            self.address_edit.setText(url)

    # ---- open

    def open_chosen(self) -> None:
        if self.job is not None:
            return
        self.message.hide()
        if not self.is_server():
            try:
                self.path = check_database_file(self.path_edit.text())
            except DomainError as exc:
                self._problem(str(exc))
                self.path_edit.setFocus()
                return
            self.accept()
            return
        typed = self.address_edit.text().strip()
        try:
            if typed and typed != self._built():
                self.set_address(typed)
            url = self.server_address()
        except DomainError as exc:
            self._problem(str(exc))
            self._focus_field(exc.field)
            return
        self._connect(url, self.password_edit.text() or None)

    def _built(self) -> str:
        try:
            return self.server_address()
        except DomainError:
            return ""

    def _connect(self, url: str, password: str | None) -> None:
        check = self._check

        def work(_progress: object) -> tuple[str, str] | None:
            try:
                check(url, password)
            except (WrongPassphraseError, PassphraseRequiredError) as exc:
                return ("password", str(exc))
            except DomainError as exc:
                return (exc.field or "", str(exc))
            return None

        def finished(outcome: object) -> None:
            self._idle()
            if outcome is None:
                self.server_url = url
                self.password = password
                self.accept()
                return
            assert isinstance(outcome, tuple)
            field, text = outcome
            self._problem(text)
            if field == "password":
                self.password_edit.clear()
            self._focus_field(field)

        def crashed(details: str) -> None:
            self._idle()
            raise RuntimeError(f"connecting to the database server failed:\n{details}")

        self.progress.show()
        self.status.setText(
            self.tr("Connecting to {server}…").format(server=self.host_edit.text().strip())
        )
        self.status.show()
        self.open_button.setEnabled(False)
        self.server_box.setEnabled(False)
        self.job = run_in_background(work, on_finished=finished, on_crashed=crashed)

    def _idle(self) -> None:
        self.job = None
        self.progress.hide()
        self.status.hide()
        self.open_button.setEnabled(True)
        self.server_box.setEnabled(self.is_server())

    def _focus_field(self, field: str | None) -> None:
        widget = {
            "host": self.host_edit,
            "port": self.port_edit,
            "database": self.database_edit,
            "user": self.user_edit,
            "url": self.address_edit,
            "password": self.password_edit,
        }.get(field or "", self.host_edit)
        widget.setFocus()

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.adjustSize()

    def done(self, result: int) -> None:
        if self.job is not None:
            return  # the login attempt ends first (within its time limit)
        if result != QDialog.DialogCode.Accepted:
            self.password = None
        self.password_edit.clear()
        super().done(result)
