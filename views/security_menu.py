"""The Database menu's protection and backup actions: back up now, restore a backup,
protect with a passphrase or change it, lock now.

The window only hosts the menu; what each action does is a callable handed in by the
composition root (which holds the workspace). Known problems (DomainError) are shown as
plain messages; a backup made under another passphrase asks for that passphrase.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from app.errors import DomainError
from app.security import PassphraseRequiredError, WrongPassphraseError
from views.dialogs.passphrase import NewPassphraseDialog, NewPassphraseMode, PassphraseDialog


@dataclass
class SecurityHandlers:
    """What the root can do; each returns a sentence to show, or raises DomainError."""

    backup_now: Callable[[], str]
    # (archive, passphrase of the backup or None) -> what was done
    restore: Callable[[Path, str | None], str]
    # (new, confirmation) -> None or a message; None when the database cannot be encrypted
    protect: Callable[[str, str], str | None] | None
    # (current, new, confirmation) -> None or a message
    change_passphrase: Callable[[str, str, str], str | None] | None
    lock_now: Callable[[], None] | None
    is_encrypted: Callable[[], bool]
    backups_folder: Path | None = None
    after_restore: Callable[[], None] | None = None


class SecurityMenu(QObject):
    """Adds the actions to the window's Database menu (created if missing)."""

    def __init__(self, window: QMainWindow, handlers: SecurityHandlers) -> None:
        super().__init__(window)
        self._window = window
        self._h = handlers
        self.menu = self._database_menu(window)
        self.menu.addSeparator()
        self.backup_action = self._add("&Back up now", self.backup_now)
        self.restore_action = self._add("&Restore from a backup…", self.restore)
        self.menu.addSeparator()
        self.protect_action = self._add("&Protect with a passphrase…", self.protect)
        self.change_action = self._add("&Change the passphrase…", self.change_passphrase)
        self.lock_action = self._add("&Lock now", self.lock_now)
        self.lock_action.setShortcut("Ctrl+L")
        self.menu.aboutToShow.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _database_menu(window: QMainWindow) -> QMenu:
        for action in window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and action.text().replace("&", "") == "Database":
                return menu
        return window.menuBar().addMenu("&Database")

    def _add(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def refresh(self) -> None:
        encrypted = self._h.is_encrypted()
        self.protect_action.setVisible(self._h.protect is not None and not encrypted)
        self.change_action.setVisible(self._h.change_passphrase is not None and encrypted)
        self.lock_action.setVisible(self._h.lock_now is not None and encrypted)

    # ------------------------------------------------------------ actions

    def backup_now(self) -> None:
        try:
            done = self._h.backup_now()
        except DomainError as exc:
            self._warn(str(exc))
            return
        self._inform(done)

    def restore(self, archive: Path | None = None) -> None:
        if archive is None:
            start = str(self._h.backups_folder or Path.home())
            name, _filter = QFileDialog.getOpenFileName(
                self._window,
                "Restore from a backup",
                start,
                "TreatyDesk backups (*.zip);;All files (*)",
            )
            if not name:
                return
            archive = Path(name)
        answer = QMessageBox.question(
            self._window,
            "Restore from a backup",
            f"Replace the database and its documents with the backup {archive.name}?\n\n"
            "The backup is checked first. The database you have now is kept as a backup "
            "itself, so this can be undone.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._restore_with(archive, None)

    def _restore_with(self, archive: Path, backup_passphrase: str | None) -> None:
        try:
            done = self._h.restore(archive, backup_passphrase)
        except (WrongPassphraseError, PassphraseRequiredError) as exc:
            self._ask_backup_passphrase(archive, str(exc))
            return
        except DomainError as exc:
            self._warn(str(exc))
            return
        self._inform(done)
        if self._h.after_restore is not None:
            self._h.after_restore()

    def _ask_backup_passphrase(self, archive: Path, why: str) -> None:
        result: list[str] = []

        def attempt(passphrase: str) -> str | None:
            try:
                result.append(self._h.restore(archive, passphrase))
            except (WrongPassphraseError, PassphraseRequiredError) as exc:
                return str(exc)
            return None

        dialog = PassphraseDialog(
            database_label=f"the backup {archive.name}",
            try_unlock=attempt,
            reason=why,
            parent=self._window,
        )
        self.backup_dialog = dialog
        dialog.setWindowTitle("TreatyDesk — passphrase of the backup")

        def accepted() -> None:
            self._inform(result[-1])
            if self._h.after_restore is not None:
                self._h.after_restore()

        dialog.accepted.connect(accepted)
        dialog.open()

    def protect(self) -> None:
        if self._h.protect is None:
            return
        protect = self._h.protect
        self._new_passphrase(
            NewPassphraseMode.ENCRYPT,
            lambda _current, new, again: protect(new, again),
            "The database, its documents and its backups are now encrypted.",
        )

    def change_passphrase(self) -> None:
        if self._h.change_passphrase is None:
            return
        self._new_passphrase(
            NewPassphraseMode.CHANGE,
            self._h.change_passphrase,
            "The passphrase was changed; documents and backups were re-encrypted.",
        )

    def _new_passphrase(
        self,
        mode: NewPassphraseMode,
        apply: Callable[[str, str, str], str | None],
        done: str,
    ) -> None:
        dialog = NewPassphraseDialog(mode=mode, apply=apply, parent=self._window)
        self.passphrase_dialog = dialog

        def accepted() -> None:
            self.refresh()
            self._inform(done)

        dialog.accepted.connect(accepted)
        dialog.open()

    def lock_now(self) -> None:
        if self._h.lock_now is not None:
            self._h.lock_now()

    # ------------------------------------------------------------ messages

    def _inform(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "TreatyDesk", text, parent=self._window)
        self.last_message = box
        box.open()

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "TreatyDesk", text, parent=self._window)
        self.last_message = box
        box.open()
